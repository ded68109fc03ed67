package cn.duban.files;

import static cn.duban.files.OfficeSheet.column;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The one workbook writer (issue 24, item 5): what a person typed is written as the text it is — a task
 * titled {@code =1+1}, {@code @SUM(A1)} or {@code +cmd|' /C calc'!A0} is a text cell with Excel's quote
 * prefix, never a formula, and stays text when the office edits the cell —, numbers, percents and dates
 * as such, a bold frozen header that repeats on printed pages, A4 landscape fitted to the width. And the
 * one CSV field rule.
 */
class OfficeSheetTests {

    /** What a person could type that a spreadsheet would run. */
    static final List<String> FORMULAS = List.of("=1+1", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3", "\t=1+1", "\r=1+1",
            "=HYPERLINK(\"http://203.0.113.9/x\",\"点此查看\")");

    /**
     * Every cell of the workbook that holds one of the texts (or begins with it) is a text cell reading
     * exactly what was written, with Excel's quote prefix; no cell of the workbook is a formula. Each text
     * must be found, so an export that lost it fails too.
     */
    public static void keptAsText(byte[] xlsx, List<String> texts) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> found = new ArrayList<>();
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as("%s!%s", sheet.getSheetName(), cell.getAddress()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() != CellType.STRING) {
                            continue;
                        }
                        for (String text : texts) {
                            if (cell.getStringCellValue().startsWith(text)) {
                                assertThat(cell.getCellStyle().getQuotePrefixed()).as("%s in %s!%s is kept as text", text,
                                        sheet.getSheetName(), cell.getAddress()).isTrue();
                                found.add(text);
                            }
                        }
                    }
                }
            }
            assertThat(found).as("every text is in the workbook").containsAll(texts);
        }
    }

    @Test
    void whatLooksLikeAFormulaIsWrittenAsTheTextItIs() throws IOException {
        byte[] xlsx;
        try (OfficeSheet book = new OfficeSheet()) {
            OfficeSheet.Table table = book.table("任务", List.of(column("序号", 6), column("工作任务", 40)));
            int n = 1;
            for (String f : FORMULAS) {
                table.row(n++, f);
            }
            table.row(n, "新建产业路");
            xlsx = book.bytes();
        }
        keptAsText(xlsx, FORMULAS);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row plain = wb.getSheetAt(0).getRow(FORMULAS.size() + 1);
            assertThat(plain.getCell(1).getStringCellValue()).isEqualTo("新建产业路");
            assertThat(plain.getCell(1).getCellStyle().getQuotePrefixed()).as("ordinary text needs no prefix").isFalse();
        }
    }

    @Test
    void aTitleRowAndAHeaderTypedByAPersonAreTextToo() throws IOException {
        byte[] xlsx;
        try (OfficeSheet book = new OfficeSheet()) {
            // A roll-up's title row is the task's title; its headers name the task's indicators.
            book.table("逐级汇总", "=1+1逐级汇总", "@SUM(A1)", List.of(column("序号", 6), column("+cmd|' /C calc'!A0目标（个）", 14)))
                    .row(1, 2);
            xlsx = book.bytes();
        }
        keptAsText(xlsx, List.of("=1+1", "@SUM(A1)", "+cmd|' /C calc'!A0"));
    }

    @Test
    void numbersPercentsAndDatesAreCellsOfTheirKind() throws IOException {
        byte[] xlsx;
        try (OfficeSheet book = new OfficeSheet()) {
            book.table("台账", "2026年台账", "制表单位：县政府督查室", List.of(column("序号", 6), column("数量", 10),
                    column("完成率", 10), column("完成时限", 12), column("备注", 20)))
                    .row(1, new BigDecimal("12.5"), OfficeSheet.Percent.of(new BigDecimal("61.7")), LocalDate.of(2026, 9, 30), null);
            xlsx = book.titled("2026年台账").bytes();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2026年台账");
            Row header = sheet.getRow(2);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("数量");
            assertThat(wb.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).as("frozen under the header").isEqualTo((short) 3);
            assertThat(sheet.getRepeatingRows().formatAsString()).as("the header on every printed page").isEqualTo("3:3");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(4)).isEqualTo(20 * 256);
            Row row = sheet.getRow(3);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(12.5);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(0.617);
            assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(DateUtil.isCellDateFormatted(row.getCell(3))).isTrue();
            assertThat(row.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 9, 30));
            assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("2026年台账");
        }
    }

    @Test
    void aCsvFieldIsQuotedAndNeverAFormula() {
        assertThat(Csv.field("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(Csv.field("+cmd|' /C calc'!A0")).isEqualTo("\"'+cmd|' /C calc'!A0\"");
        assertThat(Csv.field("\t=1+1")).isEqualTo("\"'\t=1+1\"");
        assertThat(Csv.field("说\"明\"，第二行\r\n")).isEqualTo("\"说\"\"明\"\"，第二行\r\n\"");
        assertThat(Csv.field("新建产业路")).isEqualTo("\"新建产业路\"");
        assertThat(Csv.field(null)).isEmpty();
    }
}
