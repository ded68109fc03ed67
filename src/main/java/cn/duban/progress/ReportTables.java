package cn.duban.progress;

import cn.duban.extract.Quantity;
import cn.duban.extract.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of main indicators a 工作汇报 often carries (指标名称 | 单位 | 全年目标 | 累计完成 | 完成率), read row by
 * row. The reader reads prose: in a row its numbers stand without their units (those are in the header or the
 * unit column), so only the completion rate would come out of it. Here a header names the columns; each row gives
 * its indicator's name, its unit, and the figure of the cumulative column (累计完成, 完成数, 实际完成…) — or, with
 * none, of this month's (本月完成), as an increment. A .docx's tables and a table pasted into a .txt both come as
 * lines of tab-separated cells.
 */
final class ReportTables {

    /** What the tables hold: one figure a row, and the rows' spans, whose other cells the reader's figures are not. */
    record Read(List<Quantity> figures, List<int[]> rows, List<Aside> asides, List<Aside> monthCells, List<int[]> told) {
    }

    /**
     * A header cell naming the column of targets: 目标, 年度目标, 目标任务 (not 目标值's neighbours 完成值, 完成率); 目标任务及时间节点,
     * 目标要求及完成时限 — the target with when it falls due — too.
     */
    private static final Pattern TARGET_COLUMN = Pattern.compile(
            "^(?:年度|全年|工作|任务)?目标(?:任务|要求|值)?(?:及(?:时间节点|完成时限|时限|节点|完成时间))?$|^(?:年度|全年)任务$");

    /** The column of a header row whose heading is a target's, or -1 (a row whose cells hold figures is no header). */
    private static int targetColumn(String[] cells) {
        if (cells.length < 3) {
            return -1;
        }
        int found = -1;
        for (int i = 0; i < cells.length; i++) {
            String c = simple(cells[i]);
            if (NUMBER.matcher(c).find()) {
                return -1;
            }
            if (found < 0 && TARGET_COLUMN.matcher(c).matches()) {
                found = i;
            }
        }
        return found;
    }

    /** 11月新增54万元: a number that is a month or a day, not the row's figure. */
    private static final Pattern DATE_AFTER = Pattern.compile("[年月日号]");
    /** 目标值, 年度目标, 全年任务: the column that states what the row must reach. */
    private static final Pattern TARGET_HEADING = Pattern.compile("目标|任务数|计划数|全年任务|年度任务");

    /** A cell of a row told in words whose figures are no achievement: its column is a target, a rate, a remark. */
    record Aside(int start, int end, String column) {
    }

    private static final String[] NAME_HEADERS = {"指标", "项目", "名称", "内容", "任务", "事项"};
    private static final String[] CUMULATIVE_HEADERS = {"累计", "完成数", "完成值", "实际完成", "完成情况", "截至", "完成量", "实绩",
            "已完成", "完成", "核实值", "核定值", "认定值",
            // 今年发生（起）: a table of bottom lines counts what happened this year
            "今年发生", "本年发生", "发生起数", "发生数",
            // 计算结果: what a 核对表's working comes to
            "计算结果"};
    /** A column of what the unit itself reported, read where the verified one (核实值) is left unverified. */
    private static final String[] REPORTED_HEADERS = {"自报", "报送值", "上报值", "填报值"};
    private static final String[] MONTH_HEADERS = {"本月", "当月", "本期"};
    /** 畜种, 类别, 品种: a column of the kinds a unit's total is made of. */
    private static final String[] KIND_HEADERS = {"畜种", "品种", "类别", "分类", "行业", "产业"};
    /** A first column naming the places a table's rows are of: 村名, 村（社区）, 乡镇. */
    private static final String[] PLACE_HEADERS = {"村名", "村别", "村（社区）", "乡镇", "镇村", "社区名称", "单位名称"};
    /** 11月新增54万元 in a cell: the month's increment. */
    private static final Pattern ONE_MONTH_NEW = Pattern.compile("(?:1[0-2]|[1-9])月(?:份)?新增");
    /** Words of another period before a cell's figure: 上年同期, 去年, 上月末, 上期. */
    private static final Pattern EARLIER_IN_CELL = Pattern.compile("上年|去年|同期|上月|上期|上周|上季度");
    /** Words of what is still to come before a cell's figure: 年底前完成, 预计, 力争, 计划. */
    private static final Pattern PLANNED_IN_CELL = Pattern.compile("年底前|年内|预计|力争|争取|计划|拟于|拟在|拟将|有望|确保|12月(?:底|末|中旬|下旬)");
    /** Words of the period before this one in a heading: 截至上月底, 上期累计, 上年末. */
    private static final String[] LAST_PERIOD = {"上月", "上期", "上年末", "上次", "上周"};
    /** A remark saying the figure still waits: 待县卫健局确认, 验收批复待下达, 审核中, 施工单位自报. */
    private static final Pattern PENDING_REMARK = Pattern.compile(
            "待[^，,。；;]{0,12}(?:认定|确认|审核|批复|下达|验收|核实|核定|销号)|审核中|核实中|自报|未对账");
    /** 备注, 说明, 核减事项及说明, 情况说明, 数据口径及预判依据: a column of words on the row. */
    // (口径说明（不计入事项）: what the remark holds, in brackets)
    private static final Pattern REMARK_HEADING = Pattern.compile(
            "^(?:备注|说明|[\\p{IsHan}及和、]{0,10}(?:说明|备注|依据))(?:[（(][\\p{IsHan}、]{1,12}[)）])?$");
    /** （有“√”，无“—”）, （填“是”或“否”）: a bracketed note on how a column is filled. */
    private static final Pattern FILLING_NOTE = Pattern.compile("[（(][^（）()]*[，,“”\"√×][^（）()]*[)）]");
    /** 核减数, 剔除数, 扣除: the column of what the ledger's rules take off a raw figure (not 核减后, the figure left). */
    private static final Pattern DEDUCTION_HEADING = Pattern.compile("(?:核减|剔除|扣除|扣减)(?!后)");
    /** 待核实 as a row's whole verdict (预判结论, 审核意见): the row's figure itself is not yet to be taken. */
    // (校验结果: 退回重核 — the check sent the row's figure back: it is no figure to report yet)
    private static final Pattern UNCONFIRMED_VERDICT = Pattern
            .compile("^(?:数据)?(?:待核实|待核定|待核对|待核准|待更正|待确认|核实中|核定中|退回重核|退回核实|退回修改|退回|不通过|未通过)$");
    /** 预判结论, 审核意见, 数据状态: a column that gives a verdict on the row's figure. */
    private static final Pattern VERDICT_HEADING = Pattern.compile("结论|意见|状态|核实情况|审核情况|校验结果|核验结果|审核结果");
    /** 约80个, 5100张左右, 1300余户, 90篇以上: a figure given roughly, or as a bound. */
    private static final Pattern ROUGH_CELL = Pattern.compile("^(?:约|近|大约)[0-9]|[0-9][\\p{IsHan}%％]{0,2}?左右"
            + "|[0-9](?:万|亿)?[余多](?:[\\p{IsHan}]{0,2})?$|[0-9][\\p{IsHan}%％]{0,2}?(?:以上|以下|之上|上下)$");
    /** 20500, 131.6万元, 12个: a cell that is a figure and its unit, nothing said around it. */
    private static final Pattern PLAIN_FIGURE = Pattern.compile("^[0-9]+(?:[.．][0-9]+)?[\\p{IsHan}%％‰]{0,4}$");
    /** 21/24, 3.27/3.6万笔, 汇总中/960: a cell of the done part, a slash, then the target. */
    private static final Pattern DONE_PAIR_CELL = Pattern.compile("^([^/／]*)[/／][0-9]+(?:[.．][0-9]+)?[\\p{IsHan}%％]{0,3}$");
    /** 21, 累计21, 已完成21户: a done part that is the plain count. */
    private static final Pattern PLAIN_DONE = Pattern.compile("^(?:累计|已完成|完成|累计完成)?[0-9]+(?:[.．][0-9]+)?[\\p{IsHan}%％]{0,3}$");
    /** 10月底数, 10月末数据: a remark saying the row's figure is a month's end (earlier than the column's, it is last month's). */
    private static final Pattern EARLIER_END_REMARK = Pattern
            .compile("^(?:所填|本行|该数|此数)?(?:为|系|是)?(1[0-2]|[1-9])月(?:底|末)(?:的)?(?:数|数据|累计数)");
    /** 牵头单位, 责任单位, 填报单位: a column of bodies, not of units of measure. */
    private static final Pattern BODY_COLUMN = Pattern.compile("(?:牵头|责任|配合|报送|填报|实施|主管|建设|协办|主办|承办|施工|监理|设计|审核|核实|参与|业主"
            + "|管理|用工|使用|发证|出具|数据来源|来源|验收|认定|包联|联系|挂钩|帮扶)单位$");
    /** 待…剔除后更正: a remark saying the row's figure is to be corrected, so it is not the one to take. */
    private static final Pattern TO_BE_CORRECTED = Pattern.compile("待[^，,。；;]{0,20}(?:更正|修正|订正)");
    /** 未计入, 不计入: a remark saying what it names is left out of the row's figures. */
    private static final Pattern LEFT_OUT = Pattern.compile("(?:未|不|暂不|没有)(?:计入|统计|纳入)");
    /** 本周完成, 本旬: a week's or ten days' column, neither the month's nor the total. */
    private static final String[] WEEK_HEADERS = {"本周", "当周", "本旬"};
    /** A column of codes or numbers (指标编码, 序号), never the name of what a row measures. */
    private static final String[] CODE_HEADERS = {"编码", "代码", "编号", "序号"};
    /** A column of the share of the year's target done. */
    private static final String[] SHARE_HEADERS = {"完成进度", "完成率", "完成比例", "进度", "占年度", "占全年", "占目标"};
    /** A column of what was added since last month, read only where the cumulative cell is left empty (—). */
    private static final String[] INCREMENT_HEADERS = {"较上月增加", "较上月新增", "比上月增加", "比上月新增", "本月新增", "本月增加",
            "当月新增"};
    private static final String[] NOT_A_FIGURE = {"率", "比例", "目标", "任务数", "计划", "全年任务", "序时", "进度", "同比", "增长",
            "去年", "上年", "排名", "备注", "单位", "责任", "下步", "下一步", "措施", "打算", "预计", "预算", "指标值", "概算", "部门数",
            "口径", "原因", "全县", "全市", "全区",
            // 完成时限, 12月倒排进度（累计应达到）: when the work falls due, and where it must stand by then — no figure done
            "时限", "期限", "完成时间", "倒排", "应达到", "应完成",
            // 计算方法 | 计算参数 | 计算结果: the working a 核对表 shows is not its result
            "计算方法", "计算参数", "计算公式", "计算过程"};
    /** 指标类别, 指标类型: a column of categories, not of indicators' names. */
    private static final String[] CATEGORY_HEADERS = {"类别", "类型", "分类", "属性"};
    /** 一级指标, 三级指标: the levels of a performance table's indicators. */
    private static final Pattern LEVEL_HEADER = Pattern.compile("[一二三四1-4]级指标");
    /** 全年累计发生起数, 受益人数: a cell saying what the row's figures count, its measure word before 数. */
    private static final Pattern COUNTED_IN = Pattern.compile("^[\\p{IsHan}]{0,10}?(起|人次|户次|人|户|个|家|次|件|处|宗)数$");
    /** 完成值/目标值, 累计完成/年度目标: a column of cells that give the done figure, then the target, apart by a slash. */
    private static final Pattern DONE_OVER_TARGET = Pattern.compile(
            "(?:累计)?(?:实际)?完成(?:值|数|量)?\\s*[/／]\\s*(?:年度|全年)?(?:目标|任务|计划)(?:值|数|量)?");
    /** 其中：11月 — a column of the month's part of the total. */
    private static final Pattern OF_WHICH = Pattern.compile("^其中[：:]?");
    /** 11月完成, 11月: one month's column. */
    private static final Pattern ONE_MONTH_HEADER = Pattern.compile("(?:1[0-2]|[1-9])月(?:份)?(?:完成|新增|实绩)?");
    /**
     * A cell that says its figure still waits: 待核, 待录入, 待县民政局核定, 核实中; or sends the reader to a note (见说明3, 详见备注),
     * giving no figure of its own — its 3 is the note's number.
     */
    private static final Pattern PENDING_CELL = Pattern.compile("^(?:待|正在|尚未|核实中|审核中|见说明|见备注|详见|另行报送|另报)");
    /** 计入台账情况, 对应台账指标: a column saying which of the ledger's indicators a row counts for. */
    private static final Pattern LEDGER_LINK_HEADING = Pattern.compile("计入台账(?:情况|指标|事项)|对应(?:台账)?指标|归属指标|计入指标");
    /** 不计入, 不纳入台账: the row counts for no indicator. */
    private static final Pattern LEFT_OUT_CELL = Pattern.compile("^(?:不计入|不纳入|不列入|未计入|不作台账)");
    private static final Pattern COUNTED_FOR = Pattern.compile("计入|纳入|列入|对应");
    private static final Pattern QUOTED_NAME = Pattern.compile("[“\"]([^“”\"]{2,40})[”\"]");
    /** 1-10月, 1—11月累计, 1-11月合计: a total from the year's start to a month. */
    private static final Pattern SPAN_HEADER = Pattern.compile("(?:1|一)\\s*[-—－~～至到]\\s*(?:1[0-2]|[1-9])月(?:份)?(?:累计|合计|共计)?(?:完成)?(?:数)?");
    /** 一季度: a quarter's column. */
    private static final Pattern QUARTER_HEADER = Pattern.compile("[一二三四1-4]季度(?:完成)?");
    /** A 备注 that sets the row beside a wider area's figure: 全县平均, 高于全县. */
    private static final Pattern COMPARED = Pattern.compile("平均|均值|高于|低于|排名|位列|居全");
    /** A 备注 that names a wider area: the figure is that area's. */
    private static final Pattern WIDER = Pattern.compile("全县|全市|全省|全区|全州");

    /** The month a total's heading runs to: 1-11月累计 → 11, 截至10月底 → 10; 0 when it names none. */
    private static int spanEnd(String heading) {
        Matcher m = SPAN_END.matcher(heading);
        int end = 0;
        while (m.find()) {
            end = Integer.parseInt(m.group(1));
        }
        return end;
    }

    private static final Pattern SPAN_END = Pattern.compile("(1[0-2]|[1-9])月");
    /** 镇10月底报送数 | … | 核对后11月底数: figures to a month's end; the later is where the work stands, the earlier what it grew from. */
    private static final Pattern MONTH_END_HEADER = Pattern.compile("(?:1[0-2]|[1-9])月(?:底|末)");
    /** 11月30日比率（%）: a month's last day, as of which a column stands (11月30日前 is a deadline). */
    private static final Pattern MONTH_LAST_DAY = Pattern.compile("(?:1[0-2]|[1-9])月(?:底|末|(?:28|29|30|31)日(?![前以之]))");
    /** A cell saying the year's work is done, with no figure. */
    private static final Pattern DONE_CELL = Pattern.compile("(?:已|已经|已全部|全部|全面|均已)?完成(?:年度任务|全年任务|年度目标)?|已完工|全部完工");
    /** The heading words under which the matcher reads a percentage as the share of the year's target. */
    private static final String SHARE_CUE = "完成进度";
    /** The evidence of a table's total row: 合计, 总计. */
    private static final String TOTAL = "表格合计：";
    /** The evidence of a figure in a table's running-total column: this label, then the row's name and the column's heading. */
    private static final String RUNNING_TOTAL = "表格累计：";
    /** The evidence of a figure in a table's column of the month: this label, then the row's name and the column's heading. */
    private static final String MONTH_EVIDENCE = "表格本月：";
    /** A 小计 row: the whole of a group of rows, and the table's whole only where no 合计 row follows. */
    private static final String SUBTOTAL = "表格小计：";
    private static final Pattern TOTAL_ROW = Pattern.compile("^(?:全镇|全乡|全部)?(?:合计|总计|小计|总体)$");
    /** 构成项目, 分项, 组成: a column of the parts a figure is made of. */
    private static final Pattern PART_HEADING = Pattern.compile("^(?:构成项目|构成|分项|分项名称|组成)$");
    /** 统计时点, 时点: a column of the points in time an indicator's rows give its figure at. */
    private static final Pattern TIME_POINT_HEADING = Pattern.compile("^(?:统计时点|时点|统计时间|数据时点)$");
    /** 10月末（已报）, 12月末（预计）: a point in time that is the last report's or one still ahead, not this period's. */
    private static final Pattern NOT_THIS_PERIOD = Pattern.compile("已报|上期|预计|预测|计划|目标");
    /** 单位报送数, 村上报: a figure as sent in, before it is checked. */
    private static final Pattern SENT_IN = Pattern.compile("报送数|上报数|上报$|自报");
    /** 镇核定累计数, 核实数: a figure checked. */
    private static final Pattern VERIFIED = Pattern.compile("核定|核实|认定");
    /**
     * 台账填报数, 计入台账数, 台账数: the column of the figure the ledger takes; 计入台账节点（截至11月30日，括号内为11月新增） after
     * 节点一 | 节点二 | 节点三: of a work's stages, the one the ledger counts (its note in brackets says how the cell is filled).
     */
    private static final Pattern LEDGER_COLUMN = Pattern.compile(
            "^(?:台账(?:填报|完成|报送|认定|采用|采信|核定)?数|计入台账(?:数|节点|数据|数量)|台账累计数)(?:[(（][^()（）]*[)）])?$");
    /** 台账完成数, 合计: the row of a figure's parts that is the figure the ledger takes. */
    private static final Pattern LEDGER_PART = Pattern.compile("^(?:台账完成数|台账数|计入台账数|合计|小计|总计)$");
    /** 全镇合计, 全乡合计 over columns of the villages: the unit's whole. */
    private static final Pattern UNIT_TOTAL_COLUMN = Pattern.compile("^(?:全镇|全乡|全街道)(?:合计|总计)?(?:[(（][^()（）]{1,6}[)）])?$");
    /** 开工以来, 自开工以来, 开工至今: the span of a project's money since it began (AchievementMatcher reads it in prose). */
    static final String SINCE_START_WORDS = "开工以来|建设以来|自开工|开工至今";
    /** 开工以来累计, 自开工累计, 项目累计: a project's total since it began, years before this one in it. */
    private static final Pattern SINCE_START = Pattern.compile(SINCE_START_WORDS + "|项目累计");
    /** 今年1—11月, 本年累计: the year's total to date (a span 1—11月 is one too: {@link #SPAN_HEADER}). */
    private static final Pattern THIS_YEAR = Pattern.compile("今年|本年|当年|年度累计");
    /** 形象进度, 进展情况, 完成情况及说明: a column telling in words how far the work has got. */
    private static final Pattern PROGRESS_HEADING = Pattern.compile("形象进度|进展情况|工作进展|完成情况|推进情况");
    /** A figure as a cell writes it: 3915, 84.6, 0.7436. */
    private static final String FIGURE = "[0-9]+(?:[.．][0-9]+)?";
    /** The unit written right after a cell's figure: 吨, 场次, %. */
    private static final String CELL_UNIT = "[\\p{IsHan}%％]{0,3}";
    /** A note in brackets after a cell's figure and unit (（已缴费1438人，名单人数1493人）), as long as a cell's note runs. */
    private static final String CELL_NOTE = "[(（][^()（）]{1,30}[)）]";
    private static final Pattern NUMBER = Pattern.compile(FIGURE);
    private static final Pattern BRACKETED = Pattern.compile("[(（][^()（）]{1,16}[)）]");
    private static final Pattern NOTE_AFTER = Pattern.compile(CELL_NOTE);
    // (完成改造的村（社区）: the bracket after 村 names the communities counted alike, no unit)
    private static final Pattern UNIT_IN_BRACKETS = Pattern.compile("[(（](?!(?<=村[(（])(?:社区|居)[)）])([^()（）]{1,6})[)）]");
    /** A figure with its unit, then a bracket of a note closing the cell. */
    // (96.3%（已缴费1438人，名单人数1493人）: a rate, and the counts it comes from in its note)
    private static final Pattern FIGURE_THEN_NOTE = Pattern.compile("^(" + FIGURE + CELL_UNIT + ")" + CELL_NOTE + "$");
    /**
     * 11月新认定71人（10月末累计数已报县医疗保障局）, 本月办结6户: one month's figure, led by the month and a short verb, a note
     * perhaps after it — the month's increment, stated as one figure (the month's digits are no part of it).
     */
    private static final Pattern MONTH_FIGURE = Pattern.compile("^(?:本月|当月|(?:1[0-2]|[1-9])月份?)(?!末|底|累计)[\\p{IsHan}]{0,6}?"
            + "(" + FIGURE + ")" + CELL_UNIT + "(?:" + CELL_NOTE + ")?$");
    /** 核验批次, 核验时间, 填报日期: a column naming the batch or the date a row's figures were given at. */
    private static final Pattern BATCH_HEADING = Pattern.compile("批次|时间|日期");
    /** 竣工验收合格：6个（+2个）, 覆盖率：84.6%: a short label of what is counted, its figure and unit, and perhaps a note. */
    private static final Pattern LABELLED_FIGURE = Pattern.compile(
            "^[^：:，,。；;0-9][^：:，,。；;]{0,23}[：:]\\s*" + FIGURE + CELL_UNIT + "(?:" + CELL_NOTE + ")?$");
    /** 任务序号及工作任务, 序号和项目名称: a column of numbers and names together. */
    private static final Pattern CODE_AND_NAME = Pattern.compile("(?:序号|编号|代码)(?:及|和|与|、)[\\p{IsHan}]{0,6}(?:任务|名称|事项|项目|内容)$");
    /** 指标①（部门确认累计数）, 指标②: columns each holding one of a task's indicators, named in its cells (名称：数). */
    private static final Pattern INDICATOR_COLUMN = Pattern.compile("^(?:台账)?指标[①-⑳一二三四五六七八九十1-9]");
    /** The mark that tells such columns apart. */
    private static final Pattern INDICATOR_MARK = Pattern.compile("(?<=^(?:台账)?指标)[①-⑳一二三四五六七八九十1-9]");
    /** A bracket of a note on how a column is filled, closing its heading: longer than a unit, shorter than a paragraph. */
    private static final Pattern COLUMN_NOTE = Pattern.compile("[(（][^()（）]{8,40}[)）]$");
    /**
     * 11月30日比率（%）, 截至11月底签约率: the level a rate stood at on a day, in a part of rate indicators — a figure, unlike a
     * 完成率 or 进度 column (the share of a target done).
     */
    static boolean rateAsOf(String header) {
        return MONTH_LAST_DAY.matcher(header).find() && header.contains("率") && !header.contains("完成") && !header.contains("进度")
                && !header.contains("目标") && !header.contains("同比") && !header.contains("上年") && !header.contains("去年");
    }

    /**
     * 台账单位, 指标单位, 数量单位 ending a heading (alone, or under a spanning one: 计入台账数台账单位): a column of the units the
     * ledger measures in, not of the bodies that answer for it.
     */
    private static final Pattern MEASURE_UNIT_HEADER = Pattern.compile("(?:台账|指标|数量|度量)单位$");
    /** （台账计量单位）, （按台账单位）: the column is in the ledger's units. */
    // (11月末本年累计（台账口径）: the bracket says the column counts as the ledger does — a note, no other scope)
    private static final Pattern LEDGER_UNITS_NOTE = Pattern.compile("[(（][^()（）]{0,6}(?:计量单位|单位|台账口径|台账统计口径)[)）]");
    /** 累计公示数, 累计发现数: a running tally of another step than the work done. */
    private static final Pattern OTHER_TALLY = Pattern.compile("累计(?!完成|实现|建成|工作|数|值|量)[\\p{IsHan}]{1,4}?(?:数|次数|量)$");
    /** 折算后, 换算后, 核定后: the figure as the ledger counts it, after a raw one. */
    private static final Pattern CONVERTED = Pattern.compile("(?:折算|换算|核定|核减)后");

    /** How long a column's name is at least when it names an indicator (民宿客房入住间夜), not a figure (累计完成, 年度目标值). */
    private static final int INDICATOR_NAME_LENGTH = 7;

    private ReportTables() {
    }

    /** 注：② …, or ⑤ … alone on a line under a table: what a figure marked ② or ⑤ is. */
    private static final Pattern NOTE_LINE = Pattern.compile("(?m)^\\s*(?:注[：:]\\s*)?([\u2460-\u2473])\\s*(.+)$");
    /**
     * A note saying its figure counts more than the ledger does (…也算了进来, 也在这个数里, 一并计入) or is not yet final (临时数,
     * 初步数, 预估数, 推算, 尚未核定, 最终以…为准 — not a plain 以县系统数据为准, which only names the source).
     */
    private static final Pattern NOTE_NOT_THE_FIGURE = Pattern.compile(
            "算了?进来|算在了?里面|算在内|也在这个数里|一并(?:计入|算入|统计)|含在内|临时数|初步数|预估|估算|推算|尚未核定|还没核定|待核定|核定后更正|最终以[^，。；]{1,20}为准");

    /**
     * 127② with the note ②此数把…15本一并算了进来 under the table: a figure whose own note says it counts more than the ledger, or
     * is not final, is no figure to report — set aside, so that the sentence reading of the same row does not take it either.
     */
    private static void setAsideNoted(String source, List<Quantity> figures, List<Aside> asides) {
        if (source.chars().noneMatch(c -> isMark((char) c))) {
            return;
        }
        java.util.Map<Character, String> notes = new java.util.HashMap<>();
        Matcher note = NOTE_LINE.matcher(source);
        while (note.find()) {
            notes.putIfAbsent(note.group(1).charAt(0), note.group(2));
        }
        figures.removeIf(q -> {
            int at = q.end();
            while (at < source.length() && at < q.end() + 2 && !isMark(source.charAt(at)) && source.charAt(at) != '\t'
                    && source.charAt(at) != '\n') {
                at++;
            }
            if (at >= source.length() || !isMark(source.charAt(at))) {
                return false;
            }
            String said = notes.get(source.charAt(at));
            if (said == null || !NOTE_NOT_THE_FIGURE.matcher(said).find()) {
                return false;
            }
            asides.add(new Aside(q.start(), at + 1, "注" + source.charAt(at) + "：口径宽于台账或尚未核定"));
            return true;
        });
    }

    private static boolean isMark(char c) {
        return c >= '\u2460' && c <= '\u2473';
    }

    static Read read(String doc, String source) {
        List<Quantity> figures = new ArrayList<>();
        List<int[]> rows = new ArrayList<>();
        List<Aside> asides = new ArrayList<>();
        List<Aside> monthCells = new ArrayList<>();
        List<int[]> told = new ArrayList<>();
        int lineStart = 0;
        Table table = new Table();
        int targetColumn = -1;
        int targetCells = 0;
        String caption = null;
        List<CaptionUnit> captionUnits = List.of();
        Transposed transposed = null;
        Cards cards = null;
        List<Quantity> tableFigures = new ArrayList<>();
        String formName = null;
        while (lineStart < source.length()) {
            int lineEnd = source.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = source.length();
            }
            String line = source.substring(lineStart, lineEnd);
            if (line.indexOf('\t') < 0 && cards != null) {
                cards.flush(figures);
                cards = null;
            }
            if (line.indexOf('\t') < 0 && groupRow(line) && (table.header != null && nextRowFits(source, lineEnd, table.header.cells)
                    || targetColumn >= 0 && nextRowFits(source, lineEnd, targetCells))) {
                // 一、葡萄产业提质增效（责任领导：…）: a row merged across the table groups the rows under it; the table goes on
                // (its columns, and its column of targets, with it).
                figures.addAll(parts(tableFigures));
                tableFigures.clear();
                lineStart = lineEnd + 1;
                continue;
            }
            if (line.indexOf('\t') < 0) {
                formName = null;
                table.end();
                targetColumn = -1;
                if (transposed != null) {
                    transposed.flush(figures);
                    transposed = null;
                }
                figures.addAll(parts(tableFigures));
                tableFigures.clear();
                // 项目推进情况如下（单位：万元）: the unit of the table below.
                // 计量单位：根、盏 — 金额单位：万元；面积单位：亩 — 大棚公顷，道路米: a unit for each kind of row.
                captionUnits = CaptionUnit.of(line);
                caption = captionUnits.size() == 1 ? captionUnits.get(0).unit() : null;
            } else {
                String[] cells = line.split("\t", -1);
                // 栏目 | 一、城乡居民医保征缴（任务1、2） | …, then 年度目标 | ①…；②… and 11月末累计数 | ①…；②…: a table on its side
                // whose cells list their column's indicators by mark; read as a block, each mark's figure to its mark's name.
                if (cards == null && Cards.starts(cells)) {
                    cards = new Cards(lineStart > 0 ? previousLine(source, lineStart).split("\t", -1) : new String[0]);
                }
                if (cards != null) {
                    cards.row(doc, source, cells, lineStart);
                    rows.add(new int[]{lineStart, lineEnd});
                    lineStart = lineEnd + 1;
                    continue;
                }
                // 4-1 协管员…的集体聚餐：838场次（93.1%）；9-1 …: cells listing the ledger's indicators by their numbers (任务序号-指标
                // 序号), each with its figure — each item is read as its own row, whatever the table's columns are
                List<Quantity> coded = codedItems(doc, cells, lineStart);
                if (!coded.isEmpty()) {
                    rows.add(new int[]{lineStart, lineEnd});
                    tableFigures.addAll(coded);
                    lineStart = lineEnd + 1;
                    continue;
                }
                // 指标① | 通过星级评定的村级老年助餐点（个）, then 10月末 | 9个 | 11月新增 | 3个 | 11月末累计 | 12个: a form's rows, a
                // label before each figure, read as a table's row of the indicator the form names.
                if (FORM_NAME.matcher(simple(cells[0])).matches() && cells.length >= 2 && !cells[1].isBlank()
                        && Arrays.stream(cells).skip(2).allMatch(String::isBlank)) {
                    formName = simple(cells[1]);
                    lineStart = lineEnd + 1;
                    continue;
                }
                if (formName != null && FormRow.labelled(cells)) {
                    Quantity q = FormRow.figure(doc, source, cells, lineStart, formName);
                    rows.add(new int[]{lineStart, lineEnd});
                    if (q != null) {
                        tableFigures.add(q);
                    }
                    lineStart = lineEnd + 1;
                    continue;
                }
                if (simple(cells[0]).startsWith("任务")) {
                    formName = null; // (the next task's form begins)
                }
                Header h = Header.of(cells);
                // 完成情况 over two columns, 11月 | 1—11月累计 on the row below: the two header rows read as one. (石桥镇 | 全县 over
                // 全年目标 | 1—11月完成 …: a row that names no figure's column alone may still head one with the row below.)
                // 报送数据 over 10月末已报 | 11月末拟报 | 本月增量, the spanning heading written as one cell: spread it over its parts.
                String[] spread = h != null || labels(cells) ? spread(cells, nextLine(source, lineEnd)) : null;
                if (spread != null) {
                    cells = spread;
                    h = Header.of(cells);
                }
                String[] sub = h != null || labels(cells) ? subHeader(source, lineEnd, cells) : null;
                if (sub != null) {
                    int subEnd = lineEnd + 1 + nextLine(source, lineEnd).length(); // (the end of the row of parts)
                    String[] joined = new String[cells.length];
                    String over = "";
                    // 各月完成情况 over 1月 | 2月 | … | 11月: a month each, the year's periods one by one (summed where 累计 is
                    // left "/"), not one month's column.
                    boolean monthByMonth = Arrays.stream(sub).filter(c -> ONE_MONTH.matcher(c.strip()).matches()).count() >= 3;
                    for (int i = 0; i < cells.length; i++) {
                        // (截至11月30日进度 over 序时目标 | 累计完成 | 完成率: the spanning heading says when; its parts say what)
                        over = !cells[i].isBlank() ? FRAME.matcher(cells[i].strip()).replaceFirst("") : sub[i].isBlank() ? "" : over;
                        // (a single month under 完成情况 is the month's column: 本月完成; a span or a total keeps its words)
                        // (10月31日 | 11月 | 11月30日 under 完成进度: a day is the total as of it, 截至11月30日)
                        joined[i] = sub[i].isBlank()
                                ? cells[i]
                                : monthByMonth && ONE_MONTH.matcher(sub[i].strip()).matches()
                                        ? sub[i].strip()
                                        : DAY.matcher(sub[i].strip()).matches()
                                                // (12月10日 | 12月31日 under 12月倒排进度（累计应达到）: days a plan sets ahead)
                                                ? any(over, NOT_A_FIGURE) ? over + sub[i].strip() : "截至" + sub[i].strip()
                                                : SINGLE_MONTH.matcher(sub[i].strip()).matches() ? "本月完成" : over + sub[i].strip();
                    }
                    Header both = Header.of(joined);
                    if (both != null) {
                        h = both;
                        table.start(h, caption, source, subEnd);
                        lineStart = Math.min(source.length(), subEnd + 1); // (past the row of parts)
                        continue;
                    }
                    // 畜种 | 养殖场户备案 over 备案场户（户） | 规模养殖场（个） …, a row a species, then 合计: a column per indicator
                    if (Transposed.header(joined)) {
                        table.end();
                        if (transposed != null) {
                            transposed.flush(figures);
                        }
                        transposed = new Transposed(joined);
                        lineStart = Math.min(source.length(), subEnd + 1);
                        continue;
                    }
                }
                // 目标要求 | 建成并通过验收乡村学校少年宫6个: a form's row labelled as the target holds what is to be reached.
                if (TARGET_COLUMN.matcher(simple(cells[0])).matches() && cells.length > 1 && NUMBER.matcher(cells[1]).find()) {
                    int at = cellStart(cells, 1, lineStart);
                    asides.add(new Aside(at, at + cells[1].length(), "目标"));
                    lineStart = lineEnd + 1;
                    continue;
                }
                // 序号 | 重点任务 | 目标 | 进展情况: whatever the table, the figures of its 目标 column are what is to be reached.
                int target = targetColumn(cells);
                if (target >= 0) {
                    targetColumn = target;
                    targetCells = cells.length;
                } else if (targetColumn >= 0 && h == null && cells.length == targetCells) {
                    int at = cellStart(cells, targetColumn, lineStart);
                    asides.add(new Aside(at, at + cells[targetColumn].length(), "目标"));
                }
                // 项目 | 适老化改造（户） | 达标村卫生室（个）…, then rows 年度目标 / 11月完成 / 累计完成: one column per indicator.
                // (完成消防安全达标改造的民宿（家） | 兑付民宿提质改造补助资金（万元）: the columns' names are indicators, whatever 完成
                // or 累计 they hold — not the 年度目标（亿元） | 累计完成（亿元） of an ordinary table)
                if ((h == null || Transposed.namesIndicators(cells)) && Transposed.header(cells)) {
                    table.end();
                    transposed = new Transposed(cells);
                    lineStart = lineEnd + 1;
                    continue;
                }
                // (blank) | 建成投用公共充电桩的行政村 | … over 计量单位 | 个 | 万千瓦时 …: the names on one row, their units on the next.
                if (h == null && Transposed.unitRow(cells) && lineStart > 0) {
                    String[] names = previousLine(source, lineStart).split("\t", -1);
                    if (names.length == cells.length && (names[0].isBlank() || any(simple(names[0]), NAME_HEADERS))) {
                        table.end();
                        if (transposed != null) {
                            transposed.flush(figures);
                        }
                        transposed = Transposed.named(names, cells);
                        lineStart = lineEnd + 1;
                        continue;
                    }
                }
                if (h == null && transposed != null && transposed.row(doc, source, line, cells, lineStart, figures)) {
                    rows.add(new int[]{lineStart, lineEnd});
                    lineStart = lineEnd + 1;
                    continue;
                }
                if (h != null) {
                    table.start(h, caption, source, lineEnd);
                } else if (table.header != null && cells.length >= table.header.cells
                        && Enumerated.items(cells, table.header.name) >= 2) {
                    // ①安装扬尘监控的工地：20个；②查处渣土车：160辆次 | ①14个；②112辆次 | ①16个；②131辆次: a row listing its
                    // indicators ①② in each cell stands for as many rows, the k-th item of every cell to the k-th.
                    rows.add(new int[]{lineStart, lineEnd});
                    int listed = Enumerated.items(cells, table.header.name);
                    for (int k = 1; k <= listed; k++) {
                        String[] item = Enumerated.item(cells, k, table.header.name);
                        Quantity q = table.header.figure(doc, String.join("\t", item), item, lineStart);
                        if (q != null) {
                            tableFigures.add(q);
                        }
                    }
                    table.row++;
                } else if (table.header != null && cells.length >= table.header.cells
                        && (table.header.prose(cells) || table.header.toldInProgress(cells))) {
                    // 今年新签约项目11个，其中工业项目6个: a cell that tells in words is read as prose, its row's name beside it;
                    // the figures of its target or rate columns are set aside.
                    asides.addAll(table.header.asides(cells, lineStart));
                    monthCells.addAll(table.header.monthCells(cells, lineStart));
                    table.row++;
                    lineStart = lineEnd + 1;
                    continue;
                } else if (table.header != null && cells.length >= table.header.cells && table.selector >= 0) {
                    // 构成项目: 列入名单的学校 8 | 已提交申请待审核的学校 1 | 台账完成数 8 — only the ledger's row is the figure;
                    // 统计时点: 10月末（已报） 4 | 11月末（本期） 5 | 12月末（预计） 6 — only the period's. Either is read with the
                    // indicator its first row named.
                    rows.add(new int[]{lineStart, lineEnd});
                    int selector = table.selector;
                    if (!cells[table.header.name].isBlank()) {
                        table.named = cells;
                    }
                    String says = simple(cells[selector]);
                    boolean chosen = PART_HEADING.matcher(table.header.headings()[selector]).matches()
                            ? LEDGER_PART.matcher(says).matches()
                            : !says.isEmpty() && !NOT_THIS_PERIOD.matcher(says).find();
                    if (table.named != null && chosen) {
                        Filled filled = Filled.blanks(cells, table.named, selector);
                        Quantity q = table.header.figure(doc, filled.line(), filled.cells(), lineStart - filled.shift());
                        if (q != null) {
                            tableFigures.add(q);
                        }
                    }
                } else if (table.header != null && cells.length >= table.header.cells) {
                    rows.add(new int[]{lineStart, lineEnd});
                    // 序号 | 指标名称 | 单位 | 年度目标 merged down over a 计划 row and a 完成 row: the row below has them empty, and
                    // stands for the same indicator. (Read with the cells above; the figures keep their places in the source.)
                    String[] read = cells;
                    String readLine = line;
                    int shift = 0;
                    // 完成增容布点的台区 | 个 | 16 | 供电所 8 … then rows of the other bodies with the name merged down, then 小计 13: a
                    // block of rows per indicator, one per body that did the work, closed by its subtotal — the subtotal is the
                    // indicator's figure, the first row's only one body's part of it.
                    boolean blockTotal = false;
                    if (cells[table.header.name].isBlank() && table.block != null && table.block.length == cells.length) {
                        blockTotal = table.blockParts > 0 && totalCellAfter(cells, table.header.name);
                        table.blockParts++;
                    } else if (!cells[table.header.name].isBlank()) {
                        table.block = cells;
                        table.blockFrom = tableFigures.size();
                        table.blockParts = 0;
                    }
                    // 合作社统一销售金额 | 第一批 | 4月24日 | 1250 | 1250, then rows of later batches with the name merged down: each
                    // row carries the running total on, and the block's last row is where the indicator stands.
                    boolean carriedOn = !blockTotal && cells[table.header.name].isBlank() && table.block != null
                            && table.block.length == cells.length && table.header.runningTotal() && table.header.batchOf(cells);
                    if (blockTotal || carriedOn) {
                        Filled filled = Filled.leading(cells, table.block);
                        read = filled.cells();
                        readLine = filled.line();
                        shift = filled.shift();
                        tableFigures.subList(table.blockFrom, tableFigures.size()).clear();
                        table.block = carriedOn ? table.block : null;
                    } else if (table.above != null && table.above.length == cells.length && cells[table.header.name].isBlank()
                            && (kindCellSays(table.above, table.header.name, PLAN_ROW)
                                    || kindCellSays(cells, table.header.name, DONE_ROW))) {
                        Filled filled = Filled.leading(cells, table.above);
                        read = filled.cells();
                        readLine = filled.line();
                        shift = filled.shift();
                    }
                    table.above = read;
                    told.addAll(table.header.progressTold(cells, lineStart));
                    int rowIndex = table.row++;
                    if (kindCellSays(read, table.header.name, PLAN_ROW)) {
                        lineStart = lineEnd + 1;
                        continue; // 类别: 计划 — the month's plan beside its 完成 row, no work done
                    }
                    Header reading = table.header;
                    if (table.header.headingUnit() == null && captionUnits.size() > 1) {
                        String unit = CaptionUnit.forRow(captionUnits, simple(read[table.header.name]), rowIndex, table.rows);
                        reading = unit != null ? table.header.withUnit(unit) : table.header;
                    }
                    Quantity q = reading.figure(doc, readLine, read, lineStart - shift);
                    // 油菜籽压榨加工量 379 | 其中：本地油菜籽 255: a 其中 row is a part of the row above, named as such.
                    String rowName = simple(read[table.header.name]);
                    Matcher part = OF_WHICH.matcher(rowName);
                    if (!part.lookingAt()) {
                        table.whole = rowName.isEmpty() ? table.whole : withoutUnit(rowName);
                    } else if (q != null && table.whole != null && !q.indicator().isEmpty()) {
                        String named = table.whole + "其中" + OF_WHICH.matcher(q.indicator()).replaceFirst("");
                        q = q.withIndicator(named).withEvidence(q.evidence().replaceFirst(Pattern.quote(q.indicator()),
                                Matcher.quoteReplacement(named)));
                    }
                    if (q != null) {
                        tableFigures.add(q);
                    }
                    for (Header group : table.groups) {
                        Quantity more = group.figure(doc, readLine, read, lineStart - shift);
                        if (more != null) {
                            tableFigures.add(more);
                        }
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        figures.addAll(parts(tableFigures));
        if (transposed != null) {
            transposed.flush(figures);
        }
        if (cards != null) {
            cards.flush(figures);
        }
        setAsideNoted(source, figures, asides);
        return new Read(figures, rows, asides, monthCells, told);
    }

    /**
     * A row with cells merged down from a row above read into it (the figures keep their places in the source: the line grew
     * by {@code shift} before them).
     */
    private record Filled(String[] cells, int shift) {
        /** The row's leading blank cells, up to its first filled one, read from {@code above}. */
        static Filled leading(String[] cells, String[] above) {
            int upTo = 0;
            while (upTo < cells.length && cells[upTo].isBlank()) {
                upTo++;
            }
            return blanks(cells, above, upTo);
        }

        /** The row's blank cells before column {@code limit} read from {@code above}. */
        static Filled blanks(String[] cells, String[] above, int limit) {
            String[] read = cells.clone();
            int shift = 0;
            for (int i = 0; i < limit && i < above.length; i++) {
                if (read[i].isBlank()) {
                    read[i] = above[i];
                    shift += above[i].length() - cells[i].length();
                }
            }
            return new Filled(read, shift);
        }

        String line() {
            return String.join("\t", cells);
        }
    }

    /** The table being read: its header, the row above (merged cells read with it) and where a row stands among its rows. */
    private static final class Table {
        Header header;
        String[] above;
        /** The row that named the indicator whose parts follow (构成项目), its cells read into the part rows below it. */
        String[] named;
        /** The headers of the groups of columns after the first (量化指标二 …), each reading an indicator of its own. */
        List<Header> groups = List.of();
        /** The header's 构成项目 or 统计时点 column, or -1. */
        int selector = -1;
        int row;
        int rows;
        /** The name of the last row that is no 其中 row: the whole the 其中 rows under it are parts of. */
        String whole;
        /** The last row that named its indicator, where the figures read from it begin, and the unnamed rows since. */
        String[] block;
        int blockFrom = -1;
        int blockParts;

        /** A header opens a table: its caption's unit if it names none, the rows below it counted. */
        void start(Header h, String caption, String source, int headerEnd) {
            header = h.headingUnit() == null && caption != null ? h.withUnit(caption) : h;
            above = null;
            named = null;
            whole = null;
            block = null;
            blockFrom = -1;
            blockParts = 0;
            List<Header> more = new ArrayList<>();
            for (Header g = header.nextGroup(); g != null && more.size() < 8; g = g.nextGroup()) {
                more.add(g.headingUnit() == null && caption != null ? g.withUnit(caption) : g);
            }
            Header other = header.otherMeasure();
            if (other != null && more.isEmpty()) {
                more.add(other);
            }
            // 指标① | 指标②, each holding one of the task's indicators: each column reads its own
            if (more.isEmpty()) {
                more.addAll(header.twins());
            }
            groups = more;
            selector = header.selector();
            row = 0;
            rows = rowsBelow(source, headerEnd, h.cells);
        }

        void end() {
            header = null;
            above = null;
            selector = -1;
        }
    }

    /** Whether a cell after the row's name column says the row is a total (小计, 合计). */
    private static boolean totalCellAfter(String[] cells, int name) {
        for (int i = name + 1; i < cells.length; i++) {
            // (全镇合计（计入台账）: the bracket says which figure the ledger takes)
            if (TOTAL_ROW.matcher(BRACKETED.matcher(simple(cells[i])).replaceAll("").replaceAll("\\s", "")).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cell of the row other than its name is wholly {@code kind}: its kind cell (类别: 计划 or 完成). */
    private static boolean kindCellSays(String[] cells, int name, Pattern kind) {
        for (int i = 0; i < cells.length; i++) {
            if (i != name && kind.matcher(simple(cells[i])).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A row of what was done (完成, 实际), beside the plan's row above it. */
    private static final Pattern DONE_ROW = Pattern.compile("(?:实际)?完成(?:数|值|情况)?|实际|实绩");
    /** A row of the plan (计划, 目标数), not what was done. */
    private static final Pattern PLAN_ROW = Pattern.compile("(?:年度|月度|序时)?(?:计划|目标)(?:数|值|进度)?|应完成");

    /** How many rows of at least {@code cells} cells follow the line ending at {@code lineEnd}, up to the table's end. */
    private static int rowsBelow(String source, int lineEnd, int cells) {
        int n = 0;
        for (String line = nextLine(source, lineEnd); line != null && line.indexOf('\t') >= 0
                && line.split("\t", -1).length >= cells; lineEnd += line.length() + 1, line = nextLine(source, lineEnd)) {
            n++;
        }
        return n;
    }

    /**
     * A unit a table's caption gives, with the word that says which rows it is for: 单位：万元 (every row), 金额单位：万元；面积单位：亩
     * (rows of money, rows of area), 计量单位：大棚公顷，道路米 (the 大棚 row, the 道路 row), 计量单位：根、盏 (the rows in turn).
     */
    record CaptionUnit(String label, String unit) {

        private static final Pattern CAPTION = Pattern.compile("([\\p{IsHan}]{0,2})单位[：:][ 　]*([^（）()\\t 　；;]+)");
        private static final Pattern ORGAN = Pattern.compile("[镇乡村县市区局办站委部院队组]");
        private static final Pattern RATE_ROW = Pattern.compile("率|比例|占比|比重|进度");
        private static final Pattern ITEM_SEPARATOR = Pattern.compile("[、，,；;]");
        /** What a label of a dimension (金额, 面积…) says of a row's name when the row is counted in it. */
        private static final Map<String, Pattern> DIMENSION_ROWS = Map.of(
                MeasureUnit.MONEY, Pattern.compile("投资|资金|金额|收入|产值|销售额|营业额|税|款|费|补贴|补助|奖补|元"),
                "area", Pattern.compile("面积|用地|土地|耕地|亩|田|林地|园"),
                MeasureUnit.LENGTH, Pattern.compile("长度|里程|公里|道路|路|管网|管道|渠|堤|线"),
                "people", Pattern.compile("人数|人员|人口|劳动力|学生|群众"));
        private static final Map<String, String> DIMENSION_LABELS = Map.of("金额", MeasureUnit.MONEY, "资金", MeasureUnit.MONEY,
                "投资", MeasureUnit.MONEY, "面积", "area", "长度", MeasureUnit.LENGTH, "里程", MeasureUnit.LENGTH, "人数", "people");

        static List<CaptionUnit> of(String line) {
            List<CaptionUnit> units = new ArrayList<>();
            Matcher m = CAPTION.matcher(line);
            while (m.find()) {
                String over = m.group(1).equals("计量") || m.group(1).equals("数量") ? "" : m.group(1);
                if (!over.isEmpty() && !DIMENSION_LABELS.containsKey(over)) {
                    continue; // 责任单位：, 填报单位： — who, not what in
                }
                String[] items = ITEM_SEPARATOR.split(m.group(2).strip());
                for (int k = 0; k < items.length; k++) {
                    CaptionUnit u = item(items[k].strip(), over);
                    if (u == null && k == 0) {
                        return List.of(); // 填报单位：石桥镇督查督办办公室 — who reports, not a unit
                    }
                    if (u == null) {
                        break; // （单位：万元，数据截至11月30日）: the list of units ends where the caption goes on
                    }
                    units.add(u);
                }
            }
            return List.copyOf(units);
        }

        /** 大棚公顷 → 大棚 | 公顷, 万元 → 万元, 根 → 根: the longest ending that is a unit, and the word before it; null for no unit. */
        private static CaptionUnit item(String w, String over) {
            if (w.isEmpty() || w.length() > 6 || w.contains("/")) {
                return null; // (元/亩 is a rate, no unit of a count)
            }
            for (int i = 0; i < w.length(); i++) {
                String ending = w.substring(i);
                Optional<MeasureUnit> u = MeasureUnit.of(ending);
                if (i > 0 && ORGAN.matcher(ending).matches()) {
                    return null; // 单位：石桥镇 — the reporting unit, not a unit of measure
                }
                // (道路米: 米 is the unit, not a two-character 路米 of counted things)
                if (u.isPresent() && ending.length() <= 4 && i <= 3
                        && !(i > 0 && u.get().dimension().equals(MeasureUnit.THINGS) && u.get().base().equals(ending)
                                && ending.length() > 1)) {
                    return new CaptionUnit(i == 0 ? over : w.substring(0, i), ending);
                }
            }
            return null;
        }

        /** The unit of a row named {@code name}, the {@code row}-th of {@code rows}: by its label, its dimension, else its place. */
        static String forRow(List<CaptionUnit> units, String name, int row, int rows) {
            for (CaptionUnit u : units) {
                if (!u.label.isEmpty() && !DIMENSION_LABELS.containsKey(u.label) && name.contains(u.label)) {
                    return u.unit;
                }
            }
            List<CaptionUnit> fitting = units.stream().filter(u -> {
                String dimension = DIMENSION_LABELS.get(u.label);
                return dimension != null && DIMENSION_ROWS.get(dimension).matcher(name).find();
            }).toList();
            if (fitting.size() == 1) {
                return fitting.get(0).unit;
            }
            // 单位：万元、% — the rate rows in %, the others in the one unit left
            List<CaptionUnit> ratios = units.stream().filter(u -> MeasureUnit.of(u.unit).get().dimension().equals(MeasureUnit.RATIO))
                    .toList();
            if (ratios.size() == 1 && units.size() == 2) {
                int rate = units.indexOf(ratios.get(0));
                return RATE_ROW.matcher(name).find() ? units.get(rate).unit : units.get(1 - rate).unit;
            }
            // 计量单位：根、盏 over a row of 杆线 and one of 路灯: listed in the rows' order
            return units.size() == rows && row < rows ? units.get(row).unit : null;
        }
    }

    private static final Pattern ONE_MONTH = Pattern.compile("(?:1[0-2]|[1-9])月(?:份)?");
    /** 11月30日: a day of the year, a heading of the total as of it. */
    private static final Pattern DAY = Pattern.compile("(?:1[0-2]|[1-9])月(?:[12][0-9]|3[01]|[1-9])日");
    private static final Pattern SINGLE_MONTH = Pattern.compile("(?:1[0-2]|[1-9])月(?:份)?|本月|当月");

    /**
     * A header row whose spanning headings are written as one cell each, spread over the row of parts below it (more cells,
     * blank under the headings that span none): each run of parts stays under one heading, a blank takes the next. Null when
     * the row below is no such row or the runs do not fit the headings.
     */
    static String[] spread(String[] above, String below) {
        if (below == null) {
            return null;
        }
        String[] sub = below.split("\t", -1);
        // (a part may name a month or a day, 11月末拟报, 11月30日止累计完成; any other figure makes the row a row of figures)
        if (sub.length <= above.length || Arrays.stream(sub).anyMatch(c -> NUMBER.matcher(c).find() && !ONE_MONTH.matcher(c).find())) {
            return null;
        }
        String[] out = new String[sub.length];
        int a = 0;
        for (int i = 0; i < sub.length; i++) {
            if (a >= above.length) {
                return null;
            }
            out[i] = above[a];
            boolean runGoesOn = !sub[i].isBlank() && i + 1 < sub.length && !sub[i + 1].isBlank();
            if (!runGoesOn) {
                a++;
            }
        }
        return a == above.length ? out : null;
    }

    /** The row under a header that names the parts of its spanning headings (11月 | 1—11月累计), or null. */
    private static String[] subHeader(String source, int lineEnd, String[] above) {
        int cells = above.length;
        String line = nextLine(source, lineEnd);
        if (line == null) {
            return null;
        }
        String[] sub = line.split("\t", -1);
        if (sub.length != cells) {
            return null;
        }
        int named = 0;
        // (截至11月30日累计 | 其中：11月 under 镇填报情况: a date's total and the month's part of it are parts too — the month's
        // part only beside such a total: 量化指标一 over 累计完成 | 其中：11月 groups columns, read otherwise)
        // (截至11月30日 over 单位报送数 | 镇核定累计数 | 其中：11月: the date may head the parts from the row above)
        // (今年1—11月 | 其中：11月 under 完成投资: the year's total is such a total too)
        // (10月31日已核定 | 11月30日累计 | 其中：11月 under 完成情况: so is a day's)
        boolean dated = Arrays.stream(sub).anyMatch(c -> c.strip().startsWith("截至") || c.strip().startsWith("截止")
                || c.strip().startsWith("今年") || c.strip().startsWith("本年") || DAY_LABEL.matcher(c.strip()).matches()
                // (1—11月累计 | 其中：11月: the year's total to the month, and the month's part of it)
                || SPAN_HEADER.matcher(c.strip()).matches() && c.contains("累计"))
                || Arrays.stream(above).anyMatch(c -> DATED_HEADING.matcher(c.strip()).matches()
                        // (实施主体报送（截至11月30日） over 累计 | 其中：11月: the date in the spanning heading's brackets)
                        || DATED_IN_BRACKETS.matcher(c).find());
        for (String c : sub) {
            String t = c.strip();
            if (t.isEmpty()) {
                continue;
            }
            // (完成率, 分值, 得分 under 完成情况 and 自评: a short label with no figure is a heading's part too; so is a day)
            String bare = dated ? DATED_PART.matcher(t).replaceAll("") : t;
            // (较10月末, 比上月: the change since the last report's date is a part of the heading too)
            if (!SUB_HEADING.matcher(t).matches() && !SHORT_LABEL.matcher(t).matches() && !DAY.matcher(t).matches()
                    && !SINCE_LAST_LABEL.matcher(t).matches()
                    && !DAY_LABEL.matcher(t).matches() && !(TIMED_LABEL.matcher(t).matches() && !FIGURE_CELL.matcher(t).matches())
                    && !(bare.length() < t.length()
                            && (bare.isEmpty() || SUB_HEADING.matcher(bare).matches() || DAY.matcher(bare).matches()
                                    || DAY_LABEL.matcher(bare).matches()))) {
                return null;
            }
            named++;
        }
        return named >= 2 ? sub : null;
    }

    /** 资金（万元）, 金额（元）: a heading of money. */
    private static final Pattern MONEY_HEADING = Pattern.compile("[（(](?:万元|元|亿元)[）)]|资金|金额");

    /** 报送累计数, 核定值, 完成量: a heading that names a figure (核定人, 填报人 name who). */
    private static final Pattern FIGURE_HEADING = Pattern.compile("数|累计|值|量|额|完成|合计|[（(][^）)]{1,4}[）)]$");

    /** 本镇累计（至11月30日）, 2025年同期: a short label that says when, with its dates. */
    private static final Pattern TIMED_LABEL = Pattern
            .compile("(?=.*(?:累计|同期|至|截至))(?=.*\\p{IsHan}.*\\p{IsHan})[\\p{IsHan}（）()0-9—\\-]{3,16}");
    /** 16个, 88.9: a row's figure, never a heading. */
    private static final Pattern FIGURE_CELL = Pattern.compile("[0-9.]+[\\p{IsHan}%％]{0,2}");

    /** 9月15日—11月30日, 1—11月, 2026年: the dates a heading may name. */
    private static final Pattern DATES_IN_HEADING = Pattern
            .compile("(?:20[0-9]{2}年)?(?:[0-9]{1,2}\\s*[—\\-－~～至到]\\s*)?[0-9]{1,2}月(?:[0-9]{1,2}日)?");

    /** 10月31日已核定, 11月30日累计: a day and a short word of what the figures as of it are — a part of a heading too. */
    private static final Pattern DAY_LABEL = Pattern.compile("(?:1[0-2]|[1-9])月(?:[12][0-9]|3[01]|[1-9])日[\\p{IsHan}]{1,6}");
    /** 截至11月30日, 截止2026年11月底: a cut-off date. */
    private static final String CUT_OFF = "(?:截至|截止)(?:20\\d\\d年)?(?:1[0-2]|[1-9])月(?:[0-9]{1,2}日|底|末)";
    /** 截至11月30日, 截至11月底: a heading that is a date alone, over the parts that give the figures as of it. */
    private static final Pattern DATED_HEADING = Pattern.compile("^" + CUT_OFF + "$");
    /** "—", "/": a body's column that does not report the row. */
    private static final Pattern NOT_REPORTED_HERE = Pattern.compile("[—\\-－/／–]+");
    /** 较10月末, 比上月, 较上月底增加: the change since a date, a heading's part. */
    private static final Pattern SINCE_LAST_LABEL = Pattern
            .compile("(?:较|比)(?:上月|上期|(?:1[0-2]|[1-9])月)(?:末|底)?(?:增加|新增|增减|增长)?(?:数)?");
    /** （截至11月30日） closing a spanning heading. */
    private static final Pattern DATED_IN_BRACKETS = Pattern.compile("[（(]" + CUT_OFF + "[）)]$");
    /** 截至, 截止, 其中： opening a header's part, 累计 closing one after a day. */
    private static final Pattern DATED_PART = Pattern.compile("^(?:截至|截止|其中[：:]?)|(?<=日)(?:累计|累计完成|完成)$");
    /** 完成率（%）, 得分, 超（+）欠（－）序时: a short label, its unit or signs in brackets, no figure. */
    private static final Pattern SHORT_LABEL = Pattern.compile("(?=.*\\p{IsHan})[\\p{IsHan}（）()+＋\\-－%％/]{2,18}");
    /**
     * 进度, 推进情况 ending a heading that spans columns: the frame of its parts, not what any of them holds (完成情况 says its
     * parts are done work, and stays).
     */
    private static final Pattern FRAME = Pattern.compile("(?:完成)?进度$|(?:推进|进展)情况$");

    /** Whether a row's cells are all labels (some may be blank): no cell a bare figure, as a header's are. */
    private static boolean labels(String[] cells) {
        int named = 0;
        for (String c : cells) {
            String t = c.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (!t.codePoints().anyMatch(Character::isIdeographic)) {
                return false;
            }
            named++;
        }
        return named >= 3;
    }
    /** What a header's part names: a month or a span of months, 累计, 本月, 目标, 完成… (no figure with its unit). */
    private static final Pattern SUB_HEADING = Pattern.compile(
            "(?:今年|本年|当年)?(?:(?:1[0-2]|[1-9])\\s*(?:[—\\-－~～至到]\\s*(?:1[0-2]|[1-9]))?\\s*月(?:份|底|末)?)?(?:当月|本月|累计|累计完成|完成|完成数|新增|本月新增|在册|发放|目标|计划|全年|年度|数量|金额|比例|进度|已报|上报|报送|拟报|应报|核定)?(?:[(（][^()（）]{1,6}[)）])?");

    /** Whether a table figure stands in a column headed as a running total (11月30日累计), whatever its row's name says. */
    static boolean underRunningTotalHeading(Quantity q) {
        String label = RUNNING_TOTAL + q.indicator();
        return q.evidence() != null && q.evidence().startsWith(label) && q.evidence().substring(label.length()).contains("累计");
    }

    /** The line before the one starting at {@code lineStart} (which is past the text's first line). */
    private static String previousLine(String source, int lineStart) {
        int from = source.lastIndexOf('\n', lineStart - 2);
        return source.substring(from + 1, lineStart - 1);
    }

    /** The line after the one ending at {@code lineEnd}, or null at the text's end. */
    private static String nextLine(String source, int lineEnd) {
        if (lineEnd >= source.length()) {
            return null;
        }
        int next = source.indexOf('\n', lineEnd + 1);
        return source.substring(lineEnd + 1, next < 0 ? source.length() : next);
    }

    /** A short line that names a group of rows (一、葡萄产业提质增效, （二）建筑业), not a paragraph after the table. */
    private static boolean groupRow(String line) {
        String l = line.strip();
        return !l.isEmpty() && l.length() <= 40 && l.indexOf('。') < 0 && !l.startsWith("注");
    }

    /** Whether the line after {@code lineEnd} is a row of as many cells as the table's header. */
    private static boolean nextRowFits(String source, int lineEnd, int cells) {
        String line = nextLine(source, lineEnd);
        if (line == null) {
            return false;
        }
        // (a row of figures, as many cells as the header's: a header of another table after a heading is no row of this one)
        String[] row = line.split("\t", -1);
        return row.length == cells && Header.of(row) == null && NUMBER.matcher(line).find() && targetColumn(row) < 0;
    }

    /**
     * A table turned on its side: a header of indicators, each with its unit in brackets, and a row per kind of figure
     * (年度目标, 11月完成, 累计完成). Each column's cumulative cell is its figure; where that is "—", its month's cell, as
     * an increment.
     */
    private static final class Transposed {
        /** （已衔接／应衔接）, （已完成/应完成）: a column of pairs, the done over the due. */
        private static final Pattern DONE_OF_DUE_HEADING = Pattern.compile("[（(]已[\\p{IsHan}]{1,6}[/／]应[\\p{IsHan}]{1,6}[)）]$");
        /** 40／41（97.6%）: a pair, and perhaps the share it makes. */
        private static final Pattern DONE_OF_DUE_CELL = Pattern
                .compile("([0-9]+)\\s*[/／]\\s*([0-9]+)(?:\\s*[（(]([0-9]+(?:\\.[0-9]+)?)[%％][)）])?");
        /** 月份, 月度: a first column of the months the rows are of. */
        private static final Pattern MONTH_COLUMN = Pattern.compile("^(?:月份|月度|时间|统计月份)$");
        private final String[] names;
        /** Columns whose total row says something else than a figure (备案核对中, 年底前建成16个, 约775): they state nothing. */
        private final boolean[] told;
        private final Quantity[] cumulative;
        private final Quantity[] month;

        Transposed(String[] header) {
            names = new String[header.length];
            for (int i = 1; i < header.length; i++) {
                names[i] = simple(header[i]);
            }
            cumulative = new Quantity[header.length];
            month = new Quantity[header.length];
            told = new boolean[header.length];
        }

        /** A header whose names and units stand on two rows: each name read with its unit in brackets. */
        static Transposed named(String[] names, String[] units) {
            String[] header = new String[names.length];
            for (int i = 0; i < names.length; i++) {
                header[i] = names[i].strip() + "（" + units[i].strip() + "）";
            }
            return new Transposed(header);
        }

        /** 计量单位 | 个 | 万千瓦时 | 公里 …: a row of nothing but the columns' units. */
        static boolean unitRow(String[] cells) {
            String label = simple(cells[0]);
            if (cells.length < 3 || !(label.equals("计量单位") || label.equals("单位"))) {
                return false;
            }
            int units = 0;
            for (int i = 1; i < cells.length; i++) {
                units += MeasureUnit.of(cells[i].strip()).isPresent() ? 1 : 0;
            }
            return units >= Math.max(2, cells.length - 3);
        }

        /** Whether every column but the first is named as an indicator is (a long name, its unit in brackets), not as a figure. */
        static boolean namesIndicators(String[] cells) {
            for (int i = 1; i < cells.length; i++) {
                String name = withoutUnit(simple(cells[i]));
                if (!REMARK_HEADING.matcher(simple(cells[i])).matches() && name.length() < INDICATOR_NAME_LENGTH) {
                    return false;
                }
            }
            return cells.length >= 3;
        }

        static boolean header(String[] cells) {
            // (月份 | 为农服务中心土地托管服务面积（亩） | …, then 全年目标, 1月 … 11月, 累计（1—11月）: a row a month)
            boolean months = cells.length > 0 && MONTH_COLUMN.matcher(simple(cells[0])).matches();
            if (cells.length < 3 || !(cells[0].isBlank() || any(simple(cells[0]), NAME_HEADERS) || any(simple(cells[0]), PLACE_HEADERS)
                    || any(simple(cells[0]), KIND_HEADERS) || months)) {
                return false;
            }
            // (月份 | 婚前医学检查（人） | 累计婚前医学检查（人）: a row a month with columns of the running totals is an ordinary table)
            if (months && Arrays.stream(cells).anyMatch(c -> c.contains("累计"))) {
                return false;
            }
            int named = 0;
            int remarks = 0;
            for (int i = 1; i < cells.length; i++) {
                // (… | 备注: a column of words on the rows is no indicator's, and leaves the others one per column)
                if (REMARK_HEADING.matcher(simple(cells[i])).matches()) {
                    remarks++;
                    continue;
                }
                Matcher u = UNIT_IN_BRACKETS.matcher(cells[i]);
                // (秋防口蹄疫强制免疫（9月15日—11月30日）免疫数（头）, 1—11月累计: dates in a heading are no figures)
                String undated = DATES_IN_HEADING.matcher(cells[i]).replaceAll("");
                named += u.find() && MeasureUnit.of(u.group(1)).isPresent() && !NUMBER.matcher(undated).find() ? 1 : 0;
            }
            return named >= Math.max(2, cells.length - 2 - remarks);
        }

        /** A row of the block: the figures of its kind, kept; false when the row is none of the block's. */
        boolean row(String doc, String source, String line, String[] cells, int lineStart, List<Quantity> figures) {
            String label = simple(cells[0]);
            // 村名 | 中蜂养殖（群） | …, a row a village, then 合计: the 合计 row is the unit's own figures, the villages' are parts.
            boolean total = (label.contains("累计") || label.contains("截至") || label.contains("截止") || TOTAL_ROW.matcher(label).matches())
                    && !any(label, NOT_A_FIGURE);
            boolean thisMonth = !total && (any(label, MONTH_HEADERS) || ONE_MONTH_HEADER.matcher(label).matches());
            boolean other = any(label, NOT_A_FIGURE) || label.contains("目标") || label.contains("计划");
            if (!total && !thisMonth && !other) {
                return false;
            }
            int cellStart = lineStart;
            for (int i = 0; i < cells.length; i++) {
                // (a total cell of words — 备案核对中, 年底前建成16个, 约775, 6.3左右 — states no total, and no month's figure stands in)
                String cell = simple(cells[i]);
                if (total && i > 0 && i < names.length && !cell.isEmpty() && !NOT_REPORTED_HERE.matcher(cell).matches()
                        && (names[i] == null || !DONE_OF_DUE_HEADING.matcher(names[i]).find())
                        && (!PLAIN_FIGURE.matcher(cell).matches() || ROUGH_CELL.matcher(cell).find())) {
                    told[i] = true;
                    // (10月末累计 | 198.4 above 11月末累计 | 待汇总: the later total waits, and the earlier one is the last report's)
                    cumulative[i] = null;
                    cellStart += cells[i].length() + 1;
                    continue;
                }
                if (i > 0 && i < names.length && names[i] != null && (total || thisMonth)) {
                    Matcher n = NUMBER.matcher(cells[i]);
                    // (配备专职帮办代办员的村（社区）（个）: the unit is the last bracket's, the others are the name's)
                    MatchResult u = unitBracket(names[i]);
                    Matcher share = DONE_OF_DUE_CELL.matcher(cells[i].strip());
                    if (u == null && DONE_OF_DUE_HEADING.matcher(names[i]).find() && share.matches()) {
                        // 刑满释放人员信息核查衔接（已衔接／应衔接） | 40／41（97.6%）: the pair's share is the rate of what the
                        // column names (衔接率), as the cell gives it or as the pair makes it
                        String indicator = DONE_OF_DUE_HEADING.matcher(names[i]).replaceFirst("") + "率";
                        boolean given = share.group(3) != null;
                        BigDecimal due = new BigDecimal(share.group(2));
                        if (given || due.signum() > 0) {
                            BigDecimal rate = given
                                    ? new BigDecimal(share.group(3))
                                    : new BigDecimal(share.group(1)).multiply(BigDecimal.valueOf(100)).divide(due, 1, RoundingMode.HALF_UP);
                            int lead = cellStart + cells[i].length() - cells[i].stripLeading().length();
                            int start = lead + (given ? share.start(3) : share.start(1));
                            int end = lead + (given ? share.end(3) + 1 : share.end(2));
                            (total ? cumulative : month)[i] = rowFigure(doc, source, indicator + label + rate.toPlainString(), rate, "%",
                                    indicator, label, total, start, end);
                        }
                    } else if (u != null && n.find()) {
                        String indicator = (names[i].substring(0, u.start()) + names[i].substring(u.end())).strip();
                        (total ? cumulative : month)[i] = rowFigure(doc, source, indicator + label + n.group(), decimal(n), u.group(1),
                                indicator, label, total, cellStart + n.start(), cellStart + n.end());
                    }
                }
                cellStart += cells[i].length() + 1;
            }
            return true;
        }

        void flush(List<Quantity> figures) {
            for (int i = 1; i < names.length; i++) {
                if (cumulative[i] != null) {
                    figures.add(cumulative[i]);
                } else if (month[i] != null && !told[i]) {
                    figures.add(month[i]);
                }
            }
        }
    }

    /** A figure a table row gives for an indicator, its evidence the running total's (表格累计：) or the month's (表格本月：). */
    private static Quantity rowFigure(String doc, String source, String key, BigDecimal value, String unit, String indicator, String label,
            boolean total, int start, int end) {
        return new Quantity(doc, key, source.substring(start, end), value, unit, null, unit, "actual", indicator, "=", null, false, start,
                end, (total ? RUNNING_TOTAL : MONTH_EVIDENCE) + indicator + label);
    }

    /** The last bracket of a name that holds a unit of measure (配备专职帮办代办员的村（社区）（个） → （个）), or null. */
    private static MatchResult unitBracket(String name) {
        Matcher u = UNIT_IN_BRACKETS.matcher(name);
        MatchResult last = null;
        while (u.find()) {
            last = MeasureUnit.of(u.group(1)).isPresent() ? u.toMatchResult() : last;
        }
        return last;
    }

    /** 指标①, 指标2 (alone with a name beside it): a form's row naming the indicator the rows below it give the figures of. */
    private static final Pattern FORM_NAME = Pattern.compile("^(?:台账)?指标(?:[\u2460-\u2473]|[0-9一二三四五六七八九十]{1,2})?$");

    /** A form's row of labelled figures: 10月末 | 9个 | 11月新增 | 3个 | 11月末累计 | 12个. */
    private static final class FormRow {
        private static final Pattern TOTAL_LABEL = Pattern.compile("累计|截至|截止|合计");
        private static final Pattern MONTH_LABEL = Pattern.compile("新增|本月|当月|本期");

        /** Whether the row is labels and figures in turn, a label naming a point or span of time (10月末, 11月新增, 11月末累计). */
        static boolean labelled(String[] cells) {
            if (cells.length < 4 || cells.length % 2 != 0) {
                return false;
            }
            boolean total = false;
            for (int i = 0; i < cells.length; i += 2) {
                String label = simple(cells[i]);
                if (label.isEmpty() || NUMBER.matcher(label.replaceAll("(?:1[0-2]|[1-9])月", "")).find()) {
                    return false;
                }
                total |= TOTAL_LABEL.matcher(label).find();
            }
            return total;
        }

        /**
         * The row's running total (11月末累计 | 12个), in the unit its cell or the form's name gives; where that cell is left
         * "—", the month's figure (11月新增 | 3个); none where it waits (待…核对后填列) or is given roughly.
         */
        static Quantity figure(String doc, String source, String[] cells, int lineStart, String formName) {
            int total = -1;
            int month = -1;
            for (int i = 0; i < cells.length; i += 2) {
                String label = simple(cells[i]);
                if (TOTAL_LABEL.matcher(label).find()) {
                    total = i + 1;
                } else if (MONTH_LABEL.matcher(label).find()) {
                    month = i + 1;
                }
            }
            String totalCell = simple(cells[total]);
            int take = total;
            if (totalCell.isEmpty() || NOT_REPORTED_HERE.matcher(totalCell).matches()) {
                take = month;
            }
            // (only a cell that is the figure and its unit: 本年以来约30具，安葬证明待补录 tells its figure roughly and as waiting)
            if (take < 0 || !PLAIN_FIGURE.matcher(simple(cells[take])).matches()) {
                return null;
            }
            Matcher n = NUMBER.matcher(cells[take]);
            if (!n.find()) {
                return null;
            }
            String after = simple(cells[take].substring(n.end()));
            MatchResult bracket = unitBracket(formName);
            String unit = MeasureUnit.of(after).isPresent() ? after : bracket != null ? bracket.group(1) : null;
            if (unit == null) {
                return null;
            }
            String indicator = bracket != null
                    ? (formName.substring(0, bracket.start()) + formName.substring(bracket.end())).strip()
                    : formName;
            int at = cellStart(cells, take, lineStart);
            String label = simple(cells[take - 1]);
            return rowFigure(doc, source, indicator + label + n.group(), decimal(n), unit, indicator, label, take == total, at + n.start(),
                    at + n.end());
        }
    }

    /**
     * A table laid on its side whose cells list their column's indicators by mark (①…；②…): the columns are tasks (or task
     * cards, each beside its own column of labels), the rows what each indicator stands at — 考核指标（单位） names them, 年度目标
     * sets them (and names them when no row does), 11月新增 is the month's, 11月末累计数 the total; 10月末已核定, 责任人, 核对说明,
     * 未计入… tell around them and give no figure of the period. Each mark's figure is of the indicator its mark names in
     * its column, whichever order the cells list them in (③930万元；④以县…为准 lists only two).
     */
    private static final class Cards {
        private static final Pattern CIRCLED = Pattern.compile("[\u2460-\u2473]");
        /** 考核指标（单位）, 指标名称, 台账指标: the row naming each column's indicators. */
        private static final Pattern NAMES_LABEL = Pattern.compile("^(?:考核|台账|主要|监测)?指标(?:名称)?(?:及单位|[（(]单位[)）])?$");
        /**
         * A whole row label of such a table (not 城镇新增就业, a task's name that holds 新增): 年度目标, 全年计划, 10月末已核定,
         * 本月（11月）新增, 11月末累计数, 截至11月30日累计.
         */
        private static final Pattern ROW_LABEL = Pattern.compile("^(?:(?:年度|全年|本年)?(?:目标|计划)(?:任务|值|数)?"
                + "|(?:1[0-2]|[1-9])月(?:末|底|份)?[\\p{IsHan}（）()]{0,10}|本月[\\p{IsHan}（）()0-9]{0,10}|截[至止][\\p{IsHan}0-9（）()]{0,12})$");
        private static final Pattern TARGET_LABEL = Pattern.compile("目标|计划|任务数|应完成");
        private static final Pattern TOTAL_LABEL = Pattern.compile("累计|截至|截止");
        private static final Pattern MONTH_LABEL = Pattern.compile("新增|本月|当月");
        /** Words binding a target's name to its figure: 不超过0起, 达到95%, ≤3件. */
        private static final Pattern BOUND_BEFORE = Pattern.compile("(?:不超过|不少于|不低于|不高于|达到|控制在|以上|以下|≤|≥|<|>)+$");
        /** 约, 近, 还差, 距…: a figure given roughly or as a distance, not the one to fill. */
        private static final Pattern NOT_THE_FIGURE = Pattern.compile("约|近|差|距|超过|不足|预计|待");
        /** 1300余户, 50多个, 120户左右: a rough figure. */
        private static final Pattern ROUGHLY_AFTER = Pattern.compile("[^；;，,]{0,3}?(?:余|多|左右)");
        private static final Pattern UNIT_BRACKET = Pattern.compile("[（(]([^（）()]{1,6})[)）]\\s*$");
        private final String[] titles;
        private final Map<Integer, String> names = new java.util.HashMap<>();
        private final Map<Integer, String> units = new java.util.HashMap<>();
        private final Map<Integer, Quantity> totals = new java.util.LinkedHashMap<>();
        private final Map<Integer, Quantity> months = new java.util.LinkedHashMap<>();

        Cards(String[] before) {
            titles = before;
        }

        /**
         * A row labelled, in its first cell, as what the indicators are or stand at (考核指标（单位）, 年度目标, 11月末累计数), with
         * a cell listing two marks or more (not a task's row of an ordinary table: 1 | 施工工地扬尘管控 | ①…；②…).
         */
        static boolean starts(String[] cells) {
            String label = simple(cells[0]);
            if (marks(cells[0]) > 0 || !(NAMES_LABEL.matcher(label).matches() || ROW_LABEL.matcher(label).matches())) {
                return false;
            }
            for (int i = 1; i < cells.length; i++) {
                if (marks(cells[i]) >= 2) {
                    return true;
                }
            }
            return false;
        }

        private static int marks(String cell) {
            return occurrences(CIRCLED, cell);
        }

        void row(String doc, String source, String[] cells, int lineStart) {
            String label = "";
            int cellStart = lineStart;
            for (int i = 0; i < cells.length; i++) {
                String cell = cells[i];
                if (marks(cell) == 0) {
                    label = cell.isBlank() ? label : simple(cell);
                } else {
                    read(doc, source, label, i, cell, cellStart);
                }
                cellStart += cell.length() + 1;
            }
        }

        /** Each marked item of one cell, read under the row's label. */
        private void read(String doc, String source, String label, int column, String cell, int cellStart) {
            boolean naming = NAMES_LABEL.matcher(label).matches();
            boolean target = !naming && TARGET_LABEL.matcher(label).find();
            boolean total = !naming && !target && TOTAL_LABEL.matcher(label).find();
            boolean month = !naming && !target && !total && MONTH_LABEL.matcher(label).find();
            if (!naming && !target && !total && !month) {
                return; // 10月末已核定, 责任人, 核对说明, 未计入…: what stood before, or what is said about the figures
            }
            Matcher m = CIRCLED.matcher(cell);
            List<int[]> items = new ArrayList<>();
            while (m.find()) {
                items.add(new int[]{m.start(), m.group().charAt(0) - '\u2460' + 1});
            }
            for (int j = 0; j < items.size(); j++) {
                int from = items.get(j)[0] + 1;
                int to = j + 1 < items.size() ? items.get(j + 1)[0] : cell.length();
                int itemEnd = to;
                while (itemEnd > from && "；;，,。 \t\u3000".indexOf(cell.charAt(itemEnd - 1)) >= 0) {
                    itemEnd--; // (trimmed by hand: a run of separators is not matched back and forth)
                }
                String item = cell.substring(from, itemEnd);
                int key = column * 100 + items.get(j)[1];
                Matcher n = NUMBER.matcher(item);
                boolean figure = n.find();
                // (截至11月30日累计2391户: a month or a day is no figure of the item)
                while (figure && n.end() < item.length() && DATE_AFTER.matcher(item.substring(n.end(), n.end() + 1)).matches()) {
                    figure = n.find();
                }
                if (naming) {
                    String named = simple(item);
                    Matcher unit = UNIT_BRACKET.matcher(named);
                    if (unit.find() && MeasureUnit.of(unit.group(1)).isPresent()) {
                        units.put(key, unit.group(1));
                        named = named.substring(0, unit.start());
                    }
                    if (!named.isBlank()) {
                        names.put(key, named.strip());
                    }
                } else if (target) {
                    String named = figure ? BOUND_BEFORE.matcher(simple(item.substring(0, n.start())).strip()).replaceFirst("") : "";
                    if (!names.containsKey(key) && named.length() >= 2) {
                        names.put(key, named);
                    }
                } else if (figure && item.substring(0, n.start()).strip().length() <= 12
                        && !NOT_THE_FIGURE.matcher(simple(item.substring(0, n.start()))).find()
                        && !ROUGHLY_AFTER.matcher(item.substring(n.end())).lookingAt()) {
                    // (a cell that says the figure waits — 以县医疗保障局…年终通报为准, 待县疾控中心备案 — gives none; nor one
                    // that gives it roughly, 约1370户, or as what is still short of the target, 距年度目标还差113户)
                    String unit = unitAfter(item, n.end());
                    unit = unit != null ? unit : units.get(key);
                    if (unit == null) {
                        continue;
                    }
                    int start = cellStart + from + n.start();
                    int end = cellStart + from + n.end();
                    String name = names.getOrDefault(key, "");
                    String title = column < titles.length && marks(titles[column]) == 0 ? simple(titles[column]) : "";
                    Quantity q = rowFigure(doc, source, title + "：" + name + label + n.group(), decimal(n), unit, name, label, total,
                            start, end);
                    (total ? totals : months).put(key, q);
                }
            }
        }

        /** The unit written right after a figure (2391户, 31800米, 91.7%), the longest a unit reads. */
        private static String unitAfter(String item, int at) {
            for (int len = Math.min(4, item.length() - at); len >= 1; len--) {
                String u = item.substring(at, at + len);
                if (MeasureUnit.of(u).isPresent()) {
                    return u;
                }
            }
            return null;
        }

        /** The figures read: each indicator's total, else its month's (the total left unreported). */
        void flush(List<Quantity> figures) {
            java.util.Set<Integer> keys = new java.util.TreeSet<>(totals.keySet());
            keys.addAll(months.keySet());
            for (int key : keys) {
                Quantity q = totals.containsKey(key) ? totals.get(key) : months.get(key);
                if (!q.indicator().isEmpty()) {
                    figures.add(q);
                }
            }
        }
    }

    /** A table with a 合计 row: the other rows are its parts (one project's investment is not the township's). */
    private static List<Quantity> parts(List<Quantity> table) {
        boolean grandTotal = table.stream().anyMatch(q -> q.evidence().startsWith(TOTAL));
        if (!grandTotal && table.stream().noneMatch(q -> q.evidence().startsWith(SUBTOTAL))) {
            return List.copyOf(table);
        }
        // 小计 … 小计 … 合计: each 小计 closes a group, a part like its rows; with no 合计, the 小计 is the table's whole.
        return table.stream().map(q -> q.evidence().startsWith(TOTAL)
                ? q
                : q.evidence().startsWith(SUBTOTAL) && !grandTotal
                        ? q.withEvidence(TOTAL + q.evidence().substring(SUBTOTAL.length()))
                        : q.withEvidence("表格分项：" + q.evidence().substring(q.evidence().indexOf('：') + 1)))
                .toList();
    }

    /** A header row: which column names the indicator, which holds its unit, which its figure (and whether one month's). */
    private record Header(int cells, int name, int unit, int figure, boolean month, String figureHeading, String headingUnit,
            int increment, String incrementHeading, int share, String shareHeading, int earlier, int remark, String[] headings,
            int[] periods, int reported) {

        static Header of(String[] cells) {
            if (cells.length < 3) {
                return null;
            }
            int name = -1;
            int unit = -1;
            int cumulative = -1;
            int month = -1;
            int increment = -1;
            String[] simple = new String[cells.length];
            for (int i = 0; i < cells.length; i++) {
                // 11月底累计 | 其中：11月 — the month's part of the total: a heading of the month
                simple[i] = OF_WHICH.matcher(simple(cells[i])).replaceFirst("");
                // 完成值/目标值 over cells 2845/3200: the done figure first in each cell, the column a total to date
                simple[i] = DONE_OVER_TARGET.matcher(simple[i]).matches() ? "累计完成" : simple[i];
                // 佐证资料归档情况（有“√”，无“—”）: a note on how to fill the column, told in brackets, is no sentence of a row's
                simple[i] = FILLING_NOTE.matcher(simple[i]).replaceAll("");
                // 折算后累计完成（台账计量单位）: a bracket saying the column is in the ledger's units names no unit of its own
                simple[i] = LEDGER_UNITS_NOTE.matcher(simple[i]).replaceAll("");
                if (!simple[i].isEmpty() && simple[i].replaceAll("[0-9.．%％,，\\s]", "").length() <= 2
                        && NUMBER.matcher(simple[i]).find() && !ONE_MONTH_HEADER.matcher(simple[i]).matches()
                        && !SPAN_HEADER.matcher(simple[i]).matches()) {
                    return null; // a header names its columns (2026年目标 may have a year); a cell of figures is a row's
                }
                // 推进环节（截至11月30日仍停留在该环节、未计入台账的数量）: a long note in brackets says how the column is filled; it
                // makes the heading no sentence
                String unnoted = COLUMN_NOTE.matcher(simple[i]).replaceAll("");
                if (unnoted.length() > 24 || simple[i].indexOf('。') >= 0 || simple[i].indexOf('，') >= 0 || simple[i].indexOf('；') >= 0) {
                    return null; // a header's cells are labels; a cell that tells in sentences (…项目…完成…。) is a row's
                }
            }
            // A column naming the indicator (具体指标) before one naming the task (工作任务) beside it.
            // 指标编码 | 指标名称: a column of codes names nothing; the one of names does.
            // 指标类别 | 一级指标 | 二级指标 | 三级指标 | 年度指标值: a category or a value names nothing; of the levels, the deepest
            // names the indicator.
            for (int i = 0; i < cells.length; i++) {
                // (指标名称（台账任务序号）: the bracket says what follows each name, the column is still of names)
                if (simple[i].contains("指标") && !any(simple[i], CUMULATIVE_HEADERS)
                        && !any(BRACKETED.matcher(simple[i]).replaceAll(""), CODE_HEADERS)
                        && !any(simple[i], CATEGORY_HEADERS) && !simple[i].endsWith("值")) {
                    name = i;
                    if (!LEVEL_HEADER.matcher(simple[i]).matches()) {
                        break;
                    }
                }
            }
            int earlier = -1;
            int reported = -1;
            int remark = -1;
            int deduction = -1;
            List<Integer> periods = new ArrayList<>();
            for (int i = 0; i < cells.length; i++) {
                String c = simple[i];
                // 一季度 … 三季度 | 10月 | 11月: the year's periods one by one.
                if (QUARTER_HEADER.matcher(c).matches() || ONE_MONTH_HEADER.matcher(c).matches() && cumulative < 0) {
                    periods.add(i);
                    continue;
                }
                if (REMARK_HEADING.matcher(c).matches()) {
                    remark = i; // 备注, 核减事项及说明, 数据口径及预判依据: words on the row, no figure of it
                } else if (deduction < 0 && DEDUCTION_HEADING.matcher(c).find()) {
                    deduction = i; // 核减数: what the row's raw figure loses to the ledger's rules
                } else if (any(c, WEEK_HEADERS) && !c.contains("累计")) {
                    continue;
                } else if (i == name) {
                    continue;
                } else if (reported < 0 && any(c, REPORTED_HEADERS)) {
                    reported = i; // 评估核实值 | 镇自报值: the unit's own figure, where the verified one is missing
                    continue;
                } else if (earlier < 0 && any(c, CUMULATIVE_HEADERS) && any(c, LAST_PERIOD)) {
                    // 截至上月底 | 本月完成 | 累计: the total the last report gave, what the month adds to it.
                    earlier = i;
                } else if (name < 0 && any(c, NAME_HEADERS) && !any(c, CUMULATIVE_HEADERS)
                // (任务序号及工作任务: a number and a name in one column is a column of names)
                        && (!any(BRACKETED.matcher(c).replaceAll(""), CODE_HEADERS) || CODE_AND_NAME.matcher(c).find())) {
                    name = i;
                } else if (OTHER_TALLY.matcher(c).find()) {
                    continue; // 对象公示公开情况 累计公示数: a tally of another step (the postings), not the work done
                } else if (cumulative >= 0 && !any(c, NOT_A_FIGURE) && CONVERTED.matcher(c).find()) {
                    // 原始统计数据（截至11月30日累计） … 折算后累计完成: the raw figure as its source holds it, then the ledger's
                    earlier = cumulative;
                    cumulative = i;
                } else if (cumulative >= 0 && !any(c, NOT_A_FIGURE)
                        && (c.contains("累计") || c.contains("截至") || c.contains("截止") || SPAN_HEADER.matcher(c).matches()
                        // (6月30日 | 9月30日 | 11月30日 over 节点目标 | 实绩: the checkpoints' results, the latest the total)
                                || MONTH_END_HEADER.matcher(c).find() || MONTH_LAST_DAY.matcher(c).lookingAt())
                        && (spanEnd(c) > spanEnd(simple[cumulative]) || spanEnd(c) == 0 && spanEnd(simple[cumulative]) > 0)) {
                    // 1-10月完成 … 累计完成: a total to date (no month named) is later than one to a month before.
                    // 1-10月累计 … 1-11月累计: the later total is the one to take, the earlier one what it grew from.
                    earlier = cumulative;
                    cumulative = i;
                } else if (cumulative >= 0 && month < 0 && ONE_MONTH_HEADER.matcher(c).matches()) {
                    month = i; // 11月完成: this month's column
                } else if (unit < 0
                        && (c.equals("单位") || c.endsWith("计量单位") || c.equals("单 位")
                                || MEASURE_UNIT_HEADER.matcher(c).find()
                                // (截至11月30日累计完成 over 数量 | 单位: the spanning heading's part that gives the figure's unit)
                                || i == cumulative + 1 && c.endsWith("单位") && !BODY_COLUMN.matcher(c).find())) {
                    // (台账单位, 指标单位: the ledger's unit of measure; 牵头单位, 责任单位 name bodies; 计入台账数 over 台账单位: the
                    // sub-heading under a spanning one)
                    unit = i;
                } else if (increment < 0 && any(c, INCREMENT_HEADERS)) {
                    increment = i;
                } else if (!any(c, NOT_A_FIGURE) && any(c, MONTH_HEADERS) && any(c, CUMULATIVE_HEADERS)) {
                    month = month < 0 ? i : month;
                } else if (month < 0 && !any(c, NOT_A_FIGURE) && any(c, MONTH_HEADERS) && !c.contains("累计") && !c.contains("进展")) {
                    month = i; // 本期值, 本月: this period's column, what a blank 累计值 is reckoned from
                } else if (cumulative < 0 && (!any(c, NOT_A_FIGURE) && (any(c, CUMULATIVE_HEADERS) || SPAN_HEADER.matcher(c).matches()
                        || MONTH_LAST_DAY.matcher(c).find()) || rateAsOf(c))) {
                    cumulative = i; // 累计完成, or 1-10月: a total from the year's start
                }
            }
            // 完成投资 over 开工以来累计 | 今年1—11月 | 其中：11月: a ledger of the year takes the year's total, not the project's
            // since it began.
            if (cumulative >= 0 && SINCE_START.matcher(simple[cumulative]).find()) {
                for (int i = 0; i < cells.length; i++) {
                    if (i != cumulative && i != name && !any(simple[i], NOT_A_FIGURE) && !OF_WHICH.matcher(simple[i]).find()
                            && !SINCE_START.matcher(simple[i]).find()
                            && (THIS_YEAR.matcher(simple[i]).find() || SPAN_HEADER.matcher(simple[i]).find())) {
                        cumulative = i;
                        break;
                    }
                }
            }
            // 分村完成情况 官田村 | 桐梓坳村 | … | 全镇合计: the villages' columns are parts; the unit's total column is its figure.
            for (int i = 0; i < cells.length; i++) {
                if (i != name && UNIT_TOTAL_COLUMN.matcher(simple[i]).matches()) {
                    cumulative = i;
                    break;
                }
            }
            // 截至11月30日 over 单位报送数 | 镇核定累计数: what a unit sent in, then what the township verified of it — the verified.
            if (cumulative >= 0 && SENT_IN.matcher(simple[cumulative]).find()) {
                for (int i = cumulative + 1; i < cells.length; i++) {
                    if (i != remark && VERIFIED.matcher(simple[i]).find() && !any(simple[i], NOT_A_FIGURE)) {
                        cumulative = i;
                        break;
                    }
                }
            }
            // 村上报 | 乡站所审核 | 县行业部门确认 | 台账填报数: of the figures each level gave, the one the ledger takes is named so.
            for (int i = 0; i < cells.length; i++) {
                if (i != name && LEDGER_COLUMN.matcher(simple[i]).matches()) {
                    cumulative = i;
                    break;
                }
            }
            // 系统（台账）数 | 核减数 | 报送累计数: a raw figure, what the ledger's rules take off it, and what is left — the figure the
            // unit reports is the one after the deduction, whatever the raw column's heading says.
            if (deduction >= 0 && cumulative >= 0 && cumulative < deduction && deduction + 1 < cells.length
                    && deduction + 1 != remark && !any(simple[deduction + 1], NOT_A_FIGURE) && !simple[deduction + 1].isEmpty()
                    // (核减事项 | 核定人: a column of who checked names a person, no figure)
                    && FIGURE_HEADING.matcher(simple[deduction + 1]).find()) {
                cumulative = deduction + 1;
            }
            // (完成/目标 | 完成率: a column of what was done is there, in pairs, and read as such)
            if (name >= 0 && cumulative < 0 && month < 0 && !doneColumnBesidesShare(simple)) {
                // 全年目标 | 完成率 | 序时进度 | 是否滞后: a table of how far each indicator is, and no column of what was done — the
                // share of the year's target is the figure (what a cell writes out instead, 已检验合格60艘, is read as written).
                for (int i = 0; i < cells.length; i++) {
                    if (i != name && shareOfWork(simple[i])) {
                        cumulative = i;
                        break;
                    }
                }
            }
            if (name < 0 || cumulative < 0 && month < 0) {
                return null;
            }
            if (month < 0 && cumulative >= 0 && !periods.isEmpty()) {
                month = periods.get(periods.size() - 1); // the latest period: what was added since the last report
            }
            int figure = cumulative >= 0 ? cumulative : month;
            Matcher u = UNIT_IN_BRACKETS.matcher(simple[figure]);
            // With a cumulative column, this month's column stands in where the cumulative cell is left "—".
            int since = increment >= 0 ? increment : month;
            int share = -1;
            for (int i = 0; i < cells.length; i++) {
                if (shareOfWork(simple[i])) {
                    share = i;
                    break;
                }
            }
            return new Header(cells.length, name, unit, figure, cumulative < 0, simple[figure], u.find() ? u.group(1) : null,
                    cumulative >= 0 ? since : -1, cumulative >= 0 && since >= 0 ? simple[since] : null, share,
                    share >= 0 ? simple[share] : null, earlier, remark, simple,
                    periods.stream().mapToInt(Integer::intValue).toArray(), reported);
        }

        /**
         * 完成率, 完成进度: a column of the share of the target done (序时进度 is the share of the year gone by — 11/12 at November's
         * end — not of the work done: 实际进度 is).
         */
        private static boolean shareOfWork(String heading) {
            return any(heading, SHARE_HEADERS) && !heading.contains("序时") && !heading.contains("时间进度");
        }

        /** Whether a heading other than a share's (完成率, 完成进度) names what was done: 完成/目标, 实际完成, 累计. */
        private static boolean doneColumnBesidesShare(String[] simple) {
            for (String h : simple) {
                if (!any(h, SHARE_HEADERS) && (h.contains("完成") || h.contains("实际") || h.contains("累计") || h.contains("实绩"))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * 保障对象 over 在册 | 本年新增（累计） | 其中：11月, then 资金（万元） over 11月发放 | 1—11月累计: a running total of another
         * measure under another spanning heading gives each row a second figure (the people beside the money), or null.
         */
        Header otherMeasure() {
            if (month) {
                return null;
            }
            boolean money = MONEY_HEADING.matcher(headings[figure]).find();
            for (int i = 0; i < headings.length; i++) {
                if (i == figure || i == name || i == remark || i == unit || !headings[i].contains("累计") || any(headings[i], NOT_A_FIGURE)) {
                    continue;
                }
                // (one heading of money, the other of what is counted, each under its own spanning heading)
                if (money != MONEY_HEADING.matcher(headings[i]).find()
                        && !headings[i].regionMatches(0, headings[figure], 0, Math.min(2, headings[figure].length()))) {
                    return new Header(cells, name, unit, i, false, headings[i], null, -1, null, -1, null, -1, remark, headings,
                            new int[0], -1);
                }
            }
            return null;
        }

        /**
         * 量化指标一 | 量化指标二, each over 指标名称 | 年度目标 | 累计完成: the header of the next group of the same columns to the
         * right of this one's figure, or null — a row holds an indicator a group.
         */
        Header nextGroup() {
            for (int i = figure + 1; i < headings.length; i++) {
                if (headings[i].contains("指标") && !any(headings[i], CUMULATIVE_HEADERS) && !headings[i].endsWith("值")) {
                    String[] masked = headings.clone();
                    Arrays.fill(masked, 0, i, "");
                    Header next = Header.of(masked);
                    return next != null && next.name == i ? next : null;
                }
            }
            return null;
        }

        /**
         * 构成项目 or 统计时点: the column that tells an indicator's rows apart (its parts, or the points in time its figure is
         * given at), of which one row is the figure; -1 when none.
         */
        int selector() {
            for (int i = 0; i < headings.length; i++) {
                if (i != name && (PART_HEADING.matcher(headings[i]).matches() || TIME_POINT_HEADING.matcher(headings[i]).matches())) {
                    return i;
                }
            }
            return -1;
        }

        /** The columns that hold the task's other indicators beside the figure's (指标② beside 指标①), each read as the figure's. */
        List<Header> twins() {
            List<Header> out = new ArrayList<>();
            if (!INDICATOR_COLUMN.matcher(headings[figure]).lookingAt()) {
                return out;
            }
            String unmarked = INDICATOR_MARK.matcher(headings[figure]).replaceFirst("");
            for (int i = 0; i < headings.length; i++) {
                if (i != figure && i != name && INDICATOR_COLUMN.matcher(headings[i]).lookingAt()
                        && INDICATOR_MARK.matcher(headings[i]).replaceFirst("").equals(unmarked)) {
                    out.add(new Header(cells, name, unit, i, false, headings[i], headingUnit, -1, null, -1, null, -1, remark, headings,
                            new int[0], -1));
                }
            }
            return out;
        }

        Header withUnit(String unit) {
            return new Header(cells, name, this.unit, figure, month, figureHeading, unit, increment, incrementHeading, share, shareHeading,
                    earlier, remark, headings, periods, reported);
        }

        /** 12000吨 in the row's 目标值 cell beside bare 8650 | 2470 | 11120: the unit the row's figures are counted in. */
        private String targetsUnit(String[] cells) {
            for (int i = 0; i < cells.length && i < headings.length; i++) {
                if (TARGET_HEADING.matcher(headings[i]).find()) {
                    Matcher n = NUMBER.matcher(cells[i]);
                    if (n.find()) {
                        // 目标：5个（11月30日前）, 0批次（不发生）: the unit, with when or how in brackets after it
                        String after = BRACKETED.matcher(simple(cells[i].substring(n.end()))).replaceAll("").strip();
                        return MeasureUnit.of(after).isPresent() ? after : null;
                    }
                }
            }
            return null;
        }

        /** The row's unit from its target cell (12000吨), else from a cell saying what it counts (起数). */
        private String targetOrCountedUnit(String[] cells) {
            String target = targetsUnit(cells);
            return target != null ? target : countedIn(cells);
        }

        /** 统计口径: 全年累计发生起数 — a cell of the row saying what its figures count (起数, 人数, 户数): that measure. */
        private String countedIn(String[] cells) {
            for (int i = 0; i < cells.length; i++) {
                Matcher m = COUNTED_IN.matcher(simple(cells[i]));
                if (i != name && i != figure && m.find()) {
                    return m.group(1);
                }
            }
            return null;
        }

        /** Whether the period columns run from the year's start (一季度 or 1月 first). */
        boolean fromTheYearsStart() {
            String first = headings[periods[0]];
            return first.startsWith("一季度") || first.startsWith("1月") || first.startsWith("1-") || first.startsWith("一月");
        }

        /** The cells of a row told in words whose column is the month's (本月进展, 当月完成情况): their figures are the month's. */
        List<Aside> monthCells(String[] cells, int lineStart) {
            List<Aside> out = new ArrayList<>();
            int at = lineStart;
            for (int i = 0; i < cells.length; i++) {
                if (i < headings.length && i != name && any(headings[i], MONTH_HEADERS) && !any(headings[i], NOT_A_FIGURE)
                        && !headings[i].contains("问题") && !headings[i].contains("累计")) {
                    out.add(new Aside(at, at + cells[i].length(), headings[i]));
                }
                at += cells[i].length() + 1;
            }
            return out;
        }

        /** Whether the row measures a rate: its unit cell, or its name's bracket, says %. */
        private boolean percentIn(String[] cells, int unit, String rawName) {
            String written = unit >= 0 && unit < cells.length ? simple(cells[unit]) : "";
            return written.equals("%") || written.equals("％") || rawName.endsWith("（%）") || rawName.endsWith("(%)")
                    || rawName.endsWith("率");
        }

        /** Whether the row's target cell (目标, 年度任务) states an amount, not a percentage. */
        private boolean targetNotAShare(String[] cells) {
            for (int i = 0; i < cells.length && i < headings.length; i++) {
                if ((headings[i].contains("目标") || headings[i].contains("任务数")) && NUMBER.matcher(cells[i]).find()) {
                    return !cells[i].contains("%") && !cells[i].contains("％");
                }
            }
            return false;
        }

        /**
         * The cells of a row told in words whose column holds no achievement (年度目标, 完成率, 存在问题, 下步措施), and
         * the name cell where it states figures: 市场主体培育：全年新登记市场主体1500户 beside a column of progress is the
         * matter assigned, its figures the targets.
         */
        List<Aside> asides(String[] cells, int lineStart) {
            List<Aside> out = new ArrayList<>();
            int at = lineStart;
            // 节点一 | 节点二 | 节点三 | 计入台账节点: where the office names the column the ledger takes, the others hold the work's
            // earlier stages (受理申请：58件) — no figure of the indicator, whatever the ledger's column says (待…后填报).
            boolean ledgerNamed = figure < headings.length && LEDGER_COLUMN.matcher(headings[figure]).matches();
            for (int i = 0; i < cells.length; i++) {
                boolean assigned = i == name && NUMBER.matcher(cells[i]).find() && told(cells[i]);
                if (i < headings.length && i != figure && (i != name || assigned)
                        && (assigned || any(headings[i], NOT_A_FIGURE) || any(headings[i], SHARE_HEADERS) || i == remark
                                || headings[i].contains("问题") || ledgerNamed)) {
                    out.add(new Aside(at, at + cells[i].length(), headings[i]));
                }
                at += cells[i].length() + 1;
            }
            return out;
        }

        /** 滚动累计, 累计完成: the figure column carries a total on from row to row. */
        boolean runningTotal() {
            return figureHeading.contains("累计");
        }

        /** Whether the row names a batch or a date of its own (核验批次: 第二批, 核验时间: 7月21日) in a column other than the figure's. */
        boolean batchOf(String[] cells) {
            for (int i = 0; i < cells.length && i < headings.length; i++) {
                if (i != name && i != figure && BATCH_HEADING.matcher(headings[i]).find() && !cells[i].isBlank()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the row leaves its figure cell empty and tells its progress in words in another column (本月进展 |
         * 累计完成 left blank: 本月新增改造面积140亩): the row is read as prose, as a cell told in words is.
         */
        boolean toldInProgress(String[] cells) {
            if (figure >= cells.length || !cells[figure].isBlank()) {
                return false;
            }
            for (int i = 0; i < cells.length && i < headings.length; i++) {
                if (i != name && i != figure && !any(headings[i], NOT_A_FIGURE) && !headings[i].contains("问题")
                        && (headings[i].contains("进展") || headings[i].contains("本月") || headings[i].contains("情况"))
                        && told(cells[i])) {
                    return true;
                }
            }
            return false;
        }

        /**
         * 形象进度: 已建成投用7座…: the cells of a progress column that tell in words, as spans of the source — the prose reader
         * reads their figures (建设内容及规模 beside it plans, 存在问题 tells what is wrong: neither is such a column).
         */
        List<int[]> progressTold(String[] cells, int lineStart) {
            List<int[]> out = new ArrayList<>();
            for (int i = 0; i < cells.length && i < headings.length; i++) {
                if (i != figure && i != name && PROGRESS_HEADING.matcher(headings[i]).find() && told(cells[i])) {
                    int at = cellStart(cells, i, lineStart);
                    out.add(new int[]{at, at + cells[i].length()});
                }
            }
            return out;
        }

        /** Whether the row's figure cell tells in words (a clause, or more words than a unit) rather than stating a number. */
        boolean prose(String[] cells) {
            return told(cells[figure]);
        }

        private static boolean told(String raw) {
            // 竣工验收合格：6个（+2个）: a label, a figure and its unit state the number, as a bare figure does
            if (LABELLED_FIGURE.matcher(simple(raw)).matches() || MONTH_FIGURE.matcher(simple(raw)).matches()) {
                return false;
            }
            // 24台（节点按期完成）, 33600米（注③）: a figure and its unit, then a note in brackets, state a number
            String cell = FIGURE_THEN_NOTE.matcher(simple(raw)).replaceFirst("$1");
            int han = 0;
            for (int i = 0; i < cell.length(); i++) {
                han += Character.isIdeographic(cell.charAt(i)) ? 1 : 0;
            }
            return cell.indexOf('，') >= 0 || cell.indexOf(',') >= 0 || han >= 6;
        }

        /**
         * The one other column under the figure column's spanning heading (a shared opening of four or more characters) that
         * holds a figure on this row, or -1 when none or several do.
         */
        private int onlyFilledSibling(String[] cells) {
            int only = -1;
            for (int j = 0; j < cells.length && j < headings.length; j++) {
                if (j == figure || j == name || j == remark || !sharedOpening(headings[j], headings[figure])
                        || any(headings[j], NOT_A_FIGURE) || !NUMBER.matcher(cells[j]).find()) {
                    continue;
                }
                if (only >= 0) {
                    return -1;
                }
                only = j;
            }
            return only;
        }

        private static boolean sharedOpening(String a, String b) {
            int n = 0;
            while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
                n++;
            }
            return n >= 4 && n < a.length() && n < b.length();
        }

        /** The row's figure, as a quantity whose sentence is the row; null when the row states none. */
        Quantity figure(String doc, String line, String[] cells, int lineStart) {
            String rawName = simple(cells[name]);
            // 计入台账情况: 计入任务1“复耕种粮的撂荒地” — the row counts for the indicator it names, whatever its own wording;
            // 不计入 — for none.
            for (int i = 0; i < cells.length && i < headings.length; i++) {
                if (i != name && i != figure && LEDGER_LINK_HEADING.matcher(headings[i]).find()) {
                    String says = simple(cells[i]);
                    if (LEFT_OUT_CELL.matcher(says).lookingAt()) {
                        return null;
                    }
                    Matcher named = QUOTED_NAME.matcher(says);
                    if (named.find() && COUNTED_FOR.matcher(says).find()) {
                        rawName = named.group(1);
                    }
                }
            }
            // 备注: 为全县入库数 — the county's figure, not the unit's.
            // (备注: 全县平均95.9% compares the row with the county; the figure stays the unit's.)
            if (remark >= 0 && remark < cells.length && WIDER.matcher(simple(cells[remark])).find()
                    && !COMPARED.matcher(simple(cells[remark])).find()) {
                return null;
            }
            // 预判结论: 待核实 — 11月数含…调入的鲜品，待…剔除后更正: the row's figure waits to be put right.
            for (int i = 0; i < cells.length && i < headings.length; i++) {
                if ((i == remark || VERDICT_HEADING.matcher(headings[i]).find())
                        && UNCONFIRMED_VERDICT.matcher(simple(cells[i])).matches()) {
                    return null;
                }
            }
            if (remark >= 0 && remark < cells.length && TO_BE_CORRECTED.matcher(simple(cells[remark])).find()) {
                return null;
            }
            // 截至11月30日累计完成 | … | 说明: 10月底数 — the remark says the row's figure stands at an earlier month's end.
            if (remark >= 0 && remark < cells.length) {
                Matcher earlierEnd = EARLIER_END_REMARK.matcher(simple(cells[remark]));
                int headingEnd = spanEnd(figureHeading);
                if (earlierEnd.lookingAt() && headingEnd > 0 && Integer.parseInt(earlierEnd.group(1)) < headingEnd) {
                    return null;
                }
            }
            int column = figure;
            String heading = figureHeading;
            // 1-11月累计 left empty beside 1-10月累计 1620 and 11月完成 150: the total is their sum.
            BigDecimal sum = null;
            // (a total cell that says it waits — 待核, 待录入, 待县…核定 — is no blank to fill by adding: nothing is stated)
            if (PENDING_CELL.matcher(simple(cells[figure])).find()) {
                return null;
            }
            // 5100张左右, 约80个: a cell that gives its figure roughly states no count to fill.
            if (ROUGH_CELL.matcher(simple(cells[figure])).find()) {
                return null;
            }
            // 汇总中/960, 受理138/140 in a 完成/目标 column: the done part before the slash is all the row says was done — one
            // that waits, or counts another step (受理), states nothing done, and the target after the slash is none.
            Matcher pair = DONE_PAIR_CELL.matcher(simple(cells[figure]));
            if (pair.matches() && !PLAIN_DONE.matcher(pair.group(1)).matches()) {
                return null;
            }
            if (!NUMBER.matcher(cells[figure]).find() && earlier >= 0 && increment >= 0 && increment < cells.length
                    && earlier < cells.length) {
                Matcher before = NUMBER.matcher(cells[earlier]);
                Matcher since = NUMBER.matcher(cells[increment]);
                // (a rate's month is no part of the year's rate: 支出进度 81.4 to October and 10.6 in November are not summed)
                if (before.find() && since.find() && !percentIn(cells, unit, rawName)) {
                    // 1.84万吨 to October and 5000吨 in November: the earlier total in the month's unit before they are added.
                    BigDecimal earlierTotal = decimal(before);
                    Optional<MeasureUnit> from = MeasureUnit.of(simple(cells[earlier].substring(before.end())));
                    Optional<MeasureUnit> to = MeasureUnit.of(simple(cells[increment].substring(since.end())));
                    if (from.isPresent() && to.isPresent() && from.get().dimension().equals(to.get().dimension())) {
                        earlierTotal = from.get().convert(earlierTotal, to.get());
                    }
                    sum = earlierTotal.add(decimal(since));
                    column = increment;
                    heading = figureHeading;
                }
            }
            // 累计 left empty beside 一季度 | 二季度 | 三季度 | 10月 | 11月, each given from the year's start: their sum.
            if (sum == null && !NUMBER.matcher(cells[figure]).find() && periods.length > 0 && fromTheYearsStart()) {
                BigDecimal total = BigDecimal.ZERO;
                for (int p : periods) {
                    Matcher n = p < cells.length ? NUMBER.matcher(cells[p]) : null;
                    if (n == null || !n.find()) {
                        total = null;
                        break;
                    }
                    total = total.add(decimal(n));
                }
                if (total != null) {
                    sum = total;
                    column = periods[periods.length - 1];
                }
            }
            // 截至11月底 left "—" beside 较上月增加 2100: the month's increment is what the row states.
            if (sum == null && !NUMBER.matcher(cells[figure]).find() && increment >= 0 && increment < cells.length
                    && NUMBER.matcher(cells[increment]).find()) {
                if (percentIn(cells, unit, rawName)) {
                    return null; // 本期值 100 of a rate (通客车率 %): the period's own rate, not where the year stands
                }
                column = increment;
                heading = incrementHeading;
            }
            // 评估核实值 left 未核实 beside 镇自报值 151台: the unit's own figure stands in (a 11月新增54万元 in it is the month's).
            if (sum == null && !NUMBER.matcher(cells[column]).find() && reported >= 0 && reported < cells.length
                    && NUMBER.matcher(cells[reported]).find()) {
                column = reported;
                heading = headings[reported];
            }
            // 各群团组织报送累计数（截至11月30日） over 镇总工会 | 镇妇联 | 镇团委 | 镇科协, a row's figure in one of them and "—" in
            // the others: the row's figure stands in the column of the one body that reports it.
            boolean bodysColumn = false;
            // (only where the row's cell says "—", not reported here: a cell that waits, 系统核对中, or is left blank states nothing)
            if (sum == null && NOT_REPORTED_HERE.matcher(cells[column].strip()).matches()) {
                int own = onlyFilledSibling(cells);
                // (10月末已报 or 年度任务 beside 11月末拟报 "—": the last report's total, or the target, is no body's column and no
                // figure of now)
                if (own >= 0 && own != earlier && !TARGET_HEADING.matcher(headings[own]).find()) {
                    column = own;
                    heading = headings[own];
                    bodysColumn = true;
                }
            }
            // Neither left a figure, only the share of the year's target (完成进度 96.0%): that share.
            if (!NUMBER.matcher(cells[column]).find() && share >= 0 && share < cells.length && cells[share].contains("%")) {
                column = share;
                heading = shareHeading.contains(SHARE_CUE) ? shareHeading : SHARE_CUE; // 占年度目标 85.0% reads as 完成进度
            }
            // 年度累计 left "—" and the 备注 saying the rest still waits (待县卫健局确认, 审核中): the month's cell is no
            // increment to add — the office left the total out on purpose.
            // (腊洞村37户…待验收，未计入: a part, counted in the remark, waits and is left out of the figures, which stand)
            if (column != figure && column != reported && column != share && !bodysColumn && remark >= 0 && remark < cells.length
                    && PENDING_REMARK.matcher(simple(cells[remark])).find()
                    && !(LEFT_OUT.matcher(simple(cells[remark])).find() && NUMBER.matcher(cells[remark]).find())) {
                return null;
            }
            String value = cells[column];
            Matcher n = NUMBER.matcher(value);
            // 县12345转办：20件（+3件）: a label's own digits name what is counted; the figure follows its colon
            if (LABELLED_FIGURE.matcher(simple(value)).matches()) {
                int colon = Math.max(value.indexOf('：'), value.indexOf(':'));
                n.region(colon + 1, value.length());
                // 指标①: 秸秆青贮饲料化利用量：3915吨 — where the column holds the task's indicators, the label names the row's
                if (column == figure && INDICATOR_COLUMN.matcher(figureHeading).lookingAt()) {
                    rawName = simple(value.substring(0, colon));
                }
            }
            // 11月办结6户: the figure after the month that leads it
            boolean monthLed = MONTH_FIGURE.matcher(value.strip()).matches();
            if (monthLed) {
                int month = value.indexOf('月');
                n.region(month + 1, value.length());
            }
            if (!rawName.isEmpty() && column == figure && !month && DONE_CELL.matcher(simple(value)).matches()) {
                // 已完成 in the 累计完成 column: the year's target met, all of it (the share 100 %).
                int start = cellStart(cells, column, lineStart) + (value.length() - value.stripLeading().length());
                String indicator = withoutUnit(rawName);
                String row = String.join(" | ", Arrays.stream(cells).map(ReportTables::simple).toList());
                return new Quantity(doc, row, value.strip(), new BigDecimal(100), "%", null, "%", "actual", indicator, "=", null, false,
                        start, start + value.strip().length(), RUNNING_TOTAL + indicator + SHARE_CUE);
            }
            if (rawName.isEmpty() || !n.find()) {
                return null;
            }
            String beforeNumber = simple(value.substring(0, n.start()));
            // 上年同期为82%, 去年底31户, 上月末为76%: a cell that writes out whose figure it gives, another period's, gives none of now.
            if (EARLIER_IN_CELL.matcher(beforeNumber).find()) {
                return null;
            }
            // 年底前完成5600, 预计12月底达到40 in a column of what was done: what is still to come, no figure of now.
            if (PLANNED_IN_CELL.matcher(beforeNumber).find() && !beforeNumber.contains("已")) {
                return null;
            }
            if (column == figure && !month && simple(value.substring(n.end())).startsWith("%") && !beforeNumber.contains("率")
                    && targetNotAShare(cells) && !percentIn(cells, unit, rawName)) {
                // 完成93% in the 累计完成 column beside a target of 2000亩: the share of the year's target done.
                heading = SHARE_CUE;
            }
            BigDecimal number = sum != null ? sum : decimal(n);
            String after = simple(value.substring(n.end()));
            // 33600米（注③）: the cell's own unit, a note in brackets after it
            boolean unitAfter = MeasureUnit.of(after).isPresent();
            String noted = NOTE_AFTER.matcher(after).replaceAll("").strip();
            boolean unitNoted = !unitAfter && !noted.isEmpty() && MeasureUnit.of(noted).isPresent()
                    && value.substring(n.end()).startsWith(noted);
            after = unitNoted ? noted : after;
            boolean ownUnit = unitAfter || unitNoted;
            Matcher inName = UNIT_IN_BRACKETS.matcher(rawName);
            String written = ownUnit
                    ? after
                    : unit >= 0 && !cells[unit].isBlank()
                            ? simple(cells[unit])
                            // (到期签约居民续签率（3）: a bracket of the ledger's task number names no unit)
                            : inName.find() && MeasureUnit.of(inName.group(1)).isPresent()
                                    ? inName.group(1)
                                    : headingUnit != null
                                            ? headingUnit
                                            : DATE_AFTER.matcher(after).lookingAt()
                                                    ? null
                                                    : targetOrCountedUnit(cells);
            // 个（自然村）: the unit, with what it counts in brackets. 万元（台账单位：亿元）: the unit the row is written in, the
            // ledger's beside it — the figure is converted when it is matched.
            if (written != null && MeasureUnit.of(written).isEmpty()
                    && MeasureUnit.of(BRACKETED.matcher(written).replaceAll("")).isPresent()) {
                written = BRACKETED.matcher(written).replaceAll("");
            }
            if (written == null || MeasureUnit.of(written).isEmpty()) {
                return null;
            }
            String indicator = withoutUnit(rawName);
            // 合计 | … | 48600: the table's whole, named by its column (累计完成投资).
            boolean total = TOTAL_ROW.matcher(indicator.replaceAll("\\s", "")).matches();
            boolean subtotal = total && indicator.replaceAll("\\s", "").endsWith("小计");
            if (total) {
                indicator = "";
            }
            int cellStart = cellStart(cells, column, lineStart);
            int start = cellStart + n.start();
            int end = unitAfter
                    ? cellStart + value.length() - (value.length() - value.stripTrailing().length())
                    : unitNoted ? cellStart + n.end() + after.length() : cellStart + n.end();
            String row = String.join(" | ", Arrays.stream(cells).map(ReportTables::simple).toList());
            // The words the matcher reads before the figure: the indicator's name and the column's heading.
            // 本月+420亩 in a 完成数 column: the month's increment, as its cell says.
            // (a sum of the last total and the month's +X is a total, whatever its cell says)
            boolean monthCell = sum == null && (value.contains("本月") || value.contains("当月") || value.strip().startsWith("+")
                    || ONE_MONTH_NEW.matcher(value).find() || monthLed);
            return new Quantity(doc, row, line.substring(start - lineStart, end - lineStart), number, written, null, written, "actual",
                    indicator, "=", null, false, start, end,
                    (subtotal ? SUBTOTAL : total ? TOTAL : month || monthCell ? MONTH_EVIDENCE : RUNNING_TOTAL) + indicator + heading);
        }
    }

    /**
     * A row's name without the unit in its brackets (招商引资到位资金（亿元） → 招商引资到位资金); other brackets stay, for they
     * say what is counted (户数（期末） counts all there are at the month's end).
     */
    private static final Pattern QUALIFIER = Pattern.compile("期|末|累计|新增|实有|当年|含");

    private static String withoutUnit(String name) {
        return UNIT_IN_BRACKETS.matcher(name)
                .replaceAll(m -> MeasureUnit.of(m.group(1)).isPresent() && !QUALIFIER.matcher(m.group(1)).find()
                        ? ""
                        : Matcher.quoteReplacement(m.group()))
                .strip();
    }

    /**
     * A row whose cells list their items ①…；②… (or （1）…（2）…), one per indicator of its task. Each item keeps its place in
     * the row: the other items of a cell are blanked, not removed, so a figure's offsets stay those of the source.
     */
    static final class Enumerated {

        /** ① to ⑳, or (1) to (20) in brackets of either width. */
        private static final Pattern MARK = Pattern.compile("[\u2460-\u2473]|[（(](?:1?[0-9]|20)[)）]");
        /** 安装扬尘监控的工地：20个: the target a name cell gives after its colon. */
        private static final Pattern TARGET_AFTER_NAME = Pattern.compile("[：:][^：:]*[0-9]");
        private static final Pattern CLOSING = Pattern.compile("[；;]\\s*$");

        private Enumerated() {
        }

        /** How many items the row lists, when its name cell and at least one other list as many; else 0. */
        static int items(String[] cells, int name) {
            if (name < 0 || name >= cells.length) {
                return 0;
            }
            int n = count(cells[name]);
            if (n < 2) {
                return 0;
            }
            int alike = 0;
            for (int i = 0; i < cells.length; i++) {
                int c = count(cells[i]);
                if (c == n && i != name) {
                    alike++;
                } else if (c > 0 && c != n) {
                    return 0;
                }
            }
            return alike >= 1 ? n : 0;
        }

        private static int count(String cell) {
            return occurrences(MARK, cell);
        }

        /** The row as its k-th item reads: every listing cell blanked but for that item; the name without its target. */
        static String[] item(String[] cells, int k, int name) {
            String[] out = new String[cells.length];
            for (int i = 0; i < cells.length; i++) {
                String cell = cells[i];
                if (count(cell) == 0) {
                    out[i] = cell;
                    continue;
                }
                Matcher m = MARK.matcher(cell);
                int from = -1;
                int to = cell.length();
                int seen = 0;
                while (m.find()) {
                    seen++;
                    if (seen == k) {
                        from = m.end();
                    } else if (seen == k + 1) {
                        to = m.start();
                        break;
                    }
                }
                if (i == name) {
                    Matcher target = TARGET_AFTER_NAME.matcher(cell).region(from, to);
                    if (target.find()) {
                        to = target.start();
                    }
                }
                StringBuilder kept = new StringBuilder(" ".repeat(cell.length()));
                kept.replace(from, to, cell.substring(from, to));
                // (the item's closing ；, kept in place, would read as a clause of its own)
                out[i] = CLOSING.matcher(kept).replaceAll(r -> " ".repeat(r.group().length()));
            }
            return out;
        }
    }

    /** Where a row's cell starts in the source: the line's start and the cells before it, each with its TAB. */
    /** 3-2 申报备案的农村集体聚餐：1519场次（94.9%）: an indicator named by its number and name, its figure and unit, a note. */
    private static final Pattern CODED_ITEM = Pattern.compile("(?:^|[；;])\\s*(\\d{1,2}-\\d{1,2})\\s*([^：:；;\\t]{2,40}?)[：:]\\s*"
            + "([0-9]+(?:\\.[0-9]+)?)([\\p{IsHan}%％]{1,3}?)(?=[（(；;]|\\s*$)");

    /** The coded items (任务序号-指标序号 名称：数) a row's cells list, each a figure of the indicator it names. */
    private static List<Quantity> codedItems(String doc, String[] cells, int lineStart) {
        List<Quantity> out = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            Matcher m = CODED_ITEM.matcher(cells[i]);
            while (m.find()) {
                String unit = m.group(4);
                if (MeasureUnit.of(unit).isEmpty()) {
                    continue;
                }
                String indicator = m.group(2).strip();
                int start = cellStart(cells, i, lineStart) + m.start(3);
                int end = cellStart(cells, i, lineStart) + m.end(4);
                out.add(new Quantity(doc, simple(cells[i]), m.group(3) + unit, new BigDecimal(m.group(3)), unit, null, unit, "actual",
                        indicator, "=", null, false, start, end, RUNNING_TOTAL + indicator));
            }
        }
        return out;
    }

    private static int cellStart(String[] cells, int column, int lineStart) {
        int at = lineStart;
        for (int i = 0; i < column; i++) {
            at += cells[i].length() + 1;
        }
        return at;
    }

    /** A cell's text as the reader reads it (Simplified: 累計完成 is 累计完成), without the line end it adds. */
    private static String simple(String cell) {
        return Reader.cell(cell);
    }

    /** The number a cell's matcher just found, a full-width point read as a point. */
    private static BigDecimal decimal(Matcher found) {
        return new BigDecimal(found.group().replace('．', '.'));
    }

    /** How many times {@code pattern} is found in {@code text}: the marks ①② a cell lists its items by. */
    private static int occurrences(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static boolean any(String text, String[] words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
