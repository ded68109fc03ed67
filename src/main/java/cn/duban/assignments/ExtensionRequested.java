package cn.duban.assignments;

import java.time.LocalDate;

/** A unit asked to move a task's deadline; the office of {@code decidingAreaId} must decide. */
public record ExtensionRequested(long requestId, long decidingAreaId, String taskTitle, String requestedBy, LocalDate proposed) {
}
