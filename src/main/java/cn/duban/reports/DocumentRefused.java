package cn.duban.reports;

/** A document that cannot be written yet, with the reason in Chinese. */
public class DocumentRefused extends RuntimeException {
    public DocumentRefused(String message) {
        super(message);
    }
}
