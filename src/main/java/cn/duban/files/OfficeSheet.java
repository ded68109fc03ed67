package cn.duban.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Every workbook Duban writes, written one way: text that could open a formula kept as text — in a
 * value, a header or a title row alike (a title typed as "=HYPERLINK(…)" must not run in the office's
 * Excel) —, numbers as number cells, dates as date cells, completion as a percent-formatted number, a
 * title row and a 制表 line where the office's own ledgers have them, a bold header that stays in view
 * and repeats on every printed page, and the page set up as offices print a ledger: A4 landscape,
 * fitted to the width.
 * Streaming (100 rows in memory), so a long list costs no more than a short one.
 */
public final class OfficeSheet implements AutoCloseable {

    /** A column: its header and its width in characters. */
    public record Column(String name, int width) {
    }

    /** A completion or share as a fraction of one, shown as a percent with one decimal (0.617 → 61.7%). */
    public record Percent(BigDecimal fraction) {
        /** From a figure already in percent as Duban shows it (61.7 → 61.7%), so the cell reads what the page reads. */
        public static Percent of(BigDecimal percent) {
            return percent == null ? null : new Percent(percent.movePointLeft(2));
        }
    }

    public static Column column(String name, int width) {
        return new Column(name, width);
    }

    private final SXSSFWorkbook workbook;
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle note;
    private final CellStyle quotedHeader;
    private final CellStyle quotedTitle;
    private final CellStyle quotedNote;
    private final CellStyle text;
    private final CellStyle quoted;
    private final CellStyle date;
    private final CellStyle percent;
    private final CellStyle number;

    public OfficeSheet() {
        this(false);
    }

    /**
     * A workbook an office edits and sends back (a plan's ledger): its text in a shared-strings
     * table, as Excel writes it. Streaming writes each cell's text inline, and a program that edits
     * an inline cell may keep the old text beside the new (POI 5 reads the old one back), so an
     * edit made outside Excel would be lost on the way in. Costs the table of distinct texts in memory.
     */
    public static OfficeSheet editable() {
        return new OfficeSheet(true);
    }

    private OfficeSheet(boolean sharedStrings) {
        workbook = new SXSSFWorkbook(null, 100, false, sharedStrings);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        borders(header);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        title = workbook.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        note = workbook.createCellStyle();
        note.setAlignment(HorizontalAlignment.RIGHT);
        text = workbook.createCellStyle();
        text.setWrapText(true);
        borders(text);
        // Excel's own quote prefix: the cell shows and keeps exactly what was typed, and is never a formula.
        quoted = workbook.createCellStyle();
        quoted.cloneStyleFrom(text);
        quoted.setQuotePrefixed(true);
        date = workbook.createCellStyle();
        date.cloneStyleFrom(text);
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        percent = workbook.createCellStyle();
        percent.cloneStyleFrom(text);
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        number = workbook.createCellStyle();
        number.cloneStyleFrom(text);
        number.setDataFormat(workbook.createDataFormat().getFormat("General"));
        quotedHeader = quoted(header);
        quotedTitle = quoted(title);
        quotedNote = quoted(note);
    }

    private CellStyle quoted(CellStyle style) {
        CellStyle q = workbook.createCellStyle();
        q.cloneStyleFrom(style);
        q.setQuotePrefixed(true);
        return q;
    }

    /** Text in a cell: a title, a header or a value, with the quote prefix where it would open a formula. */
    private static void text(Cell cell, String value, CellStyle plain, CellStyle quotedStyle) {
        cell.setCellValue(value);
        cell.setCellStyle(opensFormula(value) ? quotedStyle : plain);
    }

    private static void borders(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }

    /** A sheet whose first row is the header. */
    public Table table(String sheetName, List<Column> columns) {
        return table(sheetName, null, null, columns);
    }

    /**
     * A sheet in the office's layout: a title row across the columns, a line under it (制表单位、制表日期)
     * when given, then the header. Either may be null.
     */
    public Table table(String sheetName, String heading, String line, List<Column> columns) {
        Sheet sheet = workbook.createSheet(sheetName);
        int r = 0;
        if (heading != null) {
            Row row = sheet.createRow(r++);
            row.setHeightInPoints(28);
            text(row.createCell(0), heading, title, quotedTitle);
            if (columns.size() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
            }
        }
        if (line != null) {
            Row row = sheet.createRow(r++);
            text(row.createCell(0), line, note, quotedNote);
            if (columns.size() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(r - 1, r - 1, 0, columns.size() - 1));
            }
        }
        Row head = sheet.createRow(r);
        for (int c = 0; c < columns.size(); c++) {
            text(head.createCell(c), columns.get(c).name(), header, quotedHeader);
            sheet.setColumnWidth(c, Math.min(255, columns.get(c).width()) * 256);
        }
        sheet.createFreezePane(0, r + 1);
        sheet.setRepeatingRows(new CellRangeAddress(r, r, 0, columns.size() - 1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        return new Table(sheet, r + 1, columns.size());
    }

    /**
     * A sheet for Duban to read back and for nobody to print: hidden (Excel's 取消隐藏 shows it, so
     * nothing is concealed from the office), its header in the first row.
     */
    public Table hiddenTable(String sheetName, List<Column> columns) {
        Table table = table(sheetName, columns);
        workbook.setSheetHidden(workbook.getSheetIndex(table.sheet()), true);
        return table;
    }

    /** The rows of one sheet, appended in order. */
    public final class Table {
        private final Sheet sheet;
        private final int width;
        private int next;

        private Table(Sheet sheet, int first, int width) {
            this.sheet = sheet;
            this.next = first;
            this.width = width;
        }

        /** The underlying sheet, for what only some workbooks add (conditional formats, hidden columns). */
        public Sheet sheet() {
            return sheet;
        }

        /**
         * Hides columns a person need not see (an id the workbook carries for Duban): they are not
         * printed, yet move with their row when the office sorts or filters.
         */
        public Table hide(int... columns) {
            for (int c : columns) {
                sheet.setColumnHidden(c, true);
            }
            return this;
        }

        /** The index of the row the next {@link #row} writes. */
        public int nextRow() {
            return next;
        }

        /**
         * A row: each value a String (text), a Number (a number cell), a LocalDate (a date cell), a
         * {@link Percent}, or null (an empty cell, bordered like the rest).
         */
        public Table row(Object... values) {
            Row row = sheet.createRow(next++);
            for (int c = 0; c < Math.max(values.length, width); c++) {
                Cell cell = row.createCell(c);
                Object v = c < values.length ? values[c] : null;
                if (v == null) {
                    cell.setCellStyle(text);
                } else if (v instanceof Percent p) {
                    if (p.fraction() != null) {
                        cell.setCellValue(p.fraction().doubleValue());
                    }
                    cell.setCellStyle(percent);
                } else if (v instanceof Number n) {
                    cell.setCellValue(n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue());
                    cell.setCellStyle(number);
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else {
                    text(cell, v.toString(), text, quoted);
                }
            }
            return this;
        }
    }

    /** Writes the workbook; the streaming buffers are removed. */
    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's title in its properties (what a file manager shows). */
    public OfficeSheet titled(String documentTitle) {
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(documentTitle);
        return this;
    }

    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a spreadsheet would read this text as the start of a formula (or of a DDE call). */
    public static boolean opensFormula(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }
}
