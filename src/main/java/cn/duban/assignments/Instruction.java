package cn.duban.assignments;

import java.time.OffsetDateTime;
import java.util.List;

/** A leader's 批示 on one thing, and the 交办事项 the office made of it. */
public record Instruction(long id, long leaderId, String leaderName, String subjectKind, long subjectId, String subjectTitle,
        String text, OffsetDateTime createdAt, List<Assignment> assignments) {

    /** What the 批示 is on, in the office's words. */
    public String subjectLabel() {
        return switch (subjectKind) {
            case "TASK" -> "任务";
            case "REPORT" -> "报送";
            case "FINDING" -> "督查问题";
            case "BULLETIN" -> "通报";
            default -> subjectKind;
        };
    }

    /** Where it stands for the leader: 待交办 until the office acts, then the matters' states. */
    public String outcome() {
        if (assignments.isEmpty()) {
            return "待交办";
        }
        return assignments.stream().allMatch(a -> a.state() == Assignment.State.CLOSED) ? "已办结" : "办理中";
    }
}
