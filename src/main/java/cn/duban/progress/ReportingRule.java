package cn.duban.progress;

import java.math.BigDecimal;

/**
 * How a plan is reported: the cadence and due day, the lag threshold in percentage points,
 * whether a report needs evidence, how many days before a deadline reminders go out, and how
 * the 红黑榜 is scored and how many units each of its lists names.
 */
public record ReportingRule(long planId, Cadence cadence, int dueDay, BigDecimal lagThreshold,
        boolean evidenceRequired, int remindDays, int version, Integer listSize,
        Integer completionWeight) {

    public ReportingRule(long planId, Cadence cadence, int dueDay, BigDecimal lagThreshold, boolean evidenceRequired,
            int remindDays, int version) {
        this(planId, cadence, dueDay, lagThreshold, evidenceRequired, remindDays, version, null,
                RankingRule.DEFAULT_COMPLETION_WEIGHT);
    }

    static ReportingRule defaults(long planId) {
        return new ReportingRule(planId, Cadence.MONTHLY, 25, StatusRule.DEFAULT_THRESHOLD, false, 3, 0);
    }

    /** The 红黑榜 settings: how many each list names (null: a third, one to three) and completion's weight. */
    public RankingRule.Settings ranking() {
        return new RankingRule.Settings(completionWeight == null ? RankingRule.DEFAULT_COMPLETION_WEIGHT : completionWeight,
                listSize);
    }
}
