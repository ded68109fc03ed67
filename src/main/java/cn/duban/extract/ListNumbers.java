package cn.duban.extract;

/**
 * Word keeps list numbers out of the text ("一、" lives in numbering.xml, not in the paragraph),
 * yet the outline of a plan is read from exactly those numbers. This renders each numbered
 * paragraph's label the way Word shows it: the number of a level in the list's format.
 */
final class ListNumbers {

    private ListNumbers() {
    }

    static String format(int n, String numFmt) {
        if (numFmt == null) {
            return Integer.toString(n);
        }
        return switch (numFmt) {
            case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional",
                    "taiwaneseCounting", "taiwaneseCountingThousand" ->
                ChineseNumerals.toChinese(n);
            case "lowerLetter" -> String.valueOf((char) ('a' + (n - 1) % 26));
            case "upperLetter" -> String.valueOf((char) ('A' + (n - 1) % 26));
            case "lowerRoman" -> roman(n).toLowerCase();
            case "upperRoman" -> roman(n);
            case "bullet", "none" -> "";
            default -> Integer.toString(n);
        };
    }

    private static String roman(int n) {
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < v.length && n > 0; i++) {
            while (n >= v[i]) {
                out.append(s[i]);
                n -= v[i];
            }
        }
        return out.toString();
    }
}
