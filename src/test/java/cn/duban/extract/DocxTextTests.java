package cn.duban.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader (issue 10, hole 1) reads ordinary documents exactly as POI's whole-document
 * model did — documents built here, and documents LibreOffice writes from the corpus and from
 * our own 通报 — and differs only where the old text was wrong.
 */
class DocxTextTests {

    private static String stream(byte[] docx) throws DocxText.Unreadable {
        return DocxText.read(docx, DocumentText.MAX_ENTRY, DocumentText.MAX_CHARS);
    }

    @Test
    void documentsBuiltHereReadAsPoiReadThem() throws Exception {
        byte[] docx = new Docx()
                .paragraph("青川县2026年重点工作任务")
                .numbered(0, "总体要求")
                .numbered(1, "工作目标")
                .paragraph("到2026年底，新建高标准农田3万亩。")
                .numbered(1, "重点任务")
                .numbered(0, "保障措施")
                .table(new String[][]{{"序号", "任务", "牵头单位"}, {"1", "新建村级活动场所5个", "县民政局"}})
                .paragraph("末段")
                .bytes();
        String text = stream(docx);
        assertThat(text).isEqualTo(PoiDocxText.read(docx));
        assertThat(text).contains("一、总体要求\n（一）工作目标\n", "（二）重点任务\n二、保障措施\n", "1\t新建村级活动场所5个\t县民政局\n");
    }

    @Test
    void documentsLibreOfficeWritesReadAsPoiReadThem() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        Assumptions.assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed (.ci/run installs it)");
        Path dir = Files.createTempDirectory("duban-docx");
        List<Path> inputs = new ArrayList<>();
        Path shared = Path.of(System.getProperty("duban.shared", "../shared")).resolve("corpus/dev");
        if (Files.isDirectory(shared)) {
            try (Stream<Path> files = Files.list(shared)) {
                files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(4).forEach(f -> inputs.add(copy(f, dir)));
            }
        }
        Path built = dir.resolve("built.docx");
        Files.write(built, new Docx().numbered(0, "总体要求").numbered(1, "目标").paragraph("正文")
                .table(new String[][]{{"甲", "乙"}, {"1", "2"}}).bytes());
        inputs.add(built);
        Path out = Files.createDirectories(dir.resolve("out"));
        List<String> command = new ArrayList<>(List.of(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=file://" + Files.createTempDirectory("duban-lo").toAbsolutePath(),
                "--infilter=Text (encoded):UTF8,LF,,,", "--convert-to", "docx:MS Word 2007 XML", "--outdir", out.toString()));
        inputs.stream().filter(p -> p.toString().endsWith(".txt")).forEach(p -> command.add(p.toString()));
        if (command.get(command.size() - 1).endsWith(".txt")) {
            Process convert = new ProcessBuilder(command).redirectErrorStream(true).start();
            String log = new String(convert.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(convert.waitFor(180, TimeUnit.SECONDS)).as(log).isTrue();
        }
        Process roundTrip = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=file://" + Files.createTempDirectory("duban-lo").toAbsolutePath(),
                "--convert-to", "docx:MS Word 2007 XML", "--outdir", out.resolve("rt").toString(), built.toString())
                .redirectErrorStream(true).start();
        roundTrip.getInputStream().readAllBytes();
        assertThat(roundTrip.waitFor(180, TimeUnit.SECONDS)).isTrue();

        List<Path> written = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            files.filter(f -> f.toString().endsWith(".docx")).forEach(written::add);
        }
        assertThat(written).isNotEmpty();
        for (Path docx : written) {
            byte[] bytes = Files.readAllBytes(docx);
            assertThat(stream(bytes)).as(docx.getFileName().toString()).isEqualTo(PoiDocxText.read(bytes));
        }
        assertThat(stream(Files.readAllBytes(out.resolve("rt/built.docx")))).contains("一、总体要求", "（一）目标", "甲\t乙");
    }

    private static Path copy(Path from, Path dir) {
        try {
            return Files.copy(from, dir.resolve(from.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void trackedDeletionsFieldCodesAndTextBoxesAreNotReadButInsertionsAre() throws Exception {
        String body = """
                <w:p><w:r><w:t xml:space="preserve">完成投资</w:t></w:r>
                  <w:del w:id="1" w:author="a"><w:r><w:delText>3亿元</w:delText></w:r></w:del>
                  <w:ins w:id="2" w:author="a"><w:r><w:t>4亿元</w:t></w:r></w:ins>
                  <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>
                  <w:r><w:fldChar w:fldCharType="end"/></w:r>
                  <w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">
                    <w:txbxContent><w:p><w:r><w:t>图注</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing></w:r>
                  <w:r><w:tab/><w:t>，同比增长</w:t><w:br/><w:t>12%</w:t></w:r>
                  <w:hyperlink r:id="x" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:t>（详见附件）</w:t></w:r></w:hyperlink>
                </w:p>""";
        assertThat(stream(document(body))).isEqualTo("完成投资4亿元\t，同比增长\n12%（详见附件）\n");
    }

    @Test
    void aCellOverTwoColumnsStandsForBothAndARowOfOneCellStaysOne() throws Exception {
        String cell = "<w:tc><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>";
        String spanning = "<w:tc><w:tcPr><w:gridSpan w:val=\"%d\"/></w:tcPr><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>";
        String table = "<w:tbl>"
                + "<w:tr>" + cell.formatted("指标") + spanning.formatted(2, "完成情况") + cell.formatted("完成率") + "</w:tr>"
                + "<w:tr>" + cell.formatted("") + cell.formatted("11月") + cell.formatted("1—11月累计") + cell.formatted("") + "</w:tr>"
                + "<w:tr>" + spanning.formatted(4, "一、葡萄产业提质增效") + "</w:tr>"
                + "<w:tr>" + cell.formatted("新建标准化葡萄园") + cell.formatted("120亩") + cell.formatted("680亩") + cell.formatted("85.0%")
                + "</w:tr></w:tbl>";
        assertThat(stream(document(table))).isEqualTo("指标\t完成情况\t\t完成率\n\t11月\t1—11月累计\t\n一、葡萄产业提质增效\n"
                + "新建标准化葡萄园\t120亩\t680亩\t85.0%\n");
    }

    @Test
    void textPastTheLimitStopsTheReadWhileStreaming() {
        StringBuilder body = new StringBuilder();
        String paragraph = "<w:p><w:r><w:t>" + "字".repeat(1000) + "</w:t></w:r></w:p>";
        for (int i = 0; i < 2_100; i++) {
            body.append(paragraph);
        }
        Assertions.assertThatThrownBy(() -> stream(document(body.toString())))
                .isInstanceOf(DocxText.Unreadable.class).hasMessageContaining("200 万字");
    }

    static byte[] document(String body) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                + "wordprocessingml/2006/main\"><w:body>" + body + "</w:body></w:document>";
        return Docx.zip(new String[]{"[Content_Types].xml", "_rels/.rels", "word/document.xml"},
                new byte[][]{Docx.CONTENT_TYPES.getBytes(StandardCharsets.UTF_8), Docx.RELS.getBytes(StandardCharsets.UTF_8),
                        xml.getBytes(StandardCharsets.UTF_8)});
    }
}
