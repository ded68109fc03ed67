package cn.duban.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import cn.duban.system.DatabaseServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DubanTest
class AuditTrailTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUsers users;
    @Autowired
    DatabaseServer server;

    @Test
    void everyWriteLeavesARecordThatCannotBeChangedOrDeleted() {
        TestUsers.County c = users.county();
        long id = jdbc.sql("select id from audit_event where entity = 'organisation' and entity_id = :id")
                .param("id", c.townA().id()).query(Long.class).single();
        assertThat(jdbc.sql("select after ->> 'name' from audit_event where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("甲镇");

        // Even the schema's owner, who could grant himself the rights, meets the trigger
        // (the application role is refused before that: DatabaseRolesTests).
        JdbcClient owner = JdbcClient.create(server.ownerDataSource());
        assertThatThrownBy(() -> owner.sql("update audit_event set actor = 'someone' where id = :id").param("id", id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("delete from audit_event where id = :id").param("id", id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("truncate audit_event").update()).hasMessageContaining("append-only");
    }
}
