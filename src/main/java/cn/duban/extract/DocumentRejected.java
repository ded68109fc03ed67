package cn.duban.extract;

import cn.duban.refusal.Refusal;

/** A document the reader will not read, with the reason in the users' own language. */
public class DocumentRejected extends Refusal {

    public DocumentRejected(String message) {
        super(message);
    }

    public DocumentRejected(String message, Throwable cause) {
        super(message, null, cause);
    }
}
