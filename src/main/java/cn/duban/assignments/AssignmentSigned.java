package cn.duban.assignments;

/** The lead unit signed for a 交办事项: nobody waits on its 签收 any more. */
public record AssignmentSigned(long assignmentId) {
}
