package cn.duban.extract;

import java.math.BigDecimal;

/**
 * Chinese numerals as government documents write them (三, 两, 二十三, 五千, 一百零五) and as speeches are
 * transcribed (四十六万八千, 一千二百三十一, 三点二, 九十七点八).
 */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    static boolean isNumeralChar(char c) {
        return digit(c) >= 0 || c == '十' || c == '百' || c == '千' || c == '拾' || c == '佰' || c == '仟';
    }

    static int digit(char c) {
        int d = DIGITS.indexOf(c);
        if (d >= 0) {
            return d;
        }
        return switch (c) {
            case '两', '俩' -> 2;
            case '〇', '○' -> 0;
            case '壹' -> 1;
            case '贰' -> 2;
            case '叁' -> 3;
            case '肆' -> 4;
            case '伍' -> 5;
            case '陆' -> 6;
            case '柒' -> 7;
            case '捌' -> 8;
            case '玖' -> 9;
            default -> -1;
        };
    }

    /** Value of a run of numeral characters below 万 (一百零五 → 105), or -1 when malformed. */
    public static long parse(CharSequence s) {
        long total = 0;
        long current = -1;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                if (current >= 0 && current != 0 && d != 0) {
                    // "二三" is not a number; a digit directly after a digit is malformed except 零.
                    return -1;
                }
                current = d;
                any = true;
                continue;
            }
            long unit = switch (c) {
                case '十', '拾' -> 10;
                case '百', '佰' -> 100;
                case '千', '仟' -> 1000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            total += (current < 0 ? 1 : current) * unit;
            current = -1;
            any = true;
        }
        if (!any) {
            return -1;
        }
        return total + Math.max(current, 0);
    }

    /**
     * A numeral read from {@code from}: where it ends, its value, and whether it had a decimal part (三点二). A 万 or
     * 亿 inside it is part of the number when more numerals follow (四十六万八千 = 468000, 一亿二千万 = 120000000); one at
     * its end is left for the caller to read as a magnitude (十二万株 is 12 of 万株). Null when no numeral starts there.
     */
    record Numeral(int end, BigDecimal value, boolean decimal) {
    }

    static Numeral read(CharSequence s, int from) {
        long total = 0;
        int i = from;
        boolean inner = false;
        while (true) {
            int runEnd = i;
            while (runEnd < s.length() && runEnd - i < 8 && isNumeralChar(s.charAt(runEnd))) {
                runEnd++;
            }
            if (runEnd == i) {
                return inner ? new Numeral(i - 1, BigDecimal.valueOf(total), false) : null;
            }
            long section = parse(s.subSequence(i, runEnd));
            if (section < 0) {
                // 二三 is no number; the run is passed over whole.
                return inner ? null : new Numeral(runEnd, BigDecimal.valueOf(-1), false);
            }
            long magnitude = runEnd < s.length() ? switch (s.charAt(runEnd)) {
                case '万', '萬' -> 10_000L;
                case '亿', '億' -> 100_000_000L;
                default -> 0L;
            } : 0L;
            boolean continues = magnitude > 0 && runEnd + 1 < s.length() && digit(s.charAt(runEnd + 1)) >= 0;
            if (continues && total % (magnitude * 10) == 0) {
                total += section * magnitude;
                inner = true;
                i = runEnd + 1;
                continue;
            }
            if (inner && magnitude > 0) {
                // 一亿二千万: the last section's own magnitude closes the number.
                return new Numeral(runEnd + 1, BigDecimal.valueOf(total + section * magnitude), false);
            }
            total += section;
            if (!inner && runEnd + 1 < s.length() && s.charAt(runEnd) == '点' && isDigitChar(s.charAt(runEnd + 1))) {
                int d = runEnd + 1;
                StringBuilder fraction = new StringBuilder();
                while (d < s.length() && isDigitChar(s.charAt(d)) && fraction.length() < 6) {
                    fraction.append(digit(s.charAt(d)));
                    d++;
                }
                return new Numeral(d, new BigDecimal(total + "." + fraction), true);
            }
            return new Numeral(runEnd, BigDecimal.valueOf(total), false);
        }
    }

    /** A digit 零 to 九 (两 included): what may follow 点 in a decimal; 十, 百 and 千 may not. */
    static boolean isDigitChar(char c) {
        return digit(c) >= 0;
    }

    static String toChinese(int n) {
        if (n <= 0 || n >= 10000) {
            return Integer.toString(n);
        }
        StringBuilder out = new StringBuilder();
        int[] units = {1000, 100, 10, 1};
        String[] names = {"千", "百", "十", ""};
        boolean zero = false;
        for (int i = 0; i < units.length; i++) {
            int d = n / units[i] % 10;
            if (d == 0) {
                zero = out.length() > 0;
                continue;
            }
            if (zero) {
                out.append('零');
                zero = false;
            }
            if (!(d == 1 && units[i] == 10 && out.length() == 0)) {
                out.append(DIGITS.charAt(d));
            }
            out.append(names[i]);
        }
        return out.toString();
    }
}
