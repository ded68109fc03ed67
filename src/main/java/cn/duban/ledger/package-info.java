/**
 * Plans and their tasks, imported from documents or Excel; publishes what changed for the modules that keep figures.
 */
@cn.duban.schema.Tables({"plan", "task", "task_co_unit", "indicator", "indicator_year_target", "milestone",
        "reader_correction", "level_assignment", "level_assignment_target", "adjustment_request", "task_handed_on",
        "plan_span_default"})
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "extract", "files", "org", "refusal", "schema", "security", "time"})
package cn.duban.ledger;
