package cn.duban.audit;

import cn.duban.crypto.FieldCipher;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every write to the ledger calls this inside its own transaction, so the record of who
 * changed what, and how, commits or rolls back with the change; with the address and request id
 * of the request that made it (none for scheduled work). The table refuses updates
 * and deletes (a trigger in V1), so the trail can only grow; and each record is tagged with an
 * HMAC-SM3 under a key outside the database ({@link cn.duban.crypto.FieldCipher#auditTag}), so a row
 * inserted with the database role alone is told from the application's own by the verification.
 */
@Component
public class AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    AuditTrail(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entity, Long entityId, Object before, Object after) {
        insert(action, entity, entityId, before, after);
    }

    /** As {@link #record}, for an actor not (yet) signed in: a sign-in attempt names the account it tried. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, String action, String entity, Long entityId, Object before, Object after) {
        insert(actor.length() > 100 ? actor.substring(0, 100) : actor, action, entity, entityId, before, after);
    }

    /**
     * An event that is not part of a change — a sign-in, a refusal, a download — recorded in a
     * transaction of its own, so it stays even when the request fails afterwards.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(String action, String entity, Long entityId, Object before, Object after) {
        insert(action, entity, entityId, before, after);
    }

    /** As {@link #recordAlone}, for an event whose actor is no longer signed in (a sign-out). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAloneAs(String actor, String action, String entity, Long entityId, Object before, Object after) {
        insert(actor, action, entity, entityId, before, after);
    }

    private void insert(String action, String entity, Long entityId, Object before, Object after) {
        insert(actor(), action, entity, entityId, before, after);
    }

    private void insert(String actor, String action, String entity, Long entityId, Object before, Object after) {
        RequestTrace.Trace trace = RequestTrace.current();
        // The content is read back as the database holds it (jsonb normalises the JSON), the form the verification reads.
        Map<String, Object> written = jdbc.sql("""
                with e as (
                    insert into audit_event (actor, action, entity, entity_id, before, after, address, request_id)
                    values (:actor, :action, :entity, :id, cast(:before as jsonb), cast(:after as jsonb), :address, :request)
                    returning *)
                select e.id, %s as content from e""".formatted(AuditChain.CONTENT))
                .param("address", trace == null ? null : trace.address())
                .param("request", trace == null ? null : trace.requestId())
                .param("actor", actor)
                .param("action", action)
                .param("entity", entity)
                .param("id", entityId)
                .param("before", before == null ? null : JSON.writeValueAsString(before))
                .param("after", after == null ? null : JSON.writeValueAsString(after))
                .query().singleRow();
        jdbc.sql("insert into audit_tag (event_id, tag) values (:e, :t)")
                .param("e", ((Number) written.get("id")).longValue()).param("t", cipher.auditTag((String) written.get("content")))
                .update();
    }

    /** The address of the request being served, or "unknown" outside one. */
    public static String address() {
        RequestTrace.Trace trace = RequestTrace.current();
        return trace == null || trace.address() == null ? "unknown" : trace.address();
    }

    /** Who is acting: the signed-in user's name, or "system" for start-up and scheduled work. */
    public static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }
}
