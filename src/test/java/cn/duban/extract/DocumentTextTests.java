package cn.duban.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class DocumentTextTests {

    @Test
    void readsUtf8AndGbkText() {
        String text = "一、工作回顾\n完成造林2000亩。";
        assertThat(DocumentText.read("a.txt", text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        assertThat(DocumentText.read("a.txt", text.getBytes(Charset.forName("GBK")))).isEqualTo(text);
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentText.read("a.txt", bom)).isEqualTo(text);
    }

    @Test
    void readsWordListNumbersAndTablesAsWordShowsThem() {
        byte[] docx = new Docx()
                .numbered(0, "主要工作进展情况")
                .numbered(1, "产业发展方面")
                .paragraph("建成基地96个。")
                .numbered(1, "城乡建设方面")
                .numbered(0, "下一步工作打算")
                .table(new String[][]{{"序号", "工作任务"}, {"1", "新建农村公路4.4公里"}})
                .bytes();
        String text = DocumentText.read("plan.docx", docx);
        assertThat(text).contains("一、主要工作进展情况\n（一）产业发展方面\n建成基地96个。\n（二）城乡建设方面\n二、下一步工作打算\n");
        assertThat(text).contains("1\t新建农村公路4.4公里");

        Extraction e = Reader.read("plan", text, 2024);
        assertThat(e.outline()).extracting(OutlineNode::title).containsExactly("主要工作进展情况", "下一步工作打算");
        assertThat(e.outline().get(0).children()).extracting(OutlineNode::marker).containsExactly("（一）", "（二）");
        assertThat(e.quantities()).extracting(Quantity::surface, Quantity::kind)
                .containsExactly(Tuple.tuple("96个", "actual"),
                        Tuple.tuple("4.4公里", "target"));
    }

    @Test
    void refusesOtherFormatsWithAReasonInChinese() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThatThrownBy(() -> DocumentText.read("old.doc", ole2)).isInstanceOf(DocumentRejected.class)
                .hasMessageContaining(".doc");
        assertThatThrownBy(() -> DocumentText.read("a.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(DocumentRejected.class).hasMessageContaining("PDF");
        assertThatThrownBy(() -> DocumentText.read("a.xlsx", new byte[]{1, 2}))
                .isInstanceOf(DocumentRejected.class).hasMessageContaining("不支持的文件格式（.xlsx）");
        assertThatThrownBy(() -> DocumentText.read("a.docx", "not a zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DocumentRejected.class).hasMessageContaining("不是 Word 文档");
        assertThatThrownBy(() -> DocumentText.read("big.txt", new byte[(int) DocumentText.MAX_BYTES + 1]))
                .isInstanceOf(DocumentRejected.class).hasMessageContaining("20 MB");
    }

    @Test
    void refusesBinaryPassedOffAsText() {
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i % 7);
        }
        assertThatThrownBy(() -> DocumentText.read("a.txt", binary)).isInstanceOf(DocumentRejected.class);
    }

    @Test
    void refusesAnXmlExternalEntity() {
        assertThatThrownBy(() -> DocumentText.read("xxe.docx", Docx.xxe())).isInstanceOf(DocumentRejected.class)
                .hasMessageContaining("外部实体")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("root:"));
    }
}
