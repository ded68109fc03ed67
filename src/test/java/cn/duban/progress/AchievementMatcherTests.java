package cn.duban.progress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.extract.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Single rules of the report-once matcher, each on the few lines that show it (the batches in ReportOnceTests score them all). */
class AchievementMatcherTests {

    private final ReportLine.Measure revenue = new ReportLine.Measure(1L, 1L, "一般公共预算收入", new BigDecimal("6800"), "万元", ">=");
    private final List<ReportLine> lines = List.of(new ReportLine(1L, "1", "财税收入组织", null, List.of(revenue), null,
            new ReportLine.Entry(1L, 1, 1L, 1, Map.of(1L, new BigDecimal("5930")), null, "按计划推进", "", "", false, false, false, null,
                    false, "test", null)));
    private final AchievementMatcher.Setting november = new AchievementMatcher.Setting("清河镇", List.of(), LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 30), Map.of(1L, LocalDate.of(2026, 10, 31)), Map.of());

    /** A ledger of one task with one indicator, reported to October at {@code previous}. */
    private static List<ReportLine> ledger(long id, String task, String indicator, String target, String unit, String previous) {
        return comparedLedger(id, task, indicator, ">=", target, unit, previous);
    }

    /** The same, its indicator compared by {@code comparator} (<= for a count allowed none of). */
    private static List<ReportLine> comparedLedger(long id, String task, String indicator, String comparator, String target, String unit,
            String previous) {
        var measure = new ReportLine.Measure(id, id, indicator, new BigDecimal(target), unit, comparator);
        return List.of(new ReportLine(id, Long.toString(id), task, null, List.of(measure), null, new ReportLine.Entry(id, 1, id, 1,
                Map.of(id, new BigDecimal(previous)), null, "按计划推进", "", "", false, false, false, null, false, "test", null)));
    }

    /** The same, its task's 备注 saying what the office counts by. */
    private static List<ReportLine> ledger(long id, String task, String indicator, String target, String unit, String previous,
            String basis) {
        ReportLine l = ledger(id, task, indicator, target, unit, previous).get(0);
        return List.of(new ReportLine(l.taskId(), l.number(), l.title(), l.deadline(), l.measures(), l.current(), l.previous(), basis));
    }

    private AchievementMatcher.Reading read(String text, List<ReportLine> ledger) {
        return AchievementMatcher.match(Reader.read("t", text, null, 2026), text, ledger, november);
    }

    private AchievementMatcher.Reading read(String text) {
        return AchievementMatcher.match(Reader.read("t", text, null, 2026), text, lines, november);
    }

    @Test
    void aMonthOpeningTheSentenceMakesItsFigureTheMonthsEvenBeside公共预算() {
        // 共 inside 公共预算 is no 共计: the 11月 that opens the sentence decides.
        var r = read("（一）财税\n11月，全镇完成一般公共预算收入468万元，环比下降5.3%。\n");
        assertThat(r.proposals()).singleElement().satisfies(p -> {
            assertThat(p.value()).isEqualByComparingTo("6398");
            assertThat(p.how()).isEqualTo("increment");
        });
    }

    @Test
    void aProblemDatedToAnEarlierMonthsEndIsNotWhereTheWorkStands() {
        var r = read("（一）财税收入\n问题：截至9月底，全镇一般公共预算收入仅4800万元，低于序时进度。\n整改成效：截至11月底，全镇完成一般公共预算收入6410万元。\n");
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("6410"));
        assertThat(r.figures()).anySatisfy(f -> {
            assertThat(f.surface()).isEqualTo("4800万元");
            assertThat(f.why()).contains("截至更早月份");
        });
    }

    @Test
    void aTargetLabelRestatesTheQuotaInAReviewsWords() {
        var r = read("（一）财税收入组织（分值10分）\n目标：全年完成一般公共预算收入6800万元。\n完成情况：1—11月，全镇完成一般公共预算收入6412万元。\n");
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("6412"));
    }

    @Test
    void anotherTownshipsFigureAndWhatStillWaitsAreNotTheUnits() {
        var r = read("（一）财税\n收入：丰乐镇完成一般公共预算收入7200万元，我镇完成6420万元。\n另有收入300万元，待县财政局审核确认。\n");
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("6420"));
        assertThat(r.figures()).anySatisfy(f -> {
            assertThat(f.surface()).isEqualTo("7200万元");
            assertThat(f.why()).contains("丰乐镇");
        });
    }

    @Test
    void lastYearOpeningASentenceAndAYearEndStillToComeFillNothing() {
        var r = read("（一）财税\n去年全年，全镇完成一般公共预算收入六千二百万元。\n全镇一般公共预算收入6800万元年底前全部入库。\n");
        assertThat(r.proposals()).isEmpty();
    }

    @Test
    void theWholeReachingAFigureIsATotalWhateverMonthOpensTheSentence() {
        var r = read("（一）财税\n11月新增税源企业2家，全镇一般公共预算收入达到6450万元。\n");
        assertThat(r.proposals()).singleElement().satisfies(p -> {
            assertThat(p.value()).isEqualByComparingTo("6450");
            assertThat(p.how()).isEqualTo("cumulative");
        });
    }

    @Test
    void aSystemExportIsReadByItsNamesAndItsPeriodColumn() {
        String export = "表1 指标填报\n序号\t指标编码\t指标名称\t计量单位\t年度目标\t本期值\t累计值\t完成比例\n"
                + "1\tQH2026-0101\t一般公共预算收入\t万元\t6800\t470\t\t\n";
        var r = read(export);
        assertThat(r.proposals()).singleElement().satisfies(p -> {
            assertThat(p.value()).isEqualByComparingTo("6400"); // 5930 to October + November's 470
            assertThat(p.how()).isEqualTo("increment");
        });
    }

    @Test
    void aRowsSentenceKeepsItsWholeNumberCells() {
        // A lone 6412 in a cell is no page number: the row the liaison sees beside the proposal shows every figure.
        String table = "表1 主要指标完成情况\n指标名称\t计量单位\t年度目标\t累计完成\n一般公共预算收入\t万元\t6800\t6412\n";
        var r = read(table);
        assertThat(r.proposals()).singleElement().satisfies(p -> {
            assertThat(p.value()).isEqualByComparingTo("6412");
            assertThat(p.sentence()).contains("6800").contains("6412");
        });
    }

    @Test
    void aSubtotalIsAPartWhereTheTableHasAGrandTotal() {
        // 小计 closes one group of projects; 合计 closes the table. Only the 合计 is the unit's own figure.
        var projects = ledger(2L, "重点项目建设", "重点项目完成投资", "48000", "万元", "39800");
        String table = "二、重点项目建设\n表2 重点项目推进情况（单位：万元）\n项目名称\t年度计划投资\t累计完成投资\n"
                + "宏达新材料扩建项目\t12000\t10500\n冷链物流中心\t8000\t6800\n小计\t20000\t17300\n"
                + "集镇污水管网\t15000\t13900\n农贸市场改造\t13000\t11500\n小计\t28000\t25400\n"
                + "合计\t48000\t42700\n";
        var r = read(table, projects);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("42700"));
    }

    @Test
    void aCaptionListingSeveralUnitsGivesEachRowItsOwn() {
        // 计量单位：根、盏 — the rows in the caption's order; 金额单位：万元；面积单位：亩 — by what the row counts;
        // 大棚公顷，道路米 — by the word before each unit. One unit for every row would leave the others unread.
        var lines = new java.util.ArrayList<ReportLine>();
        lines.addAll(ledger(1L, "杆线整治", "清理废弃杆线", "650", "根", "488"));
        lines.addAll(ledger(2L, "照明提升", "新装改造路灯", "1800", "盏", "1412"));
        lines.addAll(ledger(3L, "标准厂房", "标准厂房完成投资", "2.4", "亿元", "1.86"));
        lines.addAll(ledger(4L, "低效用地", "盘活低效工业用地", "360", "亩", "284"));
        lines.addAll(ledger(5L, "设施蔬菜", "新建设施蔬菜大棚", "120", "公顷", "96.4"));
        lines.addAll(ledger(6L, "生产道路", "硬化田间道路", "8500", "米", "6240"));
        String text = "（一）杆线和照明\n表1　计量单位：根、盏\n事项\t目标\t截至上月底\t本月完成\t累计\n"
                + "清理废弃杆线\t650\t488\t+98\t586\n新装改造路灯\t1800\t1412\t+243\t1655\n"
                + "（二）智造园\n表2　金额单位：万元；面积单位：亩\n事项\t目标\t截至上月底\t本月完成\t累计\n"
                + "标准厂房完成投资\t24000\t18600\t+3900\t22500\n盘活低效工业用地\t360\t284\t38\t322\n"
                + "（三）蔬菜保供\n表3　计量单位：大棚公顷，道路米\n事项\t目标\t截至上月底\t本月完成\t累计\n"
                + "硬化田间道路\t8500\t6240\t+1240\t7480\n新建设施蔬菜大棚\t120\t96.4\t+7.8\t104.2\n";
        var r = read(text, lines);
        Map<String, BigDecimal> got = new java.util.HashMap<>();
        r.proposals().forEach(p -> got.put(p.indicator(), p.value()));
        assertThat(got).containsOnlyKeys("清理废弃杆线", "新装改造路灯", "标准厂房完成投资", "盘活低效工业用地", "新建设施蔬菜大棚", "硬化田间道路");
        assertThat(got.get("新装改造路灯")).isEqualByComparingTo("1655");
        assertThat(got.get("标准厂房完成投资")).isEqualByComparingTo("2.25");
        assertThat(got.get("盘活低效工业用地")).isEqualByComparingTo("322");
        assertThat(got.get("新建设施蔬菜大棚")).isEqualByComparingTo("104.2");
        // a caption naming who reports (填报单位：石桥镇) gives the rows no unit
        assertThat(ReportTables.CaptionUnit.of("填报单位：石桥镇　　单位：石桥镇人民政府")).isEmpty();
        assertThat(ReportTables.CaptionUnit.of("项目推进情况（单位：万元）")).extracting(ReportTables.CaptionUnit::unit).containsExactly("万元");
        // the list ends where the caption goes on; 元/亩 is a rate, no unit
        assertThat(ReportTables.CaptionUnit.of("（单位：万元，数据截至11月30日）")).extracting(ReportTables.CaptionUnit::unit)
                .containsExactly("万元");
        assertThat(ReportTables.CaptionUnit.of("单位：元/亩")).isEmpty();
    }

    @Test
    void theMarkAGapIsMeasuredFromIsTheTargetAndTheTimeGoneByIsNoShareOfWork() {
        // 离160张还差22张: 160 is the target the gap is measured from, not beds built.
        var beds = ledger(1L, "家庭养老床位建设", "建设家庭养老床位", "160", "张", "118");
        assertThat(read("（四）养老\n家庭养老床位离160张还差22张，村里要多上门做工作。\n", beds).proposals()).isEmpty();
        // 序时进度 is the year gone by (91.7% at November's end); 其中：11月 is the month's part of a total left blank, added to
        // the last total.
        var courses = ledger(1L, "课后服务", "开设课后服务特色课程", "60", "门", "46");
        String table = "序号\t监测指标\t单位\t全年目标\t11月底累计\t其中：11月\t序时进度\t实际进度\n"
                + "6\t开设课后服务特色课程\t门\t60\t\t6\t91.7%\t\n";
        assertThat(read(table, courses).proposals()).singleElement().satisfies(p -> {
            assertThat(p.value()).isEqualByComparingTo("52");
            assertThat(p.how()).isEqualTo("increment");
        });
        // 94% of 3.5万人 is 3.29万人: people are counted whole, in 人, not in 万人.
        var cards = ledger(1L, "电子健康卡推广", "申领居民电子健康卡", "3.5", "万人", "3.08");
        assertThat(read("（十）健康卡\n居民电子健康卡申领完成全年任务的94%。\n", cards).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("3.29"));
    }

    @Test
    void whoseFigureItIsAndWhichRateAndWhatStandsNow() {
        // a count of cases mediated is work, no harm: a figure need not speak of harm to fill it
        var mediated = ledger(1L, "诉源治理", "诉前调解成功案件", "160", "件", "128");
        assertThat(read("（四）诉源治理\n依托龙坪人民法庭诉前调解平台，今年累计诉前调解成功142件，同比增加24件。\n", mediated).proposals())
                .singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("142"));
        // a figure said to hold other townships' too is none of the township's own
        assertThat(read("（四）诉源治理\n今年诉前调解成功150件，但里面也有峰岩、柳垭两个乡镇的。\n", mediated).proposals()).isEmpty();
        // 保持联系率 is another rate than 纳入组织管理率
        var managed = ledger(1L, "流动党员管理", "流动党员纳入组织管理率", "95", "%", "91.2");
        assertThat(read("（五）流动党员\n全乡外出流动党员150名，已全部建立联系，保持联系率100%。\n", managed).proposals()).isEmpty();
        // the firms checked are the scope of a check, not firms put right
        var dust = ledger(1L, "粉尘涉爆企业治理", "粉尘涉爆企业除尘系统改造", "16", "家", "11");
        assertThat(read("（八）粉尘涉爆\n本月对全镇23家粉尘涉爆企业开展执法检查46次。\n", dust).proposals()).isEmpty();
        // (with no count of checks of its own after the act, the households visited may be the work the indicator counts)
        var visits = ledger(1L, "防返贫监测帮扶", "走访脱贫户", "150", "户", "120");
        assertThat(read("（三）防返贫\n今年以来对全镇136户脱贫户开展入户走访。\n", visits).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("136"));
        // 目前 opening its own clause after the month's: where the whole stands now
        var projects = ledger(1L, "重大项目谋划储备", "储备项目总投资", "45", "亿元", "36.8");
        assertThat(read("（六）项目储备\n本月新增纳入县重大项目库项目3个，目前全镇入库项目总投资41.4亿元。\n", projects).proposals())
                .singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("41.4"));
    }

    @Test
    void aPlanRowAnEarlierOccasionAndATraditionalReportAreReadAsOfficesMeanThem() {
        // 计划 and 完成 rows under one indicator merged down: the 完成 row is the indicator's work, the 计划 row none;
        // 计划执行情况 looks back on a plan, no plan part of its own.
        var river = ledger(1L, "中小河流治理", "完成中小河流治理河长", "9.2", "公里", "7.4");
        String table = "一、计划执行总体情况\n序号\t指标名称\t单位\t年度目标\t类别\t1—10月\t11月\t1—11月累计\t备注\n"
                + "1\t完成中小河流治理河长\t公里\t9.2\t计划\t7.4\t1.8\t9.2\t\n"
                + "\t\t\t\t完成\t7.4\t1.1\t8.5\t四标段待验收\n";
        assertThat(read(table, river).proposals()).singleElement().satisfies(p -> {
            assertThat(p.value()).isEqualByComparingTo("8.5");
            assertThat(p.surface()).isEqualTo("8.5");
        });
        // 通报时，…16支 is where the work stood when the bulletin found it; the table gives where it stands now.
        var patrols = ledger(1L, "群防群治", "组建村级治安巡逻队", "20", "支", "16");
        assertThat(read("（三）巡逻队滞后问题。通报时，全镇组建村级治安巡逻队16支。\n", patrols).proposals()).isEmpty();
        // A Traditional report, read in Simplified: 國家反詐中心APP註冊人數3.34萬 is 3.34万人, its sentence as uploaded.
        var app = ledger(1L, "打击治理电信网络诈骗", "国家反诈中心APP注册人数", "3.5", "万人", "3.2");
        String traditional = "再說平安。反詐工作，國家反詐中心APP註冊人數3.34萬，群眾反映很好。\n";
        assertThat(read(traditional, app).proposals()).singleElement().satisfies(p -> {
            assertThat(p.value()).isEqualByComparingTo("3.34");
            assertThat(p.sentence()).contains("註冊人數");
        });
        // a month's figure that still waits to be reconciled (尚待…对账) is not added
        var subsidy = ledger(1L, "消费品以旧换新", "兑付以旧换新补贴资金", "90", "万元", "71.6");
        assertThat(read("（九）以旧换新\n11月兑付消费者补贴资金11.6万元，尚待县商务局平台对账。\n", subsidy).proposals()).isEmpty();
    }

    @Test
    void aShortFormAMarkNotReachedAHarmAllowedNoneACountyBodysWorkAndASweepsFinds() {
        // 长护险 is 长期护理保险 written short, opening a longer run of the name's words
        var care = ledger(1L, "长期护理保险扩面", "长期护理保险参保人数", "2.1", "万人", "1.9");
        assertThat(read("再说社会保障。长护险参保人数现在是1.97万人，各村要盯住在家的中老年人。\n", care).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("1.97"));
        // the mark the work fell short of, or is still short of, is the target
        var seed = ledger(1L, "小麦良种繁育", "良种繁育基地秋播面积", "15000", "亩", "14000");
        assertThat(read("一是良种繁育基地秋播面积受天气影响未达到15000亩。\n", seed).proposals()).isEmpty();
        var peanuts = ledger(1L, "高油酸花生产业", "高油酸花生订单收购", "9000", "吨", "7000");
        assertThat(read("二是高油酸花生订单收购距全年9000吨还有差距。\n", peanuts).proposals()).isEmpty();
        // a count the office allows none of (≤ 0) is a harm: three co-operatives formed are no wage arrears
        var arrears = comparedLedger(1L, "村级劳务合作社组建", "劳务合作社拖欠务工人员工资事件", "<=", "0", "起", "0");
        assertThat(read("（九）劳务合作社\n本月新组建劳务合作社3个，吸纳务工人员120人。\n", arrears).proposals()).isEmpty();
        // a county body opening the clause did that work itself; 在我镇 says where
        var upkeep = ledger(1L, "农村公路预防性养护", "完成农村公路预防性养护", "45", "公里", "33.5");
        assertThat(read("二是预防性养护有序开展。本月完成乡道预防性养护6.8公里；县公路事业发展中心在我镇实施县道预防性养护12公里。\n", upkeep)
                .proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("40.3"));
        // hazards a sweep found are no hazards put right
        var hazards = ledger(1L, "房屋市政工程施工安全", "整改销号建筑施工安全隐患", "300", "处", "241");
        assertThat(read("三是施工安全。本月排查建筑施工安全隐患52处。\n", hazards).proposals()).isEmpty();
    }

    @Test
    void aDoneOverTargetCellGivesItsFirstFigureUnlessItHoldsWhatIsNotCounted() {
        var shops = ledger(1L, "夜间经济街区培育", "夜间经济街区入驻经营户", "90", "户", "80",
                "经营户以办理营业执照并经镇市场监管所备案为准，节假日、周末临时摊点不计入");
        String header = "序号\t工作任务\t指标名称（计量单位）\t完成值/目标值\t完成率\t较上月增减\n";
        assertThat(read(header + "3\t夜间经济街区培育\t夜间经济街区入驻经营户（户）\t86/90\t95.6%\t+6\n", shops).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("86"));
        assertThat(read(header + "3\t夜间经济街区培育\t夜间经济街区入驻经营户（户）\t112（含临时摊点）/90\t—\t—\n", shops).proposals())
                .isEmpty();
    }

    @Test
    void aSuggestionOrNextYearsWorkIsNoAchievement() {
        // A deputy's 建议 proposes work; 明年 puts it after the period; a floor (不小于) is a rule, not an amount.
        var r = read("二、代表意见建议\n鄢代表：1．建议全镇一般公共预算收入明年达到7000万元。2．建议县财政将收入分成提高到6500万元。\n"
                + "三、镇政府答复\n明年全镇一般公共预算收入力争增长，不小于6900万元。\n");
        assertThat(r.proposals()).isEmpty();
        for (String each : List.of("鄢代表：2．建议县财政将一般公共预算收入分成提高到6500万元。\n", "鄢代表：1．建议明年再完成一般公共预算收入6500万元。\n",
                "（三）税源\n全镇一般公共预算收入单月不小于600万元，截至11月底为6420万元。\n")) {
            assertThat(read(each).proposals()).as(each).allSatisfy(p -> assertThat(p.value()).isEqualByComparingTo("6420"));
        }
    }

    @Test
    void aFloorOrAMeasureOfSizeIsNoAmountDone() {
        var r = read("（一）财税\n各村上缴一般公共预算收入不小于20万元。\n");
        assertThat(r.proposals()).isEmpty();
    }

    @Test
    void aFigureDatedAfterThePeriodOrSaidNotToCountFillsNothing() {
        // A November report written on 4 December may give the state at 3 December: it is not November's.
        for (String each : List.of("（一）财税\n截至12月3日，全镇完成一般公共预算收入6480万元。\n",
                "（一）财税\n12月1日以来，全镇又入库一般公共预算收入120万元。\n",
                "（一）财税\n全镇一般公共预算收入另有300万元，还没入库，不要算进去。\n",
                "（一）财税\n全镇一般公共预算收入6400万元（示意），待财政所核实后替换。\n")) {
            assertThat(read(each).proposals()).as(each).isEmpty();
        }
    }

    @Test
    void aChroniclesLaterEntryIsWhereTheWorkStands() {
        // 大事记: each entry dated; 截至当日 gives that day's total, and the last day's is the month's.
        var r = read("2026年11月大事记\n11月6日　县财政局通报收入进度。截至当日，全镇完成一般公共预算收入6200万元。\n"
                + "11月20日　镇党委召开财税工作会。\n11月27日　截至当日，全镇完成一般公共预算收入6452万元。\n");
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("6452"));
    }

    @Test
    void theQuotaNamedAsATaskIsNotTheWorkDone() {
        for (String each : List.of("（一）财税\n一般公共预算收入县里任务6800万元，11月底已完成6420万元。\n",
                "（一）财税\n6800万元的一般公共预算收入任务，11月底前完成的是6420万元。\n")) {
            assertThat(read(each).proposals()).as(each).singleElement()
                    .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("6420"));
        }
    }

    @Test
    void aWidthIsNoLengthBuilt() {
        var roads = ledger(3L, "竹产业", "新修竹林运材道", "7500", "米", "5620");
        String text = "（三）竹产业\n新修竹林运材道主体已经完工，路面宽3.5米，长度待竣工测量后确定。\n";
        assertThat(read(text, roads).proposals()).isEmpty();
    }

    @Test
    void aPerformanceTableNamesItsIndicatorsInTheDeepestLevelNotTheCategory() {
        // 绩效监控表: 指标类别 | 三级指标 | 年度指标值 | 1—11月实际完成值 | 完成率 | 全年预计完成值 — the category names no indicator,
        // the 指标值 and the 预计 columns are no figures of work done.
        String table = "表2 绩效目标运行监控\n指标类别\t二级指标\t三级指标\t年度指标值\t1—11月实际完成值\t完成率\t全年预计完成值\n"
                + "产出指标\t数量指标\t一般公共预算收入\t6800万元\t6430万元\t94.6%\t6850万元\n";
        var r = read(table);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("6430"));
    }

    @Test
    void aRunningTotalDoesNotFallSoAFigureBelowTheLastGivesWayToTheShareDone() {
        // 5930万元 to October: 一场展销会的800万元 is no total of the year; 完成年度目标的94% (6392) is.
        var r = read("（一）财税\n组织招商推介会2场，现场签约一般公共预算收入相关税源800万元。一般公共预算收入完成年度目标的94%。\n");
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("6392"));
    }

    @Test
    void aQuotaOfThisYearASinceAnEventTotalAndAnEarlierYearsPartFillNothing() {
        for (String each : List.of("（一）财税\n一般公共预算收入今年任务6800万元，截至11月底入库6425万元。\n",
                "（一）财税\n今年安排的一般公共预算收入6800万元，已入库6425万元。\n",
                "（一）财税\n2024年1月启动创建以来，全镇累计完成一般公共预算收入1.6亿元。截至11月底，一般公共预算收入入库6425万元。\n",
                "三、主要指标达标情况（2025年度）\n一般公共预算收入6100万元。\n四、2026年情况\n截至11月底，全镇一般公共预算收入6425万元。\n",
                "（一）财税\n全镇一般公共预算收入6425万元，另有契税180万元已缴入国库，县财政局12月5日确认后计入。\n")) {
            assertThat(read(each).proposals()).as(each).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("6425"));
        }
    }

    @Test
    void anIssueOfHalfTheMonthGivesNoIncrementOfTheMonth() {
        var r = read("战报\n第6期（11月16日—11月30日）\n（一）财税\n本期入库一般公共预算收入210万元。\n");
        assertThat(r.proposals()).isEmpty();
    }

    @Test
    void theUnitThatCheckedTheWorkIsNotTheOneThatDidIt() {
        var county = new AchievementMatcher.Setting("清河镇", List.of("县财政局", "丰乐镇"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                Map.of(1L, LocalDate.of(2026, 10, 31)), Map.of());
        String text = "（一）财税\n截至11月底，经县财政局核实一般公共预算收入6425万元，丰乐镇完成7100万元。\n";
        var r = AchievementMatcher.match(Reader.read("t", text, null, 2026), text, lines, county);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("6425"));
    }

    @Test
    void aFigureNotYetCheckedIsNotYetDone() {
        for (String each : List.of("（一）财税\n镇里掌握的一般公共预算收入约6500万元，尚未经县财政局确认。\n",
                "（一）财税\n镇里自查一般公共预算收入已达6500万元，但其中一部分尚未经县财政局核实。\n")) {
            assertThat(read(each).proposals()).as(each).isEmpty();
        }
    }

    @Test
    void aReconciliationTableGivesTheFigureAgreedAtTheMonthsEnd() {
        // 镇10月底报送数 | 县直部门数 | 部门统计口径 | 差异原因 | 核对后11月底数: only the agreed figure to November's end; "—" is none.
        String table = "表1 核对情况表\n指标\t单位\t镇10月底报送数\t县直部门数\t部门统计口径\t差异原因\t核对后11月底数\n"
                + "一般公共预算收入\t万元\t5930\t7020\t考核年度\t统计时段不同\t6440\n";
        assertThat(read(table).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("6440"));
        assertThat(read(table.replace("\t6440\n", "\t—\n")).proposals()).isEmpty();
    }

    @Test
    void aNumberCardIsNamedByItsCaption() {
        // A public-account post: ▶ 6425 万元 on a line of its own, what it is on the next.
        var r = read("📢 编者按\n数据截至2026年11月30日。\n▶ 6425 万元\n今年全镇一般公共预算收入\n");
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("6425"));
    }

    @Test
    void aSchoolYearSeveralYearsOrAPlannedFigureFillNothing() {
        for (String each : List.of("（一）财税\n2025—2026学年，全镇一般公共预算收入6480万元。\n",
                "一、过去五年工作回顾\n全镇一般公共预算收入累计3.1亿元。\n",
                "（一）财税\n全镇一般公共预算收入规划6600万元。\n")) {
            assertThat(read(each).proposals()).as(each).isEmpty();
        }
    }

    @Test
    void aWeeklyTablesYearColumnIsTheTotalAndALeftOutTotalWithAPendingRemarkFillsNothing() {
        // 上周累计 | 本周完成 | 本月累计 | 年度累计 | 备注: the year's total is where the work stands; left "—" with the rest
        // still waiting (待…确认), the month's column is no increment to add.
        String table = "表1 周报\n序号\t指标\t单位\t年度目标\t上周累计\t本周完成\t本月累计\t年度累计\t备注\n"
                + "1\t一般公共预算收入\t万元\t6800\t6350\t90\t510\t6440\t\n";
        assertThat(read(table).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("6440"));
        assertThat(read(table.replace("\t6440\t\n", "\t—\t待县财政局确认\n")).proposals()).isEmpty();
    }

    @Test
    void whatTheNarrowerRulesMustNotCatch() {
        // A count of suggestions, a road widened, another thing not counted: each still fills (the review of these rules).
        for (String each : List.of("（一）财税\n收集群众意见、建议56条，全镇一般公共预算收入6425万元。\n",
                "（一）财税\n全镇一般公共预算收入6425万元，征地费用未计入。\n")) {
            assertThat(read(each).proposals()).as(each).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("6425"));
        }
        var roads = ledger(3L, "交通", "道路拓宽改造", "8", "公里", "4.1");
        String text = "（三）交通\n全镇道路拓宽5.2公里。\n";
        assertThat(read(text, roads).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("5.2"));
    }

    @Test
    void aShortFormOfTheLedgersNameFillsItButTwoOfItsWordsDoNot() {
        var soy = ledger(4L, "大豆玉米带状复合种植", "大豆玉米带状复合种植面积", "4800", "亩", "4100");
        assertThat(read("（一）产业\n1.豆玉带复：县核累4530亩。\n", soy).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("4530"));
        var beds = ledger(5L, "养老服务", "新增养老服务床位", "80", "张", "40");
        assertThat(read("（二）文旅\n精品民宿：新增床位320张。\n", beds).proposals()).isEmpty();
    }

    @Test
    void problemsFoundAStockWithTheWorkUnderWayAndMoneyPaidFillNothing() {
        var fixes = ledger(6L, "水源地", "整治水源保护区环境问题", "50", "个", "30");
        assertThat(read("（一）水源地\n今年专项排查发现水源保护区环境问题41个，大部分已完成整改。\n", fixes).proposals()).isEmpty();
        var shops = ledger(7L, "安全", "规范整治烟花爆竹零售点", "60", "个", "30");
        assertThat(read("（二）安全\n全镇现有烟花爆竹零售点45个，“一店一档”整治正在推进。\n", shops).proposals()).isEmpty();
        var repair = ledger(8L, "烈士纪念设施修缮", "烈士纪念设施修缮完成投资", "500", "万元", "200");
        assertThat(read("（三）修缮\n烈士纪念设施修缮工程款已支付280万元。\n", repair).proposals()).isEmpty();
    }

    @Test
    void aLedgerCountingByAStepTakesThePartThatPassedItNotTheWhole() {
        var roads = ledger(9L, "农村公路安全生命防护工程", "实施农村公路安全生命防护工程", "46", "公里", "30", "里程以县交通运输局竣工验收里程为准");
        var r = read("（五）交通\n全乡农村公路安全生命防护工程46公里已全部完工，其中经县交通运输局竣工验收43.8公里，剩余2.2公里12月验收。\n", roads);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("43.8"));
        // The same step named after the figure checks it too: 7处已通过…竣工验收.
        var relics = ledger(7L, "文物保护", "修缮不可移动文物", "8", "处", "5", "修缮以县文化和旅游局组织的竣工验收为准，历史建筑不计入");
        r = read("（七）文化\n今年修缮文物和历史建筑10处，其中不可移动文物7处已通过县文化和旅游局竣工验收，历史建筑3处已完工。\n", relics);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("7"));
    }

    @Test
    void withoutABasisOrWithTheStepOnlyAwaitedTheWholeStands() {
        // No 备注: the ledger counts the work done, the whole.
        var roads = ledger(9L, "农村公路安全生命防护工程", "实施农村公路安全生命防护工程", "46", "公里", "30");
        var r = read("（五）交通\n全乡农村公路安全生命防护工程46公里已全部完工，其中经县交通运输局竣工验收43.8公里。\n", roads);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("46"));
        // 已具备挂牌条件 names the step without passing it: no figure for a ledger that counts 挂牌.
        var stations = ledger(10L, "新就业形态劳动者服务保障", "户外劳动者服务站点", "15", "个", "11", "服务站点以县总工会验收挂牌为准");
        r = read("（十）工会\n户外劳动者服务站点：2个新建站点已具备挂牌条件，县总工会验收安排在12月上旬。\n", stations);
        assertThat(r.proposals()).isEmpty();
    }

    @Test
    void aQuartersMoneyPaidOnADayOfTheMonthIsTheMonthsAndAMonthsRateIsNotTheYears() {
        var money = ledger(1L, "大中型水库移民后期扶持", "发放移民后期扶持直补资金", "186", "万元", "139.5");
        var r = read("（三）移民\n第四季度移民后期扶持直补资金46.5万元已于11月20日通过“一卡通”足额发放到3100名移民个人账户。\n", money);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("186"));
        var rate = ledger(1L, "12345热线诉求办理", "12345热线工单按期办结率", "98", "%", "97.6");
        r = read("（十）热线\n本月受理12345热线工单86件，按期办结86件，按期办结率100%。\n", rate);
        assertThat(r.proposals()).isEmpty();
    }

    @Test
    void applicationsDealtWithAreWorkDoneAndFamilyPlanningIsNoPlan() {
        var homesteads = ledger(1L, "农村宅基地审批管理", "农村宅基地审批办结", "180", "宗", "141");
        var r = read("（三）宅基地\n11月审批办结农村宅基地申请17宗，退回补正材料5宗。\n", homesteads);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("158"));
        var allowance = ledger(1L, "计划生育家庭奖励扶助", "发放计划生育家庭奖励扶助金", "186", "万元", "171.6");
        r = read("（三）计划生育家庭奖励扶助。今年累计通过“一卡通”发放计划生育家庭奖励扶助金183.3万元。\n", allowance);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("183.3"));
        // 全年应发放 is what falls due in the year, not what was paid.
        r = read("（三）奖扶。全年应发放计划生育家庭奖励扶助金186万元，截至11月底已发放183.3万元。\n", allowance);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("183.3"));
    }

    @Test
    void figuresANoteStarsAsUncheckedAndAStateTheBasisExcludesAreNotFilled() {
        var oranges = ledger(1L, "柑橘产业提质增效", "柑橘产量", "8500", "吨", "2350");
        var r = read("一、完成情况\n柑橘产量5900*吨。\n注：带“*”的数据为各村上报数，乡农业综合服务中心正在核实。\n", oranges);
        assertThat(r.proposals()).isEmpty();
        var rails = ledger(1L, "农村公路安全生命防护工程", "安装波形护栏", "21000", "米", "15000", "波形护栏以竣工验收长度为准，已安装未验收的不计入");
        r = read("（九）交通\n全乡已安装波形护栏18600米，县交通运输局12月组织验收。\n", rails);
        assertThat(r.proposals()).isEmpty();
        r = read("（九）交通\n全乡已安装波形护栏18600米，均已通过县交通运输局竣工验收。\n", rails);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("18600"));
        // said as a letter or a speech says it: 装了 is 安装, and installed is still not checked
        r = read("（九）交通\n安全生命防护工程已经全部干完。波形护栏装了一万八千六百米。\n", rails);
        assertThat(r.proposals()).isEmpty();
    }

    @Test
    void aNamesModifierLeftToItsParagraphAndARunningTotalAfterItsCheckAreTheIndicators() {
        // 杂交水稻制种面积 written 制种面积 under a paragraph opened by 杂交水稻制种收购…
        var seed = ledger(1L, "杂交水稻制种基地建设", "落实杂交水稻制种面积", "2600", "亩", "2500");
        var r = read("（二）特色产业\n杂交水稻制种收购进入扫尾阶段。今年全镇落实制种面积2580亩，已全部通过县种子管理站田间检验。\n", seed);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("2580"));
        // 累计新建555亩 continues the clause that named the work, past the clause of its check
        var grapes = ledger(1L, "葡萄产业发展", "新建避雨栽培葡萄园", "600", "亩", "470");
        r = read("（三）葡萄产业\n葡萄产业方面，本月在沙湾村、芦花洲村新建避雨栽培葡萄园85亩，已通过县农业农村局验收，今年累计新建555亩。\n", grapes);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("555"));
    }

    @Test
    void theWorstHarmAnIndicatorCountsMustBeSaidAndNoneOfItAfterTheEventsIsZero() {
        var deaths = ledger(1L, "野生菌中毒防控", "野生菌中毒死亡人数", "0", "人", "0");
        var r = read("（四）食品安全\n今年以来全乡共发生野生菌中毒事件2起、中毒7人，经及时救治全部康复出院，未发生死亡。\n", deaths);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("0"));
    }

    @Test
    void aHalfAfterASemicolonGoesOnInItsSentencesTimeAndATotalWithEarlierYearsIsNoYearsNewOnes() {
        var balance = ledger(1L, "草原生态保护补助奖励", "落实草畜平衡面积", "3.5", "万亩", "2.9");
        var r = read("（二）生态\n草原生态保护补助奖励方面，本月兑付补助奖励资金19.6万元，涉及牧户312户；新与68户牧户签订草畜平衡责任书，"
                + "落实草畜平衡面积1500亩。\n", balance);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("3.05"));
        var firms = ledger(1L, "专精特新中小企业梯度培育", "新入库创新型中小企业", "15", "家", "11");
        assertThat(read("（一）企业培育\n目前全镇累计入库创新型中小企业37家（含往年入库企业）。\n", firms).proposals()).isEmpty();
        var reform = ledger(1L, "企业股份制改造和直接融资", "完成规范化股份制改造", "4", "家", "2");
        assertThat(read("（三）企业股改\n推动园区骨干企业规范化股份制改造，本月博通电气完成股份有限公司变更登记，今年累计完成股改3家。\n", reform).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("3"));
    }

    @Test
    void aBasisTheNoteLeavesOutAStepStillUnderReviewAndCopiesAreNotFilled() {
        var rate = ledger(1L, "惠民保参保扩面", "惠民保参保率", "55", "%", "48.6", "参保率按本镇户籍人口计算，按常住人口计算的不计入");
        assertThat(read("（五）惠民保\n本月新增惠民保参保620人，全镇累计参保20080人；按常住人口计算，参保率达到51.3%。\n", rate).proposals())
                .isEmpty();
        var assessed = ledger(1L, "社会心理服务体系建设", "开展重点人群心理健康评估", "2400", "人", "1890",
                "评估以镇卫生院录入县社会心理服务信息系统并经审核的人数为准");
        assertThat(read("（九）社会心理服务\n本月镇卫生院新完成重点人群心理健康评估230人，目前正在县社会心理服务信息系统审核。\n", assessed)
                .proposals()).isEmpty();
        // a cue of a step not passed that an 已…全部 closes is no cue: the check was passed
        var villages = ledger(1L, "美丽乡村建设", "创建美丽乡村示范村", "6", "个", "4", "以县农业农村局验收为准");
        assertThat(read("（三）美丽乡村\n上月未通过的2个村已于11月全部通过验收，全镇累计创建美丽乡村示范村6个。\n", villages).proposals())
                .singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("6"));
        var stations = ledger(1L, "科普阵地建设", "建成村（社区）科普e站", "16", "个", "12");
        assertThat(read("（八）科普\n本月组织科普大篷车进村6场，发放科普资料1.5万份。\n", stations).proposals()).isEmpty();
    }

    @Test
    void aLaterSpanIsTheTotalAWaitingCellIsNoBlankToFillAndEachOnesIsNoTotal() {
        String table = "附表\n序号\t工作任务\t具体指标\t单位\t全年目标\t1-10月\t11月\t1-11月合计\t占目标%\n"
                + "2\t农田机井建设\t新打和更新农田机井\t眼\t120\t96\t12\t108\t90.0\n"
                + "\t\t培训有限空间作业人员\t人次\t900\t780\t96\t待核\t\n";
        var wells = ledger(1L, "农田机井建设", "新打和更新农田机井", "120", "眼", "96");
        assertThat(read(table, wells).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("108"));
        var trained = ledger(1L, "有限空间作业安全治理", "培训有限空间作业人员", "900", "人次", "780");
        assertThat(read(table, trained).proposals()).isEmpty();
        var dryers = ledger(1L, "花椒产业提质增效", "新建花椒烘干房", "20", "座", "15");
        assertThat(read("（一）花椒\n本月核桃湾村、高坎村各1座花椒烘干房建成。\n", dryers).proposals()).isEmpty();
    }

    @Test
    void aRowMergedAcrossATableGroupsTheRowsUnderItAndTheTableGoesOn() {
        String table = "附表　推进情况\n序号\t指标\t年度目标\t1—11月完成\t完成率\t责任办（所）\t备注\n"
                + "一、葡萄产业提质增效（责任领导：褚远航）\n"
                + "1\t新建标准化葡萄园\t800亩\t680亩\t85.0%\t农业农村办\t\n"
                + "二、建筑业发展（责任领导：栾志诚）\n"
                + "3\t新培育资质建筑企业\t6家\t4家\t66.7%\t经济发展办\t\n";
        var vineyards = ledger(1L, "葡萄产业提质增效", "新建标准化葡萄园", "800", "亩", "560");
        assertThat(read(table, vineyards).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("680"));
        var builders = ledger(1L, "建筑业发展", "新培育资质建筑企业", "6", "家", "3");
        assertThat(read(table, builders).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("4"));
    }

    @Test
    void twoHeaderRowsReadAsOneAndAMonthsRateInItsMonthColumnIsNotTheYears() {
        String table = "附表　推进情况\n序号\t工作任务\t指标\t年度目标\t完成情况\t\t完成率\t备注\n\t\t\t\t11月\t1—11月累计\t\t\n"
                + "1\t生姜产业发展\t新建标准化姜窖\t40个\t6个\t34个\t85.0%\t\n"
                + "5\t放心消费环境建设\t消费投诉按时办结率\t≥98%\t100%\t待核\t\t\n";
        var cellars = ledger(1L, "生姜产业发展", "新建标准化姜窖", "40", "个", "28");
        assertThat(read(table, cellars).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("34"));
        var complaints = ledger(1L, "放心消费环境建设", "消费投诉按时办结率", "98", "%", "99.1");
        assertThat(read(table, complaints).proposals()).isEmpty();
    }

    @Test
    void aBareCompletionRateIsTheShareOfTheFigureBeforeItAndAFirmTheUnitDirectsIsNoOtherUnit() {
        // 完成率86.7% after 1300亩 is the base's share, not the share of its sibling 收购刺梨鲜果
        var fruit = ledger(1L, "刺梨产业发展", "收购刺梨鲜果", "2600", "吨", "2140");
        assertThat(read("（一）刺梨\n本月新建刺梨基地120亩，已通过县林业局验收，今年累计新建1300亩，完成率86.7%。\n", fruit).proposals())
                .isEmpty();
        var orchards = ledger(1L, "板栗提质增效", "板栗低产园改造", "200", "公顷", "156");
        assertThat(read("（二）板栗\n组织金竹板栗专业合作社技术员分片开展高接换冠和施肥管护，本月完成板栗低产园改造360亩，均经县林业局验收。\n",
                orchards).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("180"));
        var packs = ledger(1L, "农村儿童营养改善项目", "发放婴幼儿营养包", "7800", "盒", "6480");
        assertThat(read("（五）儿童营养\n本月为全乡婴幼儿发放营养包640盒，今年累计发放7120盒。\n", packs).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("7120"));
    }

    @Test
    void aStepTheOfficeCountsByStillAheadForTheFigureOrItsPartLeavesItBlank() {
        var forest = ledger(1L, "国家储备林建设", "新建国家储备林", "5000", "亩", "3000", "造林面积以县林业局验收面积为准");
        var r = read("（三）林业\n储备林项目（一期）完成造林约4500亩，县林业局计划12月中旬组织验收。\n", forest);
        assertThat(r.proposals()).isEmpty();
        var road = ledger(1L, "国省干线公路路域环境整治", "路域环境整治", "38", "公里", "26.5", "整治里程以县公路事业发展中心验收为准");
        r = read("（十）路域环境\n累计完成路域环境整治34.9公里，其中G351国道沙河段2.1公里已完成整治，尚待县公路事业发展中心验收。\n", road);
        assertThat(r.proposals()).isEmpty();
        // checked this month, said right after the figure: the month's, added to October's
        r = read("（十）路域环境\n路域环境整治加快收尾，S217省道石桥至凤岭段6.3公里本月通过县公路事业发展中心验收，"
                + "G351国道沙河段2.1公里已完成整治、正待县公路事业发展中心验收。\n", road);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("32.8"));
        // a step still ahead in another cell of a table row is another thing's
        var workshops = ledger(1L, "食品小作坊规范提升", "建成示范食品小作坊", "6", "家", "3", "示范小作坊以县市场监督管理局验收授牌为准");
        r = read("表1　进展情况\n序号\t重点任务\t进展情况\t备注\n3\t食品小作坊规范提升\t经验收授牌，建成示范食品小作坊4家，占任务的66.7%"
                + "\t岩口村作坊已完成改造，待县市场监督管理局验收授牌\n", workshops);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("4"));
    }

    @Test
    void uncheckedRoundedVisitedAndRestatedFiguresAreNotFilled() {
        var screening = ledger(1L, "血吸虫病防治", "人群血吸虫病查病", "5600", "人", "4720");
        assertThat(read("（二）血防\n人群血吸虫病查病5240人（待核）。\n", screening).proposals()).isEmpty();
        var road = ledger(1L, "渡改桥", "渡改桥连接道路", "4", "公里", "2.1");
        assertThat(read("（三）渡改桥\n三座渡改桥的连接道路已交工验收3460米（约3.5公里）。\n", road).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("3.46"));
        var firms = ledger(1L, "规上企业培育", "新增规模以上工业企业", "5", "家", "3");
        assertThat(read("一、党建引领\n围绕年终收官，镇党委书记带队走访村（社区）11个、企业9家，现场协调解决问题17个。\n", firms).proposals())
                .isEmpty();
        var builders = ledger(1L, "建筑业发展", "新培育资质建筑企业", "6", "家", "3");
        assertThat(read("二、存在问题\n建筑业企业资质申报周期较长，全年新培育资质建筑企业6家的任务完成难度较大。\n", builders).proposals())
                .isEmpty();
    }

    @Test
    void thisYearInItsOwnClausePlacesListedForOneFigureAndNoneFoundAreRead() {
        var villages = ledger(1L, "文明村镇创建", "新创建县级以上文明村", "5", "个", "2");
        assertThat(read("（八）精神文明\n11月，青石坳村、柳溪村被县文明委命名为县级文明村，今年全镇新创建县级以上文明村4个。\n", villages).proposals())
                .singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("4"));
        var vineyards = ledger(1L, "葡萄产业提质增效", "新建标准化葡萄园", "800", "亩", "560");
        assertThat(read("（一）葡萄产业\n本月上湾村、柳溪村新建标准化葡萄园120亩通过县农业农村局验收。\n", vineyards).proposals())
                .singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("680"));
        var cases = ledger(1L, "血吸虫病防治", "新发急性血吸虫病病例", "0", "例", "0");
        assertThat(read("（四）血防\n今年以来全镇未发现急性血吸虫病病例。\n", cases).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("0"));
    }

    @Test
    void aTablesBareFiguresTakeTheUnitOfItsTargetAndTotalsInOtherUnitsAreConvertedBeforeTheyAreAdded() {
        String table = "表1　推进情况表\n序号\t任务名称\t指标\t目标值\t截至10月底\t11月完成\t截至11月底累计\t完成进度\n"
                + "1\t秋粮收购\t秋粮收购入库\t2.6万吨\t1.84万吨\t5000吨\t\t90.0%\n"
                + "\t\t优质稻订单收购\t12000吨\t8650\t2470\t11120\t92.7%\n";
        var grain = ledger(1L, "秋粮收购", "秋粮收购入库量", "2.6", "万吨", "1.84");
        assertThat(read(table, grain).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("2.34"));
        var rice = ledger(1L, "秋粮收购", "优质稻订单收购量", "12000", "吨", "8650");
        assertThat(read(table, rice).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("11120"));
    }

    @Test
    void aTablesTargetColumnHoldsNoAchievementAndWhatIsClearedIsNotWhatIsAdded() {
        String table = "表1　进展情况表\n序号\t重点任务\t目标\t进展情况\t备注\n"
                + "3\t食品小作坊规范提升\t登记备案45家；建成示范小作坊6家\t本月新登记备案4家，累计登记备案41家\t\n";
        var workshops = ledger(1L, "食品小作坊规范提升", "食品小作坊登记备案", "45", "家", "37");
        assertThat(read(table, workshops).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("41"));
        var debt = ledger(1L, "村级债务化解", "新增村级债务", "0", "万元", "0");
        assertThat(read("（七）村级债务\n本月化解村级债务31.8万元，目前全乡村级债务余额412万元。\n", debt).proposals()).isEmpty();
    }

    @Test
    void aTasksOwnWordsExcludeNothingUnlessTheySayNotCountedAndTheYearsTaskDoneIsFilled() {
        // An item read from a plan says 已签约未开工的项目 as work to do, not as a rule of what is counted.
        var projects = ledger(1L, "招商引资", "新签约项目", "20", "个", "12", "推动已签约未开工的项目尽快开工，全年新签约项目20个");
        var r = read("（一）招商\n本月新签约项目3个，累计新签约15个。\n", projects);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("15"));
        var forest = ledger(1L, "植树造林", "完成造林", "1.5", "万亩", "1.1");
        r = read("（二）造林\n全年完成造林任务1.2万亩。\n", forest);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("1.2"));
    }

    /** From longping-w: a table of the months one by one, its 累计 given for some rows and "/" for others. */
    @Test
    void aTableOfTheMonthsIsSummedWhereItsTotalIsLeftOutAndARowsMonthLeftBlankFillsNothing() {
        String table = "附表\n序号\t工作任务\t指标名称\t单位\t年度目标\t1—11月各月完成情况\t\t\t\t\t\t\t\t\t\t\t累计\t备注\n"
                + "\t\t\t\t\t1月\t2月\t3月\t4月\t5月\t6月\t7月\t8月\t9月\t10月\t11月\t\t\n"
                + "5\t防雷减灾\t完成防雷装置定期检测的重点场所\t家\t48\t0\t0\t9\t17\t8\t3\t0\t2\t1\t1\t4\t/\t11月检测6家，2家待复检，未计入\n"
                + "7\t应急物资\t应急物资储备库完成投资\t万元\t360\t0\t0\t12\t26\t38\t41\t35\t29\t36\t31\t58\t306\t\n"
                + "13\t村务监督\t村务监督委员会规范化建设达标村\t个\t11\t0\t0\t0\t0\t2\t0\t2\t0\t2\t1\t2\t/\t11个村均已完成乡级自评\n"
                + "18\t一标三实\t采集核准实有房屋\t栋\t7800\t610\t420\t980\t870\t760\t690\t720\t780\t620\t500\t\t/\t11月数据待核\n";
        // the months added (a remark naming a part left out, with figures of its own, leaves the row's figure standing;
        // 2 | / | 11个村 are three cells, no 2/11 done over due)
        assertThat(read(table, ledger(1L, "防雷减灾", "完成防雷装置定期检测的重点场所", "48", "家", "41")).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("45"));
        assertThat(read(table, ledger(1L, "村务监督", "村务监督委员会规范化建设达标村", "11", "个", "7")).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("9"));
        // the total where it is given; nothing where the month waits
        assertThat(read(table, ledger(1L, "应急物资", "应急物资储备库完成投资", "360", "万元", "248")).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("306"));
        assertThat(read(table, ledger(1L, "一标三实", "采集核准实有房屋", "7800", "栋", "6950")).proposals()).isEmpty();
    }

    /** From qinghe-x: a column of 目标任务及时间节点, its table grouped by rows spanning it, holds targets. */
    @Test
    void aTargetWithItsDueDayIsATargetColumnThroughTheTablesGroups() {
        String table = "推进情况表\n序号\t重点工作\t目标任务及时间节点\t推进情况\t\t责任人\n"
                + "\t\t\t进展情况（截至11月30日）\t序时评价\t\n"
                + "一、农业农村（2项）\n"
                + "3\t白鹅产业发展\t白鹅出栏28万羽。时间节点：12月31日\t今年全镇出栏白鹅24.5万羽，其中本月2.9万羽。\t达序时\t李某\n"
                + "二、文明实践（1项）\n"
                + "10\t共富工坊建设\t建成共富工坊10个。时间节点：12月31日\t11月5日石磨岗村工坊挂牌，全镇建成共富工坊8个。\t滞后\t王某\n";
        assertThat(read(table, ledger(1L, "白鹅产业发展", "白鹅出栏", "28", "万羽", "21.6")).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("24.5"));
        assertThat(read(table, ledger(1L, "共富工坊建设", "建成共富工坊", "10", "个", "7")).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("8"));
    }

    /** From qinghe-x: weekly issues bound into one upload, each week's new work added after the latest total. */
    @Test
    void weeklyIssuesBoundTogetherAddEachWeekAfterTheLatestTotal() {
        String issues = """
                清河镇重点工作周调度动态（11月份合订）
                第42期
                清河镇党政办公室　　2026年11月6日
                （本期时段：11月1日—11月6日）
                一、本周工作进展
                　　1．人畜分离改造。本周验收人畜混居户分离改造12户。
                　　2．蜜柚产业强镇。产业强镇项目本周完成投资86万元。
                第43期
                清河镇党政办公室　　2026年11月13日
                （本期时段：11月7日—11月13日）
                一、本周工作进展
                　　1．人畜分离改造。本周验收人畜混居户分离改造15户。
                　　2．蜜柚产业强镇。本周完成投资92万元，截至11月13日，产业强镇项目累计完成投资3048万元。
                第44期
                清河镇党政办公室　　2026年11月20日
                （本期时段：11月14日—11月20日）
                一、本周工作进展
                　　1．人畜分离改造。本周验收人畜混居户分离改造18户。
                　　2．蜜柚产业强镇。本周完成投资104万元。
                """;
        var households = ledger(1L, "农村人畜分离改造", "完成人畜混居户分离改造", "420", "户", "318");
        assertThat(read(issues, households).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("363"));
        var investment = ledger(1L, "农业产业强镇建设", "产业强镇项目完成投资", "3600", "万元", "2870");
        assertThat(read(issues, investment).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("3152"));
        // one issue alone: its week is no month, its 本周 figures fill nothing
        String one = issues.substring(0, issues.indexOf("第43期"));
        assertThat(read(one, households).proposals()).isEmpty();
    }

    /** From shiqiao-v: the unit's columns and the county's under names of areas, their parts on the row below. */
    @Test
    void aHeaderOfAreasOverTheirColumnsIsReadWithTheRowBelowAndTheCountysColumnIsNotTheUnits() {
        String table = "主要指标完成情况表\n序号\t指标\t单位\t石桥镇\t\t\t全县\t\t我镇占全县比重（%）\n"
                + "\t\t\t全年目标\t1—11月完成\t完成率（%）\t1—11月完成\t完成率（%）\t\n"
                + "1\t就业困难人员实现就业\t人\t150\t132\t88.0\t1046\t87.2\t12.6\n"
                + "6\t日间照料中心服务老年人\t人次\t36000\t31800\t88.3\t245600\t85.3\t12.9\n";
        assertThat(read(table, ledger(1L, "就业援助", "就业困难人员实现就业", "150", "人", "118")).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("132"));
        assertThat(read(table, ledger(1L, "日间照料", "日间照料中心服务老年人", "3.6", "万人次", "2.8")).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("3.18"));
    }

    /** From longping-x: a card per task — its 目标要求 row holds targets; the row's name is no state told of its figure. */
    @Test
    void aCardsTargetRowHoldsTargetsAndARowsNameTellsNoStateOfItsFigure() {
        String card = "登记卡\n任务名称\t乡村学校少年宫建设\t\t责任领导\t詹某\n目标要求\t建成并通过验收乡村学校少年宫6个\t\t\t\n"
                + "指标名称\t单位\t年度目标\t本月完成\t累计完成\n建成乡村学校少年宫\t个\t6\t1\t5\n";
        var palaces = ledger(1L, "乡村学校少年宫建设", "建成乡村学校少年宫", "6", "个", "4", "以联合验收为准，已建成未验收的不计入");
        assertThat(read(card, palaces).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("5"));
    }

    /** From longping-x: what was taken out of a count, and a firm's figure told of as 该公司, fill nothing. */
    @Test
    void aPartTakenOutAndAFirmsOwnFigureFillNothing() {
        var archives = ledger(1L, "村志编纂", "征集村史资料", "1600", "件", "1236", "村史资料以登记入库为准，复制件和重复件不计入");
        assertThat(read("（三）村志\n本月征集村史资料172件，剔除复制件、重复件24件后登记入库148件。\n", archives).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("1384"));
        var sales = ledger(1L, "乡村文创产品开发", "文创产品销售收入", "300", "万元", "214");
        assertThat(read("（四）文创\n龙坪文创公司开发竹编产品12款。该公司今年销售额已达420万元。\n", sales).proposals()).isEmpty();
    }

    /** From qinghe-y: a rate a named month's clause gives is that month's, not the year's; 11月，… opening states where it stands. */
    @Test
    void aNamedMonthsRateIsNotTheYearsButAMonthOpeningTheSentenceIsWhereItStands() {
        var scans = ledger(1L, "涉企行政检查规范", "涉企行政检查“扫码入企”登记率", "100", "%", "96.5");
        assertThat(read("（十）涉企检查\n全面推行“扫码入企”，11月份入企检查扫码登记率达到100%。\n", scans).proposals()).isEmpty();
        var insured = ledger(1L, "医保参保", "城乡居民医保参保率", "97", "%", "95.8");
        assertThat(read("（一）医保\n11月，全镇城乡居民医保参保率达到96.3%。\n", insured).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("96.3"));
    }

    /** From shiqiao-x and longping-y: a labelled line of a data box, a bottom-line table's 今年发生, earlier and set figures. */
    @Test
    void aDataBoxLineIsNamedByItsLabelAndWhatHappenedThisYearIsTheTablesFigure() {
        String box = "【11月数据快览】\n◆生态廊道（验收）：11月3.8公里，今年25.3公里\n◆幸福河湖建设完成投资：11月620万元，今年3720万元\n";
        assertThat(read(box, ledger(1L, "生态廊道建设", "建设生态廊道", "30", "公里", "21.5")).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("25.3"));
        assertThat(read(box, ledger(1L, "幸福河湖建设", "幸福河湖建设完成投资", "0.48", "亿元", "0.31")).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("0.372"));
        String bottom = "四、底线指标\n序号\t工作任务\t指标名称\t目标要求\t今年发生（起）\t监管工作开展情况\n"
                + "1\t漂流景区提质升级\t漂流安全责任事故\t不发生\t0\t每日开漂前开展安全检查\n";
        assertThat(read(bottom, comparedLedger(1L, "漂流景区提质升级", "漂流安全责任事故", "<=", "0", "起", "0")).proposals())
                .singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("0"));
        var hikers = ledger(1L, "山地户外运动旅游发展", "户外运动游客", "8", "万人次", "6.35");
        assertThat(read("五、待核指标\n户外运动游客：11月数据正在校核，截至10月31日累计6.35万人次。\n", hikers).proposals()).isEmpty();
        var reservoirs = ledger(1L, "小型水库测报设施建设", "完成测报和监测设施建设的小型水库", "14", "座", "11");
        assertThat(read("（四）水库\n完成测报和监测设施建设的小型水库原定11月30日前完成14座。\n", reservoirs).proposals()).isEmpty();
    }

    /** From qinghe-za, shiqiao-y and longping-z: the unit's total beside its villages, a figure's parts, two groups a row. */
    @Test
    void aTablesUnitTotalItsLedgerPartAndEachGroupOfColumnsGiveTheFigures() {
        String villages = "附表\n序号\t工作任务\t指标名称\t单位\t全年目标\t分村完成情况（截至11月30日累计）\t\t\t全镇合计\t备注\n"
                + "\t\t\t\t\t官田村\t桐梓坳村\t其他村\t\t\n"
                + "1\t水肥一体化推广\t新增水肥一体化应用面积\t亩\t3200\t620\t780\t1480\t2880\t验收并通水运行面积\n";
        assertThat(read(villages, ledger(1L, "水肥一体化推广", "新增水肥一体化应用面积", "3200", "亩", "2400")).proposals())
                .singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("2880"));
        String parts = "构成表\n序号\t工作任务\t指标名称\t年度目标\t构成项目\t单位\t截至10月底\t11月\t截至11月底\t计入台账\n"
                + "3\t无烟环境建设\t建成无烟单位\t30个\t无烟党政机关\t个\t9\t3\t12\t是\n"
                + "\t\t\t\t无烟学校\t个\t17\t2\t19\t是\n"
                + "\t\t\t\t已申报待评估单位\t个\t—\t—\t4\t否\n"
                + "\t\t\t\t台账完成数\t个\t26\t5\t31\t—\n";
        assertThat(read(parts, ledger(1L, "无烟环境建设", "建成无烟单位", "30", "个", "26")).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("31"));
        String groups = "分栏表\n序号\t工作任务\t量化指标一\t\t\t量化指标二\t\t\t责任领导\n"
                + "\t\t指标名称（单位）\t年度目标\t累计完成\t指标名称（单位）\t年度目标\t累计完成\t\n"
                + "1\t重大事故隐患排查整治\t重大事故隐患整改率（%）\t100\t94.1\t安全生产行政处罚案件（件）\t12\t11\t闵某\n";
        var cases = ledger(1L, "重大事故隐患排查整治", "安全生产行政处罚案件", "12", "件", "9");
        assertThat(read(groups, cases).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("11"));
        var rate = ledger(1L, "重大事故隐患排查整治", "重大事故隐患整改率", "100", "%", "88.2");
        assertThat(read(groups, rate).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("94.1"));
    }

    /** From longping-za: a 核对表's 计算结果 is its figure, not the working beside it; 头次 counts times, not heads. */
    @Test
    void aCheckTablesResultIsItsFigureAndTimesAreNoCount() {
        String check = "核对表\n序号\t指标名称\t单位\t年度目标\t计算方法\t截至2026年11月30日\t\t\t数据来源\n"
                + "\t\t\t\t\t计算参数\t计算结果\t完成率\t\n"
                + "3\t认定联农带农经营主体\t家\t15\t县级认定名单累计\t第一至三批11家，第四批2家，合计13家\t13\t86.7%\t县农业农村局\n";
        assertThat(read(check, ledger(1L, "联农带农经营主体培育", "认定联农带农经营主体", "15", "家", "11")).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("13"));
        var cattle = ledger(1L, "黄牛冷配改良", "完成黄牛冷配改良", "1600", "头", "1402");
        assertThat(read("（四）黄牛冷配\n今年累计输精2104头次。\n", cattle).proposals()).isEmpty();
    }

    /** From shiqiao-za: an indicator's rows by 统计时点 — the last report's, this period's, the forecast — give this period's. */
    @Test
    void aRowForEachPointInTimeGivesThisPeriodsFigure() {
        String table = "对照表\n序号\t工作任务\t指标名称\t单位\t年度目标\t统计时点\t累计完成值\t占年度目标（%）\t口径说明\n"
                + "1\t清洁生产审核\t完成清洁生产审核企业\t家\t6\t10月末（已报）\t4\t66.7\t10月报已报送\n"
                + "\t\t\t\t\t11月末（本期）\t5\t83.3\t11月20日通过评估验收\n"
                + "\t\t\t\t\t12月末（预计）\t6\t100.0\t12月中旬评估验收\n";
        assertThat(read(table, ledger(1L, "清洁生产审核", "完成清洁生产审核企业", "6", "家", "4")).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("5"));
    }

    /** From shiqiao-x and shiqiao-z: the whole township's figure fills no indicator of a part of it (景区, 重点村, 集镇). */
    @Test
    void theWholeUnitsFigureFillsNoIndicatorOfAPartOfIt() {
        var scenic = ledger(1L, "老街景区提升", "石桥老街景区接待游客", "60", "万人次", "48.2");
        assertThat(read("（十）文旅\n1—11月全镇接待游客58.3万人次，同比增长15.6%。\n", scenic).proposals()).isEmpty();
        var visitors = ledger(1L, "全域旅游", "接待游客", "60", "万人次", "48.2");
        assertThat(read("（十）文旅\n1—11月全镇接待游客58.3万人次，同比增长15.6%。\n", visitors).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("58.3"));
    }

    /** From longping-zb: 完成进度 over the days 10月31日 | 11月 | 11月30日 — the later day's total is the figure. */
    @Test
    void daysUnderASpanningHeadingAreTotalsAsOfThem() {
        String table = "填报表\n序号\t工作任务\t考核指标\t单位\t年度目标\t完成进度\t\t\t进度研判\t\t数据口径\n"
                + "\t\t\t\t\t10月31日\t11月\t11月30日\t完成率（%）\t灯色\t\n"
                + "3\t乡村旅游精品线路打造\t完成精品线路节点打造\t个\t14\t10\t2\t12\t85.7\t黄\t联合验收意见\n";
        assertThat(read(table, ledger(1L, "乡村旅游精品线路打造", "完成精品线路节点打造", "14", "个", "10")).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("12"));
    }

    @Test
    void theColumnAfterTheDeductionIsTheFigureNotTheRawOne() {
        // 系统数 | 核减数 | 报送累计数: what the system gives, what the ledger's rules take off, and what is left.
        var ledger = ledger(7L, "村级便民服务", "代办便民服务事项", "2400", "件", "1900");
        String text = "表1 11月末数据核减报送表\n序号\t指标名称\t单位\t年度目标\t截至11月底系统数\t截至11月底核减数\t截至11月底报送数\t核减说明\n"
                + "1\t代办便民服务事项\t件\t2400\t2316\t128\t2188\t核减政策咨询128件\n";
        var r = read(text, ledger);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("2188"));
    }

    @Test
    void aRowWhoseVerdictSaysItWaitsToBeCheckedProposesNothing() {
        var ledger = ledger(8L, "茶叶加工", "茶青收购量", "900", "吨", "610");
        String text = "预判表\n序号\t指标名称\t单位\t年度目标\t10月底累计\t11月底累计\t预判结论\t说明\n"
                + "1\t茶青收购量\t吨\t900\t610\t842\t待核实\t11月数含外县调入茶青，未单列\n";
        assertThat(read(text, ledger).proposals()).isEmpty();
    }

    @Test
    void visitsCountedInTimesAreNoCountOfTheThingsVisited() {
        // 检查农家乐41家次 counts inspections, as many as each place had; 达标农家乐 counts places.
        var ledger = ledger(9L, "农家乐提质", "创建星级农家乐", "30", "个", "22");
        var r = read("（一）农家乐提质\n本月会同县文旅局检查农家乐41家次，督促整改消防隐患6处。\n", ledger);
        assertThat(r.proposals()).isEmpty();
        assertThat(MeasureUnit.of("家次").orElseThrow().fit(MeasureUnit.of("个").orElseThrow())).isZero();
    }

    @Test
    void aCompletionRateNamedByWhatItRatesIsThatRateNotAShareOfTheTarget() {
        var ledger = comparedLedger(10L, "退役军人信息采集", "退役军人信息采集核对完成率", ">=", "98", "%", "90");
        var r = read("（一）退役军人信息采集\n截至11月底，全乡退役军人信息采集核对完成率96.4%。\n", ledger);
        assertThat(r.proposals()).singleElement().satisfies(p -> {
            assertThat(p.value()).isEqualByComparingTo("96.4");
            assertThat(p.how()).isEqualTo("cumulative");
        });
    }

    @Test
    void aSumOfTheIndicatorsThingAndAnotherIsNotItsFigure() {
        var ledger = ledger(11L, "困难群众临时救助", "发放临时救助金", "60", "万元", "41.2");
        var r = read("（一）困难群众临时救助\n截至11月底，全镇发放临时救助金和走访慰问金共计63.5万元。\n", ledger);
        assertThat(r.proposals()).isEmpty();
        // (the indicator's own figure alone is its figure)
        var alone = read("（一）困难群众临时救助\n截至11月底，全镇发放临时救助金50.8万元。\n", ledger);
        assertThat(alone.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("50.8"));
    }

    @Test
    void aFigureThatSaysItHoldsWhatTheBasisLeavesOutIsNotTheLedgers() {
        var ledger = ledger(12L, "村集体收益分红", "向成员分红", "120", "万元", "60",
                "分红以兑现到成员的金额为准，提取的公积公益金和村级运转经费不计入");
        var r = read("（一）村集体收益分红\n今年已分红的5个村分红总额98.5万元（含提取的公积公益金）。\n", ledger);
        assertThat(r.proposals()).isEmpty();
    }

    @Test
    void aHalfYearsTotalInNovembersReportIsLongOvertaken() {
        var ledger = ledger(13L, "蓝莓产业", "蓝莓销售收入", "1500", "万元", "980");
        var r = read("（一）蓝莓产业\n上半年蓝莓鲜果实现销售收入980万元，秋果正在采收。\n", ledger);
        assertThat(r.proposals()).isEmpty();
    }

    @Test
    void allThereAreOfAThingIsNotTheWorkDoneOnThem() {
        var ledger = ledger(14L, "小餐饮规范", "规范提升小餐饮店", "40", "家", "31");
        var r = read("（一）小餐饮规范\n全镇共有小餐饮店52家，今年以来持续开展规范提升。\n", ledger);
        assertThat(r.proposals()).isEmpty();
    }

    @Test
    void aSuspectedCountAndAListedOneAreNoWorkDone() {
        var harm = comparedLedger(15L, "湿地保护", "湿地内新增违法建设", "<=", "0", "处", "0");
        assertThat(read("（一）湿地保护\n11月，卫星监测下发我镇湿地范围内疑似新增违法建设2处，正在核实。\n", harm).proposals())
                .noneSatisfy(p -> assertThat(p.value()).isEqualByComparingTo("2"));
        var cleared = ledger(16L, "僵尸企业清理", "清理僵尸企业", "60", "户", "40");
        assertThat(read("（一）僵尸企业清理\n截至11月底，全镇列入清理名单97户，正在逐户核查。\n", cleared).proposals()).isEmpty();
    }

    @Test
    void allOfTheCountedThingsIsTheWholeNotTheMonths() {
        var ledger = ledger(17L, "不动产登记", "完成宅基地确权登记", "400", "宗", "372");
        var r = read("（一）不动产登记\n本月完成最后28宗宅基地的确权登记，400宗宅基地全部登记发证。\n", ledger);
        assertThat(r.proposals()).singleElement().satisfies(p -> {
            assertThat(p.value()).isEqualByComparingTo("400");
            assertThat(p.how()).isEqualTo("cumulative");
        });
    }

    @Test
    void aDeadlineColumnIsNoFigureAndATemplatesDatedPartsHeadTheTable() {
        var ledger = ledger(18L, "村史馆建设", "建成村史馆", "8", "个", "5");
        String text = "填报表\n序号\t指标名称\t计量单位\t目标值\t完成时限\t镇填报情况\t\t\n"
                + "\t\t\t\t\t截至11月30日累计\t其中：11月\t情况说明\n"
                + "1\t建成村史馆\t个\t8\t12月31日\t7\t2\t本月新建2个\n";
        assertThat(read(text, ledger).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("7"));
    }

    @Test
    void ofTheFiguresEachLevelGaveTheLedgersAndTheVerifiedOneAreRead() {
        var ledger = ledger(19L, "山塘整治", "整治病险山塘", "40", "座", "30");
        String chain = "表\n序号\t指标名称\t单位\t目标值\t村上报\t乡站所审核\t县部门确认\t台账填报数\t说明\n"
                + "1\t整治病险山塘\t座\t40\t41\t37\t36\t36\t村上报数含农户自建小水窖\n";
        assertThat(read(chain, ledger).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("36"));
        String checked = "表\n序号\t指标名称\t单位\t目标值\t截至11月30日\t\t\t\n"
                + "\t\t\t\t单位报送数\t镇核定累计数\t其中：11月\t核定说明\n"
                + "1\t整治病险山塘\t座\t40\t39\t35\t5\t4座未通过验收\n";
        assertThat(read(checked, ledger).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("35"));
    }

    @Test
    void aFigureSaidNotToBeTheThingOrOnlyFirstReviewedIsNotIt() {
        var harm = comparedLedger(20L, "防范电信诈骗", "老年人遭受养老诈骗", "<=", "0", "起", "0");
        var r = read("（一）防范电信诈骗\n11月，1名72岁村民遭遇冒充客服类电信诈骗1起，不属于养老诈骗。\n", harm);
        assertThat(r.proposals()).noneSatisfy(p -> assertThat(p.value()).isEqualByComparingTo("1"));
        var fixed = ledger(21L, "危房改造", "完成危房改造", "90", "户", "60");
        assertThat(read("（一）危房改造\n危房改造乡村镇建设所初审81户，其中部分户仅完成主体。\n", fixed).proposals()).isEmpty();
    }

    @Test
    void aSumOfSeveralKindsTotalledWithGongIsNoOneKindsFigure() {
        var ledger = ledger(22L, "救援队伍建设", "救援队伍参与抢险救援", "30", "次", "20");
        var r = read("（一）救援队伍建设\n今年以来，各救援队伍参与抢险救援、应急演练和赛事保障等共41次。\n", ledger);
        assertThat(r.proposals()).isEmpty();
    }

    /** A figure rounded with 多 or 余, in words or in digits, however many it keeps, is no count: the liaison places it by hand. */
    @Test
    void aFigureRoundedWithDuoOrYuIsNoCount() {
        var ledger = ledger(23L, "食品摊贩管理", "食品摊贩登记备案", "300", "户", "180");
        assertThat(read("（一）食品摊贩管理\n食品摊贩登记备案正在推进，目前登记的有两百多户。\n", ledger).proposals()).isEmpty();
        assertThat(read("（一）食品摊贩管理\n食品摊贩登记备案正在推进，目前登记的有两百三十多户。\n", ledger).proposals()).isEmpty();
        assertThat(read("（一）食品摊贩管理\n食品摊贩登记备案正在推进，今年累计登记备案237户。\n", ledger).proposals())
                .singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("237"));
    }

    @Test
    void afterTheMonthsFigureAClauseOnTheWholeUnitsWorkIsItsTotal() {
        var ledger = ledger(24L, "食品摊贩管理", "食品摊贩登记备案", "300", "户", "203");
        var r = read("（一）食品摊贩管理\n本月新核发食品摊贩登记卡26张，全镇登记备案食品摊贩229户。\n", ledger);
        assertThat(r.proposals()).singleElement().satisfies(p -> {
            assertThat(p.value()).isEqualByComparingTo("229");
            assertThat(p.how()).isEqualTo("cumulative");
        });
    }

    @Test
    void whatTheLevelAboveHandedDownOrWhatIsSaidOfAllBeforeIsNotTheWorkDone() {
        var handed = ledger(25L, "信访包案化解", "领导包案化解重复信访事项", "32", "件", "20");
        assertThat(read("（一）信访包案化解\n县重复信访事项治理清单交办我镇的32件事项，均由镇领导包案。\n", handed).proposals()).isEmpty();
        var aid = ledger(26L, "信访救助", "救助信访困难群众", "40", "人", "33");
        assertThat(read("（一）信访救助\n县人民法院本月对我镇2名当事人发放司法救助金3.5万元，镇民政办发放临时救助金1.8万元，均不属于信访救助资金。\n",
                aid).proposals()).isEmpty();
    }

    @Test
    void aCountOfEventsIsFilledOnlyByAFigureThatNamesThemAndNotByItsContrary() {
        var events = comparedLedger(27L, "普惠金融服务点", "普惠金融服务点资金安全事件", "<=", "0", "起", "0");
        assertThat(read("（一）普惠金融服务点\n全乡14个普惠金融服务点累计办理助农取款业务5.33万笔。\n", events).proposals()).isEmpty();
        var mediators = ledger(28L, "人民调解", "聘任专职人民调解员", "20", "人", "17");
        assertThat(read("（一）人民调解\n全镇现有兼职人民调解员134人。\n", mediators).proposals()).isEmpty();
    }

    @Test
    void aHeadingWithABracketedNoteOnFillingItStillHeadsItsColumns() {
        var ledger = ledger(29L, "示范店创建", "建成农村食品经营规范化示范店", "30", "家", "21");
        String text = "登记表\n序号\t指标名称\t单位\t年度目标\t截至11月30日累计完成\t其中：11月\t佐证资料归档情况（有“√”，无“—”）\t\t口径说明（不计入事项）\n"
                + "\t\t\t\t\t\t验收文书\t归档页数\t\n"
                + "1\t建成农村食品经营规范化示范店\t家\t30\t26\t5\t√\t64\t已完成改造待验收5家不计入\n";
        assertThat(read(text, ledger).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("26"));
    }

    @Test
    void aFigureOfSeveralDigitsWithYuIsNoCountEither() {
        var ledger = ledger(30L, "村级监察联络站", "村级监察联络员报送监督信息", "300", "条", "200");
        assertThat(read("（一）村级监察联络站\n各村监察联络员今年累计报送监督信息250余条。\n", ledger).proposals()).isEmpty();
        assertThat(read("（一）村级监察联络站\n各村监察联络員今年累計報送監督信息4400餘條。\n", ledger).proposals()).isEmpty();
        assertThat(read("（一）村级监察联络站\n各村监察联络员今年累计报送监督信息300余条。\n", ledger).proposals()).isEmpty();
    }

    @Test
    void whatIsDueOrWasHandedOverForTheUnitIsNotTheWorkDone() {
        var refunds = ledger(31L, "违规资金清退", "清退收缴巡察发现违规资金", "80", "万元", "60");
        assertThat(read("（一）违规资金清退\n巡察认定应清退资金共86.7万元，剩余部分正在追缴。\n", refunds).proposals()).isEmpty();
        var clues = ledger(32L, "巡察移交问题线索", "办结县委巡察移交问题线索", "14", "件", "10");
        assertThat(read("（一）巡察移交问题线索\n县委第三巡察组今年移交我镇办理的问题线索14件，正在逐件核查。\n", clues).proposals()).isEmpty();
        assertThat(read("（一）巡察移交问题线索\n县委第三巡察组移交的问题线索已办结12件。\n", clues).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("12"));
        // (a rate of what was due is the work's level; 应为 corrects a figure, it sets no due amount)
        var checks = ledger(33L, "特种设备安全", "在用特种设备定期检验率", "98", "%", "97");
        assertThat(read("（一）特种设备安全\n全镇在用特种设备1426台，应检设备定期检验率98.8%。\n", checks).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("98.8"));
    }

    @Test
    void aRateOfTheMonthsOwnCountsIsTheMonths() {
        var ledger = ledger(34L, "三务公开", "村级“三务”按期公开率", "100", "%", "97");
        assertThat(read("（一）三务公开\n11月各村（社区）应公开“三务”事项128项，按期公开126项，按期公开率98.4%。\n", ledger).proposals()).isEmpty();
    }

    @Test
    void aFigureStillBeingScreenedOrRegisteredIsNotYetCounted() {
        var ledger = ledger(1L, "《清河镇志（2006—2025）》编纂", "征集入志图照资料", "800", "幅", "612",
                "图照资料以经编纂办公室筛选登记的图片照片为准");
        assertThat(read("三、档案史志工作\n三是镇志编纂。本月完成两编统稿7.5万字。本月新征集图照资料153幅，正在筛选登记。\n", ledger)
                .proposals()).isEmpty();
    }

    @Test
    void aRunningTotalNamingTheThingsAnEarlierCountOfItsSentenceCountedSupersedesIt() {
        var ledger = ledger(1L, "村级应急广播建设", "建成村级应急广播站", "12", "个", "7");
        assertThat(read("（一）村级应急广播建设\n黄泥塘村、石门坎村2个村级应急广播站11月20日通过县文化广电局验收并投入使用，今年累计新建村级应急广播站9个。\n", ledger)
                .proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("9"));
    }

    @Test
    void aFigureSaidToBeOutsideTheCountIsNotCountedAndTowerFoundationsAreCounted() {
        var firms = ledger(1L, "个体工商户培育", "新设立登记个体工商户", "260", "户", "214");
        assertThat(read("（一）个体工商户培育\n本月另办理变更登记8户，注销登记3户，均不在统计范围。\n", firms).proposals()).isEmpty();
        var models = ledger(3L, "劳模推选", "推选镇级以上劳动模范", "30", "人", "21");
        assertThat(read("（一）劳模推选\n本月县总工会命名县级劳动模范2人，均为我镇此前已推选的镇级劳动模范，不重复计算。\n", models).proposals())
                .isEmpty();
        // (a clause with a figure of its own between takes the words after it)
        var points = ledger(4L, "外来入侵物种防控", "设置外来入侵物种监测点", "16", "个", "9");
        assertThat(read("（一）外来入侵物种防控\n本月新设外来入侵物种监测点3个，累计12个，复查地块补种40亩，不重复计算。\n", points).proposals())
                .singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("12"));
        var towers = ledger(2L, "输变电工程服务保障", "完成塔基用地协调", "48", "基", "30");
        assertThat(read("（一）输变电工程服务保障\n本月新签订塔基用地协议6基，累计完成塔基用地协调36基。\n", towers).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("36"));
    }

    @Test
    void theLedgersConvertedColumnBeatsTheRawOneAndATallyOfPostingsIsNoWorkDone() {
        var trees = ledger(1L, "古树名木保护", "完成古树名木电子建档", "300", "株", "230");
        String converted = "核对表\n序号\t指标名称\t台账计量单位\t年度目标\t原始统计数据（截至11月30日累计）\t\t\t折算后累计完成（台账计量单位）\t完成率（%）\n"
                + "\t\t\t\t数值\t计量单位\t取数来源\t\t\n"
                + "1\t完成古树名木电子建档\t株\t300\t268\t株\t县古树名木系统\t255\t85.0\n";
        assertThat(read(converted, trees).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("255"));
        var graves = ledger(2L, "散坟整治", "整治可视范围内散坟", "600", "座", "480");
        String posted = "情况表\n序号\t指标名称\t单位\t年度目标\t截至11月30日累计完成\t对象公示公开情况\t\t备注\n"
                + "\t\t\t\t\t公示批次（次）\t累计公示数\t\n"
                + "1\t整治可视范围内散坟\t座\t600\t512\t5\t540\t已公示待整治28座不计入\n";
        assertThat(read(posted, graves).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("512"));
    }

    @Test
    void aFigureRoundedToTenThousandsWithDuoIsNoCount() {
        var ledger = ledger(3L, "慈善一日捐", "参与慈善一日捐的干部群众", "1.5", "万人次", "1.1");
        assertThat(read("（一）慈善一日捐\n今年参与“慈善一日捐”的干部群众1.3万多人次。\n", ledger).proposals()).isEmpty();
    }

    /** A task of two indicators, each reported to October at its {@code previous}: name, target, unit, previous, twice. */
    private static ReportLine twoIndicators(long task, String title, String... m) {
        var first = new ReportLine.Measure(task * 10 + 1, task, m[0], new BigDecimal(m[1]), m[2], ">=");
        var second = new ReportLine.Measure(task * 10 + 2, task, m[4], new BigDecimal(m[5]), m[6], ">=");
        return new ReportLine(task, Long.toString(task), title, null, List.of(first, second), null, new ReportLine.Entry(task, 1, task, 1,
                Map.of(first.indicatorId(), new BigDecimal(m[3]), second.indicatorId(), new BigDecimal(m[7])), null, "按计划推进", "", "",
                false, false, false, null, false, "test", null), "");
    }

    private AchievementMatcher.Reading readTasks(String text, List<ReportLine> ledger) {
        Map<Long, LocalDate> ends = new java.util.HashMap<>();
        ledger.forEach(l -> ends.put(l.taskId(), LocalDate.of(2026, 10, 31)));
        var setting = new AchievementMatcher.Setting("清河镇", List.of(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), ends,
                Map.of());
        return AchievementMatcher.match(Reader.read("t", text, null, 2026), text, ledger, setting);
    }

    /** From once-y8: a row listing its task's indicators ①② in every cell stands for a row per indicator. */
    @Test
    void aRowThatListsItsIndicatorsInEachCellIsReadOneItemAtATime() {
        var ledger = List.of(twoIndicators(1L, "施工工地扬尘管控", "安装扬尘监控设备的在建工地", "20", "个", "14", "查处渣土运输车辆抛洒滴漏",
                "160", "辆次", "112"));
        String table = "推进情况表\n序号\t工作任务\t台账指标及年度目标\t推进情况\t\t\t研判结论\t12月补差措施\n"
                + "\t\t\t10月末已报\t11月末累计\t距年度目标尚差\t\t\n"
                + "1\t施工工地扬尘管控\t①安装扬尘监控设备的在建工地：20个；②查处渣土运输车辆抛洒滴漏：160辆次\t①14个；②112辆次\t①16个；②131辆次"
                + "\t①4个；②29辆次\t①滞后；②滞后\t①12月10日前完成接入；②每周夜查不少于3次\n";
        assertThat(readTasks(table, ledger).proposals()).extracting(p -> p.indicator(), p -> p.value().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder(Tuple.tuple("安装扬尘监控设备的在建工地", "16"), Tuple.tuple("查处渣土运输车辆抛洒滴漏", "131"));
    }

    /**
     * From once-y7: a row split into sentences at its remark's ；still has cells, and each speaks for itself — the verdict
     * 超计划完成 and the plan 利用春节前返乡时机 beside it make no goal of 累计入库1425人.
     */
    @Test
    void theCellsOfARowSplitIntoSentencesStillSpeakForThemselves() {
        var ledger = ledger(1L, "在外青年人才回引", "在外青年人才信息库入库", "1500", "人", "1306");
        String table = "执行情况表\n序号\t指标名称\t单位\t年度目标\t11月计划执行情况\t\t\t12月工作计划\t累计完成情况及说明\n"
                + "\t\t\t\t月初计划\t实际完成\t执行评价\t\t\n"
                + "1\t在外青年人才信息库入库\t人\t1500\t100\t119\t超计划完成\t利用春节前返乡时机集中摸排\t累计入库1425人；已填表未经本人确认135人不计入\n";
        assertThat(read(table, ledger).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("1425"));
    }

    /** From once-y7: the month's part of a running total goes where the total goes, never to another task's indicator. */
    @Test
    void theMonthsPartOfARunningTotalFillsNoOtherIndicator() {
        var ledger = List.of(twoIndicators(3L, "电动自行车集中充电场所建设", "建成集中充电场所", "36", "处", "30", "集中充电设施完成投资", "185", "万元",
                "142.6"), twoIndicators(5L, "幼儿园分园建设", "幼儿园分园完成投资", "0.32", "亿元", "0.236", "新增公办学前教育学位", "240", "个", "180"));
        var r = readTasks("（五）幼儿园分园建设\n分园主体工程11月16日封顶，本月完成投资410万元，累计完成投资2770万元。\n", ledger);
        assertThat(r.proposals()).singleElement().satisfies(p -> {
            assertThat(p.indicator()).isEqualTo("幼儿园分园完成投资");
            assertThat(p.value()).isEqualByComparingTo("0.277");
        });
    }

    /**
     * From once-y7: the year's running total after a village's clause is the unit's, a plan's places counted only once it opens
     * (待…后计入) are not, and 到村 is no village's name.
     */
    @Test
    void aRunningTotalAfterAVillagesClauseIsTheUnitsAndWhatWaitsToBeCountedIsNot() {
        var places = ledger(1L, "公办学位扩容", "新增公办学前教育学位", "240", "个", "180");
        assertThat(read("（一）公办学位扩容\n官仓坝村小学附设幼儿班开班招生，新增公办学位30个，今年累计新增公办学前教育学位210个；分园规划学位270个，"
                + "待2027年秋季开园后计入。\n", places).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("210"));
        var members = ledger(1L, "在职党员双报到", "到村（社区）报到的在职党员", "260", "名", "203");
        assertThat(read("（一）在职党员双报到\n本月县直机关新到村（社区）报到在职党员33名，全镇累计到村（社区）报到的在职党员236名。\n", members)
                .proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("236"));
    }

    /** From once-y7: a rate per thousand (‰) fills an indicator in ‰. */
    @Test
    void aRatePerThousandFillsAnIndicatorInPerMille() {
        var blood = ledger(1L, "团体无偿献血", "千人口献血率", "12", "‰", "10.4");
        assertThat(read("（一）团体无偿献血\n截至11月30日，全镇千人口献血率11.4‰。\n", blood).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("11.4"));
    }

    /** From once-y10: a row across a table under an indicator's row (累计进展：…) speaks of that row's indicator. */
    @Test
    void aNoteRowUnderATablesRowSpeaksOfItsIndicator() {
        var ledger = List.of(twoIndicators(1L, "危险化学品使用单位安全风险分级管控", "完成安全风险辨识评估并实施分级管控的危险化学品使用单位", "48", "家",
                "37", "危险化学品使用单位专职安全管理人员持证上岗率", "100", "%", "90"));
        String table = "核查表\n序号\t指标名称\t单位\t年度目标\t本月新增完成\t进度研判\n"
                + "1\t完成安全风险辨识评估并实施分级管控的危险化学品使用单位\t家\t48\t6\t略慢于序时\n"
                + "累计进展：截至11月30日累计43家；恒澈表面处理有限公司等2家尚未录入系统，未计入。\n";
        assertThat(readTasks(table, ledger).proposals()).singleElement().satisfies(p -> {
            assertThat(p.indicator()).startsWith("完成安全风险辨识评估");
            assertThat(p.value()).isEqualByComparingTo("43");
        });
    }

    /** From once-y10: work checked and passed (抽查验收) is done work, not a sample. */
    @Test
    void workCheckedAndPassedIsNoSample() {
        var ledger = ledger(1L, "危险化学品储存场所安全整治", "完成储存场所整改的危险化学品使用单位", "22", "家", "15");
        assertThat(read("（一）危险化学品储存场所安全整治\n今年累计完成整改并经县应急管理局抽查验收19家；另有2家已整改完毕、待验收，未计入。\n", ledger)
                .proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("19"));
    }

    /**
     * From once-y12: a project table's money since the project began (开工以来累计) is not the year's (今年1—11月), and a
     * progress column told in words (形象进度) is read as prose.
     */
    @Test
    void aProjectTableGivesTheYearsMoneyAndItsProgressInWords() {
        var ledger = List.of(twoIndicators(2L, "乡生活垃圾压缩中转站建设", "生活垃圾压缩中转站完成投资", "480", "万元", "402.5", "中转站压缩转运生活垃圾",
                "2000", "吨", "1420"));
        String table = "推进情况表\n序号\t项目名称\t建设内容及规模\t总投资\t完成投资\t\t\t形象进度\t存在问题及解决措施\n"
                + "\t\t\t\t开工以来累计\t今年1—11月\t其中：11月\t\t\n"
                + "2\t乡生活垃圾压缩中转站项目\t建设日压缩转运能力40吨的中转站1座\t560万元\t519.3万元\t439.3万元\t36.8万元"
                + "\t主体工程已完工，7月15日起试运行，试运行以来压缩转运生活垃圾1804吨（不含建筑垃圾）\t除臭设备调试周期长\n";
        assertThat(readTasks(table, ledger).proposals()).extracting(p -> p.indicator(), p -> p.value().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder(Tuple.tuple("生活垃圾压缩中转站完成投资", "439.3"), Tuple.tuple("中转站压缩转运生活垃圾", "1804"));
    }

    /** From once-y9: a 其中 row of a statistics form is the part of the row above, and named as such. */
    @Test
    void anOfWhichRowIsThePartOfTheRowAbove() {
        var ledger = ledger(1L, "油菜订单生产和本地菜籽加工", "压榨加工本地油菜籽", "3200", "吨", "2465");
        String form = "统计月报表\n指标名称\t代码\t计量单位\t本月\t本年累计\t上年同期累计\n"
                + "油菜籽压榨加工量\t07\t吨\t379\t3408\t3140\n其中：本地油菜籽\t08\t吨\t255\t2720\t2480\n";
        assertThat(read(form, ledger).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("2720"));
    }

    /** From once-y11: a table with no unit column gives its rows' unit in the target cell, with when it falls due after it. */
    @Test
    void theTargetCellGivesTheUnitWithItsDeadlineInBrackets() {
        var ledger = ledger(1L, "计划生育特殊家庭暖心家园建设", "建成计划生育特殊家庭暖心家园", "5", "个", "3");
        String table = "调度表\n序号\t工作任务\t量化指标\t年度目标\t完成情况\t\t佐证材料及未计入情况\n"
                + "\t\t\t\t本月\t本年累计\t\n"
                + "1\t计划生育特殊家庭暖心家园建设\t建成计划生育特殊家庭暖心家园\t目标：5个（11月30日前）\t2\t5\t县卫生健康局验收授牌文件\n";
        assertThat(read(table, ledger).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("5"));
    }

    @Test
    void aDaysTotalUnderASpanningHeadingIsTheColumnNotTheDayBefore() {
        // 完成情况 over 10月31日已核定 | 11月30日累计 | 其中：11月: the day before the period is what the work grew from.
        var ledger = ledger(1L, "红白理事会婚丧事宜报备和全程服务", "红白理事会全程服务的婚丧事宜", "260", "场次", "203");
        String table = "包保领导\t承担台账任务\t台账指标及年度目标\t完成情况\t\t\t未计入事项及数量\n"
                + "\t\t\t10月31日已核定\t11月30日累计\t其中：11月\t\n"
                + "阙慕白\t任务1：红白理事会婚丧事宜报备和全程服务\t全程服务婚丧事宜260场次\t203场次\t234场次\t31场次\t寿宴47场\n";
        assertThat(read(table, ledger).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("234"));
    }

    @Test
    void aRegistersLastRowForAnIndicatorGivesItsRunningTotal() {
        // 登记号 | 本次计入 | 滚动累计: one row an entry, in the order they came; each row's total is the one after it.
        var ledger = ledger(1L, "村级科普活动室建设", "建成村级科普活动室", "12", "个", "7");
        String table = "登记号\t登记日期\t工作事项\t计入台账指标\t本次计入\t滚动累计\t经办人\n"
                + "11-02\t11月6日\t村级科普活动室验收挂牌\t1-1　建成村级科普活动室\t1个\t8个\t殷可岚\n"
                + "11-09\t11月12日\t村级科普活动室验收挂牌\t1-1　建成村级科普活动室\t1个\t9个\t殷可岚\n"
                + "11-21\t11月26日\t村级科普活动室验收挂牌\t1-1　建成村级科普活动室\t1个\t10个\t殷可岚\n";
        assertThat(read(table, ledger).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("10"));
    }

    @Test
    void aFigureStillToBePaidIsNotTheMonthsPayment() {
        var paid = ledger(1L, "文化惠民演出", "兑付演出购买服务资金", "40", "万元", "31.5");
        assertThat(read("（一）演出\n本月兑付购买服务资金54000元，另有3场演出资金1.8万元已验收、待兑付。\n", paid).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("36.9"));
    }

    @Test
    void aDenialsOneCountsNothingAndSaysNone() {
        // 没有新增一座坟墓: not one, none.
        var graves = comparedLedger(1L, "散埋乱葬治理和禁葬区管控", "禁葬区内新建坟墓", "<=", "0", "座", "0");
        assertThat(read("（一）殡葬\n到目前为止，全乡禁葬区内没有新增一座坟墓。\n", graves).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("0"));
    }

    @Test
    void whatASweepPutOnItsListIsNotTheWorkDone() {
        var graves = ledger(1L, "散埋乱葬治理", "生态化改造的散埋乱葬坟墓", "1500", "座", "1182");
        var r = read("（一）殡葬\n今年全乡排查登记散埋乱葬坟墓2460座，累计完成生态化改造并验收销号1315座。\n", graves);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("1315"));
        // (with no figure of the work, the sweep's list fills nothing)
        assertThat(read("（一）殡葬\n今年全乡排查登记散埋乱葬坟墓2460座，正在逐户做工作。\n", graves).proposals()).isEmpty();
    }

    @Test
    void aRunningTotalAfterTheVillagesOfTheMonthsPartIsTheUnits() {
        var piles = ledger(1L, "行政村公共充电桩全覆盖", "建成投用公共充电桩的行政村", "14", "个", "9");
        var r = read("（一）充电桩\n本月柳条坝村、蒲家槽村、河东村3处公共充电桩送电投用并接入县充电设施监测服务平台，已有公共充电桩的行政村累计达到12个。\n", piles);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("12"));
    }

    @Test
    void aWordThatHoldsAPlanOrAPromiseIsNoPlanOrPromise() {
        // 虚拟专网 holds 拟, 按承诺时限 holds 承诺: neither says what is to be done.
        var firms = ledger(1L, "5G网络向园区延伸", "接入5G行业虚拟专网的园区企业", "10", "家", "7");
        assertThat(read("（一）5G\n工业集中区接入5G行业虚拟专网的企业累计8家。\n", firms).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("8"));
        var onTime = ledger(1L, "政务服务一网通办", "网上受理办件按承诺时限办结率", "98", "%", "97.5");
        assertThat(read("（一）政务服务\n网上受理办件按承诺时限办结率为98.9%。\n", onTime).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("98.9"));
    }

    @Test
    void theWholeALaterFigureIsCountedInIsNoWorkDone() {
        var reservoirs = ledger(1L, "小型水库大坝安全鉴定", "完成大坝安全鉴定的小型水库", "9", "座", "7");
        var r = read("（一）水库\n截至11月30日，全乡16座小型水库的“三个责任人”中已有88人通过履职培训考核。\n", reservoirs);
        assertThat(r.proposals()).isEmpty();
    }

    @Test
    void whatWasDueIsNoWorkDone() {
        var militia = ledger(1L, "民兵整组", "完成政治考核的新编入民兵", "96", "人", "70");
        var r = read("（一）民兵\n新编入民兵政治考核完成88人，但是离11月底必须完成的96人还差8人。\n", militia);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("88"));
        assertThat(read("（一）民兵\n离11月底必须完成的96人还差8人，这件事没有按期办好。\n", militia).proposals()).isEmpty();
    }

    @Test
    void aCellsOwnUnitWinsOverItsNamesEvenWithANoteAfterIt() {
        var streams = ledger(1L, "山区溪沟清淤疏浚", "完成清淤疏浚并验收的山区溪沟", "38", "公里", "27.4");
        String table = "编号\t指标名称（计量单位）\t全年目标\t本月新增\t截至11月末累计\n"
                + "4-1\t完成清淤疏浚并验收的山区溪沟（公里）\t38\t6200米\t33600米（注③）\n";
        assertThat(read(table, streams).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("33.6"));
    }

    @Test
    void aTableOnItsSideMayGiveItsNamesAndUnitsOnTwoRows() {
        var piles = ledger(1L, "行政村公共充电桩全覆盖", "建成投用公共充电桩的行政村", "14", "个", "9");
        String table = "项目\t1 行政村公共充电桩全覆盖\t\n"
                + "\t建成投用公共充电桩的行政村\t行政村公共充电桩累计充电量\n"
                + "计量单位\t个\t万千瓦时\n"
                + "年度目标（时限）\t14\t45\n"
                + "10月31日已核定\t9\t31.6\n"
                + "11月合计\t3\t6.6\n"
                + "11月30日累计\t12\t38.2\n";
        assertThat(read(table, piles).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("12"));
    }

    @Test
    void aPartHeadedByAMonthStillToComeIsAPlan() {
        var video = ledger(1L, "留守儿童关爱", "组织留守儿童与外出父母亲情视频连线", "300", "场次", "188");
        var r = read("（一）关爱\n本月组织亲情视频连线33场次。\n12月重点提示\n2.督促外出务工父母补签委托照护协议；亲情视频连线全年达到260场次。\n", video);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("221"));
    }

    @Test
    void aLongNoteInAHeadingsBracketsAndAFigureCellsNoteStillReadTheColumn() {
        var scales = ledger(1L, "计量惠民", "在集贸市场和商超设置并检定合格的公平秤", "24", "台", "20");
        String table = "序号\t台账指标\t单位\t年度目标\t推进环节（截至11月30日仍停留在该环节、未计入台账的数量）\t计入台账累计\t不计入台账事项及数量\n"
                + "7\t在集贸市场和商超设置并检定合格的公平秤（11月30日节点）\t台\t24\t—\t24台（节点按期完成）\t经营户自用电子计价秤312台\n";
        assertThat(read(table, scales).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("24"));
    }

    @Test
    void aProjectsMoneySinceItBeganIsNotTheYears() {
        var park = ledger(1L, "儿童友好公园建设", "儿童友好公园建设工程完成投资", "0.16", "亿元", "0.09");
        assertThat(read("（一）公园\n儿童友好公园开工以来完成投资1260万元，冬季施工窗口期短。\n", park).proposals()).isEmpty();
    }

    @Test
    void aNameColumnMayNameTheTaskNumbersInBrackets() {
        // 指标名称（台账任务序号）: a column of names, its bracket saying what follows each; the column of 序号 beside it is codes.
        var vendors = ledger(1L, "占道经营整治", "引导进入便民疏导点经营的流动摊贩", "150", "户", "118");
        String table = "档次\t序号\t指标名称（台账任务序号）\t年度目标\t截至11月30日累计（其中11月）\t完成率\t责任人\n"
                + "第二档：接近序时进度\t1\t引导进入便民疏导点经营的流动摊贩（1）\t150户\t135户（其中11月17户）\t90.0%\t晏秋澄\n";
        assertThat(read(table, vendors).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("135"));
    }

    @Test
    void aNameInQuotationMarksNamesItsIndicatorHoweverLongTheRest() {
        var stops = ledger(1L, "上下学安全保障", "建成校门口“护学港湾”即停即走区", "12", "处", "8");
        var r = read("同志们：\n今年以来大家辛苦了。“护学港湾”截至11月30日累计建成11处，节点任务还差1处。\n", stops);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("11"));
    }

    @Test
    void anEstimateIsNoCount() {
        var sales = ledger(1L, "食用菌销售", "食用菌订单和电商销售额", "0.35", "亿元", "0.27");
        assertThat(read("（一）食用菌\n受年货订单拉动，全乡食用菌订单和电商销售额估计在3200万元左右。\n", sales).proposals()).isEmpty();
        assertThat(read("（一）食用菌\n受年货订单拉动，全乡食用菌订单和电商销售额累计达到3200万元。\n", sales).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("0.32"));
    }

    @Test
    void aColumnOfTheLedgersUnitsIsItsUnitsWhateverItsHeadingCallsIt() {
        var assets = ledger(1L, "三资管理", "核实录入县农村集体“三资”监管平台的经营性资产", "420", "宗", "317");
        String table = "序号\t台账序号\t指标名称\t台账单位\t全年目标值\t截至11月30日镇报送数\t确认结果\n"
                + "1\t2-①\t核实录入县农村集体“三资”监管平台的经营性资产\t宗\t420\t363\t已确认\n";
        assertThat(read(table, assets).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("363"));
    }

    @Test
    void aPartOfRatesReadsTheRateAsOfTheMonthsLastDayAndABracketedTaskNumberIsNoUnit() {
        var renewal = ledger(1L, "家庭医生签约", "到期签约居民续签率", "90", "%", "81.2");
        String table = "二、比率类指标（统计时点数）\n序号\t指标名称（台账任务序号）\t年度目标（%）\t分母（人）\t分子（人）\t11月30日比率（%）\t上年同期（%）\n"
                + "1\t到期签约居民续签率（3）\t90\t3860\t3266\t84.6\t—\n";
        assertThat(read(table, renewal).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("84.6"));
    }

    @Test
    void aRunningTotalColumnIsATotalThoughTheRowsNameOpensWithXinZeng() {
        var beds = ledger(1L, "卫生院扩建", "新增开放住院床位", "30", "张", "13");
        String table = "序号\t指标名称（台账任务序号）\t单位\t年度目标（时限）\t10月31日已核定\t11月新增\t11月30日累计\t备注\n"
                + "10\t新增开放住院床位（9）\t张\t30（11月30日前）\t13\t17\t30\t节点完成\n";
        assertThat(read(table, beds).proposals()).singleElement().satisfies(p -> {
            assertThat(p.value()).isEqualByComparingTo("30");
            assertThat(p.how()).isEqualTo("cumulative");
        });
    }

    /** 我们用足县民政局授权的审批额度，…: a sentence the unit opens as its subject is its own, whatever body it names after. */
    @Test
    void aSentenceTheUnitOpensIsItsOwnThoughItNamesACountyBody() {
        var relief = ledger(1L, "临时救助", "实施乡镇先行临时救助", "70", "户次", "54");
        var withBodies = new AchievementMatcher.Setting("清河镇", List.of("县民政局", "民政局"), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), Map.of(1L, LocalDate.of(2026, 10, 31)), Map.of());
        String text = "（三）救助\n我们用好县民政局下放的审批权限，今年以来实施乡镇先行临时救助61户次。\n";
        assertThat(AchievementMatcher.match(Reader.read("t", text, null, 2026), text, relief, withBodies).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("61"));
        String theirs = "（三）救助\n县民政局今年以来在全县实施临时救助610户次。\n";
        assertThat(AchievementMatcher.match(Reader.read("t", theirs, null, 2026), theirs, relief, withBodies).proposals()).isEmpty();
    }

    /** 比10月底提高2.5个百分点: the month a figure is compared with does not date the figures after it. */
    @Test
    void aMonthAFigureIsComparedWithDatesNothingAfterIt() {
        var checks = ledger(1L, "汛后复核", "完成汛后复核的地质灾害隐患点", "46", "处", "31");
        var r = read("一、地灾防治\n设备在线率为96.2%，比10月底提高2.5个百分点。汛后复核方面，全乡已累计复核隐患点39处。\n", checks);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("39"));
    }

    /** 台套: machines counted in sets are a unit of their own, added as the month's increment. */
    @Test
    void machinesCountedInSetsAreAUnit() {
        var tools = ledger(1L, "扑火机具储备", "补充储备扑火机具", "260", "台套", "148");
        var r = read("（六）物资\n11月经乡林业站验收入库风力灭火机、油锯等扑火机具77台套。\n", tools);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("225"));
    }

    /** 低保 is 最低生活保障 in office writing; 社保卡 is 社会保障卡. */
    @Test
    void theShortFormsOfSocialAssistanceNameTheirIndicators() {
        var newly = ledger(1L, "低保动态管理", "新纳入最低生活保障的家庭", "60", "户", "47");
        var r = read("（一）兜底保障\n我们坚持早发现、早纳入，今年以来新纳入低保51户。\n", newly);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("51"));
    }

    /** 11月…出租率27.4%，1—11月…累计平均出租率41.8%: a clause counting from the year's start is the year's rate. */
    @Test
    void aRateCountedFromTheYearsStartIsTheYearsBesideAMonthsRate() {
        var rooms = ledger(1L, "等级民宿", "等级民宿累计平均客房出租率", "45", "%", "42.6");
        var r = read("（一）民宿\n11月我镇等级民宿客房出租率为25.1%，1—11月等级民宿累计平均客房出租率为40.9%；国庆假期出租率曾达到91%，不作为台账数据。\n",
                rooms);
        assertThat(r.proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("40.9"));
    }

    /** 61.5万元（10月底数） in the running total's cell: a figure its own bracket dates to an earlier month is that month's. */
    @Test
    void aCellItsBracketDatesToAnEarlierMonthIsThatMonths() {
        var store = ledger(1L, "物资储备库", "森林防火物资储备库建设完成投资", "95", "万元", "61.5");
        String table = "序号\t指标\t11月新增\t截至11月30日累计\t说明\n"
                + "1\t森林防火物资储备库建设完成投资\t待审核\t61.5万元（10月底数）\t暂按10月底数填列\n";
        assertThat(read(table, store).proposals()).isEmpty();
    }

    /**
     * 镇核定情况 over 11月新增 | 截至11月30日计入台账累计 | 核减事项, then 核定人: the spanning heading's parts are read, and a column
     * of who checked is no figure.
     */
    @Test
    void aVerifiedTotalUnderASpanningHeadingIsReadBeforeAColumnOfWhoChecked() {
        var rooms = ledger(1L, "民宿评定", "通过县级等级评定的民宿", "24", "家", "18");
        String table = "序号\t报送主体\t对应台账指标（任务序号）\t镇核定情况\t\t\t核定人\n"
                + "\t\t\t11月新增\t截至11月30日计入台账累计\t核减（不计入）事项及数量\t\n"
                + "1\t县文化和旅游局\t通过县级等级评定的民宿（1）\t2家\t20家\t3家未公告，不计入\t甲某\n";
        assertThat(read(table, rooms).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("20"));
    }

    /** 保障对象 over 在册 | 本年新增（累计）, 资金（万元） over 11月发放 | 1—11月累计: each row gives the people and the money. */
    @Test
    void aRowWithPeopleAndMoneyUnderTwoSpanningHeadingsGivesBoth() {
        var lines = List.of(twoIndicators(1L, "低保", "新纳入最低生活保障的家庭", "60", "户", "47", "累计发放城乡最低生活保障金", "0.092", "亿元",
                "0.0748"));
        String table = "序号\t政策项目\t保障对象\t\t\t资金（万元）\t\t备注\n"
                + "\t\t11月末在册\t本年新增（累计）\t其中：11月\t11月发放\t1—11月累计\t\n"
                + "1\t城乡最低生活保障\t600户\t52户\t5户\t75.1\t820.4\t无\n";
        var r = read(table, lines);
        assertThat(r.proposals()).extracting(AchievementMatcher.Proposal::indicator, p -> p.value().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("新纳入最低生活保障的家庭", "52"),
                        org.assertj.core.groups.Tuple.tuple("累计发放城乡最低生活保障金", "0.08204"));
    }

    /** 收寄点11月底前建成8个，按期完成节点任务 in a report of November: work said done by a due date the period reached is done. */
    @Test
    void workSaidDoneAsDueByADateThePeriodReachedIsDone() {
        var points = ledger(1L, "冷链寄递", "建成村级冷链寄递收寄点", "8", "个", "6");
        assertThat(read("（二）冷链\n村级冷链寄递收寄点11月底前建成7个，按期完成节点任务。\n", points).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("7"));
        assertThat(read("（二）冷链\n村级冷链寄递收寄点12月底前建成7个，按期完成节点任务。\n", points).proposals()).isEmpty();
    }

    /** 今年镇里推动获授权的企业和合作社…, 县农业农村局核定为…: the unit's means and the body that confirms its figure. */
    @Test
    void firmsTheUnitDrivesAndABodyThatConfirmsLeaveTheFigureTheUnits() {
        var growers = ledger(1L, "订单农业", "签订订单收购协议的种植户", "650", "户", "540");
        assertThat(read("（三）品牌\n今年镇里推动获授权的米业企业和合作社，签订订单收购协议的种植户587户。\n", growers).proposals())
                .singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("587"));
        var area = ledger(1L, "绿色食品基地", "纳入绿色食品原料标准化生产基地的种植面积", "1.2", "万亩", "0.98");
        var withBodies = new AchievementMatcher.Setting("清河镇", List.of("县农业农村局", "农业农村局"), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), Map.of(1L, LocalDate.of(2026, 10, 31)), Map.of());
        String text = "（三）品牌\n我镇纳入绿色食品原料标准化生产基地的种植面积，县农业农村局核定为10420亩。\n";
        assertThat(AchievementMatcher.match(Reader.read("t", text, null, 2026), text, area, withBodies).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("1.042"));
    }

    /** 全年要建成兑换超市18个, 完成投资要达到1200万元: what is to be done, not what was. */
    @Test
    void whatIsStillToBeDoneIsNoAchievement() {
        var shops = ledger(1L, "积分兑换超市", "建成村级垃圾分类积分兑换超市", "18", "个", "12");
        assertThat(read("二、存在问题\n二是积分兑换超市建设滞后，全年要建成兑换超市18个，部分村选址难。\n", shops).proposals()).isEmpty();
    }

    /**
     * 清河镇 over 本镇累计（至11月30日） | 占年度目标（%） | 2025年同期, 全县12个乡镇 over 平均水平 | 最好水平（乡镇）: the unit's
     * running total is read, and a cell naming another township owns the figure after it.
     */
    @Test
    void aTableSettingTheUnitBesideTheCountyReadsTheUnitsColumn() {
        var shops = ledger(1L, "积分兑换超市", "建成村级垃圾分类积分兑换超市", "18", "个", "12");
        String table = "序号\t指标名称\t单位\t年度目标\t清河镇\t\t\t全县12个乡镇\t\t备注\n"
                + "\t\t\t\t本镇累计（至11月30日）\t占年度目标（%）\t2025年同期\t平均水平\t最好水平（乡镇）\t\n"
                + "10\t建成村级垃圾分类积分兑换超市\t个\t18\t15个\t83.3\t6个\t完成率80.4%\t枫木乡　完成率100%（12个）\t—\n";
        assertThat(read(table, shops).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("15"));
        String prose = "序号\t指标\t我镇\t最好乡镇\t比较\n1\t建成村级垃圾分类积分兑换超市\t—\t枫木乡\t完成兑换超市12个\n";
        assertThat(read(prose, shops).proposals()).isEmpty();
    }

    /**
     * 畜种 | 养殖场户备案 over 备案场户（户） | 规模养殖场（个）, 秋防免疫（9月15日—11月30日） over 免疫数（头）, then a row per species
     * and 合计: a column per indicator, the 合计 row the unit's figures (the dates in a heading are no figures).
     */
    @Test
    void aTableOfKindsWithATotalRowGivesEachColumnsTotal() {
        var samples = ledger(1L, "疫病监测", "采集送检动物疫病监测样品", "2400", "份", "1875");
        String table = "畜种\t养殖场户备案\t\t秋防口蹄疫强制免疫（9月15日—11月30日）\t\t疫病监测送检样品（份）\t\t备注\n"
                + "\t备案场户（户）\t规模养殖场（个）\t免疫数（头）\t抗体合格/抽检（份）\t1—11月累计\t其中：11月\t\n"
                + "生猪\t180\t18\t12500\t120/140\t1150\t160\t—\n"
                + "肉牛\t120\t11\t4300\t90/100\t880\t120\t—\n"
                + "合计\t300\t29\t16800\t210/240\t2030\t280\t—\n";
        assertThat(read(table, samples).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("2030"));
    }

    /**
     * 原始登记记录 over 记录数 | 记录单位, 计入台账数 over 截至11月30日 | 其中：11月 | 台账单位: the ledger's count and its unit stand under
     * a spanning heading, the raw records beside them.
     */
    @Test
    void aSpanningHeadingsUnitColumnGivesTheLedgersUnit() {
        var visits = ledger(1L, "优抚走访", "走访慰问重点优抚对象", "300", "人", "240");
        String table = "序号\t指标名称\t原始登记记录\t\t计入台账数\t\t\t年度目标\n"
                + "\t\t记录数\t记录单位\t截至11月30日\t其中：11月\t台账单位\t\n"
                + "1\t走访慰问重点优抚对象\t318\t人次\t262\t22\t人\t300\n";
        assertThat(read(table, visits).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("262"));
    }

    /** 分渠道完成数 … | 台账采用数 | 不采用部分及原因: of the figures per channel, the one the ledger adopts. */
    @Test
    void theLedgersAdoptedFigureIsTheOneTaken() {
        var agency = ledger(1L, "代办服务", "村级代办点代办民生事项", "2000", "件", "1500");
        String table = "序号\t台账指标\t计量单位\t年度目标\t便民服务中心\t村级代办点\t台账采用数\t不采用部分及原因\n"
                + "1\t村级代办点代办民生事项\t件\t2000\t中心窗口办理的不计入\t2234件（其中11月160件）\t1714件\t生活类代办520件\n";
        assertThat(read(table, agency).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("1714"));
    }

    /**
     * A block of rows per indicator, one per body that did the work with the name merged down, closed by 小计: the subtotal's
     * verified figure is the indicator's, the first row's only one body's part; 其中：11月 beside 累计 is a part of the heading.
     */
    @Test
    void aBlockOfRowsPerBodyClosedByASubtotalGivesTheSubtotal() {
        var towers = ledger(1L, "通信基站", "建成并开通的进村通信基站", "12", "座", "6");
        String table = "序号\t台账指标\t计量单位\t年度目标\t实施主体\t主体报送（截至11月30日）\t\t乡核定\t\n"
                + "\t\t\t\t\t累计\t其中：11月\t计入台账累计\t不计入事项\n"
                + "1\t建成并开通的进村通信基站\t座\t12\t铁塔公司\t5座\t1座\t5\t—\n"
                + "\t\t\t\t移动公司\t4座\t2座\t4\t—\n"
                + "\t\t\t\t电信公司（室内分布）\t2套\t0\t—\t室内分布系统2套\n"
                + "\t\t\t\t小计\t—\t3\t9\t\n";
        assertThat(read(table, towers).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("9"));
    }

    /** 6月30日 | 9月30日 | 11月30日 over 节点目标 | 实绩: of the checkpoints' results the latest is the total to date. */
    @Test
    void theLatestCheckpointsResultIsTheTotal() {
        var mediation = ledger(1L, "矛盾纠纷化解", "调解委员会调处矛盾纠纷", "300", "件", "230");
        String table = "序号\t台账指标（单位）\t全年目标\t6月30日（半年节点）\t\t9月30日（三季度节点）\t\t11月30日（冲刺节点）\t\t说明\n"
                + "\t\t\t节点目标\t实绩\t节点目标\t实绩\t节点目标\t实绩\t\n"
                + "1\t调解委员会调处矛盾纠纷（件）\t300\t150\t141\t225\t219\t275\t268\t超序时\n"
                + "2\t调解委员会调处矛盾纠纷（件）\t300\t150\t141\t225\t219\t275\t见说明2\t待核\n";
        assertThat(read(table, mediation).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("268"));
    }

    /** Rows per 片区 under each indicator, closed by 全镇合计（计入台账）: the township's total is the figure. */
    @Test
    void aBlockOfRowsPerAreaClosedByTheTownshipsTotalGivesTheTotal() {
        var classes = ledger(1L, "院坝夜校", "开办院坝夜校的村", "12", "个", "8");
        String table = "序号\t台账指标（计量单位）\t年度目标\t统计范围\t截至11月30日累计数\t其中11月新增\t说明\n"
                + "1\t开办院坝夜校的村（个）\t12\t东片区\t3\t1\t—\n"
                + "\t\t\t西片区\t4\t0\t—\n"
                + "\t\t\t全镇合计（计入台账）\t10\t2\t\n";
        assertThat(read(table, classes).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("10"));
    }

    /** 未经准入摊派工作事项等4项指标另行报送: a count of the ledger's own indicators is no work done. */
    @Test
    void aCountOfIndicatorsIsNoFigure() {
        var imposed = ledger(1L, "村级组织减负", "未经准入向村摊派工作事项", "0", "项", "0");
        assertThat(read("说明：未经准入向村摊派工作事项、村级填报表格精简比例等4项指标不分渠道，另行报送。", imposed).proposals()).isEmpty();
    }

    /** 计入台账情况: 计入任务1“复耕种粮的撂荒地” names the indicator a row counts for; a row it says 不计入 gives none. */
    @Test
    void aColumnNamingTheIndicatorARowCountsForNamesTheRow() {
        var land = ledger(1L, "撂荒地整治", "复耕种粮的撂荒地", "1200", "亩", "900");
        String table = "序号\t服务（工作）内容\t工作量\t\t计入台账情况\n"
                + "\t\t今年累计\t其中：11月\t\n"
                + "1\t撂荒地复耕后栽植茶叶和中药材\t96亩\t—\t不计入\n"
                + "2\t撂荒地整理后播种小麦油菜\t1104亩\t130亩\t计入任务1“复耕种粮的撂荒地”\n";
        assertThat(read(table, land).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("1104"));
    }

    /** 各组织报送累计数 over 镇总工会 | 镇妇联 | 镇团委: a row's figure stands in the one body's column that reports it. */
    @Test
    void aRowsFigureStandsInTheColumnOfTheBodyThatReportsIt() {
        var loans = ledger(1L, "巾帼创业", "协助农村妇女获得创业担保贷款", "1600", "万元", "1200");
        String table = "序号\t台账指标（全年目标）\t各组织报送累计数（截至11月30日）\t\t\t镇核定意见\n"
                + "\t\t镇总工会\t镇妇联\t镇团委\t\n"
                + "1\t协助农村妇女获得创业担保贷款（1600万元）\t—\t1395万元\t—\t同意，待银行放款的120万元不计入\n";
        assertThat(read(table, loans).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("1395"));
    }

    /** 核定情况 over 截至11月30日 | 计量单位 | 较10月末: the change since the last report is a part of the heading too. */
    @Test
    void aChangeSinceTheLastReportIsAPartOfTheHeading() {
        var drills = ledger(1L, "防汛演练", "组织村级防汛抢险实战演练", "30", "场次", "20");
        String table = "要素\t台账指标（任务序号）\t核定情况\t\t\t年度目标\t备注\n"
                + "\t\t截至11月30日\t计量单位\t较10月末\t\t\n"
                + "物\t组织村级防汛抢险实战演练（任务6）\t26\t场次\t+6\t30\t桌面推演3场不计入\n";
        assertThat(read(table, drills).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("26"));
    }

    /**
     * 节点一 | 节点二 | 节点三 | 计入台账节点: of a work's stages, each a labelled figure (开工：7个), the office names the one the ledger
     * takes; the other stages are no figure of the indicator, and a 计入台账节点 that waits (待…后填报) states nothing.
     */
    @Test
    void ofAWorksStagesTheColumnTheLedgerTakesIsTheFigure() {
        var latrines = ledger(1L, "村级公厕提档改造", "提档改造村级公厕", "13", "座", "8");
        String table = "序号\t台账指标（全年目标）\t工序节点完成情况\t\t\t计入台账节点（截至11月30日，括号内为11月新增）\t未计入量及原因\n"
                + "\t\t节点一\t节点二\t节点三\t\t\n"
                + "1\t提档改造村级公厕（13座）\t计划：13座\t开工：13座\t完工：11座\t县城市管理局验收：10座（+2座）\t余下3座12月验收\n";
        assertThat(read(table, latrines).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("10"));
        var permits = ledger(1L, "排水许可", "办结城镇污水排入排水管网许可", "60", "件", "40");
        String pending = "序号\t台账指标（全年目标）\t工序节点完成情况\t\t\t计入台账节点（截至11月30日）\t未计入量及原因\n"
                + "\t\t节点一\t节点二\t节点三\t\t\n"
                + "1\t办结城镇污水排入排水管网许可（60件）\t受理申请：58件\t审核中：4件\t不予许可：2件\t颁证数待县水务局系统同步后填报\t—\n";
        assertThat(read(pending, permits).proposals()).isEmpty();
    }

    /** 核验批次 rows under one indicator, its name merged down, with a 滚动累计 column: the block's last running total is the figure. */
    @Test
    void aBlockOfBatchRowsCarriesItsRunningTotalToTheLastRow() {
        var sales = ledger(1L, "合作社统一销售", "合作社统一销售社员农产品金额", "1.2", "亿元", "0.86");
        String table = "序号\t台账指标（计量单位）\t年度目标\t核验批次\t核验时间\t本批核定\t滚动累计\t说明\n"
                + "1\t合作社统一销售社员农产品金额\t1.2亿元\t第一批\t4月24日\t1250万元\t1250万元\t按票据计\n"
                + "\t\t\t第二批\t7月21日\t2630万元\t3880万元\t\n"
                + "\t\t\t第三批\t10月23日\t4720万元\t8600万元\t\n"
                + "\t\t\t第四批\t11月27日\t1740万元\t10340万元\t\n";
        assertThat(read(table, sales).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("1.034"));
    }

    /** 11月办结6户（1—10月已按月报县乡村振兴局） in a handover list's figure column: the month's increment, added to October's. */
    @Test
    void aCellLedByTheMonthIsTheMonthsIncrement() {
        var loans = ledger(1L, "扶贫小额信贷", "为脱贫户和监测户办理扶贫小额信贷续贷展期", "50", "户", "37");
        String table = "序号\t交接指标\t截至11月30日台账数据\t\t遗留事项（数量）及处理意见\n"
                + "\t\t移交人填报\t接收人复核\t\n"
                + "1\t为脱贫户和监测户办理扶贫小额信贷续贷展期\t11月办结6户（1—10月已按月报县乡村振兴局）\t与银行对账单一致\t2户已申请、待银行审批，不计入\n";
        assertThat(read(table, loans).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("43"));
    }

    /**
     * A body doing the work for the unit (县市场监督管理局本月为我乡办结注销登记3户) does the unit's work; the shell co-operatives
     * struck off are what is counted, no firm's own figure; samples sent for testing are the work, not a spot check.
     */
    @Test
    void workDoneForTheUnitAndFirmsStruckOffAndSamplesSentAreTheUnits() {
        var shells = ledger(1L, "空壳社清理", "依法注销或吊销的“空壳”合作社", "18", "个", "13");
        String text = "“空壳社”清理方面，县市场监督管理局本月为我乡办结注销登记3户，全年累计依法注销或吊销“空壳”合作社16个。";
        var setting = new AchievementMatcher.Setting("龙坪乡", List.of("县市场监督管理局", "市场监督管理局"), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), Map.of(1L, LocalDate.of(2026, 10, 31)), Map.of());
        assertThat(AchievementMatcher.match(Reader.read("t", text, null, 2026), text, shells, setting).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("16"));
        var samples = ledger(1L, "种子市场监管", "送县级检验的种子监督抽查样品", "40", "份", "31");
        assertThat(read("本月开展门店检查5次，今年累计送检种子监督抽查样品37份，检验结果均合格。", samples).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("37"));
    }

    /** 备注: 湿粮入机量不作为烘干量 — a figure its own clause names so is not the indicator's, though its place and unit fit. */
    @Test
    void aMeasureTheRemarkSaysIsNotTheIndicatorsFillsNothing() {
        var dried = ledger(1L, "烘干中心运营", "乡粮食烘干中心烘干成品粮", "3000", "吨", "1860", "烘干量以乡粮食烘干中心出机的成品粮吨数为准，湿粮入机量不作为烘干量");
        assertThat(read("乡粮食烘干中心今年湿粮入机量2830吨，出机成品粮近2400吨。", dried).proposals()).isEmpty();
    }

    /** 缴纳2027年度城乡居民医保费的参保人员30277人: next year's premium, paid now, is this year's work. */
    @Test
    void nextYearsPremiumPaidNowIsThisYearsWork() {
        var insured = ledger(1L, "城乡居民医保参保", "缴纳2027年度城乡居民医保费的参保人员", "31000", "人", "26500");
        assertThat(read("截至11月30日，全镇缴纳2027年度城乡居民医保费的参保人员30277人。", insured).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("30277"));
    }

    /**
     * 督办前，…只验收8座 is the state before the office stepped in; 8公里多 is rounded; 由10月底的76.9%提高到84.6% and 由10月底的44户增加到53户
     * reach where things stand now.
     */
    @Test
    void theStateBeforeARoundedFigureAndTheLevelAChangeReached() {
        var latrines = ledger(1L, "村级公厕提档改造", "提档改造村级公厕", "13", "座", "8");
        assertThat(read("督办前，全镇村级公厕提档改造只验收8座。截至11月30日，累计提档改造村级公厕10座。", latrines).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("10"));
        var pipes = ledger(1L, "污水管网二期", "铺设集镇分流制污水管道", "9.6", "公里", "7");
        assertThat(read("集镇污水管网二期工程铺设污水管道8公里多，累计完成投资0.341亿元。", pipes).proposals()).isEmpty();
        var cover = ledger(1L, "物业管理", "改造小区物业管理覆盖率", "100", "%", "76.9");
        assertThat(read("截至11月30日，改造小区物业管理覆盖率由10月底的76.9%提高到84.6%。", cover).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("84.6"));
        var farms = ledger(1L, "先打后补", "纳入强制免疫先打后补的规模养殖场户", "60", "户", "44");
        assertThat(read("本月9户通过免疫效果评估，纳入先打后补的规模养殖场户由10月底的44户增加到53户。", farms).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("53"));
    }

    /**
     * A 会签单: rows grouped under the county body that co-signs them (一、县农业农村局（会签任务1、2）), each task's indicators in
     * 指标① | 指标② cells that name them (秸秆青贮饲料化利用量：3915吨) — each cell fills the indicator it names, and the body that
     * co-signs is no doer of the work.
     */
    @Test
    void aCoSignedSheetsIndicatorCellsFillTheIndicatorsTheyName() {
        var straw = new ReportLine.Measure(1L, 1L, "秸秆青贮饲料化利用量", new BigDecimal("4200"), "吨", ">=");
        var base = new ReportLine.Measure(2L, 1L, "秸秆食用菌基料化利用量", new BigDecimal("1500"), "吨", ">=");
        var lines = List.of(new ReportLine(1L, "1", "秸秆饲料化和基料化利用", null, List.of(straw, base), null, new ReportLine.Entry(1L, 1, 1L,
                1, Map.of(1L, new BigDecimal("3100"), 2L, new BigDecimal("1000")), null, "按计划推进", "", "", false, false, false, null, false,
                "test", null)));
        String table = "会签部门\t任务序号及工作任务\t指标①（部门确认累计数）\t指标②（部门确认累计数）\t部门会签意见\n"
                + "一、县农业农村局（会签任务1、2）\n"
                + "县农业农村局\t1　秸秆饲料化和基料化利用\t秸秆青贮饲料化利用量：3915吨\t秸秆食用菌基料化利用量：1268吨\t核减干秸秆340吨\n";
        var setting = new AchievementMatcher.Setting("石桥镇", List.of("县农业农村局", "农业农村局"), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), Map.of(1L, LocalDate.of(2026, 10, 31), 2L, LocalDate.of(2026, 10, 31)), Map.of());
        var r = AchievementMatcher.match(Reader.read("t", table, null, 2026), table, lines, setting);
        assertThat(r.proposals()).extracting(p -> p.value().stripTrailingZeros().toPlainString()).containsExactlyInAnyOrder("3915", "1268");
    }

    /** 4-1 名称：838场次（93.1%）；9-1 名称：79家（92.9%） in a grid's cell: each coded item fills the indicator it names. */
    @Test
    void codedItemsInAGridsCellFillTheIndicatorsTheyName() {
        var meals = ledger(1L, "农村集体聚餐", "申报备案的农村集体聚餐", "1600", "场次", "1400");
        String table = "进度分类\t判定标准\t台账指标及11月末计入台账的累计数（括号内为占年度目标比例）\t\t\t项数\t督办要求\n"
                + "\t\t数量类\t比率类\t资金类\t\t\n"
                + "蓝：达到序时进度\t完成比例不低于91.7%\t3-2 申报备案的农村集体聚餐：1519场次（94.9%）；4-1 协管员现场指导并落实食品留样的集体聚餐：838场次（93.1%）\t—\t—\t2\t保持进度\n"
                + "灰：数据待核\t暂列10月末已报数\t3-1 纳入备案管理的农村家宴厨师：10月末已报118人\t—\t—\t1\t核实后补报\n";
        assertThat(read(table, meals).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("1519"));
        // each coded item is a figure of the table, named by its item; the grey row's figure reported before is none
        assertThat(ReportTables.read("t", table).figures()).extracting(q -> q.indicator() + "=" + q.value().toPlainString())
                .containsExactly("申报备案的农村集体聚餐=1519", "协管员现场指导并落实食品留样的集体聚餐=838");
    }

    /**
     * From the hundred-and-fifty-sixth and -seventh batches: a table on its side, tasks across and what each indicator stands at
     * down, its cells listing the column's indicators by mark. Each mark's total is its own indicator's (not the other mark's, nor
     * the target's, nor last month's); a mark whose total waits or is given roughly gives the month's figure, which the
     * matcher adds to the last report's.
     */
    @Test
    void aTableOnItsSideReadsEachMarkOfItsCellsAsItsOwnIndicator() {
        String table = "卡片要素\t单号任务卡\t卡片要素\t双号任务卡\n"
                + "考核指标（单位）\t①完成改厕的农户（户）；②问题厕所整改销号率（%）\t考核指标（单位）\t①建成垃圾分拣点（个）；②清运垃圾（吨）\n"
                + "年度目标\t①800户；②100%\t年度目标\t①12个；②900吨\n"
                + "10月末已核定\t①702户；②88.4%\t10月末已核定\t①9个；②760吨\n"
                + "11月新增\t①61户；②—\t11月新增\t①2个；②71吨\n"
                + "11月末累计数\t①763户；②92.5%\t11月末累计数\t①约11个；②待环卫所过磅汇总\n"
                + "核对说明\t①不含集镇公厕3座\t核对说明\t②含建筑垃圾40吨的不计入\n";
        assertThat(ReportTables.read("t", table).figures()).extracting(q -> q.indicator() + "=" + q.value().toPlainString())
                .containsExactly("完成改厕的农户=763", "问题厕所整改销号率=92.5", "建成垃圾分拣点=2", "清运垃圾=71");
        String sideways = "栏目\t一、农村改厕（任务1、2）\t二、垃圾治理（任务3、4）\n"
                + "年度目标\t①完成改厕800户；②整改销号率100%\t①建成分拣点12个；②清运垃圾900吨\n"
                + "11月末累计数\t①763户；②92.5%\t①11个；②832吨\n"
                + "未计入台账事项\t县住建局改造公厕3座\t建筑垃圾40吨\n";
        assertThat(ReportTables.read("t", sideways).figures()).extracting(q -> q.indicator() + "=" + q.value().toPlainString())
                .containsExactly("完成改厕=763", "整改销号率=92.5", "建成分拣点=11", "清运垃圾=832");
    }

    /** From the hundred-and-sixty-first batch: a 对账 column writes its sum out (31块＋13块＝44块); only the result is the total. */
    @Test
    void aSumWrittenOutGivesItsResultNotItsTerms() {
        String row = "设置转移路线指示牌\t48块\t31块＋13块＝44块\t相符";
        int first = row.indexOf("31块");
        int second = row.indexOf("13块");
        int result = row.indexOf("44块");
        assertThat(AchievementMatcher.addedUp(row, first, first + 2)).isTrue();
        assertThat(AchievementMatcher.addedUp(row, second, second + 2)).isTrue();
        assertThat(AchievementMatcher.addedUp(row, result, result + 2)).isFalse();
        assertThat(AchievementMatcher.addedUp("累计建成31块，本月新增13块。", 4, 6)).isFalse();
    }

    /** 超期未办结的…投诉举报 ≤ 0 is not filled by 受理…投诉举报11件: the failing the harm's name counts must be said of the figure. */
    @Test
    void aHarmNamedByItsFailingIsNotFilledByTheWorkItself() {
        var overdue = comparedLedger(1L, "投诉处置", "超期未办结的小餐饮食品安全投诉举报", "<=", "0", "件", "0");
        assertThat(read("11月受理小餐饮食品安全投诉举报11件，均在规定时限内办结。", overdue).proposals()).isEmpty();
    }

    /**
     * From once-y53: a table kept by the object supervised cites the ledger's own numbers (对应台账指标（任务序号-指标序号）| 2-1), and
     * the number says which indicator a row's figure is, where its words fit two.
     */
    @Test
    void aRowCitingTheLedgersNumberFillsThatIndicator() {
        var lines = List.of(twoIndicators(1, "沿街商铺消防培训", "完成消防安全培训考核的沿街商铺经营户", "420", "户", "300", "培训场次", "10", "场次", "8"),
                twoIndicators(2, "“前店后宅”商铺改造", "完成防火分隔改造的“前店后宅”商铺", "96", "户", "71", "改造投资", "50", "万元", "30"));
        String table = "石桥镇11月安全类台账统计表\n"
                + "序号\t监管对象\t底数\t截至11月30日累计\t对应台账指标（任务序号-指标序号）\n"
                + "1\t集镇沿街商铺\t摸底112户\t83户\t2-1\n";
        assertThat(readTasks(table, lines).proposals()).singleElement().satisfies(p -> {
            assertThat(p.indicatorId()).isEqualTo(21L);
            assertThat(p.value()).isEqualByComparingTo("83");
        });
    }

    /** From once-y54: …在册务工312人，其中脱贫劳动力和监测对象231人 — the part the indicator names is its figure, not the whole. */
    @Test
    void thePartAnIndicatorNamesIsItsFigure() {
        var workshops = List.of(twoIndicators(5, "就业帮扶车间认定和吸纳就业", "新认定县级就业帮扶车间", "6", "个", "3",
                "在帮扶车间务工的脱贫劳动力和监测对象", "260", "人", "198"));
        String text = "5.就业帮扶车间认定和吸纳就业。11月，两家车间经县农业农村局认定，今年新认定县级就业帮扶车间6个。"
                + "全乡帮扶车间在册务工312人，其中脱贫劳动力和监测对象231人。\n";
        assertThat(readTasks(text, workshops).proposals()).filteredOn(p -> p.indicatorId() == 52L).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("231"));
    }

    /** From once-y54: a column headed 11月末比率 names no rate of its own; the row's name does. */
    @Test
    void aColumnsRatioWordNamesNoRate() {
        var orders = ledger(1L, "消费帮扶", "保底收购订单兑现率", "95", "%", "90");
        String table = "二、比率类指标\n序号\t台账指标\t年度目标\t分子\t分母\t11月末比率\n"
                + "16\t保底收购订单兑现率\t95%\t已按约完成收购的订单607份\t今年到期订单657份\t92.4%\n";
        assertThat(read(table, orders).proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("92.4"));
    }

    /**
     * From once-y53: what a meeting decided (会议议定事项) is still to be done; a body that issued the list the unit works through
     * (县住房和城乡建设局下发的隐患清单) is no doer of the unit's figure; a place inside a village (铧头嘴村工业集中区) is where the work
     * stands; a harm word inside a device's name (火灾自动报警) makes no count of harm.
     */
    @Test
    void decisionsIssuersPlacesAndWarningDevices() {
        var cars = ledger(1L, "电动三轮车管理", "登记建档电动三轮车和老年代步车", "2300", "辆", "1900");
        assertThat(read("石桥镇安委会全体会议纪要\n三、会议议定事项\n（五）由禤振邦同志牵头，电动三轮车和老年代步车登记建档达到2300辆，逢场天加密劝导。\n", cars)
                .proposals()).isEmpty();
        var pipes = ledger(1L, "燃气隐患整治", "整改销号燃气管道占压和穿越密闭空间隐患", "64", "处", "47");
        var withCounty = new AchievementMatcher.Setting("石桥镇", List.of("县住房和城乡建设局"), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), Map.of(1L, LocalDate.of(2026, 10, 31)), Map.of());
        String listed = "对照县住房和城乡建设局下发的隐患清单，11月拆除占压棚房3处，清单内隐患累计整改销号58处。";
        assertThat(AchievementMatcher.match(Reader.read("t", listed, null, 2026), listed, pipes, withCounty).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("58"));
        var stations = ledger(1L, "骑手换电", "建成投用骑手电动自行车换电站点", "8", "个", "6");
        assertThat(read("铧头嘴村工业集中区和集镇汽车站旁的2个换电站点于11月26日对外运营，11月30日前建成投用8个换电站点的节点目标已经完成。", stations)
                .proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("8"));
        var homes = ledger(1L, "养老机构消防改造", "完成简易喷淋和火灾自动报警改造的养老机构", "7", "个", "4");
        assertThat(read("两家养老院11月完成喷淋和报警系统安装并检测合格，全镇完成改造的养老机构累计达到6个。", homes).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("6"));
    }

    /**
     * From once-y70: a programme named in quotation marks (“春蕾计划”) heads no plan; a figure the next words say is not yet exact
     * (…约160万元，准确数字以…为准) fills nothing; a county body giving money to the town (县妇联本月向我镇划拨) is no work of the
     * town's; a thing a 备注 lists as not counted (爱心人士直接资助学生的现金) fills none of the ledger's indicators.
     */
    @Test
    void programmesInQuotesFiguresNotYetExactCountyGrantsAndThingsListedOut() {
        var homes = ledger(1L, "“妇女微家”建设", "建成“妇女微家”", "30", "个", "24");
        assertThat(read("（二）“妇女微家”和“春蕾计划”。全镇经镇妇联授牌的“妇女微家”达到27个，村（社区）妇女之家15个另行管理。\n", homes)
                .proposals()).singleElement().satisfies(p -> assertThat(p.value()).isEqualByComparingTo("27"));
        var donations = ledger(1L, "乡贤回乡捐资", "乡贤捐赠镇村公益事业到账资金", "180", "万元", "137.5");
        assertThat(read("乡贤捐赠方面，敬老食堂、便民桥等项目陆续收到捐款，到账资金约160万元，准确数字以镇财政所专户对账结果为准。\n", donations)
                .proposals()).isEmpty();
        var grants = List.of(twoIndicators(1, "“春蕾计划”助学募捐", "募集“春蕾计划”助学资金", "12", "万元", "8.4", "乡贤捐赠镇村公益事业到账资金",
                "180", "万元", "137.5"));
        grants = List.of(new ReportLine(grants.get(0).taskId(), grants.get(0).number(), grants.get(0).title(), null,
                grants.get(0).measures(), null, grants.get(0).previous(), "助学资金以镇妇联募集并存入专户的金额为准，物资折价和爱心人士直接资助学生的现金不计入"));
        assertThat(readTasks("春蕾助学方面，县妇联本月向我镇划拨春蕾助学资金3.6万元，爱心人士直接资助学生现金1.2万元。\n", grants).proposals()).isEmpty();
    }

    /**
     * From once-y70: 报名参与结对的团员青年达到92人 counts those who do the work the indicator's clause opens with
     * (团员青年结对帮扶的困难青少年), not the ones its head counts; the work done named before its figure (完成安全风险辨识评估…43家)
     * still fills it.
     */
    @Test
    void theDoersTheNamesClauseOpensWithAreNotWhatItCounts() {
        var pairs = ledger(1L, "“希望小屋”和结对帮扶", "团员青年结对帮扶的困难青少年", "80", "人", "64");
        assertThat(read("团员青年结对帮扶方面，报名参与结对的团员青年达到92人，学业辅导坚持每月至少一次。\n", pairs).proposals()).isEmpty();
        var units = ledger(1L, "危险化学品使用单位分级管控", "完成安全风险辨识评估并实施分级管控的危险化学品使用单位", "48", "家", "40");
        assertThat(read("全镇危险化学品使用单位累计完成安全风险辨识评估并实施分级管控43家。\n", units).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("43"));
    }

    /** From once-y70: the kinds a 备注 lists right after the thing an indicator counts (新媒体从业人员（网络主播、…等）) name it. */
    @Test
    void theKindsABasisListsNameTheIndicator() {
        var media = ledger(1L, "新媒体从业人员联谊", "建档联系的新媒体从业人员", "40", "人", "31",
                "建档联系以镇统战办建立个人联系档案并明确一名联系干部的新媒体从业人员（网络主播、自媒体运营者、网站和公众号编辑等）人数为准，仅在网上关注的账号不计入");
        assertThat(read("镇统战办已为35名网络主播、自媒体运营者和公众号编辑建立个人联系档案，每人明确一名联系干部。\n", media).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("35"));
        // (a list after another thing — 全过程（立项、招投标、施工） — names the steps of a work, not the indicator)
        var villages = ledger(1L, "村务监督委员会规范化建设", "村务监督委员会规范化建设达标村", "11", "个", "8",
                "达标村以村务监督委员会对村级小型工程全过程（立项、招投标、施工和竣工验收）监督并经镇纪委验收的村数为准");
        assertThat(read("截至11月底，村务监督委员会已对35个项目完成从立项、招投标、施工到竣工验收的全过程监督。\n", villages).proposals()).isEmpty();
    }

    /**
     * From once-y73 and once-y75: money said to be 不在本任务统计之内 fills nothing; all of a long-named kind (6个婚俗改革示范村
     * 全部验收命名) is the whole, whatever month opens the sentence; a county the part is about (一、栖峪县的主要做法和成效), or
     * that opens a sentence of 全县 figures, is whose figures they are.
     */
    @Test
    void moneyOfAnotherTaskAllOfALongNamedKindAndAnotherCountysFigures() {
        var subsidy = ledger(1L, "重度残疾人居家托养", "发放居家托养服务补贴", "30", "万元", "21.6");
        assertThat(read("本月一并兑付的残疾人“两项补贴”6.35万元，属另一项政策资金，不在本任务统计之内。\n", subsidy).proposals()).isEmpty();
        var villages = ledger(1L, "婚俗改革示范村", "创建婚俗改革示范村", "6", "个", "4");
        assertThat(read("（八）婚俗改革示范村。苎麻冲村、棕榈岙村本月通过县民政局验收命名，6个婚俗改革示范村全部验收命名，节点前完成。\n", villages)
                .proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("6"));
        var konjac = ledger(1L, "魔芋脱毒种芋繁育", "收挖魔芋鲜芋", "9000", "吨", "7800");
        assertThat(read("一、栖峪县的主要做法和成效\n（二）魔芋产业种芋先行。栖峪县建了县级脱毒种芋繁育中心，今年鲜芋产量12.6万吨。\n", konjac)
                .proposals()).isEmpty();
        var honey = ledger(1L, "中蜂养殖", "中蜂蜂蜜采收量", "50", "吨", "40");
        assertThat(read("栖峪县把中蜂当作头号产业来抓，全县中蜂蜂蜜年产420吨。\n", honey).proposals()).isEmpty();
    }

    /**
     * From once-y77 and once-y78: a list handed down (县河长办下发我镇清单项目32个) is the work's scope; a figure whose exact count
     * waits (约380人，准确人数要等…后核定) fills nothing; what a clause names by what the things are, reaching a level
     * (入驻标准厂房的返乡入乡创业实体达到24户), is the total, whatever month opens the sentence.
     */
    @Test
    void aListHandedDownAWaitingCountAndALevelReached() {
        var banks = ledger(1L, "河湖岸线保护", "清理整治违规占用岸线项目", "32", "个", "26");
        assertThat(read("县河长办下发我镇违规占用岸线清单项目32个，到11月30日已清理整治销号29个。\n", banks).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("29"));
        var insured = ledger(1L, "砌筑工组团输出", "为组团输出砌筑工代办团体意外伤害保险", "400", "人", "300");
        assertThat(read("目前参保的输出砌筑工约380人，准确人数要等保险公司出具年度清单后核定。\n", insured).proposals()).isEmpty();
        var firms = ledger(1L, "返乡入乡创业园", "入驻创业园标准厂房的返乡入乡创业实体", "26", "户", "21");
        assertThat(read("本月两家农产品初加工作坊签约进场，入驻标准厂房的返乡入乡创业实体达到24户。\n", firms).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("24"));
    }

    /** From once-y81: what sampling found wanting (抽检不合格) is the harm counted, not the sampling. */
    @Test
    void whatSamplingFoundWantingIsTheHarmCounted() {
        var residues = comparedLedger(1L, "水产品质量安全", "养殖水产品药残抽检不合格", "<=", "0", "批次", "0");
        assertThat(read("（五）质量安全。全乡养殖水产品药残抽检不合格0批次。\n", residues).proposals()).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("0"));
    }

}
