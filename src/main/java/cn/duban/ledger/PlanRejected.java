package cn.duban.ledger;

/** A plan or task change refused, with the reason in Chinese. */
public class PlanRejected extends RuntimeException {
    public PlanRejected(String message) {
        super(message);
    }
}
