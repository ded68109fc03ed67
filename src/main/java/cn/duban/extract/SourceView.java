package cn.duban.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The original text cut into runs for display, each quantity's surface its own run, so the
 * review page can highlight exactly what the reader read.
 */
public record SourceView(List<Run> runs) implements java.io.Serializable {

    /** A run of original text; {@code quantity} is the index of the quantity it shows, or -1. */
    public record Run(String text, int quantity, String kind) implements java.io.Serializable {
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
                runs.add(new Run(source.substring(at, q.start()), -1, ""));
            }
            runs.add(new Run(source.substring(q.start(), q.end()), i, q.kind()));
            at = q.end();
        }
        if (at < source.length()) {
            runs.add(new Run(source.substring(at), -1, ""));
        }
        return new SourceView(runs);
    }
}
