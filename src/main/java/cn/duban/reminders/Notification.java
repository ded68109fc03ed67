package cn.duban.reminders;

import java.time.OffsetDateTime;

/** One reminder (催办) or escalation (督办), shown in the app and sent to the unit's channels. */
public record Notification(long id, String dedupeKey, long organisationId, String audience, Grade grade, String title,
        String body, Long taskId, OffsetDateTime createdAt, OffsetDateTime readAt) {
}
