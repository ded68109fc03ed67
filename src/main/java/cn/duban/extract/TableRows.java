package cn.duban.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of a table a document carries (指标 | 年度目标 | 1-11月完成 | 完成率, 项目名称 | 总投资（万元） | …), read cell by
 * cell. Prose gives a number its unit and its kind in words around it; a table gives them in its row's name
 * (地区生产总值（亿元）) and its column's heading (总投资（万元）, 2027年目标): a bare 26.5 in the 年度目标 column of the
 * 亿元 row is a target of 26.5亿元. A .docx's table and a pasted sheet both come as lines of tab-separated cells.
 */
final class TableRows {

    /** One cell's figure: where it stands in the row's normalised text, and what it is. */
    record Cell(int start, int end, BigDecimal value, String unit, BigDecimal baseValue, String baseUnit, String kind, String indicator,
            String comparator, String heading) {
    }

    /** A column heading of what is to be reached: a target (年度指标值: a performance table's target). */
    private static final Pattern TARGET_COLUMN = Pattern.compile("目标|计划|任务|预计|预期|指标值");
    /** 一级指标 | 二级指标 | 三级指标: a performance table's levels; the deepest names the row. */
    private static final Pattern LEVEL_COLUMN = Pattern.compile("[一二三四1-4]级指标");
    /** 指标类别, 类型: a column of categories, naming no row. */
    private static final Pattern CATEGORY_COLUMN = Pattern.compile("类别|类型|分类");
    /** A total row's name: 合计, 总计, 全县. */
    private static final Pattern TOTAL_CELL = Pattern.compile("^(?:合计|总计|小计|全县|全镇|全乡|全区)$");
    /** A column heading of a project's size, which describes it. */
    private static final Pattern SCALE_COLUMN = Pattern.compile("总投资|总规模|建设规模|总面积|总长");
    /** A column of where things stood when the plan began (2026年基数, 基期值, 现状值): a result, not a target. */
    private static final Pattern BASE_COLUMN = Pattern.compile("基数|基期|现状|基准|基年");
    /** A column heading of what was done, or of how far. */
    private static final Pattern DONE_COLUMN = Pattern.compile("完成|累计|实际|实绩|截至|截止|进度|占比");
    /** A column of codes, numbers or people, never a figure of the work. */
    private static final Pattern NOT_FIGURES = Pattern.compile("序号|编号|编码|代码|责任|联系|电话|备注|说明|排名|名次|形象进度");
    /** A cell's figure: a number, a percent sign, and a bound after it (400以上, 6.5%左右). */
    private static final Pattern CELL = Pattern.compile(
            "^([≥≤<>]|不低于|不少于|不超过|不高于)?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([%％]|(?!以上|以下|以内|左右|及以上|不低于)[^0-9\\s%％—\\-（）()]{1,4}?)?\\s*(以上|以下|以内|左右|及以上|不低于)?$");
    private static final Pattern UNIT_IN_BRACKETS = Pattern.compile("[(（]([^()（）]{1,6})[)）]\\s*$");
    /** 1-11月, 1—10月: a span from the year's start that opens a heading (1-11月完成投资 → 完成投资). */
    private static final Pattern SPAN = Pattern.compile("^(?:1|一)\\s*[-—－~～至到]\\s*(?:1[0-2]|[1-9])月(?:份)?(?:累计)?");
    /** A heading that says only which figure of the row it is, not what else it measures. */
    private static final Pattern PLAIN = Pattern.compile("^(?:(?:20\\d\\d年)?(?:年度|全年)?目标(?:值)?|完成|累计完成|实际完成|完成数|完成值|累计)$");

    /** Cells typed with " / " between them (指标名称 / 年度目标 / 完成值 / 完成率). */
    private static final Pattern SLASHED = Pattern.compile("\\s+[/／]\\s+");

    private TableRows() {
    }

    /** A line's cells when it is a table's row typed out in plain text, three or more apart by " / "; else null. */
    static String[] slashed(String line) {
        if (line.indexOf('/') < 0 && line.indexOf('／') < 0) {
            return null;
        }
        String[] parts = SLASHED.split(line.strip(), -1);
        return parts.length >= 3 ? parts : null;
    }

    /**
     * The figures of a table row, or null when the line is no row of a table this reads (no heading above it, cells that
     * do not line up with its normalised text, no name).
     *
     * @param row      the row's normalised text (its cells one space apart)
     * @param cells    its cells as written (tab-separated)
     * @param headings the table's heading row's cells as {@link #simplified} gives them, or null
     * @param planned  whether the row stands where work is planned (its figures are targets unless its column says)
     */
    static List<Cell> read(String row, String[] cells, String[] headings, boolean planned) {
        if (headings == null || cells.length < 2) {
            return null;
        }
        int[] at = new int[cells.length];
        String[] simple = new String[cells.length];
        int cursor = 0;
        for (int i = 0; i < cells.length; i++) {
            String cell = simple(cells[i]);
            simple[i] = cell;
            if (cell.isEmpty()) {
                at[i] = -1;
                continue;
            }
            int found = row.indexOf(cell, cursor);
            if (found < 0) {
                return null;
            }
            at[i] = found;
            cursor = found + cell.length();
        }
        int nameColumn = -1;
        for (int i = 0; i < cells.length; i++) {
            String heading = i < headings.length ? headings[i] : "";
            if (nameColumn >= 0 && !LEVEL_COLUMN.matcher(heading).matches()) {
                break; // past the levels: the deepest one met names the row
            }
            if (at[i] >= 0 && !NOT_FIGURES.matcher(heading).find() && figure(simple[i]) == null && !simple[i].equals("—")
                    && !CATEGORY_COLUMN.matcher(heading).find()) {
                nameColumn = i;
                if (!LEVEL_COLUMN.matcher(heading).matches()) {
                    break;
                }
            }
        }
        // 合计 | (乡镇 left empty) | 52000 | …: the total row, named in the column before its name's.
        if (nameColumn < 0) {
            for (int i = 0; i < cells.length; i++) {
                if (TOTAL_CELL.matcher(simple[i]).matches()) {
                    nameColumn = i;
                    break;
                }
            }
        }
        if (nameColumn < 0) {
            return null;
        }
        String rawName = simple[nameColumn];
        // 指标 | 单位 | 年度目标 | …: a column of units gives the row's unit where its name gives none.
        int unitColumn = -1;
        for (int i = 0; i < headings.length && i < cells.length; i++) {
            String h = headings[i];
            if ((h.equals("单位") || h.equals("计量单位")) && at[i] >= 0) {
                unitColumn = i;
            }
        }
        Matcher nameUnit = UNIT_IN_BRACKETS.matcher(rawName);
        String rowUnit = nameUnit.find() ? nameUnit.group(1) : null;
        String name = UNIT_IN_BRACKETS.matcher(rawName).replaceAll("").strip();
        List<Cell> out = new ArrayList<>();
        for (int i = nameColumn + 1; i < cells.length; i++) {
            String heading = i < headings.length ? headings[i] : "";
            Matcher m = figure(simple[i]);
            if (at[i] < 0 || heading.isEmpty() || NOT_FIGURES.matcher(heading).find() || m == null) {
                continue;
            }
            Matcher headingUnit = UNIT_IN_BRACKETS.matcher(heading);
            boolean percent = "%".equals(m.group(3)) || "％".equals(m.group(3));
            String written = percent
                    ? "%"
                    : m.group(3) != null
                            ? m.group(3)
                            : rowUnit != null
                                    ? rowUnit
                                    : headingUnit.find() ? headingUnit.group(1) : unitColumn >= 0 ? simple[unitColumn] : null;
            QuantityFinder.Found unit = written == null ? null : unitOf(written);
            if (unit == null) {
                continue;
            }
            String bare = UNIT_IN_BRACKETS.matcher(heading).replaceAll("").strip();
            // (目标完成率, 任务完成数, 占年度目标: what was done of a target, not the target)
            boolean done = (DONE_COLUMN.matcher(bare).find() || bare.startsWith("占")) && !bare.startsWith("计划") && !bare.startsWith("目标")
                    && (bare.contains("完成") || bare.contains("累计") || bare.contains("率") || bare.startsWith("占"));
            String kind = SCALE_COLUMN.matcher(bare).find()
                    ? Meaning.OTHER
                    : BASE_COLUMN.matcher(bare).find()
                            ? Meaning.ACTUAL
                            : done
                                    ? Meaning.ACTUAL
                                    : TARGET_COLUMN.matcher(bare).find()
                                            ? Meaning.TARGET
                                            : DONE_COLUMN.matcher(bare).find() ? Meaning.ACTUAL : planned ? Meaning.TARGET : Meaning.ACTUAL;
            String qualifier = SPAN.matcher(bare).replaceFirst("");
            String indicator = PLAIN.matcher(qualifier).matches() || PLAIN.matcher(bare).matches() ? name : name + qualifier;
            String bound = m.group(4) != null ? m.group(4) : m.group(1);
            String comparator = bound == null || bound.equals("左右")
                    ? "="
                    : bound.equals("以下") || bound.equals("以内") || bound.equals("≤") || bound.equals("<") || bound.equals("不超过")
                            || bound.equals("不高于") ? "<=" : ">=";
            String cellText = simple[i];
            int numberAt = cellText.indexOf(m.group(2));
            int start = at[i] + Math.max(0, numberAt);
            int end = start + m.group(2).length() + (m.group(3) != null ? m.group(3).length() : 0);
            BigDecimal value = new BigDecimal(m.group(2));
            BigDecimal base = unit.magnitude() == 1 ? value : value.multiply(BigDecimal.valueOf(unit.magnitude())).stripTrailingZeros();
            out.add(new Cell(start, end, value, percent ? "%" : unit.unit(), base, unit.baseUnit(), kind, indicator, comparator, heading));
        }
        return out;
    }

    /** A heading row's cells as the rows are read against them, normalised once for the whole table. */
    static String[] simplified(String[] headings) {
        String[] out = new String[headings.length];
        for (int i = 0; i < headings.length; i++) {
            out[i] = simple(headings[i]);
        }
        return out;
    }

    /**
     * A cell that holds one figure: a number, a percent sign or a unit the reader knows (≥4000人次, 248个, 63.5%), a bound
     * before or after it; null for anything else (2026年 and 3月 head columns, they are no figures).
     */
    private static Matcher figure(String cell) {
        Matcher m = CELL.matcher(cell);
        if (!m.matches()) {
            return null;
        }
        String unit = m.group(3);
        if (unit != null && !unit.equals("%") && !unit.equals("％") && unitOf(unit) == null) {
            return null;
        }
        return m;
    }

    /** Whether a table's first row heads its columns: labels, none of them a figure. */
    static boolean isHeading(String[] cells) {
        int labels = 0;
        boolean names = false;
        for (String cell : cells) {
            String c = simple(cell);
            if (figure(c) != null || BLANK.matcher(c).matches() && !c.isEmpty()) {
                return false; // a figure, or a cell left "—", is a row's
            }
            if (c.length() > 24 || c.indexOf('。') >= 0 || c.indexOf('，') >= 0 || c.indexOf('；') >= 0) {
                return false; // a heading's cells are labels; a cell told in sentences is a row's
            }
            labels += c.isEmpty() ? 0 : 1;
            names |= HEADING_WORDS.matcher(c).find();
        }
        return labels >= 2 && names;
    }

    /** A cell left without a figure: —, -, /, ×. */
    private static final Pattern BLANK = Pattern.compile("^[—\\-－/／×…]*$");
    /** Words a column's heading is made of. */
    private static final Pattern HEADING_WORDS = Pattern.compile("指标|项目|名称|目标|完成|计划|投资|单位|序号|累计|进度|备注|内容|任务|情况|率|月|预计|增长|村名|时限|责任");

    /** A unit as the reader knows it (亿元, 万元, 人, %), found as it would be after a number. */
    private static QuantityFinder.Found unitOf(String written) {
        String probe = "1" + written;
        for (QuantityFinder.Found f : QuantityFinder.find(probe, 2)) {
            if (f.start() == 0 && f.end() == probe.length() && f.unit() != null) {
                return f;
            }
        }
        return null;
    }

    /**
     * A cell's text as the row's normalised text has it: Simplified, its spaces folded. A cell of figures alone is kept as
     * written (the normaliser would take a lone 7800 on its line for a page number).
     */
    private static String simple(String cell) {
        return Reader.cell(cell);
    }
}
