package cn.duban.progress;

import cn.duban.levels.Rollups;
import cn.duban.time.CountyTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The office dashboard and the 红黑榜 against the province dataset ({@link ProvinceDataset}),
 * through the same {@link Dashboards} queries the pages run: a county office's whole
 * dashboard (completion by unit, status counts, trend, attention list, burden) for a random
 * county, one county plan's ranking for a random period, and the province roll-up. JMH's
 * sample mode reports the latency distribution; BENCHMARKS.md quotes p50 and p95.
 * Run: {@code ./mvnw -Pbench test-compile exec:exec -Djmh.args=DashboardBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
public class DashboardBenchmark {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private Dashboards dashboards;
    private List<Long> counties;
    private List<Long> periods;
    private List<Long> provinceAreas;

    @Setup(Level.Trial)
    public void open() throws Exception {
        JdbcClient jdbc = JdbcClient.create(ProvinceDataset.open());
        long province = ProvinceDataset.ensure(jdbc);
        dashboards = new Dashboards(jdbc, new ReportingPeriods(jdbc, null, new CountyTime(
                Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
                        ZoneId.of("Asia/Shanghai")),
                ZoneId.of("Asia/Shanghai"))),
                new StaticListableBeanFactory().getBeanProvider(AssessmentBasis.class), new Rollups(jdbc),
                new StaticListableBeanFactory().getBeanProvider(OverdueRectifications.class));
        provinceAreas = dashboards.areasUnder(province);
        counties = jdbc.sql("select distinct area_id from plan where created_by = 'bench'").query(Long.class).list();
        periods = jdbc.sql("""
                select rp.id from reporting_period rp join plan p on p.id = rp.plan_id
                where p.created_by = 'bench' and rp.due < :today""")
                .param("today", TODAY).query(Long.class).list();
        System.out.printf("%n%d areas, %d counties with plans, %d periods to rank%n", provinceAreas.size(),
                counties.size(), periods.size());
    }

    @Benchmark
    public void countyDashboard(Blackhole bh) {
        List<Long> county = List.of(counties.get(ThreadLocalRandom.current().nextInt(counties.size())));
        bh.consume(dashboards.byUnit(county, null, TODAY, false));
        bh.consume(dashboards.statusCounts(county, null, TODAY));
        bh.consume(dashboards.trend(county, null, TODAY.getYear()));
        bh.consume(dashboards.attention(county, null, TODAY, 100, null));
        bh.consume(dashboards.burden(county, TODAY.getYear(), false));
    }

    @Benchmark
    public void countyRanking(Blackhole bh) {
        bh.consume(dashboards.ranking(periods.get(ThreadLocalRandom.current().nextInt(periods.size()))));
    }

    @Benchmark
    public void provinceRollUp(Blackhole bh) {
        bh.consume(dashboards.byUnit(provinceAreas, null, TODAY, true));
        bh.consume(dashboards.statusCounts(provinceAreas, null, TODAY));
        bh.consume(dashboards.trend(provinceAreas, null, TODAY.getYear()));
        bh.consume(dashboards.attention(provinceAreas, null, TODAY, 100, null));
        bh.consume(dashboards.burden(provinceAreas, TODAY.getYear(), true));
    }
}
