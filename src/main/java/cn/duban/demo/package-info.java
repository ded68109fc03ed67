/**
 * The demo county on an empty database: organisations, one user per role, the demo plans read from
 * documents, a year of reports, inspections, work from the city and a 考核 scheme — each written through
 * the API of the module that owns it, never by SQL of its own into their tables.
 */
@cn.duban.schema.Tables({})
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"assessment", "extract", "ledger", "levels", "org", "progress",
        "refusal", "schema",
        "security", "supervision", "time"})
package cn.duban.demo;
