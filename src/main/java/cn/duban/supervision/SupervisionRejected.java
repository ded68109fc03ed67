package cn.duban.supervision;

import cn.duban.refusal.Refusal;

/** A supervision change refused, with the reason in Chinese; nothing was changed. */
public class SupervisionRejected extends Refusal {
    public SupervisionRejected(String message) {
        super(message);
    }

    /** Refused for what was typed in one field (a property path of the form): shown beside it. */
    public SupervisionRejected(String message, String field) {
        super(message, field);
    }
}
