package cn.duban.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The PostgreSQL that Duban runs on when no server is configured: a real PostgreSQL from
 * zonky's binaries, keeping its data in a folder of ours. zonky's defaults are for throwaway
 * tests (data deleted on close, fsync off); an office's ledger needs the opposite.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            stopStaleServer(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setLocaleConfig("encoding", "UTF8")
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .start();
            log.info("嵌入式 PostgreSQL 已启动，数据目录 {}，端口 {}", dataDirectory.toAbsolutePath(), postgres.getPort());
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("无法启动嵌入式 PostgreSQL（数据目录 " + dataDirectory + "）", e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
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
                ? ProcessHandle.of(Long.parseLong(first)) : Optional.empty();
        if (stale.isPresent() && stale.get().isAlive()
                && stale.get().info().command().map(c -> c.contains("postgres")).orElse(false)) {
            log.warn("发现上次未正常关闭的数据库进程 {}，正在停止", first);
            stale.get().destroy(); // SIGTERM: PostgreSQL's "smart" shutdown, it checkpoints first
            try {
                stale.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IOException("上次的数据库进程 " + first + " 未能在 30 秒内停止", e);
            }
        }
        Files.deleteIfExists(pidFile);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
