package cn.duban.assignments;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A 延期申请: the task, the deadline it had, the one asked for, and what the office decided. */
public record Extension(long id, long taskId, String taskTitle, long unitId, String unitName, String reason,
        LocalDate oldDeadline, LocalDate proposed, String state, String requestedBy,
        OffsetDateTime requestedAt, String decidedBy, OffsetDateTime decidedAt, String decisionReason) {

    public String stateLabel() {
        return switch (state) {
            case "PENDING" -> "待审批";
            case "APPROVED" -> "已批准";
            case "REFUSED" -> "未批准";
            default -> state;
        };
    }
}
