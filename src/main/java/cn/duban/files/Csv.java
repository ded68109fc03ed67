package cn.duban.files;

/**
 * Every CSV Duban writes, written one way: each field quoted as RFC 4180 says (a quote doubled; commas,
 * quotes and line breaks kept inside the quotes), and a field a spreadsheet would open as a formula (or a
 * DDE call) — one starting with =, +, -, @, a tab or a carriage return — prefixed with an apostrophe, the
 * only way CSV has to say "text". The same rule as {@link OfficeSheet#opensFormula} for workbooks.
 */
public final class Csv {

    private Csv() {
    }

    /** One field, quoted; null is the empty field. */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        String v = OfficeSheet.opensFormula(value) ? "'" + value : value;
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
