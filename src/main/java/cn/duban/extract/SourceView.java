package cn.duban.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The original text cut into runs for display, each quantity's surface its own run, so the
 * review page can highlight exactly what the reader read.
 */
public record SourceView(List<Run> runs) implements Serializable {

    /** A run of original text; {@code quantity} is the index of the quantity it shows, or -1. */
    public record Run(String text, int quantity, String kind, String evidence) implements Serializable {
        /** What a reviewer sees on pointing at the highlight: the kind and what decided it. */
        public String explained() {
            String label = switch (kind) {
                case "actual" -> "已完成";
                case "target" -> "目标";
                case "other" -> "其他";
                default -> "";
            };
            if (evidence == null || evidence.isEmpty()) {
                return label;
            }
            // "目标：力争" already names the kind; "计划部分" does not.
            return evidence.startsWith(label) ? evidence : label + "（" + evidence + "）";
        }
    }

    public static SourceView of(String source, List<Quantity> quantities) {
        List<Run> runs = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < quantities.size(); i++) {
            Quantity q = quantities.get(i);
            if (q.start() < at || q.end() > source.length() || q.end() <= q.start()) {
                continue;
            }
            if (q.start() > at) {
                runs.add(new Run(source.substring(at, q.start()), -1, "", ""));
            }
            runs.add(new Run(source.substring(q.start(), q.end()), i, q.kind(), q.evidence()));
            at = q.end();
        }
        if (at < source.length()) {
            runs.add(new Run(source.substring(at), -1, "", ""));
        }
        return new SourceView(runs);
    }
}
