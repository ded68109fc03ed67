package cn.duban.ledger;

/**
 * Something in a plan changed that its figures rest on — a task added or edited, a deadline
 * moved, indicators, milestones or lead units changed. Published after the change is written;
 * the module that keeps the standings brings the plan's up to date.
 */
public record LedgerChanged(long planId, String change) {
}
