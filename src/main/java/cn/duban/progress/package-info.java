/**
 * The reporting cycle and the figures: periods, reports, standings, dashboards, the 红黑榜. Listens to the ledger's changes;
 * reads a unit's own 工作汇报 with the reader (extract) to fill its report (report once).
 */
@cn.duban.schema.Tables({"reporting_period", "reporting_rule", "unit_report", "task_entry", "entry_value", "evidence",
        "task_standing", "period_summary", "period_total", "period_ranking", "attention_item", "saved_view",
        "standing_request", "report_submission", "plan_closeout", "task_outcome", "counted_entry",
        "task_entry_is_append_only", "task_standing_frozen", "period_ranking_is_kept", "report_wording",
        "evidence_demand", "report_document"})
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "extract", "files", "ledger", "org", "refusal", "schema",
        "security", "time"})
package cn.duban.progress;
