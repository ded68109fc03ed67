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

    AuditController(JdbcClient jdbc, CurrentScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
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
