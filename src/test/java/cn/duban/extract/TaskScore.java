package cn.duban.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The scoring of {@code ../shared/corpus/score_tasks.py}, in Java so the build can hold a bar on proposed tasks:
 * a proposal matches a gold task when their {@code source} sentences are the same sentence (difflib's ratio
 * ≥ 0.8, or one holds the other and the shorter has at least 5 characters), each task matched once, the pair
 * that also agrees on title and quantities first; over matched pairs title, quantities, deadline and lead.
 */
final class TaskScore {

    /** A task as the contract writes it (gold or proposed). */
    record Task(String source, String title, Set<String> quantities, String deadline, String lead) {
    }

    private static final Pattern GLOSS = Pattern.compile("\\([a-z\\u00e0-\\u01dc\\u0251\\u0261]+\\)");
    private static final Pattern LEAD_COUNT = Pattern.compile("^(?:[0-9.]+(?:%|个|家|名|所)?|[一二两三四五六七八九十百]+(?:个|家|名|所))(?=\\S)");

    int gold;
    int proposed;
    int matched;
    int titles;
    int quantities;
    int deadlines;
    int leads;
    final List<String> notes = new ArrayList<>();

    static Task task(Map<String, Object> r) {
        Set<String> qs = new HashSet<>();
        if (r.get("quantities") instanceof Collection<?> list) {
            for (Object q : list) {
                Object surface = q instanceof Map<?, ?> m ? m.get("surface") : q;
                String n = norm(surface == null ? "" : surface.toString());
                if (!n.isEmpty()) {
                    qs.add(n);
                }
            }
        }
        Object d = r.get("deadline");
        String deadline = d == null || d.toString().isBlank()
                ? null
                : d.toString().strip().substring(0, Math.min(10, d.toString().strip().length()));
        String lead = "";
        if (r.get("units") instanceof Collection<?> units) {
            for (Object u : units) {
                String n = norm(u == null ? "" : u.toString());
                if (!n.isEmpty()) {
                    lead = LEAD_COUNT.matcher(n).replaceFirst("");
                    break;
                }
            }
        }
        return new Task(norm(Objects.toString(r.get("source"), "")), Objects.toString(r.get("title"), ""), qs, deadline, lead);
    }

    /** Adds one document's gold and proposals. */
    void add(String doc, List<Task> gold, List<Task> proposed) {
        this.gold += gold.size();
        this.proposed += proposed.size();
        record Candidate(double agree, int distance, int g, int p) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < proposed.size(); j++) {
                double ratio = ratio(gold.get(i).source(), proposed.get(j).source());
                if (!sameSource(gold.get(i).source(), proposed.get(j).source(), ratio)) {
                    continue;
                }
                double agree = ratio + overlapF1(gold.get(i).title(), proposed.get(j).title())
                        + jaccard(gold.get(i).quantities(), proposed.get(j).quantities());
                candidates.add(new Candidate(agree, Math.abs(i - j), i, j));
            }
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.agree()).thenComparingInt(Candidate::distance)
                .thenComparingInt(Candidate::g).thenComparingInt(Candidate::p));
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedP = new HashSet<>();
        for (Candidate c : candidates) {
            if (usedG.contains(c.g()) || usedP.contains(c.p())) {
                continue;
            }
            usedG.add(c.g());
            usedP.add(c.p());
            Task g = gold.get(c.g());
            Task p = proposed.get(c.p());
            matched++;
            titles += overlapF1(g.title(), p.title()) >= 0.5 ? 1 : 0;
            quantities += g.quantities().equals(p.quantities()) ? 1 : 0;
            deadlines += Objects.equals(g.deadline(), p.deadline()) ? 1 : 0;
            leads += g.lead().equals(p.lead()) ? 1 : 0;
            if (!Objects.equals(g.deadline(), p.deadline())) {
                notes.add(doc + " deadline " + g.deadline() + " ≠ " + p.deadline() + ": " + cut(g.source()));
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            if (!usedG.contains(i)) {
                notes.add(doc + " missed: " + cut(gold.get(i).source()));
            }
        }
        for (int j = 0; j < proposed.size(); j++) {
            if (!usedP.contains(j)) {
                notes.add(doc + " extra: " + cut(proposed.get(j).source()));
            }
        }
    }

    double precision() {
        return proposed == 0 ? 0 : (double) matched / proposed;
    }

    double recall() {
        return gold == 0 ? 0 : (double) matched / gold;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double deadline() {
        return matched == 0 ? 0 : (double) deadlines / matched;
    }

    double lead() {
        return matched == 0 ? 0 : (double) leads / matched;
    }

    double title() {
        return matched == 0 ? 0 : (double) titles / matched;
    }

    double quantity() {
        return matched == 0 ? 0 : (double) quantities / matched;
    }

    @Override
    public String toString() {
        return String.format("gold %d proposed %d P %.3f R %.3f F1 %.3f | title %.3f quantities %.3f deadline %.3f lead %.3f",
                gold, proposed, precision(), recall(), f1(), title(), quantity(), deadline(), lead());
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
        n = GLOSS.matcher(n).replaceAll("");
        return n.replaceAll("\\s+", "");
    }

    private static String cut(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static boolean sameSource(String a, String b, double ratio) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b) || ratio >= 0.8) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= 5 && longer.contains(shorter);
    }

    /** Character-overlap F1 of two titles, normalised as score_tasks.py normalises them. */
    private static double overlapF1(String x, String y) {
        return GoldScore.overlapF1(norm(x), norm(y));
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / union.size();
    }

    static double ratio(String x, String y) {
        return GoldScore.SequenceRatio.ratio(x, y);
    }
}
