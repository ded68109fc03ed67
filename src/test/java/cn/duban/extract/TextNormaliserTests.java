package cn.duban.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTests {

    @Test
    void simplifiesAndDropsPinyinGlosses() {
        NormalisedText nt = TextNormaliser.normalise("四季度是檢驗(yàn)五年發(fā)展成效的“收官戰(zhàn)”。");
        assertThat(nt.text()).isEqualTo("四季度是检验五年发展成效的“收官战”。\n");
    }

    @Test
    void keepsParenthesesThatAreNotGlosses() {
        assertThat(TextNormaliser.normalise("流转(托管)土地7000亩(a)。").text()).isEqualTo("流转(托管)土地7000亩(a)。\n");
    }

    @Test
    void foldsWhiteSpaceAndSkipsSiteBoilerplate() {
        String source = "范文网 —— 专注公文写作范文\n共计2680个字,预计阅读时长9分钟。\n(第2/3页)\n完成  造林\u30002000亩。\n221381\n微信扫码领取福利\n";
        NormalisedText nt = TextNormaliser.normalise(source);
        assertThat(nt.text()).isEqualTo("完成 造林 2000亩。\n");
    }

    @Test
    void everyCharacterPointsBackIntoTheOriginal() {
        String source = "標題\n今年完成檢驗(yàn)  3000畝。";
        NormalisedText nt = TextNormaliser.normalise(source);
        int at = nt.text().indexOf("3000");
        assertThat(source.substring(nt.toSource(at), nt.sourceEnd(at + 5))).isEqualTo("3000畝");
        Quantity q = Reader.read("t", source, 2024).quantities().get(0);
        assertThat(source.substring(q.start(), q.end())).isEqualTo("3000畝");
    }
}
