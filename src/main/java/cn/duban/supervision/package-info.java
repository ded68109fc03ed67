/**
 * Inspections, findings as 整改事项 with their reports and 销号, meeting decisions, the problems list.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "files", "ledger", "org", "security", "time"})
package cn.duban.supervision;
