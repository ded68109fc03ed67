/**
 * Inspections, findings as 整改事项 with their reports and 销号, meeting decisions, the problems list.
 */
@cn.duban.schema.Tables({"inspection", "inspection_unit", "inspection_task", "finding", "finding_task",
        "rectification_report", "supervision_file", "meeting_action"})
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "files", "ledger", "org", "progress", "refusal", "schema",
        "security", "time"})
package cn.duban.supervision;
