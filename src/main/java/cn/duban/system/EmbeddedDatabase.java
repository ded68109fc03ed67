package cn.duban.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL that Duban runs on when no server is configured: a real PostgreSQL from
 * zonky's binaries, keeping its data in a folder of ours. zonky's defaults are for throwaway
 * tests (data deleted on close, fsync off, every local user trusted as superuser); an office's
 * ledger needs the opposite:
 * <ul>
 * <li>password (SCRAM) authentication for every connection, with secrets generated on first
 *     start and kept beside the data in {@code db-secrets.properties}, readable by its owner only;</li>
 * <li>the server's socket in a folder of the data directory that only its owner can enter (no
 *     socket at all when the path is too long for one), TCP on the loopback address only;</li>
 * <li>the superuser used only here, at start; the schema owned by {@code duban_owner}, who runs
 *     the migrations; the application connecting as {@code duban_app}.</li>
 * </ul>
 * A data folder made by an earlier Duban (trust, everything owned by the superuser) is brought
 * to this state at its first start.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    static final String OWNER = "duban_owner";
    static final String APP = "duban_app";
    private static final String SECRETS = "db-secrets.properties";

    private final EmbeddedPostgres postgres;
    private final FileLock lock;

    private EmbeddedDatabase(EmbeddedPostgres postgres, FileLock lock) {
        this.postgres = postgres;
        this.lock = lock;
    }

    /** Starts (and on first use creates) the server in {@code dataDir/pg}. */
    static DatabaseServer start(Path dataDir) {
        Path pgData = dataDir.resolve("pg");
        Path pwFile = dataDir.resolve(".initdb-pw");
        try {
            Files.createDirectories(dataDir);
            FileLock lock = lock(dataDir);
            Properties secrets;
            try {
                secrets = secrets(dataDir.resolve(SECRETS));
                stopStaleServer(pgData);
            } catch (IOException | RuntimeException e) {
                release(lock);
                throw e;
            }
            boolean fresh = !Files.exists(pgData.resolve("postgresql.conf"));
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    // Spring stops the server after the pool and everything that still writes at shutdown (the event
                    // registry); zonky's own JVM hook would race it and leave those waiting on a stopped server.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setServerConfig("unix_socket_directories", socketDirectory(dataDir))
                    .setServerConfig("unix_socket_permissions", "0700")
                    .setLocaleConfig("encoding", "UTF8")
                    // zonky's readiness check connects as the superuser: with its password.
                    .setConnectConfig("password", secrets.getProperty("superuser"))
                    .setPGStartupWait(Duration.ofSeconds(30));
            if (fresh) {
                // initdb's own -A trust is overridden by the later --auth; the superuser's password comes from a file.
                writePrivately(pwFile, secrets.getProperty("superuser"));
                builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", pwFile.toAbsolutePath().toString());
            }
            EmbeddedPostgres postgres;
            try {
                postgres = builder.start();
            } catch (IOException | RuntimeException e) {
                release(lock);
                throw e;
            } finally {
                Files.deleteIfExists(pwFile);
            }
            EmbeddedDatabase server = new EmbeddedDatabase(postgres, lock);
            try {
                server.secure(pgData, secrets);
            } catch (SQLException | IOException | RuntimeException e) {
                server.close();
                throw new IllegalStateException("无法为嵌入式 PostgreSQL 设置角色与认证", e);
            }
            log.info("嵌入式 PostgreSQL 已启动，数据目录 {}，端口 {}（口令认证，应用角色 {}）",
                    pgData.toAbsolutePath(), postgres.getPort(), APP);
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            return new DatabaseServer(url, OWNER, secrets.getProperty(OWNER), APP, secrets.getProperty(APP), server);
        } catch (IOException e) {
            throw new UncheckedIOException("无法启动嵌入式 PostgreSQL（数据目录 " + pgData + "）", e);
        }
    }

    /**
     * Brings the server to the state described above; every step may be repeated. A trust line in
     * pg_hba.conf marks a folder from an earlier Duban: the superuser gets its password and the
     * file is replaced before anything else happens.
     */
    private void secure(Path pgData, Properties secrets) throws SQLException, IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            Path hba = pgData.resolve("pg_hba.conf");
            boolean trusting = Files.readAllLines(hba).stream()
                    .map(String::strip).anyMatch(l -> !l.startsWith("#") && l.matches(".*\\btrust\\b.*"));
            if (trusting) {
                log.warn("数据目录来自旧版本（本机连接免口令），正在改为口令认证");
                s.execute("alter role postgres password " + literal(secrets.getProperty("superuser")));
                Files.writeString(hba, """
                        # Duban: every connection authenticates with a password (SCRAM); TCP only from this machine.
                        local   all   all                 scram-sha-256
                        host    all   all   127.0.0.1/32  scram-sha-256
                        host    all   all   ::1/128       scram-sha-256
                        """);
                s.execute("select pg_reload_conf()");
            }
            for (String role : new String[]{OWNER, APP}) {
                s.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + role + "') then create role "
                        + role + "; end if; end $$");
                s.execute("alter role " + role + " with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password "
                        + literal(secrets.getProperty(role)));
            }
            s.execute("grant create, usage on schema public to " + OWNER);
            s.execute("revoke create on schema public from public");
            // What an earlier Duban created as the superuser now belongs to the owner (tables carry their sequences).
            s.execute("""
                    do $$ declare r record; begin
                      for r in select c.oid::regclass as name, c.relkind from pg_class c
                               join pg_namespace n on n.oid = c.relnamespace
                               where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S')
                                 and c.relowner <> '%1$s'::regrole
                                 and not (c.relkind = 'S' and exists (select 1 from pg_depend d
                                          where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype in ('a', 'i')))
                      loop
                        execute format('alter %%s %%s owner to %1$s',
                          case r.relkind when 'S' then 'sequence' when 'v' then 'view' when 'm' then 'materialized view' else 'table' end,
                          r.name);
                      end loop;
                      for r in select p.oid::regprocedure as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                               where n.nspname = 'public' and p.proowner <> '%1$s'::regrole
                      loop
                        execute format('alter routine %%s owner to %1$s', r.name);
                      end loop;
                    end $$""".formatted(OWNER));
        }
    }

    /** The generated secrets, made on first start and readable by the file's owner only. */
    private static Properties secrets(Path file) throws IOException {
        Properties secrets = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                secrets.load(in);
            }
        }
        boolean added = false;
        for (String key : new String[]{"superuser", OWNER, APP}) {
            if (secrets.getProperty(key, "").isBlank()) {
                secrets.setProperty(key, randomSecret());
                added = true;
            }
        }
        if (added) {
            Path temp = file.resolveSibling(file.getFileName() + ".new");
            Files.deleteIfExists(temp);
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.ISO_8859_1)) {
                secrets.store(out, "Duban embedded PostgreSQL secrets - keep private, back up with the data");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return secrets;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Generated secrets are base64url; quoting keeps the statement right whatever they hold. */
    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static void writePrivately(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content + "\n");
    }

    /**
     * The socket lives in {@code dataDir/pg-run} (mode 0700). A Unix socket's path is limited to
     * 107 bytes and pg_ctl passes options through the shell, so a path that is long or holds
     * anything but plain characters means no socket at all: TCP on the loopback is enough.
     */
    private static String socketDirectory(Path dataDir) throws IOException {
        Path run = dataDir.resolve("pg-run").toAbsolutePath().normalize();
        String path = run.toString();
        if (path.length() + "/.s.PGSQL.65535.lock".length() > 100 || !path.matches("[A-Za-z0-9/._-]+")) {
            return "''";
        }
        Files.createDirectories(run);
        Files.setPosixFilePermissions(run, PosixFilePermissions.fromString("rwx------"));
        return path;
    }

    /**
     * Whether a running Duban holds this data directory: it keeps an OS lock on
     * {@code duban.lock} while its server runs. The OS drops the lock with a killed JVM, so an
     * orphaned server left behind never counts as in use (the next start stops it).
     */
    static boolean inUse(Path dataDir) {
        if (HELD.containsKey(dataDir.toAbsolutePath().normalize())) {
            return true; // by this JVM: probing with a second channel would drop the lock (POSIX locks are per process)
        }
        try (FileChannel probe = lockChannel(dataDir)) {
            FileLock lock = probe.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void release(FileLock lock) throws IOException {
        HELD.values().remove(lock);
        lock.channel().close();
    }

    /** The data directories whose lock this JVM holds. */
    private static final Map<Path, FileLock> HELD = new ConcurrentHashMap<>();

    private static FileChannel lockChannel(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        return FileChannel.open(dataDir.resolve("duban.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    /** Takes the data directory's lock, or refuses: two Dubans on one folder would stop each other's server. */
    private static FileLock lock(Path dataDir) throws IOException {
        if (HELD.containsKey(dataDir.toAbsolutePath().normalize())) {
            throw new IllegalStateException("数据目录 " + dataDir.toAbsolutePath() + " 正由本进程中的另一个 Duban 使用");
        }
        FileChannel channel = lockChannel(dataDir);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("数据目录 " + dataDir.toAbsolutePath() + " 正由另一个运行中的 Duban 使用");
        }
        HELD.put(dataDir.toAbsolutePath().normalize(), lock);
        return lock;
    }

    /**
     * After a killed JVM, its postgres child lives on and holds postmaster.pid; a new start
     * would wait and fail. Stop that server first, cleanly, so no committed write is lost.
     */
    private static void stopStaleServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
        Optional<ProcessHandle> stale = first.chars().allMatch(Character::isDigit) && !first.isEmpty()
                ? ProcessHandle.of(Long.parseLong(first))
                : Optional.empty();
        if (stale.isPresent() && stale.get().isAlive()
                && stale.get().info().command().map(c -> c.contains("postgres")).orElse(false)) {
            log.warn("发现上次未正常关闭的数据库进程 {}，正在停止", first);
            stale.get().destroy(); // SIGTERM: PostgreSQL's "smart" shutdown, it checkpoints first
            try {
                stale.get().onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IOException("上次的数据库进程 " + first + " 未能在 30 秒内停止", e);
            }
        }
        Files.deleteIfExists(pidFile);
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            release(lock);
        }
    }
}
