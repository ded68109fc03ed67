package cn.duban.ledger;

/**
 * Who must know, in the same transaction, that a plan changed — the module that keeps its figures
 * (progress implements this). A call through a named interface rather than an event: what it does
 * belongs to the change, and a span it cannot accept (one that would drop a period holding reports)
 * refuses the change with it.
 */
public interface PlanWatch {

    /** Something the plan's figures rest on changed: a task added or edited, a deadline, indicators, units. */
    void changed(long planId, String what);

    /** The plan's span of months changed: its periods follow, or the change is refused. */
    void spanChanged(long planId);

    /** Nobody to tell: a context without the module that keeps the figures. */
    PlanWatch NONE = new PlanWatch() {
        @Override
        public void changed(long planId, String what) {
        }

        @Override
        public void spanChanged(long planId) {
        }
    };
}
