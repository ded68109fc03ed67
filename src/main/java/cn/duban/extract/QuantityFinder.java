package cn.duban.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the numbers in a sentence that measure something: Arabic (27.68亿元), Chinese before a
 * measure word (三座), placeholders in templates (XX户, x万元, *栋), percentages, and each number
 * of a range. Dates, ordinals, codes, slogans in quotes and structure counts (三个方面) are not
 * quantities and are passed over.
 */
final class QuantityFinder {

    /** A number with its unit, positions relative to the sentence. */
    record Found(int start, int end, BigDecimal value, String unit, String baseUnit, double magnitude,
            boolean placeholder) {
        BigDecimal baseValue() {
            if (value == null) {
                return null;
            }
            return magnitude == 1 ? value : value.multiply(BigDecimal.valueOf(magnitude)).stripTrailingZeros();
        }
    }

    /** Nouns that make a count a framework, not things: 三个方面, 四项工作, 五个保障. */
    private static final String[] STRUCTURE = {"方面", "底线", "工作", "保障", "行动", "环节", "原则", "机制", "体系",
            "导向", "理念", "要求", "战略", "维度", "层次", "阶段", "步骤", "板块", "任务", "不", "必", "一", "维护",
            "确立", "结合", "融合", "统筹", "关键", "目标", "规定", "禁令", "纪律", "准则", "制度", "意识", "自信", "服务", "字"};
    /** With Arabic numerals offices count real items (27项任务, 3个重点工作); only frameworks are excluded. */
    private static final String[] ARABIC_STRUCTURE = {"方面", "底线", "原则", "维度", "层次", "不", "必"};
    private static final String STRUCTURE_UNITS = "个项条种大支点";
    /** Words before a place in a ranking: 第, 前, 后, 位列, 排名, 前移, 上升. */
    private static final java.util.regex.Pattern RANKED = java.util.regex.Pattern
            .compile("(?:第|(?<![目当此提之年先随然最])前|(?<![目当此提之年先随然最])后|位列|排名|前移|后移|上升|下降)$|第[^，,。；]{1,3}、$");
    /** What a session's number stands before: 全会, 全体会议, 常委会会议. */
    private static final java.util.regex.Pattern SESSION = java.util.regex.Pattern.compile("全会|全体会议|全体（扩大）会议");
    private static final String PLACEHOLDER = "Xx×*＊";
    private static final Chars OPENING_QUOTES = Chars.of("“\"「『《‘");

    /** Characters that may begin a quantity; every other character is passed over at once. */
    private static final boolean[] STARTS = new boolean[0x10000];

    static {
        for (char c = 0; c < 0xFFFF; c++) {
            STARTS[c] = isArabic(c) || ChineseNumerals.isNumeralChar(c) || PLACEHOLDER.indexOf(c) >= 0;
        }
    }

    private QuantityFinder() {
    }

    static List<Found> find(String s) {
        return find(s, Integer.MAX_VALUE);
    }

    /**
     * As {@link #find(String)}, but stops once more than {@code limit} are found: a document that is
     * one sentence of numbers is refused without reading all of them.
     */
    static List<Found> find(String s, int limit) {
        List<Found> out = new ArrayList<>();
        boolean[] quoted = quotedSpans(s);
        int n = s.length();
        int i = 0;
        while (i < n && out.size() <= limit) {
            char c = s.charAt(i);
            if (!STARTS[c]) {
                i++;
                continue;
            }
            int next = i + 1;
            if (isArabic(c)) {
                next = arabic(s, i, quoted, out);
            } else if (ChineseNumerals.isNumeralChar(c) && (i == 0 || !ChineseNumerals.isNumeralChar(s.charAt(i - 1)))) {
                next = chinese(s, i, quoted, out);
            } else if (PLACEHOLDER.indexOf(c) >= 0 && (i == 0 || !isAsciiLetter(s.charAt(i - 1)))) {
                next = placeholder(s, i, quoted, out);
            }
            i = Math.max(next, i + 1);
        }
        return out;
    }

    private static int arabic(String s, int from, boolean[] quoted, List<Found> out) {
        int end = numberEnd(s, from);
        if (end < 0) {
            return skipNumber(s, from);
        }
        if (from > 0) {
            char before = s.charAt(from - 1);
            if (before == '第' || before == '.' || before == '．' || before == '/' || before == '+'
                    || isAsciiLetter(before) && PLACEHOLDER.indexOf(before) < 0) {
                return end;
            }
        }
        if (quoted != null && quoted[from]) {
            return end;
        }
        BigDecimal first = decimal(s, from, end);
        int rangeSecond = rangeSecondStart(s, end);
        if (rangeSecond > 0) {
            int secondEnd = numberEnd(s, rangeSecond);
            Found second = secondEnd > 0 ? tail(s, rangeSecond, secondEnd, decimal(s, rangeSecond, secondEnd), false) : null;
            if (second != null) {
                out.add(new Found(from, end, first, second.unit(), second.baseUnit(), second.magnitude(), false));
                out.add(second);
                return second.end();
            }
            return end;
        }
        Found f = tail(s, from, end, first, false);
        if (f == null && spacedCard(s, from, end)) {
            // ▶ 1102 亩, ▶ 76.4 万元: a number card sets its figure apart from its unit by a space.
            Found spaced = tail(s, from, end + 1, first, false);
            f = spaced != null && (spaced.end() == s.length() || !Character.isIdeographic(s.charAt(spaced.end()))) ? spaced : null;
        }
        if (f != null && "天".equals(f.unit()) && !daysCounted(s, from)) {
            return f.end(); // 为期30天, 3天内: how long a thing lasts, not a count of days (超标天数19天)
        }
        if (f != null && "分".equals(f.unit()) && !pointsScored(s, from, f.end())) {
            return f.end(); // 9时30分, 3分钟: a time, not an assessment's points (自评得分88.6分, 预计扣1.2分)
        }
        if (f != null && !structureCount(s, f) && !regime(s, from)) {
            out.add(f);
            return f.end();
        }
        return end;
    }

    /** Whether a figure in 分 gives an assessment's points: a scoring word before it in its clause, no clock before or after. */
    private static boolean pointsScored(String s, int at, int end) {
        if (at > 0 && "时点:：".indexOf(s.charAt(at - 1)) >= 0 || end < s.length() && "秒钟之".indexOf(s.charAt(end)) >= 0) {
            return false;
        }
        // 岘口镇94.6分, 河东村88分, 圩埠镇（88分）: a score right after the place it was given to (a ranking's list); 94.6分: a tenth of a
        // minute is no time anyone writes, so a fraction in 分 is a score.
        if (s.substring(at, end).matches("[0-9]+[.．][0-9]+分")
                || Indicators.PLACE_SCORED.matcher(s.substring(Math.max(0, at - 4), at)).find()) {
            return true;
        }
        int from = at;
        while (from > 0 && at - from < 16 && "，,。；;\n".indexOf(s.charAt(from - 1)) < 0) {
            from--;
        }
        return POINTS_WORDS.matcher(s.substring(from, at)).find();
    }

    /** 得分, 扣, 加分, 分值, 满分, 总分, 评分, 积分: the words an assessment's points follow. */
    private static final Pattern POINTS_WORDS = Pattern.compile("得分|扣|加分|分值|满分|总分|评分|积分|计分|赋分");

    /** Whether the words just before a figure in 天 name days counted (优良天数, 超标天数): then 天 measures them. */
    private static boolean daysCounted(String s, int at) {
        int from = Math.max(0, at - 14);
        return s.substring(from, at).contains("天数");
    }

    private static final Pattern VOLTAGE_CLASS = Pattern.compile("变电站|线路|输变电|输电|电网|开关站|主变|等级");
    private static final Pattern SHARED_POINTS = Pattern
            .compile("(?:和|与|、|及|至|到|—|-|－|~|～)[0-9.０-９．一二三四五六七八九十两点]{1,6}个百分点");

    /** A figure alone at the head of its line (after a bullet), one space before what follows: ▶ 1102 亩. */
    private static boolean spacedCard(String s, int from, int end) {
        if (end + 1 >= s.length() || s.charAt(end) != ' ' || !Character.isIdeographic(s.charAt(end + 1))) {
            return false;
        }
        for (int i = from - 1; i >= 0 && s.charAt(i) != '\n'; i--) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.isIdeographic(c)) {
                return false;
            }
        }
        return true;
    }

    /** Reads 多/余, a magnitude and a unit after a number; null when no unit follows. */
    private static Found tail(String s, int start, int numberEnd, BigDecimal value, boolean placeholder) {
        int j = numberEnd;
        if (j < s.length() && (s.charAt(j) == '多' || s.charAt(j) == '余')) {
            j++;
        }
        // 一点五个亿, 两个亿: a speaker's 个 before the magnitude.
        if (j + 1 < s.length() && s.charAt(j) == '个' && (s.charAt(j + 1) == '亿' || s.charAt(j + 1) == '万')
                && !Units.regionMatches(s, j + 1, "万亩")) {
            j++;
        }
        if (startsWithDateWord(s, j)) {
            return null;
        }
        String unit = Units.unitAt(s, j);
        String magnitude = "";
        if (unit == null) {
            for (String m : Units.MAGNITUDES) {
                if (Units.regionMatches(s, j, m)) {
                    magnitude = m;
                    break;
                }
            }
            int k = j + magnitude.length();
            BigDecimal compound = compound(s, k, magnitude);
            if (compound != null && value != null) {
                // 1万6千余平方: the second part is a fraction of the first magnitude.
                value = value.add(compound);
                k += 2;
            }
            if (!magnitude.isEmpty() && k < s.length() && (s.charAt(k) == '多' || s.charAt(k) == '余')) {
                k++;
            }
            unit = magnitude.isEmpty() ? null : Units.unitAt(s, k);
            if (unit != null && Units.isPercent(unit)) {
                unit = null;
            }
            if (unit == null) {
                // A bare 万 or 亿 is itself the unit: 20亿, 2000万.
                if (magnitude.equals("万") || magnitude.equals("亿")) {
                    return new Found(start, j + 1, value, magnitude, "", Units.magnitude(magnitude), placeholder);
                }
                return null;
            }
            j = k;
        }
        int end = j + unit.length();
        // 110千伏变电站: a voltage class in a facility's name, no amount.
        if (unit.equals("千伏") && VOLTAGE_CLASS.matcher(s.substring(end, Math.min(s.length(), end + 4))).lookingAt()) {
            return null;
        }
        // 一座座小水电站, 一户户: a measure word said twice is "one after another", no count.
        if (unit.length() == 1 && end < s.length() && s.charAt(end) == unit.charAt(0) && value != null
                && value.compareTo(BigDecimal.ONE) == 0) {
            return null;
        }
        if (unit.equals("个") && Units.regionMatches(s, end, "百分点")) {
            unit = "个百分点";
            end += 3;
        } else if (unit.equals("个") && SHARED_POINTS.matcher(s.substring(end, Math.min(s.length(), end + 14))).lookingAt()) {
            unit = "个百分点"; // 0.6个和1.2个百分点: the first shares the second's unit
        }
        // A rate per unit of something (1200元/亩) keeps its denominator; a rate per year or month
        // (300万元/年) is the amount with how often it comes, and the annotation leaves the "/年" out.
        if (end + 1 < s.length() && (s.charAt(end) == '/' || s.charAt(end) == '／') && !Units.isPercent(unit)
                && Units.unitAt(s, end + 1) != null && "年月日天周".indexOf(s.charAt(end + 1)) < 0) {
            String per = Units.unitAt(s, end + 1);
            unit = unit + "/" + per;
            end += 1 + per.length();
        }
        String written = magnitude + unit;
        return new Found(start, end, value, written, unit, magnitude.isEmpty() ? 1 : Units.magnitude(magnitude), placeholder);
    }

    private static BigDecimal compound(String s, int k, String magnitude) {
        if (!(magnitude.equals("万") || magnitude.equals("亿")) || k + 1 >= s.length()) {
            return null;
        }
        int d = isArabic(s.charAt(k)) ? Character.digit(s.charAt(k), 10) : ChineseNumerals.digit(s.charAt(k));
        char next = s.charAt(k + 1);
        double sub = next == '千' ? 1e3 : next == '百' ? 1e2 : next == '万' && magnitude.equals("亿") ? 1e4 : 0;
        if (d <= 0 || sub == 0) {
            return null;
        }
        return BigDecimal.valueOf(d * sub / Units.magnitude(magnitude));
    }

    private static boolean startsWithDateWord(String s, int j) {
        if (j >= s.length()) {
            return false;
        }
        char c = s.charAt(j);
        return c == '年' || c == '月' || c == '日' || c == '号' || c == '时' || c == ':' || c == '：' || c == '岁'
                || c == '届' || c == '级' || c == '周';
    }

    /**
     * 每月两次, 每周1次, 连续两次排名末位, 每季度召开1次, 每月不少于2次: a regime or a condition, not an amount of work; a few
     * words (a verb, a floor) may stand between the period and the count.
     */
    private static boolean regime(String s, int from) {
        for (String period : new String[]{"每月", "每周", "每年", "每天", "每日", "每季度", "每半月", "每半年", "每季", "连续"}) {
            if (Units.regionMatches(s, from - period.length(), period)) {
                return true;
            }
            // Only the few characters before the number are looked at: a long text must not be searched from each number.
            int windowStart = Math.max(0, from - period.length() - 8);
            int found = s.substring(windowStart, from).lastIndexOf(period);
            int at = found < 0 ? -1 : windowStart + found;
            // (每季度巡河不少于1次: the period, what is done and a floor stand between)
            if (at >= 0 && from - at - period.length() <= 8 && allHan(s, at + period.length(), from)
                    && "次场轮回遍".indexOf(s.charAt(firstAfterNumber(s, from))) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean allHan(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!TextNormaliser.isHan(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Where the first character after the number starting at {@code from} stands. */
    private static int firstAfterNumber(String s, int from) {
        int i = from;
        while (i < s.length() && (isArabic(s.charAt(i)) || ChineseNumerals.isNumeralChar(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        return Math.min(i, s.length() - 1);
    }

    private static boolean structureCount(String s, Found f) {
        String unit = f.baseUnit();
        // 位列第二、三位, 前移4位, 排名后两位, 前三名: a place in a ranking, no count.
        if ((unit.equals("位") || unit.equals("名")) && RANKED.matcher(s.substring(Math.max(0, f.start() - 4), f.start())).find()) {
            return true;
        }
        // 县委十四届九次全会, 第三次会议: the session's number, not a count of meetings.
        if (unit.equals("次") && (f.start() > 0 && "届第".indexOf(s.charAt(f.start() - 1)) >= 0
                || SESSION.matcher(s).region(f.end(), s.length()).lookingAt())) {
            return true;
        }
        if (unit.length() != 1 || STRUCTURE_UNITS.indexOf(unit.charAt(0)) < 0) {
            return false;
        }
        boolean chinese = !isArabic(s.charAt(f.start())) && PLACEHOLDER.indexOf(s.charAt(f.start())) < 0;
        for (String word : chinese ? STRUCTURE : ARABIC_STRUCTURE) {
            if (Units.regionMatches(s, f.end(), word)) {
                return true;
            }
        }
        return false;
    }

    /** 三个攻坚行动, 四项重点工作: with a Chinese numeral the framework noun may stand a few words on. */
    private static boolean structureNear(String s, Found f) {
        String unit = f.baseUnit();
        if (unit.length() != 1 || STRUCTURE_UNITS.indexOf(unit.charAt(0)) < 0) {
            return false;
        }
        for (int k = f.end() + 1; k <= f.end() + 4 && k < s.length(); k++) {
            if (!TextNormaliser.isHan(s.charAt(k - 1))) {
                return false;
            }
            for (String word : new String[]{"方面", "底线", "工作", "保障", "行动", "环节", "原则", "机制", "体系"}) {
                if (Units.regionMatches(s, k, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int chinese(String s, int from, boolean[] quoted, List<Found> out) {
        if (Units.regionMatches(s, from, "百分之")) {
            return percentInWords(s, from, quoted, out);
        }
        ChineseNumerals.Numeral numeral = ChineseNumerals.read(s, from);
        int end = numeral == null ? from + 1 : numeral.end();
        // 五千二百千瓦: the last 千 begins the unit (千瓦, 千克, 千米, 千伏), it multiplies nothing.
        if (numeral != null && end - from >= 2 && s.charAt(end - 1) == '千' && end < s.length() && "瓦克米伏".indexOf(s.charAt(end)) >= 0) {
            numeral = ChineseNumerals.read(s.substring(0, end - 1), from);
            end = numeral == null ? from + 1 : numeral.end();
        }
        if (numeral == null || numeral.value().signum() <= 0) {
            return end;
        }
        BigDecimal exact = numeral.value();
        long value = exact.longValue();
        // 千亩圩堤, 百亩示范片: a bare 百 or 千 names a class of things, not an amount.
        if (quoted != null && quoted[from] || end - from == 1 && "百千佰仟".indexOf(s.charAt(from)) >= 0) {
            return end;
        }
        if (from > 0 && "第周星初礼逐统唯同之单专万划进某每往".indexOf(s.charAt(from - 1)) >= 0) {
            return end;
        }
        // 一村一品, 一户一策, 一步一个脚印: a pattern, not a count; 发现一处、整治一处 likewise.
        if (end + 1 < s.length() && s.charAt(end + 1) == s.charAt(from) && end - from == 1) {
            return end;
        }
        if (end - from == 1 && s.charAt(from) == '一' && end < s.length()) {
            String pair = s.substring(from, end + 1);
            int again = s.substring(end + 1, Math.min(s.length(), end + 1 + 7)).indexOf(pair);
            int before = s.substring(Math.max(0, from - 7), from).indexOf(pair);
            if (again >= 0 || before >= 0) {
                return end;
            }
        }
        Found f = tail(s, from, end, exact, false);
        if (f == null || !countable(s, f, numeral, end) || structureCount(s, f) || structureNear(s, f) || regime(s, from)) {
            return end;
        }
        if (value == 1 && f.end() < s.length() && "性化式体样线道起边把手".indexOf(s.charAt(f.end())) >= 0) {
            return end;
        }
        out.add(f);
        return f.end();
    }

    /**
     * A Chinese numeral counts with the units that clearly count things; one a speech spells out in full (一千二百三十一人,
     * 三点二公里, 四千多万, 一点五个亿) is an amount in any unit, and a bare 万 or 亿 after it is money, as speakers say it.
     * Short ones (十分, 十万火急, 三大) are too often words.
     */
    private static boolean countable(String s, Found f, ChineseNumerals.Numeral numeral, int end) {
        if (Units.chineseCountable(f.baseUnit(), numeral.value().longValue()) && !numeral.decimal()) {
            return true;
        }
        boolean spelledOut = numeral.decimal() || numeral.value().compareTo(BigDecimal.valueOf(100)) >= 0
                || end < s.length() && s.charAt(end) == '个' && f.baseUnit().isEmpty();
        return spelledOut && (!f.baseUnit().isEmpty() || f.unit().equals("万") || f.unit().equals("亿")
                || numeral.value().compareTo(BigDecimal.valueOf(20)) >= 0 && !f.unit().isEmpty());
    }

    /** 百分之九十七点八, 百分之85: a percentage in words, as speeches and some reports write it. */
    private static int percentInWords(String s, int from, boolean[] quoted, List<Found> out) {
        int at = from + 3;
        if (at >= s.length() || quoted != null && quoted[from]) {
            return at;
        }
        BigDecimal value;
        int end;
        if (Units.regionMatches(s, at, "百") && !(at + 1 < s.length() && ChineseNumerals.isNumeralChar(s.charAt(at + 1)))) {
            value = BigDecimal.valueOf(100);
            end = at + 1;
        } else if (isArabic(s.charAt(at))) {
            end = numberEnd(s, at);
            if (end < 0) {
                return at;
            }
            value = decimal(s, at, end);
        } else {
            ChineseNumerals.Numeral numeral = ChineseNumerals.read(s, at);
            if (numeral == null || numeral.value().signum() < 0) {
                return at;
            }
            value = numeral.value();
            end = numeral.end();
        }
        out.add(new Found(from, end, value, "%", "%", 1, false));
        return end;
    }

    private static int placeholder(String s, int from, boolean[] quoted, List<Found> out) {
        int end = from;
        boolean dot = false;
        while (end < s.length() && end - from < 10) {
            char c = s.charAt(end);
            if (PLACEHOLDER.indexOf(c) >= 0) {
                end++;
            } else if ((c == '.' || c == '．') && !dot && end > from && end + 1 < s.length()
                    && PLACEHOLDER.indexOf(s.charAt(end + 1)) >= 0) {
                dot = true;
                end++;
            } else {
                break;
            }
        }
        if (quoted != null && quoted[from] || from > 0 && s.charAt(from - 1) == '第'
                || end < s.length() && (isAsciiLetter(s.charAt(end)) || isArabic(s.charAt(end)))) {
            return end;
        }
        // A lone x or * is too often something else (a multiplication, a footnote) to count without a unit after it.
        Found f = tail(s, from, end, null, true);
        if (f == null || Units.placeUnit(f.baseUnit()) || structureCount(s, f)) {
            return end;
        }
        out.add(f);
        return f.end();
    }

    /** End of an Arabic number starting at {@code from}, or -1 for something like a version or IP. */
    private static int numberEnd(String s, int from) {
        int j = from;
        while (j < s.length() && isArabic(s.charAt(j))) {
            j++;
        }
        if (j + 1 < s.length() && (s.charAt(j) == '.' || s.charAt(j) == '．') && isArabic(s.charAt(j + 1))) {
            j++;
            while (j < s.length() && isArabic(s.charAt(j))) {
                j++;
            }
            if (j + 1 < s.length() && (s.charAt(j) == '.' || s.charAt(j) == '．') && isArabic(s.charAt(j + 1))) {
                return -1;
            }
        }
        return j - from > 15 ? -1 : j;
    }

    private static int skipNumber(String s, int from) {
        int j = from;
        while (j < s.length() && (isArabic(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == '．')) {
            j++;
        }
        return j;
    }

    private static int rangeSecondStart(String s, int end) {
        if (end + 1 < s.length() && "-—－~～至到".indexOf(s.charAt(end)) >= 0 && isArabic(s.charAt(end + 1))) {
            return end + 1;
        }
        return -1;
    }

    private static BigDecimal decimal(String s, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c == '．' ? '.' : c);
        }
        return new BigDecimal(b.toString());
    }

    static boolean isArabic(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * Characters inside short quotations (null when the sentence has none): slogans and names ("345"工作思路, "两个20%"目标). A
     * quotation longer than 30 characters is more likely a broken pair than a slogan, so it is not masked.
     */
    static boolean[] quotedSpans(String s) {
        if (!OPENING_QUOTES.anyIn(s)) {
            return null; // most sentences quote nothing
        }
        boolean[] quoted = new boolean[s.length() + 1];
        int open = -1;
        char closer = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (open < 0) {
                closer = switch (c) {
                    case '“' -> '”';
                    case '"' -> '"';
                    case '「' -> '」';
                    case '『' -> '』';
                    case '《' -> '》';
                    case '‘' -> '’';
                    default -> 0;
                };
                if (closer != 0) {
                    open = i;
                }
            } else if (c == closer) {
                if (i - open <= 30) {
                    for (int k = open; k <= i; k++) {
                        quoted[k] = true;
                    }
                }
                open = -1;
            } else if (i - open > 30) {
                open = -1;
            }
        }
        return quoted;
    }
}
