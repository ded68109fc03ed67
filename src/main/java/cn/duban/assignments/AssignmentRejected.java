package cn.duban.assignments;

/** A step of the paperwork that cannot be taken as asked; the message says why, in Chinese. */
public class AssignmentRejected extends RuntimeException {
    public AssignmentRejected(String message) {
        super(message);
    }
}
