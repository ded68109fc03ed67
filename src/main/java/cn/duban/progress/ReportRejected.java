package cn.duban.progress;

import cn.duban.refusal.Refusal;

/** A report, a rule or a period change refused, with the reason in Chinese; nothing was changed. */
public class ReportRejected extends Refusal {
    public ReportRejected(String message) {
        super(message);
    }

    /** Refused for what was typed in one field (a property path of the form): shown beside it. */
    public ReportRejected(String message, String field) {
        super(message, field);
    }
}
