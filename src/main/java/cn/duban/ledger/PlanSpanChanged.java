package cn.duban.ledger;

import java.time.LocalDate;

/**
 * A plan's span of months changed. Handled in the same transaction as the change, so a span
 * that would drop a period holding reports is refused together with it.
 */
public record PlanSpanChanged(long planId, LocalDate starts, LocalDate ends) {
}
