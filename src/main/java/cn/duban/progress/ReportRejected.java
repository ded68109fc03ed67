package cn.duban.progress;

/** A report, a rule or a period change refused, with the reason in Chinese; nothing was changed. */
public class ReportRejected extends RuntimeException {
    public ReportRejected(String message) {
        super(message);
    }
}
