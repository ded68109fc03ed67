package cn.duban.supervision;

import java.time.Instant;
import java.time.LocalDate;

/** A 整改事项 is now a unit's to act on: newly found, or returned by the office with a reason. */
public record RectificationAssigned(long findingId, long unitId, String description, LocalDate deadline, String returnReason,
        Instant at) {
}
