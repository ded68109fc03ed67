package cn.duban.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, hole 1 and the battery's memory bar: four uploads at once of the heaviest hostile
 * files and the largest legitimate ones, in a JVM whose heap is capped at 512 MB. Before the
 * streaming reader, one 60 MB-of-paragraphs document took the heap from 0.14 to 1.8 GB.
 */
class HostileHeapTests {

    @Test
    void fourUploadsAtOnceStayUnder512MegabytesOfHeap() throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), HostileHeapMain.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(300, TimeUnit.SECONDS)).as(out).isTrue();
        assertThat(child.exitValue()).as(out).isZero();
        assertThat(out).contains("PEAK HEAP MB");
        System.out.println("Hostile uploads, four at once: " + out.lines().filter(l -> l.startsWith("PEAK")).findFirst().orElse(""));
    }
}
