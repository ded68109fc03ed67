package cn.duban.ledger;

import java.time.OffsetDateTime;

/** A plan (工作要点, 攻坚方案, a report's 下一步 section): a list of tasks for an area. */
public record Plan(long id, String title, int year, long areaId, String sourceName, String createdBy,
                   OffsetDateTime createdAt, long taskCount) {
}
