/**
 * Documents out: the 月通报, the 工作小结 and the progress ledger, from a frozen period.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "files", "ledger", "org", "progress", "security", "supervision", "time"})
package cn.duban.reports;
