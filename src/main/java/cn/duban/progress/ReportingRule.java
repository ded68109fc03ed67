package cn.duban.progress;

import java.math.BigDecimal;

/**
 * How a plan is reported: the cadence and due day, the lag threshold in percentage points,
 * whether a report needs evidence, and how many days before a deadline reminders go out.
 */
public record ReportingRule(long planId, Cadence cadence, int dueDay, BigDecimal lagThreshold,
                            boolean evidenceRequired, int remindDays, int version) {

    static ReportingRule defaults(long planId) {
        return new ReportingRule(planId, Cadence.MONTHLY, 25, StatusRule.DEFAULT_THRESHOLD, false, 3, 0);
    }
}
