package cn.duban.ledger;

import cn.duban.refusal.Refusal;

/** A plan or task change refused, with the reason in Chinese. */
public class PlanRejected extends Refusal {
    public PlanRejected(String message) {
        super(message);
    }

    /** Refused for what was typed in one field (a property path of the form): shown beside it. */
    public PlanRejected(String message, String field) {
        super(message, field);
    }
}
