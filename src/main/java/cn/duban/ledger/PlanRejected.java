package cn.duban.ledger;

/** A plan or task change refused, with the reason in Chinese. */
public class PlanRejected extends cn.duban.refusal.Refusal {
    public PlanRejected(String message) {
        super(message);
    }

    /** Refused for what was typed in one field (a property path of the form): shown beside it. */
    public PlanRejected(String message, String field) {
        super(message, field);
    }
}
