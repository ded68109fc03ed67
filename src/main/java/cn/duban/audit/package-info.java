/**
 * The append-only audit trail every module writes in the same transaction as its change.
 */
@cn.duban.schema.Tables({"audit_event", "audit_seal", "audit_tag", "audit_tag_from", "audit_event_is_append_only"})
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"crypto", "files", "refusal", "schema", "time"})
package cn.duban.audit;
