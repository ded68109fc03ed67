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

    /**
     * Text copied out of a PDF: its lines are cut at the page's width mid-sentence, a page number and the running
     * header sit between two halves of a sentence. The cut lines are joined, the page furniture dropped.
     */
    @Test
    void joinsTheLinesAPdfCutAtItsWidthAndDropsPageFurniture() {
        String source = """
                南坪镇人民政府
                关于2026年11月份重点工作推进情况的报告
                县人民政府：
                11月以来，我镇紧扣年初确定的目标任务，坚持挂图作战、每周
                调度、每月通报，各项工作推进有序。现将有关情况报告如下。
                一、农业生产
                今年县里下达我镇高标准农田建设任务8000亩，分三个项目区组
                织实施。截至11月底，全镇累计完成建设面积7460亩，其中东片
                — 1 —
                南坪镇人民政府关于2026年11月份重点工作推进情况的报告
                区2800亩已通过县级初验，西片区正在开展竣工验收前的准备工
                作，北片区的渠系配套工程已于本月中旬全面完成并交付使用。
                二、乡村建设
                全年新改建农村卫生户厕420户，已完成验收的有396户，剩余的
                24户计划于12月中旬前全部完成，同步开展问题户厕整改工作。
                — 2 —
                南坪镇人民政府关于2026年11月份重点工作推进情况的报告
                """;
        String text = TextNormaliser.normalise(source).text();
        assertThat(text).contains("截至11月底，全镇累计完成建设面积7460亩，其中东片区2800亩已通过县级初验，");
        assertThat(text).contains("剩余的24户计划于12月中旬前全部完成");
        assertThat(text).doesNotContain("— 1 —").contains("一、农业生产\n");
    }

    @Test
    void linesAWriterEndedStayApart() {
        String source = "一、主要工作\n完成造林2000亩，新建道路3公里，其中村道1.2公里。\n二、下一步打算\n年底前完成改厕300户。\n";
        assertThat(TextNormaliser.normalise(source).text()).isEqualTo(source);
    }
}
