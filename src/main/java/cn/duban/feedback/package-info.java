/**
 * 意见反馈: a unit tells its county's office and the level above what the platform costs it (填报负担, 多头填报,
 * 材料要求), as the 2024 rules against formalism ask every platform to let it. Audited and delivered to the offices'
 * inboxes; no score reads it — 考核 may not depend on this module, so its tables are out of 考核's reach.
 */
@cn.duban.schema.Tables({"burden_feedback"})
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "org", "refusal", "reminders", "schema", "security",
        "time"})
package cn.duban.feedback;
