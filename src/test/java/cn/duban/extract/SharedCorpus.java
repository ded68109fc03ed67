package cn.duban.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The shared corpus beside the clone; tests that need it are skipped where it is absent (CI always has it). */
final class SharedCorpus {

    private SharedCorpus() {
    }

    static Path dev() {
        Path dir = Path.of(System.getProperty("duban.shared", "../shared")).resolve("corpus/dev");
        Assumptions.assumeTrue(Files.isDirectory(dir), "../shared/corpus/dev is not beside the clone");
        return dir;
    }
}
