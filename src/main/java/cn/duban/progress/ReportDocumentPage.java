package cn.duban.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the report page shows beside its form once a 工作汇报 is read: the document's text cut into runs (each
 * proposal's sentence highlighted and anchored, each figure marked as used, unmatched or set aside with why),
 * the proposal behind each field, and the unmatched figures with the indicators each could fill, converted into
 * that indicator's unit, for the liaison to place by hand.
 *
 * @param formIndex where the unmatched figures start in the form's {@code proposed} list
 * @param lineTasks the tasks whose lines hold a proposal
 */
public record ReportDocumentPage(String documentName, List<Run> runs, Map<Long, AchievementMatcher.Proposal> byIndicator,
        List<Placeable> unmatched, int proposals, int formIndex, List<Long> lineTasks) {

    /**
     * A run of the document's text, its CSS classes ("" for plain text) and what pointing at it says; a proposal's
     * sentence is one run (anchored {@code doc-s-<start>}) whose {@code parts} are its pieces, each figure its own.
     */
    record Run(String text, String css, String id, String title, List<Run> parts) {
    }

    /** An unmatched figure, its place in the form's list, and the indicators it could fill. */
    record Placeable(int index, AchievementMatcher.Unmatched figure, List<Option> options) {
    }

    /** An indicator a figure could fill (its form field's id), with the figure in that indicator's unit. */
    record Option(long indicatorId, String field, String label, String value) {
    }

    /** How a value was read, in the liaison's words. */
    public String howLabel(String how) {
        return switch (how) {
            case "increment" -> "新增数＋上期累计";
            case "percent-of-target" -> "按完成目标比例";
            case "converted" -> "累计数（换算单位）";
            default -> "累计数";
        };
    }

    static ReportDocumentPage of(ReportDocuments.Read read) {
        AchievementMatcher.Reading reading = read.reading();
        String text = read.text();
        Map<Long, AchievementMatcher.Proposal> byIndicator = new HashMap<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        List<int[]> sentences = new ArrayList<>();
        for (AchievementMatcher.Proposal p : reading.proposals()) {
            byIndicator.put(p.indicatorId(), p);
            sentences.add(new int[]{p.sentenceStart(), p.sentenceEnd()});
            cuts.add(clamp(p.sentenceStart(), text));
            cuts.add(clamp(p.sentenceEnd(), text));
        }
        for (AchievementMatcher.Figure f : reading.figures()) {
            cuts.add(clamp(f.start(), text));
            cuts.add(clamp(f.end(), text));
        }
        List<Run> runs = new ArrayList<>();
        List<Run> sentenceParts = null;
        int openSentence = -1;
        Integer from = null;
        int figure = 0;
        List<AchievementMatcher.Figure> figures = reading.figures();
        for (int at : cuts) {
            if (from != null && at > from) {
                int a = from;
                while (figure < figures.size() && figures.get(figure).end() <= a) {
                    figure++;
                }
                AchievementMatcher.Figure f = figure < figures.size() && figures.get(figure).start() <= a && a < figures.get(figure).end()
                        ? figures.get(figure)
                        : null;
                int[] sentence = sentences.stream().filter(x -> x[0] <= a && a < x[1]).findFirst().orElse(null);
                Run leaf = f == null
                        ? new Run(text.substring(a, at), "", null, null, List.of())
                        : new Run(text.substring(a, at), "doc-figure doc-" + f.verdict(), null, switch (f.verdict()) {
                            case "used" -> "已用于填报";
                            case "unmatched" -> f.why();
                            default -> "未采用：" + f.why();
                        }, List.of());
                if (sentence == null) {
                    openSentence = -1;
                    runs.add(leaf);
                } else {
                    if (sentence[0] != openSentence) {
                        openSentence = sentence[0];
                        sentenceParts = new ArrayList<>();
                        runs.add(new Run("", "doc-sentence", "doc-s-" + sentence[0], "所据原句", sentenceParts));
                    }
                    sentenceParts.add(leaf);
                }
            }
            from = at;
        }
        List<Placeable> unmatched = new ArrayList<>();
        int index = reading.proposals().size();
        for (AchievementMatcher.Unmatched u : reading.unmatched().stream().limit(ReportForm.PLACEABLE).toList()) {
            List<Option> options = new ArrayList<>();
            MeasureUnit figureUnit = MeasureUnit.of(u.unit()).orElse(null);
            for (ReportLine l : read.lines()) {
                for (ReportLine.Measure m : l.measures()) {
                    MeasureUnit unit = MeasureUnit.of(m.unit()).orElse(null);
                    if (figureUnit != null && unit != null && figureUnit.fit(unit) > 0 && u.value() != null) {
                        BigDecimal v = figureUnit.convert(u.value(), unit);
                        options.add(new Option(m.indicatorId(), "value-" + l.taskId() + "-" + m.indicatorId(),
                                l.number() + " " + m.name() + "（" + m.unit() + "）", AchievementMatcher.plain(v)));
                    }
                }
            }
            unmatched.add(new Placeable(index++, u, options));
        }
        return new ReportDocumentPage(read.documentName(), runs, byIndicator, unmatched, reading.proposals().size(),
                reading.proposals().size(), reading.proposals().stream().map(AchievementMatcher.Proposal::lineTaskId).distinct().toList());
    }

    private static int clamp(int at, String text) {
        return Math.max(0, Math.min(at, text.length()));
    }
}
