/**
 * Documents out: the 月通报, the 工作小结 and the progress ledger, from a frozen period.
 */
@cn.duban.schema.Tables({"generated_document"})
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "files", "ledger", "org", "progress", "refusal", "schema",
        "security", "supervision", "time"})
package cn.duban.reports;
