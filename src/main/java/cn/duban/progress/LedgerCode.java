package cn.duban.progress;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The office's own number for a ledger indicator, cited by a unit's table: 对应台账指标（任务序号-指标序号）| 6-1, a name cell
 * 沿街商铺经营人员消防安全培训考核合格（1-2）, or a task alone — 保底收购订单兑现率（任务8）. Offices number a ledger's tasks and each
 * task's indicators, and a unit that keeps its table by other rows (by the object supervised, by the kind of indicator)
 * cites those numbers; the number then says which indicator a figure is, where the row's words may not.
 *
 * @param task      the task's 序号 in the ledger
 * @param indicator the indicator's place under its task, from 1, or 0 when the row cites the task only
 */
record LedgerCode(String task, int indicator) {

    /** A header that announces the ledger's numbers: 任务序号-指标序号, 台账指标编号, 对应指标序号. */
    private static final Pattern CODE_HEADER = Pattern.compile("(?:任务|指标)[^\\t\\n]{0,6}?(?:序号|编号|代码)");
    /** A cell that is a code and nothing else: 6-1, 10-2. */
    private static final Pattern CODE_CELL = Pattern.compile("^(\\d{1,3})[-－](\\d{1,2})$");
    /** A code in brackets closing a cell: （1-2）, （任务8）. */
    private static final Pattern BRACKETED = Pattern.compile("[（(](?:(\\d{1,3})[-－](\\d{1,2})|任务(\\d{1,3}))[）)]\\s*$");
    /** How far above its row a table's header is looked for: a table's rows, not the document. */
    private static final int HEADER_LINES = 40;
    /** The longest line read as a table's row: a longer one is prose (or a hostile upload), and is not walked per figure. */
    private static final int ROW_MAX = 2000;

    /** Whether this code is the given line's {@code index}-th indicator (from 1). */
    boolean names(String lineNumber, int index) {
        return lineNumber != null && task.equals(lineNumber.strip()) && (indicator == 0 || indicator == index);
    }

    /** Whether a line of the ledger bears this code's task number, with as many indicators as the code counts to. */
    boolean inLedger(List<ReportLine> lines) {
        return lines.stream().anyMatch(l -> names(l.number(), indicator) && l.measures().size() >= indicator);
    }

    /** The code the row holding {@code at} cites, when its table's header announces the ledger's numbers; else null. */
    static LedgerCode at(String source, int at) {
        int rowStart = lineStart(source, at);
        int rowEnd = at;
        while (rowEnd < source.length() && source.charAt(rowEnd) != '\n' && rowEnd - at < ROW_MAX) {
            rowEnd++;
        }
        if (rowStart < 0 || rowEnd - at >= ROW_MAX) {
            return null;
        }
        String row = source.substring(rowStart, rowEnd);
        if (row.indexOf('\t') < 0 || !announced(source, rowStart)) {
            return null;
        }
        for (String cell : row.split("\t")) {
            String c = cell.strip();
            Matcher code = CODE_CELL.matcher(c);
            if (code.matches()) {
                return new LedgerCode(Integer.toString(Integer.parseInt(code.group(1))), Integer.parseInt(code.group(2)));
            }
        }
        for (String cell : row.split("\t")) {
            Matcher code = BRACKETED.matcher(cell.strip());
            if (code.find()) {
                return code.group(3) != null
                        ? new LedgerCode(Integer.toString(Integer.parseInt(code.group(3))), 0)
                        : new LedgerCode(Integer.toString(Integer.parseInt(code.group(1))), Integer.parseInt(code.group(2)));
            }
        }
        return null;
    }

    /** Whether a line of the table above {@code rowStart} (its rows hold tabs) is a header announcing the ledger's numbers. */
    private static boolean announced(String source, int rowStart) {
        int end = rowStart - 1;
        for (int k = 0; k < HEADER_LINES && end > 0; k++) {
            int start = lineStart(source, end);
            if (start < 0) {
                return false;
            }
            String line = source.substring(start, end);
            if (line.indexOf('\t') < 0 && !line.isBlank()) {
                // a line with no cells between the header and the row: a section's title inside the table (一、比率类指标)
                // is passed over; the text before the table is not reached
                if (k > 0 && line.length() > 40) {
                    return false;
                }
            } else if (CODE_HEADER.matcher(line).find()) {
                return true;
            }
            end = start - 1;
        }
        return false;
    }

    /** Where the line holding {@code at} starts, or -1 when it starts more than {@link #ROW_MAX} characters back. */
    private static int lineStart(String source, int at) {
        int start = at;
        while (start > 0 && source.charAt(start - 1) != '\n') {
            if (at - start >= ROW_MAX) {
                return -1;
            }
            start--;
        }
        return start;
    }
}
