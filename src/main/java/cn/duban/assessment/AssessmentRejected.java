package cn.duban.assessment;

/** A scheme or item refused, with the reason in Chinese. */
public class AssessmentRejected extends RuntimeException {
    public AssessmentRejected(String message) {
        super(message);
    }
}
