/**
 * One ledger across levels: 上级交办 (an office gives a task to the areas directly below, each with its
 * share, and the receiving office's 签收 puts it in its own ledger), 分解下达 (an office splits a task
 * among its units), 调整申请 (a receiving office asks the assigning level to change its share), and
 * 逐级汇总 (a handed-on task's progress rolled up from its parts), with their pages, API and export.
 * Owns {@code level_assignment}, {@code level_assignment_target} and {@code adjustment_request}. Sits
 * above the ledger (the tasks it hands on) and progress (the figures it rolls up): each asks it through a
 * port of its own — {@link cn.duban.ledger.HandedOnMarks}, {@link cn.duban.progress.HandedOnWork}.
 */
@cn.duban.schema.Tables({"level_assignment", "level_assignment_target", "adjustment_request"})
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "files", "ledger", "org", "progress", "refusal", "schema",
        "security", "time"})
package cn.duban.levels;
