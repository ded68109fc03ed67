package cn.duban.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database keeps what was committed through a killed JVM: the application is
 * started, killed with SIGKILL (its postgres child lives on, holding postmaster.pid), and
 * started again on the same data folder.
 */
class EmbeddedDatabaseRestartTests {

    @TempDir
    Path data;

    @Test
    void aKilledApplicationRestartsWithItsDataIntact() throws Exception {
        List<String> first = runUntilStarted(true);
        assertThat(first).anyMatch(l -> l.contains("首次启动"));
        // The initial passwords are in a file only this account can read, never in the log (issue 10).
        Path passwords = data.resolve("initial-passwords.txt");
        assertThat(Files.getPosixFilePermissions(passwords))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE);
        String ducha = Files.readAllLines(passwords).stream().filter(l -> l.startsWith("ducha")).findFirst().orElseThrow()
                .split("\\s+")[1];
        assertThat(ducha).hasSizeGreaterThanOrEqualTo(12);
        assertThat(first).noneMatch(l -> l.contains(ducha));
        assertThat(Files.exists(data.resolve("pg/postmaster.pid"))).as("the orphaned server still runs").isTrue();

        List<String> second = runUntilStarted(false);
        assertThat(second).anyMatch(l -> l.contains("上次未正常关闭的数据库进程"));
        assertThat(second).noneMatch(l -> l.contains("首次启动")).as("the demo county from the first run is still there");
    }

    /** Starts Duban, waits for it to be up, then kills it hard (or stops it cleanly) and returns its log. */
    private List<String> runUntilStarted(boolean kill) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "cn.duban.DubanApplication",
                "--server.port=0", "--management.server.port=0", "--duban.data-dir=" + data, "--spring.main.banner-mode=off")
                .redirectErrorStream(true);
        // This test is about the embedded server, also when the suite runs against an external one.
        builder.environment().keySet().removeIf(k -> k.startsWith("DUBAN_DB_"));
        Process app = builder.start();
        List<String> log = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
                log.add(line);
                if (line.contains("首次启动") || line.contains("不再创建示例县")) {
                    break; // the last thing a start does: the demo county is set up, or found
                }
            }
            assertThat(log).as("the application started").anyMatch(l -> l.contains("Started DubanApplication"));
        } finally {
            if (kill) {
                app.destroyForcibly();
            } else {
                app.destroy();
            }
            app.waitFor(60, TimeUnit.SECONDS);
        }
        return log;
    }
}
