package cn.duban.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A unit's report for one period of one plan (its first and last day with it), and where it stands in its flow. */
public record UnitReport(long id, long periodId, long planId, String planTitle, long areaId, String periodLabel,
        LocalDate due, boolean frozen, long unitId, String unitName, ReportState state, int version,
        String returnReason, OffsetDateTime openedAt, OffsetDateTime submittedAt,
        OffsetDateTime approvedAt, OffsetDateTime acceptedAt,
        Integer items, Integer prefilledItems, Integer unchangedItems,
        BigDecimal minutesSpent, LocalDate periodStarts, LocalDate periodEnds) {
}
