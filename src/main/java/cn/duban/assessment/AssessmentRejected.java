package cn.duban.assessment;

import cn.duban.refusal.Refusal;

/** A scheme or item refused, with the reason in Chinese. */
public class AssessmentRejected extends Refusal {
    public AssessmentRejected(String message) {
        super(message);
    }

    /** Refused for what was typed in one field (a property path of the form): shown beside it. */
    public AssessmentRejected(String message, String field) {
        super(message, field);
    }
}
