package cn.duban.audit.web;

import cn.duban.security.CurrentScope;
import cn.duban.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.OffsetDateTime;
import java.util.List;

/** 审计日志: read by the auditor, and only by the auditor. */
@Controller
@Tag(name = "审计日志", description = "每一次写入台账的记录（只读）")
class AuditController {

    private final JdbcClient jdbc;
    private final CurrentScope scope;

    private final cn.duban.audit.AuditChain chain;

    AuditController(JdbcClient jdbc, CurrentScope scope, cn.duban.audit.AuditChain chain) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.chain = chain;
    }

    @Operation(summary = "校验审计记录链（仅审计员）", description = "逐条核对 SM3 哈希链，报告被改动或删除的记录，并给出链首哈希供留存。")
    @GetMapping(path = "/api/audit/verification", produces = "application/json")
    @ResponseBody
    cn.duban.audit.AuditChain.Verification verify() {
        scope.require(scope.user().role() == Role.AUDITOR);
        return chain.verify();
    }

    @org.springframework.web.bind.annotation.PostMapping("/audit/verification")
    String verifyPage(Model model) {
        scope.require(scope.user().role() == Role.AUDITOR);
        model.addAttribute("verification", chain.verify());
        model.addAttribute("events", latest());
        return "audit/events";
    }

    record AuditEvent(long id, OffsetDateTime at, String actor, String action, String entity, Long entityId,
                      String before, String after) {
    }

    private List<AuditEvent> latest() {
        scope.require(scope.user().role() == Role.AUDITOR);
        return jdbc.sql("""
                        select id, at, actor, action, entity, entity_id, before::text as before, after::text as after
                        from audit_event order by id desc limit 500""")
                .query(AuditEvent.class).list();
    }

    @GetMapping("/audit")
    String page(Model model) {
        model.addAttribute("events", latest());
        return "audit/events";
    }

    @Operation(summary = "最近 500 条审计记录（仅审计员）")
    @GetMapping(path = "/api/audit", produces = "application/json")
    @ResponseBody
    List<AuditEvent> list() {
        return latest();
    }
}
