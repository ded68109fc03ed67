package cn.duban.progress;

import java.time.Instant;

/**
 * A unit's report moved in its flow: submitted to the unit head, approved (it now counts as
 * 报送), accepted, or returned with a reason. Who must act next is told through the reminders.
 */
public record ReportMoved(long reportId, long periodId, long unitId, String planTitle, String periodLabel, ReportState state,
        String reason, Instant at) {
}
