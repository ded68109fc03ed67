package cn.duban.assignments;

import java.time.LocalDate;

/** A 交办事项 was issued to its lead unit, which must now sign for it (签收). */
public record AssignmentIssued(long assignmentId, long unitId, String number, String matter, LocalDate deadline) {
}
