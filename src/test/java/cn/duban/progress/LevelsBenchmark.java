package cn.duban.progress;

import cn.duban.levels.Rollups;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 逐级汇总 on the province dataset with its levels ({@link ProvinceDataset#levels}): the city page
 * of an assigned task — a random city's share of a province task, across its counties down to
 * their townships (≈7 counties, 140 reporting parts) — and, for scale, a province task across
 * all 14 cities, 100 counties and 2,000 townships. Through {@link Rollups#of}, as the page, the
 * API and the export call it. Run: {@code ./mvnw -Pbench test-compile exec:exec -Djmh.args=LevelsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
public class LevelsBenchmark {

    private Rollups rollups;
    private List<Long> cityTasks;
    private List<Long> provinceTasks;

    @Setup(Level.Trial)
    public void open() throws Exception {
        JdbcClient jdbc = JdbcClient.create(ProvinceDataset.open());
        long plan = ProvinceDataset.levels(jdbc);
        rollups = new Rollups(jdbc);
        provinceTasks = jdbc.sql("select id from task where plan_id = :p").param("p", plan).query(Long.class).list();
        cityTasks = jdbc.sql("""
                select t.id from task t join plan p on p.id = t.plan_id join organisation o on o.id = p.area_id
                where p.created_by = 'bench-levels' and o.kind = 'CITY'""").query(Long.class).list();
        Rollups.Node sample = rollups.of(cityTasks.get(0), DashboardBenchmark.TODAY);
        System.out.printf("%n%d city tasks, %d province tasks; a city task has %d nodes: %s%n", cityTasks.size(),
                provinceTasks.size(), Rollups.flat(sample).size(), sample.reason());
    }

    @Benchmark
    public Rollups.Node cityPage() {
        return rollups.of(cityTasks.get(ThreadLocalRandom.current().nextInt(cityTasks.size())), DashboardBenchmark.TODAY);
    }

    @Benchmark
    public Rollups.Node provinceTask() {
        return rollups.of(provinceTasks.get(ThreadLocalRandom.current().nextInt(provinceTasks.size())), DashboardBenchmark.TODAY);
    }
}
