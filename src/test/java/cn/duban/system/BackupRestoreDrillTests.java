package cn.duban.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.duban.DubanApplication;
import cn.duban.DubanTest;
import cn.duban.TestUsers;
import cn.duban.audit.AuditChain;
import cn.duban.crypto.FieldCipher;
import cn.duban.security.Role;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

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
    @Autowired
    FieldCipher cipher;
    @Value("${duban.data-dir}")
    Path dataDir;
    @Value("${duban.security.field-key:}")
    String fieldKey;
    @Value("${duban.db.url:}")
    String dbUrl;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    @TempDir
    Path temp;

    @Test
    void theAdministratorBacksUpFromThePageOrTheApiAndSeesTheRun() throws Exception {
        var county = users.county();
        String admin = users.user(county, county.office(), Role.ADMIN);
        String body = mvc.perform(MockMvcRequestBuilders.post("/api/admin/backups")
                .with(TestUsers.api(admin)))
                .andExpect(MockMvcResultMatchers.status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"outcome\":\"DONE\"").contains("\"trigger\":\"ASKED\"").contains("\"actor\":\"" + admin + "\"");
        String page = mvc.perform(MockMvcRequestBuilders.get("/admin/backups")
                .with(TestUsers.api(admin)))
                .andExpect(MockMvcResultMatchers.status().isOk())
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
        try (ConfigurableApplicationContext restored = BackupCommand.restore(DubanApplication.class, temp.resolve("backups"),
                settings(fresh))) {
            // The restored Duban runs nothing on a clock while it is compared (nor while a real restore works): a reminder
            // job there recomputed the copy's standings after the county's midnight, and the census differed by the day.
            assertThat(restored.getBeanNamesForType(ScheduledAnnotationBeanPostProcessor.class)).as("a scheduler in the restore").isEmpty();
            JdbcClient copy = JdbcClient.create(restored.getBean(DataSource.class));
            Map<String, String> after = census(copy);
            // The restore adds one audit event of its own ("恢复备份"); every other table is identical, row for row.
            assertThat(after.keySet()).isEqualTo(before.keySet());
            before.forEach((table, figures) -> {
                if (!table.equals("audit_event") && !table.equals("audit_tag")) {
                    assertThat(after.get(table)).as(table).isEqualTo(figures);
                }
            });
            // The restore's own event carries its tag like any other; the rest are the source's, row for row.
            assertThat(copy.sql("select count(*) || ':' || coalesce(md5(string_agg(md5(x::text), '' order by md5(x::text))), '')"
                    + " from audit_tag x where event_id not in (select id from audit_event where action = '恢复备份')")
                    .query(String.class).single()).isEqualTo(before.get("audit_tag"));
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
    void theBackupsFilesAreEncryptedAndOnlyThisInstancesKeyOpensThem() throws Exception {
        Backups.BackupRun run = backups.backUp(temp.resolve("backups"), Backups.Trigger.ASKED, "drill");
        Path table = organisations(run);
        byte[] stored = Files.readAllBytes(table);
        // Neither a gzip file nor anything readable: the header, then ciphertext.
        assertThat(new String(stored, 0, 23, StandardCharsets.US_ASCII)).isEqualTo("DUBAN-SM4CTR-HMACSM3-1\n");
        assertThatThrownBy(() -> new GZIPInputStream(new ByteArrayInputStream(stored, 23, stored.length - 23)).readAllBytes())
                .isInstanceOf(IOException.class);
        // With the key, it is the table as COPY wrote it.
        String rows;
        try (var in = new GZIPInputStream(cipher.opening(Files.newInputStream(table)))) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(rows).contains(jdbc.sql("select name from organisation order by id limit 1").query(String.class).single());
        // Another key: refused before anything is read, by the manifest's key check.
        Path other = temp.resolve("other");
        Files.createDirectories(other.resolve("keys"));
        Files.writeString(other.resolve("keys/field.key"), "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n");
        assertThatThrownBy(() -> BackupCommand.restore(DubanApplication.class, Path.of(run.folder()),
                new String[]{"--duban.data-dir=" + other, "--duban.db.url=", "--duban.security.field-key="}).close())
                .hasMessageContaining("密钥");
    }

    @Test
    void aDamagedBackupIsRefusedAndWritesNothing() throws Exception {
        Backups.BackupRun run = backups.backUp(temp.resolve("backups"), Backups.Trigger.ASKED, "drill");
        byte[] data = Files.readAllBytes(organisations(run));
        data[data.length / 2] ^= 0x01; // one bit of the ciphertext
        Files.write(organisations(run), data);
        Path fresh = temp.resolve("fresh");
        assertThatThrownBy(() -> BackupCommand.restore(DubanApplication.class, Path.of(run.folder()), settings(fresh)).close())
                .hasMessageContaining("organisation").hasMessageContaining("已损坏或被改动");
        // Nothing of the damaged backup went in: the restore is one transaction.
        try (ConfigurableApplicationContext empty = new SpringApplicationBuilder(DubanApplication.class)
                .web(WebApplicationType.NONE).run(concat(settings(fresh), "--duban.demo=false", "--duban.scheduling=false"))) {
            assertThat(JdbcClient.create(empty.getBean(DataSource.class)).sql("select count(*) from organisation")
                    .query(Long.class).single()).isZero();
        }
    }

    @Test
    void aBackupOfTheFirstFormatUnencryptedStillRestores() throws Exception {
        // Backups written before encryption: plain .copy.gz files and an unsealed manifest of format 1.
        Backups.BackupRun run = backups.backUp(temp.resolve("backups"), Backups.Trigger.ASKED, "drill");
        Path folder = Path.of(run.folder());
        try (var files = Files.list(folder.resolve("tables"))) {
            for (Path sealed : files.toList()) {
                Path plain = sealed.resolveSibling(sealed.getFileName().toString().replace(".copy.gz.sm4", ".copy.gz"));
                try (var in = cipher.opening(Files.newInputStream(sealed))) {
                    Files.copy(in, plain);
                }
                Files.delete(sealed);
            }
        }
        Path manifest = folder.resolve(BackupFormat.MANIFEST);
        Files.writeString(manifest,
                Files.readString(manifest).replaceFirst("(?m)^format=2$", "format=1").replaceFirst("(?m)^seal=.*\n", ""));
        long organisations = jdbc.sql("select count(*) from organisation").query(Long.class).single();
        try (ConfigurableApplicationContext restored = BackupCommand.restore(DubanApplication.class, folder,
                settings(temp.resolve("fresh")))) {
            assertThat(JdbcClient.create(restored.getBean(DataSource.class)).sql("select count(*) from organisation").query(Long.class)
                    .single())
                    .isEqualTo(organisations);
        }
    }

    @Test
    void aManifestEditedAfterTheBackupIsRefused() throws Exception {
        Backups.BackupRun run = backups.backUp(temp.resolve("backups"), Backups.Trigger.ASKED, "drill");
        Path manifest = Path.of(run.folder()).resolve(BackupFormat.MANIFEST);
        // Dropping a table from the list would otherwise restore a ledger without it, and say nothing.
        String text = Files.readString(manifest);
        Files.writeString(manifest, text.replaceFirst("(?m)^(tables=.*?),saved_view", "$1"));
        assertThat(Files.readString(manifest)).isNotEqualTo(text);
        assertThatThrownBy(() -> BackupCommand.restore(DubanApplication.class, Path.of(run.folder()), settings(temp.resolve("fresh")))
                .close()).hasMessageContaining("备份清单").hasMessageContaining("已被改动");
    }

    @Test
    void theCommandRefusesToBackUpADataFolderARunningDubanHolds() {
        Assumptions.assumeTrue(dbUrl.isBlank(), "the suite runs on the embedded database");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BackupCommand.run(DubanApplication.class,
                new String[]{"backup", temp.resolve("b").toString(), "--duban.data-dir=" + dataDir},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("正由运行中的 Duban 使用").contains("/api/admin/backups");
        assertThat(temp.resolve("b")).doesNotExist();
    }

    /** The backup's file of the organisation table. */
    private static Path organisations(Backups.BackupRun run) {
        return Path.of(run.folder()).resolve("tables/organisation.copy.gz.sm4");
    }

    /** A fresh embedded data folder with this installation's field key (the key is deliberately not in a backup). */
    private String[] settings(Path fresh) throws IOException {
        if (fieldKey.isBlank()) {
            Files.createDirectories(fresh.resolve("keys"));
            Files.copy(dataDir.resolve("keys/field.key"), fresh.resolve("keys/field.key"), StandardCopyOption.REPLACE_EXISTING);
        }
        return new String[]{"--duban.data-dir=" + fresh, "--duban.db.url=", "--duban.security.field-key=" + fieldKey};
    }

    private static String[] concat(String[] a, String... b) {
        return Stream.concat(Arrays.stream(a), Arrays.stream(b)).toArray(String[]::new);
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
