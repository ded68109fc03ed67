package cn.duban.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.duban.DubanTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 10, hole 6: the embedded PostgreSQL trusted every local user as superuser, and the
 * application itself connected as superuser, so anyone on the machine (or a flaw in Duban) could
 * run programs through COPY and rewrite the audit table with its triggers switched off.
 */
@DubanTest
class DatabaseRolesTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DatabaseServer server;
    @Value("${duban.data-dir}")
    Path dataDir;

    @Test
    void theApplicationRoleCanNeitherRewriteTheAuditNorActAsSuperuser() {
        assumeTrue(server.separateOwner(), "the server is configured with one user for owner and application");
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single()).isFalse();
        long id = jdbc.sql("select max(id) from audit_event").query(Long.class).single();
        for (String attack : new String[]{
                "update audit_event set actor = 'x' where id = " + id,
                "delete from audit_event where id = " + id,
                "truncate audit_event",
                "delete from audit_seal",
                "alter table audit_event disable trigger audit_event_append_only",
                "set session_replication_role = replica",
                "copy (select 1) to program 'touch /tmp/duban-pwned'",
                "create table intruder (x int)",
                "drop table audit_seal",
                "delete from flyway_schema_history"}) {
            assertThatThrownBy(() -> jdbc.sql(attack).update()).as(attack).rootCause()
                    .hasMessageMatching("(?s).*(permission denied|must be owner|must be superuser).*");
        }
        // What it needs it has: read the trail, and append to it through every write.
        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isPositive();
    }

    @Test
    void theEmbeddedServerAsksEveryoneForAPassword() throws Exception {
        assumeTrue(server.embedded() != null, "the suite runs against an external server");
        for (String user : new String[]{"postgres", EmbeddedDatabase.OWNER, EmbeddedDatabase.APP}) {
            assertThatThrownBy(() -> DriverManager.getConnection(server.url(), user, "").close()).as(user)
                    .hasMessageContaining("password");
        }
        Path secrets = dataDir.resolve("db-secrets.properties");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rw-------");
        Path run = dataDir.resolve("pg-run");
        if (Files.exists(run)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(run))).isEqualTo("rwx------");
        }
        assertThat(Files.readString(dataDir.resolve("pg/pg_hba.conf")).lines()
                .filter(l -> !l.isBlank() && !l.strip().startsWith("#"))).noneMatch(l -> l.contains("trust"));
        // No socket in /tmp, where any local account could reach it.
        String port = server.url().replaceAll(".*:(\\d+)/.*", "$1");
        assertThat(Path.of("/tmp/.s.PGSQL." + port)).doesNotExist();
    }

    @Test
    void aDataFolderFromAnEarlierDubanIsSecuredAtItsFirstStart(@TempDir Path data) throws Exception {
        // An earlier Duban: zonky's defaults, everything owned by the superuser, trust for all.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data.resolve("pg")).setCleanDataDirectory(false).start();
                var c = old.getPostgresDatabase().getConnection();
                var s = c.createStatement()) {
            s.execute("create table kept (id bigserial primary key, note text)");
            s.execute("insert into kept (note) values ('台账')");
            s.execute("create function kept_count() returns bigint language sql as 'select count(*) from kept'");
        }
        DatabaseServer upgraded = EmbeddedDatabase.start(data);
        try {
            assertThatThrownBy(() -> DriverManager.getConnection(upgraded.url(), "postgres", "").close())
                    .hasMessageContaining("password");
            Properties secrets = new Properties();
            secrets.load(Files.newBufferedReader(data.resolve("db-secrets.properties")));
            try (var c = upgraded.ownerDataSource().getConnection();
                    var s = c.createStatement();
                    var rs = s.executeQuery("select pg_get_userbyid(relowner), kept_count() from pg_class where relname = 'kept'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(EmbeddedDatabase.OWNER);
                assertThat(rs.getLong(2)).isEqualTo(1);
            }
        } finally {
            upgraded.close();
        }
    }
}
