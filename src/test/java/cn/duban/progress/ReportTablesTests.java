package cn.duban.progress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.extract.Quantity;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** How the report tables read a unit's table of figures, from the layouts our blind batches brought. */
class ReportTablesTests {

    /**
     * From once-y65: a heading that spans its parts (报送数据 over 10月末已报 | 11月末拟报 | 本月增量), written as one cell in a text table,
     * is spread over them; a row the check sent back (退回重核) states nothing, and a "—" in the month's total never falls back to
     * last month's.
     */
    @Test
    void aSpanningHeadingWrittenOnceIsSpreadOverItsParts() {
        String text = "序号\t台账指标（任务序号）\t计量单位\t年度目标\t报送数据\t触发规则\t校验结果\t处置说明\n"
                + "\t\t\t\t10月末已报\t11月末拟报\t本月增量\t\t\t\n"
                + "1\t主动公开政府信息（1）\t条\t1250\t1046\t1158\t112\tR1\t通过\t—\n"
                + "2\t室藏纸质档案数字化加工（4）\t万页\t12\t9.36\t—\t—\tR4\t退回重核\t服务机构报数混入返工页数\n"
                + "3\t发布政策解读材料（3）\t篇\t45\t36\t—\t—\tR5\t提示\t逐篇剔除后补报\n";
        ReportTables.Read read = ReportTables.read("t", text);
        assertThat(read.figures()).extracting(Quantity::surface).containsExactly("1158");
    }

    /**
     * From once-y81 and once-y79: a table of how far each indicator is (全年目标 | 完成率 | 序时进度), with no column of what was
     * done, gives the shares; a cell that says the figure is
     * another period's (上年同期为82%) or still to come (年底前完成5600) gives none; 村（社区） names no unit.
     */
    @Test
    void aTableOfSharesAloneGivesTheSharesAndACellOfAnotherPeriodOrOfThePlanGivesNone() {
        String text = "序号\t台账指标\t计量单位\t全年目标\t完成率\t序时进度\t是否滞后\t备注\n"
                + "1\t完成提档升级的稻虾共作基地\t亩\t1500\t88%\t91.7%\t是\t—\n"
                + "3\t兑付退捕渔民养老保险缴费补贴\t万元\t64\t上年同期为82%\t91.7%\t待核定\t—\n";
        ReportTables.Read read = ReportTables.read("t", text);
        assertThat(read.figures()).extracting(Quantity::surface).containsExactly("88%");
        String units = "序号\t个数类台账指标（任务序号）\t全年目标（个）\t截至11月30日完成（个）\t说明\n"
                + "11\t完成村务公开栏标准化改造的村（社区）（4）\t21\t17\t—\n"
                + "17\t按清单流程办理并全程留痕的小微权力事项（5）\t5600\t年底前完成5600\t—\n";
        ReportTables.Read counted = ReportTables.read("t", units);
        assertThat(counted.figures()).extracting(Quantity::surface, Quantity::unit).containsExactly(Tuple.tuple("17", "个"));
    }

    /**
     * From once-y83: a column headed by the period's last day (11月30日数据) is where the work stands; a figure whose note under
     * the table says it counts more than the ledger (…一并算了进来) or is not final (临时数, 预估数) is set aside, the others read.
     */
    @Test
    void aColumnOfThePeriodsLastDayAndFiguresWhoseNotesSayTheyAreNotTheLedgers() {
        String text = "序号\t台账指标\t单位\t年度目标\t11月30日数据（含注）\t责任人\n"
                + "1\t选聘高标准农田村级管护员\t人\t46\t43①\t甲\n"
                + "2\t颁发小型农田水利设施产权证书\t本\t130\t127②\t乙\n"
                + "3\t农机订单作业服务面积\t万亩\t5.6\t5.12③\t丙\n"
                + "注：\n①以县管护信息系统登记在册的人数为准，临时看水的人员没有算进去。\n"
                + "②此数把还等着制证的证书15本一并算了进来。\n③平台自动汇总的初步数，属临时数，核定后更正。\n";
        ReportTables.Read read = ReportTables.read("t", text);
        assertThat(read.figures()).extracting(Quantity::surface).containsExactly("43");
        assertThat(read.asides()).extracting(ReportTables.Aside::column).anyMatch(c -> c.startsWith("注②"));
    }

    /**
     * From once-y82: a table with an indicator a column is read on its side even where the indicators' names hold 完成 or 累计;
     * where the latest total waits (待汇总), the earlier month's total above it is the last report's, no figure of now.
     */
    @Test
    void aTableOfAnIndicatorAColumnWhoseNamesHoldDoneWordsAndWhoseLatestTotalWaits() {
        String text = "台账指标（计量单位）\t完成消防安全达标改造的民宿（家）\t兑付民宿提质改造补助资金（万元）\t手工艺工坊发放计件工资（万元）\n"
                + "10月末累计\t38\t132.5\t198.4\n"
                + "11月新增\t5\t26.1\t待汇总\n"
                + "11月末累计\t43\t158.6\t待汇总\n"
                + "全年目标\t46\t180\t260\n";
        ReportTables.Read read = ReportTables.read("t", text);
        assertThat(read.figures()).extracting(Quantity::indicator, Quantity::surface).contains(Tuple.tuple("完成消防安全达标改造的民宿", "43"),
                Tuple.tuple("兑付民宿提质改造补助资金", "158.6"));
        assertThat(read.figures()).extracting(Quantity::surface).doesNotContain("198.4");
    }

    /** From once-y64: 11月末本年累计（台账口径） is the total the ledger counts — the bracket is a note, no other scope. */
    @Test
    void aNoteThatTheColumnCountsAsTheLedgerDoesNamesNoOtherScope() {
        String text = "序号\t台账指标名称（任务号）\t单位\t全年目标\t11月末本年累计（台账口径）\t12月新增测算\t\t\t全年预计（基准情景）\t测算依据\n"
                + "\t\t\t\t\t保守\t基准\t乐观\t\t\n"
                + "1\t完成税源清查建档的纳税人（1）\t户\t320\t291\t12\t20\t27\t311\t农户自住房屋不计入\n"
                + "2\t审核村级财务原始凭证（9）\t张\t5200\t5100张左右（11月凭证尚在装订）\t80\t110\t150\t5210\t—\n";
        ReportTables.Read read = ReportTables.read("t", text);
        assertThat(read.figures()).extracting(Quantity::surface).containsExactly("291");
    }

    /**
     * From once-y72: a table of villages with a column per indicator reads its 全乡合计 row wherever it stands, beside a 备注
     * column and a column of pairs (已衔接／应衔接) whose share is the rate of what the column names.
     */
    @Test
    void aVillageTableWithARemarkAndAColumnOfPairsReadsItsTotalRow() {
        String text = "村（社区）\t新组建企业劳动争议调解委员会（个）\t因欠薪引发的极端讨薪事件（起）\t社区矫正对象参加集中教育学习（人次）"
                + "\t刑满释放人员信息核查衔接（已衔接／应衔接）\t备注\n"
                + "全乡合计\t11\t0\t444\t40／41（97.6%）\t—\n"
                + "柿饼垭村\t1\t0\t52\t5／5\t—\n";
        ReportTables.Read read = ReportTables.read("t", text);
        assertThat(read.figures()).extracting(Quantity::indicator).containsExactly("新组建企业劳动争议调解委员会", "因欠薪引发的极端讨薪事件",
                "社区矫正对象参加集中教育学习", "刑满释放人员信息核查衔接率");
        assertThat(read.figures()).extracting(q -> q.value().toPlainString()).containsExactly("11", "0", "444", "97.6");
    }

    /**
     * From once-y71 and once-y70: in a 完成/目标 column, a done part that waits (汇总中/960) or counts another step (受理138/140)
     * states nothing done; a total given as a bound (90篇以上) is no count.
     */
    @Test
    void aPairThatStatesNothingDoneAndATotalGivenAsABound() {
        String pairs = "序号\t台账指标\t完成/目标\t完成率\n"
                + "1\t完成报装接电的农业生产用电户（户）\t受理138/140\t—\n"
                + "2\t村级应急广播自办宣传节目播出（期）\t汇总中/960\t—\n"
                + "3\t完成转供电改直供电的通信基站（座）\t14/16\t87.5%\n";
        assertThat(ReportTables.read("t", pairs).figures()).extracting(Quantity::surface).containsExactly("14");
        String quarters = "台账指标\t单位\t全年目标\t一季度\t二季度\t三季度\t四季度（10—11月）\t累计（1—11月）\t备注\n"
                + "征集入库家风家训故事\t篇\t100\t20\t24\t22\t审核中\t90篇以上\t收到投稿130余篇\n"
                + "建成职工书屋\t个\t16\t2\t3\t4\t5\t14\t农家书屋不计\n";
        assertThat(ReportTables.read("t", quarters).figures()).extracting(Quantity::surface).containsExactly("14");
    }

    /**
     * From once-y74: a spanning heading over 数量 | 单位 gives each row's figure its own unit (吨 where the ledger counts 万吨, to
     * be converted); a remark saying the row's figure is an earlier month's end (10月底数) leaves the row stating nothing.
     */
    @Test
    void aUnitColumnUnderTheSpanningHeadingAndARemarkOfAnEarlierMonth() {
        String text = "序号\t台账指标（任务序号）\t全年目标\t截至11月30日累计完成\t\t数据来源\t说明\n"
                + "\t\t\t数量\t单位\t\t\n"
                + "1\t经电子采运单核验出场的河道砂石（1）\t18万吨\t163000\t吨\t县河道采砂监管平台\t—\n"
                + "19\t完成权籍补充调查的农房宗地（10）\t900宗\t722\t宗\t县不动产登记中心\t10月底数，见表注3\n";
        ReportTables.Read read = ReportTables.read("t", text);
        assertThat(read.figures()).singleElement().satisfies(q -> {
            assertThat(q.surface()).isEqualTo("163000");
            assertThat(q.unit()).isEqualTo("吨");
        });
    }

    /**
     * From once-y73: a form per task — 指标① | its name, then 10月末 | 9个 | 11月新增 | 3个 | 11月末累计 | 12个 — gives the
     * running total; "—" there leaves the month's figure; a cell that waits or is rough (本年以来约30具，…待补录) gives none.
     */
    @Test
    void aFormOfLabelledFiguresPerIndicator() {
        String text = "任务\t1．老年助餐点星级评定和中央厨房配送\t责任领导／责任人\t郗明澈／逯晓帆\n"
                + "指标①\t通过星级评定的村级老年助餐点（个）\n"
                + "口径\t县民政局评审公布并挂牌的一星级及以上助餐点\n"
                + "10月末\t9个\t11月新增\t3个\t11月末累计\t12个\n"
                + "核实人\t逯晓帆\t核实方式\t查阅星级评定结果通知\n"
                + "指标②\t中央厨房配送助餐（万份）\n"
                + "10月末\t7.92万份\t11月新增\t0.72万份\t11月末累计\t—\n"
                + "指标③\t以树葬花坛葬草坪葬方式安葬的骨灰（具）\n"
                + "10月末\t24具\t11月新增\t—\t11月末累计\t本年以来约30具，安葬证明待补录\n";
        ReportTables.Read read = ReportTables.read("t", text);
        assertThat(read.figures()).extracting(Quantity::surface).containsExactly("12", "0.72");
        assertThat(read.figures()).extracting(Quantity::evidence).containsExactly("表格累计：通过星级评定的村级老年助餐点11月末累计",
                "表格本月：中央厨房配送助餐11月新增");
    }

    /**
     * From once-y76: a row a month under the indicators' columns (月份 | …（亩） | …（吨）), then 累计（1—11月）: the total row is each
     * column's figure; a total of words (备案核对中, 约775) states nothing, and no month's figure stands in for it.
     */
    @Test
    void aRowAMonthUnderTheIndicatorsColumns() {
        String text = "月份\t为农服务中心土地托管服务面积（亩）\t镇供销社淡季储备化肥（吨）\t集体资产资源交易成交总额（万元）\n"
                + "全年目标\t24000\t3200\t860\n"
                + "10月\t2865\t327\t—\n"
                + "11月\t1900\t265\t42\n"
                + "累计（1—11月）\t20500\t3010\t约775\n";
        assertThat(ReportTables.read("t", text).figures()).extracting(Quantity::surface).containsExactly("20500", "3010");
    }
}
