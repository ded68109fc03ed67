package cn.duban.reports;

import cn.duban.DubanApplication;
import cn.duban.progress.BenchDatabase;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A county 月通报 and 工作小结 for a plan of 2,000 tasks, from its frozen period, written to
 * .docx by the application as wired in production (a Spring context on the benchmark
 * database): the snapshot queries, the words, and the GB/T 9704 document.
 * Run: {@code ./mvnw -Pbench test-compile exec:exec -Djmh.args=BulletinBenchmark} (the province
 * dataset of DashboardBenchmark must exist, or is generated first).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
public class BulletinBenchmark {

    private ConfigurableApplicationContext app;
    private PeriodDocuments documents;
    private long period;

    @Setup(Level.Trial)
    public void open() throws Exception {
        DataSource ds = BenchDatabase.open();
        JdbcClient jdbc = JdbcClient.create(ds);
        period = BenchDatabase.bulletinPeriod(jdbc);
        String url;
        String user;
        try (Connection c = ds.getConnection()) {
            url = c.getMetaData().getURL();
            user = c.getMetaData().getUserName();
        }
        app = new SpringApplicationBuilder(DubanApplication.class).run("--duban.db.url=" + url, "--duban.db.user=" + user,
                "--server.port=0", "--management.server.port=0", "--duban.reminders.enabled=false", "--duban.demo=false",
                "--spring.main.banner-mode=off");
        documents = app.getBean(PeriodDocuments.class);
        System.out.printf("%nbulletin of %d tasks%n", jdbc.sql("select count(*) from task_standing where period_id = :p")
                .param("p", period).query(Long.class).single());
    }

    @TearDown(Level.Trial)
    public void close() {
        app.close();
    }

    @Benchmark
    public byte[] bulletin() {
        return OfficialDocx.write(documents.bulletin(period,
                new PeriodDocuments.Letterhead("县政府督查室", 1, PeriodDocuments.Letterhead.COPY_TO), LocalDate.of(2026, 11, 2)).blocks());
    }

    @Benchmark
    public byte[] summary() {
        return OfficialDocx.write(documents.summary(period, "县政府督查室", LocalDate.of(2026, 11, 2)).blocks());
    }
}
