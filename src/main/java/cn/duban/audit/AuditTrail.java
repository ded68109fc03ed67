package cn.duban.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every write to the ledger calls this inside its own transaction, so the record of who
 * changed what, and how, commits or rolls back with the change. The table refuses updates
 * and deletes (a trigger in V1), so the trail can only grow.
 */
@Component
public class AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entity, Long entityId, Object before, Object after) {
        jdbc.sql("""
                        insert into audit_event (actor, action, entity, entity_id, before, after)
                        values (:actor, :action, :entity, :id, cast(:before as jsonb), cast(:after as jsonb))""")
                .param("actor", actor())
                .param("action", action)
                .param("entity", entity)
                .param("id", entityId)
                .param("before", before == null ? null : JSON.writeValueAsString(before))
                .param("after", after == null ? null : JSON.writeValueAsString(after))
                .update();
    }

    /** Who is acting: the signed-in user's name, or "system" for start-up and scheduled work. */
    public static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }
}
