package cn.duban.levels;

import java.time.LocalDate;

/** A task was assigned to an area below (上级交办): its office is to sign for it. Published after the assignment is written. */
public record LevelAssigned(long assignmentId, long areaId, String fromArea, String title, String targets, LocalDate deadline) {
}
