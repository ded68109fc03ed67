package cn.duban.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The 红黑榜 as conventions.md ("Figures an office publishes") has it, as one function of each
 * unit's facts for a period: score = completion × weight + timeliness × (100 − weight), less 5
 * points per overdue 整改事项 (at most 20). A unit that did not report ranks after every unit
 * that did, whatever its score. Equal scores share a rank. A list names only whole groups of
 * equals: when the places left cannot take a whole group, the list stops there rather than pick
 * among equals. The 红榜 names only units that reported on time, have no overdue 整改事项 and
 * score above everyone on the 黑榜 (and above someone at all).
 */
public final class RankingRule {

    public static final int DEFAULT_COMPLETION_WEIGHT = 70;
    private static final int PENALTY_PER_ITEM = 5;
    private static final int PENALTY_CAP = 20;

    private RankingRule() {
    }

    /** How a unit's report for the period came in. A unit whose tasks are all done needs none, which counts as on time. */
    public enum Timeliness {
        ON_TIME("按时报送", 100), NOT_NEEDED("无需报送", 100), LATE("逾期报送", 60), MISSING("未报送", 0);

        private final String label;
        private final int points;

        Timeliness(String label, int points) {
            this.label = label;
            this.points = points;
        }

        public String label() {
            return label;
        }

        public int points() {
            return points;
        }

        public boolean onTime() {
            return this == ON_TIME || this == NOT_NEEDED;
        }
    }

    /**
     * The 考核 scheme a plan is assessed by: its name and points. Where a plan has one, its 红黑榜 ranks by
     * the scheme's monthly score for the plan — the very number 考核 counts — not by a second rule.
     */
    public record Assessed(String scheme, BigDecimal completionPoints, BigDecimal timelinessPoints) {
    }

    /**
     * A plan's choices: the weight of completion in percent, how many units each list names (null: a
     * third, one to three), and the 考核 scheme it is scored by (null: this rule's own score).
     */
    public record Settings(int completionWeight, Integer listSize, Assessed assessed) {
        public static final Settings DEFAULTS = new Settings(DEFAULT_COMPLETION_WEIGHT, null);

        public Settings(int completionWeight, Integer listSize) {
            this(completionWeight, listSize, null);
        }

        public Settings assessedBy(Assessed scheme) {
            return new Settings(completionWeight, listSize, scheme);
        }

        public int named(int units) {
            if (units < 2) {
                return 0;
            }
            return listSize != null ? Math.min(listSize, units - 1) : Math.max(1, Math.min(3, units / 3));
        }
    }

    /**
     * What is known of a unit in a period. Completion is the mean of its expected tasks' completion,
     * each capped at 100; {@code scheduleCompletion} the mean of each task's completion against the
     * progress expected of it by then (capped at 100), and {@code onTimeShare} the share of its tasks
     * reported on time — the two figures 考核 scores.
     */
    public record UnitFacts(long unitId, String unitName, long tasks, BigDecimal completion, Timeliness timeliness,
            long overdueRectifications, BigDecimal scheduleCompletion, BigDecimal onTimeShare) {

        public UnitFacts(long unitId, String unitName, long tasks, BigDecimal completion, Timeliness timeliness,
                long overdueRectifications) {
            this(unitId, unitName, tasks, completion, timeliness, overdueRectifications, completion,
                    timeliness.onTime() ? BigDecimal.ONE : BigDecimal.ZERO);
        }
    }

    /** A unit's place: rank (shared by equals), score, and the list it is named on (RED, BLACK or null). */
    public record Ranked(int rank, long unitId, String unitName, long tasks, BigDecimal completion, String timeliness,
            long overdueRectifications, BigDecimal score, String list) {
        public boolean red() {
            return "RED".equals(list);
        }

        public boolean black() {
            return "BLACK".equals(list);
        }
    }

    public record Ranking(List<Ranked> ranked, List<Ranked> red, List<Ranked> black, String rules, String note) {
    }

    /**
     * 考核's score of a unit's work in one plan (按序时进度): completion points × the mean completion against
     * schedule (in percent) ÷ 100 + timeliness points × the share reported on time; two decimals, as
     * 考核 publishes it. The one definition, used by the 红黑榜 of an assessed plan and by 考核 itself.
     */
    public static BigDecimal assessedScore(BigDecimal completionPoints, BigDecimal timelinessPoints, BigDecimal scheduleCompletion,
            BigDecimal onTimeShare) {
        return completionPoints.multiply(scheduleCompletion).divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP)
                .add(timelinessPoints.multiply(onTimeShare)).setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal score(UnitFacts u, Settings s) {
        if (s.assessed() != null) {
            return assessedScore(s.assessed().completionPoints(), s.assessed().timelinessPoints(),
                    u.scheduleCompletion() == null ? BigDecimal.ZERO : u.scheduleCompletion(), u.onTimeShare());
        }
        BigDecimal completion = u.completion() == null ? BigDecimal.ZERO : u.completion().min(BigDecimal.valueOf(100));
        BigDecimal penalty = BigDecimal.valueOf(Math.min(PENALTY_CAP, PENALTY_PER_ITEM * u.overdueRectifications()));
        return completion.multiply(BigDecimal.valueOf(s.completionWeight()))
                .add(BigDecimal.valueOf((long) u.timeliness().points() * (100 - s.completionWeight())))
                .divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP)
                .subtract(penalty).max(BigDecimal.ZERO).setScale(1, RoundingMode.HALF_UP);
    }

    public static Ranking rank(List<UnitFacts> units, Settings s) {
        record Scored(UnitFacts facts, BigDecimal score, boolean missing) {
        }
        List<Scored> scored = new ArrayList<>(units.stream()
                .map(u -> new Scored(u, score(u, s), u.timeliness() == Timeliness.MISSING)).toList());
        Comparator<Scored> order = Comparator.comparing(Scored::missing)
                .thenComparing(Scored::score, Comparator.reverseOrder());
        scored.sort(order.thenComparing(x -> x.facts().unitName()).thenComparing(x -> x.facts().unitId()));

        // Groups of equals, best first: same side of the reported/missing line, same score.
        List<List<Scored>> groups = new ArrayList<>();
        for (Scored x : scored) {
            if (groups.isEmpty() || order.compare(groups.get(groups.size() - 1).get(0), x) != 0) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(x);
        }
        int named = s.named(scored.size());

        Set<Long> black = new HashSet<>();
        BigDecimal highestBlack = null;
        boolean blackStopped = false;
        for (int g = groups.size() - 1; g >= 1 && !blackStopped; g--) { // the top group is never on the 黑榜
            List<Scored> group = groups.get(g);
            if (black.size() + group.size() > named) {
                blackStopped = true;
                continue;
            }
            for (Scored x : group) {
                black.add(x.facts().unitId());
                highestBlack = highestBlack == null || x.score().compareTo(highestBlack) > 0 ? x.score() : highestBlack;
            }
        }

        BigDecimal blackCeiling = highestBlack;
        Set<Long> red = new HashSet<>();
        BigDecimal lowest = scored.isEmpty() ? null : scored.get(scored.size() - 1).score();
        boolean anyMissing = scored.stream().anyMatch(Scored::missing);
        boolean redStopped = false;
        for (int g = 0; g < groups.size() - 1 && !redStopped; g++) { // the bottom group is never on the 红榜
            List<Scored> eligible = groups.get(g).stream()
                    .filter(x -> !x.missing() && x.facts().timeliness().onTime() && x.facts().overdueRectifications() == 0)
                    .filter(x -> !black.contains(x.facts().unitId()))
                    .filter(x -> blackCeiling == null || x.score().compareTo(blackCeiling) > 0)
                    // above someone: a lower score below, or reported while someone did not
                    .filter(x -> x.score().compareTo(lowest) > 0 || anyMissing)
                    .toList();
            if (red.size() + eligible.size() > named) {
                redStopped = true;
                continue;
            }
            eligible.forEach(x -> red.add(x.facts().unitId()));
        }

        List<Ranked> ranked = new ArrayList<>();
        int position = 0;
        for (List<Scored> group : groups) {
            int rank = position + 1;
            for (Scored x : group) {
                UnitFacts u = x.facts();
                String list = red.contains(u.unitId()) ? "RED" : black.contains(u.unitId()) ? "BLACK" : null;
                ranked.add(new Ranked(rank, u.unitId(), u.unitName(), u.tasks(), u.completion(), u.timeliness().label(),
                        u.overdueRectifications(), x.score(), list));
            }
            position += group.size();
        }
        List<Ranked> redList = ranked.stream().filter(Ranked::red).toList();
        List<Ranked> blackList = ranked.stream().filter(Ranked::black).toList();
        return new Ranking(ranked, redList, blackList, rules(s, named), note(named, redList, blackList));
    }

    /** A ranking kept when its period was frozen, with its lists as they were named. */
    public static Ranking kept(List<Ranked> ranked, Settings s) {
        List<Ranked> red = ranked.stream().filter(Ranked::red).toList();
        List<Ranked> black = ranked.stream().filter(Ranked::black).toList();
        int named = s.named(ranked.size());
        return new Ranking(ranked, red, black, rules(s, named), note(named, red, black));
    }

    private static String note(int named, List<Ranked> red, List<Ranked> black) {
        return named == 0
                ? "参与排名的单位不足两个，不作排名。"
                : red.isEmpty() && black.isEmpty()
                        ? "本期各单位得分未拉开差距，不列红榜和黑榜。"
                        : red.isEmpty()
                                ? "本期没有符合条件的单位，不列红榜。"
                                : black.isEmpty() ? "本期末位单位得分相同，无法区分，不列黑榜。" : "";
    }

    /** The rules in words, for the 红黑榜 page and the bulletin: which rule produced the scores, and how. */
    public static String rules(Settings s, int named) {
        String score = s.assessed() != null
                ? "本计划纳入《" + s.assessed().scheme() + "》，得分即考核月度得分中本计划的得分：完成分 "
                        + s.assessed().completionPoints().stripTrailingZeros().toPlainString() + " × 按序时进度的平均完成率 + 及时分 "
                        + s.assessed().timelinessPoints().stripTrailingZeros().toPlainString() + " × 按时报送的任务比例（考核页面逐月列出）。"
                : "得分 = 平均完成率 × " + s.completionWeight() + "% + 报送及时性 × " + (100 - s.completionWeight())
                        + "%（按时报送或任务已全部完成 100 分，逾期报送 60 分，未报送 0 分），每项超期未销号的整改事项扣 "
                        + PENALTY_PER_ITEM + " 分（最多扣 " + PENALTY_CAP + " 分）。";
        return score + "未报送的单位排在已报送单位之后；得分相同的单位名次相同。"
                + (named == 0
                        ? ""
                        : "红榜、黑榜各列不超过 " + named + " 个单位，红榜只列按时报送（含任务已全部完成、本期无需报送）、无超期整改事项且得分高于黑榜的单位；"
                                + "同分单位不能全部列入时，该档不列。");
    }
}
