/**
 * Plans and their tasks, imported from documents or Excel; tells the module that keeps the figures what changed through its ports.
 * A task whose work was handed on (split or assigned below, by the levels module) keeps no lead unit of its own:
 * {@code task_handed_on} is the one definition of that every module's SQL calls.
 */
@cn.duban.schema.Tables({"plan", "task", "task_co_unit", "indicator", "indicator_year_target", "milestone",
        "reader_correction", "task_handed_on",
        "plan_span_default"})
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "extract", "files", "org", "refusal", "schema", "security",
        "time"})
package cn.duban.ledger;
