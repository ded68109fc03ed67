package cn.duban.system;

import cn.duban.audit.AuditTrail;
import cn.duban.crypto.FieldCipher;
import cn.duban.time.CountyTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Backups of the whole ledger (issue 14): every night at 02:30 Beijing time on whichever node
 * gets there first, when the system administrator asks, or from the command line
 * ({@code java -jar duban.jar backup DIR}). Each is a folder {@code duban-backup-YYYYMMDD-HHMMSS}
 * under {@code duban.backup.dir} (default {@code <data-dir>/backups}) written by
 * {@link BackupFormat}; the newest {@code duban.backup.keep} complete ones are kept. Each run is
 * a row of {@code backup_run} and an audit event.
 * <p>
 * The SM4 key that protects personal data and secrets is deliberately <em>not</em> in a backup —
 * a stolen backup should not open itself; the manifest holds only a check value (an HMAC of a fixed
 * text), so a restore with the wrong key is refused before it writes anything.
 */
@Component
public class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("'duban-backup-'yyyyMMdd-HHmmss");
    static final String FOLDER_PATTERN = "duban-backup-\\d{8}-\\d{6}(-\\d+)?";
    /** One backup at a time across nodes (pg advisory lock key). */
    private static final long LOCK = 7300;

    public enum Trigger {
        SCHEDULED, ASKED, COMMAND
    }

    public record BackupRun(long id, OffsetDateTime startedAt, OffsetDateTime finishedAt, String trigger, String actor,
            String folder, Integer tables, Long rows, Long bytes, String outcome, String message) {
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final CountyTime time;
    private final Path folder;
    private final int keep;
    private final boolean scheduled;

    Backups(DataSource dataSource, JdbcClient jdbc, FieldCipher cipher, AuditTrail audit, CountyTime time,
            @Value("${duban.backup.dir:}") String folder, @Value("${duban.data-dir:data}") Path dataDir,
            @Value("${duban.backup.keep:14}") int keep, @Value("${duban.backup.enabled:true}") boolean scheduled) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.audit = audit;
        this.time = time;
        this.folder = (folder.isBlank() ? dataDir.resolve("backups") : Path.of(folder)).toAbsolutePath().normalize();
        this.keep = Math.max(1, keep);
        this.scheduled = scheduled;
    }

    /** Where backups go. */
    public Path folder() {
        return folder;
    }

    public int keep() {
        return keep;
    }

    /** The check value of the field key this installation uses (an HMAC-SM3 of a fixed text: reveals nothing of the key). */
    String keyCheck() {
        return cipher.digest("duban-backup-key-check");
    }

    @Scheduled(cron = "${duban.backup.cron:0 30 2 * * *}", zone = "${duban.zone:Asia/Shanghai}")
    void nightly() {
        if (!scheduled) {
            return;
        }
        try {
            backUp(folder, Trigger.SCHEDULED, "system");
        } catch (RuntimeException e) {
            log.error("每日备份失败", e);
        }
    }

    /** A backup now into the configured folder, by the signed-in administrator. */
    public BackupRun backUpNow() {
        return backUp(folder, Trigger.ASKED, AuditTrail.actor());
    }

    /**
     * Writes a backup into a new folder under {@code parent}, then keeps the newest {@link #keep}.
     * A scheduled run is skipped when another node holds the backup lock or today's scheduled
     * backup is already done. Returns the run as recorded.
     */
    public BackupRun backUp(Path parent, Trigger trigger, String actor) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                if (!lockedAndDue(c, trigger)) {
                    return null;
                }
                return backUpLocked(c, parent, trigger, actor);
            } finally {
                c.rollback(); // read-only: ends the snapshot and frees the lock
            }
        } catch (SQLException e) {
            throw new IllegalStateException("备份失败：" + e.getMessage(), e);
        }
    }

    private boolean lockedAndDue(Connection c, Trigger trigger) throws SQLException {
        // The lock's statement is the transaction's first, so its snapshot sees every run committed before the lock was free.
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select pg_try_advisory_xact_lock(" + LOCK + ")")) {
            r.next();
            if (!r.getBoolean(1)) {
                if (trigger == Trigger.SCHEDULED) {
                    log.info("另一节点正在备份，本节点跳过");
                    return false;
                }
                throw new BackupFormat.BackupRefused("另一个备份正在进行，请稍后再试");
            }
        }
        if (trigger != Trigger.SCHEDULED) {
            return true;
        }
        // One scheduled backup a day, the county's day.
        try (PreparedStatement s = c.prepareStatement("""
                select exists (select 1 from backup_run where trigger = 'SCHEDULED' and outcome = 'DONE'
                               and (started_at at time zone ?)::date = ?)""")) {
            s.setString(1, time.zone().getId());
            s.setObject(2, time.today());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return !r.getBoolean(1);
            }
        }
    }

    private BackupRun backUpLocked(Connection snapshot, Path parent, Trigger trigger, String actor) {
        OffsetDateTime now = time.now();
        long id = jdbc.sql("insert into backup_run (trigger, actor) values (:t, :a) returning id")
                .param("t", trigger.name()).param("a", actor).query(Long.class).single();
        Path target = null;
        try {
            Files.createDirectories(parent);
            target = freeName(parent, FOLDER.format(now));
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            // Personal data and documents: readable by the account that runs Duban only.
            Files.createDirectory(partial, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
            BackupFormat.Manifest manifest = BackupFormat.write(snapshot, partial, keyCheck(), now, cipher);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            long bytes = size(target);
            jdbc.sql("""
                    update backup_run set finished_at = now(), folder = :f, tables = :t, rows = :r, bytes = :b, outcome = 'DONE'
                    where id = :id""")
                    .param("f", target.toString()).param("t", manifest.tables().size()).param("r", manifest.rows())
                    .param("b", bytes).param("id", id).update();
            audit.recordAloneAs(actor, "备份", "backup_run", id, null, Map.of("folder", target.toString(),
                    "tables", manifest.tables().size(), "rows", manifest.rows(), "bytes", bytes, "schema", manifest.schemaVersion()));
            log.info("备份完成：{}（{} 张表，{} 行，{} 字节）", target, manifest.tables().size(), manifest.rows(), bytes);
            prune(parent);
        } catch (IOException | SQLException | RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            jdbc.sql("update backup_run set finished_at = now(), outcome = 'FAILED', message = :m, folder = :f where id = :id")
                    .param("m", message.length() > 500 ? message.substring(0, 500) : message)
                    .param("f", target == null ? null : target.toString()).param("id", id).update();
            audit.recordAloneAs(actor, "备份失败", "backup_run", id, null, Map.of("reason", message));
            if (target != null) {
                deleteQuietly(target.resolveSibling(target.getFileName() + ".partial"));
            }
            throw e instanceof BackupFormat.BackupRefused r ? r : new IllegalStateException("备份失败：" + message, e);
        }
        return run(id);
    }

    /** The recent runs, newest first. */
    public List<BackupRun> recent() {
        return jdbc.sql("""
                select id, started_at, finished_at, trigger, actor, folder, tables, rows, bytes, outcome, message
                from backup_run order by started_at desc, id desc limit 30""").query(BackupRun.class).list();
    }

    BackupRun run(long id) {
        return jdbc.sql("""
                select id, started_at, finished_at, trigger, actor, folder, tables, rows, bytes, outcome, message
                from backup_run where id = :id""").param("id", id).query(BackupRun.class).single();
    }

    /**
     * Loads a backup folder into the fresh database behind {@code owner} (see {@link BackupFormat#restore}),
     * in one transaction, after checking that this installation's field key is the one the backup's data was sealed with.
     */
    BackupFormat.Manifest restore(DataSource owner, Path backup) throws IOException, SQLException {
        BackupFormat.Manifest manifest = BackupFormat.Manifest.read(backup.resolve(BackupFormat.MANIFEST));
        if (!manifest.keyCheck().equals(keyCheck())) {
            throw new BackupFormat.BackupRefused("备份所用的字段加密密钥与本实例不同：请把原实例的 keys/field.key 复制到新数据目录"
                    + "（或设置同一个 DUBAN_FIELD_KEY）后再恢复");
        }
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try {
                BackupFormat.restore(c, backup, cipher);
                c.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        return manifest;
    }

    /** The folder to restore from: {@code dir} itself when it is a backup, else its newest complete backup. */
    static Path chosen(Path dir) throws IOException {
        if (Files.exists(dir.resolve(BackupFormat.MANIFEST))) {
            return dir;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Backups::complete).max(Comparator.comparing(p -> p.getFileName().toString()))
                    .orElseThrow(() -> new BackupFormat.BackupRefused(dir + " 中没有完整的备份（缺少 " + BackupFormat.MANIFEST + "）"));
        }
    }

    private static boolean complete(Path p) {
        return p.getFileName().toString().matches(FOLDER_PATTERN) && Files.exists(p.resolve(BackupFormat.MANIFEST));
    }

    /** Keeps the newest {@code keep} complete backups; unfinished folders older than a day (a crash mid-backup) go too. */
    private void prune(Path parent) throws IOException {
        List<Path> backups;
        try (Stream<Path> s = Files.list(parent)) {
            backups = s.filter(Backups::complete).sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
        for (Path old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
            deleteQuietly(old);
            log.info("按保留份数 {} 删除旧备份 {}", keep, old);
        }
        try (Stream<Path> s = Files.list(parent)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".partial")).toList()) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(time.instant().minus(Duration.ofDays(1)))) {
                    deleteQuietly(p);
                }
            }
        }
    }

    private static Path freeName(Path parent, String name) {
        Path p = parent.resolve(name);
        for (int i = 2; Files.exists(p) || Files.exists(p.resolveSibling(p.getFileName() + ".partial")); i++) {
            p = parent.resolve(name + "-" + i);
        }
        return p;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    log.warn("无法删除 {}：{}", p, e.getMessage());
                }
            });
        } catch (IOException e) {
            log.warn("无法删除 {}：{}", dir, e.getMessage());
        }
    }
}
