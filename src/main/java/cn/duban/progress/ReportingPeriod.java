package cn.duban.progress;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One period of a plan's reporting (2026年11月): its days, its due date, and whether it is frozen. */
public record ReportingPeriod(long id, long planId, LocalDate starts, LocalDate ends, LocalDate due, String label,
        OffsetDateTime frozenAt, String frozenBy) {

    public boolean frozen() {
        return frozenAt != null;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(starts) && !day.isAfter(ends);
    }
}
