package cn.duban.files;

import static cn.duban.files.HostileFiles.CONTENT_TYPES;
import static cn.duban.files.HostileFiles.RELS;
import static cn.duban.files.HostileFiles.TEXT;
import static cn.duban.files.HostileFiles.W;
import static cn.duban.files.HostileFiles.concat;
import static cn.duban.files.HostileFiles.document;
import static cn.duban.files.HostileFiles.docx;
import static cn.duban.files.HostileFiles.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.duban.extract.DocumentRejected;
import cn.duban.extract.DocumentText;
import cn.duban.reports.OfficialDocx;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, item 7: evidence and the reader look inside a Word file as closely as the imports do —
 * nested archives, macros, symlinks, a central directory that disagrees with the entries, XML that is
 * not well-formed or nests too deep. Each hostile file is refused by both doors; Word files as Word, LibreOffice and POI write them (charts with their
 * embedded workbooks included) still pass.
 */
class ContainerChecksTests {

    /** The reader's bounds (DocumentText) and the evidence's (CheckedFile). */
    private static ZipBounds.Inspection reader(byte[] b) {
        return ZipBounds.inspect(b, 1000, DocumentText.MAX_ENTRY, 3 * DocumentText.MAX_ENTRY);
    }

    private static ZipBounds.Inspection evidence(byte[] b) {
        return ZipBounds.inspect(b, 1000, 16L * 1024 * 1024, 48L * 1024 * 1024);
    }

    /** Refused by the bounded look with the given reason, and by both doors that use it. */
    private static void refusedEverywhere(byte[] file, String reason) {
        assertThat(reader(file).problem()).contains(reason);
        assertThat(evidence(file).problem()).contains(reason);
        assertThatThrownBy(() -> CheckedFile.of("证明.docx", file)).isInstanceOf(FileRejected.class).hasMessageContaining(reason);
        assertThatThrownBy(() -> DocumentText.read("上传.docx", file)).isInstanceOf(DocumentRejected.class).hasMessageContaining(reason);
    }

    private static void passesEverywhere(byte[] file) {
        assertThat(reader(file).problem()).isNull();
        assertThat(evidence(file).problem()).isNull();
        assertThat(CheckedFile.of("证明.docx", file).contentType()).contains("wordprocessingml");
    }

    // ---- nested archives ----

    @Test
    void anEmbeddedZipInflatingPastTheRemainingBudgetIsRefusedQuickly() {
        byte[] bomb = HostileFiles.embeddedZipBomb(512);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        long started = System.nanoTime();
        refusedEverywhere(bomb, "嵌入的压缩文件");
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(5_000);
    }

    @Test
    void aZipInAZipInAZipIsRefused() {
        byte[] inner = zip("a.xml", "<a/>".getBytes(StandardCharsets.UTF_8));
        byte[] middle = zip("inner.zip", inner);
        refusedEverywhere(docx("word/document.xml", document(TEXT), "word/embeddings/x.xlsx", middle), "层层嵌套");
        // One level is allowed: a small workbook embedded as an object.
        passesEverywhere(docx("word/document.xml", document(TEXT), "word/embeddings/x.xlsx", inner));
    }

    @Test
    void anEmbeddedArchiveIsCheckedLikeTheFileItself() {
        byte[] macroWorkbook = zip("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8), "xl/vbaProject.bin", new byte[64]);
        refusedEverywhere(docx("word/document.xml", document(TEXT), "word/embeddings/x.xlsm", macroWorkbook), "宏");
        byte[] brokenXml = zip("xl/workbook.xml", "<workbook>".getBytes(StandardCharsets.UTF_8));
        refusedEverywhere(docx("word/document.xml", document(TEXT), "word/embeddings/x.xlsx", brokenXml), "XML");
    }

    @Test
    void wordFilesWithChartsAndTheirEmbeddedWorkbooksPass() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("到2026年底新建高标准农田3万亩。");
            var chart = doc.createChart(5_000_000, 3_000_000);
            chart.getWorkbook().getSheetAt(0).createRow(0).createCell(0).setCellValue("面积");
            doc.write(out);
            byte[] file = out.toByteArray();
            assertThat(reader(file).names()).anyMatch(n -> n.startsWith("word/embeddings/") && n.endsWith(".xlsx"));
            passesEverywhere(file);
            assertThat(DocumentText.read("图表.docx", file)).contains("高标准农田");
        }
    }

    @Test
    void generatedAndPoiWrittenWordFilesPass() throws IOException {
        passesEverywhere(OfficialDocx.write(List.of(new OfficialDocx.Title("关于2026年重点工作进展情况的通报"),
                new OfficialDocx.Recipients("各乡镇人民政府："), new OfficialDocx.Heading1("一、总体情况"),
                new OfficialDocx.Body("截至10月底，全县新建高标准农田2.6万亩。"), new OfficialDocx.Signature("县政府督查室"))));
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("正文 & <特殊> 字符 \"引号\"");
            doc.createTable(3, 3).getRow(1).getCell(1).setText("表格");
            doc.write(out);
            passesEverywhere(out.toByteArray());
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("台账").createRow(0).createCell(0).setCellValue("任务");
            wb.write(out);
            assertThat(ZipBounds.inspect(out.toByteArray(), 1000, 4L * 1024 * 1024, 12L * 1024 * 1024).problem()).isNull();
        }
    }

    // ---- macros and active content ----

    @Test
    void macrosAndActiveContentAreRefused() {
        refusedEverywhere(HostileFiles.macroEnabled(), "宏");
        refusedEverywhere(docx("word/document.xml", document(TEXT), "word/vbaProject.bin", new byte[512]), "vbaProject.bin");
        refusedEverywhere(docx("word/document.xml", document(TEXT), "word/vbaData.xml", "<wne:vbaSuppData xmlns:wne=\"x\"/>"
                .getBytes(StandardCharsets.UTF_8)), "vbaData.xml");
        refusedEverywhere(docx("word/document.xml", document(TEXT), "word/activeX/activeX1.xml", "<ax:ocx xmlns:ax=\"x\"/>"
                .getBytes(StandardCharsets.UTF_8)), "ActiveX");
        String macroTypes = CONTENT_TYPES.replace("</Types>", "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                + "vnd.ms-word.document.macroEnabled.main+xml\"/></Types>");
        refusedEverywhere(zip("[Content_Types].xml", macroTypes.getBytes(StandardCharsets.UTF_8), "_rels/.rels",
                RELS.getBytes(StandardCharsets.UTF_8),
                "word/document.xml", document(TEXT)), "宏");
        String vbaTypes = CONTENT_TYPES.replace("</Types>", "<Override PartName=\"/word/x.bin\" ContentType=\"application/"
                + "vnd.ms-office.VBAProject\"/></Types>");
        refusedEverywhere(
                zip("[Content_Types].xml", vbaTypes.getBytes(StandardCharsets.UTF_8), "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8),
                        "word/document.xml", document(TEXT), "word/x.bin", new byte[64]),
                "宏");
    }

    // ---- symlinks and a lying central directory ----

    @Test
    void aSymlinkEntryIsRefused() {
        refusedEverywhere(HostileFiles.withSymlink("word/media/image1.png", "/etc/passwd"), "符号链接");
    }

    @Test
    void aCentralDirectoryThatDisagreesWithTheEntriesIsRefused() {
        refusedEverywhere(HostileFiles.lyingDirectoryName(), "压缩目录与文件内容不一致");
        refusedEverywhere(HostileFiles.lyingDirectorySize(), "压缩目录与文件内容不一致");
        // An entry the directory does not list at all.
        byte[] b = docx("word/document.xml", document(TEXT), "word/settings.xml",
                "<w:settings xmlns:w=\"x\"/>".getBytes(StandardCharsets.UTF_8));
        int header = HostileFiles.centralHeader(b, "word/settings.xml");
        int end = b.length - 22;
        int count = (b[end + 10] & 0xFF) - 1;
        int size = (b[end + 12] & 0xFF | (b[end + 13] & 0xFF) << 8) - (end - header);
        byte[] shorter = concat(Arrays.copyOf(b, header), Arrays.copyOfRange(b, end, b.length));
        int e = shorter.length - 22;
        shorter[e + 8] = (byte) count;
        shorter[e + 10] = (byte) count;
        shorter[e + 12] = (byte) size;
        shorter[e + 13] = (byte) (size >> 8);
        refusedEverywhere(shorter, "压缩目录与文件内容不一致");
    }

    @Test
    void aCentralDirectoryPointingAtAnotherCopyOfAnEntryIsRefused() throws IOException {
        // The local entry of word/document.xml (header, data, descriptor) copied into a stored part, and
        // the directory pointed at the copy: same name, sizes and CRC (a hostile copy would forge the
        // CRC), another place — the entries read in order and the directory disagree on what the part is.
        byte[] plain = docx("word/document.xml", document(TEXT));
        int local = indexOf(plain, "word/document.xml".getBytes(StandardCharsets.UTF_8), 0) - 30;
        byte[] copy = Arrays.copyOfRange(plain, local, HostileFiles.centralHeader(plain, "word/document.xml"));
        byte[] part = concat("GIF89a".getBytes(StandardCharsets.US_ASCII), copy);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(document(TEXT));
            ZipEntry stored = new ZipEntry("word/media/image1.bin");
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(part.length);
            CRC32 crc = new CRC32();
            crc.update(part);
            stored.setCrc(crc.getValue());
            zip.putNextEntry(stored);
            zip.write(part);
            zip.closeEntry();
        }
        byte[] b = out.toByteArray();
        assertThat(reader(b).problem()).isNull();
        int hiddenAt = indexOf(b, copy, 30);
        HostileFiles.putIntLittle(b, HostileFiles.centralHeader(b, "word/document.xml") + 42, hiddenAt);
        refusedEverywhere(b, "压缩目录与文件内容不一致");
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        for (int i = Math.max(0, from); i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new IllegalStateException("not found");
    }

    @Test
    void aWordFileWithSomethingAfterItsEndIsRefused() {
        byte[] good = docx("word/document.xml", document(TEXT));
        refusedEverywhere(concat(good, "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)), "末尾附带了其他数据");
        // An archive comment is part of the file, however long.
        byte[] commented = concat(good, new byte[300]);
        commented[good.length - 2] = 44;
        commented[good.length - 1] = 1;
        passesEverywhere(commented);
    }

    // ---- XML ----

    @Test
    void xmlThatIsNotWellFormedOrNestsTooDeepIsRefusedInAnyPart() {
        refusedEverywhere(HostileFiles.deepPart("word/styles.xml", 200_000), "层级过深");
        refusedEverywhere(HostileFiles.deepPart("word/document.xml", 200_000), "层级过深");
        refusedEverywhere(docx("word/settings.xml", "<w:settings><w:zoom></w:settings>".getBytes(StandardCharsets.UTF_8),
                "word/document.xml", document(TEXT)), "XML");
        refusedEverywhere(docx("word/_rels/document.xml.rels", "not xml at all".getBytes(StandardCharsets.UTF_8),
                "word/document.xml", document(TEXT)), "XML");
        refusedEverywhere(docx("word/settings.xml", "<a/><b/>".getBytes(StandardCharsets.UTF_8),
                "word/document.xml", document(TEXT)), "XML");
        refusedEverywhere(docx("word/settings.xml", "<a>&undeclared;</a>".getBytes(StandardCharsets.UTF_8),
                "word/document.xml", document(TEXT)), "引用了实体");
        // What Word writes passes: predefined entities, character references, a UTF-16 part, 200 levels.
        passesEverywhere(docx("word/document.xml", document("<w:p><w:r><w:t>A &amp; B &lt; C &#x4E00;&#20108;</w:t></w:r></w:p>" + TEXT),
                "word/settings.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-16\"?><w:settings xmlns:w=\"x\"/>".getBytes(StandardCharsets.UTF_16),
                "word/styles.xml", ("<w:styles xmlns:w=\"" + W + "\">" + "<w:x>".repeat(200) + "</w:x>".repeat(200) + "</w:styles>")
                        .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDoctypeIsStillRefusedAsAnExternalEntity() {
        refusedEverywhere(HostileFiles.docxWithDocument("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"), "外部实体");
    }
}
