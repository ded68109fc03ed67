package cn.duban.extract;

/** What a section of a work document does, which decides whether its numbers are done or planned. */
public enum Role {
    /** 回顾, 进展, 成效: work done. */
    REVIEW,
    /** 存在问题, 短板: what is wrong. */
    PROBLEMS,
    /** 下一步, 打算, 目标任务: what will be done. */
    PLAN,
    /** Not said by any heading. */
    UNKNOWN
}
