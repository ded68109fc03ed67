package cn.duban.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A task of the ledger: what, who leads, who helps, by when, measured how; {@code version} is
 * what an edit must carry (an edit made on an older version is refused). {@code coUnits} names
 * every co-operating unit, those of the organisation tree ({@code coUnitIds}) first, then
 * {@code outsideCoUnits}: units a ledger named that are not in the tree, kept by name only (they
 * see nothing and report nothing).
 */
public record LedgerTask(long id, long planId, int position, String number, String title, String body,
        Long leadOrgId, String leadOrgName, String leader, String responsiblePerson,
        LocalDate startDate, LocalDate deadline, List<String> coUnits, List<Long> coUnitIds, List<String> outsideCoUnits,
        List<Indicator> indicators,
        List<Milestone> milestones, int version) {

    /** An indicator: a quantity to reach, with its unit, comparator, deadline and baseline. */
    public record Indicator(String name, String surface, BigDecimal targetValue, String unit,
            String comparator, String kind, LocalDate deadline, BigDecimal baseline) {
    }

    /** A milestone: by this date, this share of the task done (3月底完成40%). */
    public record Milestone(LocalDate due, BigDecimal expectedPercent) {
    }
}
