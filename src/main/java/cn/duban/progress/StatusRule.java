package cn.duban.progress;

import cn.duban.time.CountyTime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * The status rules of conventions.md, as one function of what a task's report says and what
 * its plan expects: completion c = actual / target (for a ≤ target, met while actual ≤ target);
 * expected progress p = the milestone due by today, else the share of time elapsed between
 * start and deadline; 已完成 when c ≥ 1, 超期 when the deadline has passed undone, 滞后 when c
 * falls short of p by more than the plan's threshold, 正常推进 otherwise, 未报送 without a report.
 */
public final class StatusRule {

    /** Ten percentage points, unless the plan sets its own. */
    public static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.TEN;

    private StatusRule() {
    }

    /** A milestone: by {@code due}, {@code percent} of the task done. */
    public record Milestone(LocalDate due, BigDecimal percent) {
    }

    /**
     * What is known of a task on a day. A qualitative task has target 100 and reports the
     * percentage done as its actual.
     *
     * @param atMost   true for a ≤ target (事故起数控制在2起以内)
     * @param actual   the cumulative value reported, null when no report came
     */
    public record Facts(BigDecimal target, boolean atMost, BigDecimal actual, LocalDate start, LocalDate deadline,
            List<Milestone> milestones, BigDecimal threshold, LocalDate today) {
    }

    /**
     * The status and the one sentence that states it, in 公文 words (完成61.7%，按时序应达91.5%，滞后29.8个百分点):
     * every page, document and export quotes this sentence and these figures, never a figure of its own.
     * {@code lag} is the gap in points behind schedule that made a task 滞后 (null otherwise) and
     * {@code behind} the indicator it was measured on, when a task has several (null otherwise).
     */
    public record Verdict(TaskStatus status, BigDecimal completion, BigDecimal expected, BigDecimal lag, String behind,
            String reason) {

        public Verdict(TaskStatus status, BigDecimal completion, BigDecimal expected, String reason) {
            this(status, completion, expected, status == TaskStatus.LAGGING && expected != null && completion != null
                    ? expected.subtract(completion)
                    : null, null, reason);
        }

        /** The same figures, told by another sentence (a report missing, a prefix naming the figures' period). */
        public Verdict saying(TaskStatus newStatus, String sentence) {
            return new Verdict(newStatus, completion, expected, newStatus == TaskStatus.LAGGING ? lag : null, behind, sentence);
        }
    }

    public static Verdict judge(Facts f) {
        BigDecimal expected = expected(f);
        if (f.actual() == null) {
            return new Verdict(TaskStatus.NOT_REPORTED, null, expected, "本期未报送进展");
        }
        boolean deadlinePassed = f.deadline() != null && f.today().isAfter(f.deadline());
        if (f.atMost()) {
            return atMost(f, deadlinePassed, expected);
        }
        if (f.target() == null || f.target().signum() == 0) {
            return new Verdict(TaskStatus.ON_TRACK, null, expected, "目标值未设定，按报送情况跟踪");
        }
        // Done is actual ≥ target, exactly: 3998 of 3999 is not done, though it rounds to 100.0 %.
        boolean reached = f.actual().compareTo(f.target()) >= 0;
        BigDecimal completion = percent(f.actual().multiply(BigDecimal.valueOf(100)).divide(f.target(), 6, RoundingMode.HALF_UP),
                reached);
        String done = "完成" + figure(completion) + "%";
        if (reached) {
            return new Verdict(TaskStatus.DONE, completion, expected, done + "，已达到目标");
        }
        if (deadlinePassed) {
            return new Verdict(TaskStatus.OVERDUE, completion, expected,
                    done + "，" + overdue(f.deadline(), f.today()));
        }
        if (expected != null) {
            BigDecimal gap = expected.subtract(completion);
            String timing = "，按时序应达" + figure(expected) + "%";
            if (gap.compareTo(threshold(f)) > 0) {
                return new Verdict(TaskStatus.LAGGING, completion, expected, done + timing + "，滞后" + figure(gap) + "个百分点");
            }
            return new Verdict(TaskStatus.ON_TRACK, completion, expected, done + timing);
        }
        return new Verdict(TaskStatus.ON_TRACK, completion, null, done);
    }

    /** 控制在…以内: met while the actual stays within the target; done once the deadline passes within it. */
    private static Verdict atMost(Facts f, boolean deadlinePassed, BigDecimal expected) {
        String now = "实际" + f.actual().stripTrailingZeros().toPlainString() + "，控制目标不超过"
                + f.target().stripTrailingZeros().toPlainString();
        if (f.actual().compareTo(f.target()) > 0) {
            return new Verdict(deadlinePassed ? TaskStatus.OVERDUE : TaskStatus.LAGGING, BigDecimal.ZERO, expected,
                    now + "，已超出控制目标");
        }
        if (deadlinePassed) {
            return new Verdict(TaskStatus.DONE, BigDecimal.valueOf(100), expected, now + "，期末未超出");
        }
        return new Verdict(TaskStatus.ON_TRACK, BigDecimal.valueOf(100), expected, now + "，目前未超出");
    }

    /**
     * A completion as stored and shown, to one decimal — and never 100 for what is not done: a
     * figure of 99.97 % is 99.9 %, so that no page, reason or bulletin says "完成 100%" of a task
     * it also calls 超期 or 滞后. A unit's or a plan's mean is shown the same way: 100 only when
     * every task in it is done. (In SQL: {@link #PERCENT_SQL}.)
     */
    public static BigDecimal percent(BigDecimal exact, boolean done) {
        BigDecimal shown = exact.setScale(1, RoundingMode.HALF_UP);
        return !done && shown.compareTo(BigDecimal.valueOf(100)) >= 0 ? new BigDecimal("99.9") : shown;
    }

    /** {@link #percent} in SQL, for a mean ({@code %1$s}) over tasks of which all are done when {@code %2$s} holds. */
    public static final String PERCENT_SQL = "(case when %2$s then round(%1$s, 1) else least(round(%1$s, 1), 99.9) end)";

    /** The milestone due by today, else the share of time elapsed; null without dates to go by. */
    static BigDecimal expected(Facts f) {
        if (f.milestones() != null && !f.milestones().isEmpty()) {
            return f.milestones().stream().filter(m -> !m.due().isAfter(f.today()))
                    .max(Comparator.comparing(Milestone::due)).map(Milestone::percent).orElse(BigDecimal.ZERO);
        }
        if (f.start() == null || f.deadline() == null || !f.deadline().isAfter(f.start())) {
            return null;
        }
        if (!f.today().isAfter(f.start())) {
            return BigDecimal.ZERO;
        }
        if (!f.today().isBefore(f.deadline())) {
            return BigDecimal.valueOf(100);
        }
        long total = ChronoUnit.DAYS.between(f.start(), f.deadline());
        long elapsed = ChronoUnit.DAYS.between(f.start(), f.today());
        return BigDecimal.valueOf(elapsed * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal threshold(Facts f) {
        return f.threshold() == null ? DEFAULT_THRESHOLD : f.threshold();
    }

    /**
     * A percentage as every page, reason and document shows it: one decimal, trailing zeros
     * dropped (45, 26.3). The reason quotes the very figure stored beside it, never a rounding of it.
     */
    public static String figure(BigDecimal v) {
        return v.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** 已超过完成时限（2025年9月30日）63天: how every output says a task is overdue, and by how long. */
    public static String overdue(LocalDate deadline, LocalDate asOf) {
        return "已超过完成时限（" + CountyTime.dayOf(deadline) + "）" + ChronoUnit.DAYS.between(deadline, asOf) + "天";
    }
}
