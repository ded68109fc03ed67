package cn.duban.progress;

import cn.duban.ledger.LedgerChanged;
import cn.duban.ledger.PlanSpanChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the standings current when the ledger changes. A ledger change is followed, once it is
 * committed, by its plan's refresh: the event is in Spring Modulith's publication registry
 * until the refresh succeeds, so a crash in between is made good on restart. The refresh runs
 * in the caller's thread rather than asynchronously, because the office that moves a deadline
 * reads the new standing in its very next request.
 */
@Component
class LedgerChanges {

    private final Standings standings;
    private final ReportingPeriods periods;

    private final StandingRefresh refresh;

    LedgerChanges(Standings standings, ReportingPeriods periods, StandingRefresh refresh) {
        this.refresh = refresh;
        this.standings = standings;
        this.periods = periods;
    }

    /**
     * In the edit's own transaction, a request to compute the plan's standings again once it has
     * committed (see {@link StandingRefresh}): a listener after the commit in a new transaction held
     * a second connection while the first was still bound, and enough edits at once emptied the pool.
     */
    @TransactionalEventListener(phase = org.springframework.transaction.event.TransactionPhase.BEFORE_COMMIT)
    void refresh(LedgerChanged change) {
        refresh.requested(change.planId());
    }

    /** In the span change's own transaction: periods re-derived, or the change refused with them. */
    @EventListener
    void rederive(PlanSpanChanged change) {
        periods.rederive(change.planId());
        standings.refresh(change.planId());
    }
}
