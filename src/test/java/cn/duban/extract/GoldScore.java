package cn.duban.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scoring of {@code ../shared/corpus/score.py}, in Java so the build can fail on a
 * regression without Python: records match on equal surface and same sentence (similarity
 * ≥ 0.8 as difflib computes it), at most once, in document order.
 */
final class GoldScore {

    int gold;
    int pred;
    int matched;
    int normalisedRight;
    int kindRight;
    int comparatorRight;
    int deadlineRight;
    int indicatorRight;
    int deadlineTp;
    int deadlineStatedPred;
    int deadlineStatedGold;
    final List<String> misses = new ArrayList<>();
    /** Kind and deadline disagreements, to read when a rule is changed. */
    final List<String> disagreements = new ArrayList<>();

    void add(List<Map<String, Object>> goldRecords, List<Map<String, Object>> predicted) {
        gold += goldRecords.size();
        pred += predicted.size();
        boolean[] used = new boolean[predicted.size()];
        for (Map<String, Object> g : goldRecords) {
            String gs = norm(g.get("surface"));
            boolean found = false;
            for (int i = 0; i < predicted.size(); i++) {
                Map<String, Object> p = predicted.get(i);
                if (used[i] || !norm(p.get("surface")).equals(gs)) {
                    continue;
                }
                if (sameSentence(str(g.get("sentence")), str(p.get("sentence")))) {
                    used[i] = true;
                    pair(g, p);
                    found = true;
                    break;
                }
            }
            if (!found) {
                misses.add("漏: " + g.get("surface") + " | " + g.get("sentence"));
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!used[i]) {
                misses.add("多: " + predicted.get(i).get("surface") + " | " + predicted.get(i).get("sentence"));
            }
        }
    }

    private void pair(Map<String, Object> g, Map<String, Object> p) {
        matched++;
        if (numEq(g.get("value"), p.get("value")) && norm(g.get("unit")).equals(norm(p.get("unit")))
                && numEq(g.get("base_value"), p.get("base_value"))) {
            normalisedRight++;
        }
        if (Objects.equals(g.get("kind"), p.get("kind"))) {
            kindRight++;
        } else {
            disagreements.add("kind " + g.get("kind") + "≠" + p.get("kind") + " " + g.get("doc") + " " + g.get("surface") + " | "
                    + g.get("sentence"));
        }
        if (orDefault(g.get("comparator"), "=").equals(orDefault(p.get("comparator"), "="))) {
            comparatorRight++;
        }
        Object gd = blankToNull(g.get("deadline"));
        Object pd = blankToNull(p.get("deadline"));
        if (Objects.equals(gd, pd)) {
            deadlineRight++;
        } else {
            disagreements.add("deadline " + gd + "≠" + pd + " " + g.get("doc") + " " + g.get("surface") + " | " + g.get("sentence"));
        }
        if (gd != null && gd.equals(pd)) {
            deadlineTp++;
        }
        if (pd != null) {
            deadlineStatedPred++;
        }
        if (gd != null) {
            deadlineStatedGold++;
        }
        if (overlapF1(str(g.get("indicator")), str(p.get("indicator"))) >= 0.5) {
            indicatorRight++;
        }
    }

    double precision() {
        return pred == 0 ? 0 : (double) matched / pred;
    }

    double recall() {
        return gold == 0 ? 0 : (double) matched / gold;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double normalisation() {
        return share(normalisedRight);
    }

    double kind() {
        return share(kindRight);
    }

    double comparator() {
        return share(comparatorRight);
    }

    double deadline() {
        return share(deadlineRight);
    }

    double indicator() {
        return share(indicatorRight);
    }

    double deadlineF1() {
        if (deadlineStatedPred == 0 && deadlineStatedGold == 0) {
            return 1.0;
        }
        double p = deadlineStatedPred == 0 ? 0 : (double) deadlineTp / deadlineStatedPred;
        double r = deadlineStatedGold == 0 ? 0 : (double) deadlineTp / deadlineStatedGold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private double share(int right) {
        return matched == 0 ? 0 : (double) right / matched;
    }

    @Override
    public String toString() {
        return String.format("gold %d pred %d P %.3f R %.3f F1 %.3f | norm %.3f kind %.3f cmp %.3f deadline %.3f (F1 %.3f) indicator %.3f",
                gold, pred, precision(), recall(), f1(), normalisation(), kind(), comparator(), deadline(), deadlineF1(), indicator());
    }

    static String norm(Object o) {
        String s = Normalizer.normalize(str(o), Normalizer.Form.NFKC).strip();
        return String.join(" ", s.split("\\s+"));
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String orDefault(Object o, String d) {
        return o == null || o.toString().isEmpty() ? d : o.toString();
    }

    private static Object blankToNull(Object o) {
        return o == null || o.toString().isEmpty() ? null : o;
    }

    static boolean numEq(Object a, Object b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        double x = ((Number) a).doubleValue();
        double y = ((Number) b).doubleValue();
        return Math.abs(x - y) <= Math.max(1e-9 * Math.max(Math.abs(x), Math.abs(y)), 1e-9);
    }

    static boolean sameSentence(String a, String b) {
        a = norm(a);
        b = norm(b);
        return a.equals(b) || SequenceRatio.ratio(a, b) >= 0.8;
    }

    static double overlapF1(String gold, String pred) {
        String a = norm(gold);
        String b = norm(pred);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (int c : a.codePoints().distinct().toArray()) {
            common += Math.min(count(a, c), count(b, c));
        }
        if (common == 0) {
            return 0;
        }
        double p = (double) common / b.codePointCount(0, b.length());
        double r = (double) common / a.codePointCount(0, a.length());
        return 2 * p * r / (p + r);
    }

    private static int count(String s, int c) {
        return (int) s.codePoints().filter(x -> x == c).count();
    }

    /** difflib.SequenceMatcher(None, a, b, autojunk=False).ratio(): 2·M / (|a| + |b|). */
    static final class SequenceRatio {
        /** On code points, as Python compares characters. */
        static double ratio(String x, String y) {
            int[] a = x.codePoints().toArray();
            int[] b = y.codePoints().toArray();
            int total = a.length + b.length;
            return total == 0 ? 1.0 : 2.0 * matches(a, 0, a.length, b, 0, b.length) / total;
        }

        private static int matches(int[] a, int alo, int ahi, int[] b, int blo, int bhi) {
            // The longest common block, leftmost in a then in b, as difflib chooses it; then recurse on both sides.
            int bestI = alo;
            int bestJ = blo;
            int bestSize = 0;
            int[] prev = new int[bhi - blo + 1];
            for (int i = alo; i < ahi; i++) {
                int[] cur = new int[bhi - blo + 1];
                for (int j = blo; j < bhi; j++) {
                    if (a[i] == b[j]) {
                        int k = prev[j - blo] + 1;
                        cur[j - blo + 1] = k;
                        if (k > bestSize) {
                            bestI = i - k + 1;
                            bestJ = j - k + 1;
                            bestSize = k;
                        }
                    }
                }
                prev = cur;
            }
            if (bestSize == 0) {
                return 0;
            }
            return bestSize + matches(a, alo, bestI, b, blo, bestJ)
                    + matches(a, bestI + bestSize, ahi, b, bestJ + bestSize, bhi);
        }
    }
}
