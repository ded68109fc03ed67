package cn.duban.progress;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The report page's form: per task of the report ({@code lines[k]…}, the k-th task the page shows) its
 * cumulative values by indicator ({@code lines[k].values[j].value}), or a percentage done, its words and the
 * 无变化 tick; the version it was opened on, the submission key, when it was opened. Numbers are kept as
 * typed and read leniently — thousands separators, full-width digits, a % sign — and one that does not read is
 * refused beside its field. A line the request did not carry was not on the page and is left alone.
 */
public record ReportForm(
        Integer version,
        String submission,
        Long opened,
        String action,
        /** The task an uploaded file proves (null: the whole report). */
        Long task,
        /** Why a correction is made (the correction form only). */
        @Size(max = 500, message = "更正原因不超过 500 字") String reason,
        @Valid List<Line> lines,
        /** The 工作汇报 the values were read from (its file name), kept until the liaison confirms them. */
        @Size(max = 200, message = "文件名过长") String document,
        /** What Duban proposed from that document, sent back on confirming: what the liaison kept or changed. */
        @Valid @Size(max = 400, message = "建议值过多") List<Proposed> proposed) {

    /** How many unmatched figures the page offers to place by hand (a long document has hundreds). */
    static final int PLACEABLE = 100;

    public ReportForm {
        lines = lines == null ? new ArrayList<>() : new ArrayList<>(lines);
        proposed = proposed == null ? new ArrayList<>() : new ArrayList<>(proposed);
    }

    /** The form as the report stands (or, for a line not yet filled, as last period left it). */
    static ReportForm of(UnitReport report, List<ReportLine> lines) {
        return new ReportForm(report.version(), null, null, null, null, null,
                lines.stream().map(l -> Line.of(l, l.shown())).toList(), null, List.of());
    }

    /**
     * The form as typed, with the values read from a document put into their fields (the liaison may change them
     * before confirming): lines aligned with the page's tasks, a line not typed taken as it stands.
     */
    ReportForm withProposals(List<ReportLine> shown, String documentName, AchievementMatcher.Reading reading) {
        List<AchievementMatcher.Proposal> proposals = reading.proposals();
        Map<Long, Line> typed = new HashMap<>();
        lines.stream().filter(l -> l != null && l.taskId() != null).forEach(l -> typed.put(l.taskId(), l));
        Map<Long, AchievementMatcher.Proposal> byIndicator = new HashMap<>();
        proposals.forEach(p -> byIndicator.put(p.indicatorId(), p));
        List<Line> aligned = new ArrayList<>();
        for (ReportLine l : shown) {
            Line t = typed.get(l.taskId());
            Line base = t != null && t.values().size() == l.measures().size() ? t : Line.of(l, l.shown());
            List<Value> values = new ArrayList<>();
            for (int j = 0; j < l.measures().size(); j++) {
                ReportLine.Measure m = l.measures().get(j);
                AchievementMatcher.Proposal p = byIndicator.get(m.indicatorId());
                values.add(p == null ? base.values().get(j) : new Value(m.indicatorId(), AchievementMatcher.plain(p.value())));
            }
            // A value read from the report is a change: 无变化 no longer holds for its line.
            boolean read = l.measures().stream().anyMatch(m -> byIndicator.containsKey(m.indicatorId()));
            aligned.add(new Line(l.taskId(), values, base.percent(), read ? narrative(l, base.narrative(), byIndicator) : base.narrative(),
                    base.problems(), base.nextSteps(), base.unchanged() && !read));
        }
        List<Proposed> kept = new ArrayList<>();
        proposals.forEach(p -> kept.add(new Proposed(p.indicatorId(), AchievementMatcher.plain(p.value()), p.surface(), p.wording(),
                p.sentence(), p.how())));
        // The figures no indicator took follow, without an indicator until the liaison places one by hand.
        reading.unmatched().stream().limit(PLACEABLE).forEach(u -> kept.add(new Proposed(null, AchievementMatcher.plain(u.value()),
                u.surface(), u.wording(), u.sentence(), "unmatched")));
        return new ReportForm(version, submission, opened, action, task, reason, aligned, documentName, kept);
    }

    /** The longest 进展情况 drawn from the document's sentences: a paragraph, as the form's field holds one. */
    static final int NARRATIVE_FROM_DOCUMENT = 300;

    /**
     * 进展情况 of a line the document filled: what the liaison wrote this period stays; empty, or still last period's
     * text, it becomes the document's own sentences that gave the line's values (report once: not typed again).
     */
    private static String narrative(ReportLine l, String shown, Map<Long, AchievementMatcher.Proposal> byIndicator) {
        String last = l.previous() == null ? null : l.previous().narrative();
        if (shown != null && !shown.isBlank() && !shown.equals(last)) {
            return shown;
        }
        LinkedHashSet<String> sentences = new LinkedHashSet<>();
        for (ReportLine.Measure m : l.measures()) {
            AchievementMatcher.Proposal p = byIndicator.get(m.indicatorId());
            if (p != null && p.sentence() != null && !p.sentence().isBlank()) {
                sentences.add(p.sentence().strip());
            }
        }
        if (sentences.isEmpty()) {
            return shown;
        }
        String joined = String.join("", sentences);
        return joined.length() > NARRATIVE_FROM_DOCUMENT ? joined.substring(0, NARRATIVE_FROM_DOCUMENT - 1) + "…" : joined;
    }

    /**
     * The form drawn again on the report's stored version, its lines aligned with the page's tasks in its order:
     * those typed kept as typed, the others as stored.
     */
    ReportForm redrawnOn(int storedVersion, List<ReportLine> shown) {
        Map<Long, Line> typed = new HashMap<>();
        lines.stream().filter(l -> l != null && l.taskId() != null).forEach(l -> typed.put(l.taskId(), l));
        List<Line> aligned = new ArrayList<>();
        for (ReportLine l : shown) {
            Line t = typed.get(l.taskId());
            aligned.add(t != null && t.values().size() == l.measures().size() ? t : Line.of(l, l.shown()));
        }
        return new ReportForm(storedVersion, submission, opened, action, task, reason, aligned, document, proposed);
    }

    /** What was typed for the report's tasks; a value that does not read is refused naming its field. */
    List<LineInput> inputs(List<ReportLine> reportLines) {
        Map<Long, ReportLine> byTask = new HashMap<>();
        reportLines.forEach(l -> byTask.put(l.taskId(), l));
        List<LineInput> out = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            Line typed = lines.get(k);
            ReportLine line = typed == null || typed.taskId() == null ? null : byTask.get(typed.taskId());
            if (line == null) {
                continue; // not a task of this report
            }
            Map<Long, BigDecimal> values = new HashMap<>();
            for (int j = 0; j < typed.values().size(); j++) {
                Value v = typed.values().get(j);
                ReportLine.Measure m = v == null || v.indicatorId() == null
                        ? null
                        : line.measures().stream()
                                .filter(x -> x.indicatorId() == v.indicatorId()).findFirst().orElse(null);
                if (m == null) {
                    continue;
                }
                BigDecimal n = number(v.value(), "“" + m.name() + "”的累计完成值", "lines[" + k + "].values[" + j + "].value");
                if (n != null) {
                    values.put(m.indicatorId(), n);
                }
            }
            out.add(new LineInput(line.taskId(), values, number(typed.percent(), "“" + line.title() + "”的完成进度", "lines[" + k + "].percent"),
                    typed.narrative(), typed.problems(), typed.nextSteps(), typed.unchanged()));
        }
        return out;
    }

    static BigDecimal number(String raw, String what, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String clean = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().replace(",", "").replace("，", "")
                .replace("%", "");
        try {
            BigDecimal v = new BigDecimal(clean);
            if (v.abs().compareTo(Reports.MAX_VALUE) > 0) {
                throw new ReportRejected(what + "数值过大：" + raw, field);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ReportRejected(what + "应填写数字：" + raw, field);
        }
    }

    /** One task's line. */
    public record Line(
            Long taskId,
            @Valid List<Value> values,
            String percent,
            String narrative,
            String problems,
            String nextSteps,
            Boolean unchanged) {
        /** For a page whose property paths reach a row the request did not carry (binding uses the canonical one). */
        Line() {
            this(null, null, null, null, null, null, null);
        }

        /** What was not sent reads as empty (an unticked box sends nothing). */
        public Line {
            values = values == null ? new ArrayList<>() : new ArrayList<>(values);
            narrative = narrative == null ? "" : narrative;
            problems = problems == null ? "" : problems;
            nextSteps = nextSteps == null ? "" : nextSteps;
            unchanged = unchanged != null && unchanged;
        }

        static Line of(ReportLine l, ReportLine.Entry shown) {
            List<Value> values = new ArrayList<>();
            for (ReportLine.Measure m : l.measures()) {
                BigDecimal v = shown == null ? null : shown.values().get(m.indicatorId());
                values.add(new Value(m.indicatorId(), v == null ? "" : v.toPlainString()));
            }
            boolean unchanged = l.current() != null && l.current().unchanged();
            if (shown == null) {
                return new Line(l.taskId(), values, null, "", "", "", unchanged);
            }
            return new Line(l.taskId(), values, shown.percentDone() == null ? "" : shown.percentDone().toPlainString(),
                    shown.narrative(), shown.problems(), shown.nextSteps(), unchanged);
        }
    }

    /**
     * A value Duban proposed from the document: for which indicator, the value, the figure and the words it was
     * read from, and how (cumulative, increment…). Sent back on confirming, to learn from what the liaison did.
     */
    public record Proposed(Long indicatorId,
            @Size(max = 40, message = "数值过长") String value,
            @Size(max = 100, message = "原文数字过长") String surface,
            @Size(max = 100, message = "原文表述过长") String wording,
            @Size(max = 4000, message = "原文句子过长") String sentence,
            @Size(max = 20, message = "填法过长") String how) {
        /** For a page whose property paths reach a row the request did not carry (binding uses the canonical one). */
        Proposed() {
            this(null, null, null, null, null, null);
        }
    }

    /** One indicator's cumulative value, as typed. */
    public record Value(Long indicatorId, @Size(max = 40, message = "数值过长") String value) {
        /** For a page whose property paths reach a row the request did not carry (binding uses the canonical one). */
        Value() {
            this(null, null);
        }

        public Value {
            value = value == null ? "" : value;
        }
    }
}
