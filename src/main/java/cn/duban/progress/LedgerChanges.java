package cn.duban.progress;

import cn.duban.ledger.PlanWatch;
import org.springframework.stereotype.Component;

/**
 * Keeps the standings current when the ledger changes, told by a direct call in the change's own
 * transaction (the ledger's {@link PlanWatch}). A change records a request to compute the plan's
 * standings again once it has committed ({@link StandingRefresh}: a durable row in standing_request,
 * picked up by the reminder job after a crash — not the event registry); a span change re-derives the
 * plan's periods at once and refuses the change with them when they would drop a period holding reports.
 */
@Component
class LedgerChanges implements PlanWatch {

    private final Standings standings;
    private final ReportingPeriods periods;
    private final StandingRefresh refresh;

    LedgerChanges(Standings standings, ReportingPeriods periods, StandingRefresh refresh) {
        this.refresh = refresh;
        this.standings = standings;
        this.periods = periods;
    }

    @Override
    public void changed(long planId, String what) {
        refresh.requested(planId);
    }

    @Override
    public void spanChanged(long planId) {
        periods.rederive(planId);
        standings.refresh(planId);
    }
}
