package cn.duban.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Kinds follow the section a number stands in; deadlines come only from time words in its sentence. */
class KindAndDeadlineTests {

    private static final String REPORT = """
            一、2024年上半年工作回顾
            上半年完成造林2000亩,预计全年完成造林5000亩。项目总投资3亿元,已完成投资1.2亿元。
            二、存在的主要问题
            还有3个村集体经济收入不足10万元。
            三、下半年工作打算
            9月底前完成改厕300户,年底前新建村级服务站4个。力争全年引进企业10家以上,其中规上企业2家。
            在已建成的8个示范点基础上,新建示范点5个。加快推进产业园建设,尽快完成厂房2万平方米。
            确保四季度新增就业200人,新增公益岗位30个。
            """;

    private static List<Quantity> quantities() {
        return Reader.read("report", REPORT, null).quantities();
    }

    private static Quantity find(String surface, int nth) {
        return quantities().stream().filter(q -> q.surface().equals(surface)).skip(nth).findFirst().orElseThrow();
    }

    @Test
    void reviewNumbersAreActualButForecastsAreTargets() {
        assertThat(find("2000亩", 0).kind()).isEqualTo("actual");
        assertThat(find("5000亩", 0).kind()).isEqualTo("target");
        assertThat(find("5000亩", 0).deadline()).isEqualTo("2024-12-31");
        assertThat(find("2000亩", 0).deadline()).isNull();
    }

    @Test
    void aProjectsTotalInvestmentIsOtherAndWorkDoneIsActual() {
        assertThat(find("3亿元", 0).kind()).isEqualTo("other");
        assertThat(find("1.2亿元", 0).kind()).isEqualTo("actual");
    }

    /** What a project can do once built (建成后可新增学位2700个) describes it, in a plan as in a review: other. */
    @Test
    void whatAProjectCanDoOnceBuiltIsOther() {
        Extraction e = Reader.read("plan", """
                二、2027年重点项目
                1.漭城实验学校建设项目。总投资3.2亿元，年度计划投资1.8亿元，建成后可新增学位2700个。
                2.文旅康养综合体项目。6月底前完成主体工程，项目建成后可年接待游客50万人次。
                """, null);
        assertThat(e.quantities()).filteredOn(q -> q.surface().equals("2700个") || q.surface().equals("50万人次"))
                .extracting(Quantity::kind).containsExactly("other", "other");
        assertThat(e.quantities()).filteredOn(q -> q.surface().equals("1.8亿元")).extracting(Quantity::kind).containsExactly("target");
    }

    /** A meeting's 会议议定事项 sets work to be done: its figures are targets, its items tasks. */
    @Test
    void aMeetingsDecidedItemsArePlans() {
        Extraction e = Reader.read("minutes", """
                党委工作例会纪要
                一、一季度工作情况
                一季度全镇完成固定资产投资1.1亿元。
                二、会议议定事项
                1.关于春耕生产。由农业服务中心负责，组织农技人员分片包村开展技术指导，复耕撂荒地380亩。
                """, null);
        assertThat(e.quantities()).filteredOn(q -> q.surface().equals("380亩")).extracting(Quantity::kind).containsExactly("target");
        assertThat(e.quantities()).filteredOn(q -> q.surface().equals("1.1亿元")).extracting(Quantity::kind).containsExactly("actual");
        // From reader-cb: the masthead above the title (X县人民政府 / 专题会议纪要), and the heading written 会议议定的事项.
        Extraction minutes = Reader.read("minutes", """
                青川县人民政府
                专题会议纪要
                一、会议听取的情况
                去年全县改造老旧小区9个。
                二、会议议定的事项
                （一）落实配套资金。会议同意县财政局今年安排县级配套资金1800万元。
                """, null);
        assertThat(minutes.quantities()).filteredOn(q -> q.surface().equals("1800万元")).extracting(Quantity::kind)
                .containsExactly("target");
        assertThat(minutes.quantities()).filteredOn(q -> q.surface().equals("9个")).extracting(Quantity::kind).containsExactly("actual");
    }

    /**
     * From reader-cb: a plan's opening paragraphs that begin with last year's results (2030年，…) go on telling them — 全年先后经历…
     * in the next paragraph is last year's too — until one turns to now (同时也要看到…, 今年…).
     */
    @Test
    void aPlansOpeningGoesOnTellingLastYearUntilItTurns() {
        Extraction e = Reader.read("points", """
                青川县应急管理局2031年工作要点
                2030年，全县发生生产安全事故8起，同比下降20%。
                全年先后处置森林火情4次，转移安置群众1300人次。
                同时也要看到，全县仍有2个乡镇应急站未建成。
                一、主要目标
                全年生产安全事故起数控制在7起以内。
                """, null);
        assertThat(e.quantities()).filteredOn(q -> q.surface().equals("4次") || q.surface().equals("1300人次"))
                .extracting(Quantity::kind).containsExactly("actual", "actual");
        assertThat(e.quantities()).filteredOn(q -> q.surface().equals("7起")).extracting(Quantity::kind).containsExactly("target");
    }

    @Test
    void planNumbersAreTargetsWithTheirOwnDeadlines() {
        assertThat(find("300户", 0).deadline()).isEqualTo("2024-09-30");
        assertThat(find("4个", 0).deadline()).isEqualTo("2024-12-31");
        assertThat(find("10家", 0).comparator()).isEqualTo(">=");
        assertThat(find("10家", 0).deadline()).isEqualTo("2024-12-31");
        assertThat(find("2家", 0).deadline()).as("a 其中 part inherits its whole's deadline").isEqualTo("2024-12-31");
    }

    @Test
    void aBackReferenceInAPlanIsActualAndVagueTimesGiveNoDeadline() {
        assertThat(find("8个", 0).kind()).isEqualTo("actual");
        assertThat(find("5个", 0).kind()).isEqualTo("target");
        assertThat(find("2万平方米", 0).deadline()).isNull();
    }

    @Test
    void anOpeningTimeWordBindsEveryClause() {
        assertThat(find("200人", 0).deadline()).isEqualTo("2024-12-31");
        assertThat(find("30个", 0).deadline()).isEqualTo("2024-12-31");
    }

    /**
     * Only a time word that opens the sentence — after at most a label (办理要求：) and a list marker (一是) — binds every
     * clause; one inside a clause binds that clause (ANNOTATION.md), and a 其中 part goes back to its whole.
     */
    @Test
    void aTimeWordInsideAClauseBindsOnlyThatClause() {
        List<Quantity> qs = Reader.read("plan", """
                三、2027年工作安排
                二是深化信访积案化解，由镇综治中心牵头，6月底前化解信访积案5件，矛盾纠纷调解成功率保持在98%以上。
                三是县城至东坝镇公路5月底前建成通车，实施农村公路提质改造60公里。
                办理要求：12月15日前，县水利局逐村制定应急供水方案，落实应急送水车辆不少于12台。
                四是年底前完成3家国有公司资产注入，国有资本规模达到60亿元。
                全年完成技改投入1亿元，其中，规上工业企业研发投入3000万元。
                """, null).quantities();
        assertThat(in(qs, "5件").deadline()).isEqualTo("2027-06-30");
        assertThat(in(qs, "98%").deadline()).as("a clause after one with its own date").isNull();
        assertThat(in(qs, "60公里").deadline()).as("a date inside the clause before").isNull();
        assertThat(in(qs, "12台").deadline()).as("after a label, the date opens the sentence").isEqualTo("2027-12-15");
        assertThat(in(qs, "60亿元").deadline()).as("after a list marker, the date opens the sentence").isEqualTo("2027-12-31");
        assertThat(in(qs, "3000万元").deadline()).as("a 其中 part takes its whole's").isEqualTo("2027-12-31");
    }

    /** In a review, the level set (绩效目标为新建牛舍4栋) and the year's plan told beside what is done (今年计划再安排) are targets. */
    @Test
    void aReviewsSetLevelsAndTheYearsPlanBesideWhatIsDoneAreTargets() {
        List<Quantity> qs = Reader.read("review", """
                一、2027年项目实施情况
                肉牛养殖项目使用衔接资金260万元，绩效目标为新建标准化牛舍5栋、面积7200平方米，实际建成5栋。
                县财政去年安排整治资金2400万元，今年计划再安排2800万元，目前已下达1650万元。
                """, null).quantities();
        assertThat(in(qs, "7200平方米").kind()).isEqualTo("target");
        assertThat(in(qs, "2800万元").kind()).isEqualTo("target");
        assertThat(in(qs, "1650万元").kind()).isEqualTo("actual");
    }

    /**
     * A bulletin's plan-and-done pairs: the plan's figure is a target, the clause that opens with 完成 or 实际 after it (or
     * tells where things stand now, 目前) is the result, and the plan's verb makes a plan as 计划投资 does.
     */
    @Test
    void aPlansFigureAndTheResultBesideItAreTold() {
        Extraction e = Reader.read("bulletin", """
                关于县级民生项目推进情况的督查通报
                二、各项目推进情况
                县交通运输局危桥改造工程计划改造危桥12座，完成7座，完成率仅58.3%。
                县民政局年度计划新建老年食堂20个，目前建成仅11个。
                雨露计划补助项目目标补助中职学生300人，实际补助316人。
                县财政收入完成年度预算6.4亿元的81.2%，协议引资8.2亿元（任务9亿元），城镇登记失业率3.1%，低于全年4%左右的调控目标。
                """, null);
        assertThat(kinds(e, "12座", "7座", "58.3%", "20个", "11个", "300人", "316人", "6.4亿元", "8.2亿元", "9亿元", "4%"))
                .containsExactly("target", "actual", "actual", "target", "actual", "target", "actual", "target", "actual", "target",
                        "target");
    }

    /** 附件：…进度一览 after a 下步工作要求 part: the annex is a part of its own, and its table of progress reports. */
    @Test
    void anAnnexIsAPartOfItsOwn() {
        Extraction e = Reader.read("bulletin", """
                关于县级重点项目推进情况的督查通报
                一、总体进展
                截至9月底，8个项目累计完成投资3.1亿元。
                二、下步工作要求
                县住建局要在11月底前完成剩余3个小区改造。
                附件：县级重点项目推进一览
                1.老旧小区改造（县住建局）：计划投资3600万元，完成投资2100万元，完成6个小区。
                """, null);
        assertThat(kinds(e, "3600万元", "2100万元", "6个")).containsExactly("target", "actual", "actual");
    }

    /** An assessment's notice of results (目标责任考核结果的通报) reports scores; its scoring rules count what is scored. */
    @Test
    void anAssessmentsResultsAreFoundAndItsScoringCountsAreOther() {
        Extraction results = Reader.read("notice", """
                关于2028年度目标责任考核结果的通报
                一、乡镇考核结果
                （一）优秀等次（2个）：甲镇97.5分、乙镇95.2分。
                二、2029年工作要求
                各乡镇要在3月底前完成整改，每发现1个问题未按期整改的扣0.5分。
                """, null);
        assertThat(kinds(results, "97.5分", "95.2分", "1个")).containsExactly("actual", "actual", "other");
    }

    /** 还需完成…: what is still to do to reach the year's aim is a target. */
    @Test
    void workStillToDoIsATarget() {
        Extraction e = Reader.read("report", """
                二、存在的问题
                一是财政收入压力较大，四季度还需完成2100万元才能完成全年任务。
                """, null);
        assertThat(kinds(e, "2100万元")).containsExactly("target");
    }

    /** A 调研报告 reports what was found; its 对策建议 part proposes work, due by its own words. */
    @Test
    void aResearchReportFindsAndItsSuggestionsPlan() {
        Extraction e = Reader.read("report", """
                关于全县村级集体经济发展情况的调研报告
                一、基本情况
                调研组走访了8个乡镇的24个村，收回有效问卷460份。
                四、对策建议
                到2030年底，全县村集体经济年收入全部达到10万元以上。
                """, null);
        assertThat(kinds(e, "24个", "460份", "10万元")).containsExactly("actual", "actual", "target");
    }

    /** （五）雨露计划职业教育补助项目 under a review: a programme's name in a project's heading makes no plan part. */
    @Test
    void aProgrammesNameInAHeadingIsNoPlan() {
        Extraction e = Reader.read("report", """
                关于2027年度衔接资金项目绩效自评的报告
                二、绩效目标完成情况
                （五）雨露计划职业教育补助项目。使用衔接资金126万元，补助中职学生420人。
                """, null);
        assertThat(kinds(e, "126万元", "420人")).containsExactly("actual", "actual");
    }

    /** From once-y70: （二）“妇女微家”和“春蕾计划” under a month's report — a programme named in quotation marks is no plan. */
    @Test
    void aProgrammeInQuotationMarksIsNoPlan() {
        Extraction e = Reader.read("report", """
                清河镇关于群团工作11月份进展的工作汇报
                四、妇联工作
                （二）“妇女微家”和“春蕾计划”。全镇经镇妇联授牌的“妇女微家”达到27个，县妇联本月向我镇划拨春蕾助学资金3.6万元。
                """, null);
        assertThat(kinds(e, "27个", "3.6万元")).containsExactly("actual", "actual");
    }

    /**
     * From reader-cj: a 五年规划纲要 is a plan, and a year ahead of the one a document speaks of, reached by (到2033年，…达到45家),
     * sets a milestone wherever it stands.
     */
    @Test
    void aFiveYearPlanAndAMilestoneYearAhead() {
        Extraction e = Reader.read("plan", """
                莪川县国民经济和社会发展第十六个五年规划纲要（节选）
                （2031年1月16日经县人大会议审议通过）
                第四章 做强绿色食品加工
                到2033年，全县规模以上农产品加工企业达到45家，农产品加工业产值突破180亿元。
                """, null);
        assertThat(kinds(e, "45家", "180亿元")).containsExactly("target", "target");
    }

    /** From reader-cm: 五、二季度目标和工作措施 closing a quarter's 汇报 is the next quarter's plan, dated by its own words. */
    @Test
    void theNextQuartersAimsAndMeasuresArePlanned() {
        Extraction e = Reader.read("report", """
                蒴溪镇人民政府关于2033年第一季度招商引资项目签约台账情况的汇报
                一、总体进展
                一季度全镇新签约项目4个，协议投资3.2亿元。
                五、二季度目标和工作措施
                二季度目标：新签约项目不少于3个，新增协议投资2.8亿元以上。
                （二）盯紧结转项目开工。4月30日前，推动2个结转项目开工。
                """, null);
        assertThat(kinds(e, "4个", "3个", "2.8亿元", "2个")).containsExactly("actual", "target", "target", "target");
    }

    /** From reader-cl: a list of next year's candidate projects put out for comment (候选项目公示（征求意见稿）) proposes work. */
    @Test
    void candidateProjectsPutOutForCommentArePlanned() {
        Extraction e = Reader.read("notice", """
                珩溪县2033年县级民生实事候选项目公示
                （征求意见稿）
                县政府承诺的2032年10件民生实事总体进展顺利，已完工8件。
                一、候选项目清单
                1.县城义务教育学校扩容。建设内容：新建珩城第四小学教学楼、综合楼，新增学位1620个；改扩建珩溪二中学生宿舍，新增住宿床位480张。
                """, null);
        assertThat(kinds(e, "1620个", "480张")).containsExactly("target", "target");
    }

    private static List<String> kinds(Extraction e, String... surfaces) {
        return java.util.Arrays.stream(surfaces)
                .map(s -> e.quantities().stream().filter(q -> q.surface().equals(s)).findFirst().orElseThrow(() -> new AssertionError(s))
                        .kind())
                .toList();
    }

    @Test
    void aTaskTakesItsSectionsDeadlineButItsQuantitiesDoNot() {
        Extraction e = Reader.read("plan", """
                二、上半年重点任务
                (一)产业发展。新建基地3个。
                (二)民生保障。11月底前新建养老站2个。
                """, 2024);
        assertThat(e.tasks()).extracting(ProposedTask::deadline).containsExactly("2024-06-30", "2024-11-30");
        assertThat(e.quantities()).extracting(Quantity::deadline).containsExactly(null, "2024-11-30");
    }

    @Test
    void workAlreadyDoneProposesNoDeadline() {
        Extraction e = Reader.read("report", """
                一、上半年工作回顾
                (一)改厕。3月底前完成改厕300户。
                二、下半年工作打算
                (一)改厕。年底前完成改厕200户。
                """, 2024);
        assertThat(e.tasks()).extracting(ProposedTask::role, ProposedTask::deadline)
                .containsExactly(Tuple.tuple(Role.REVIEW, null),
                        Tuple.tuple(Role.PLAN, "2024-12-31"));
    }

    @Test
    void aYearOpeningAClauseOfFiguresIsTheYearTheyAreDueIn() {
        // 2027年清理…3万吨: the year's amount, due at its end (ANNOTATION.md: an annual figure). A year naming things (谋划储备2028年项目), compared with (较2026年), or a heading (2027年工作打算)
        // sets no date.
        List<Quantity> qs = Reader.read("plan", """
                二、2027年工作打算
                每季度开展1次集中行动，2027年清理农村生活垃圾不少于3万吨、清理沟渠塘堰1500公里。
                2028年争取上级补助资金2.2亿元。
                谋划储备2028年项目25个以上，交通事故起数较2026年下降10%。
                """, 2027).quantities();
        assertThat(qs).extracting(Quantity::surface, Quantity::deadline).containsExactly(Tuple.tuple("3万吨", "2027-12-31"),
                Tuple.tuple("1500公里", "2027-12-31"), Tuple.tuple("2.2亿元", "2028-12-31"), Tuple.tuple("25个", null),
                Tuple.tuple("10%", null));
    }

    @Test
    void aRectificationPlansProblemLineStatesTheProblemAndItsRemedyIsToBeDone() {
        List<Quantity> qs = Reader.read("plan", """
                三、问题清单及整改措施
                1.衔接资金支出进度偏慢。
                问题表现：全县仍有6480万元未支出，支出进度仅为77.3%。
                整改措施：6月底前衔接资金支出进度达到100%。
                """, 2027).quantities();
        assertThat(qs).extracting(Quantity::surface, Quantity::kind).containsExactly(Tuple.tuple("6480万元", "actual"),
                Tuple.tuple("77.3%", "actual"), Tuple.tuple("100%", "target"));
    }

    @Test
    void problemSectionsReportTheCurrentState() {
        assertThat(find("3个", 0).kind()).isEqualTo("actual");
    }

    @Test
    void rangesOfMonthsAndQuartersResolveToTheirLastDay() {
        List<Quantity> qs = Reader.read("plan", """
                二、下一步工作安排
                4-6月份开展专项整治2次,一季度完成巡河30次,上半年建成公厕5座,11月底前完成验收3个。
                """, 2023).quantities();
        assertThat(qs).as("each clause's own time word, the opening one where a clause has none")
                .extracting(Quantity::deadline)
                .containsExactly("2023-06-30", "2023-03-31", "2023-06-30", "2023-11-30");
        List<Quantity> separate = Reader.read("plan", """
                二、下一步工作安排
                开展专项整治2次。一季度完成巡河30次。11月底前完成验收3个。
                """, 2023).quantities();
        assertThat(separate).extracting(Quantity::deadline).containsExactly(null, "2023-03-31", "2023-11-30");
    }

    /** The rules found on our own held-out plan (issue 26): a heading naming a short-coming to remove, rates, floors. */
    private static final String PLAN = """
            县住房和城乡建设局2027年工作要点
            一、深入实施城市更新行动
            1.补齐城市排水防涝短板。在已完成城区雨污分流改造26公里的基础上，5月底前新建改造雨污管网15公里。
            2.提升物业服务水平。推动城区住宅小区物业服务覆盖率达到85%，新开工装配式建筑占新建建筑面积的比例达到30%。
            3.抓好项目储备。6月底前，全县新入库项目总投资不低于80亿元。
            二、2026年工作回顾
            全长11.8公里的柳溪至石门段改扩建工程已完成路基工程9.2公里。还有6个项目没有按计划开工。
            """;

    private static Quantity inPlan(String surface) {
        return Reader.read("plan", PLAN, null).quantities().stream().filter(q -> q.surface().equals(surface)).findFirst().orElseThrow();
    }

    @Test
    void aHeadingThatRemovesAShortComingIsWorkNotProblems() {
        assertThat(inPlan("26公里").kind()).as("the base it builds on").isEqualTo("actual");
        assertThat(inPlan("15公里").kind()).isEqualTo("target");
        assertThat(inPlan("15公里").deadline()).isEqualTo("2027-05-31");
    }

    @Test
    void aRateOrShareIsNoScaleAndAFloorOnScaleIsARequirement() {
        assertThat(inPlan("85%").kind()).isEqualTo("target");
        assertThat(inPlan("30%").kind()).isEqualTo("target");
        assertThat(inPlan("80亿元").kind()).isEqualTo("target");
        assertThat(inPlan("80亿元").comparator()).isEqualTo(">=");
    }

    @Test
    void workDoneOnAProjectIsNoScaleAndThePlanItIsMeasuredAgainstIsNoGoal() {
        assertThat(inPlan("11.8公里").kind()).isEqualTo("other");
        assertThat(inPlan("9.2公里").kind()).isEqualTo("actual");
        assertThat(inPlan("6个").kind()).as("按计划 measures a result against the plan").isEqualTo("actual");
    }

    /** A 督查通报 (issue 26, from the second blind set): quotas restated, shares found, rankings, dated demands. */
    private static final String BULLETIN = """
            关于全县重点项目建设进展情况的督查通报
            各乡镇人民政府，县直各部门：
            截至11月20日，全县重点项目累计完成投资52.3亿元，占年度计划投资60亿元的87.2%。年度计划新开工项目18个，已开工16个。
            按照投资完成率排名，东关镇、河口镇位列前两位，完成率分别为108.2%、102.5%；北山乡较全县平均水平低21.4个百分点。
            经综合评定，将投资完成率超过100%的3个项目列入“红榜”。
            一、存在的问题
            北山乡物流园项目用地尚未落实。整改要求：北山乡于12月15日前完成剩余38亩土地征收。
            """;

    private static Quantity inBulletin(String surface) {
        return Reader.read("bulletin", BULLETIN, 2026).quantities().stream().filter(q -> q.surface().equals(surface)).findFirst()
                .orElseThrow();
    }

    @Test
    void aBulletinsQuotasAreTargetsAndItsSharesAndRankingsAreFound() {
        assertThat(inBulletin("60亿元").kind()).as("an annual quota restated").isEqualTo("target");
        assertThat(inBulletin("60亿元").deadline()).isEqualTo("2026-12-31");
        assertThat(inBulletin("18个").kind()).isEqualTo("target");
        assertThat(inBulletin("87.2%").kind()).as("the share done").isEqualTo("actual");
        assertThat(inBulletin("108.2%").kind()).isEqualTo("actual");
        assertThat(inBulletin("102.5%").kind()).as("listed after the first, read as it is").isEqualTo("actual");
        assertThat(inBulletin("21.4个百分点").kind()).as("a gap measured").isEqualTo("actual");
        assertThat(inBulletin("3个").kind()).as("将…列入 puts them on the list, it tells no future").isEqualTo("actual");
    }

    @Test
    void aDatedDemandUnderProblemsIsATarget() {
        assertThat(inBulletin("38亩").kind()).isEqualTo("target");
        assertThat(inBulletin("38亩").deadline()).isEqualTo("2026-12-15");
    }

    /** From the fourth blind set: a change measured against a past year is planned; what the county has is scope. */
    @Test
    void aChangeFromAPastYearIsPlannedAndWhatTheCountyHasIsScope() {
        List<Quantity> qs = Reader.read("桐岭县水利局2027年工作要点", """
                桐岭县水利局2027年工作要点
                一、重点任务
                1.全年全县用水总量控制在2.35亿立方米以内，万元工业增加值用水量较2025年下降8%。
                2.汛期前，落实全县47座水库的巡查责任人，全年累计巡河不少于1.5万人次。
                """, 2027).quantities();
        assertThat(qs.stream().filter(q -> q.surface().equals("8%")).findFirst().orElseThrow().kind()).isEqualTo("target");
        assertThat(qs.stream().filter(q -> q.surface().equals("47座")).findFirst().orElseThrow().kind()).isEqualTo("other");
        assertThat(qs.stream().filter(q -> q.surface().equals("1.5万人次")).findFirst().orElseThrow().kind()).isEqualTo("target");
    }

    private static Quantity in(List<Quantity> qs, String surface) {
        return qs.stream().filter(q -> q.surface().equals(surface)).findFirst().orElseThrow();
    }

    /** From the fifth blind set: a plan over several years speaks from its first year, not the one it names most. */
    @Test
    void aPlanOverSeveralYearsSpeaksFromItsFirstYear() {
        List<Quantity> qs = Reader.read("方案", """
                县域商业体系建设三年行动方案（2027—2029年）
                县人民政府办公室 2027年2月26日
                一、总体目标
                到2027年底，建成县级公共仓储配送中心1个。
                到2028年底，开通县乡村三级共同配送线路12条以上。
                到2029年底，累计改造提升乡镇商贸中心12个。
                """, null, 2027).quantities();
        assertThat(in(qs, "1个").deadline()).isEqualTo("2027-12-31");
        assertThat(in(qs, "12条").deadline()).isEqualTo("2028-12-31");
        assertThat(in(qs, "12个").kind()).isEqualTo("target");
    }

    /**
     * From the fifth blind set: minutes dated in December direct this December's work (12月底前 is 2026's), what the meeting
     * decided or required (会议议定：) is work to be done under a heading that reports, and 春节前 is due by the Spring
     * Festival next to come.
     */
    @Test
    void minutesDirectWorkDueThisDecemberAndBeforeTheSpringFestival() {
        List<Quantity> qs = Reader.read("纪要", """
                县人民政府常务会议纪要
                县人民政府办公室 2026年12月4日
                一、关于全县重点项目建设推进情况
                会议听取了县发展改革局关于1—11月全县重点项目建设推进情况的汇报。
                会议议定：
                （一）县财政局要于12月15日前将第四批专项债券资金1.35亿元拨付到位。
                （二）由县发展改革局牵头，确保12月底前完成全年重点项目投资78亿元以上。
                二、关于其他事项
                （一）春节前，县财政局从欠薪应急周转金中安排500万元。
                （二）2027年拟改造老旧小区18个，2027年安排县级配套资金3400万元，2027年1月底前完成居民意愿征询。
                """, null, 2026).quantities();
        assertThat(in(qs, "1.35亿元").kind()).isEqualTo("target");
        assertThat(in(qs, "1.35亿元").deadline()).isEqualTo("2026-12-15");
        assertThat(in(qs, "78亿元").deadline()).isEqualTo("2026-12-31");
        assertThat(in(qs, "500万元").deadline()).isEqualTo("2027-02-06");
    }

    /** From the fifth blind set: a year opening a plan's sentence binds its targets to that year's end; a past span does not. */
    @Test
    void aYearOpeningAPlansSentenceIsItsTargetsDeadline() {
        List<Quantity> qs = Reader.read("报告", """
                禾湾镇政府工作报告
                二、2027年工作安排
                2027年全镇经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，固定资产投资增长8%以上。
                2025年以来，全镇新建公厕6座。
                """, null, 2027).quantities();
        assertThat(in(qs, "6.5%").deadline()).isEqualTo("2027-12-31");
        assertThat(in(qs, "8%").deadline()).isEqualTo("2027-12-31");
        assertThat(in(qs, "6座").deadline()).isNull();
    }

    @Test
    void aTableOfContentsHeadsNoPartAndASlidesTitleHeadsItsSlide() {
        String slides = """
                石桥镇2026年重点工作推进情况汇报
                第2页 | 目录
                一、总体进度
                二、经济发展类
                三、问题与下步打算

                第4页 | 市场主体培育
                新登记市场主体 1398户
                第9页 | 下步打算
                12月20日前建成充电桩60个
                """;
        Extraction read = Reader.read("slides", slides, null);
        int done = slides.indexOf("1398户");
        int planned = slides.indexOf("60个");
        assertThat(headingsOver(read.outline(), done)).as("the contents' last entry (问题与下步打算) heads no slide after it")
                .noneMatch(title -> title.contains("下步"));
        assertThat(headingsOver(read.outline(), planned)).as("a slide's title heads it").contains("下步打算");
        assertThat(read.quantities().stream().filter(q -> q.surface().equals("60个")).findFirst().orElseThrow().kind())
                .isEqualTo("target");
    }

    private static List<String> headingsOver(List<OutlineNode> nodes, int at) {
        List<String> over = new java.util.ArrayList<>();
        for (OutlineNode n : nodes) {
            if (n.start() <= at && at < n.end()) {
                over.add(n.title());
                over.addAll(headingsOver(n.children(), at));
            }
        }
        return over;
    }

    @Test
    void aTablesCellsTakeTheirUnitFromTheRowAndTheirKindFromTheColumn() {
        String summary = """
                一、2026年工作回顾
                表1　主要指标完成情况
                指标	年度目标	1-11月完成	完成率
                地区生产总值（亿元）	26.5	24.1	90.9%
                一般公共预算收入（万元）	7800	7264	93.1%
                项目名称	总投资（万元）	年度计划投资（万元）	1-11月完成投资（万元）	形象进度
                集镇污水处理厂提标改造	4800	2000	1850	设备安装
                二、2027年工作思路
                指标	2027年目标	增长
                城镇新增就业（人）	400以上	—
                """;
        List<Quantity> read = Reader.read("summary", summary, 2026).quantities();
        assertThat(read).extracting(Quantity::surface, Quantity::unit, Quantity::kind, Quantity::indicator, Quantity::comparator)
                .contains(Tuple.tuple("26.5", "亿元", "target", "地区生产总值", "="), Tuple.tuple("24.1", "亿元", "actual", "地区生产总值", "="),
                        Tuple.tuple("90.9%", "%", "actual", "地区生产总值完成率", "="),
                        Tuple.tuple("7800", "万元", "target", "一般公共预算收入", "="),
                        Tuple.tuple("4800", "万元", "other", "集镇污水处理厂提标改造总投资", "="),
                        Tuple.tuple("1850", "万元", "actual", "集镇污水处理厂提标改造完成投资", "="),
                        Tuple.tuple("400", "人", "target", "城镇新增就业", ">="));
        assertThat(read).as("each row is its own sentence, not the table run together")
                .allMatch(q -> !q.sentence().contains("\n") && q.sentence().split(" ").length <= 6);
    }

    @Test
    void aTableTypedWithSlashesBetweenItsCellsIsReadAsATableThroughItsSectionRows() {
        // Plain text has no tabs: a table is typed out with " / " between cells, its groups of rows under a line of their own.
        String summary = """
                一、2026年工作回顾
                主要指标完成情况列示如下。
                指标名称 / 年度目标 / 完成值 / 完成率
                （一）市容卫生
                1.新建改造公厕 / 12座 / 14座 / 116.7%
                2.垃圾分类示范小区 / 20个 / 17个 / 85%
                （二）市政设施
                3.新建改造雨污管网 / 26公里 / 23.4公里 / 90%
                全年道路改造总体顺利。
                """;
        List<Quantity> read = Reader.read("summary", summary, 2026).quantities();
        assertThat(read).extracting(Quantity::surface, Quantity::kind).contains(Tuple.tuple("12座", "target"), Tuple.tuple("14座", "actual"),
                Tuple.tuple("20个", "target"), Tuple.tuple("17个", "actual"), Tuple.tuple("26公里", "target"),
                Tuple.tuple("23.4公里", "actual"));
    }

    @Test
    void aNumberedRowOfCellsNamesItsFiguresNotItsPartsRole() {
        // From reader-cn: a weekly dispatch lists its projects one numbered line each, every cell naming its own figure; the
        // 年度计划投资 cell makes neither the line a plan nor the week's work a target.
        String dispatch = """
                县重点项目建设周调度情况
                2033年第20周（5月16日至5月20日）
                本周，指挥部办公室对12个重点项目逐一过堂。
                1.新能源电池结构件产业园 / 总投资12.5亿元 / 年度计划投资4.2亿元 / 本周完成投资2600万元 / 累计完成投资1.48亿元 / 责任单位：经开区管委会
                """;
        List<Quantity> read = Reader.read("dispatch", dispatch, 2033).quantities();
        assertThat(read).extracting(Quantity::surface, Quantity::kind).contains(Tuple.tuple("4.2亿元", "target"),
                Tuple.tuple("2600万元", "actual"), Tuple.tuple("1.48亿元", "actual"));
    }

    @Test
    void aResponsibilityLetterSetsTheYearsTargets() {
        // From reader-cn: a 目标管理责任书 is signed for the year ahead — its figures are what the township undertakes to reach.
        String letter = """
                某县2033年度乡镇目标管理责任书
                甲方：某县人民政府
                乙方：某县某乡人民政府
                第二条 经济发展目标
                1.【招商引资】新签约产业项目3个，实际到位市外资金2.6亿元；
                2.【就业】全年新增农村劳动力转移就业650人。
                """;
        assertThat(Reader.read("letter", letter, 2033).quantities()).extracting(Quantity::surface, Quantity::kind).contains(
                Tuple.tuple("3个", "target"), Tuple.tuple("2.6亿元", "target"), Tuple.tuple("650人", "target"));
    }

    @Test
    void theRulesOfAnAssessmentGivePointsNotTargets() {
        // From reader-co: an assessment's measures, written as articles, share out points and give or take them by rule.
        String measures = """
                关于印发乡镇年度综合考核办法的通知
                第三条 考核实行千分制，总分1000分，加分最高不超过30分。
                第四条 共性指标分经济发展、乡村振兴、民生保障三类，分值依次为280分、240分和180分。
                第五条 未完成年度投资任务的，完成率每低1个百分点扣2分，税收占比低于70%的另扣5分。
                第六条 乡镇考核中安全生产工作的分值提高到不低于8分。
                """;
        List<Quantity> read = Reader.read("measures", measures, 2033).quantities();
        assertThat(read).filteredOn(q -> "分".equals(q.unit())).extracting(Quantity::surface, Quantity::kind).containsExactly(
                Tuple.tuple("1000分", "other"), Tuple.tuple("30分", "other"), Tuple.tuple("280分", "other"), Tuple.tuple("240分", "other"),
                Tuple.tuple("180分", "other"), Tuple.tuple("2分", "other"), Tuple.tuple("5分", "other"), Tuple.tuple("8分", "target"));
    }

    @Test
    void nextYearsMonthsAreNextYearsAndAStartDateIsNoDeadline() {
        String plan = """
                关于推进美丽乡村建设的工作安排
                一、重点任务
                1.明年3月底前，完成美丽乡村示范村创建验收30个。
                2.计划明年上半年改造完成标准摊位140个。
                3.同意自2027年1月1日起提高城乡低保标准，城市低保标准由每人每月780元提高到820元。
                """;
        List<Quantity> read = Reader.read("plan", plan, 2026).quantities();
        assertThat(read).extracting(Quantity::surface, Quantity::deadline)
                .contains(Tuple.tuple("30个", "2027-03-31"), Tuple.tuple("140个", "2027-06-30"), Tuple.tuple("820元", null));
    }

    @Test
    void aPerformanceTablesRowsAreNamedByTheirDeepestLevelAndItsBoundsAreComparators() {
        String text = "一、绩效指标完成情况\n表1\t2026年度补助资金绩效指标完成情况\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t完成情况\n"
                + "产出指标\t数量指标\t开发公益性岗位\t≥260个\t248个\t未完成\n效益指标\t社会效益指标\t城镇登记失业率\t≤4%\t3.2%\t已完成\n";
        List<Quantity> qs = Reader.read("p", text, 2026).quantities();
        assertThat(qs).extracting(Quantity::surface, Quantity::kind, Quantity::comparator, Quantity::indicator).containsExactly(
                Tuple.tuple("260个", "target", ">=", "开发公益性岗位年度指标值"), Tuple.tuple("248个", "actual", "=", "开发公益性岗位实际完成值"),
                Tuple.tuple("4%", "target", "<=", "城镇登记失业率年度指标值"), Tuple.tuple("3.2%", "actual", "=", "城镇登记失业率实际完成值"));
    }

    @Test
    void aTotalRowWhoseNameCellIsEmptyIsStillRead() {
        String text = "一、各乡镇进度\n排名\t乡镇\t年度任务（亩）\t已完工（亩）\t完成率\n1\t甲镇\t9000\t7380\t82%\n合计\t\t52000\t28600\t55%\n";
        List<Quantity> qs = Reader.read("q", text, 2026).quantities();
        assertThat(qs).filteredOn(q -> q.sentence().startsWith("合计")).extracting(Quantity::surface).containsExactly("52000", "28600",
                "55%");
    }

    @Test
    void aPlanWrittenInDecemberSetsNoDateAlreadyPast() {
        // 2027年1月份工作计划, dated 2026年12月28日: its 1月底前 and 春节前 are in 2027, its review's 全年 in 2026.
        String text = "甲镇2027年1月份重点工作计划\n（2026年12月28日）\n一、12月份工作完成情况\n预计全年实现一般公共预算收入6320万元。\n"
                + "二、1月份重点工作计划\n1月底前完成山塘清淤2处。春节前走访慰问困难群众不少于280户。\n";
        List<Quantity> qs = Reader.read("r", text, null, 2026).quantities();
        assertThat(qs).extracting(Quantity::surface, Quantity::deadline).containsExactly(Tuple.tuple("6320万元", "2026-12-31"),
                Tuple.tuple("2处", "2027-01-31"), Tuple.tuple("280户", "2027-02-06"));
    }

    @Test
    void peersOfARankingThoseAPlanServesAShareDoneAndABaselineAreRead() {
        String text = "一、2026年工作回顾\n全县完成投资112.4亿元，为年度计划投资105亿元的107%。全县在全市9个县（市、区）中位列第2位。\n"
                + "二、2027年工作安排\n春节前对全镇287户困难群众、58名老党员开展走访慰问，实现全覆盖。\n"
                + "主要指标\n指标\t2026年基数\t2027年目标\n县域内就诊率\t86.3%\t90%\n";
        List<Quantity> qs = Reader.read("k", text, null, 2026).quantities();
        assertThat(qs).extracting(Quantity::surface, Quantity::kind, Quantity::deadline).contains(Tuple.tuple("107%", "actual", null),
                // (the people a plan will visit are its work, a target — ANNOTATION.md; the ninth stop dropped reading them as other)
                Tuple.tuple("9个", "other", null), Tuple.tuple("287户", "target", "2027-02-06"), Tuple.tuple("58名", "target", "2027-02-06"),
                Tuple.tuple("86.3%", "actual", null), Tuple.tuple("90%", "target", null));
    }

    @Test
    void aTableRowsDeadlineCellDatesNoFigureInTheOtherCells() {
        // 完成时限 dates the row's task (TaskProposalTests), not 改造街巷0.9公里 in the 建设内容 cell: each cell is a clause.
        String text = "一、2027年重点项目\n序号\t项目名称\t建设内容\t责任单位\t完成时限\n"
                + "1\t老街片区有机更新\t修缮历史建筑26栋，改造街巷0.9公里\t县城投公司\t2027年10月底前\n";
        List<Quantity> qs = Reader.read("v", text, null, 2027).quantities();
        assertThat(qs).extracting(Quantity::surface, Quantity::deadline).containsExactly(Tuple.tuple("26栋", null),
                Tuple.tuple("0.9公里", null));
        assertThat(Reader.read("v", text, null, 2027).tasks()).filteredOn(ProposedTask::proposed).extracting(ProposedTask::deadline)
                .containsExactly("2027-10-31");
    }

    @Test
    void aClefWithANegationIsNotDoneAndACompletedTaskIsNoQuota() {
        String text = "一、工作情况\n全镇已全面完成430户的改厕任务。尚未验收的有5座。\n";
        List<Quantity> qs = Reader.read("c", text, null, 2026).quantities();
        assertThat(qs).extracting(Quantity::surface, Quantity::kind).contains(Tuple.tuple("430户", "actual"));
        assertThat(qs).filteredOn(q -> q.surface().equals("5座")).extracting(Quantity::evidence).allSatisfy(
                e -> assertThat(e).doesNotContain("验收的有"));
    }

    @Test
    void aStartingLevelIsWhereThingsStoodAndAPhaseFinishedLeavesTheProjectsTotalADescription() {
        String text = "甲镇2027年工作要点\n（2027年1月12日）\n一、重点工作\n年内农村生活污水治理率由2026年的55%提高到62%。\n"
                + "乙园项目总投资3.4亿元，一期已建成投产，二期正在安装设备。\n";
        List<Quantity> qs = Reader.read("w", text, null).quantities();
        assertThat(qs).extracting(Quantity::surface, Quantity::kind).contains(Tuple.tuple("55%", "actual"), Tuple.tuple("62%", "target"),
                Tuple.tuple("3.4亿元", "other"));
    }

    @Test
    void bothLevelsOfAChangeAreOfTheNameBeforeIt() {
        String text = "一、重点工作\n年内完成改厕260座，农村生活污水治理率由2026年的55%提高到62%。\n";
        List<Quantity> qs = Reader.read("w", text, 2027).quantities();
        assertThat(qs).filteredOn(q -> q.unit().equals("%")).extracting(Quantity::indicator).containsExactly("农村生活污水治理率",
                "农村生活污水治理率");
    }

    @Test
    void aScopeWordBeforeACountNamesNothingTheNounAfterItDoes() {
        String text = "一、重点工作\n汛期前落实全镇37处地质灾害隐患点的巡查责任人。\n";
        assertThat(Reader.read("w", text, 2027).quantities()).singleElement()
                .satisfies(q -> assertThat(q.indicator()).startsWith("地质灾害隐患点"));
    }

    /**
     * From reader-ay: in a rectification report the labelled 整改目标 states targets and 整改进展 what was done; the level a
     * 调整为 starts from is where things stand; a year in a next-step line's later clause dates that clause, not the line's 年底前.
     */
    @Test
    void aRectificationsLabelledGoalIsATargetAndALaterClausesYearDatesOnlyThatClause() {
        String text = "关于巡察反馈问题整改进展情况的报告\n（2026年11月10日）\n一、整改进展情况\n（一）农村供水保障不足\n"
                + "整改目标：全县集中供水率达到92%以上。\n整改进展：已新建集中供水站6处。\n"
                + "下一步：县水利局年底前再建成3处，剩余2处2027年5月底前全部完成。\n"
                + "二、下一步工作\n6月底前将全县网格由120个优化调整为128个。\n";
        List<Quantity> qs = Reader.read("r", text, null, 2026).quantities();
        assertThat(qs).extracting(Quantity::surface, Quantity::kind).contains(Tuple.tuple("92%", "target"), Tuple.tuple("6处", "actual"),
                Tuple.tuple("120个", "actual"), Tuple.tuple("128个", "target"));
        assertThat(qs).extracting(Quantity::surface, Quantity::deadline).contains(Tuple.tuple("3处", "2026-12-31"),
                Tuple.tuple("2处", "2027-05-31"));
    }

    /** From reader-az: a report on the year's tasks sorts them by how far they got; 已完成的重点任务 reviews, whatever 任务 says. */
    @Test
    void theTasksAReportSaysWereDoneAreReviewed() {
        String text = "某县人民政府关于2026年重点工作任务完成情况的报告\n一、重点工作任务完成情况\n（一）已完成的重点任务（20项）。\n"
                + "全年实施县级重点项目64个，完成投资51.2亿元，新建高标准农田1.9万亩。\n";
        List<Quantity> qs = Reader.read("r", text, null, 2027).quantities();
        assertThat(qs).filteredOn(q -> !q.surface().equals("20项")).extracting(Quantity::kind).containsOnly("actual");
    }

    @Test
    void aShareIsNamedByWhatItCountsAndAWeightByTheWorkAssessed() {
        String text = "一、工作情况\n全县46个重点项目中，有7个项目未达到序时进度，占15.2%；储备项目中完成可研批复的仅占38%。\n"
                + "二、保障措施\n将春耕生产工作纳入乡镇年度实绩考核，权重占6%。\n";
        List<Quantity> qs = Reader.read("w", text, 2027).quantities();
        assertThat(qs).extracting(Quantity::surface, Quantity::indicator).contains(Tuple.tuple("15.2%", "项目未达到序时进度占比"),
                Tuple.tuple("38%", "可研批复占比"), Tuple.tuple("6%", "春耕生产考核权重"));
    }

    /**
     * From reader-ba: how far a result beat or missed the year's plan is a result, and how the plan was drafted, told at its end,
     * is work done.
     */
    @Test
    void aGapToThePlanAndTheDraftingOfThePlanAreResults() {
        String text = "一、2026年计划执行情况\n规模以上工业增加值增长9.2%，高于年度计划1.2个百分点。\n二、2027年主要任务\n全年新增城镇就业4000人。\n"
                + "计划草案编制过程中，共收集意见建议63条，采纳41条。\n";
        List<Quantity> qs = Reader.read("w", text, 2027).quantities();
        assertThat(qs).extracting(Quantity::surface, Quantity::kind).contains(Tuple.tuple("1.2个百分点", "actual"),
                Tuple.tuple("4000人", "target"), Tuple.tuple("63条", "actual"), Tuple.tuple("41条", "actual"));
    }

    /**
     * From reader-az and -as: a completion report lists each target under its label and states its figures only by how they
     * stand (年度目标, 实际完成); a rate of completion keeps its 完成 and the plan it is of.
     */
    @Test
    void aFigureNamedOnlyByHowItStandsIsOfItsItemsLabel() {
        String text = "一、主要预期指标完成情况\n1.城镇新增就业：年度目标3200人，实际完成3415人，完成年度目标的106.7%，已完成。\n"
                + "2.路基工程累计完成18公里，仅完成年度计划的41%。\n";
        List<Quantity> qs = Reader.read("w", text, 2027).quantities();
        assertThat(qs).extracting(Quantity::surface, Quantity::indicator).contains(Tuple.tuple("3200人", "城镇新增就业年度目标"),
                Tuple.tuple("3415人", "城镇新增就业实际完成"), Tuple.tuple("106.7%", "城镇新增就业完成年度目标"),
                Tuple.tuple("41%", "完成年度计划"));
    }

    @Test
    void moneyPutInIsNamedWithItsDoneOrPlannedAndWithTheProjectsThatAreItsSubject() {
        String text = "一、重点工作\n全县县级重点项目累计完成投资41.2亿元，年度计划投资58亿元。\n"
                + "攻坚目标：5月底前建成冷库2座并投入使用、完成投资3600万元。\n";
        List<Quantity> qs = Reader.read("w", text, 2027).quantities();
        assertThat(qs).extracting(Quantity::surface, Quantity::indicator).contains(Tuple.tuple("41.2亿元", "县级重点项目累计完成投资"),
                Tuple.tuple("58亿元", "计划投资"), Tuple.tuple("3600万元", "完成投资"));
    }

    @Test
    void aBoundAFigureSetsAndAShareOfAWholeAreNamedWithWhatTheyBound() {
        String text = "一、重点工作\n新签约亿元以上项目18个，其中5亿元以上项目4个；经营性收入超过30万元的村达到9个。\n"
                + "村“两委”干部中40岁以下的占比提高到35%，林地面积占国土面积的比重达到71%。\n";
        List<Quantity> qs = Reader.read("w", text, 2027).quantities();
        assertThat(qs).extracting(Quantity::surface, Quantity::indicator).contains(Tuple.tuple("4个", "5亿元以上项目"),
                Tuple.tuple("9个", "超过30万元的村"), Tuple.tuple("35%", "村两委干部中40岁以下的占比"), Tuple.tuple("71%", "林地面积占国土面积的比重"));
    }

    @Test
    void aReviewsPlanForTheYearOrForADateIsATargetAndAMissedPlanSetsNoDeadline() {
        String text = "一、11月份工作情况\n全年计划引进亿元以上项目3个，目前已签约2个。\n3栋厂房中已有2栋主体封顶，剩余1栋计划12月20日前封顶。\n"
                + "二、存在问题\n污水处理站项目总投资1300万元，原计划9月底前建成，目前主体工程仅完成约70%。\n";
        List<Quantity> qs = Reader.read("y", text, 2026).quantities();
        assertThat(qs).extracting(Quantity::surface, Quantity::kind, Quantity::deadline).contains(Tuple.tuple("3个", "target", "2026-12-31"),
                Tuple.tuple("2个", "actual", null), Tuple.tuple("1栋", "target", "2026-12-20"), Tuple.tuple("1300万元", "other", null));
    }

    @Test
    void aRoadFinishedWholeCountsItsLengthAndARanksFieldAndAShareOfTheTaskAreNoGoals() {
        String text = "一、工作成效\n全长8.6公里的南塘至枫林公路提质改造工程已全面完工通车。\n"
                + "1-7月，全县固定资产投资同比增长9.4%，增速居全市8个县（市、区）第2位；溪口镇完成投资9.8亿元，完成年度目标任务超过70%。\n";
        List<Quantity> qs = Reader.read("x", text, 2026).quantities();
        assertThat(qs).extracting(Quantity::surface, Quantity::kind).contains(Tuple.tuple("8.6公里", "actual"), Tuple.tuple("8个", "other"),
                Tuple.tuple("70%", "actual"));
    }

    @Test
    void aPlannedProjectsSizeIsPartOfTheGoalUnlessTheSentenceTellsWhereItStands() {
        String text = "一季度重点工作计划\n一、项目建设\n芦塘大桥项目全长1.2公里、总投资2.8亿元，一季度完成桥墩浇筑16个。\n"
                + "乙园项目总投资3.4亿元，一期已建成投产，二期正在安装设备。\n";
        List<Quantity> qs = Reader.read("q", text, 2027).quantities();
        assertThat(qs).extracting(Quantity::surface, Quantity::kind).contains(Tuple.tuple("1.2公里", "target"),
                Tuple.tuple("2.8亿元", "target"),
                Tuple.tuple("3.4亿元", "other"));
    }

    @Test
    void aDateLineUnderAPlansTitleIsNotTheYearItsPartsSpeakOfAndAMonthOpeningAnItemIsNoDecimal() {
        // A 2027 plan written on 28 December 2026: 年底前 is the end of 2027; "2.6月底前" is item 2 due by June.
        String text = "县农业农村局2027年工作要点\n（2026年12月28日）\n一、重点任务\n1.年底前新建农村生活污水治理村15个。\n2.6月底前完成户厕整改2600户。\n";
        Extraction e = Reader.read("a", text, null);
        assertThat(e.quantities()).extracting(Quantity::surface, Quantity::deadline).containsExactly(Tuple.tuple("15个", "2027-12-31"),
                Tuple.tuple("2600户", "2027-06-30"));
        assertThat(e.tasks()).filteredOn(ProposedTask::proposed).hasSize(2);
    }

    @Test
    void minutesUnderTheIssuersNameAreDatedByTheirIssueLineAndWhatTheMeetingHeardIsNoPlan() {
        // Issuer over title; a 印发 line at the foot dates the text; 2027 named more often than 2026 does not move its dates.
        String text = "桂岭镇人民政府\n镇长办公会议纪要\n\n会议议定如下：\n一、关于欠薪问题\n"
                + "会议听取了镇社会事务办关于欠薪问题排查情况的汇报，今年以来全镇共受理欠薪投诉19起。\n"
                + "（一）镇社会事务办要在12月20日前化解剩余欠薪案件5起。\n（二）各站办所报送2027年工作计划，明年5月底前完成2027年项目储备。\n"
                + "\n桂岭镇党政办　　　　2026年11月17日印发\n";
        List<Quantity> qs = Reader.read("z", text, null, 2026).quantities();
        assertThat(qs).extracting(Quantity::surface, Quantity::kind, Quantity::deadline).contains(Tuple.tuple("19起", "actual", null),
                Tuple.tuple("5起", "target", "2026-12-20"));
    }

    @Test
    void aPlannedFinishIsNoStateAndTheYearsTaskDoneIsDone() {
        String plan = "2027年工作计划\n一、项目建设\n乙园厂房项目总投资2.8亿元，年底前全面建成。\n";
        assertThat(Reader.read("p", plan, 2027).quantities()).singleElement().satisfies(q -> assertThat(q.kind()).isEqualTo("target"));
    }

    /** From reader-al: 夯实发展基础 heads work that lays a base, not the 发展基础 a review describes. */
    @Test
    void aBaseToBeLaidIsWorkNotAReview() {
        String text = "杉湾镇2026年工作总结和2027年工作思路\n一、2026年工作回顾\n全年完成投资6亿元。\n二、2027年工作思路\n"
                + "（一）聚力项目建设，夯实发展基础。一是推进产业园建设。年内完成投资2.5亿元。\n";
        assertThat(Reader.read("t", text, null).quantities()).filteredOn(q -> q.surface().equals("2.5亿元")).singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo("target"));
    }

    /** From reader-bd: a list's part headed 6月底前完成的项目 sets work due by then; its 完成 tells no result. */
    @Test
    void aPartHeadedByTheDateItsWorkIsDueByIsAPlan() {
        String text = "潏川县2027年度县级民生实事项目清单\n一、6月底前完成的项目（3件，年度投资5710万元）\n"
                + "1.城南片区供水管网改造续建。更换老旧供水管网18.6公里，改造二次供水泵房4座。\n";
        assertThat(Reader.read("t", text, null, 2027).quantities()).filteredOn(q -> q.surface().equals("18.6公里")).singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo("target"));
    }

    /** From reader-bb: the points an assessment adds per item (每项加0.5分) are its rule, no work. */
    @Test
    void thePointsAddedPerItemAreARule() {
        String text = "2027年度目标责任考核指标体系\n三、加分项目\n获得省级表彰或在全省性会议上作典型发言的，每项加0.5分。\n";
        assertThat(Reader.read("t", text, null, 2027).quantities()).filteredOn(q -> q.surface().equals("0.5分")).singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo("other"));
    }

    /** From reader-bc: a township's score in a ranking is read, with a decimal or right after its name, and named by it. */
    @Test
    void aRankingsScoresAreReadAndNamedByTheirPlaces() {
        String text = "关于2027年上半年重点工作督查情况的通报\n（一）“好”等次（4个）：岘口镇94.6分、漷城街道93.2分、淠水镇91.8分、峪头镇90.5分。\n"
                + "（二）第一等次：硚头镇（94.5分）、圩埠镇（88分）。\n";
        List<Quantity> qs = Reader.read("t", text, null, 2027).quantities();
        assertThat(qs).extracting(Quantity::surface).contains("94.6分", "93.2分", "91.8分", "90.5分", "94.5分", "88分");
        assertThat(qs).filteredOn(q -> q.surface().equals("94.6分")).singleElement()
                .satisfies(q -> assertThat(q.indicator()).isEqualTo("岘口镇得分"));
        assertThat(qs).filteredOn(q -> q.surface().equals("94.5分")).singleElement()
                .satisfies(q -> assertThat(q.indicator()).isEqualTo("硚头镇得分"));
    }

    /** 虚拟专网 holds the 拟 of an intention, and states none. */
    @Test
    void aWordThatHoldsAnIntentionsCharacterStatesNone() {
        String text = "清河镇2026年11月工作情况\n一、工作进展\n工业集中区接入5G行业虚拟专网的企业累计8家。\n";
        assertThat(Reader.read("t", text, null, 2026).quantities()).filteredOn(q -> q.surface().equals("8家")).singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo("actual"));
    }

    /** From reader-be: a report given at a meeting, dated in brackets after where (——在…会议上（2027年11月24日）), says 明年 of 2028. */
    @Test
    void aDateInBracketsAfterTheMeetingDatesTheDocument() {
        String text = "濛川县人民政府关于代表建议办理工作的报告\n——在县人大常委会第十二次会议上（2027年11月24日）\n一、总体情况\n"
                + "县财政局在2028年预算中安排建议办理专项资金3000万元。\n二、下一步工作\n明年一季度对今年办复的148件建议全部回访。\n";
        assertThat(Reader.read("t", text, null).quantities()).filteredOn(q -> q.surface().equals("148件")).singleElement()
                .satisfies(q -> assertThat(q.deadline()).isEqualTo("2028-03-31"));
    }

    /** From reader-be: a 工作要点 that first looks back (回顾2026年，…) reviews there, and its owned shortcomings are states. */
    @Test
    void aPlansOpeningLookBackReviewsAndItsShortcomingsAreStates() {
        String text = "沔川县民政局2027年工作要点\n回顾2026年，全县民政系统新建农村幸福院14所，发放救助资金2300万元。\n"
                + "这一年，全局共办理婚姻登记1860件。\n同时也要看到，全县养老服务仍有不少短板：护理型床位仅占38%，3个乡镇没有敬老院。\n"
                + "一、兜底保障\n年内新建农村幸福院6所。\n";
        List<Quantity> qs = Reader.read("t", text, null, 2027).quantities();
        for (String done : List.of("14所", "2300万元", "1860件", "38%", "3个")) {
            assertThat(qs).as(done).filteredOn(q -> q.surface().equals(done)).singleElement()
                    .satisfies(q -> assertThat(q.kind()).isEqualTo("actual"));
        }
        assertThat(qs).filteredOn(q -> q.surface().equals("6所")).singleElement().satisfies(q -> assertThat(q.kind()).isEqualTo("target"));
    }

    /** From reader-be: a part of items being solved or already listed in a plan reports where they stand. */
    @Test
    void aPartOfItemsBeingSolvedOrListedInAPlanReports() {
        String text = "县人民政府关于政协提案办理情况的报告\n一、总体情况\n共收到提案96件。\n二、正在解决和列入计划的提案\n"
                + "（一）关于镇区雨污分流的提案。项目总投资2100万元，已完成管网8.4公里，占61%。\n下一步，县住建局将于年底前完成剩余管网。\n";
        List<Quantity> qs = Reader.read("t", text, null, 2027).quantities();
        assertThat(qs).filteredOn(q -> q.surface().equals("2100万元")).singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo("other"));
        assertThat(qs).filteredOn(q -> q.surface().equals("61%")).singleElement().satisfies(q -> assertThat(q.kind()).isEqualTo("actual"));
    }

    /**
     * From reader-be: in a self-assessment the level set (目标参保率, 县定目标, a task handed down, a year's target counting
     * what it names) is a target; 晚于预期, 谋划储备不足 and 违法占地图斑 state no plan and no size.
     */
    @Test
    void aSelfAssessmentsTargetsAreTargetsAndItsShortfallsAreResults() {
        String text = "溱口镇2026年度目标责任考核自评报告\n一、指标完成情况\n县下达油菜种植面积任务2.6万亩，实际种植2.71万亩。\n"
                + "目标参保率95%，实际参保率96.4%。\n矛盾纠纷调处率92%，低于县定目标98%。\n年度目标新引进5000万元以上项目4个，实际引进3个。\n"
                + "扣分原因：光伏电站并网晚于预期，全年少收入约3万元。\n年内整改违法占地图斑11宗，恢复耕地84亩。\n"
                + "二、存在问题\n项目谋划储备不足，5个村集体收入低于12万元。\n";
        List<Quantity> qs = Reader.read("t", text, null, 2026).quantities();
        for (String aim : List.of("2.6万亩", "95%", "98%", "4个")) {
            assertThat(qs).as(aim).filteredOn(q -> q.surface().equals(aim)).singleElement()
                    .satisfies(q -> assertThat(q.kind()).isEqualTo("target"));
        }
        for (String done : List.of("2.71万亩", "96.4%", "92%", "3个", "3万元", "11宗", "5个", "12万元")) {
            assertThat(qs).as(done).filteredOn(q -> q.surface().equals(done)).singleElement()
                    .satisfies(q -> assertThat(q.kind()).isEqualTo("actual"));
        }
    }

    /** From once-y27: 监测户 are households watched against falling back into poverty, a kind of household and no upkeep. */
    @Test
    void householdsWatchedAgainstPovertyAreNoUpkeep() {
        String text = "龙坪乡2027年工作安排\n一、产业增收\n与241户脱贫户和监测户签订油茶鲜果保底收购协议。\n对全乡38处地质灾害隐患点开展监测。\n";
        List<Quantity> qs = Reader.read("t", text, null, 2027).quantities();
        assertThat(qs).filteredOn(q -> q.surface().equals("241户")).singleElement().satisfies(q -> assertThat(q.kind()).isEqualTo("target"));
        assertThat(qs).filteredOn(q -> q.surface().equals("38处")).singleElement().satisfies(q -> assertThat(q.kind()).isEqualTo("other"));
    }

    /**
     * From reader-bg and ANNOTATION.md: in a plan, what will be checked or visited is the work planned (a target); only what
     * already stands and is kept running or managed is its scope (other).
     */
    @Test
    void whatAPlanWillCheckIsItsWorkAndWhatItOnlyManagesIsScope() {
        String text = "淯川县2028年冬春安全生产工作措施\n一、隐患排查\n对全县1740家生产经营单位开展全覆盖排查。\n"
                + "全县现有农村客运班线76条，由县交通运输局实行动态监控管理。\n";
        List<Quantity> qs = Reader.read("t", text, null, 2027).quantities();
        assertThat(qs).filteredOn(q -> q.surface().equals("1740家")).singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo("target"));
        assertThat(qs).filteredOn(q -> q.surface().equals("76条")).singleElement().satisfies(q -> assertThat(q.kind()).isEqualTo("other"));
    }

    /** From reader-bh: a 专报 dated on its issuer's line (…督查室2028年2月22日) sets its demands in 2028, not the year it reviews. */
    @Test
    void anIssuersLineWithItsDateDatesTheDemands() {
        String text = "督查专报\n（2028年第2期）\n淯川县人民政府督查室2028年2月20日\n关于2027年度全县项目建设督查情况的专报\n"
                + "一、总体情况\n2027年全县新开工项目41个。\n二、督办要求\n（一）岙口镇：3月底前对停工的2个项目依法解除协议。\n";
        List<Quantity> qs = Reader.read("t", text, null).quantities();
        assertThat(qs).filteredOn(q -> q.surface().equals("2个")).singleElement()
                .satisfies(q -> assertThat(q.deadline()).isEqualTo("2028-03-31"));
    }

    /**
     * From reader-bv: in a review, what is left of a work and bound to a date (剩余…承诺12月20日前完成) is still to be done; a later
     * year's season already paid for (2031年度…已缴费) is work done now, not next year's plan.
     */
    @Test
    void aReviewsRemainderDueByADateIsATargetAndALaterSeasonAlreadyPaidIsDone() {
        String text = "鹿鸣镇2030年工作总结\n一、主要工作完成情况\n1.村道修复。已修复村道3.2公里，剩余1.7公里承诺12月20日前完成。\n"
                + "2.医保征缴。2031年度城乡居民医保已缴费21364人，参保率96.3%。\n";
        List<Quantity> qs = Reader.read("t", text, null, 2030).quantities();
        assertThat(qs).filteredOn(q -> q.surface().equals("1.7公里")).singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo("target"));
        assertThat(qs).filteredOn(q -> q.surface().equals("21364人")).singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo("actual"));
        assertThat(qs).filteredOn(q -> q.surface().equals("96.3%")).singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo("actual"));
    }

    /**
     * From reader-by: under a plan's heading, a sentence led by a unit (县财政局今年继续压减…) is the plan's charge to that unit, not
     * the unit's own pasted text; only a look back it opens with (今年以来, 截至10月底) makes it report.
     */
    @Test
    void aUnitsSentenceUnderAPlansHeadingIsItsCharge() {
        String text = "在县人民政府第一次全体会议上的讲话\n二、2031年重点工作\n县财政局今年继续压减一般性支出10%。\n"
                + "县投资促进中心全年引进亿元以上项目15个。\n";
        List<Quantity> qs = Reader.read("t", text, null, 2031).quantities();
        assertThat(qs).extracting(Quantity::surface, Quantity::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("10%", "target"),
                        org.assertj.core.groups.Tuple.tuple("15个", "target"));
    }

    /**
     * From once-y53: a figure that qualifies a target (全年0.45亿元的投资目标) is a target wherever it stands, unless the target is
     * said done (已全面完成430户的改厕任务).
     */
    @Test
    void aFigureQualifyingATargetIsOne() {
        String text = "石桥镇2026年11月工作汇报\n一、工作进展\n护栏安装离节点还差1.25公里，全年0.45亿元的投资目标仍需加快。\n"
                + "全镇已全面完成430户的改厕任务。\n";
        List<Quantity> qs = Reader.read("t", text, null, 2026).quantities();
        assertThat(qs).filteredOn(q -> q.surface().equals("0.45亿元")).singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo("target"));
        assertThat(qs).filteredOn(q -> q.surface().equals("430户")).singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo("actual"));
    }

    /** From reader-bx: 拟于2031年一季度到岗 in a review of 2030 is due at the end of 2031's first quarter, the year written before it. */
    @Test
    void aQuarterTakesTheYearWrittenBeforeIt() {
        String text = "县卫生健康局2030年医共体改革工作报告\n一、主要工作\n医共体统一招聘基层卫生人员28名，另有12名拟于2031年一季度到岗。\n";
        List<Quantity> qs = Reader.read("t", text, null, 2030).quantities();
        assertThat(qs).filteredOn(q -> q.surface().equals("12名")).singleElement()
                .satisfies(q -> assertThat(q.deadline()).isEqualTo("2031-03-31"));
    }

    /** From reader-bz: under a 督办通知's item, 查实情况：… states what the inspection found — where things stood, not work to do. */
    @Test
    void whatAnInspectionFoundIsWhereThingsStood() {
        String text = "关于抓紧整改2030年度年终督查发现问题的督办通知\n一、问题清单及整改要求\n（一）撂荒耕地复耕不到位。\n"
                + "查实情况：督查发现全县撂荒耕地1260亩，涉及5个乡镇23个村。\n整改要求：3月31日前全部复耕复种。\n";
        List<Quantity> qs = Reader.read("t", text, null, 2031).quantities();
        assertThat(qs).filteredOn(q -> q.surface().equals("1260亩")).singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo("actual"));
    }

    /**
     * From reader-cb, cd and ce: in a plan, last year named as the base of a change (比上年增加150万元, 由去年的28%提高到35%) tells no
     * completion — the change is planned; the base figure itself (上年的2.8亿元) is last year's, and a change after a result told
     * earlier in the sentence (今年以来共发生…，比去年同期增加4起) is a result.
     */
    @Test
    void lastYearAsAChangesBaseIsNoCompletionInAPlan() {
        String text = "县应急管理局2031年工作要点\n一、主要任务\n2031年县财政安排防灾减灾专项资金1500万元，比上年增加150万元。\n"
                + "A级企业占比由去年的28%提高到35%以上。\n全年争取中央预算内投资3.5亿元，比上年的2.8亿元增加25%。\n"
                + "今年以来全县共发生火灾事故61起，比去年同期增加4起。\n";
        List<Quantity> qs = Reader.read("t", text, null, 2031).quantities();
        assertThat(qs).extracting(Quantity::surface, Quantity::kind).contains(
                org.assertj.core.groups.Tuple.tuple("150万元", "target"), org.assertj.core.groups.Tuple.tuple("28%", "actual"),
                org.assertj.core.groups.Tuple.tuple("35%", "target"), org.assertj.core.groups.Tuple.tuple("2.8亿元", "actual"),
                org.assertj.core.groups.Tuple.tuple("25%", "target"), org.assertj.core.groups.Tuple.tuple("4起", "actual"));
    }

    /**
     * From reader-cd, ce, bp and bk: a plan's sentence that tells where things stand (辖, 常住人口, 目前…保有量, 同比) and sets no aim,
     * no date and names no work reports the present; a sentence naming the plan's work keeps its figures the plan's.
     */
    @Test
    void aPlansAccountOfThePresentIsWhereThingsStand() {
        String text = "县市场监督管理局2031年食品安全工作计划\n鄢桥镇辖14个行政村、2个社区，户籍人口3.8万人。\n"
                + "目前城区机动车保有量约4.6万辆，公共停车泊位仅8900个。\n第三方测评的群众满意度为84.6分，同比提高1.3分。\n"
                + "对尚未签约的8户，由包村领导逐户做好政策宣传。\n全年新建停车泊位600个。\n";
        List<Quantity> qs = Reader.read("t", text, null, 2031).quantities();
        assertThat(qs).extracting(Quantity::surface, Quantity::kind).contains(
                org.assertj.core.groups.Tuple.tuple("14个", "actual"), org.assertj.core.groups.Tuple.tuple("3.8万人", "actual"),
                org.assertj.core.groups.Tuple.tuple("4.6万辆", "actual"), org.assertj.core.groups.Tuple.tuple("84.6分", "actual"),
                org.assertj.core.groups.Tuple.tuple("8户", "target"), org.assertj.core.groups.Tuple.tuple("600个", "target"));
    }

    /**
     * From reader-cg: a 督查通报 writes each task out as one line of labelled fields; a field that says what its sentences are
     * (任务：, 进展：, 存在问题：, 下步措施：) sets their part until the next such field.
     */
    @Test
    void aRunInFieldSetsThePartOfTheSentencesAfterIt() {
        String text = "关于2031年县政府重点工作任务前三季度推进情况的通报\n一、滞后任务推进情况\n"
                + "【序号3】任务：全年新增规上工业企业22家。牵头单位：县工业和信息化局。进展：1—9月新增入统11家。"
                + "存在问题：储备的15家培育企业中，有9家产值差距较大。下步措施：11月底前再推动6家企业达规入统。\n";
        List<Quantity> qs = Reader.read("t", text, null, 2031).quantities();
        assertThat(qs).extracting(Quantity::surface, Quantity::kind).contains(
                org.assertj.core.groups.Tuple.tuple("22家", "target"), org.assertj.core.groups.Tuple.tuple("11家", "actual"),
                org.assertj.core.groups.Tuple.tuple("6家", "target"));
        assertThat(qs).filteredOn(q -> q.surface().equals("6家")).singleElement()
                .satisfies(q -> assertThat(q.deadline()).isEqualTo("2031-11-30"));
    }

    /**
     * From reader-cf: in a 交办单, 会议要求，… after what the meeting was told is work to be done, dated by the time word right after
     * it; 今年前8批 counts the year's first batches and dates nothing.
     */
    @Test
    void whatAMeetingRequiresIsWorkToBeDone() {
        String text = "督查交办单\n今年前8批交办单共交办事项96项，截至11月20日已办结81项，办结率84.4%。\n"
                + "交办事项：城区现有换热站42座，其中7座设备老化。会议要求，12月5日前对投诉集中的9个小区完成排查整改，达标率达到98%以上。\n";
        List<Quantity> qs = Reader.read("t", text, null, 2031).quantities();
        assertThat(qs).filteredOn(q -> q.surface().equals("84.4%")).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo("actual");
            assertThat(q.deadline()).isNull();
        });
        assertThat(qs).filteredOn(q -> q.surface().equals("98%")).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo("target");
            assertThat(q.deadline()).isEqualTo("2031-12-05");
        });
    }

    /**
     * From once-y65: the items of a list a target's label opens (主要目标值为：…；…；…。), one clause each, restate the targets;
     * the mark a gap is measured from (距全年85万元的计划还差17万元) is the target too.
     */
    @Test
    void aListOfTargetsAndTheMarkOfAGapAreTargets() {
        String text = "石桥镇2026年度政务公开项目支出绩效自评报告\n一、绩效目标完成情况\n"
                + "年初设定的主要目标值为：主动公开政府信息1250条；原创信息360篇；关停注销账号12个。\n"
                + "截至11月30日，已支付部分距全年85万元的计划还差17万元。\n";
        List<Quantity> qs = Reader.read("t", text, null, 2026).quantities();
        assertThat(qs).extracting(Quantity::surface, Quantity::kind).contains(
                org.assertj.core.groups.Tuple.tuple("360篇", "target"), org.assertj.core.groups.Tuple.tuple("12个", "target"),
                org.assertj.core.groups.Tuple.tuple("85万元", "target"));
    }

    /** From once-y65: a relative clause whose head is left unsaid (成绩合格的167人) takes the head the figure before it was named by. */
    @Test
    void aHeadlessRelativeClauseTakesTheHeadBeforeIt() {
        String text = "石桥镇2026年11月工作情况报告\n今年参加测试的干部累计172人，成绩合格的167人。\n";
        List<Quantity> qs = Reader.read("t", text, null, 2026).quantities();
        assertThat(qs).filteredOn(q -> q.surface().equals("167人")).singleElement()
                .satisfies(q -> assertThat(q.indicator()).isEqualTo("成绩合格的干部"));
    }

    /** From reader-ci: 一、本周工作进展 under a 重点工作周调度通报 tells what the week did, whatever the title's 重点工作 says. */
    @Test
    void aWeeksProgressUnderADispatchBulletinIsDone() {
        String text = "麋滩镇重点工作周调度通报（2032年第15周）\n一、本周工作进展\n1.固定资产投资。本周新增入库投资2600万元，今年累计入库2.84亿元。\n"
                + "二、下周工作安排\n4月15日前新增入库投资3000万元。\n";
        List<Quantity> qs = Reader.read("t", text, null, 2032).quantities();
        assertThat(qs).extracting(Quantity::surface, Quantity::kind).contains(
                org.assertj.core.groups.Tuple.tuple("2600万元", "actual"), org.assertj.core.groups.Tuple.tuple("2.84亿元", "actual"),
                org.assertj.core.groups.Tuple.tuple("3000万元", "target"));
    }

    /**
     * From reader-ch: a 评分细则 writes each item's 目标值：, 评分标准： and last year's 实绩： as fields of one line; the scoring rules
     * are neither work nor result (other), the 实绩 of an earlier year is a result, the 目标值 a target.
     */
    @Test
    void anAssessmentsRulesAreOtherAndLastYearsResultIsDone() {
        String text = "洧陂县2032年度乡村振兴实绩考核评分细则\n二、基础指标及评分标准\n"
                + "1.粮食生产（8分）。目标值：全年粮食播种面积不低于46.8万亩。评分标准：播种面积每少1%扣1分，完成率低于95%的不得分。"
                + "2031年实绩：全县播种面积46.52万亩。\n";
        List<Quantity> qs = Reader.read("t", text, null, 2032).quantities();
        assertThat(qs).extracting(Quantity::surface, Quantity::kind).contains(
                org.assertj.core.groups.Tuple.tuple("46.8万亩", "target"), org.assertj.core.groups.Tuple.tuple("1%", "other"),
                org.assertj.core.groups.Tuple.tuple("1分", "other"), org.assertj.core.groups.Tuple.tuple("95%", "other"),
                org.assertj.core.groups.Tuple.tuple("46.52万亩", "actual"));
    }
}
