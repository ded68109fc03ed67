package cn.duban;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * A .docx as LibreOffice sets it: converted to PDF under target/documents and its first page
 * rendered to PNG under target/screenshots, so a person can look at what Duban writes. Skips
 * where LibreOffice or poppler-utils are missing (.ci/run installs both).
 */
public final class DocumentRendering {

    private DocumentRendering() {
    }

    /** Returns the PDF's page count. */
    public static int render(byte[] docx, String name) throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        Path pdftoppm = Path.of("/usr/bin/pdftoppm");
        Assumptions.assumeTrue(Files.isExecutable(soffice) && Files.isExecutable(pdftoppm),
                "LibreOffice and poppler-utils are not installed (.ci/run installs them)");
        Path dir = Files.createDirectories(Path.of("target", "documents"));
        Path file = dir.resolve(name + ".docx");
        Files.write(file, docx);
        Process convert = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=file://" + Files.createTempDirectory("duban-lo").toAbsolutePath(),
                "--convert-to", "pdf", "--outdir", dir.toAbsolutePath().toString(), file.toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        String log = new String(convert.getInputStream().readAllBytes());
        assertThat(convert.waitFor(180, TimeUnit.SECONDS)).as(log).isTrue();
        assertThat(convert.exitValue()).as(log).isZero();
        Path pdf = dir.resolve(name + ".pdf");
        assertThat(pdf).exists();
        Process info = new ProcessBuilder("pdfinfo", pdf.toString()).redirectErrorStream(true).start();
        String out = new String(info.getInputStream().readAllBytes());
        assertThat(info.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("(A4)");
        Files.createDirectories(Path.of("target", "screenshots"));
        Process render = new ProcessBuilder(pdftoppm.toString(), "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                pdf.toString(), Path.of("target", "screenshots", name + "-page1").toString()).redirectErrorStream(true).start();
        assertThat(render.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(render.exitValue()).isZero();
        assertThat(Path.of("target", "screenshots", name + "-page1.png")).exists();
        Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(out);
        return pages.find() ? Integer.parseInt(pages.group(1)) : 0;
    }
}
