/**
 * The append-only audit trail every module writes in the same transaction as its change.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"crypto", "files", "time"})
package cn.duban.audit;
