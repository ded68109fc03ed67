/**
 * The office's paperwork around the ledger: a leader's 批示 on a task, report, finding or
 * bulletin; the 交办事项 the office makes of it, with its 交办单 and 文号, the unit's 签收 and
 * 办理情况, and 办结; a unit's 延期申请 and the office's decision. Owns {@code instruction},
 * {@code assignment*}, {@code extension_request} and {@code document_number}.
 */
@cn.duban.schema.Tables({"instruction", "assignment", "assignment_co_unit", "assignment_step", "extension_request",
        "notice", "document_number"})
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "files", "ledger", "org", "progress", "reminders",
        "reports", "refusal", "schema", "security", "supervision", "time"})
package cn.duban.assignments;
