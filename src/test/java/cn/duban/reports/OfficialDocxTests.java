package cn.duban.reports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.DocumentRendering;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The GB/T 9704 layout as Word reads it: the document's XML checked for page size, margins,
 * line grid, fonts and sizes by level, and the page-number fields at the outer edges; and,
 * where LibreOffice is installed (CI installs it), the file converted to PDF and page 1 to PNG.
 */
class OfficialDocxTests {

    static List<OfficialDocx.Block> sample() {
        List<OfficialDocx.Block> b = new ArrayList<>();
        b.add(new OfficialDocx.Title("关于全县重点工作推进情况的通报"));
        b.add(new OfficialDocx.Recipients("各乡镇人民政府，县直各部门："));
        b.add(new OfficialDocx.Heading1("一、总体情况"));
        b.add(new OfficialDocx.Heading2("（一）项目建设"));
        for (int i = 0; i < 40; i++) {
            b.add(new OfficialDocx.Body("各责任单位对照目标任务，倒排工期、挂图作战，重点项目建设总体有序推进。"));
        }
        b.add(new OfficialDocx.Signature("县政府督查室\n2026年11月24日"));
        return b;
    }

    private static String part(byte[] docx, String name) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }

    @Test
    void pageMarginsGridFontsAndPageNumbersAreThoseOfTheStandard() throws Exception {
        byte[] docx = OfficialDocx.write(sample());
        String document = part(docx, "word/document.xml");
        // A4 in twentieths of a point; top 37 mm, left 28 mm, a 156 × 225 mm text block.
        assertThat(document).contains("w:w=\"11906\"", "w:h=\"16838\"");
        assertThat(document).contains("w:top=\"2098\"", "w:left=\"1587\"", "w:right=\"1474\"", "w:bottom=\"1984\"");
        assertThat(11906 - 1587 - 1474).as("text block width, 156 mm").isBetween(8842, 8845);
        assertThat(16838 - 2098 - 1984).as("text block height, 225 mm").isBetween(12754, 12757);
        // 22 lines on a line grid; 28 characters of 16 pt, each a quarter point tighter, fit 156 mm.
        assertThat(document).contains("w:type=\"lines\"", "w:linePitch=\"" + OfficialDocx.LINE_PITCH + "\"");
        assertThat(OfficialDocx.LINE_PITCH * 22).isBetween(12740, 12770);
        assertThat(document).contains("<w:spacing w:val=\"-5\"/>");
        assertThat(28 * (320 + OfficialDocx.BODY_CHARACTER_SPACING)).isLessThanOrEqualTo(11906 - 1587 - 1474);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var paragraphs = doc.getParagraphs();
            assertThat(font(paragraphs.get(0))).isEqualTo("方正小标宋简体");
            assertThat(paragraphs.get(0).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22.0);
            assertThat(paragraphs.get(0).getAlignment().name()).isEqualTo("CENTER");
            assertThat(font(paragraphs.get(2))).isEqualTo("黑体");
            assertThat(font(paragraphs.get(3))).isEqualTo("楷体_GB2312");
            assertThat(font(paragraphs.get(4))).isEqualTo("仿宋_GB2312");
            assertThat(paragraphs.get(4).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(paragraphs.get(4).getIndentationFirstLine()).isEqualTo(640);
        }

        assertThat(part(docx, "word/settings.xml")).contains("evenAndOddHeaders");
        assertThat(part(docx, "word/fontTable.xml")).contains("w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"",
                "w:name=\"方正小标宋简体\"><w:altName w:val=\"华文中宋\"", "w:name=\"楷体_GB2312\"><w:altName w:val=\"楷体\"");
        List<String> footers = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            footers.add(part(docx, "word/footer" + i + ".xml"));
        }
        assertThat(footers).allSatisfy(f -> assertThat(f).contains("— ", " —", "PAGE", "w:fldCharType=\"begin\"",
                "w:fldCharType=\"end\"", "w:sz w:val=\"28\"", "宋体"));
        assertThat(String.join("", footers)).contains("w:val=\"right\"", "w:val=\"left\"");
        assertThat(document).contains("w:footerReference w:type=\"default\"", "w:footerReference w:type=\"even\"");
    }

    @Test
    void libreOfficeConvertsItAndPageOneIsRenderedUnderTarget() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        Path pdftoppm = Path.of("/usr/bin/pdftoppm");
        Assumptions.assumeTrue(Files.isExecutable(soffice) && Files.isExecutable(pdftoppm),
                "LibreOffice and poppler-utils are not installed (.ci/run installs them)");
        Path dir = Files.createDirectories(Path.of("target", "documents"));
        Path docx = dir.resolve("bulletin-sample.docx");
        Files.write(docx, OfficialDocx.write(sample()));
        Process convert = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=file://" + Files.createTempDirectory("duban-lo").toAbsolutePath(),
                "--convert-to", "pdf", "--outdir", dir.toAbsolutePath().toString(), docx.toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        String log = new String(convert.getInputStream().readAllBytes());
        assertThat(convert.waitFor(180, TimeUnit.SECONDS)).as(log).isTrue();
        assertThat(convert.exitValue()).as(log).isZero();
        Path pdf = dir.resolve("bulletin-sample.pdf");
        assertThat(pdf).exists();
        Process info = new ProcessBuilder("pdfinfo", pdf.toString()).redirectErrorStream(true).start();
        String pages = new String(info.getInputStream().readAllBytes());
        assertThat(info.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(pages).contains("(A4)").containsPattern("Pages:\\s+[3-9]");

        Files.createDirectories(Path.of("target", "screenshots"));
        Process render = new ProcessBuilder(pdftoppm.toString(), "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                pdf.toString(), Path.of("target", "screenshots", "bulletin-page1").toString()).redirectErrorStream(true).start();
        assertThat(render.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(render.exitValue()).isZero();
        assertThat(Path.of("target", "screenshots", "bulletin-page1.png")).exists();
    }

    private static String font(XWPFParagraph p) {
        return p.getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia();
    }

    @Test
    void aBulletinHasItsMastheadSignatureAndImprintWhereTheStandardPutsThem() throws Exception {
        List<OfficialDocx.Block> b = new ArrayList<>();
        b.add(new OfficialDocx.Masthead("青川县人民政府督查室", "第3期", "2026年11月25日"));
        b.addAll(sample().subList(0, sample().size() - 1));
        b.add(new OfficialDocx.Signature("青川县人民政府督查室\n2026年11月25日"));
        b.add(new OfficialDocx.Imprint("县委办公室，县人大常委会办公室，县政协办公室", "青川县人民政府督查室", "2026年11月25日"));
        byte[] docx = OfficialDocx.write(b);
        String document = part(docx, "word/document.xml");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var p = doc.getParagraphs();
            // 版头: the office and 督查通报 in red 小标宋, 第3期, then the office and date over a red rule.
            assertThat(p.get(0).getText()).isEqualTo("青川县人民政府督查室");
            assertThat(p.get(0).getRuns().get(0).getColor()).isEqualTo("FF0000");
            assertThat(font(p.get(0))).isEqualTo("方正小标宋简体");
            assertThat(p.get(1).getText()).isEqualTo("督查通报");
            assertThat(p.get(1).getRuns().get(0).getColor()).isEqualTo("FF0000");
            assertThat(p.get(2).getText()).isEqualTo("第3期");
            assertThat(p.get(3).getText()).isEqualTo("青川县人民政府督查室\t2026年11月25日");
            assertThat(p.get(3).getCTP().xmlText()).contains("w:bottom", "FF0000");
            assertThat(p.get(4).getText()).isEqualTo("关于全县重点工作推进情况的通报");
            // 署名 two characters in from the right after an empty line; the date starts two characters right of it.
            int name = indexOf(p, "青川县人民政府督查室", 5);
            assertThat(p.get(name - 1).getText()).isEmpty();
            int nameRight = p.get(name).getIndentationRight();
            int dateRight = p.get(name + 1).getIndentationRight();
            assertThat(nameRight).isEqualTo(640);
            int nameStart = nameRight + OfficialDocx.width("青川县人民政府督查室");
            int dateStart = dateRight + OfficialDocx.width("2026年11月25日");
            assertThat(nameStart - dateStart).as("the date's first character two characters right of the name's").isEqualTo(640);
            // 版记: 抄送, then 印发机关 and 印发日期, between rules, in 4号.
            var copy = p.get(p.size() - 2);
            var printed = p.get(p.size() - 1);
            assertThat(copy.getText()).isEqualTo("抄送：县委办公室，县人大常委会办公室，县政协办公室");
            assertThat(copy.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
            assertThat(copy.getCTP().getPPr().getPBdr().getTop().getSz().intValue()).isEqualTo(8);
            assertThat(printed.getText()).isEqualTo("青川县人民政府督查室\t2026年11月25日印发");
            assertThat(printed.getCTP().getPPr().getPBdr().getBottom().getSz().intValue()).isEqualTo(8);
        }
        assertThat(document).contains("w:color w:val=\"FF0000\"", "w:pBdr");
        DocumentRendering.render(docx, "bulletin-masthead");
    }

    private static int indexOf(List<XWPFParagraph> p, String text, int from) {
        for (int i = p.size() - 1; i >= from; i--) {
            if (p.get(i).getText().equals(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " not found");
    }
}
