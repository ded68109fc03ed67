package cn.duban.ledger;

import cn.duban.extract.Extraction;
import cn.duban.extract.OutlineNode;
import cn.duban.extract.Quantity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The span an import proposes for a plan, from the document's own dates and today; the office
 * confirms or edits it on the review page. The document's span is its year, narrowed by a
 * quarter or half-year its title names (四季度 → 10–12月, 上半年 → 1–6月; a 上半年总结 with its
 * 下半年打算 plans the second half; a 2025年总结 with its 2026年工作打算 plans 2026), widened by a year
 * range (2024—2026年) or a later deadline among its targets. Tracking starts no earlier than the
 * month of the import: nobody can report for months before the plan was in the ledger. A
 * document wholly in the past proposes this month to the year's end, and says so.
 */
public record SpanProposal(YearMonth from, YearMonth to, String note, YearMonth documentFrom, YearMonth documentTo)
        implements
            Serializable {

    public static SpanProposal of(Extraction e, LocalDate today) {
        String title = (e.doc() == null ? "" : e.doc()) + " " + titleLine(e);
        int year = e.year() > 1900 ? e.year() : today.getYear();
        YearMonth from = YearMonth.of(year, 1);
        YearMonth to = YearMonth.of(year, 12);
        int[] range = yearRange(title);
        int planned = plannedYear(title, year);
        if (range != null) {
            from = YearMonth.of(range[0], 1);
            to = YearMonth.of(range[1], 12);
        } else if (planned > 0) {
            // 2025年工作总结和2026年工作打算: what is tracked is the year it plans.
            from = YearMonth.of(planned, 1);
            to = YearMonth.of(planned, 12);
        } else if (containsAny(title, "四季度", "第四季度")) {
            from = YearMonth.of(year, 10);
        } else if (containsAny(title, "三季度", "第三季度")) {
            from = YearMonth.of(year, 7);
            to = YearMonth.of(year, 9);
        } else if (containsAny(title, "二季度", "第二季度")) {
            from = YearMonth.of(year, 4);
            to = YearMonth.of(year, 6);
        } else if (containsAny(title, "一季度", "第一季度")) {
            to = YearMonth.of(year, 3);
        } else if (title.contains("下半年")) {
            // 上半年工作总结和下半年工作打算: what is tracked is what the document plans, the second half.
            from = YearMonth.of(year, 7);
        } else if (title.contains("上半年")) {
            to = YearMonth.of(year, 6);
        }
        for (Quantity q : e.quantities()) {
            if (!"target".equals(q.kind()) || q.deadline() == null) {
                continue;
            }
            YearMonth due = YearMonth.from(LocalDate.parse(q.deadline()));
            if (due.isAfter(to) && !due.isAfter(from.plusMonths(59))) {
                to = due;
            }
        }
        String document = label(from, to);
        YearMonth now = YearMonth.from(today);
        if (to.isBefore(now)) {
            return new SpanProposal(now, YearMonth.of(now.getYear(), 12),
                    "文件所述期限（" + document + "）已过，建议自本月起跟踪至年底；请按实际调整。", from, to);
        }
        if (from.isBefore(now)) {
            return new SpanProposal(now, to, "文件所述期限为" + document + "，本月之前的月份不再要求报送，自本月起跟踪。", from, to);
        }
        return new SpanProposal(from, to, "依据文件所述期限（" + document + "）提出，请核对。", from, to);
    }

    /**
     * The document's title line, as well as its file's name: the first line of its outline when it is unnumbered and
     * short (石桥镇2025年工作总结和2026年工作打算), not an opening paragraph, an addressee (各位代表：) or a date; "" when
     * there is none.
     */
    static String titleLine(Extraction e) {
        if (e.outline() == null || e.outline().isEmpty()) {
            return "";
        }
        OutlineNode first = e.outline().get(0);
        String t = first.title() == null ? "" : first.title().strip();
        boolean heading = (first.marker() == null || first.marker().isEmpty()) && t.length() >= 4 && t.length() <= 40
                && !t.matches(".*[。：:；;，,]$") && !t.matches("^[（(]?\\d{4}年\\d{1,2}月.*");
        return heading ? t : "";
    }

    static String label(YearMonth from, YearMonth to) {
        return from.getYear() + "年" + from.getMonthValue() + "月—" + (to.getYear() == from.getYear() ? "" : to.getYear() + "年")
                + to.getMonthValue() + "月";
    }

    /** 2024—2026年, 2024-2026年, 2024至2026年 in a title: a plan of several years (三年行动). */
    private static int[] yearRange(String title) {
        for (int i = 0; i + 9 <= title.length(); i++) {
            if (digits(title, i) && !digits(title, i - 1 < 0 ? -1 : i - 1)) {
                int at = i + 4;
                if (at < title.length() && "—-–～~至到".indexOf(title.charAt(at)) >= 0 && digits(title, at + 1)) {
                    int a = Integer.parseInt(title.substring(i, i + 4));
                    int b = Integer.parseInt(title.substring(at + 1, at + 5));
                    if (a > 1900 && b > a && b - a <= 4) {
                        return new int[]{a, b};
                    }
                }
            }
        }
        return null;
    }

    /** 2026年工作打算 (计划, 安排, 思路, 要点) in a title of a document of an earlier year: the year it plans; else 0. */
    private static int plannedYear(String title, int year) {
        Matcher m = PLANNED.matcher(title);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y > year && y - year <= 1) {
                return y;
            }
        }
        return 0;
    }

    private static final Pattern PLANNED = Pattern.compile("(?<!\\d)(\\d{4})年(?:度)?[\\p{IsHan}]{0,4}?(?:打算|计划|安排|思路|要点)");

    private static boolean digits(String s, int at) {
        if (at < 0 || at + 4 > s.length()) {
            return false;
        }
        for (int k = at; k < at + 4; k++) {
            if (!Character.isDigit(s.charAt(k)) || s.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAny(String s, String... words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
