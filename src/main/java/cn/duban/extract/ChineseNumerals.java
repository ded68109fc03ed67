package cn.duban.extract;

/** Chinese numerals as government documents write them: 三, 两, 二十三, 五千, 一百零五. */
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
