package cn.duban.assessment;

import cn.duban.progress.BenchDatabase;
import cn.duban.progress.ProvinceDataset;
import java.time.LocalDate;
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
 * The annual 考核 of a county on the province dataset: its scheme weighing five plans (four of
 * 275 tasks and its part of the province's assigned tasks, 100 parts), eleven months of
 * standings (≈13,000 rows), a dozen items; read, scored and ranked as the page, the API and the
 * exports do. Run: {@code ./mvnw -Pbench test-compile exec:exec -Djmh.args=AssessmentBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
public class AssessmentBenchmark {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private Assessments assessments;
    private Scores scores;
    private List<Long> counties;

    @Setup(Level.Trial)
    public void open() throws Exception {
        JdbcClient jdbc = JdbcClient.create(BenchDatabase.open());
        ProvinceDataset.levels(jdbc);
        assessments = new Assessments(jdbc, null, null); // reads only
        scores = new Scores(jdbc);
        counties = jdbc.sql("select area_id from assessment_scheme where created_by = 'bench'").query(Long.class).list();
        Scores.Result sample = annual();
        System.out.printf("%n%d counties with a scheme; a county has %d units scored%n", counties.size(), sample.units().size());
    }

    @Benchmark
    public Scores.Result annual() {
        long county = counties.get(ThreadLocalRandom.current().nextInt(counties.size()));
        Assessments.Scheme scheme = assessments.scheme(county, 2026).orElseThrow();
        return scores.of(scheme, assessments.items(scheme.id()), TODAY);
    }
}
