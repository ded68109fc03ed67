/**
 * 催办 and 督办: reminders and workflow messages into the inbox and each unit's channels.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "crypto", "ledger", "org", "progress", "security", "supervision", "time"})
package cn.duban.reminders;
