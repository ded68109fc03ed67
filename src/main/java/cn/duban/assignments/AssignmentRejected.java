package cn.duban.assignments;

/** A step of the paperwork that cannot be taken as asked; the message says why, in Chinese. */
public class AssignmentRejected extends cn.duban.refusal.Refusal {
    public AssignmentRejected(String message) {
        super(message);
    }

    /** Refused for what was typed in one field (a property path of the form): shown beside it. */
    public AssignmentRejected(String message, String field) {
        super(message, field);
    }
}
