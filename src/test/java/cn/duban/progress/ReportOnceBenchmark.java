package cn.duban.progress;

import cn.duban.extract.DocumentText;
import cn.duban.extract.Extraction;
import cn.duban.extract.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Report once (issue 25): one 工作汇报 from its uploaded bytes to the proposals for a report — the document's text
 * (.docx unpacked or .txt decoded), the reader (normalise, outline, quantities), and the matcher against the 16
 * tasks and 16 indicators of 清河镇's ledger with last period's values. Each dev document, and a long one: the
 * .txt report 20 times over (~25,000 characters, some 1,100 figures), as a county department's yearly summary might
 * be. The database's part (the report's lines, the area's units: three indexed queries) is not in it.
 * Run: {@code ./mvnw -Pbench test-compile exec:exec -Djmh.args=ReportOnceBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReportOnceBenchmark {

    @Param({"a-qinghe-1-11.txt", "b-qinghe-november.docx", "c-qinghe-summary-traditional.txt", "long.txt"})
    public String document;

    private byte[] bytes;
    private String name;
    private List<ReportLine> lines;
    private AchievementMatcher.Setting setting;

    @Setup
    public void load() {
        name = document;
        if (document.equals("long.txt")) {
            String one = new String(ReportOnceFixture.resource("qinghe/a-qinghe-1-11.txt"), StandardCharsets.UTF_8);
            bytes = one.repeat(20).getBytes(StandardCharsets.UTF_8);
        } else {
            bytes = ReportOnceFixture.resource("qinghe/" + document);
        }
        Map<String, String> titles = new LinkedHashMap<>();
        for (String[] row : ReportOnceFixture.rows("qinghe/ledger.tsv")) {
            titles.put(row[0], row[1]);
        }
        Map<String, List<ReportLine.Measure>> measures = new HashMap<>();
        Map<String, Map<Long, BigDecimal>> previous = new HashMap<>();
        long id = 0;
        for (String[] row : ReportOnceFixture.rows("qinghe/indicators.tsv")) {
            long task = Long.parseLong(row[0]);
            measures.computeIfAbsent(row[0], k -> new ArrayList<>())
                    .add(new ReportLine.Measure(++id, task, row[2], new BigDecimal(row[4]), row[5], row[3]));
            previous.computeIfAbsent(row[0], k -> new HashMap<>()).put(id, new BigDecimal(row[7]));
        }
        lines = new ArrayList<>();
        Map<Long, LocalDate> previousEnds = new HashMap<>();
        for (Map.Entry<String, String> t : titles.entrySet()) {
            long task = Long.parseLong(t.getKey());
            ReportLine.Entry last = new ReportLine.Entry(task, 1, task, 1, previous.getOrDefault(t.getKey(), Map.of()), null,
                    "按计划推进", "", "", false, false, false, null, false, "bench", null);
            lines.add(new ReportLine(task, t.getKey(), t.getValue(), null, measures.getOrDefault(t.getKey(), List.of()), null, last));
            previousEnds.put(task, LocalDate.of(2026, 10, 31));
        }
        setting = new AchievementMatcher.Setting("清河镇", List.of("县住房和城乡建设局", "县发展和改革局", "县农业农村局", "县交通运输局",
                "县生态环境局", "县自然资源局", "白沙村", "桥头村", "河东村", "石桥镇", "龙坪乡", "石桥村"),
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), previousEnds, Map.of());
        AchievementMatcher.Reading once = readAndMatch();
        System.out.printf("%n%s: %d characters, %d proposals, %d unmatched%n", document,
                DocumentText.read(name, bytes).length(), once.proposals().size(), once.unmatched().size());
    }

    @Benchmark
    public AchievementMatcher.Reading readAndMatch() {
        String text = DocumentText.read(name, bytes);
        Extraction e = Reader.read(name, text, null, 2026);
        return AchievementMatcher.match(e, text, lines, setting);
    }
}
