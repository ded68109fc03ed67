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
        BigDecimal minutesSpent, LocalDate periodStarts, LocalDate periodEnds, String onBehalfBy, OffsetDateTime onBehalfAt) {

    /** A report of the period not opened yet, to read what a document would fill in it; nothing of it is stored. */
    static UnitReport unopened(ReportingPeriod period, String planTitle, long areaId, long unitId, String unitName) {
        return new UnitReport(0, period.id(), period.planId(), planTitle, areaId, period.label(), period.due(), period.frozen(),
                unitId, unitName, ReportState.DRAFT, 0, null, null, null, null, null, null, null, null, BigDecimal.ZERO,
                period.starts(), period.ends(), null, null);
    }

    /** Whether the office filled this report for the unit, from the unit's own 工作汇报 (代为填报). */
    public boolean filledOnBehalf() {
        return onBehalfBy != null;
    }
}
