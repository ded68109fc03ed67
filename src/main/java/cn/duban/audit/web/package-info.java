/**
 * The auditor's view of the audit trail. A module of its own inside audit: every module writes
 * the trail (and security does too), while reading it needs security's roles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit pages")
package cn.duban.audit.web;
