package cn.duban.extract;

/** A document the reader will not read, with the reason in the users' own language. */
public class DocumentRejected extends cn.duban.refusal.Refusal {

    public DocumentRejected(String message) {
        super(message);
    }

    public DocumentRejected(String message, Throwable cause) {
        super(message, null, cause);
    }
}
