package cn.duban.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: kind weighed from the evidence in the sentence, not only inherited from a section.
 * Each test is one phenomenon of Chinese official writing, in sentences written for the test.
 */
class EvidenceTests {

    private static Quantity find(String text, String surface) {
        List<Quantity> all = Reader.read("测试", text, null).quantities();
        return all.stream().filter(q -> q.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError(surface + " not found in " + all));
    }

    @Test
    void aPastYearInsideAPlanSectionReportsAResult() {
        // A collage: a plan heading of 2024, then a department's excerpt about 2023, still under it.
        String text = """
                三、2024年工作计划
                新建标准化厂房3万平方米。
                2023年度共发放助学资金30万元,资助学生200名。
                """;
        assertThat(find(text, "3万平方米").kind()).isEqualTo("target");
        assertThat(find(text, "30万元").kind()).isEqualTo("actual");
        assertThat(find(text, "30万元").deadline()).isNull();
    }

    @Test
    void aYearRightBeforeTheNumberNamesACohortNotWhenTheWorkWasDone() {
        String text = """
                二、2025年工作安排
                做好2023年XX户易地搬迁户的后续帮扶。
                """;
        assertThat(find(text, "XX户").kind()).isNotEqualTo("actual");
    }

    @Test
    void goalWordingReachesTheCoordinatedClausesAfterIt() {
        String text = """
                青川县工业和信息化局2025年工作汇报
                力争今年新增规上企业3家,在库企业达到9家。
                """;
        assertThat(find(text, "3家").kind()).isEqualTo("target");
        assertThat(find(text, "9家").kind()).isEqualTo("target");
        assertThat(find(text, "9家").deadline()).isEqualTo("2025-12-31");
    }

    @Test
    void goalWordingStopsAtAClauseThatStatesCompletion() {
        String text = """
                一、2025年工作开展情况
                确保耕地面积不减少,共完成粮食播种面积5.6万亩,蔬菜种植1.2万亩。
                """;
        assertThat(find(text, "5.6万亩").kind()).isEqualTo("actual");
        assertThat(find(text, "1.2万亩").kind()).isEqualTo("actual");
    }

    @Test
    void strivingForMoneyIsMoneySecuredButStrivingToActIsAGoal() {
        String text = """
                青川县水利局2025年工作总结
                今年争取上级抗旱资金80万元,新打机井12眼。
                争取年底前完成病险水库除险加固3座。
                """;
        assertThat(find(text, "80万元").kind()).isEqualTo("actual");
        assertThat(find(text, "12眼").kind()).isEqualTo("actual");
        assertThat(find(text, "3座").kind()).isEqualTo("target");
        assertThat(find(text, "3座").deadline()).isEqualTo("2025-12-31");
    }

    @Test
    void anEffortMadeIsNotAGoal() {
        // 努力争取 holds 力争 by accident of characters; it reports what the effort won.
        String text = """
                一、2025年工作回顾
                经过积极努力争取,我镇3个村已纳入省级示范村建设。
                """;
        assertThat(find(text, "3个").kind()).isEqualTo("actual");
    }

    @Test
    void aHeadlessSummaryReportsResultsAndItsPeriodIsNoDeadline() {
        String text = """
                青川县人力资源和社会保障局2025年工作总结
                全年共举办职业技能培训班12期,对吸纳就业的5家企业给予补贴。
                """;
        assertThat(find(text, "12期").kind()).isEqualTo("actual");
        assertThat(find(text, "12期").deadline()).isNull();
        assertThat(find(text, "5家").kind()).isEqualTo("actual");
    }

    @Test
    void aSizeInBetweenDoesNotKeepADeadlineFromTheWorkBeforeIt() {
        String text = """
                三、下一步工作计划
                新建配套道路2条,总投资约1.2亿元,争取在年底前全面完工。
                """;
        assertThat(find(text, "2条").kind()).isEqualTo("target");
        assertThat(find(text, "2条").deadline()).endsWith("-12-31");
        // The planned road's money is part of the goal in a plan part (ANNOTATION.md: "in plan sections all is target except
        // capacities in names…"), yet no work of its own that would keep the time word from the roads.
        assertThat(find(text, "1.2亿元").kind()).isEqualTo("target");
    }

    @Test
    void aParagraphThatOpensWithAnEarlierYearReviewsWhateverItsSection() {
        String text = """
                三、2024年工作计划
                新建标准化厂房3万平方米。
                2023年,县人社局举办职业技能培训班12期,对吸纳就业的5家企业给予补贴。
                """;
        assertThat(find(text, "3万平方米").kind()).isEqualTo("target");
        assertThat(find(text, "12期").kind()).isEqualTo("actual");
        assertThat(find(text, "5家").kind()).isEqualTo("actual");
    }

    @Test
    void aParagraphThatOpensWithTheNextStepPlansWhateverItsSection() {
        String text = """
                一、2025年工作开展情况
                完成改厕300户。
                下一步,新建村级养老服务站5个。
                """;
        assertThat(find(text, "300户").kind()).isEqualTo("actual");
        assertThat(find(text, "5个").kind()).isEqualTo("target");
    }

    @Test
    void aCountSinceTheStartOfTheYearIsAResultEvenInAPlan() {
        String text = """
                二、下一步工作安排
                今年以来已办结群众诉求260件,下一步新增便民服务点8个。
                """;
        assertThat(find(text, "260件").kind()).isEqualTo("actual");
        assertThat(find(text, "8个").kind()).isEqualTo("target");
    }

    @Test
    void aPartHeadingPastedIntoTheMiddleOfALineStillOpensItsPart() {
        // Text copied from a web page: the heading of the plan runs on from the review's last sentence.
        String text = "一、2024年工作总结\n全年完成造林2000亩,新建村级服务站4个。二、2025年工作计划 新建村级服务站6个,完成造林3000亩。\n";
        assertThat(find(text, "2000亩").kind()).isEqualTo("actual");
        assertThat(find(text, "6个").kind()).isEqualTo("target");
        assertThat(find(text, "3000亩").kind()).isEqualTo("target");
    }

    @Test
    void eachKindCarriesWhatDecidedItForTheReviewer() {
        String text = """
                三、2025年工作计划
                力争新增规上企业3家。
                2024年度共发放助学资金30万元。
                新建村级服务站6个。
                """;
        assertThat(find(text, "3家").evidence()).isEqualTo("目标：力争");
        assertThat(find(text, "30万元").evidence()).isEqualTo("回顾部分，段首：2024年度");
        assertThat(find(text, "6个").evidence()).isEqualTo("计划部分");
        SourceView view = SourceView.of(text, Reader.read("测试", text, null).quantities());
        assertThat(view.runs()).filteredOn(r -> r.quantity() >= 0).extracting(SourceView.Run::explained)
                .contains("目标：力争", "已完成（回顾部分，段首：2024年度）", "目标（计划部分）");
    }

    @Test
    void theUnitsOfATaskAreTheOnesItNamesAsDoers() {
        // A phrase: 由…牵头, …配合.
        assertThat(TaskUnits.of("加快城乡融合发展,由罗针镇牵头,组建3家强村公司,县发改局配合。")).containsExactly("罗针镇", "县发改局");
        // Labels, the lead's first; a bracketed label ends at its bracket; a group keeps its own brackets.
        assertThat(TaskUnits.of("6.人居环境整治。每月开展一次村庄清洁行动。牵头单位：镇生态环境办；配合单位：各村（社区）；责任领导：王某。"))
                .containsExactly("镇生态环境办", "各村（社区）");
        assertThat(TaskUnits.of("（三）提升山洪灾害防御能力。6月底前新建自动雨量站15个。（责任单位：县水旱灾害防御中心，完成时限：长期）"))
                .containsExactly("县水旱灾害防御中心");
        assertThat(TaskUnits.of("2.集中整治隐患点位。责任单位：县交通运输局牵头，县公安局交警大队、县应急管理局配合。"))
                .containsExactly("县交通运输局", "县公安局交警大队", "县应急管理局");
        // The subject of a clause: a demand (请…会同…), a group, a name that goes on past its first unit word.
        assertThat(TaskUnits.of("3.双龙乡污水处理设施运行不正常。请双龙乡会同县生态环境分局于11月30日前完成管网修复。"))
                .containsExactly("双龙乡", "县生态环境分局");
        assertThat(TaskUnits.of("（一）全力冲刺年度目标。各乡镇、各部门要倒排工期、挂图作战。")).containsExactly("各乡镇", "各部门");
        assertThat(TaskUnits.of("5.关于园区承载能力。县经开区管委会要加快标准厂房建设。")).containsExactly("县经开区管委会");
        // A label says they are units, whatever their prefix: 责任科室：经济发展办、统计站.
        assertThat(TaskUnits.of("（一）稳住经济大盘。四季度完成固定资产投资2亿元。责任科室：经济发展办、统计站。"))
                .containsExactly("经济发展办", "统计站");
        // What the work is done to or with is no doer: a partner, a body reported to, a place word in a common word.
        assertThat(TaskUnits.of("三是全面落实惠农政策,积极衔接农商银行,通过手机银行放款。")).isEmpty();
        assertThat(TaskUnits.of("（三）巩固提升阶段。12月20日前形成年度工作总结报县委、县政府。")).isEmpty();
        assertThat(TaskUnits.of("一是持续巩固撂荒地整治成果,实行包村领导包社、村干部包户的工作制。")).isEmpty();
        assertThat(TaskUnits.of("1.白沙乡集镇周边垃圾清理不及时。白沙乡集镇至南坪村公路沿线发现露天垃圾堆点6处。")).containsExactly("白沙乡");
        // From reader-al: a clause opened by what is done (依托, 力争, 全年实行) has the places after it as objects, not doers.
        assertThat(TaskUnits.of("二是发展茶旅融合。依托柘塘村、荇溪村茶园资源，打造茶旅精品线路2条。")).isEmpty();
        assertThat(TaskUnits.of("一是抓好示范创建。力争槲林村、蓼洲村创建市级美丽乡村。")).isEmpty();
        assertThat(TaskUnits.of("二是强化企业服务。全年实行镇领导包联企业制度。")).isEmpty();
        // From reader-ar: labels in lenticular brackets, a leader's name under 【牵头领导】 no unit.
        assertThat(TaskUnits.of("3.培育市场主体。全年新增市场主体300户。\n【牵头领导】厍某 【责任单位】镇经发办、镇市场监管所 【时限】12月底前"))
                .containsExactly("镇经发办", "镇市场监管所");
    }

    @Test
    void anIndicatorEndsBeforeALevelKeptAndARateKeepsItsChange() {
        String text = """
                一、2024年主要经济指标完成情况
                规上工业增加值同比增长8%,粮食播种面积稳定在10万亩以上,移民项目总投资1.2亿元。
                """;
        // A rate of change is named with its change, as the shared dev gold names 财税收入同比增长 and 固定资产投资增长: a ledger
        // must not take it for the amount (规上工业增加值 in 亿元).
        assertThat(find(text, "8%").indicator()).isEqualTo("规上工业增加值同比增长");
        assertThat(find(text, "10万亩").indicator()).isEqualTo("粮食播种面积");
        assertThat(find(text, "1.2亿元").indicator()).isEqualTo("移民项目总投资");
    }

    /** From blind set ab/ac and the earlier sets' names: words cut across, bounds and codes left over, a yearly rate split. */
    @Test
    void anIndicatorIsNeverCutInsideAWord() {
        String text = """
                一、2026年工作回顾
                力争全年完成一般公共预算收入6000万元以上、固定资产投资3.5亿元以上。本月协调解决征地拆迁、管线迁改等问题11个。
                县金融服务中心要组织银企对接活动不少于2场。全长23.5公里的S312溪口至白沙段改造工程加快推进。年产6万吨饲料加工项目已建成投产。
                截至11月底，全镇完成固定资产投资2.21亿元，占全年目标任务2.6亿元的85%，同比增长6.8%。
                """;
        assertThat(find(text, "3.5亿元").indicator()).isEqualTo("固定资产投资");
        assertThat(find(text, "11个").indicator()).startsWith("协调解决").endsWith("问题");
        assertThat(find(text, "2场").indicator()).endsWith("对接活动");
        assertThat(find(text, "23.5公里").indicator()).doesNotContain("S").contains("溪口至白沙段");
        assertThat(find(text, "6万吨").indicator()).doesNotStartWith("产");
        // 完成|本地…: a verb is not read across into 成本
        assertThat(find("一、2026年工作回顾\n全年完成本地转移就业1200人。\n", "1200人").indicator()).isEqualTo("本地转移就业");
        // a rate of change with no name of its own is of the amount done, not of the share or the target beside it
        assertThat(find(text, "6.8%").indicator()).isEqualTo("固定资产投资同比增长");
    }

    /** From reader-ac: 分别 with a move or a share before its figures names each with it; a level kept or reached is no name. */
    @Test
    void figuresAfter分别TakeTheirMoveAndALevelKeptIsNoPartOfTheName() {
        String text = """
                一、2026年工作回顾
                今年以来共争取地方政府专项债券资金2.35亿元、中央预算内投资4600万元，分别同比增长18.2%和9.5%。
                新增城镇就业540人，农村劳动力转移就业2.08万人，分别完成年度目标的108%和104%。
                地表水断面水质达标率保持100%。全镇超过50万元的村达到5个。
                """;
        assertThat(find(text, "18.2%").indicator()).isEqualTo("地方政府专项债券资金同比增长");
        assertThat(find(text, "104%").indicator()).isEqualTo("农村劳动力转移就业完成年度目标");
        assertThat(find(text, "100%").indicator()).isEqualTo("地表水断面水质达标率");
        assertThat(find(text, "50万元").indicator()).doesNotContain("达到");
    }

    /** From the blind sets: a bare measure is of what the figure before it counts; a rate's verb is its noun; a verb ends a count's thing. */
    @Test
    void anIndicatorNamesWhatItMeasures() {
        String text = """
                一、2026年工作回顾
                全年实施重点项目18个，完成投资5.73亿元。今年1—11月，全县共发生生产安全事故9起、死亡4人。
                仍有5个项目投资完成率低于60%。对全镇23户监测户开展常态化监测帮扶。
                """;
        // (money put in after a clause of its own is named 完成投资, as 46 of the 57 such gold records name it)
        assertThat(find(text, "5.73亿元").indicator()).isEqualTo("完成投资");
        assertThat(find(text, "4人").indicator()).isEqualTo("生产安全事故死亡");
        assertThat(find(text, "60%").indicator()).isEqualTo("项目投资完成率");
        assertThat(find(text, "23户").indicator()).isEqualTo("监测户");
    }

    /**
     * Issue 26 (TASKS.md): inline items that only say how a work is to be done (排查识别要准确, 纳入监测要及时) are
     * the aspects of the one work above them — one task, not six; items of work stay tasks of their own.
     */
    @Test
    void inlineMannersOfASpeechAreOneTaskWithTheWorkAbove() {
        String text = """
                一、关于防返贫监测
                做到"六要":一是排查识别要准确,二是纳入监测要及时,三是政策落实要全面(产业、就业、就医、教育、医保),四是服务保障要到位。
                二、关于产业发展
                发挥包村干部作用,盘活闲置学校,组建新型经营主体XX家,积极衔接农商银行,通过手机银行提供服务,由罗针镇、XX村配合,做好空间布局。
                """;
        Extraction e = Reader.read("讲话", text, 2025);
        assertThat(e.tasks()).extracting(ProposedTask::title).contains("关于防返贫监测")
                .doesNotContain("排查识别要准确", "纳入监测要及时", "政策落实要全面", "服务保障要到位");
        ProposedTask industry = e.tasks().stream().filter(t -> t.text().contains("农商银行")).findFirst().orElseThrow();
        // The bank is whom the work turns to, not who does it (the dev gold of such a speech names no unit for it).
        assertThat(industry.units()).contains("罗针镇")
                .doesNotContain("农商银行", "包村", "盘活闲置学校", "手机银行", "通过手机银行", "XX村", "空间布局", "做好空间布局");
    }

    @Test
    void aForecastInAReviewIsATargetDueOnlyByATimeInItsOwnClause() {
        String text = """
                一、2025年上半年工作开展情况
                上半年新建动工3个产业项目,预计投入资金260万元,项目建成后预计受益5个村、80户,预计全年带动就业300人。
                """;
        assertThat(find(text, "3个").kind()).isEqualTo("actual");
        assertThat(find(text, "260万元").kind()).isEqualTo("target");
        assertThat(find(text, "260万元").deadline()).isNull();
        // 受益 would read as scale; the forecast decides.
        assertThat(find(text, "80户").kind()).isEqualTo("target");
        assertThat(find(text, "300人").deadline()).isEqualTo("2025-12-31");
    }

    @Test
    void aUnitsLabelStartsANewExcerptWhoseOwnWordingDecides() {
        // A collage of departments' year-end summaries: the plan heading belongs to the text before.
        String text = """
                部门年度工作总结摘编
                三、2025年工作计划
                新建农贸市场1个。
                县住建局:全年完成老旧小区改造14个,涉及住户2380户;新建配套道路2条,总投资约1.2亿元,争取在年底前全面完工。
                县教育局2024年度共发放助学资金30万元,新建幼儿园3所,已于9月投入使用。
                """;
        Extraction e = Reader.read("摘编", text, 2024);
        assertThat(find(text, "1个").kind()).isEqualTo("target");
        assertThat(find(text, "14个").kind()).isEqualTo("actual");
        assertThat(find(text, "14个").evidence()).isEqualTo("总结类文字");
        // The firm deadline in a later clause binds the road, past the size clause between.
        assertThat(find(text, "2条").kind()).isEqualTo("target");
        assertThat(find(text, "2条").evidence()).isEqualTo("期限：年底前");
        assertThat(find(text, "2条").deadline()).isEqualTo("2025-12-31");
        assertThat(find(text, "3所").kind()).isEqualTo("actual");
        assertThat(find(text, "3所").deadline()).as("已于9月 is when it was done").isNull();
        assertThat(e.quantities()).hasSize(7);
    }

    @Test
    void aUnitsNameAloneOnItsLineHeadsTheNextExcerpt() {
        String text = """
                一、2025年工作完成情况
                新建村卫生室6个。
                二、2026年工作思路
                新增公益性岗位200个。
                卫健局
                今年1-10月,全县完成适龄妇女筛查1.2万人,新建村卫生室8个,目前均已投入使用。
                """;
        assertThat(find(text, "200个").kind()).isEqualTo("target");
        assertThat(find(text, "1.2万人").kind()).isEqualTo("actual");
        assertThat(find(text, "8个").kind()).isEqualTo("actual");
        assertThat(find(text, "8个").deadline()).isNull();
    }

    @Test
    void aCutOffAPeriodAndADeadlineAreTimeWordsOfDifferentUse() {
        String text = """
                二、2025年下一步工作打算
                截至11月底,全县房地产开发投资完成18.6亿元,同比下降5.1%。
                全年新增城镇就业2000人,9月底前完成管网15公里。
                """;
        Quantity cutOff = find(text, "18.6亿元");
        assertThat(cutOff.kind()).as("a figure counted at a cut-off is a result").isEqualTo("actual");
        assertThat(cutOff.deadline()).isNull();
        assertThat(cutOff.evidence()).isEqualTo("回顾部分，段首：截至11月底");
        assertThat(find(text, "2000人").deadline()).as("an annual figure").isEqualTo("2025-12-31");
        assertThat(find(text, "15公里").deadline()).isEqualTo("2025-09-30");
        String summary = """
                县文旅局2025年工作总结
                全年共举办培训班12期,培训1500人次。
                """;
        assertThat(find(summary, "12期").kind()).isEqualTo("actual");
        assertThat(find(summary, "12期").deadline()).as("a period counted, not a date due").isNull();
    }

    @Test
    void aPassageNoHeadingSpeaksForTakesItsTenseFromItsOwnWording() {
        String plan = """
                四季度是全年冲刺的关键期。全镇要紧盯目标,确保完成全年任务,新建村级道路12公里,改造危房30户。
                """;
        assertThat(find(plan, "12公里").kind()).isEqualTo("target");
        String report = """
                今年来,我镇已完成村级道路12公里,累计改造危房30户,群众满意度明显提升。
                """;
        assertThat(find(report, "30户").kind()).isEqualTo("actual");
    }

    @Test
    void aModalWordOpeningTheSentenceReachesTheListedWork() {
        String text = """
                农业农村局
                2025年,将抓好以下工作:一是新建高标准农田2万亩;二是培育家庭农场5家,年底前全部通过验收。
                """;
        assertThat(find(text, "2万亩").kind()).isEqualTo("target");
        assertThat(find(text, "5家").kind()).isEqualTo("target");
        assertThat(find(text, "5家").deadline()).isEqualTo("2025-12-31");
    }

    @Test
    void nextYearIsTheYearAfterTheReportWasGivenNotAfterThePlannedYear() {
        String text = """
                一、2024年工作总结
                全年完成造林1.5万亩。
                二、2025年工作计划
                明年力争新增执业医师30名。
                """;
        assertThat(find(text, "30名").deadline()).isEqualTo("2025-12-31");
    }

    @Test
    void moneyPutIntoSomethingIsNamedByWhatItWentInto() {
        String text = """
                一、2025年工作开展情况
                我镇投资80余万元的新社保大楼建设已完工,投入10余万元对武装部进行了规范化建设,发放低保金、临时救助等民生资金共计530万元。
                """;
        assertThat(find(text, "80余万元").indicator()).isEqualTo("新社保大楼投资");
        assertThat(find(text, "10余万元").indicator()).isEqualTo("武装部规范化建设投入");
        assertThat(find(text, "530万元").indicator()).isEqualTo("民生资金");
    }

    @Test
    void aProjectsMoneyDescribesItUntilTheSentenceSaysTheWorkIsFinished() {
        String text = """
                一、2025年工作开展情况
                今年新建文化广场涉及两个村,资金总额150万元,其中一个已竣工,另一个还在施工中。
                2025年申报产业项目6个,涉及资金90万元,目前已全部完工。
                某公司投资5000万元在我镇创办新材料项目,目前正在实施阶段。
                全镇开展移民后扶项目共10个,总资金265万元,其中省级项目4个148万元,已竣工项目7个。
                """;
        assertThat(find(text, "150万元").kind()).isEqualTo("other");
        assertThat(find(text, "90万元").kind()).isEqualTo("actual");
        assertThat(find(text, "90万元").evidence()).isEqualTo("已完工：全部完工");
        assertThat(find(text, "5000万元").kind()).isEqualTo("other");
        assertThat(find(text, "5000万元").evidence()).isEqualTo("项目在建：正在实施");
        // Seven of ten finished is progress, not the end; a part of a described whole is described too.
        assertThat(find(text, "265万元").kind()).isEqualTo("other");
        assertThat(find(text, "148万元").kind()).isEqualTo("other");
        assertThat(find(text, "10个").kind()).isEqualTo("actual");
    }

    @Test
    void peopleAWorkReachedAreItsResultInAReview() {
        String text = """
                一、2025年工作开展情况
                举办各类群众文化活动12场,惠及群众2000余人。
                二、2026年工作计划
                新建文化广场1个,建成后可惠及群众3000人。
                """;
        assertThat(find(text, "2000余人").kind()).isEqualTo("actual");
        assertThat(find(text, "3000人").kind()).isEqualTo("other");
    }

    @Test
    void aSectionNamingALaterYearThanThePartAboveItPlans() {
        String text = """
                石门乡2022年工作总结及2023年工作思路
                一、2022年工作开展情况
                新建产业路4.5公里。
                三、2023年工作思路
                计划实施项目12个，总投资1.2亿元，6月底前全部开工。
                新增城镇就业150人。
                """;
        assertThat(find(text, "4.5公里").kind()).isEqualTo("actual");
        assertThat(find(text, "12个").kind()).isEqualTo("target");
        assertThat(find(text, "12个").deadline()).isEqualTo("2023-06-30");
        assertThat(find(text, "150人").kind()).isEqualTo("target");
    }

    @Test
    void aSpeechsWorkPrioritiesPlanAndAMeasureJudgedInTheClauseBeforeNamesItsNumber() {
        String text = """
                在全县重点项目建设推进会上的讲话
                二、正视问题不足
                一是部分项目开工率不高；二是资金到位率偏低，仅为62%。
                三、突出工作重点，全力推动项目建设
                全年引进亿元以上项目15个。
                """;
        assertThat(find(text, "62%").indicator()).isEqualTo("资金到位率");
        assertThat(find(text, "62%").kind()).isEqualTo("actual");
        assertThat(find(text, "15个").kind()).isEqualTo("target");
        assertThat(find(text, "15个").evidence()).isEqualTo("计划部分");
    }

    @Test
    void completionReachesTheWorkListedAfterItAndNextYearsParagraphIsDatedInIt() {
        String text = """
                【县民政局】
                2025年共发放城乡低保资金XXXX万元，新建农村互助幸福院5所，累计拨付补贴资金1.36亿元，惠及群众12.8万人。
                明年计划新建社区养老服务中心2个，10月底前完成敬老院改造XX所。
                """;
        assertThat(find(text, "5所").kind()).isEqualTo("actual");
        assertThat(find(text, "5所").deadline()).isNull();
        assertThat(find(text, "12.8万人").kind()).as("people reached by work reported done").isEqualTo("actual");
        assertThat(find(text, "XX所").deadline()).isEqualTo("2026-10-31");
    }

    @Test
    void aUnitAsTheSubjectOfAPastedParagraphOpensItsOwnExcerpt() {
        // Pasted department summaries with no title, no labels and no years, and a plan paragraph among them.
        String text = """
                县文广旅局全年共接待游客XX万人次，实现旅游综合收入*亿元，分别增长15.2%和18.6%。新创建国家3A级旅游景区2个。
                县市场监管局全年新增各类市场主体3865户，抽检食品样品1260批次，合格率98.7%。
                下一步，县市场监管局将全年新增市场主体4000户以上，食品抽检不少于1500批次。
                """;
        assertThat(find(text, "2个").kind()).isEqualTo("actual");
        assertThat(find(text, "3865户").kind()).isEqualTo("actual");
        assertThat(find(text, "98.7%").kind()).isEqualTo("actual");
        assertThat(find(text, "4000户").kind()).isEqualTo("target");
        // 分别: each number after it measures, in order, one named before it.
        assertThat(find(text, "15.2%").indicator()).isEqualTo("接待游客增长");
        assertThat(find(text, "18.6%").indicator()).isEqualTo("旅游综合收入增长");
    }

    @Test
    void aBareStatementThatNothingMarksAsAPlanReports() {
        String text = """
                【县交通运输局】
                全年完成交通固定资产投资8.6亿元，新改建农村公路126公里。
                明年计划新改建农村公路100公里以上。
                """;
        assertThat(find(text, "126公里").kind()).isEqualTo("actual");
        assertThat(find(text, "126公里").deadline()).isNull();
        assertThat(find(text, "100公里").kind()).isEqualTo("target");
    }

    @Test
    void anItemOpeningWithTheDateItIsDueByIsATargetDueThen() {
        String text = """
                青山镇2024年重点工作任务清单
                一、产业发展
                1.力争到2025年底，全镇茶园面积达到3万亩。
                2.2024年6月30日前完成XX个村级光伏电站建设。
                8.到年底新建冷链仓储设施3处。
                """;
        assertThat(find(text, "3万亩").deadline()).isEqualTo("2025-12-31");
        assertThat(find(text, "XX个").kind()).as("a year before a due date is no past year").isEqualTo("target");
        assertThat(find(text, "XX个").deadline()).isEqualTo("2024-06-30");
        assertThat(find(text, "3处").indicator()).isEqualTo("新建冷链仓储设施");
    }

    /** Issue 26, item 4: an indicator is named by what is counted, not by the scope or the preposition before it. */
    @Test
    void anIndicatorIsNotItsScopeWordOrPreposition() {
        String text = """
                一、主要工作
                对全镇247户脱贫户进行定期监测。
                """;
        assertThat(find(text, "247户").indicator()).isEqualTo("脱贫户");
        assertThat(Indicators.tidy("村")).isEmpty();
        assertThat(Indicators.tidy("镇脱贫户")).isEqualTo("脱贫户");
        assertThat(Indicators.tidy("全镇")).isEqualTo("全镇");
        assertThat(Indicators.tidy("镇区污水处理厂投资")).as("镇区 is one word").isEqualTo("镇区污水处理厂投资");
        assertThat(Indicators.tidy("县城建成区面积")).isEqualTo("县城建成区面积");
        assertThat(find("""
                一、工作回顾
                总投资1.6亿元的工业园标准厂房项目已开工建设。
                """, "1.6亿元").indicator()).as("厂房 is the head, not 厂").isEqualTo("工业园标准厂房投资");
    }

    /** Issue 26, item 3: a plan stated inside a review — projects being planned or prepared — is a target, not work done. */
    @Test
    void projectsPlannedOrPreparedInAReviewAreTargets() {
        String text = """
                一、上半年工作开展情况
                谋划储备项目12个,总投资3.5亿元;筹建冷链物流中心2处,计划开工道路改造项目3个。
                """;
        assertThat(find(text, "12个").kind()).isEqualTo("target");
        assertThat(find(text, "2处").kind()).isEqualTo("target");
        assertThat(find(text, "3个").kind()).isEqualTo("target");
        assertThat(find(text, "3.5亿元").kind()).isEqualTo("other");
    }

    /** 组成8个督导检查组, 抽调12名业务骨干: what is formed or drawn in after the verb is what the figure counts. */
    @Test
    void whatIsFormedOrDrawnInIsWhatIsCounted() {
        String text = "一、工作开展情况\n县防汛指挥部组成6个督导检查组，抽调14名业务骨干，深入各乡镇开展汛前检查。\n";
        assertThat(find(text, "6个").indicator()).isEqualTo("督导检查组");
        assertThat(find(text, "14名").indicator()).isEqualTo("业务骨干");
    }
    /**
     * The fourteenth stop's indicator names: what a figure's own words leave unsaid the sentence said with a figure before it (a
     * change, work done on what was counted, the whole a result is of); a thing counted by what was done to it keeps it; a
     * subject's modal words before a figure name nothing.
     */
    @Test
    void aNameLeftUnsaidIsTakenFromTheFigureBeforeIt() {
        String text = """
                一、2030年工作回顾
                文化旅游体育支出3.18亿元，下降4.3%。
                全镇排查出燃气安全隐患216处，已整改204处，整改率94.4%。
                上半年全镇完成造林绿化2860亩，完成年度任务4000亩的71.5%。
                今年新接入智慧监管平台的门店318家。
                县教体局要将1.6亿元专项资金统筹用于校舍维修。
                """;
        assertThat(find(text, "4.3%").indicator()).isEqualTo("文化旅游体育支出下降");
        assertThat(find(text, "204处").indicator()).isEqualTo("已整改燃气安全隐患");
        assertThat(find(text, "4000亩").indicator()).isEqualTo("造林绿化年度任务");
        assertThat(find(text, "71.5%").indicator()).isEqualTo("完成年度任务");
        assertThat(find(text, "318家").indicator()).contains("接入智慧监管平台的门店");
        assertThat(find(text, "1.6亿元").indicator()).startsWith("专项资金");
    }
}
