package cn.duban.ledger;

import cn.duban.extract.Quantity;
import cn.duban.extract.Reader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ledger in the columns offices use (序号, 工作任务, 目标要求, 牵头单位, 配合单位, 责任领导,
 * 责任人, 完成时限, 备注), written and read back. 目标要求 is written as offices write it
 * (农村卫生厕所普及率不低于92%（2025年12月31日前）) and read back with the reader.
 */
public final class LedgerWorkbook {

    public static final List<String> COLUMNS = List.of("序号", "工作任务", "目标要求", "牵头单位", "配合单位", "责任领导",
            "责任人", "完成时限", "备注");
    static final int MAX_ROWS = 5_000;
    /**
     * The most any part of a workbook may inflate to. POI's model of a sheet takes some thirty
     * times its XML (measured: a 7.8 MB sheet, 233 MB of heap), so 4 MB — a ledger of several
     * thousand tasks — keeps two imports at once well inside the heap.
     */
    static final long MAX_PART = 4L * 1024 * 1024;
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private LedgerWorkbook() {
    }

    /** A task as a row of the sheet. */
    public record LedgerRow(int rowNumber, String number, String title, String requirement, String lead, List<String> coUnits,
                            String leader, String responsiblePerson, LocalDate deadline, String remark) {
    }

    public static byte[] write(String planTitle, List<LedgerTask> tasks) {
        List<String[]> rows = new ArrayList<>();
        for (LedgerTask t : tasks) {
            rows.add(new String[]{t.number(), t.title(), requirement(t), nz(t.leadOrgName()), String.join("、", t.coUnits()),
                    nz(t.leader()), nz(t.responsiblePerson()), t.deadline() == null ? "" : t.deadline().toString(), ""});
        }
        return sheet(planTitle, "台账", COLUMNS, rows, new int[]{8, 40, 50, 18, 24, 12, 12, 12, 16}, sheet -> { });
    }

    /**
     * A one-sheet workbook in the offices' layout: a bold header row that stays in view, the rows
     * with formula-looking text escaped, the given column widths (in characters), then whatever
     * {@code finish} adds (conditional formats, say) before it is written.
     */
    public static byte[] sheet(String title, String sheetName, List<String> columns, List<String[]> rows, int[] widths,
                               java.util.function.Consumer<Sheet> finish) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            XSSFCellStyle header = wb.createCellStyle();
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Row head = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(columns.get(c));
                cell.setCellStyle(header);
            }
            int r = 1;
            for (String[] values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(escape(values[c]));
                }
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            finish.accept(sheet);
            wb.getProperties().getCoreProperties().setTitle(title);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            String due = i.deadline() == null ? "" : "（" + i.deadline().format(CHINESE_DATE) + "前）";
            parts.add(i.name() + comparator + i.surface() + due);
        }
        return String.join("；", parts);
    }

    /** A spreadsheet opened elsewhere must not run what a cell says: =, +, - and @ open a formula. */
    public static String escape(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    static String unescape(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0 ? value.substring(1) : value;
    }

    /** Reads the sheet; every row with a problem is reported, with its number and the reason in Chinese. */
    public static List<LedgerRow> read(byte[] bytes, List<String> problems) {
        if (bytes.length > 20L * 1024 * 1024) {
            problems.add("文件超过 20 MB 上限");
            return List.of();
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            problems.add("文件不是 .xlsx 格式的 Excel 工作簿（旧版 .xls 请另存为 .xlsx）");
            return List.of();
        }
        // Looked inside with bounded work before POI builds its model of the whole workbook.
        cn.duban.files.ZipBounds.Inspection seen = cn.duban.files.ZipBounds.inspect(bytes, 1000, MAX_PART, 3 * MAX_PART);
        if (!seen.ok()) {
            problems.add(seen.problem().contains("解压后超过")
                    ? "工作簿过大（" + seen.problem() + "），请分批导入，每批不超过 " + MAX_ROWS + " 行"
                    : "Excel 文件异常：" + seen.problem() + "，已拒绝导入");
            return List.of();
        }
        return cn.duban.files.ParseGate.run(() -> parse(bytes, problems),
                () -> new PlanRejected("正在导入的文件较多，请稍后再试"));
    }

    private static List<LedgerRow> parse(byte[] bytes, List<String> problems) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                problems.add("工作表有 " + sheet.getLastRowNum() + " 行，超过 " + MAX_ROWS + " 行上限，请分批导入");
                return List.of();
            }
            if (!header(sheet.getRow(0), problems)) {
                return List.of();
            }
            List<LedgerRow> rows = new ArrayList<>();
            DataFormatter text = new DataFormatter();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || blank(row, text)) {
                    continue;
                }
                LedgerRow parsed = row(row, r + 1, text, problems);
                if (parsed != null) {
                    rows.add(parsed);
                }
            }
            if (rows.isEmpty() && problems.isEmpty()) {
                problems.add("工作表中没有任务行");
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            problems.add("无法读取该 Excel 文件，文件可能已损坏");
            return List.of();
        }
    }

    private static boolean header(Row row, List<String> problems) {
        DataFormatter text = new DataFormatter();
        List<String> found = new ArrayList<>();
        for (int c = 0; row != null && c < COLUMNS.size(); c++) {
            found.add(text.formatCellValue(row.getCell(c)).strip());
        }
        if (!found.equals(COLUMNS)) {
            problems.add("第 1 行表头应为：" + String.join("、", COLUMNS) + "；实际为：" + String.join("、", found));
            return false;
        }
        return true;
    }

    private static boolean blank(Row row, DataFormatter text) {
        for (int c = 0; c < COLUMNS.size(); c++) {
            if (!text.formatCellValue(row.getCell(c)).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static LedgerRow row(Row row, int number, DataFormatter text, List<String> problems) {
        int before = problems.size();
        String[] v = new String[COLUMNS.size()];
        for (int c = 0; c < v.length; c++) {
            Cell cell = row.getCell(c);
            if (cell != null && cell.getCellType() == CellType.FORMULA) {
                problems.add("第 " + number + " 行“" + COLUMNS.get(c) + "”是公式，请粘贴为数值后再导入");
                v[c] = "";
            } else {
                v[c] = unescape(text.formatCellValue(cell).strip());
            }
        }
        if (v[1].isEmpty()) {
            problems.add("第 " + number + " 行缺少“工作任务”");
        }
        if (v[3].isEmpty()) {
            problems.add("第 " + number + " 行缺少“牵头单位”");
        }
        LocalDate deadline = null;
        Cell due = row.getCell(7);
        if (due != null && due.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(due)) {
            deadline = due.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        } else if (!v[7].isEmpty()) {
            deadline = date(v[7]);
            if (deadline == null) {
                problems.add("第 " + number + " 行“完成时限”无法识别：" + v[7] + "（应为 2025-09-30 或 2025年9月30日）");
            }
        }
        if (problems.size() > before) {
            return null;
        }
        List<String> co = v[4].isEmpty() ? List.of() : List.of(v[4].split("[、,，;；\\s]+"));
        return new LedgerRow(number, v[0], v[1], v[2], v[3], co, v[5], v[6], deadline, v[8]);
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern MONTH_END = Pattern.compile("(\\d{4})年(\\d{1,2})月(底|末)?前?");

    static LocalDate date(String s) {
        try {
            for (Pattern p : new Pattern[]{ISO, CHINESE}) {
                Matcher m = p.matcher(s);
                if (m.matches()) {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                }
            }
            Matcher m = MONTH_END.matcher(s);
            if (m.matches()) {
                return java.time.YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).atEndOfMonth();
            }
        } catch (java.time.DateTimeException e) {
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
                .map(q -> new Quantity(q.doc(), q.sentence(), q.surface(), q.value(), q.unit(), q.baseValue(), q.baseUnit(),
                        "target", q.indicator(), q.comparator(), q.deadline(), q.placeholder(), q.start(), q.end(),
                        "台账：目标要求"))
                .toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}
