package cn.duban.reports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.DocumentRendering;
import cn.duban.OfdReading;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The OFD beside the .docx: written from the same blocks, read back by ofdrw's reader with the
 * .docx's text paragraph by paragraph; on GB/T 9704's grid (22 lines of 28 characters of 3号, the
 * 版头 in red over a red rule, the 版记 between its rules, page numbers at the outer edge); fonts
 * named as the .docx names them; as many pages as LibreOffice gives the .docx; page images under
 * target/screenshots.
 */
class OfficialOfdTests {

    static List<OfficialDocx.Block> bulletin() {
        List<OfficialDocx.Block> b = new ArrayList<>();
        b.add(new OfficialDocx.Masthead("青川县人民政府督查室", "第3期", "2026年11月25日"));
        b.addAll(OfficialDocxTests.sample().subList(0, OfficialDocxTests.sample().size() - 1));
        b.add(new OfficialDocx.Body("本期纳入调度任务12项，平均完成率85.3%。其中已完成3项，正常推进5项，滞后2项，超期1项，未报送1项。"));
        b.add(new OfficialDocx.Signature("青川县人民政府督查室\n2026年11月25日"));
        b.add(new OfficialDocx.Imprint("县委办公室，县人大常委会办公室，县政协办公室", "青川县人民政府督查室", "2026年11月25日"));
        return b;
    }

    private static String part(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }

    @Test
    void theOfdSaysWhatTheDocxSaysOnTheStandardsGrid() throws Exception {
        OfficialDocument d = OfficialDocument.of(bulletin());
        OfdReading.Read read = OfdReading.assertSameText(d.docx(), d.ofd());
        assertThat(read.lines()).startsWith("青川县人民政府督查室", "督查通报", "第3期", "青川县人民政府督查室2026年11月25日",
                "关于全县重点工作推进情况的通报", "各乡镇人民政府，县直各部门：", "一、总体情况", "（一）项目建设");
        assertThat(read.lines()).endsWith("青川县人民政府督查室", "2026年11月25日", "抄送：县委办公室，县人大常委会办公室，县政协办公室",
                "青川县人民政府督查室2026年11月25日印发");
        assertThat(read.pages()).hasSize(OfficialOfd.layout(bulletin()).size()).hasSizeGreaterThanOrEqualTo(4);
        // 22 lines to a page (and the page number); a body line holds 28 characters, the first two fewer for the indent.
        assertThat(read.pages()).allSatisfy(p -> assertThat(p.size()).isLessThanOrEqualTo(OfficialOfd.LINES_PER_PAGE + 1));
        assertThat(read.pages().get(1)).hasSize(OfficialOfd.LINES_PER_PAGE + 1);
        assertThat(read.lines()).contains("各责任单位对照目标任务，倒排工期、挂图作战，重点项目", "建设总体有序推进。");
        assertThat("各责任单位对照目标任务，倒排工期、挂图作战，重点项目").hasSize(26);

        String content = part(d.ofd(), "Doc_0/Pages/Page_0/Content.xml");
        String resources = part(d.ofd(), "Doc_0/PublicRes.xml") + part(d.ofd(), "Doc_0/DocumentRes.xml");
        // Fonts named as the .docx names them, each with the family a reader falls back to; none embedded.
        assertThat(resources).contains("FontName=\"仿宋_GB2312\" FamilyName=\"仿宋\"", "FontName=\"方正小标宋简体\" FamilyName=\"华文中宋\"",
                "FontName=\"黑体\" FamilyName=\"黑体\"", "FontName=\"楷体_GB2312\" FamilyName=\"楷体\"", "FontName=\"宋体\"",
                "FontName=\"Times New Roman\"").doesNotContain("FontFile");
        // 版头: 督查通报 in 42 pt (14.8 mm) red; the body in 16 pt (5.644 mm), a quarter point tighter than its size.
        String name = textObject(content, "督查通报");
        assertThat(name).contains("Size=\"14.817\"");
        assertThat(fill(resources, name)).isEqualTo("255 0 0");
        String body = textObject(content, "各乡镇人民政府");
        assertThat(body).contains("Size=\"5.644\"", "DeltaX=\"5.556 5.556");
        assertThat(fill(resources, body)).isNotEqualTo("255 0 0");
        // The red rule under the 版头, across the text block (28 mm to 184 mm).
        assertThat(content).containsPattern("<ofd:AbbreviatedData>M 28 [0-9.]+ L 184 [0-9.]+</ofd:AbbreviatedData>");
        assertThat(part(d.ofd(), "OFD.xml")).contains("<ofd:Title>关于全县重点工作推进情况的通报</ofd:Title>");
    }

    @Test
    void aDocumentHasAsManyPagesAsLibreOfficeGivesItsDocxAndItsPagesAreRendered() throws Exception {
        List<OfficialDocx.Block> notice = new ArrayList<>();
        notice.add(new OfficialDocx.Title("青川县人民政府督查室督办单（黄色）"));
        notice.add(new OfficialDocx.Recipients("青督办〔2026〕3号"));
        notice.add(new OfficialDocx.Recipients("清河镇人民政府："));
        notice.add(new OfficialDocx.Body("你单位牵头的“2026年重点工作”中“新建高标准农田3000亩”任务，完成时限为2026年10月31日，已超期12天。"));
        notice.add(new OfficialDocx.Body("请于收到本督办单后3个工作日内，书面报告未按期完成的原因、已采取的措施和确保完成的时限，"
                + "并按时限完成。逾期未完成的，县政府督查室将按有关规定予以通报、约谈。"));
        notice.add(new OfficialDocx.Signature("青川县人民政府督查室\n2026年11月12日"));
        for (var doc : List.of(new Object[]{"notice", notice}, new Object[]{"bulletin", bulletin()})) {
            String name = (String) doc[0];
            @SuppressWarnings("unchecked")
            OfficialDocument d = OfficialDocument.of((List<OfficialDocx.Block>) doc[1]);
            int ofdPages = OfdReading.render(d.ofd(), "official-" + name);
            assertThat(ofdPages).isEqualTo(OfdReading.assertSameText(d.docx(), d.ofd()).pages().size());
            assertThat(DocumentRendering.render(d.docx(), "official-" + name)).as("LibreOffice's pages of the .docx of the %s", name)
                    .isEqualTo(ofdPages);
        }
    }

    /** The text object that begins with this text. */
    private static String textObject(String content, String text) {
        Matcher m = Pattern.compile("<ofd:TextObject[^>]*>\\s*<ofd:TextCode[^>]*>" + Pattern.quote(text)).matcher(content);
        assertThat(m.find()).as(text).isTrue();
        return m.group();
    }

    /** The fill colour of a text object's drawing parameters. */
    private static String fill(String resources, String textObject) {
        Matcher ref = Pattern.compile("DrawParam=\"(\\d+)\"").matcher(textObject);
        assertThat(ref.find()).isTrue();
        Matcher param = Pattern.compile("<ofd:DrawParam ID=\"" + ref.group(1) + "\"[^>]*>.*?</ofd:DrawParam>").matcher(resources);
        assertThat(param.find()).as(resources).isTrue();
        Matcher color = Pattern.compile("<ofd:FillColor Value=\"([0-9 ]+)\"").matcher(param.group());
        return color.find() ? color.group(1) : "";
    }
}
