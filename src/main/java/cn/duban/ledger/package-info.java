/**
 * Plans and their tasks, imported from documents or Excel; publishes what changed for the modules that keep figures.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "extract", "files", "org", "security", "time"})
package cn.duban.ledger;
