package cn.duban.progress;

import cn.duban.extract.Extraction;
import cn.duban.extract.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month's issues bound into one upload (周调度动态第42—45期合订, 每周工作动态 one after another): each issue tells its own
 * week — its 本周 figures are that week's new work, its 累计 the year's to its date — so the month's figure is the latest
 * total stated, with the weeks after it added, or the last report's total with every week added. Each issue is read as a
 * report of its own span, in the order of its dates, the total so far standing in for the last report's.
 */
final class BoundIssues {

    /** 第42期 on a line of its own (or 第42期（11月7日—11月13日）): an issue's head. */
    private static final Pattern HEAD = Pattern.compile(
            "(?m)^[ \\t　]*第([0-9]{1,4})期[ \\t　]*(?:[（(][^）)\\n]{0,30}[）)])?[ \\t　]*$");
    /** 本期时段：11月7日—11月13日, （11月7日至13日）: the span an issue tells of. */
    private static final Pattern SPAN = Pattern.compile("(1[0-2]|[1-9])月([12][0-9]|3[01]|[1-9])日?\\s*[—\\-－~～至到]\\s*(?:(?:1[0-2]|[1-9])月)?"
            + "(?:[12][0-9]|3[01]|[1-9])日");
    /** How far below its head an issue's span is looked for (its title, issuer and date lines). */
    private static final int SPAN_WITHIN = 160;

    /** An issue: where its text runs and the first day it tells of. */
    record Issue(int start, int end, LocalDate from) {
    }

    /** How one issue is read against the report's lines. */
    interface PartReader {
        AchievementMatcher.Reading read(Extraction e, String source, List<ReportLine> lines, AchievementMatcher.Setting setting);
    }

    private BoundIssues() {
    }

    /** The issues of a document that binds two or more of the period's, in their order; else none. */
    static List<Issue> of(String source, AchievementMatcher.Setting setting) {
        if (setting.periodStarts() == null || setting.periodEnds() == null) {
            return List.of();
        }
        List<int[]> heads = new ArrayList<>();
        Matcher h = HEAD.matcher(source);
        while (h.find()) {
            int number = Integer.parseInt(h.group(1));
            if (!heads.isEmpty() && number != heads.get(heads.size() - 1)[2] + 1) {
                return List.of(); // issues bound together run on, 第42期, 第43期…
            }
            heads.add(new int[]{h.start(), h.end(), number});
        }
        if (heads.size() < 2) {
            return List.of();
        }
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            int end = i + 1 < heads.size() ? heads.get(i + 1)[0] : source.length();
            Matcher span = SPAN.matcher(source).region(heads.get(i)[0], Math.min(end, heads.get(i)[1] + SPAN_WITHIN));
            if (!span.find()) {
                return List.of(); // numbered parts with no span of days are no issues of a bulletin
            }
            int month = Integer.parseInt(span.group(1));
            int day = Integer.parseInt(span.group(2));
            LocalDate first = setting.periodStarts();
            if (month != first.getMonthValue() || day > first.lengthOfMonth()) {
                return List.of(); // an issue of another month: not this report's weeks
            }
            LocalDate from = first.withDayOfMonth(day);
            if (!issues.isEmpty() && !from.isAfter(issues.get(issues.size() - 1).from()) || from.isAfter(setting.periodEnds())) {
                return List.of();
            }
            issues.add(new Issue(heads.get(i)[0], end, from));
        }
        return issues;
    }

    /**
     * Every issue read as a report of its own span, in order: what one states becomes the last reported total of the next; the
     * month's proposal for an indicator is the total after the last issue that stated it.
     */
    static AchievementMatcher.Reading chain(List<Issue> issues, Extraction e, String source, List<ReportLine> lines,
            AchievementMatcher.Setting setting, PartReader reading) {
        Map<Long, BigDecimal> total = new HashMap<>();
        for (ReportLine line : lines) {
            if (line.previous() != null) {
                total.putAll(line.previous().values());
            }
        }
        // (a task's total runs to the day before the next issue once an issue has stated it; until then, to the last report's end)
        Map<Long, LocalDate> through = new HashMap<>(setting.previousEnds());
        Map<Long, AchievementMatcher.Proposal> last = new LinkedHashMap<>();
        List<AchievementMatcher.Unmatched> unmatched = new ArrayList<>();
        List<AchievementMatcher.Figure> figures = new ArrayList<>();
        for (int k = 0; k < issues.size(); k++) {
            Issue issue = issues.get(k);
            // The issue alone, the rest blanked (its lines kept, so every offset stands): no other issue's tables or notes are
            // read with it; its week is its period.
            String own = blank(source, 0, issue.start()) + ofTheIssue(source.substring(issue.start(), issue.end()))
                    + blank(source, issue.end(), source.length());
            List<Quantity> inIssue = e.quantities().stream().filter(q -> q.start() >= issue.start() && q.start() < issue.end())
                    .map(q -> q.withSentence(ofTheIssue(q.sentence())))
                    .toList();
            Extraction part = new Extraction(e.doc(), e.year(), e.outline(), inIssue, e.tasks());
            // (an issue starts its own span; what it states, the next issue's last report, runs to the day before that one)
            LocalDate ends = k + 1 < issues.size() ? issues.get(k + 1).from().minusDays(1) : setting.periodEnds();
            AchievementMatcher.Setting week = new AchievementMatcher.Setting(setting.unitName(), setting.otherUnits(), issue.from(),
                    setting.periodEnds(), Map.copyOf(through), setting.learned());
            AchievementMatcher.Reading r = reading.read(part, own, withTotals(lines, total), week);
            for (AchievementMatcher.Proposal p : r.proposals()) {
                total.put(p.indicatorId(), p.value());
                last.put(p.indicatorId(), p);
                through.put(p.lineTaskId(), ends);
            }
            unmatched.addAll(r.unmatched());
            figures.addAll(r.figures());
        }
        return new AchievementMatcher.Reading(List.copyOf(last.values()), unmatched, figures);
    }

    /** An issue's words with its week (本周, 当周) written as its period (本期), in the same two characters' room. */
    private static String ofTheIssue(String text) {
        return text.replace("本周", "本期").replace("当周", "本期");
    }

    /** The text between two offsets with every character but its line ends made a space. */
    private static String blank(String source, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            b.append(source.charAt(i) == '\n' ? '\n' : ' ');
        }
        return b.toString();
    }

    /** The lines with the totals so far as their last report's values. */
    private static List<ReportLine> withTotals(List<ReportLine> lines, Map<Long, BigDecimal> total) {
        List<ReportLine> out = new ArrayList<>();
        for (ReportLine l : lines) {
            ReportLine.Entry p = l.previous();
            if (p == null) {
                out.add(l);
                continue;
            }
            Map<Long, BigDecimal> values = new HashMap<>(p.values());
            l.measures().forEach(m -> {
                if (total.containsKey(m.indicatorId())) {
                    values.put(m.indicatorId(), total.get(m.indicatorId()));
                }
            });
            ReportLine.Entry now = new ReportLine.Entry(p.id(), p.reportId(), p.taskId(), p.revision(), values, p.percentDone(),
                    p.narrative(), p.problems(), p.nextSteps(), p.unchanged(), p.prefilled(), p.complete(), p.correctionReason(),
                    p.afterFreeze(), p.createdBy(), p.createdAt());
            out.add(new ReportLine(l.taskId(), l.number(), l.title(), l.deadline(), l.measures(), l.current(), now, l.basis()));
        }
        return out;
    }
}
