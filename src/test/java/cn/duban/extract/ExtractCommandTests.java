package cn.duban.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTests {

    @TempDir
    Path dir;

    @Test
    void writesQuantitiesAndOutlineForEachFileAndExitsTwoWhenOneIsUnreadable() throws IOException {
        Path plan = Files.writeString(dir.resolve("镇计划.txt"), "一、下一步工作打算\n年底前新建公厕3座。\n", StandardCharsets.UTF_8);
        Path pdf = Files.write(dir.resolve("扫描件.pdf"), "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        Path out = dir.resolve("out");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();

        int status = ExtractCommand.run(new String[]{"extract", "--out", out.toString(), plan.toString(), pdf.toString()},
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8).strip()).isEqualTo(pdf + ": 不支持 PDF 文件，请上传 .docx 或 .txt 格式的原文");
        assertThat(Files.readString(out.resolve("镇计划.jsonl")))
                .contains("\"surface\":\"3座\"", "\"kind\":\"target\"", "\"deadline\":\"" + Year.now() + "-12-31\"");
        assertThat(Files.readString(out.resolve("镇计划.outline.json"))).contains("\"title\" : \"下一步工作打算\"", "\"role\" : \"PLAN\"");
        assertThat(Files.exists(out.resolve("扫描件.jsonl"))).isFalse();
    }

    @Test
    void exitsZeroWhenEveryFileIsRead() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "完成造林2000亩。", StandardCharsets.UTF_8);
        int status = ExtractCommand.run(new String[]{"extract", "--year", "2024", "--out", dir.toString(), a.toString()},
                new PrintStream(OutputStream.nullOutputStream()), new PrintStream(OutputStream.nullOutputStream()));
        assertThat(status).isZero();
        assertThat(Files.readString(dir.resolve("a.jsonl"))).contains("\"base_value\":2000");
    }

    @Test
    void explainsItsUsage() {
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int status = ExtractCommand.run(new String[]{"extract"}, new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(64);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("用法");
    }

    /**
     * Hostile .docx files are refused by the real command in a JVM held to 512 MB, each within 5 s:
     * a zip bomb, an XML external entity, and 10,000 zip entries.
     */
    @Test
    void refusesHostileWordFilesQuicklyInASmallHeap() throws Exception {
        List<Path> files = List.of(zipBomb(dir.resolve("bomb.docx")), xxe(dir.resolve("xxe.docx")),
                manyEntries(dir.resolve("entries.docx")));
        for (Path file : files) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-cp", System.getProperty("java.class.path"), "cn.duban.DubanApplication",
                    "extract", "--out", dir.resolve("out").toString(), file.toString())
                    .redirectErrorStream(false).start();
            long start = System.nanoTime();
            boolean done = p.waitFor(30, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - start) / 1_000_000;
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(done).as("%s finished", file).isTrue();
            assertThat(p.exitValue()).as("%s: %s", file, err).isEqualTo(2);
            assertThat(err).as("reason for %s", file).contains(file.toString() + ": ").contains("已拒绝读取");
            assertThat(err).doesNotContain("Exception", "at org.");
            // Not a speed target (those live in BENCHMARKS.md): a bound that a zip bomb or an
            // entity expansion, which would run for minutes, cannot meet even on a loaded machine.
            // The JVM's own start is in this figure too; the refusal itself is a fraction of it.
            assertThat(millis).as("%s refused in %d ms", file, millis).isLessThan(20_000);
        }
    }

    private static Path zipBomb(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            write(zip, "[Content_Types].xml", Docx.CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            write(zip, "_rels/.rels", Docx.RELS.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(block); // 200 MB of spaces in a few hundred KB
            }
            zip.closeEntry();
        }
        return file;
    }

    private static Path xxe(Path file) throws IOException {
        return Files.write(file, Docx.xxe());
    }

    private static Path manyEntries(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            write(zip, "[Content_Types].xml", Docx.CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            write(zip, "_rels/.rels", Docx.RELS.getBytes(StandardCharsets.UTF_8));
            List<String> names = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                names.add("word/media/image" + i + ".png");
            }
            for (String name : names) {
                write(zip, name, new byte[]{1});
            }
        }
        return file;
    }

    private static void write(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
