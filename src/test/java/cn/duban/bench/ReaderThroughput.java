package cn.duban.bench;

import cn.duban.extract.DocumentText;
import cn.duban.extract.Extraction;
import cn.duban.extract.Reader;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole reader (normalise + outline + quantities + tasks) over the whole dev corpus, beside
 * HanLP portable's standard segmenter on the same text in the same run. One operation reads
 * every document once; characters per second = operations per second × the corpus's
 * characters, which setup prints. Run: {@code ./mvnw -Pbench test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 2, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class ReaderThroughput {

    private final List<String> names = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();

    @Setup
    public void load() throws IOException {
        Path dev = Path.of(System.getProperty("duban.shared", "../shared")).resolve("corpus/dev");
        try (Stream<Path> files = Files.list(dev)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                names.add(p.getFileName().toString());
                texts.add(DocumentText.read(p.getFileName().toString(), Files.readAllBytes(p)));
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        System.out.println("\ncorpus: " + texts.size() + " documents, " + chars + " characters per operation");
    }

    @Benchmark
    public void reader(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) {
            Extraction e = Reader.read(names.get(i), texts.get(i), null);
            bh.consume(e);
        }
    }

    @Benchmark
    public void hanlpStandardSegmenter(Blackhole bh) {
        for (String text : texts) {
            bh.consume(StandardTokenizer.segment(text));
        }
    }
}
