package cn.duban.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.duban.DubanTest;
import cn.duban.TestAddresses;
import cn.duban.TestUsers;
import cn.duban.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 22, item 6: as the application's own database role, an audit row back-dated three days from a
 * foreign address was sealed as genuine; refusals — CSRF, rate limits, tokens, other counties' rows —
 * left no row at all. Now a row the application did not write is named by the verification, and each
 * refusal is recorded with its reason, at most twenty per address in ten minutes.
 */
@DubanTest
class AuditForgeryTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditChain chain;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    @Test
    void aRowInsertedWithTheApplicationsDatabaseRoleIsNamedByTheVerification() {
        // The pool's own connection: the application role, as an intruder with its password would have it.
        long forged = jdbc.sql("""
                insert into audit_event (at, actor, action, entity, after, address)
                values (now() - interval '3 days', 'ducha', '登录成功', 'app_user', '{"username":"ducha"}', '203.0.113.9')
                returning id""").query(Long.class).single();
        chain.seal();
        AuditChain.Verification v = chain.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.problems()).anyMatch(p -> p.startsWith("审计记录 " + forged + " ") && p.contains("伪造"));
        // A real row beside it verifies.
        users.county();
        chain.seal();
        long genuine = jdbc.sql("select max(id) from audit_event").query(Long.class).single();
        assertThat(chain.verify().problems()).noneMatch(p -> p.startsWith("审计记录 " + genuine + " "));
    }

    @Test
    void aCopiedTagDoesNotVouchForAnotherRow() {
        users.county();
        long genuine = jdbc.sql("select max(id) from audit_event").query(Long.class).single();
        String tag = jdbc.sql("select tag from audit_tag where event_id = :e").param("e", genuine).query(String.class).single();
        long copy = jdbc.sql("""
                insert into audit_event (actor, action, entity, entity_id, before, after, address, request_id)
                select actor, action, entity, entity_id, before, after, address, request_id from audit_event where id = :e
                returning id""").param("e", genuine).query(Long.class).single();
        jdbc.sql("insert into audit_tag (event_id, tag) values (:e, :t)").param("e", copy).param("t", tag).update();
        assertThat(chain.verify().problems()).anyMatch(p -> p.startsWith("审计记录 " + copy + " "));
    }

    private long refusals(String address, String reasonLike) {
        return jdbc.sql("select count(*) from audit_event where action = '访问被拒' and address = :a and after ->> 'reason' like :r")
                .param("a", address).param("r", reasonLike).query(Long.class).single();
    }

    @Test
    void refusalsAreAuditedWithTheirReasonAndAnAttackCannotFloodTheTable() throws Exception {
        TestUsers.County own = users.county();
        TestUsers.County other = users.county();
        String address = TestAddresses.fresh();
        var from = TestAddresses.from(address);

        // A form sent without its CSRF token.
        MockHttpSession session = TestUsers.signedIn(mvc, users.user(own, own.townA(), Role.LIAISON));
        mvc.perform(post("/reports/open").session(session).with(from).param("period", "1"));
        assertThat(refusals(address, "CSRF%")).isEqualTo(1);

        // A token that is no token.
        mvc.perform(get("/api/plans").header("Authorization", "Bearer dbn_nothing").with(from));
        assertThat(refusals(address, "访问令牌无效%")).isEqualTo(1);

        // Another county's task, written by an office: not found for it, and recorded.
        long task = jdbc.sql("select min(t.id) from task t join plan p on p.id = t.plan_id where p.area_id = :a")
                .param("a", own.county().id()).query(Long.class).optional().orElse(0L);
        String foreignOffice = users.user(other, other.office(), Role.SUPERVISOR);
        mvc.perform(put("/api/tasks/" + Math.max(task, 1)).with(TestUsers.api(foreignOffice)).with(from)
                .contentType("application/json").content("{\"title\":\"越权修改\",\"version\":0}"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = '访问被拒' and address = :a and after ->> 'method' = 'PUT'")
                .param("a", address).query(Long.class).single()).isEqualTo(1);

        // An attack's thousand refusals: twenty rows, then silence until the window turns.
        for (int i = 0; i < 60; i++) {
            mvc.perform(post("/reports/open").session(session).with(from).param("period", "1"));
        }
        assertThat(jdbc.sql("select count(*) from audit_event where action = '访问被拒' and address = :a")
                .param("a", address).query(Long.class).single()).isEqualTo(Refusals.PER_WINDOW);
    }
}
