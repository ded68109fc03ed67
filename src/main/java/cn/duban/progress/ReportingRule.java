package cn.duban.progress;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a plan is reported: the cadence and due day, the lag threshold in percentage points,
 * whether every report needs evidence or only the lines of the tasks the office named
 * ({@code evidenceTasks}; none by default, as the 2024 rules against formalism ask), how many
 * days before a deadline reminders go out, and how the 红黑榜 is scored and how many units each
 * of its lists names.
 */
public record ReportingRule(long planId, Cadence cadence, int dueDay, BigDecimal lagThreshold,
        boolean evidenceRequired, int remindDays, int version, Integer listSize,
        Integer completionWeight, List<Long> evidenceTasks) {

    public ReportingRule {
        evidenceTasks = evidenceTasks == null ? null : List.copyOf(evidenceTasks);
    }

    public ReportingRule(long planId, Cadence cadence, int dueDay, BigDecimal lagThreshold, boolean evidenceRequired,
            int remindDays, int version) {
        this(planId, cadence, dueDay, lagThreshold, evidenceRequired, remindDays, version, null,
                RankingRule.DEFAULT_COMPLETION_WEIGHT, List.of());
    }

    static ReportingRule defaults(long planId) {
        return new ReportingRule(planId, Cadence.MONTHLY, 25, StatusRule.DEFAULT_THRESHOLD, false, 3, 0);
    }

    /** The same rule with the tasks that need evidence as stored. */
    ReportingRule withEvidenceTasks(List<Long> tasks) {
        return new ReportingRule(planId, cadence, dueDay, lagThreshold, evidenceRequired, remindDays, version, listSize,
                completionWeight, tasks);
    }

    /** Whether a report's line for this task must carry evidence before it is submitted. */
    public boolean needsEvidence(long taskId) {
        return evidenceTasks != null && evidenceTasks.contains(taskId);
    }

    /** The 红黑榜 settings: how many each list names (null: a third, one to three) and completion's weight. */
    public RankingRule.Settings ranking() {
        return new RankingRule.Settings(completionWeight == null ? RankingRule.DEFAULT_COMPLETION_WEIGHT : completionWeight,
                listSize);
    }
}
