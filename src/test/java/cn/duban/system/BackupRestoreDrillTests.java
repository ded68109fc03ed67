package cn.duban.system;

import cn.duban.DubanTest;
import cn.duban.audit.AuditChain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The restore drill (issue 14): data written, backed up while Duban runs, restored into a fresh
 * data folder by the restore command, and every table compared — row count and a checksum over
 * every row's full text, which for the stored files (evidence, inspection files, documents) is
 * their content. The census here is computed by SQL of its own, not by the backup's manifest.
 */
@DubanTest
class BackupRestoreDrillTests {

    @Autowired
    Backups backups;
    @Autowired
    DataSource dataSource;
    @Autowired
    AuditChain chain;
    @Autowired
    JdbcClient jdbc;
    @Value("${duban.data-dir}")
    Path dataDir;
    @Value("${duban.security.field-key:}")
    String fieldKey;
    @Value("${duban.db.url:}")
    String dbUrl;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;
    @Autowired
    cn.duban.TestUsers users;

    @TempDir
    Path temp;

    @Test
    void theAdministratorBacksUpFromThePageOrTheApiAndSeesTheRun() throws Exception {
        var county = users.county();
        String admin = users.user(county, county.office(), cn.duban.security.Role.ADMIN);
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/admin/backups")
                        .with(cn.duban.TestUsers.api(admin)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"outcome\":\"DONE\"").contains("\"trigger\":\"ASKED\"").contains("\"actor\":\"" + admin + "\"");
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/backups")
                        .with(cn.duban.TestUsers.api(admin)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("立即备份").contains("手动").contains(admin);
        assertThat(jdbc.sql("select count(*) from audit_event where action = '备份' and actor = :a").param("a", admin)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aBackupRestoresIntoAFreshDataFolderWithEveryTableAndFileIntact() throws Exception {
        // Data of every kind is there: the demo county, its plans, reports and inspection files, and whatever earlier tests wrote.
        jdbc.sql("insert into saved_view (username, name, query) values ('drill' || gen_random_uuid(), '备份演练', 'status=LAGGING')")
                .update();
        assertThat(jdbc.sql("select count(*) from supervision_file").query(Long.class).single()).as("stored files to compare").isPositive();
        chain.seal();
        AuditChain.Verification sourceChain = chain.verify();
        Map<String, String> before = census(jdbc);

        Backups.BackupRun run = backups.backUp(temp.resolve("backups"), Backups.Trigger.ASKED, "drill");
        assertThat(run.outcome()).isEqualTo("DONE");
        Path folder = Path.of(run.folder());
        assertThat(Files.getPosixFilePermissions(folder)).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
        assertThat(run.tables()).isEqualTo(before.size());

        Path fresh = temp.resolve("fresh");
        try (ConfigurableApplicationContext restored = BackupCommand.restore(cn.duban.DubanApplication.class, temp.resolve("backups"), settings(fresh))) {
            JdbcClient copy = JdbcClient.create(restored.getBean(DataSource.class));
            Map<String, String> after = census(copy);
            // The restore adds one audit event of its own ("恢复备份"); every other table is identical, row for row.
            assertThat(after.keySet()).isEqualTo(before.keySet());
            before.forEach((table, figures) -> {
                if (!table.equals("audit_event")) {
                    assertThat(after.get(table)).as(table).isEqualTo(figures);
                }
            });
            assertThat(copy.sql("select count(*) || ':' || coalesce(md5(string_agg(md5(x::text), '' order by md5(x::text))), '')"
                    + " from audit_event x where action <> '恢复备份'").query(String.class).single()).isEqualTo(before.get("audit_event"));
            assertThat(copy.sql("select count(*) from audit_event where action = '恢复备份'").query(Long.class).single()).isEqualTo(1);
            // The restored audit chain verifies exactly as the source's does (other tests tamper with the source's on
            // purpose, to see it found): the same head hash, the same findings. The restore's own event waits for its seal.
            AuditChain.Verification verified = restored.getBean(AuditChain.class).verify();
            assertThat(verified.head()).isEqualTo(sourceChain.head());
            assertThat(verified.problems()).isEqualTo(sourceChain.problems());
            assertThat(verified.sealed()).isEqualTo(sourceChain.sealed());
            assertThat(copy.sql("select count(*) from saved_view where name = '备份演练'").query(Long.class).single())
                    .isEqualTo(jdbc.sql("select count(*) from saved_view where name = '备份演练'").query(Long.class).single());
            assertThat(copy.sql("select max(version::int) from flyway_schema_history").query(Integer.class).single())
                    .isEqualTo(jdbc.sql("select max(version::int) from flyway_schema_history").query(Integer.class).single());

            // A database that holds data is never overwritten.
            Backups restoredBackups = restored.getBean(Backups.class);
            DatabaseServer server = restored.getBean(DatabaseServer.class);
            assertThatThrownBy(() -> restoredBackups.restore(server.ownerDataSource(), folder))
                    .hasMessageContaining("目标数据库已有数据");
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndWritesNothing() throws Exception {
        Backups.BackupRun run = backups.backUp(temp.resolve("backups"), Backups.Trigger.ASKED, "drill");
        Path table = Path.of(run.folder()).resolve("tables/organisation.copy.gz");
        byte[] data;
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(table))) {
            data = in.readAllBytes();
        }
        String text = new String(data, StandardCharsets.UTF_8).replaceFirst("青川县", "青州县");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(table))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        Path fresh = temp.resolve("fresh");
        assertThatThrownBy(() -> BackupCommand.restore(cn.duban.DubanApplication.class, Path.of(run.folder()), settings(fresh)).close())
                .hasMessageContaining("organisation").hasMessageContaining("校验和不符");
        // Nothing of the damaged backup went in: the restore is one transaction.
        try (ConfigurableApplicationContext empty = new org.springframework.boot.builder.SpringApplicationBuilder(cn.duban.DubanApplication.class)
                .web(org.springframework.boot.WebApplicationType.NONE).run(concat(settings(fresh), "--duban.demo=false", "--duban.scheduling=false"))) {
            assertThat(JdbcClient.create(empty.getBean(DataSource.class)).sql("select count(*) from organisation")
                    .query(Long.class).single()).isZero();
        }
    }

    @Test
    void theCommandRefusesToBackUpADataFolderARunningDubanHolds() {
        org.junit.jupiter.api.Assumptions.assumeTrue(dbUrl.isBlank(), "the suite runs on the embedded database");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BackupCommand.run(cn.duban.DubanApplication.class, new String[]{"backup", temp.resolve("b").toString(), "--duban.data-dir=" + dataDir},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("正由运行中的 Duban 使用").contains("/api/admin/backups");
        assertThat(temp.resolve("b")).doesNotExist();
    }

    /** A fresh embedded data folder with this installation's field key (the key is deliberately not in a backup). */
    private String[] settings(Path fresh) throws java.io.IOException {
        if (fieldKey.isBlank()) {
            Files.createDirectories(fresh.resolve("keys"));
            Files.copy(dataDir.resolve("keys/field.key"), fresh.resolve("keys/field.key"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return new String[]{"--duban.data-dir=" + fresh, "--duban.db.url=", "--duban.security.field-key=" + fieldKey};
    }

    private static String[] concat(String[] a, String... b) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b)).toArray(String[]::new);
    }

    /** Every table's row count and a digest of all its rows' text, in a fixed order. */
    private static Map<String, String> census(JdbcClient db) {
        List<String> tables = db.sql("""
                select tablename from pg_tables where schemaname = current_schema()
                  and tablename not in ('flyway_schema_history', 'backup_run') and tablename not like 'spring_session%'
                order by tablename""").query(String.class).list();
        Map<String, String> census = new TreeMap<>();
        for (String t : tables) {
            census.put(t, db.sql("select count(*) || ':' || coalesce(md5(string_agg(md5(x::text), '' order by md5(x::text))), '') from \""
                    + t + "\" x").query(String.class).single());
        }
        return census;
    }
}
