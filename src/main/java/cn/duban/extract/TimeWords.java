package cn.duban.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time words that tie a target to a date (3月底, 11月底前, 年底前, 四季度, 4-6月份, 全年), and the
 * words that say there is none (尽快, 按期, 截至目前). Resolved against the year the section
 * speaks of.
 */
final class TimeWords {

    /** What a clause says about time: a date, or explicitly none, or nothing at all (null). */
    record Mark(int at, LocalDate date, boolean firm) {
        Mark(int at, LocalDate date) {
            this(at, date, false);
        }

        boolean dated() {
            return date != null;
        }
    }

    /**
     * The marks of one clause as they are found. A time word is typed by the words around it: after
     * 截至/截止 it is a cut-off (the figure was counted then), after 已 it is when the work was done,
     * and neither is a deadline; followed by 前/以前/之前/内 (or written 年内) it is a firm deadline,
     * which says by itself that the figure is yet to be reached.
     */
    private static final class Found {
        Mark best;
        Mark none;

        void dated(CharSequence text, int start, int end, LocalDate date) {
            String before = text.subSequence(Math.max(0, start - 4), start).toString().strip();
            if (before.endsWith("截至") || before.endsWith("截止") || before.indexOf('已') >= 0) {
                none = new Mark(start, null);
                return;
            }
            // (起草, 起步, 起来 are other words)
            if (STARTS_AFTER.at(text, end) != null && !(end + 1 < text.length() && text.charAt(end) == '起'
                    && "草步来见点".indexOf(text.charAt(end + 1)) >= 0)) {
                none = new Mark(start, null);
                return;
            }
            // 今年前8批交办单, 今年前三季度: the year's first batches or quarters counted, no date anything is due by.
            String word = text.subSequence(start, end).toString();
            if ((word.equals("今年") || word.equals("本年") || word.equals("当年")) && end + 1 < text.length() && text.charAt(end) == '前'
                    && "0123456789一二三四五六七八九十两".indexOf(text.charAt(end + 1)) >= 0) {
                none = new Mark(start, null);
                return;
            }
            boolean firm = FIRM_AFTER.at(text, end) != null;
            Mark m = new Mark(start, date, firm);
            if (best == null || date.isBefore(best.date())) {
                best = m;
            }
        }

        void undated(int at) {
            none = new Mark(at, null);
        }
    }

    private static final WordSet FIRM_AFTER = new WordSet("前", "之前", "以前", "内", "以内");
    /** What 明年 may stand before that is a part of the year: 3月底, 上半年, 一季度. */
    private static final Pattern NEXT_YEARS_PART = Pattern
            .compile("\\s*(?:的)?(?:\\d{1,2}月|[一二三四五六七八九十]{1,2}月|[上下]半年|[一二三四1-4]季度|年中|年底|年内)");
    /** 自2027年1月1日起, 1月1日起施行: a date something starts from, no date it is due by. */
    private static final WordSet STARTS_AFTER = new WordSet("起", "开始", "以后");

    private static final String NUM = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
    private static final Pattern MONTH_RANGE = Pattern.compile(NUM + "(?:月份?)?(?:上旬|中旬|下旬|初|底|末)?\\s*[-—－~～至到]\\s*" + NUM
            + "月份?(上旬|中旬|下旬|初|底|末)?(?!\\s*\\d{1,2}[日号])");
    private static final Pattern DAY_RANGE = Pattern.compile(
            "(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})[日号]?\\s*[-—－~～至到]\\s*(?:(\\d{1,2})月)?(\\d{1,2})[日号]");
    private static final Pattern FULL_DATE = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})[日号]");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})年" + NUM + "月(底|末|中旬|上旬|下旬|份|前)?");
    private static final String[] MONTH_PARTS = {"中旬", "上旬", "下旬", "底", "末", "份", "前", "内"};
    private static final Pattern THIS_MONTH = Pattern.compile("本月|下月|下个月");
    private static final Pattern QUARTER = Pattern.compile("第?([一二三四1-4])季度");
    private static final WordSet YEAR_WORDS = new WordSet("上半年", "下半年", "年中", "明年", "次年", "年底", "年末", "年内", "全年",
            "今年以来", "今年", "本年", "当年", "年度内", "收官");
    private static final WordSet NONE = new WordSet("尽快", "按期", "尽早", "如期", "及时", "截至", "截止", "目前", "至今", "近期", "以来");
    private static final Pattern ANNUAL_QUOTA = Pattern.compile("[\\p{IsHan}]{0,6}?(任务|目标|计划|指标)(?![\\p{IsHan}&&[^的任目]])");
    /** What may stand before a year that opens its clause: nothing, 其中, or the years listed before it (2027年、2028年分别…). */
    private static final Pattern CLAUSE_HEAD = Pattern.compile("\\s*(?:其中|同时|并)?\\s*(?:\\d{4}年[、和及]\\s*)*");
    /**
     * 2027年清理…不少于3万吨: a year at its clause's head (after nothing, 其中, or the years listed before it) with a figure of
     * the clause after it — not 2027年度…, 2027年项目, 2026年以来 (a span looked back on), nor a heading with no figure.
     */
    private static boolean opensAClauseOfFigures(String clause, CharSequence masked, int from, int at) {
        if (!CLAUSE_HEAD.matcher(clause.substring(0, from)).matches()) {
            return false;
        }
        String after = clause.substring(at + 1);
        return !NOT_THE_YEARS_DUE.matcher(after).lookingAt() && FIGURE_AFTER.matcher(masked).region(at + 1, masked.length()).find();
    }

    private static final Pattern NOT_THE_YEARS_DUE = Pattern.compile("项目|的|度|以来|至今|以前|之前|初|\\s*[—\\-－~～至到]");

    /** A figure after an opening year: the clause sets an amount for the year (a heading, 2026年工作打算, sets none). */
    private static final Pattern FIGURE_AFTER = Pattern.compile("[0-9０-９]");
    /** Words before a bare year that make it the year a figure is due in: 确保2023年…, 完成2023年…任务. */
    private static final Pattern YEAR_TRIGGER = Pattern.compile("(到|至|确保|完成|力争|争取|实现|于)\\s*$");

    private static final Chars TIME_CHARS = Chars.of("年月季底尽按如及截至目近以收日号旬节庆旦");
    /** 春节前, 春节之前 — not 春节前后, which is around it. */
    private static final Pattern BEFORE_FESTIVAL = Pattern.compile("春节(?:之|以)?前(?!后)");
    /** 国庆前, 国庆节之前, 元旦前: the holidays of fixed date offices set work by — the day before them is the deadline. */
    private static final Pattern BEFORE_HOLIDAY = Pattern.compile("(国庆|元旦)节?(?:之|以)?前(?!后)");
    /** The first day of the lunar year (正月初一), which 春节前 is due by; offices count it as a date. */
    private static final java.util.Map<Integer, LocalDate> SPRING_FESTIVAL = java.util.Map.ofEntries(
            java.util.Map.entry(2023, LocalDate.of(2023, 1, 22)), java.util.Map.entry(2024, LocalDate.of(2024, 2, 10)),
            java.util.Map.entry(2025, LocalDate.of(2025, 1, 29)), java.util.Map.entry(2026, LocalDate.of(2026, 2, 17)),
            java.util.Map.entry(2027, LocalDate.of(2027, 2, 6)), java.util.Map.entry(2028, LocalDate.of(2028, 1, 26)),
            java.util.Map.entry(2029, LocalDate.of(2029, 2, 13)), java.util.Map.entry(2030, LocalDate.of(2030, 2, 3)),
            java.util.Map.entry(2031, LocalDate.of(2031, 1, 23)), java.util.Map.entry(2032, LocalDate.of(2032, 2, 11)),
            java.util.Map.entry(2033, LocalDate.of(2033, 1, 31)), java.util.Map.entry(2034, LocalDate.of(2034, 2, 19)),
            java.util.Map.entry(2035, LocalDate.of(2035, 2, 8)));
    private static final Chars RANGE_MARKS = Chars.of("-—－~～至到");
    private static final Chars DAY_MARKS = Chars.of("日号");
    private static final Chars THIS_OR_NEXT = Chars.of("本下");

    private TimeWords() {
    }

    /**
     * The most specific mark in {@code clause}: the earliest date it names, else a "none" mark
     * when it names only reporting cut-offs or vague times, else null.
     */
    static Mark in(String clause, int year, int documentMonth) {
        return in(clause, year, year, documentMonth);
    }

    /**
     * As {@link #in(String, int, int)}, where the text speaks of {@code year} but was said in
     * {@code spokenIn}: 明年 is the year after it was said, so in a year-end report's "2024年工作计划"
     * (said in 2023) 明年 is 2024, not 2025.
     */
    static Mark in(String clause, int year, int spokenIn, int documentMonth) {
        if (!mayHoldTime(clause)) {
            return null;
        }
        // 明年3月底前, 明年上半年: the months and halves after 明年 are next year's (the year after the text was said).
        int nextYear = clause.indexOf("明年");
        if (nextYear >= 0 && year <= spokenIn && NEXT_YEARS_PART.matcher(clause).region(nextYear + 2, clause.length()).lookingAt()) {
            year = spokenIn + 1;
        }
        Found found = new Found();
        // Matched text is blanked so that 3月1日 is not read again as 3月; the copy is made when first needed.
        Masked masked = new Masked(clause);
        boolean hasMonth = clause.indexOf('月') >= 0;
        boolean hasYear = clause.indexOf('年') >= 0;
        Matcher m = hasMonth && RANGE_MARKS.anyIn(clause) ? MONTH_RANGE.matcher(clause) : null;
        while (m != null && m.find()) {
            // 11月中旬至12月上旬: due when the stretch ends, in the part of the month it names
            LocalDate end = withinMonth(year, month(m.group(2)), m.group(3));
            found.dated(masked, m.start(), m.end(), end != null ? end : monthEnd(year, month(m.group(2))));
            blank(masked, m.start(), m.end());
        }
        // 10月1日—12月20日: a stretch of days is due when it ends.
        m = hasMonth && DAY_MARKS.anyIn(clause) && RANGE_MARKS.anyIn(clause) ? DAY_RANGE.matcher(masked) : null;
        while (m != null && m.find()) {
            int y = m.group(1) == null ? year : Integer.parseInt(m.group(1));
            LocalDate d = date(y, month(m.group(4) != null ? m.group(4) : m.group(2)), Integer.parseInt(m.group(5)));
            if (d != null && !d.isBefore(LocalDate.of(year, 1, 1))) {
                found.dated(masked, m.start(), m.end(), d);
            }
            blank(masked, m.start(), m.end());
        }
        m = hasMonth && DAY_MARKS.anyIn(clause) ? FULL_DATE.matcher(masked) : null;
        while (m != null && m.find()) {
            int y = m.group(1) == null ? year : Integer.parseInt(m.group(1));
            LocalDate d = date(y, month(m.group(2)), Integer.parseInt(m.group(3)));
            if (y < year || d == null) {
                found.undated(m.start());
            } else {
                found.dated(masked, m.start(), m.end(), d);
            }
            blank(masked, m.start(), m.end());
        }
        m = hasMonth && hasYear ? YEAR_MONTH.matcher(masked) : null;
        while (m != null && m.find()) {
            int y = Integer.parseInt(m.group(1));
            LocalDate d = withinMonth(y, month(m.group(2)), m.group(3));
            if (y < year || d == null) {
                found.undated(m.start());
            } else {
                found.dated(masked, m.start(), m.end(), d);
            }
            blank(masked, m.start(), m.end());
        }
        for (int at = hasMonth ? masked.indexOf("月") : -1; at >= 0; at = masked.indexOf("月", at + 1)) {
            // N月, N月底, N月中旬…: scanned by hand, this is the commonest time word by far.
            int from = at;
            boolean digits = at > 0 && Character.isDigit(masked.charAt(at - 1));
            while (from > 0 && (digits
                    ? Character.isDigit(masked.charAt(from - 1))
                    : "一二三四五六七八九十".indexOf(masked.charAt(from - 1)) >= 0)) {
                from--;
            }
            int length = at - from;
            // (2026年3月 is read with its year above; 明年3月 is next year's March, read here in the year set for it)
            boolean nextYears = from >= 2 && masked.charAt(from - 1) == '年' && masked.charAt(from - 2) == '明';
            if (length == 0 || length > (digits ? 2 : 3) || from > 0 && "年个".indexOf(masked.charAt(from - 1)) >= 0 && !nextYears) {
                continue;
            }
            if (!digits && at + 1 < masked.length() && "一两二三".indexOf(masked.charAt(at + 1)) >= 0) {
                continue; // 一周一调度、一月一通报, 一月两次: how often, no month
            }
            String part = null;
            for (String p : MONTH_PARTS) {
                if (Units.regionMatches(masked, at + 1, p)) {
                    part = p;
                    break;
                }
            }
            LocalDate d = withinMonth(year, month(masked.substring(from, at)), part);
            if (d != null) {
                found.dated(masked, from, at + 1 + (part == null ? 0 : part.length()), d);
            }
            blank(masked, from, at + 1 + (part == null ? 0 : part.length()));
        }
        m = hasMonth && THIS_OR_NEXT.anyIn(clause) ? THIS_MONTH.matcher(masked) : null;
        while (m != null && m.find()) {
            if (documentMonth > 0) {
                int month = m.group().equals("本月") ? documentMonth : documentMonth + 1;
                found.dated(masked, m.start(), m.end(), month > 12 ? monthEnd(year + 1, 1) : monthEnd(year, month));
            } else {
                found.undated(m.start());
            }
            blank(masked, m.start(), m.end());
        }
        m = clause.indexOf("春节") >= 0 ? BEFORE_FESTIVAL.matcher(masked) : null;
        while (m != null && m.find()) {
            // 春节前: by the Spring Festival next to come after the text was written — in December 2026, 2027-02-06.
            int of = documentMonth >= 3 || documentMonth == 0 ? spokenIn + 1 : spokenIn;
            LocalDate day = SPRING_FESTIVAL.get(of);
            if (day != null) {
                found.dated(masked, m.start(), m.end(), day);
            }
            blank(masked, m.start(), m.end());
        }
        m = clause.indexOf("国庆") >= 0 || clause.indexOf("元旦") >= 0 ? BEFORE_HOLIDAY.matcher(masked) : null;
        while (m != null && m.find()) {
            // 国庆前 is by 30 September of the year the clause speaks of; 元旦前 by the eve of the next New Year's Day after the
            // text was written (a December summary's 元旦前 is this 31 December, not its next year's).
            found.dated(masked, m.start(), m.end(), m.group(1).equals("国庆") ? LocalDate.of(year, 9, 30) : LocalDate.of(spokenIn, 12, 31));
            blank(masked, m.start(), m.end());
        }
        m = clause.indexOf('季') >= 0 ? QUARTER.matcher(masked) : null;
        while (m != null && m.find()) {
            int q = "一1".indexOf(m.group(1)) >= 0 ? 1 : "二2".indexOf(m.group(1)) >= 0 ? 2 : "三3".indexOf(m.group(1)) >= 0 ? 3 : 4;
            // 拟于2031年一季度到岗: a quarter of the year written before it, not of the year the clause speaks in
            int from = m.start() > 0 && yearEndsAt(masked, m.start() - 1) ? m.start() - 5 : m.start();
            int quarterYear = from < m.start() ? Integer.parseInt(masked.substring(from, m.start() - 1)) : year;
            if (quarterYear < year) {
                found.undated(from); // (2029年一季度 in a text of 2030: a past quarter dates nothing)
            } else {
                found.dated(masked, from, m.end(), monthEnd(quarterYear, q * 3));
            }
            blank(masked, from, m.end());
        }
        for (int at = hasYear ? masked.indexOf("年") : -1; at >= 0; at = masked.indexOf("年", at + 1)) {
            int from = at - 4;
            if (!yearEndsAt(masked, at)) {
                continue;
            }
            int y = Integer.parseInt(masked.substring(from, at));
            boolean closing = at + 1 < masked.length() && "底末前内".indexOf(masked.charAt(at + 1)) >= 0;
            // 确保2027年…, 2027年底前…, and a year that opens a clause of figures (2027年新改建农村公路140公里): the year the figure is due in
            // (谋划储备2028年项目, 较2026年 name a year's things or a year compared with, no due date).
            boolean due = closing || YEAR_TRIGGER.matcher(masked.subSequence(Math.max(0, from - 3), from)).find()
                    || y >= year && opensAClauseOfFigures(clause, masked, from, at);
            if (y < year) {
                found.undated(from);
            } else if (due) {
                found.dated(masked, from, at + (closing ? 2 : 1), LocalDate.of(y, 12, 31));
            }
            blank(masked, from, at + (closing ? 2 : 1));
        }
        if (hasYear || clause.indexOf('收') >= 0) {
            for (int i = 0; i < masked.length(); i++) {
                String word = YEAR_WORDS.at(masked, i);
                if (word == null) {
                    continue;
                }
                if (word.equals("全年") && ANNUAL_QUOTA.matcher(masked).region(i + 2, masked.length()).lookingAt()) {
                    continue; // 完成全年巡河任务的70%: the year's quota, not a due date
                }
                switch (word) {
                    case "上半年", "年中" -> found.dated(masked, i, i + word.length(), LocalDate.of(year, 6, 30));
                    case "明年", "次年" -> found.dated(masked, i, i + word.length(),
                            LocalDate.of(year > spokenIn ? spokenIn + 1 : year + 1, 12, 31));
                    case "今年以来" -> found.undated(i);
                    case "年内", "年度内" -> {
                        found.dated(masked, i, i + word.length(), LocalDate.of(year, 12, 31));
                        if (found.best != null && found.best.at() == i) {
                            found.best = new Mark(i, found.best.date(), true);
                        }
                    }
                    default -> found.dated(masked, i, i + word.length(), LocalDate.of(year, 12, 31));
                }
                i += word.length() - 1;
            }
        }
        int vague = NONE.indexIn(masked);
        if (vague >= 0) {
            found.undated(vague);
        }
        return found.best != null ? found.best : found.none;
    }

    /** Whether the 年 at {@code at} closes a year of four figures (2031年), not a longer number. */
    private static boolean yearEndsAt(CharSequence s, int at) {
        int from = at - 4;
        return from >= 0 && s.charAt(at) == '年' && allDigits(s, from, at) && (from == 0 || !Character.isDigit(s.charAt(from - 1)));
    }

    private static boolean allDigits(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Every pattern here needs one of these characters; most clauses have none, and are done at once. */
    private static boolean mayHoldTime(String clause) {
        return TIME_CHARS.anyIn(clause);
    }

    private static void blank(Masked s, int from, int to) {
        s.blank(from, to);
    }

    /** The clause with matched time words blanked out, copied on the first blank. */
    private static final class Masked implements CharSequence {
        private final String original;
        private StringBuilder copy;

        Masked(String original) {
            this.original = original;
        }

        void blank(int from, int to) {
            if (copy == null) {
                copy = new StringBuilder(original);
            }
            for (int i = from; i < to; i++) {
                copy.setCharAt(i, '□');
            }
        }

        String substring(int start, int end) {
            return subSequence(start, end).toString();
        }

        int indexOf(String s) {
            return copy == null ? original.indexOf(s) : copy.indexOf(s);
        }

        int indexOf(String s, int from) {
            return copy == null ? original.indexOf(s, from) : copy.indexOf(s, from);
        }

        @Override
        public int length() {
            return original.length();
        }

        @Override
        public char charAt(int index) {
            return copy == null ? original.charAt(index) : copy.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return copy == null ? original.subSequence(start, end) : copy.subSequence(start, end);
        }

        @Override
        public String toString() {
            return copy == null ? original : copy.toString();
        }
    }

    private static int month(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        return (int) ChineseNumerals.parse(s);
    }

    private static LocalDate withinMonth(int year, int month, String part) {
        if (month < 1 || month > 12) {
            return null;
        }
        if (part == null) {
            return monthEnd(year, month);
        }
        return switch (part) {
            case "上旬", "初" -> LocalDate.of(year, month, 10);
            case "中旬" -> LocalDate.of(year, month, 20);
            default -> monthEnd(year, month);
        };
    }

    private static LocalDate monthEnd(int year, int month) {
        if (month < 1 || month > 12) {
            return LocalDate.of(year, 12, 31);
        }
        return YearMonth.of(year, month).atEndOfMonth();
    }

    private static LocalDate date(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }
}
