/**
 * 催办 and 督办: reminders and workflow messages into the inbox and each unit's channels.
 */
@cn.duban.schema.Tables({"notification", "contact", "delivery", "key_part"})
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "crypto", "ledger", "levels", "org", "progress", "refusal",
        "schema", "security", "supervision", "time"})
package cn.duban.reminders;
