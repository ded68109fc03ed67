package cn.duban.assignments;

import cn.duban.refusal.Refusal;

/** A step of the paperwork that cannot be taken as asked; the message says why, in Chinese. */
public class AssignmentRejected extends Refusal {
    public AssignmentRejected(String message) {
        super(message);
    }

    /** Refused for what was typed in one field (a property path of the form): shown beside it. */
    public AssignmentRejected(String message, String field) {
        super(message, field);
    }
}
