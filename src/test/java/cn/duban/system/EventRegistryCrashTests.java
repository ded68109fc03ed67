package cn.duban.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.DubanApplication;
import cn.duban.progress.ReportState;
import cn.duban.progress.Reports;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A step's message survives the death of the JVM that took the step (issue 24, item 2). A node in a
 * JVM of its own returns a report to its unit; the step commits, and the message to the unit
 * ("报送被退回") is still being written — held here by a lock on the inbox table — when the JVM is
 * killed outright. The publication stays incomplete in the event registry; the next node to start
 * republishes it and the unit gets its message, once. Without the registry (a plain after-commit
 * listener, or no republication at start) the message is lost and this test fails.
 */
class EventRegistryCrashTests {

    @TempDir
    Path data;

    @Test
    void aMessageWhoseJvmDiedAfterTheStepIsSentByTheNextStart() throws Exception {
        try (DatabaseServer database = EmbeddedDatabase.start(data.resolve("db"))) {
            JdbcClient owner = JdbcClient.create(database.ownerDataSource());
            Process node = startNode(database);
            ConfigurableApplicationContext next = null;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
                    PrintStream in = new PrintStream(node.getOutputStream(), true, StandardCharsets.UTF_8)) {
                await(out, "READY");
                awaitTrue(() -> incomplete(owner) == 0, "the demo's own messages are all written");
                // A report the office has, sent back by the office: the demo's last accepted one, put back to 已报送.
                long report = owner.sql("select id from unit_report where state = 'ACCEPTED' order by id desc limit 1").query(Long.class)
                        .single();
                owner.sql("update unit_report set state = 'APPROVED' where id = :id").param("id", report).update();

                try (Connection lock = database.ownerDataSource().getConnection()) {
                    lock.setAutoCommit(false);
                    try (Statement s = lock.createStatement()) {
                        s.execute("lock table notification in exclusive mode"); // reads go on; the message's write waits
                    }
                    in.println("return " + report);
                    await(out, "COMMITTED");
                    assertThat(owner.sql("select state from unit_report where id = :id").param("id", report).query(String.class).single())
                            .as("the step committed").isEqualTo("RETURNED");
                    awaitTrue(() -> owner.sql("select count(*) from pg_locks where relation = 'notification'::regclass and not granted")
                            .query(Integer.class).single() > 0, "the message is being written, waiting for the inbox");
                    node.destroyForcibly(); // kill -9: no shutdown hook, no listener finishing
                    assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
                    lock.rollback();
                }
                assertThat(messages(owner, report)).as("the JVM died before the message was written").isZero();
                assertThat(owner.sql("select listener_id || ' ' || event_type from event_publication where completion_date is null")
                        .query(String.class).list()).as("the registry keeps the unhandled publication")
                        .singleElement().asString().contains("reminders.Workflow").contains("ReportMoved");

                next = TwoNodes.node(database, data, "next");
                awaitTrue(() -> messages(owner, report) == 1, "the next start sends the message");
                assertThat(owner.sql("select title from notification where report_id = :r and dedupe_key like 'workflow:returned:%'")
                        .param("r", report).query(String.class).single())
                        .startsWith("报送被退回：");
                awaitTrue(() -> incomplete(owner) == 0, "the publication is complete (and, completed, removed)");
                assertThat(messages(owner, report)).as("sent once").isEqualTo(1);
            } finally {
                node.destroyForcibly();
                if (next != null) {
                    next.close();
                }
            }
        }
    }

    private static int incomplete(JdbcClient owner) {
        return owner.sql("select count(*) from event_publication where completion_date is null").query(Integer.class).single();
    }

    private static int messages(JdbcClient owner, long report) {
        return owner.sql("select count(*) from notification where report_id = :r and dedupe_key like 'workflow:returned:%'")
                .param("r", report).query(Integer.class).single();
    }

    private Process startNode(DatabaseServer database) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), Node.class.getName()));
        command.addAll(TwoNodes.arguments(database, data, "crashing"));
        return new ProcessBuilder(command).redirectError(Files.createFile(data.resolve("node.err")).toFile()).start();
    }

    private static void await(BufferedReader out, String line) throws Exception {
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        for (String l; (l = out.readLine()) != null;) {
            if (l.equals(line)) {
                return;
            }
            if (System.nanoTime() > until) {
                break;
            }
        }
        throw new AssertionError("the node never said " + line);
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("never: " + what);
            }
            Thread.sleep(100);
        }
    }

    /** The node that dies: a Duban in its own JVM that takes the steps it is told on its standard input. */
    public static final class Node {
        public static void main(String[] args) throws Exception {
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            System.setOut(System.err); // the log goes to the error stream; the standard output only speaks to the test
            ConfigurableApplicationContext context = new SpringApplicationBuilder(DubanApplication.class).run(args);
            out.println("READY");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null;) {
                if (line.startsWith("return ")) {
                    long report = Long.parseLong(line.substring(7));
                    context.getBean(Reports.class).returnToUnit(report, UUID.randomUUID(), ReportState.APPROVED, "请补充佐证材料");
                    out.println("COMMITTED");
                }
            }
        }
    }
}
