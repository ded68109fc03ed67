package cn.duban.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import cn.duban.system.DatabaseServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tamper evidence (issue 10): someone with the database's own rights switches the append-only
 * trigger off, edits one audit row and deletes another; the auditor's verification names both.
 */
@DubanTest
class AuditChainTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUsers users;
    @Autowired
    AuditChain chain;
    @Autowired
    DatabaseServer server;

    @Test
    void anEditedOrDeletedAuditRowBreaksTheChainWhereItHappened() {
        TestUsers.County c = users.county();
        long edited = jdbc.sql("select id from audit_event where entity = 'organisation' and entity_id = :id")
                .param("id", c.townA().id()).query(Long.class).single();
        long deleted = jdbc.sql("select id from audit_event where entity = 'organisation' and entity_id = :id")
                .param("id", c.townB().id()).query(Long.class).single();
        chain.seal();
        AuditChain.Verification before = chain.verify();
        assertThat(before.problems()).noneMatch(p -> p.contains(" " + edited + " ") || p.contains(" " + deleted + " "));
        assertThat(before.head()).hasSize(64);

        // The schema's owner (the application role may not switch triggers off at all).
        JdbcClient owner = JdbcClient.create(server.ownerDataSource());
        owner.sql("alter table audit_event disable trigger audit_event_append_only").update();
        try {
            owner.sql("update audit_event set actor = 'someone-else' where id = :id").param("id", edited).update();
            owner.sql("delete from audit_event where id = :id").param("id", deleted).update();
        } finally {
            owner.sql("alter table audit_event enable trigger audit_event_append_only").update();
        }
        AuditChain.Verification after = chain.verify();
        assertThat(after.intact()).isFalse();
        assertThat(after.problems()).contains("审计记录 " + edited + " 的内容已被改动", "审计记录 " + deleted + " 已被删除");
    }

    @Test
    void sm3IsTheStandardsDigest() {
        // GB/T 32905-2016, example 1: SM3("abc").
        assertThat(AuditChain.sm3("abc")).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }
}
