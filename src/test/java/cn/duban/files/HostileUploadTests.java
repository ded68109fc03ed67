package cn.duban.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.duban.extract.DocumentRejected;
import cn.duban.extract.DocumentText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Uploads built to exhaust memory or CPU (issue 10, holes 1 and 2), refused by a bounded look
 * inside before any parser sees them. What bounds the work is the byte limit of the look; the
 * time asserted is only the outer bound.
 */
class HostileUploadTests {

    @Test
    void aDocumentOfManySmallParagraphsPastTheBoundIsRefusedBeforeParsing() throws IOException {
        // 12 MB of tiny paragraphs: compresses well (so it passes a ratio check), inflates past the 10 MB bound.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            // Well-formed as far as it is read (its end is never reached), so the size bound is what refuses it.
            zip.write(("<w:document xmlns:w=\"" + HostileFiles.W + "\"><w:body>").getBytes(StandardCharsets.UTF_8));
            byte[] paragraph = "<w:p><w:r><w:t>一</w:t></w:r></w:p>".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 12L * 1024 * 1024; written += paragraph.length) {
                zip.write(paragraph);
            }
            zip.closeEntry();
        }
        assertThatThrownBy(() -> DocumentText.read("大文件.docx", out.toByteArray()))
                .isInstanceOf(DocumentRejected.class).hasMessageContaining("超过 10 MB");
    }

    @Test
    void anEvidenceZipBombIsNotInflatedInFull() throws IOException {
        // 1 GiB of zeros first (about a megabyte zipped), then the part that makes it look like Word.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] chunk = new byte[1 << 20];
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            for (int i = 0; i < 1024; i++) {
                zip.write(chunk);
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(10 * 1024 * 1024);
        long started = System.nanoTime();
        assertThatThrownBy(() -> CheckedFile.of("证明.docx", bomb)).isInstanceOf(FileRejected.class).hasMessageContaining("超过");
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(5_000);
    }

    @Test
    void entryFloodsAreRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < 1_001; i++) {
                zip.putNextEntry(new ZipEntry("word/part" + i + ".xml"));
                zip.closeEntry();
            }
        }
        assertThat(ZipBounds.inspect(out.toByteArray(), 1000, 1 << 20, 1 << 22).problem()).contains("数量超过 1000");
        assertThatThrownBy(() -> DocumentText.read("多.docx", out.toByteArray())).isInstanceOf(DocumentRejected.class);
    }
}
