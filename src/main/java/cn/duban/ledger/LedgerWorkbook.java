package cn.duban.ledger;

import static cn.duban.files.OfficeSheet.column;

import cn.duban.extract.Quantity;
import cn.duban.extract.Reader;
import cn.duban.files.OfficeSheet;
import cn.duban.files.ParseGate;
import cn.duban.files.ZipBounds;
import cn.duban.time.CountyTime;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The ledger in the columns offices use (序号, 工作任务, 目标要求, 牵头单位, 配合单位, 责任领导,
 * 责任人, 完成时限, 备注), written and read back.
 *
 * <p>Written, a plan's ledger is a workbook of five sheets:
 * <ul>
 * <li>台账 — a title row, the 制表 line, then the office columns in their usual order: text cells,
 * 目标要求 as offices write it (农村卫生厕所普及率不低于92%（2025年12月31日前）), 完成时限 a date cell;
 * then two hidden columns, 任务ID and 版本, which move with their row when the office sorts.</li>
 * <li>指标 — one row per indicator: 任务序号, 工作任务, 指标名称, 比较, 目标值 (a number cell), 计量单位,
 * 指标时限 (a date cell), and hidden 任务ID and 指标序号. A sheet of its own rather than column groups
 * beside each task: a task has from none to a dozen indicators, so groups would make the ledger as
 * wide as its busiest task and unprintable on A4, and a row per indicator is what an office can
 * filter, sum and add to. Its names are kept exactly — 目标要求 text read again by the reader lost
 * words (行政村完成农村危旧泥砖房 came back as 农村危旧泥砖房).</li>
 * <li>导出标识 (hidden) — the plan's id and title and the time of the export: a workbook that carries
 * it is that plan's ledger and goes back into that plan, never into a second one.</li>
 * <li>台账原值, 指标原值 (hidden) — the two visible sheets as they were exported, so an import can tell
 * a cell the office changed from one changed in Duban since (a conflict) without any state kept
 * on the server.</li>
 * </ul>
 * Read, the first shown sheet is the ledger: its header is found among the first rows (a title row
 * and a 制表 line above it are normal), its columns by name in any order; columns it does not know
 * (进展情况, 完成率, 状态…) are passed over.
 */
public final class LedgerWorkbook {

    public static final List<String> COLUMNS = List.of("序号", "工作任务", "目标要求", "牵头单位", "配合单位", "责任领导",
            "责任人", "完成时限", "备注");
    /** The 指标 sheet's visible columns. */
    public static final List<String> INDICATOR_COLUMNS = List.of("任务序号", "工作任务", "指标名称", "比较", "目标值", "计量单位",
            "指标时限");
    /** What separates the names in a 配合单位 cell, as offices type it (甲镇、乙镇 / 甲镇，乙镇 / 甲镇 乙镇). */
    static final String CO_UNIT_SEPARATORS = "[、,，;；\\s]+";
    static final String TASK_ID = "任务ID";
    static final String VERSION = "版本";
    static final String POSITION = "指标序号";
    static final String LEDGER_SHEET = "台账";
    static final String INDICATOR_SHEET = "指标";
    static final String IDENTITY_SHEET = "导出标识";
    static final String LEDGER_BASE = "台账原值";
    static final String INDICATOR_BASE = "指标原值";
    private static final String PLAN_ID = "计划ID";
    private static final String PLAN_TITLE = "计划名称";
    private static final String EXPORTED_AT = "导出时间";
    static final int MAX_ROWS = 5_000;
    /** A title row and a 制表 line, sometimes a blank row or a 填报说明: the header is within the first six rows. */
    private static final int HEADER_SCAN = 6;
    /**
     * The most any part of a workbook may inflate to. POI's model of a sheet takes some thirty
     * times its XML (measured: a 7.8 MB sheet, 233 MB of heap), so 4 MB — a ledger of several
     * thousand tasks — keeps two imports at once well inside the heap.
     */
    static final long MAX_PART = 4L * 1024 * 1024;
    /** Headers offices write for the same column. */
    private static final Map<String, String> ALIASES = Map.of("编号", "序号", "重点任务", "工作任务", "任务名称", "工作任务",
            "责任单位", "牵头单位", "牵头部门", "牵头单位", "配合部门", "配合单位", "完成时间", "完成时限");

    private LedgerWorkbook() {
    }

    /** A task as a row of the sheet; {@code taskId} and {@code version} only in a sheet Duban exported. */
    public record LedgerRow(int rowNumber, String number, String title, String requirement, String lead, List<String> coUnits,
            String leader, String responsiblePerson, LocalDate deadline, String remark, Long taskId,
            Integer version) implements Serializable {

        public LedgerRow(int rowNumber, String number, String title, String requirement, String lead, List<String> coUnits,
                String leader, String responsiblePerson, LocalDate deadline, String remark) {
            this(rowNumber, number, title, requirement, lead, coUnits, leader, responsiblePerson, deadline, remark, null, null);
        }
    }

    /** An indicator as a row of the 指标 sheet; {@code taskId} and {@code position} only as Duban exported it. */
    public record IndicatorRow(int rowNumber, String taskNumber, String name, String comparator, BigDecimal target, String unit,
            LocalDate deadline, Long taskId, Integer position) implements Serializable {

        /** As the ledger page and the 目标要求 column write a quantity: 102个, 92%. */
        String surface() {
            return target == null ? "" : target.stripTrailingZeros().toPlainString() + unit;
        }

        /** The indicator as one comparable line: what an import compares, and what a preview shows. */
        String describe() {
            return name + " " + comparatorWord(comparator) + (target == null ? "（未定量）" : surface())
                    + (deadline == null ? "" : "（" + deadline + "前）");
        }
    }

    /** Where an exported workbook came from, as its hidden 导出标识 sheet says. */
    public record Identity(long planId, String planTitle, String exportedAt) implements Serializable {
    }

    /**
     * What a workbook says: its ledger rows; its 指标 rows (null when it has no 指标 sheet); and, when
     * Duban exported it, where from (else null) and the sheets as exported (null when absent).
     */
    public record LedgerFile(String sha256, String heading, List<LedgerRow> rows, List<IndicatorRow> indicators,
            Identity identity, List<LedgerRow> baseRows, List<IndicatorRow> baseIndicators)
            implements
                Serializable {

        static LedgerFile empty(byte[] bytes) {
            return new LedgerFile(PlanImports.sha256(bytes), "", List.of(), null, null, null, null);
        }

        /** Whether any row carries a task id: an export of Duban's, even with its 导出标识 sheet deleted. */
        boolean carriesTaskIds() {
            return rows.stream().anyMatch(r -> r.taskId() != null);
        }
    }

    /** Who exported which plan when (in the county's zone): the title row, the 制表 line and the workbook's identity. */
    public record Export(long planId, String planTitle, String unitName, ZonedDateTime at) {
    }

    /** The plan's ledger in the office columns, its indicators with numbers as numbers, and where it came from. */
    public static byte[] write(Export export, List<LedgerTask> tasks) {
        String line = "制表单位：" + export.unitName() + "　　制表日期：" + CountyTime.dayOf(export.at().toLocalDate());
        try (OfficeSheet book = OfficeSheet.editable()) {
            ledgerRows(book.table(LEDGER_SHEET, export.planTitle() + "台账", line, ledgerColumns()), tasks)
                    .hide(COLUMNS.size(), COLUMNS.size() + 1);
            indicatorRows(book.table(INDICATOR_SHEET, export.planTitle() + "指标", line, indicatorColumns()), tasks)
                    .hide(INDICATOR_COLUMNS.size(), INDICATOR_COLUMNS.size() + 1);
            book.hiddenTable(IDENTITY_SHEET, List.of(column("项目", 12), column("内容", 80)))
                    .row(PLAN_ID, export.planId())
                    .row(PLAN_TITLE, export.planTitle())
                    .row(EXPORTED_AT, export.at().toOffsetDateTime().toString())
                    .row("制表单位", export.unitName())
                    .row("说明", "此工作簿由 Duban 从上述计划导出。修改后请在该计划页面用“从 Excel 更新本计划”导入，"
                            + "不要作为新计划导入。“台账原值”“指标原值”是导出时的内容，用于识别修改和冲突，请勿改动。");
            ledgerRows(book.hiddenTable(LEDGER_BASE, ledgerColumns()), tasks);
            indicatorRows(book.hiddenTable(INDICATOR_BASE, indicatorColumns()), tasks);
            return book.titled(export.planTitle() + "台账").bytes();
        }
    }

    private static List<OfficeSheet.Column> ledgerColumns() {
        int[] widths = {6, 36, 44, 16, 20, 12, 10, 12, 14};
        List<OfficeSheet.Column> columns = new ArrayList<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            columns.add(column(COLUMNS.get(c), widths[c]));
        }
        columns.add(column(TASK_ID, 10));
        columns.add(column(VERSION, 6));
        return columns;
    }

    private static List<OfficeSheet.Column> indicatorColumns() {
        int[] widths = {8, 36, 30, 8, 12, 10, 12};
        List<OfficeSheet.Column> columns = new ArrayList<>();
        for (int c = 0; c < INDICATOR_COLUMNS.size(); c++) {
            columns.add(column(INDICATOR_COLUMNS.get(c), widths[c]));
        }
        columns.add(column(TASK_ID, 10));
        columns.add(column(POSITION, 6));
        return columns;
    }

    private static OfficeSheet.Table ledgerRows(OfficeSheet.Table table, List<LedgerTask> tasks) {
        for (LedgerTask t : tasks) {
            table.row(blankAsNull(t.number()), t.title(), blankAsNull(requirement(t)), blankAsNull(t.leadOrgName()),
                    blankAsNull(String.join("、", t.coUnits())), blankAsNull(t.leader()), blankAsNull(t.responsiblePerson()),
                    t.deadline(), null, t.id(), t.version());
        }
        return table;
    }

    private static OfficeSheet.Table indicatorRows(OfficeSheet.Table table, List<LedgerTask> tasks) {
        for (LedgerTask t : tasks) {
            int position = 0;
            for (LedgerTask.Indicator i : t.indicators()) {
                table.row(blankAsNull(t.number()), t.title(), i.name(), comparatorWord(i.comparator()),
                        i.targetValue() == null ? null : i.targetValue().stripTrailingZeros(), blankAsNull(i.unit()),
                        i.deadline(), t.id(), position++);
            }
        }
        return table;
    }

    /** The comparator as a ledger says it. */
    static String comparatorWord(String comparator) {
        return switch (comparator == null ? "=" : comparator) {
            case ">=" -> "不低于";
            case "<=" -> "不超过";
            default -> "达到";
        };
    }

    /** A comparator as an office may write it; null when it is none of them. */
    static String comparator(String word) {
        String w = word == null ? "" : word.strip();
        if (w.isEmpty() || List.of("=", "＝", "达到", "完成", "为").contains(w)) {
            return "=";
        }
        if (List.of(">=", "≥", "＞＝", "不低于", "不少于", "至少", "以上", "不小于").contains(w)) {
            return ">=";
        }
        if (List.of("<=", "≤", "＜＝", "不超过", "不高于", "以内", "以下", "控制在", "不大于", "不多于").contains(w)) {
            return "<=";
        }
        return null;
    }

    /** 名称 + 比较 + 数量（时限）, one per indicator, as a ledger's 目标要求 column reads. */
    public static String requirement(LedgerTask t) {
        List<String> parts = new ArrayList<>();
        for (LedgerTask.Indicator i : t.indicators()) {
            String comparator = switch (i.comparator()) {
                case ">=" -> "不低于";
                case "<=" -> "不超过";
                default -> "达到";
            };
            String due = i.deadline() == null ? "" : "（" + CountyTime.dayOf(i.deadline()) + "前）";
            parts.add(i.name() + comparator + i.surface() + due);
        }
        return String.join("；", parts);
    }

    /** A cell an older export escaped with a leading apostrophe ('=…) reads as what was typed. */
    static String unescape(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0 ? value.substring(1) : value;
    }

    /** Reads the ledger sheet; every row with a problem is reported, with its number and the reason in Chinese. */
    public static List<LedgerRow> read(byte[] bytes, List<String> problems) {
        return readFile(bytes, problems).rows();
    }

    /** Reads the whole workbook: the ledger, its 指标 sheet and, when Duban wrote it, where it came from. */
    public static LedgerFile readFile(byte[] bytes, List<String> problems) {
        if (bytes.length > 20L * 1024 * 1024) {
            problems.add("文件超过 20 MB 上限");
            return LedgerFile.empty(bytes);
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            problems.add("文件不是 .xlsx 格式的 Excel 工作簿（旧版 .xls 请另存为 .xlsx）");
            return LedgerFile.empty(bytes);
        }
        // Looked inside with bounded work before POI builds its model of the whole workbook.
        ZipBounds.Inspection seen = ZipBounds.inspect(bytes, 1000, MAX_PART, 3 * MAX_PART);
        if (!seen.ok()) {
            problems.add(seen.problem().contains("解压后超过")
                    ? "工作簿过大（" + seen.problem() + "），请分批导入，每批不超过 " + MAX_ROWS + " 行"
                    : "Excel 文件异常：" + seen.problem() + "，已拒绝导入");
            return LedgerFile.empty(bytes);
        }
        return ParseGate.run(() -> parse(bytes, problems),
                () -> new PlanRejected("正在导入的文件较多，请稍后再试"));
    }

    private static LedgerFile parse(byte[] bytes, List<String> problems) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = null;
            for (int i = 0; i < wb.getNumberOfSheets() && sheet == null; i++) {
                if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
                    sheet = wb.getSheetAt(i);
                }
            }
            if (sheet == null) {
                problems.add("工作簿中没有可见的工作表");
                return LedgerFile.empty(bytes);
            }
            Header header = header(sheet, List.of("工作任务", "牵头单位"));
            if (header == null) {
                problems.add("没有找到表头：前 " + HEADER_SCAN + " 行中应有一行含“工作任务”和“牵头单位”两列"
                        + "（常用表头为：" + String.join("、", COLUMNS) + "；标题行、制表行可在表头之上）");
                return LedgerFile.empty(bytes);
            }
            int rowCount = sheet.getLastRowNum() - header.row();
            if (rowCount > MAX_ROWS) {
                problems.add("工作表有 " + rowCount + " 行，超过 " + MAX_ROWS + " 行上限，请分批导入");
                return LedgerFile.empty(bytes);
            }
            List<LedgerRow> rows = ledgerRows(sheet, header, "", problems);
            if (rows.isEmpty() && problems.isEmpty()) {
                problems.add("工作表中没有任务行");
            }
            List<IndicatorRow> indicators = null;
            Sheet indicatorSheet = wb.getSheet(INDICATOR_SHEET);
            if (indicatorSheet != null && indicatorSheet != sheet) {
                Header h = header(indicatorSheet, List.of("指标名称"));
                if (h == null) {
                    problems.add("“指标”表没有找到表头：应有“指标名称”列（表头为：" + String.join("、", INDICATOR_COLUMNS) + "）");
                } else if (indicatorSheet.getLastRowNum() - h.row() > MAX_ROWS * 4) {
                    problems.add("“指标”表超过 " + MAX_ROWS * 4 + " 行上限，请分批导入");
                } else {
                    indicators = indicatorRows(indicatorSheet, h, "“指标”表", problems);
                }
            }
            return new LedgerFile(PlanImports.sha256(bytes), heading(sheet, header), rows, indicators, identity(wb),
                    baseRows(wb), baseIndicators(wb));
        } catch (IOException | RuntimeException e) {
            if (e instanceof PlanRejected rejected) {
                throw rejected;
            }
            problems.add("无法读取该 Excel 文件，文件可能已损坏");
            return LedgerFile.empty(bytes);
        }
    }

    /** A header row: its index and each known column's index, by name. */
    private record Header(int row, Map<String, Integer> columns) {
        Cell cell(Row r, String name) {
            Integer c = columns.get(name);
            return c == null ? null : r.getCell(c);
        }

        boolean has(String name) {
            return columns.containsKey(name);
        }
    }

    /** The first row among the first few that names all the required columns. */
    private static Header header(Sheet sheet, List<String> required) {
        DataFormatter text = new DataFormatter();
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), HEADER_SCAN - 1); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, Integer> columns = new LinkedHashMap<>();
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    String name = canonical(text.formatCellValue(cell));
                    if (!name.isEmpty()) {
                        columns.putIfAbsent(name, cell.getColumnIndex());
                    }
                }
            }
            if (columns.keySet().containsAll(required)) {
                return new Header(r, columns);
            }
        }
        return null;
    }

    /** A header as written (工作\n任务, 序  号, *牵头单位) to the column it names. */
    static String canonical(String header) {
        String h = header.replaceAll("[\\s\u3000*＊]", "");
        return ALIASES.getOrDefault(h, h);
    }

    /** The title row above the header (其上的标题), when there is one: what an import may call the plan. */
    private static String heading(Sheet sheet, Header header) {
        if (header.row() == 0 || sheet.getRow(0) == null) {
            return "";
        }
        DataFormatter text = new DataFormatter();
        for (Cell cell : sheet.getRow(0)) {
            String v = text.formatCellValue(cell).strip();
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    private static List<LedgerRow> ledgerRows(Sheet sheet, Header header, String where, List<String> problems) {
        List<LedgerRow> rows = new ArrayList<>();
        DataFormatter text = new DataFormatter();
        for (int r = header.row() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || blank(row, header, COLUMNS, text)) {
                continue;
            }
            LedgerRow parsed = ledgerRow(row, r + 1, header, text, where, problems);
            if (parsed != null) {
                rows.add(parsed);
            }
        }
        return rows;
    }

    /** Whether a row has nothing in the columns a person sees (a row emptied by hand, its hidden id left behind). */
    private static boolean blank(Row row, Header header, List<String> visible, DataFormatter text) {
        for (String name : visible) {
            if (!text.formatCellValue(header.cell(row, name)).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static LedgerRow ledgerRow(Row row, int number, Header header, DataFormatter text, String where,
            List<String> problems) {
        int before = problems.size();
        Map<String, String> v = new HashMap<>();
        for (String name : COLUMNS) {
            v.put(name, text(header.cell(row, name), where + "第 " + number + " 行“" + name + "”", text, problems));
        }
        if (v.get("工作任务").isEmpty()) {
            problems.add(where + "第 " + number + " 行缺少“工作任务”");
        }
        LocalDate deadline = date(header.cell(row, "完成时限"), v.get("完成时限"), where + "第 " + number + " 行“完成时限”", problems);
        Long taskId = whole(header.cell(row, TASK_ID), where + "第 " + number + " 行“" + TASK_ID + "”", text, problems);
        Long version = whole(header.cell(row, VERSION), where + "第 " + number + " 行“" + VERSION + "”", text, problems);
        if (problems.size() > before) {
            return null;
        }
        String co = v.get("配合单位");
        return new LedgerRow(number, v.get("序号"), v.get("工作任务"), v.get("目标要求"), v.get("牵头单位"),
                co.isEmpty() ? List.of() : List.of(co.split(CO_UNIT_SEPARATORS)), v.get("责任领导"), v.get("责任人"), deadline,
                v.get("备注"), taskId, version == null ? null : version.intValue());
    }

    private static List<IndicatorRow> indicatorRows(Sheet sheet, Header header, String where, List<String> problems) {
        List<IndicatorRow> rows = new ArrayList<>();
        DataFormatter text = new DataFormatter();
        for (int r = header.row() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || blank(row, header, INDICATOR_COLUMNS, text)) {
                continue;
            }
            int number = r + 1;
            String at = where + "第 " + number + " 行";
            int before = problems.size();
            Map<String, String> v = new HashMap<>();
            for (String name : INDICATOR_COLUMNS) {
                v.put(name, text(header.cell(row, name), at + "“" + name + "”", text, problems));
            }
            if (v.get("指标名称").isEmpty()) {
                problems.add(at + "缺少“指标名称”");
            }
            String comparator = comparator(v.get("比较"));
            if (comparator == null) {
                problems.add(at + "“比较”应为 不低于、不超过 或 达到，实际为：" + v.get("比较"));
            }
            BigDecimal target = number(header.cell(row, "目标值"), v.get("目标值"), at + "“目标值”", problems);
            LocalDate deadline = date(header.cell(row, "指标时限"), v.get("指标时限"), at + "“指标时限”", problems);
            Long taskId = whole(header.cell(row, TASK_ID), at + "“" + TASK_ID + "”", text, problems);
            Long position = whole(header.cell(row, POSITION), at + "“" + POSITION + "”", text, problems);
            if (problems.size() == before) {
                rows.add(new IndicatorRow(number, v.get("任务序号"), v.get("指标名称"), comparator, target, v.get("计量单位"),
                        deadline, taskId, position == null ? null : position.intValue()));
            }
        }
        return rows;
    }

    /** The plan the workbook was exported from; null when it has no (readable) 导出标识 sheet. */
    private static Identity identity(XSSFWorkbook wb) {
        Sheet sheet = wb.getSheet(IDENTITY_SHEET);
        if (sheet == null) {
            return null;
        }
        DataFormatter text = new DataFormatter();
        Map<String, String> values = new HashMap<>();
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 20); r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                values.put(text.formatCellValue(row.getCell(0)).strip(), text.formatCellValue(row.getCell(1)).strip());
            }
        }
        try {
            return new Identity(Long.parseLong(values.getOrDefault(PLAN_ID, "")), values.getOrDefault(PLAN_TITLE, ""),
                    values.getOrDefault(EXPORTED_AT, ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The ledger as exported; null when the sheet is missing or was changed into something unreadable. */
    private static List<LedgerRow> baseRows(XSSFWorkbook wb) {
        Sheet sheet = wb.getSheet(LEDGER_BASE);
        Header header = sheet == null ? null : header(sheet, List.of("工作任务", TASK_ID));
        if (header == null) {
            return null;
        }
        List<String> problems = new ArrayList<>();
        List<LedgerRow> rows = ledgerRows(sheet, header, "", problems);
        return problems.isEmpty() ? rows : null;
    }

    private static List<IndicatorRow> baseIndicators(XSSFWorkbook wb) {
        Sheet sheet = wb.getSheet(INDICATOR_BASE);
        Header header = sheet == null ? null : header(sheet, List.of("指标名称", TASK_ID));
        if (header == null) {
            return null;
        }
        List<String> problems = new ArrayList<>();
        List<IndicatorRow> rows = indicatorRows(sheet, header, "", problems);
        return problems.isEmpty() ? rows : null;
    }

    /** A cell as text; a formula is refused, since what it shows is not what was typed. */
    private static String text(Cell cell, String what, DataFormatter text, List<String> problems) {
        if (cell != null && cell.getCellType() == CellType.FORMULA) {
            problems.add(what + "是公式，请粘贴为数值后再导入");
            return "";
        }
        return unescape(text.formatCellValue(cell).strip());
    }

    /** A date cell, a date typed as text (2025-09-30, 2025年9月30日, 2025年9月底前), or 20250930 typed as a number. */
    private static LocalDate date(Cell cell, String shown, String what, List<String> problems) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            double d = cell.getNumericCellValue();
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            if (d == Math.rint(d) && d >= 19000101 && d <= 21001231) {
                LocalDate typed = date(String.valueOf((long) d).replaceFirst("(\\d{4})(\\d{2})(\\d{2})", "$1-$2-$3"));
                if (typed != null) {
                    return typed;
                }
            } else if (d == Math.rint(d) && d > 36_000 && d < 74_000) {
                // A date whose cell lost its format shows as its serial number (46022 = 2025-12-31).
                return DateUtil.getLocalDateTime(d).toLocalDate();
            }
        } else if (shown.isEmpty()) {
            return null;
        } else {
            LocalDate parsed = date(shown);
            if (parsed != null) {
                return parsed;
            }
        }
        problems.add(what + "无法识别：" + shown + "（应为 2025-09-30 或 2025年9月30日）");
        return null;
    }

    /** A number cell; a number typed as text (1,200); a percent cell read as the percent it shows (92% → 92). */
    private static BigDecimal number(Cell cell, String shown, String what, List<String> problems) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue());
            String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
            return (format != null && format.contains("%") ? value.movePointRight(2) : value).stripTrailingZeros();
        }
        if (shown.isEmpty()) {
            return null;
        }
        try {
            String plain = shown.replaceAll("[,，\\s]", "").replaceFirst("[%％]$", "");
            return new BigDecimal(plain).stripTrailingZeros();
        } catch (NumberFormatException e) {
            problems.add(what + "应为数字，实际为：" + shown);
            return null;
        }
    }

    /** A whole number (an id Duban wrote); null when blank. */
    private static Long whole(Cell cell, String what, DataFormatter text, List<String> problems) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            double d = cell.getNumericCellValue();
            if (d == Math.rint(d) && d >= 0 && d < 1e15) {
                return (long) d;
            }
        } else {
            String v = text.formatCellValue(cell).strip();
            if (v.isEmpty()) {
                return null;
            }
            if (v.matches("\\d{1,15}")) {
                return Long.parseLong(v);
            }
        }
        problems.add(what + "应为 Duban 导出时写入的编号，已被改动（这是隐藏列，请勿修改；新增的行请留空）");
        return null;
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern MONTH_END = Pattern.compile("(\\d{4})年(\\d{1,2})月(底|末)?前?");

    static LocalDate date(String text) {
        // 2025年9月30日前, 2025年9月底之前: a deadline, written as offices write one.
        String s = text.strip().replaceFirst("(之前|以前|前)$", "");
        try {
            for (Pattern p : new Pattern[]{ISO, CHINESE}) {
                Matcher m = p.matcher(s);
                if (m.matches()) {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                }
            }
            Matcher m = MONTH_END.matcher(s);
            if (m.matches()) {
                return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).atEndOfMonth();
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /** The indicators a 目标要求 text states, read as targets. */
    static List<Quantity> indicators(String requirement, int year) {
        if (requirement == null || requirement.isBlank()) {
            return List.of();
        }
        return Reader.read("目标要求", "下一步工作安排\n" + requirement, year).quantities().stream()
                .map(q -> q.withKind("target", "台账：目标要求"))
                .toList();
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

}
