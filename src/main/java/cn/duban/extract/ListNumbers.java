package cn.duban.extract;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * Word keeps list numbers out of the text ("一、" lives in numbering.xml, not in the paragraph),
 * yet the outline of a plan is read from exactly those numbers. This renders each numbered
 * paragraph's label the way Word shows it.
 */
final class ListNumbers {

    private final Map<BigInteger, int[]> counters = new HashMap<>();

    /** The label, or "" when the numbering part is missing or malformed: the text still counts. */
    String label(XWPFParagraph p) {
        try {
            return render(p);
        } catch (RuntimeException e) {
            return "";
        }
    }

    private String render(XWPFParagraph p) {
        BigInteger numId = p.getNumID();
        if (numId == null) {
            return "";
        }
        int level = p.getNumIlvl() == null ? 0 : Math.min(8, p.getNumIlvl().intValue());
        int[] count = counters.computeIfAbsent(numId, k -> new int[9]);
        if (count[level] == 0) {
            BigInteger start = p.getNumStartOverride();
            count[level] = start == null ? 0 : start.intValue() - 1;
        }
        count[level]++;
        for (int deeper = level + 1; deeper < count.length; deeper++) {
            count[deeper] = 0;
        }
        String text = p.getNumLevelText();
        String format = p.getNumFmt();
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int l = text.charAt(++i) - '1';
                out.append(format(l >= 0 && l < count.length ? Math.max(1, count[l]) : 1, format));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String format(int n, String numFmt) {
        if (numFmt == null) {
            return Integer.toString(n);
        }
        return switch (numFmt) {
            case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional",
                 "taiwaneseCounting", "taiwaneseCountingThousand" -> ChineseNumerals.toChinese(n);
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
