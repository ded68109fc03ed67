package cn.duban.reports;

import cn.duban.refusal.Refusal;

/** A document that cannot be written yet, with the reason in Chinese. */
public class DocumentRefused extends Refusal {
    public DocumentRefused(String message) {
        super(message);
    }

    /** Refused for what was typed in one field (a property path of the form): shown beside it. */
    public DocumentRefused(String message, String field) {
        super(message, field);
    }
}
