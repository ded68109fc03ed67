/**
 * The reporting cycle and the figures: periods, reports, standings, dashboards, the 红黑榜. Listens to the ledger's changes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "files", "ledger", "org", "security", "time"})
package cn.duban.progress;
