package cn.duban.progress;

import cn.duban.extract.ChineseNumerals;
import cn.duban.extract.Extraction;
import cn.duban.extract.NormalisedText;
import cn.duban.extract.OutlineNode;
import cn.duban.extract.Quantity;
import cn.duban.extract.Reader;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Report once (减负): a unit's own 工作汇报 read against its report. For each indicator of each task the
 * report asks about, the figure the document states as that indicator's cumulative achievement to date, in
 * the indicator's unit — or nothing. Stateless; the rules are those of Chinese official writing, not of one
 * document:
 * <ol>
 * <li>Only achievements fill values. The reader's kind comes first (a target, a plan, a forecast, a scale
 * are not — though a 工作汇报 reports, so a part the reader took for a plan by its title alone, under no heading
 * that plans, is read as reported); then the words before the figure in its clause: a target restated (目标,
 * 全年任务, 下达), a past year's figure (去年, 上年, 2025年 in a 2026 report), a comparison (同比, 较去年增加),
 * what is left (剩余, 尚有), meetings and inspections counted (召开…会 5次) unless the indicator counts them, a
 * county's figure in a township's report (全县), and the figure of a village or another unit named before it,
 * which is a part of someone else's work unless the indicator names that unit.</li>
 * <li>What the figure measures decides where it goes: its unit must measure what the indicator's does
 * (万元 fills 亿元 converted; 户 never fills 人), and its words — the phrase the reader gives, the words
 * before it in the clause, the clause before it, the outline heading it stands under — must name the
 * indicator or its task, short forms and synonyms read as one ({@link OfficeTerms}).</li>
 * <li>How it fills: a cumulative figure as it is (累计, 截至, 1-11月, or a bare statement in a review); a
 * figure of one month (本月, 11月份新增) added to the last reported cumulative value, and only when the
 * document states no cumulative figure and the last report ended before that month; a share of the year's
 * task (完成全年任务的85%) as that share of the indicator's target.</li>
 * </ol>
 * A table of main indicators is read by its columns ({@link ReportTables}). A wrong figure is worse than a blank:
 * a figure that fits no indicator well enough is shown among the unmatched, for the liaison to place by hand.
 */
final class AchievementMatcher {

    /** Lowest score a figure needs to be proposed for an indicator. */
    static final double THRESHOLD = 0.42;
    /** Beyond this length a sentence is read in a window around each figure. */
    private static final int LONG_SENTENCE = 600;
    /** How far back a figure's paragraph start is looked for. */
    private static final int PARAGRAPH_LOOKBACK = 3000;

    /** What the matcher knows of the report besides its lines. */
    record Setting(String unitName, List<String> otherUnits, LocalDate periodStarts, LocalDate periodEnds,
            Map<Long, LocalDate> previousEnds, Map<Long, List<String>> learned) {
        Setting {
            otherUnits = otherUnits == null ? List.of() : otherUnits;
            previousEnds = previousEnds == null ? Map.of() : previousEnds;
            learned = learned == null ? Map.of() : learned;
        }
    }

    /** A value proposed for one indicator, with the sentence that states it and what decided it. */
    record Proposal(long lineTaskId, long indicatorId, String indicator, BigDecimal value, String unit, String how,
            String sentence, int start, int end, String surface, String wording, String because, List<String> flags,
            int sentenceStart, int sentenceEnd) {
    }

    /** A figure of the document no indicator took, for the liaison to place by hand. */
    record Unmatched(String surface, String sentence, int start, int end, BigDecimal value, String unit, String wording,
            String note, int sentenceStart, int sentenceEnd) {
    }

    /** Every figure the reader found and what became of it: used, unmatched, or set aside and why. */
    record Figure(int start, int end, String surface, String verdict, String why) {
    }

    record Reading(List<Proposal> proposals, List<Unmatched> unmatched, List<Figure> figures) {
    }

    enum How {
        CUMULATIVE("cumulative"), INCREMENT("increment"), PERCENT_OF_TARGET("percent-of-target"), CONVERTED("converted");

        final String json;

        How(String json) {
            this.json = json;
        }
    }

    /** What a figure is, once read in its clause. */
    enum Shape {
        AMOUNT, RATE, GROWTH, SHARE_OF_TARGET
    }

    /** A table's cell ends its clause too: 培训农村劳动力1400人 in the 督办事项 cell is not the clause of the progress cell's 1350人. */
    private static final String CLAUSE_BREAKS = "，,；;：:\t";
    private static final String SENTENCE_ENDS = "。！？!?；;\n";
    /** What ends a sentence whatever the lines: a line end in a pasted PDF does not. */
    private static final String FULL_STOPS = "。！？!?";

    /** What makes a figure the year's new ones rather than all there are. */
    private static final String[] FLOW_WORDS = {"新增", "新建", "新培育", "新发展", "新引进", "新开工", "新登记", "新认定", "新创建",
            "新植", "新改建"};
    /** The words without those that make a figure new (累计新建 → 累计): a verb of doing, no name. */
    private static String withoutFlow(String words) {
        String out = words;
        for (String w : FLOW_WORDS) {
            out = out.replace(w, "");
        }
        for (String w : BARE_VERBS) {
            out = out.replace(w, "");
        }
        return out;
    }

    /** Verbs a running total may say alone (今年全乡累计发生2起, 累计建成9个): no name of what it counts. */
    private static final String[] BARE_VERBS = {"发生", "完成", "实现", "达到", "建成"};

    /** Headings of a part that plans: 下一步工作打算, 12月工作安排, 2027年工作思路. */
    private static final String[] PLAN_HEADINGS = {"下一步", "下步", "打算", "计划", "安排", "思路", "展望", "今后", "明年", "重点提示", "工作提示"};
    /**
     * 三、会议议定事项 in a meeting's minutes (…全体会议纪要): what the meeting decided is work still to be done, as a plan's part is
     * (a 议定事项落实情况督办表 reports how the decisions went: its 议定事项 are no plan).
     */
    private static final Pattern DECIDED_HEADING = Pattern.compile("议定|决定事项|会议要求");
    private static final Pattern MINUTES_TITLE = Pattern.compile("纪要");

    /** Whether a heading heads work to be done: a plan's part, or what the meeting its minutes record decided. */
    private static boolean plansAhead(String heading, String source) {
        return firstIn(notPlanning(heading), PLAN_HEADINGS) != null
                || DECIDED_HEADING.matcher(heading).find() && MINUTES_TITLE.matcher(source.substring(0, firstLineEnd(source))).find();
    }

    /**
     * 计划生育 (family planning) is a field of work, not a plan: its 计划 says nothing of the future; nor does a plan's
     * execution looked back on (计划执行情况, 计划完成情况, 计划执行对照表), nor work going as planned (按计划实施).
     */
    private static String notPlanning(String text) {
        return PLAN_LOOKED_BACK.matcher(PROGRAMME.matcher(text.replace("计划生育", "")).replaceAll("")).replaceAll("");
    }

    /** “春蕾计划”, “雨露计划”: a programme named in quotation marks is a field of work, not a plan. */
    private static final Pattern PROGRAMME = Pattern.compile("[“\"‘「][^”\"’」]{1,12}计划[”\"’」]");

    private static final Pattern PLAN_LOOKED_BACK = Pattern.compile("计划(?=执行|完成情况|完成率|落实情况|推进情况|进度)"
            // 三是农村饮用水卫生监测按计划实施: the work went as planned
            + "|按(?:照)?(?:既定|年度)?计划(?=实施|推进|进行|开展|完成|落实|有序)");
    /**
     * 300余条, 4400余人次, 1500多亩, 六千五百多人次, 530余万元: a figure followed by 多 or 余 says the work passed a round mark,
     * not how much was done, however many digits it keeps.
     */
    private static final Pattern ROUNDED = Pattern.compile("[0-9.]+(?:万|萬|亿|億)?[多余餘]|[一二两兩三四五六七八九十百千万萬零〇]+[多余餘]");

    /** Words that make a clause a goal or a forecast, wherever its section stands. */
    private static final String[] GOAL_WORDS = {"力争", "争取", "确保", "计划", "预计", "预期", "有望", "力求", "拟", "将", "要", "目标",
            "下一步", "下步"};
    /** A target restated: 占全年目标任务4.2亿元, 县下达任务380户, 上级要求… (but 按计划完成 reports work done). */
    private static final String[] TARGET_WORDS = {"目标", "全年任务", "年度任务", "目标任务", "下达", "任务数", "任务量", "任务为",
            "任务是", "计划数", "计划任务", "上级要求", "考核任务", "预计", "力争", "争取", "计划", "承诺", "今年安排", "年度安排", "全年安排",
            // 全年应发放…186万元: what is due in the year, not what was paid
            "全年应", "年度应", "今年应",
            // 原定11月30日前完成14座: what was set, not what was done
            "原定",
            // 债务到期本息共0.32亿元: what falls due, not what was paid (到期订单兑现率, 收回到期贷款 count what was done)
            "到期本息",
            // 离11月底必须完成的96人还差8人: what was due, not what was done
            "必须完成", "应当完成",
            // 全年要建成兑换超市18个, 完成投资要达到1200万元: what is to be done, not what was
            "全年要", "年底要", "要达到", "要完成", "要建成"};
    /** 全年改造任务, 年度建设目标任务为: the year's task right before the figure, with a few words of what it is of. */
    private static final Pattern YEARS_TASK = Pattern
            .compile("(?:全年|年度|今年)(?:(?!完成|累计|实现|已)\\p{IsHan}){1,4}?(?:任务|目标)(?:数|量)?(?:为|是)?$");
    /** Totals over several years (十四五以来, 近三年, 任职三年来): not this year's work. */
    private static final String[] SEVERAL_YEARS = {"十四五", "十三五", "近年来", "近几年", "近两年", "近三年", "近五年", "历年", "多年来",
            "任职以来", "任职期间", "两年来", "三年来", "四年来", "五年来", "几年来", "过去五年", "过去几年", "过去三年", "本届", "届内", "任期内"};
    /** Last year's, and totals over several years: neither is this year's work. */
    private static final String[] PAST_WORDS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("去年", "上年", "上一年", "前年", "往年", "同期", "上年度", "上一年度", "以往"),
            java.util.stream.Stream.of(SEVERAL_YEARS)).toArray(String[]::new);
    /** …，具体数据待…核对…后确定: the clause right after a figure says it waits to be checked. */
    // (…约160万元，准确数字以镇财政所专户对账结果为准: the exact figure is still to come from another's count)
    private static final Pattern TO_BE_CHECKED_AFTER = Pattern
            .compile("[^。；;，,]{0,6}[，,](?:[^。；;，,]{0,12}?待[^。；;]{0,24}?(?:核对|核实|核定|确认|审核)[^。；;，,]{0,10}?后(?:确定|再报|补报|更正|上报|填报)"
                    + "|(?:准确|确切|精确|具体|最终)(?:数字|数据|数额|金额|人数|数)?(?:以[^。；;]{1,30}?为准"
                    // (…约380人，准确人数要等保险公司出具年度清单后核定)
                    + "|(?:要|需|还要|还需|须)?等[^。；;]{1,30}?(?:后|再)(?:核定|确定|确认|更正|填报)))");
    /** 左右, 张左右: "about", right after a figure or its unit. */
    private static final Pattern ABOUT_AFTER = Pattern.compile("[\\p{IsHan}%％]{0,2}?左右");
    /** 8公里多, 3万元余: 多 or 余 after a figure's unit, closing its clause. */
    private static final Pattern ROUNDED_AFTER_UNIT = Pattern.compile("[多余](?=[，,。；;、）)]|$)");
    /** 会签, 核验, 确认: a body named with these confirms the unit's figures. */
    private static final Pattern CONFIRMING = Pattern.compile("会签|核验|确认|审核|复核");
    /** 督办前, 通报前, 此前: a sentence opened by a time before the office's step (or before now) tells the state then. */
    private static final Pattern BEFORE_THE_STEP = Pattern.compile("\\s*((?:在)?(?:督办|督查|通报|交办|约谈|整改|接到通知)前|此前|之前)");
    /** 2025—2026年, 2025至2026年度: a heading of years, not of one earlier year. */
    private static final Pattern YEAR_SPAN = Pattern.compile("20\\d\\d\\s*年?\\s*[—\\-－~～至到]");
    /** 排查发现…问题, 发现…隐患 right before the figure: a count of what was found. */
    private static final Pattern FOUND_PROBLEMS = Pattern.compile("(?:排查|摸排|检查|督查|暗访)?发现[^，,；;。]{0,24}(?:问题|隐患|线索|风险点|风险)$");
    /** 全镇现有烟花爆竹零售点45个，整治正在推进: what stands now, with the work on it still under way. */
    private static final Pattern EXISTING_UNDER_WAY = Pattern.compile("正在推进|正在进行|正在实施|推进中|尚未");
    /** A school's year or term: 2025—2026学年, 本学年, 秋季学期. */
    private static final Pattern SCHOOL_YEAR = Pattern.compile("学年|学期");
    /** Since some work began (创建以来, 会战以来, 行动开展以来): not the year's total, whenever that work began. */
    private static final Pattern EVENT_SINCE = Pattern.compile("(?:创建|启动|实施|成立|会战|攻坚|行动|专项整治)(?:工作)?(?:开展|启动|实施)?(?:以来|来)");
    /** Last year named where a sentence opens (去年全年，去年底，): its figures are last year's. */
    private static final String[] LAST_YEAR_OPENING = {"去年", "上年", "上一年", "前年"};
    private static final String[] COMPARISON_WORDS = {"同比", "环比", "比去年", "较去年", "比上年", "较上年", "与去年相比", "较上月",
            "比上月", "较同期", "比同期", "增幅", "增速", "增长率", "与上年相比", "较年初", "比年初"};
    private static final String[] CHANGE_VERBS = {"增长", "增加", "下降", "减少", "提高", "降低", "上升", "回落"};
    private static final String[] CHANGE_VERBS_UP = {"新增", "增加", "增长", "提高", "上升"};
    /** Areas above a township: their figures are the county's or the city's, not the township's. */
    private static final String[] WIDER_AREAS = {"全县", "全市", "全区", "全省", "全州", "全旗"};
    /** A county body opening the figure's clause (县公路事业发展中心在我镇实施…, 县水利局完成…): the doer of that work. */
    private static final Pattern COUNTY_BODY_OPENS = Pattern.compile(
            "^\\s*(县[\\p{IsHan}]{0,12}?(?:局|中心|公司|大队|院|站|所|妇联|总工会|团县委|科协|残联|红十字会))(?:本月|今年|(?:1[0-2]|[1-9])月份?)?"
                    + "(?:在我镇|在我乡|在全镇|在全乡|在辖区|为我镇|为我乡|向我镇|向我乡|给我镇|给我乡)?(?:实施|完成|新建|建成|投放|开展|组织|发放|投入|修建|划拨|拨付|下拨|调拨)");
    /** 栖峪县把…, 青川县今年…: a county named as the subject opening a sentence — not 全县, 我县, nor a body (县农业农村局). */
    private static final Pattern COUNTY_OPENS = Pattern.compile("^\\s*([\\p{IsHan}&&[^全我本该各外邻附周两三四五六七八九十]][\\p{IsHan}]县)"
            + "(?![\\p{IsHan}]{0,10}?(?:局|委|办|中心|公司|院|站|所|队|会|政府|部|镇|乡|街道))");
    /** 一、栖峪县的主要做法和成效: a part about another county. */
    private static final Pattern COUNTY_HEADING = Pattern
            .compile("(?:^|[|、.．）)])\\s*([\\p{IsHan}&&[^全我本该各外邻附周]][\\p{IsHan}]县)的(?:主要)?(?:做法|经验|成效|情况|特点)");
    /** 排查…隐患, 摸排出…问题, 排查登记… right before a figure: what a sweep turned up. */
    private static final Pattern SWEPT = Pattern.compile("(?:排查|摸排)(?:出|到)?[^，,；;。排整改]{0,16}(?:隐患|问题|风险点)$"
            // 排查登记散埋乱葬坟墓2460座, 摸排建档…: what a sweep put on its list, whatever it is
            + "|(?:排查|摸排)(?:登记|建档|摸底|造册)[^，,；;。整改]{0,16}$");
    /** 未达到, 还没有达到, 没能完成 right before a figure: the mark the work fell short of. */
    private static final Pattern NOT_REACHED_BEFORE = Pattern.compile("(?:未|没有|没|尚未|仍未|还未|还没有|未能|没能)(?:达到|完成|实现|突破)$");
    /** 离, 距, 距离 (全年/年度…目标) right before a figure: the mark a gap is measured from. */
    private static final Pattern GAP_FROM = Pattern.compile("(?:离|距离?)(?:全年|年度|今年)?(?:的)?(?:目标|任务)?(?:数)?$");
    /** 还差22张, 尚差一点, 只差1家, 还有一段距离 right after that figure. */
    private static final Pattern GAP_AFTER = Pattern.compile("\\s*(?:的)?(?:目标|任务)?(?:还|尚|只|仅|就)?(?:差|有[^，。；]{0,4}(?:距离|差距))");
    private static final String[] LEFT_WORDS = {"剩余", "尚余", "还剩", "尚有", "仍有", "还有", "另有", "未完成", "尚未", "缺口", "还差", "尚差", "相差",
            "差距",
            "待完成", "仍在"};
    private static final String[] ACTIVITY_WORDS = {"调度会", "推进会", "座谈会", "现场会", "观摩会", "专题会", "例会", "会商会",
            "招聘会", "培训会", "动员会", "部署会", "会议", "督查", "检查", "巡查", "暗访", "约谈", "调研", "走访", "排查", "宣传"};
    /** Verbs of visiting: the places and people a clause of them counts were visited, no work done on them. */
    private static final String[] VISIT_WORDS = {"走访", "调研", "暗访", "约谈"};
    /** What a visit counts: places, firms, households, people — not money, areas or lengths its clause may also give. */
    private static final Set<String> VISITED = Set.of(MeasureUnit.THINGS, "households", "people", "person-times", "household-times");
    private static final String[] CUMULATIVE_WORDS = {"累计", "截至", "截止", "至此", "迄今", "今年以来", "年初以来", "以来", "全年", "共计",
            "总计", "合计", "至今", "上半年", "前三季度", "一季度"};
    /** 共 as "altogether" (共完成, 共发放, 全镇共), not inside a word (公共预算, 共同, 共享, 总共 is 共计's kin and stays). */
    private static final Pattern ALTOGETHER = Pattern.compile("(?<![公中])共(?![同享建治商产青赢识性富])");
    /** Words of a running total from the year's start, which a month named beside them does not make the month's. */
    private static final String[] RUNNING_WORDS = {"累计", "截至", "截止", "至此", "迄今", "以来", "全年", "至今"};
    /** The period's own: 本月, 当月… and 又/再 on the verb (又完成, 再新增), which adds to what was reported before. */
    private static final String[] INCREMENT_WORDS = {"本月", "当月", "本期", "单月", "本季度", "当季", "这个月", "这一个月", "较上月末", "比上月末",
            "较上月底", "比上月底",
            "这月", "又完成", "又新增", "又建成", "又新建", "又栽", "又新修", "又修", "又改造", "再新增", "又发放", "又化解", "又接待", "又引进",
            "又签约", "又培育", "又并网", "又铺设"};
    /** 1-11月, 1至10月, 前11个月: a span from the year's start is cumulative. */
    private static final Pattern SPAN_TO_DATE = Pattern
            .compile("(?:1|一)\\s*[-—~～至到]\\s*(?:1[0-2]|[1-9]|[一二三四五六七八九十]{1,2})\\s*月|前(?:1[0-2]|[1-9]|[一二三四五六七八九十]{1,2})个?月");
    /** 11月份, 11月 (not 11月底 as a cut-off, not the end of a span 1-11月). */
    private static final Pattern ONE_MONTH = Pattern.compile(
            "(?<![\\d\\-—~～至到一二三四五六七八九十])(1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])月份?(?![底末初中旬上下\\d日号])");
    private static final Pattern QUARTER = Pattern.compile("([一二三四])季度");
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)年");
    /** A share of the task: …完成全年任务的85%, 占年度目标的90%, 完成率. */
    private static final Pattern SHARE = Pattern.compile("(?:任务|目标|计划)[^，,；;。]{0,12}的$|完成率(?:为|达|达到)?$|完成进度(?:为|达|达到)?$|^占$");
    /** A village's, a community's, or another township's name (丰乐镇已交付15宗): its figures are its own. */
    private static final Pattern PLACE = Pattern.compile("([\\p{IsHan}]{2,3})(村|社区|镇|乡|街道)(?!民(?!宿)|[道级组委集庄镇干两务容落内里规医卫史村区域直属长])");
    /** Words before 村 that make it a kind of village, not a name: 行政村, 示范村, 脱贫村… */
    /** 县乡, 区镇: a level of government right before 乡 or 镇 makes the pair a word of levels, not a place's name. */
    private static final String LEVEL_BEFORE = "县市省区州";
    private static final String NOT_NAMES = "农乡政然全各每本该范点困贫心壳弱丽美居明进个的和及等有他边关余多两三四五六七八九十一级个村镇城我返下回故家小古名特到驻至往赴入抵";
    private static final String NUMERALS = "两三四五六七八九十一";
    /** …的村（社区）, …的村, …的企业: an indicator that counts the places or bodies its name ends in. */
    private static final Pattern COUNTS_PLACES = Pattern.compile("的(?:村（社区）|村\\(社区\\)|行政村|村|社区|企业|学校|单位|乡镇)$");
    /** The measure words places and bodies are counted in. */
    private static final String PLACE_MEASURES = "个家所村户座";
    /** 全镇共有, 辖区现有: a count of all there are of a thing, before any work on them. */
    private static final Pattern ALL_THERE_ARE = Pattern.compile("(?:共有|现有|辖区内有)[^，,；;。]{0,16}$");
    /** 列入清理名单, 纳入整治清单: a count of what a list holds. */
    // (县河长办下发我镇清单项目32个: a list handed down is the work's scope, not the work done)
    private static final Pattern LISTED = Pattern.compile("(?:列入|纳入)[^，,；;。]{0,8}?(?:名单|清单)[^，,；;。]{0,4}$"
            + "|(?:下发|下达|交办)[^，,；;。]{0,8}?(?:名单|清单)[^，,；;。]{0,6}$");
    /** The verbs an indicator's name may open with, naming the work done on the things it counts. */
    private static final Set<String> WORK_OPENERS = Set.of("规范", "整治", "改造", "提升", "治理", "培训", "完成", "发放", "建成", "新建", "创建",
            "评选", "帮扶", "救助", "化解", "清理", "整改", "关停", "取缔", "注销");
    /** Pairs of things easily confused because they share a word: money signed is not money arrived. */
    private static final String[][] DISTINCT = {{"到位资金", "签约资金"}, {"新增就业", "转移就业"}, {"签约金额", "固定资产投资"},
            {"签约金额", "到位资金"}, {"低产林改造", "新造"}, {"整改", "改造"}, {"支付", "投资"},
            // 化解村级债务 is not 新增村级债务, nor is a 债务余额 what was newly added
            {"化解", "新增"}, {"余额", "新增"},
            // 到期贷款150万元, 贷款余额2210万元, 收回146万元: loans falling due, outstanding or repaid are not loans made
            {"到期", "发放"}, {"余额", "发放"}, {"收回", "发放"},
            // 审核通过购房补贴519.5万元: money approved is not money paid
            {"审核通过", "兑付"}, {"审核通过", "发放"}, {"审核通过", "拨付"},
            // 3个问题点位通过核查销号: problems closed are not new problems
            {"销号", "新增"}};

    private AchievementMatcher() {
    }

    /** What counts of harm speak of: only a figure saying one of these fills them. */
    private static final String[] HARMS = {"事故", "死亡", "伤亡", "火灾", "火点", "发案", "案件", "诈骗", "失学", "辍学", "脱管", "漏管",
            "违法犯罪", "肇事", "肇祸", "溺水", "中毒"};
    /** …资金安全事件, …生产安全事故: a count of harm named by the events it counts, at the end of its name. */
    private static final Pattern EVENTS_COUNTED = Pattern.compile("(?:事件|事故|案件|病例|纠纷)$");
    /** 联系率, 满意率 right before a figure (…率100%, …率达到95%): the rate the figure is, in its two characters before 率. */
    private static final Pattern RATE_NAMED = Pattern.compile("([\\p{IsHan}]{2})率(?:为|达|达到|是|保持在|提高到|提升到)?$");
    /** 完成率, 进度: the share of the work done, read as any indicator's. */
    private static final Pattern RATE_OF_DONE = Pattern.compile("完成|进度|执行|到位|兑现");

    /** 里面也有…两个乡镇的, 其中包括…镇的: the figure before holds other places' too. */
    private static final Pattern TO_TAKE_OUT = Pattern.compile(
            "^[^。；;]{0,6}?(?:里面|这里面|当中|其中)(?:也)?(?:有|含|包括)[^。；;]{2,24}?(?:要|需|需要|应|待)(?:剔出|剔除|扣除|核减|减去)");
    private static final Pattern OTHERS_INSIDE = Pattern.compile(
            "^[^。；;]{0,12}?(?:里面|这里面|当中|其中)(?:也)?(?:有|含|包括)[^。；;，,]{0,12}?"
                    // (两个乡镇的, 其他乡镇的, 峰岩、柳垭两个乡镇的 — not 集镇的85户 nor 机关单位的干部, the township's own)
                    + "(?:[两二三四五六七八九十0-9]+个(?:乡镇|镇|乡|街道)|(?:其他|外|邻近|周边|兄弟)(?:乡镇|镇|乡))的");
    /** A count the office allows none of (≤ 0: 拖欠工资事件, 群体性事件): a harm, whatever the words for it. */
    private static boolean noneAllowed(ReportLine.Measure m) {
        return "<=".equals(m.comparator()) && m.target() != null && m.target().signum() == 0;
    }

    /**
     * 诉前调解成功案件, 办结行政执法案件, 事故隐患整改: work done on cases or harms, counted as any work is, not a harm. (A field's
     * word — 防范电信网络诈骗发案数, 社会治理 — leaves the harm counted.)
     */
    private static final Pattern WORK_ON_HARM = Pattern.compile(
            "调解|办结|查处|侦破|破获|化解|处置|受理|结案|审结|执结|整改|救援|救助|追回|劝阻|拦截"
                    // 火灾自动报警改造的养老机构, 溺水预警设施: a harm named by what is built to warn of it or keep it off
                    + "|报警|预警|防控|防治");
    /** 累计新建1300亩，完成率86.7%: a bare rate of completion after a figure is that figure's share. */
    private static final Pattern BARE_RATE = Pattern.compile("(?:完成率|完成进度|进度|完成比例)(?:为|达|达到|是)?");

    /** （含往年入库企业）, 含以前年度: right after a figure, it holds earlier years' too. */
    private static final Pattern INCLUDES_EARLIER_YEARS = Pattern.compile("^[（(]?(?:含|包括|包含)(?:往年|以前年度|历年|以往|上年|去年|前几年)");

    /** Harms an indicator may count apart from the events they come of: the dead of accidents, rulings overturned. */
    private static final String[] WORST_HARMS = {"死亡", "伤亡", "受伤", "纠错", "败诉"};
    /** 超期, 超标, 冒领: the failing a count of harm names, which a figure of the work itself (受理, 抽检) does not say. */
    private static final String[] FAILINGS = {"超期", "逾期", "超标", "冒领", "错发", "漏发"};
    /** 目前, 现在, 当前 opening a clause: the stock as it stands. */
    private static final Pattern STANDS_NOW = Pattern.compile("^\\s*(?:目前|现在|当前|至此)");
    /** 全镇, 全乡: a clause about the whole unit. */
    private static final Pattern WHOLE_UNIT_OPENS = Pattern.compile("^\\s*(?:全镇|全乡|全街道|全县)");
    /** 登记备案, 全部完成, 建成: a state the work brought things to. */
    private static final Pattern WORK_STATE = Pattern.compile("完成|建成|登记|备案|纳入|录入|办结|签订|安装|实现|覆盖|达标");
    /** 11月, 9月份 opening a sentence — not 11月底, 11月30日, 11月中旬 (a day, a point), nor 1—11月 (a span). */
    private static final Pattern ONE_MONTH_OPENS = Pattern.compile("^(?:1[0-2]|[1-9])月(?:份)?(?![底末中初上下旬0-9日号])");
    /** 本月, 当月 opening a sentence. */
    private static final Pattern MONTH_OPENS = Pattern.compile("^(?:本月|当月)");

    /** A threshold in a name or a clause: 10万元以上, 50户以上. */
    private static final Pattern THRESHOLD_IN_NAME = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*(万元|元|万|亩|户|人|吨)(?:以上|及以上|以下)");

    /** Kinds of one family that offices count apart: a 生猪 figure never fills a 肉牛 indicator. */
    private static final String[][] FAMILIES = {
            {"生猪", "能繁母猪", "肉牛", "牛", "肉羊", "羊", "家禽", "鸡", "鸭", "鹅", "蜜蜂", "鱼"},
            {"水稻", "再生稻", "玉米", "小麦", "油菜", "大豆", "马铃薯", "烤烟", "茶叶", "中药材", "蔬菜", "水果", "柑橘", "油茶"},
            {"森林火灾", "火点", "生产安全事故", "道路交通事故", "火灾"},
            // (兼职人民调解员134人 is no count of 专职调解员: the contrary of the indicator's own qualifier)
            {"专职", "兼职"}, {"公办", "民办"}, {"线上", "线下"}};

    /**
     * A kind of the indicator's family named in {@code text} where the indicator's own kind is not: the figure is that
     * kind's. Null when the text names the indicator's kind too, or none of the family.
     */
    private static String otherKind(String text, String indicator) {
        for (String[] family : FAMILIES) {
            String mine = null;
            for (String kind : family) {
                if (indicator.contains(kind)) {
                    mine = kind;
                    break;
                }
            }
            if (mine == null || text.contains(mine)) {
                continue;
            }
            for (String kind : family) {
                if (!mine.contains(kind) && !kind.contains(mine) && text.contains(kind)) {
                    return kind;
                }
            }
        }
        return null;
    }

    /** A figure read in its clause, with what sets it aside (null when it may be an achievement). */
    private static final class Candidate {
        Quantity q;
        String sentence;
        int at;
        String cuePre;
        String namePre;
        String previousClause;
        String opening;
        /** The clause and the one before it, in office terms: where another kind of the family is named. */
        String kindText;
        /** Whether its words speak of harm (事故, 死亡, 发案…): only such a figure fills a count of harm. */
        boolean speaksOfHarm;
        /** What 个 counts right after the figure (13个村 → 村), or 0 when nothing or the figure is not in 个. */
        char countedNoun;
        /** The thresholds its clause names before it (5万元以上 → 5, 万元): another indicator's when they differ. */
        List<Threshold> thresholds;
        /** An average word before the figure (人均, 村均): it fills only an indicator that is an average. */
        String average;
        /** The first clause of the paragraph the figure stands in (本月，…): the period a paragraph speaks of. */
        String paragraphOpening = "";
        /** Whether it counts all there are at a date (户数（期末）, 现有): never what is new. */
        boolean standing;
        /** The figure counts an honour won (入选, 获评): only an indicator of what is rated takes it. */
        boolean honour;
        /** The name cell of the table row the figure stands in, when it stands in a later cell. */
        String rowName;
        /** The other township a table row names in the cell before the figure's, or null. */
        String townCell;
        /** The figure counts applications (提交备案申请3家): only an indicator of what is applied for takes it. */
        boolean applied;
        /** A rate of the month alone (当月登记率): only an indicator of a month's rate (月探访率) takes it. */
        boolean monthsRate;
        /** The figure sets another right (经核实…应为): it outweighs a table's or a sentence's figure for the same indicator. */
        boolean corrected;
        /** The day its entry is dated, in a chronicle (11月27日　…): month × 100 + day, else 0. */
        int entryDay;
        /** The words before the figure in its row's month cell (本月进展: 本月新增…), or null when it stands in none. */
        String monthCellPre;
        /** The rest of a table figure's cell (61.5万元（10月底数）: the bracket after it). */
        String cellAfter = "";
        /** The paragraph before the figure, as far as it is looked back: the time frame it last set (截至9月底，…). */
        String paragraphBefore = "";
        String topic;
        /** The innermost heading over it, or "". */
        String heading = "";
        MeasureUnit unit;
        Shape shape;
        How how = How.CUMULATIVE;
        LocalDate incrementFrom;
        boolean part;
        /** The ledger's own number of the figure's task and indicator, where its table's row gives one (6-1, （任务8）). */
        LedgerCode code;
        /** What a 其中 names of the whole it parts (…在册务工312人，其中脱贫劳动力和监测对象231人: 脱贫劳动力和监测对象), or null. */
        String partName;
        String scale;
        String activity;
        String setAside;
        String namedUnit;
        /** The event (文化节, the last words of 民俗文化节) the figure was counted over: only an indicator naming it takes it. */
        String event;
        boolean explicitCumulative;
        int previousClauseStart;
        /** The clause around the figure, and a figure in its unit, as the 备注's rules read them (set when first needed). */
        String ownClause;
        Pattern sameUnitFigure;
        /** A running total that names nothing of its own: it speaks of the clause before it. */
        boolean continues;
        /**
         * The running total right after it that supersedes it (新建3个，累计建成9个), or null: where that total fills an
         * indicator, its part fills no other.
         */
        Candidate totalOf;
        int sentenceStart;
        int sentenceEnd;
        /** The whole a later figure of its clause is done of (6处集中供水工程已完工5处): the scope, not the work done. */
        boolean scopeOfLater;
        /** A running total to an earlier month with the months since added (前三季度3.92亿元，10月、11月分别完成…): in its unit. */
        BigDecimal sum;
        String sumSaid;
        /** A share's target as its clause states it (占年度目标1.35亿元的87.9%): only the indicator with that target. */
        Candidate statedTarget;
        // Its words, read once: what is said right before it, in its clause, with the clause before, and the topic.
        String said;
        Set<String> near;
        Set<String> clause;
        Set<String> wider;
        Set<String> topicWords;
        Set<String> phrase;
        /** The head a relative clause qualifies (通过验收的|地块), or null when the phrase has none. */
        Set<String> phraseHead;
        /** What the figure is called here, as a label to learn from: the reader's phrase, else the words before it. */
        String wording;

        /**
         * The heading of the figure's part: the innermost of the outline, or a run-in heading opening its line
         * (四、撂荒地复耕。复耕1096/1200亩…).
         */
        String innermostHeading() {
            Matcher runIn = RUN_IN_HEADING.matcher(sentence);
            if (runIn.find() && runIn.end() <= at) {
                return runIn.group(1) != null ? runIn.group(1) : runIn.group(2);
            }
            if (topic.isEmpty()) {
                return null;
            }
            String[] headings = topic.split("\\|");
            return headings[headings.length - 1];
        }

        void words() {
            standing = AchievementMatcher.standing(this);
            String own = OfficeTerms.core(q.indicator()).replace("|", "");
            String before = OfficeTerms.core(namePre).replace("|", "");
            wording = own.length() >= 2 ? own : before.length() > 12 ? before.substring(before.length() - 12) : before;
            said = OfficeTerms.canonical((continues ? previousClause + "|" : "") + namePre + "|" + q.indicator());
            near = OfficeTerms.bigrams(said);
            clause = OfficeTerms.bigrams(OfficeTerms.canonical(cuePre + "|" + q.indicator()));
            wider = OfficeTerms.bigrams(OfficeTerms.canonical(previousClause + "|" + cuePre + "|" + q.indicator()));
            topicWords = OfficeTerms.bigrams(OfficeTerms.canonical(topic + "|" + opening));
            // 八、农房风貌提升 … 累计完工278户: a figure that names nothing of its own is named by its part's heading; one
            // that names a little (复耕1096亩 under 撂荒地复耕) is read with the heading's words, as the clause before it is.
            String heading = innermostHeading();
            String ownCore = OfficeTerms.core(namePre + q.indicator());
            boolean namesNothing = ownCore.replaceAll("[^\\p{IsHan}]", "").length() < 2;
            // ◆幸福河湖建设完成投资：11月620万元，今年3720万元: a line's label names the bare figures after its colon, as a row's
            // name does its cells.
            if (!opening.isEmpty() && LABELLED_LINE.matcher(sentence).lookingAt()) {
                near.addAll(OfficeTerms.bigrams(OfficeTerms.canonical(opening)));
            }
            if (heading != null) {
                Set<String> words = OfficeTerms.bigrams(OfficeTerms.canonical(heading));
                if (namesNothing) {
                    near.addAll(words);
                }
                wider = new HashSet<>(wider);
                wider.addAll(words);
            }
            // 物流园区是…盯得最紧的，县里给我们的任务是…，到11月底我们完成了2.93亿元: a figure whose own words name only
            // the unit and the doing (我们完成了) is of what its sentence opened with, as spoken reports go.
            String ownWords = UNNAMING.matcher(ownCore).replaceAll("").replaceAll("[^\\p{IsHan}]", "");
            if (!namesNothing && ownWords.length() < 2 && !opening.isEmpty()) {
                near.addAll(OfficeTerms.bigrams(OfficeTerms.canonical(opening)));
                wider = new HashSet<>(wider);
                wider.addAll(OfficeTerms.bigrams(OfficeTerms.canonical(opening)));
            }
            phrase = OfficeTerms.bigrams(OfficeTerms.core(q.indicator()));
            // 通过验收的地块 for 完成…清退并复垦平整的地块: a ledger names the things by its own work; the reader's qualifier
            // (what was done to them, as the report words it) may differ, the head they share is fitting enough.
            int of = q.indicator().lastIndexOf('的');
            String head = of >= 0 ? q.indicator().substring(of + 1) : "";
            phraseHead = head.length() >= 2 ? OfficeTerms.bigrams(OfficeTerms.core(head)) : null;
            kindText = OfficeTerms.canonical(previousClause + "|" + cuePre);
            speaksOfHarm = firstIn(said + "|" + cuePre, HARMS) != null;
            String after = sentence.substring(Math.min(sentence.length(), at + q.surface().length()));
            countedNoun = q.surface().endsWith("个") && !after.isEmpty() && "村镇乡户家项".indexOf(after.charAt(0)) >= 0 ? after.charAt(0) : 0;
            thresholds = Threshold.in(cuePre);
        }
    }

    /**
     * 杂交水稻制种收购进入扫尾阶段。今年全镇落实制种面积2580亩: the ledger's name (落实杂交水稻制种面积) written without the
     * modifier its paragraph is about — the name's head (制种面积, four characters or more) stands before the figure, the
     * modifier (杂交水稻) in the paragraph's topic; the work's verb opening the name (落实) may stand by the figure or not.
     */
    static boolean modifierInTopic(String name, String before, String topic) {
        for (int k = 1; k + 4 <= name.length(); k++) {
            String head = name.substring(k);
            if (!before.contains(head)) {
                continue;
            }
            String rest = name.substring(0, k);
            if (rest.length() >= 2 && topic.contains(rest)) {
                return true;
            }
            String modifier = rest.length() >= 4 ? rest.substring(2) : "";
            return modifier.length() >= 2 && topic.contains(modifier);
        }
        return false;
    }

    /**
     * Whether what the figure's phrase counts, the subject it is said of (…的团员青年达到92人), is whom the indicator's relative
     * clause opens with as doing the work (团员青年结对帮扶的困难青少年), and shares nothing with the head the indicator counts
     * (困难青少年).
     */
    static boolean countsTheDoers(String phrase, String before, String indicator) {
        int of = indicator.lastIndexOf('的');
        String counted = phrase.substring(phrase.lastIndexOf('的') + 1).strip();
        // (the things counted stand as the subject the figure is said of — 团员青年达到92人 — not as the object of a work
        // done, 配齐消防器材14处)
        Matcher reaches = SUBJECT_REACHES.matcher(before);
        if (!reaches.find() || !before.substring(0, reaches.start()).endsWith(counted)) {
            return false;
        }
        // (通过县级规范化评估10个 for 通过县级规范化评估的…工作站 names the whole clause, the work done: only a doer opening
        // the clause, with the work after it, is whom it counts)
        if (counted.length() < 2 || of < 2 || of + 3 > indicator.length() || !indicator.startsWith(counted)
                || of - counted.length() < 2) {
            return false;
        }
        Set<String> head = OfficeTerms.bigrams(OfficeTerms.core(indicator.substring(of + 1)));
        return !head.isEmpty() && OfficeTerms.covered(OfficeTerms.bigrams(OfficeTerms.core(counted)), head) == 0;
    }

    /** 达到, 为, 共有: what the subject before it reaches, closing the words before a figure. */
    private static final Pattern SUBJECT_REACHES = Pattern.compile("(?:已|已经)?(?:达到|达|为|有|共有|共计|累计达到|累计有|总数为|总数达)$");

    /** An indicator's words, read once: its name's and its task's. */
    private record Named(String rawName, String rawTitle, String canonicalName, String nameCore, String titleCore, Set<String> name,
            Set<String> title, Set<String> both, boolean countsHarm, Threshold threshold, Set<String> steps, List<String[]> uncounted,
            List<String> kinds) {
        static Named of(ReportLine line, ReportLine.Measure m) {
            String nameCore = OfficeTerms.core(OfficeTerms.withoutScope(m.name()));
            String titleCore = OfficeTerms.core(line.title());
            Set<String> name = OfficeTerms.bigrams(nameCore);
            Set<String> title = OfficeTerms.bigrams(titleCore);
            Set<String> both = new HashSet<>(name);
            both.addAll(title);
            String canonical = OfficeTerms.canonical(m.name());
            List<Threshold> thresholds = Threshold.in(m.name());
            String basis = basisOf(line.basis(), m.name());
            return new Named(m.name(), line.title(), canonical, nameCore, titleCore, name, title, both,
                    firstIn(canonical, HARMS) != null && !WORK_ON_HARM.matcher(canonical).find() || noneAllowed(m),
                    thresholds.isEmpty() ? null : thresholds.get(0), countingSteps(basis), uncountedStates(basis),
                    kindsListed(basis, m.name()));
        }
    }

    /** 以县交通运输局竣工验收里程为准, 以签订物业服务合同并进场服务为准: what the office counts by, in its 备注. */
    private static final Pattern COUNTED_BY = Pattern.compile("以([^，,；;。]{1,40}?)为准");
    /** The steps a piece of work passes that an office counts it by, the later ones last in a 备注's words. */
    private static final Pattern STEP = Pattern.compile(
            "验收|销号|批复|认定|核定|核查|审核|挂牌|进场|安装|评定|命名|公布|入库|交工|竣工|通车|备案|到账|规范运行|上图|编目|投运|投用|并网|开放");

    /** 里程以…为准, 面积以…为准: a part of a 备注 whose subject is a measure, not a thing named. */
    private static final Pattern MEASURE_SUBJECT = Pattern.compile("里程|长度|面积|规模|金额|资金|投资|数量|人数|户数|个数|产量|产值");

    /**
     * The parts of a task's 备注 that speak of an indicator: 里程以…竣工验收里程为准；波形护栏以竣工验收长度为准，已安装未验收的不计入 —
     * each part names what it is of before its 以; a part that names nothing is of every indicator.
     */
    static String basisOf(String basis, String indicator) {
        StringBuilder out = new StringBuilder();
        for (String part : basis.split("[；;。]")) {
            int by = part.indexOf('以');
            String subject = by > 0 ? part.substring(0, by).strip() : "";
            // (a part of a measure — 里程以…为准, 面积以…为准 — is of the indicator that measures it, which its name may not say)
            boolean of = subject.isEmpty() || subject.length() > 12 || indicator.contains(subject)
                    || MEASURE_SUBJECT.matcher(subject).matches();
            for (int k = 0; !of && k + 2 <= subject.length(); k++) {
                of = indicator.contains(subject.substring(k, k + 2));
            }
            if (of) {
                out.append(part).append('；');
            }
        }
        return out.toString();
    }

    /** 已安装未验收的不计入, 已完工待验收的不计入, 已制作未安装的: a state reached and the step still missing, which the office does not count. */
    private static final Pattern UNCOUNTED = Pattern
            .compile("已([\\p{IsHan}]{2,8}?)(?:但)?(?:尚未|未|待)([\\p{IsHan}]{2,6}?)的(?=[^，,；;。]{0,6}?不(?:计入|计|统计|纳入))");

    /** Whether {@code text} says a figure holds {@code thing}: 含 (not 不含) and the thing within its clause after it. */
    private static boolean holds(String text, String thing) {
        for (int k = text.indexOf('含'); k >= 0; k = text.indexOf('含', k + 1)) {
            if (k > 0 && "不未".indexOf(text.charAt(k - 1)) >= 0) {
                continue;
            }
            int end = k + 1;
            while (end < text.length() && end - k <= 20 && "，,；;。)）".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            if (text.substring(k, end).contains(thing)) {
                return true;
            }
        }
        return false;
    }

    /** 帮扶援助金和走访慰问金共计: two things named, then their sum. */
    // (…补贴和县级托育点一次性建设补助共13.9万元; 参与抢险救援、应急演练和赛事保障等共33次)
    private static final Pattern TOGETHER = Pattern.compile("([\\p{IsHan}]{2,12})(?:和|及|与|以及|、)([\\p{IsHan}]{2,12}?)等?(?:共计|合计|总计|共)$");

    /** A thing's name by its last three characters (帮扶援助金 → 援助金), the part that says what it is. */
    private static String core(String name) {
        return name.substring(Math.max(0, name.length() - 3));
    }

    /** 新媒体从业人员（网络主播、自媒体运营者、网站和公众号编辑等）: the kinds a 备注 lists, in brackets, as what a name covers. */
    private static final Pattern KINDS_IN_BRACKETS = Pattern
            .compile("([\\p{IsHan}]{3,12})[（(]([\\p{IsHan}、]{2,40}?[、和及][\\p{IsHan}、]{2,40}?)等?[)）]");

    /**
     * The kinds of thing a 备注 lists as what the indicator counts (新媒体从业人员（网络主播、自媒体运营者、网站和公众号编辑等）),
     * each two characters or more — only where the list stands right after the thing the indicator's name ends with (not
     * 全过程（立项、招投标…）, the steps of a work, nor a list of villages); a part saying what is not counted lists none.
     */
    static List<String> kindsListed(String basis, String indicator) {
        List<String> kinds = new ArrayList<>();
        for (String part : basis.split("[；;。，,]")) {
            if (UNCOUNTED_LIST.matcher(part).find() || part.contains("除外")) {
                continue;
            }
            Matcher m = KINDS_IN_BRACKETS.matcher(part);
            while (m.find()) {
                String thing = m.group(1);
                int shared = 0;
                while (shared < thing.length() && shared < indicator.length()
                        && thing.charAt(thing.length() - 1 - shared) == indicator.charAt(indicator.length() - 1 - shared)) {
                    shared++;
                }
                if (shared < 3) {
                    continue;
                }
                for (String kind : m.group(2).split("[、和及]")) {
                    if (kind.length() >= 2) {
                        kinds.add(kind);
                    }
                }
            }
        }
        return kinds;
    }

    /** The (reached, missing) pairs a task's 备注 says are not counted, each by two characters: (安装, 验收). */
    static List<String[]> uncountedStates(String basis) {
        List<String[]> out = new ArrayList<>();
        Matcher m = UNCOUNTED.matcher(basis);
        while (m.find()) {
            String reached = m.group(1);
            out.add(new String[]{reached.substring(reached.length() - 2), m.group(2).substring(0, 2)});
        }
        // 节假日、周末临时摊点不计入 — and a figure that says it holds them (112（含临时摊点）) holds what is not counted
        Matcher thing = UNCOUNTED_THING.matcher(basis);
        while (thing.find()) {
            String core = thing.group(1).replaceAll("的$", "");
            if (core.length() >= 2) {
                out.add(new String[]{"含" + core.substring(Math.max(0, core.length() - 4)), ""});
            }
        }
        // 提取的公积公益金、福利费和各级财政补贴资金不计入 — and 分配总额159.4万元（含提取的公积公益金和福利费）: a figure
        // that says it holds one of the things listed holds what is not counted.
        Matcher listed = UNCOUNTED_LIST.matcher(basis);
        while (listed.find()) {
            for (String item : listed.group(1).split("、|和|及|以及|或")) {
                String named = item.replaceAll("^.*的", "");
                if (named.length() >= 3) {
                    out.add(new String[]{HOLDS + core(named), ""});
                }
                // 爱心人士直接资助学生的现金不计入 — and 爱心人士直接资助学生现金1.2万元: a figure its own clause names as one of
                // the things listed is one of them.
                String plain = item.replace("的", "");
                if (plain.length() >= 6) {
                    out.add(new String[]{LISTED_OUT + plain, ""});
                }
            }
        }
        // 湿粮入机量不作为烘干量: a look-alike measure named as not the indicator's — a figure its own clause names so is not counted
        Matcher unlike = NOT_TAKEN_AS.matcher(basis);
        while (unlike.find()) {
            String measure = unlike.group(1);
            out.add(new String[]{NAMED + measure.substring(Math.max(0, measure.length() - 6)), ""});
        }
        // 按常住人口计算的不计入: a figure told on that basis is not counted, whatever step it passed (no step: "")
        Matcher by = UNCOUNTED_BASIS.matcher(basis);
        while (by.find()) {
            out.add(new String[]{"按" + by.group(1), ""});
        }
        return out;
    }

    /** 公积公益金、福利费和各级财政补贴资金不计入: things listed before 不计入, back to the clause's start. */
    private static final Pattern UNCOUNTED_LIST = Pattern.compile("([\\p{IsHan}、]{4,40}?)(?:等)?(?:均)?不(?:计入|统计|纳入)");
    /** 湿粮入机量不作为烘干量, 咨询量不算作办件量: a measure the 备注 says is not the indicator's. */
    private static final Pattern NOT_TAKEN_AS = Pattern.compile("([\\p{IsHan}]{2,10}?)不(?:作为|算作|视为|计为|当作)");
    /** The mark of a measure a figure's own clause must name (名…湿粮入机量) to be left out. */
    private static final String NAMED = "名…";
    /** The mark of a thing a 备注 lists as not counted (项…爱心人士直接资助学生现金), which no indicator of the ledger takes. */
    private static final String LISTED_OUT = "项…";
    /** The mark of an uncounted thing a figure must say it holds (含…福利费) within its bracket or clause. */
    private static final String HOLDS = "含…";
    /** 临时摊点不计入, 普通绿化苗木不计入: a kind of thing a 备注 leaves out, by the words right before 不计入. */
    private static final Pattern UNCOUNTED_THING = Pattern.compile("([\\p{IsHan}]{2,10}?)(?:等)?(?:均)?不(?:计入|统计|纳入)");
    /** 按常住人口计算的不计入, 按季度统计的不纳入: the basis a 备注 leaves out. */
    private static final Pattern UNCOUNTED_BASIS = Pattern
            .compile("按([^，,；;。按]{2,10}?)(?:计算|统计|测算|口径)的?[^，,；;。]{0,4}?不(?:计入|计|统计|纳入)");

    /** 装了, 装上, 建好, 铺完: the spoken form of a state (安装, 建设, 铺设) — its verb alone, with what it has reached. */
    private static final Pattern SPOKEN_STATE = Pattern.compile("(?<![服包武假])([装建修种栽铺挂])(?:了|上了|上|好了|好|完了|完|起来了|起了)");

    /** Whether {@code text} tells its figure in {@code state} (安装), written out or in its spoken form (装了). */
    static boolean saysState(String text, String state) {
        if (text.contains(state)) {
            return true;
        }
        Matcher m = SPOKEN_STATE.matcher(text);
        while (m.find()) {
            if (state.indexOf(m.group(1).charAt(0)) >= 0) {
                return true; // 装 of 安装, 建 of 建设, 铺 of 铺设
            }
        }
        return false;
    }

    /**
     * The step each 以…为准 of a task's 备注 counts by — the last one it names, since 签订合同并进场服务 counts only what has
     * reached 进场.
     */
    static Set<String> countingSteps(String basis) {
        Set<String> steps = new HashSet<>();
        Matcher by = COUNTED_BY.matcher(basis);
        while (by.find()) {
            Matcher step = STEP.matcher(by.group(1));
            String last = null;
            while (step.find()) {
                last = step.group();
            }
            if (last != null) {
                steps.add(last);
            }
        }
        return steps;
    }

    /**
     * Where the figure stands in its sentence, found by its place in the text (searched only within a sentence's length of it,
     * so that it costs the same whatever the text); -1 when the sentence is not found there as written.
     */
    private static int placeIn(Quantity q, String source) {
        String sentence = q.sentence();
        if (sentence.length() > LONG_SENTENCE || q.end() > source.length()
                || !source.startsWith(q.surface(), q.start())) {
            return -1;
        }
        int lo = Math.max(0, q.end() - sentence.length());
        String around = source.substring(lo, Math.min(source.length(), q.start() + sentence.length()));
        int from = around.lastIndexOf(sentence, q.start() - lo);
        return from >= 0 && lo + from + sentence.length() >= q.end() ? q.start() - lo - from : -1;
    }

    /** The rest of a figure's clause after it: 7处已通过县文化和旅游局竣工验收 is checked by what follows it. */
    private static String clauseAfter(Candidate c) {
        String after = c.sentence.substring(Math.min(c.sentence.length(), c.at + c.q.surface().length()));
        Matcher end = CLAUSE_END.matcher(after);
        return end.find() ? after.substring(0, end.start()) : after;
    }

    private static final Pattern CLAUSE_END = Pattern.compile("[，,；;。]");
    /** 四十二点八: a figure in Chinese numerals, as a letter or a speech writes it (万 and 亿 stay with the unit). */
    private static final String SPOKEN_DIGITS = "[零〇一二三四五六七八九十百千两点]";
    private static final Pattern LEADING_FIGURE = Pattern.compile("^(?:[0-9０-９.．,，]+|" + SPOKEN_DIGITS + "+)");
    /** A surface with no unit after its number: no part of it can be found later in its unit. */
    private static final Pattern NO_FIGURE = Pattern.compile("(?!)");

    /** Whether the figure's own clause names a step the office counts by, before or after it, as passed. */
    private static boolean checked(Candidate c, Set<String> steps) {
        return passed(ownClause(c), steps);
    }

    /** The figure's clause around it (the words before, a mark, the words after), read once. */
    private static String ownClause(Candidate c) {
        if (c.ownClause == null) {
            c.ownClause = (c.cuePre == null ? "" : c.cuePre) + "|" + clauseAfter(c);
        }
        return c.ownClause;
    }

    /** 尚未验收, 待县总工会验收, 已具备挂牌条件, 申请验收: a step named but not passed. */
    private static final Pattern STEP_NOT_PASSED_BEFORE = Pattern.compile(
            // (a gap of a long office's name, 尚待县公路事业发展中心验收, but not past 已/全部: 上月未通过的2个村已于11月全部通过验收)
            // (已提交县林业局验收, 报请县农业农村局审核: sent to be checked, not yet checked)
            "(?:未|待|没有|具备|申请|准备|安排|等待|迎接|将|计划|拟|正在|组织|上报|报送|报请|提交|送审)"
                    + "(?:(?!已|均已|全部)[^，,；;。|]){0,16}$");
    private static final Pattern STEP_NOT_PASSED_AFTER = Pattern.compile("^[^，,；;。|]{0,2}(?:条件|申请|安排|准备|前|工作正在)");

    /** Whether {@code text} says one of {@code steps} was passed. */
    private static boolean passed(String text, Set<String> steps) {
        for (String step : steps) {
            for (int k = text.indexOf(step); k >= 0; k = text.indexOf(step, k + 1)) {
                // (the words before it are read no further back than a not-passed cue can reach)
                if (!STEP_NOT_PASSED_BEFORE.matcher(text.substring(Math.max(0, k - 20), k)).find()
                        && !STEP_NOT_PASSED_AFTER.matcher(text.substring(k + step.length())).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the rest of the figure's sentence names the step the office counts by as still ahead — in a clause of no figure
     * of its own (县林业局计划12月中旬组织验收), or of the part that opens with 其中 (其中2.1公里尚待验收) — and never as passed.
     */
    private static boolean stepAhead(Candidate c, Set<String> steps) {
        String after = c.sentence.substring(Math.min(c.sentence.length(), c.at + c.q.surface().length()));
        Matcher cell = CELL_GAP.matcher(after);
        if (cell.find()) {
            after = after.substring(0, cell.start()); // (a table row's other cells speak of other things: its 备注's 岩口村作坊)
        }
        if (passed(after, steps)) {
            return false;
        }
        String[] clauses = CLAUSE_END.split(after);
        // (read on through its own clause, the part that opens with 其中 and what has no figure of its own; another figure of
        // the unit is another matter)
        for (int k = 0; k < Math.min(4, clauses.length); k++) {
            String clause = clauses[k];
            boolean other = k > 0 && AMOUNT_IN_CLAUSE.matcher(clause).find() && !clause.strip().startsWith("其中");
            if (other) {
                break;
            }
            for (String step : steps) {
                if (clause.contains(step)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a later clause of the sentence gives the part of the figure that passed a step the office counts by, in the
     * same unit: 46公里已全部完工，其中经县交通运输局竣工验收43.8公里; 今年制作了420块，已安装到位386块.
     */
    private static boolean checkedPartFollows(Candidate c, Set<String> steps) {
        String surface = c.q.surface();
        if (c.sameUnitFigure == null) {
            String unit = LEADING_FIGURE.matcher(surface).replaceFirst("");
            c.sameUnitFigure = unit.equals(surface) || unit.isEmpty()
                    ? NO_FIGURE
                    : Pattern.compile("(?:[0-9０-９]+(?:\\.[0-9]+)?|" + SPOKEN_DIGITS + "+)" + Pattern.quote(unit));
        }
        Pattern figure = c.sameUnitFigure;
        if (figure == NO_FIGURE) {
            return false;
        }
        String after = c.sentence.substring(Math.min(c.sentence.length(), c.at + surface.length()));
        String[] clauses = CLAUSE_END.split(after);
        for (int k = 1; k < clauses.length; k++) {
            String clause = clauses[k];
            if (passed(clause, steps) && figure.matcher(clause).find()) {
                return true;
            }
        }
        return false;
    }

    /** A threshold an indicator or a clause names: 10万元以上 is 10 of 万元. */
    private record Threshold(BigDecimal value, String unit) {
        static List<Threshold> in(String text) {
            List<Threshold> out = new ArrayList<>();
            Matcher m = THRESHOLD_IN_NAME.matcher(text);
            while (m.find()) {
                out.add(new Threshold(new BigDecimal(m.group(1)), m.group(2)));
            }
            return out;
        }

        /** The same unit and another value: a threshold of another indicator. */
        boolean other(Threshold t) {
            return unit.equals(t.unit) && value.compareTo(t.value) != 0;
        }
    }

    private record Pair(Candidate c, ReportLine line, ReportLine.Measure m, double score) {
    }

    static Reading match(Extraction e, String source, List<ReportLine> lines, Setting setting) {
        // 累計, 農業農村, 縣裡: a Traditional report is read in Simplified, the words every rule here is written in — character for
        // character, so every offset stands — and its proposals point back at the words as uploaded.
        // (the extraction was read in Simplified already: its sentences and offsets hold in the Simplified text)
        String simplified = Reader.simplified(source);
        if (!simplified.equals(source)) {
            return asUploaded(matchRead(e, simplified, lines, setting), simplified, source);
        }
        return matchRead(e, source, lines, setting);
    }

    /** The reading's sentences and surfaces in the uploaded text's own characters, where they are spans of it. */
    private static Reading asUploaded(Reading r, String read, String uploaded) {
        List<Proposal> proposals = r.proposals().stream().map(p -> new Proposal(p.lineTaskId(), p.indicatorId(), p.indicator(), p.value(),
                p.unit(), p.how(), span(p.sentence(), p.sentenceStart(), p.sentenceEnd(), read, uploaded), p.start(), p.end(),
                span(p.surface(), p.start(), p.end(), read, uploaded), p.wording(), p.because(), p.flags(), p.sentenceStart(),
                p.sentenceEnd())).toList();
        List<Unmatched> unmatched = r.unmatched().stream().map(u -> new Unmatched(span(u.surface(), u.start(), u.end(), read, uploaded),
                span(u.sentence(), u.sentenceStart(), u.sentenceEnd(), read, uploaded), u.start(), u.end(), u.value(), u.unit(),
                u.wording(), u.note(), u.sentenceStart(), u.sentenceEnd())).toList();
        List<Figure> figures = r.figures().stream()
                .map(f -> new Figure(f.start(), f.end(), span(f.surface(), f.start(), f.end(), read, uploaded), f.verdict(), f.why()))
                .toList();
        return new Reading(proposals, unmatched, figures);
    }

    private static String span(String text, int start, int end, String read, String uploaded) {
        return start >= 0 && end <= read.length() && start <= end && read.substring(start, end).equals(text)
                ? uploaded.substring(start, end)
                : text;
    }

    private static Reading matchRead(Extraction e, String source, List<ReportLine> lines, Setting setting) {
        // 第42期 … 第45期合订: the month's weekly issues in one upload, each read for its own week, in order.
        List<BoundIssues.Issue> issues = BoundIssues.of(source, setting);
        if (!issues.isEmpty()) {
            return BoundIssues.chain(issues, e, source, lines, setting, AchievementMatcher::matchPart);
        }
        // 战报 第6期（11月16日—11月30日）: a document of part of the period; its 本期 is that part, not the month.
        LocalDate issueFrom = issueStarts(source, setting);
        if (issueFrom != null) {
            setting = new Setting(setting.unitName(), setting.otherUnits(), issueFrom, setting.periodEnds(), setting.previousEnds(),
                    setting.learned());
        }
        return matchPart(e, source, lines, setting);
    }

    /** The document (or one issue of it) read against the lines, in the period the setting gives. */
    private static Reading matchPart(Extraction e, String source, List<ReportLine> lines, Setting setting) {
        List<Candidate> candidates = candidates(e, source, setting);
        List<Pair> pairs = new ArrayList<>();
        Map<Long, Named> named = new HashMap<>();
        for (ReportLine line : lines) {
            for (ReportLine.Measure m : line.measures()) {
                named.put(m.indicatorId(), Named.of(line, m));
            }
        }
        List<String> leftOut = listedOut(named.values());
        for (Candidate c : candidates) {
            if (c.setAside != null) {
                continue;
            }
            // 爱心人士直接资助学生现金1.2万元, where a 备注 lists 爱心人士直接资助学生的现金 as not counted: the thing the ledger
            // leaves out fills none of its indicators.
            String listedOut = namesListedOut(c, leftOut);
            if (listedOut != null) {
                c.setAside = "台账备注说明不计入的（" + listedOut + "）";
                continue;
            }
            c.words();
            // (a number no line of the ledger bears — the unit's own numbering — says nothing)
            boolean cited = c.code != null && c.code.inLedger(lines);
            for (ReportLine line : lines) {
                // 本月组织新输出劳务260人 under 劳务输出 (有组织劳务输出, 扶持返乡创业): the task's words fit each of its
                // indicators alike, so among them the figure goes by their own names; one named nowhere near the figure
                // gives way to a sibling the figure names.
                double siblingNamed = 0;
                for (ReportLine.Measure m : line.measures()) {
                    siblingNamed = Math.max(siblingNamed, nameFit(c, named.get(m.indicatorId())));
                }
                for (ReportLine.Measure m : line.measures()) {
                    Named n = named.get(m.indicatorId());
                    double s = score(c, m, n, setting);
                    if (siblingNamed >= 0.3 && nameFit(c, n) < 0.1) {
                        s *= 0.6;
                    }
                    if (belowLast(c, line, m)) {
                        s *= 0.5;
                    }
                    // 对应台账指标（任务序号-指标序号）| 6-1: the row cites the ledger's own number, which no name outweighs
                    if (cited && s > 0) {
                        s = c.code.names(line.number(), line.measures().indexOf(m) + 1) ? Math.max(s, THRESHOLD) * 2 : 0;
                    }
                    if (s >= THRESHOLD) {
                        pairs.add(new Pair(c, line, m, s));
                    }
                }
            }
        }
        Map<Long, Pair> chosen = assign(pairs);
        List<Proposal> proposals = new ArrayList<>();
        Set<Candidate> used = new HashSet<>();
        Map<Candidate, String> notes = new HashMap<>();
        Set<Long> proposed = new HashSet<>();
        for (ReportLine line : lines) {
            for (ReportLine.Measure m : line.measures()) {
                Pair p = chosen.get(m.indicatorId());
                if (p == null) {
                    continue;
                }
                Proposal proposal = propose(p, setting);
                if (proposal == null) {
                    notes.put(p.c(), "“" + m.name() + "”的本期新增数；上期累计值未知或已含本月，请核对后手工填写");
                    continue;
                }
                proposals.add(proposal);
                proposed.add(m.indicatorId());
                used.add(p.c());
            }
        }
        List<Figure> figures = new ArrayList<>();
        NormalisedText simplified = null;
        for (ReportLine line : lines) {
            for (ReportLine.Measure m : line.measures()) {
                boolean ceiling = "<=".equals(m.comparator()) || m.target() != null && m.target().signum() == 0;
                // (a figure chosen but not usable — 9月发生追尾事故1起, an increment of another month — leaves the statement
                // of none standing)
                if (!proposed.contains(m.indicatorId()) && ceiling) {
                    simplified = simplified != null ? simplified : Reader.normalise(source);
                    Proposal none = statedNone(e, source, simplified, line, m);
                    if (none != null) {
                        proposals.add(none);
                        figures.add(new Figure(none.start(), none.end(), none.surface(), "used", ""));
                    }
                }
            }
        }
        List<Unmatched> unmatched = new ArrayList<>();
        for (Candidate c : candidates) {
            Quantity q = c.q;
            if (used.contains(c)) {
                figures.add(new Figure(q.start(), q.end(), q.surface(), "used", ""));
            } else if (c.setAside != null) {
                figures.add(new Figure(q.start(), q.end(), q.surface(), "aside", c.setAside));
            } else if (c.namedUnit != null) {
                figures.add(new Figure(q.start(), q.end(), q.surface(), "aside", c.namedUnit + "的数字，不是本单位的合计"));
            } else {
                String note = notes.getOrDefault(c, c.part ? "其中部分" : "");
                figures.add(new Figure(q.start(), q.end(), q.surface(), "unmatched", note.isEmpty() ? "未对应到指标" : note));
                unmatched.add(new Unmatched(q.surface(), q.sentence(), q.start(), q.end(), q.value(), q.unit(), c.wording, note,
                        c.sentenceStart, c.sentenceEnd));
            }
        }
        return new Reading(proposals, unmatched, figures);
    }

    /** The things the ledger's 备注 list as not counted (爱心人士直接资助学生现金), indicator by indicator. */
    private static List<String> listedOut(java.util.Collection<Named> named) {
        List<String> things = new ArrayList<>();
        for (Named n : named) {
            for (String[] pair : n.uncounted()) {
                if (pair[0].startsWith(LISTED_OUT)) {
                    things.add(pair[0].substring(LISTED_OUT.length()));
                }
            }
        }
        return things;
    }

    /** The thing of {@code things} that the words naming the figure name, or null. */
    private static String namesListedOut(Candidate c, List<String> things) {
        String before = c.cuePre == null ? "" : c.cuePre; // (the words that name the figure, not a remark after it)
        for (String thing : things) {
            int at = before.indexOf(thing);
            // (不含跨统筹区转入人员: a figure that leaves the thing out is none of it)
            if (at >= 0 && !EXCLUDING_BEFORE.matcher(before.substring(0, at)).find()) {
                return thing;
            }
        }
        return null;
    }

    private static final Pattern EXCLUDING_BEFORE = Pattern.compile("(?:不含|不包括|未含|除|扣除|剔除)[^，,；;。]{0,6}$");

    /**
     * Whether a figure read as the running total falls below the total the last report gave: a total does not fall, so
     * such a figure (现场销售38万元 beside 1.9亿元 to October) is most likely of something else; it gives way to another.
     */
    private static boolean belowLast(Candidate c, ReportLine line, ReportLine.Measure m) {
        if (c.shape != Shape.AMOUNT || c.how == How.INCREMENT || c.corrected || line.previous() == null || c.unit == null) {
            return false;
        }
        BigDecimal previous = line.previous().values().get(m.indicatorId());
        MeasureUnit unit = MeasureUnit.of(m.unit()).orElse(null);
        if (previous == null || unit == null || !c.unit.dimension().equals(unit.dimension())) {
            return false;
        }
        BigDecimal value = c.unit.convert(c.sum != null ? c.sum : c.q.value(), unit);
        return value.compareTo(previous.multiply(new BigDecimal("0.9"))) < 0;
    }

    // ——— A statement of none ———

    /** 未发生, 没有发生, 没有新增, 零发生, 实现零火点, 动态清零: none happened, none were added, none are left. */
    private static final Pattern NONE = Pattern.compile(
            "(?:未|没有|没|无)(?:发生|出现)|(?:未|没有)(?:发现|新增)|无(?!人机|证|害|障碍|偿)(?:一[例起人]|任何)?[^，,；;。\\n]{0,12}(?:发生|出现)|零(?:发生|事故|火点|伤亡|死亡|发案|辍学|失学)|实现[“\"]?零|清零|为零|保持[“\"]?零");
    /** A narrower kind than all: 较大及以上 accidents are not all accidents. */
    private static final String[] NARROWER = {"较大及以上", "较大以上", "重大及以上", "重特大", "一般及以上", "重大"};
    /** Before a none word these make it a pledge (确保不发生, 坚决杜绝), not a statement. */
    private static final String[] PLEDGES = {"确保", "杜绝", "严防", "坚决", "力争", "防止", "避免", "务必", "要", "争取", "守住", "实现不"};
    /** How a count is named after what it counts: 森林火灾发生起数 counts 森林火灾. */
    private static final String[] COUNT_SUFFIXES = {"发生起数", "发生次数", "发生数", "起数", "发案数", "发案起数", "人数", "次数", "件数",
            "个数", "数量", "数"};

    /**
     * An indicator held at or below a ceiling, or whose target is none (事故起数 ≤ 0, 失学辍学学生 0), is stated as 0 by a
     * sentence that says none happened (今年以来未发生森林火灾, 失学辍学学生动态清零) and whose words name what it counts.
     * A pledge (确保不发生) and a plan part state nothing. The figure an indicator's own number fills wins (it is chosen
     * before this is asked).
     */
    private static Proposal statedNone(Extraction e, String source, NormalisedText read, ReportLine line, ReportLine.Measure m) {
        // The count's word is taken off the name as written, before core() takes its last 数 (森林火灾发生起数 → 森林火灾,
        // not 森林火灾发生起).
        String counted = OfficeTerms.withoutScope(m.name());
        for (String suffix : COUNT_SUFFIXES) {
            if (counted.endsWith(suffix) && counted.length() > suffix.length() + 1) {
                counted = counted.substring(0, counted.length() - suffix.length());
                break;
            }
        }
        counted = OfficeTerms.core(counted).replace("|", "");
        Set<String> wanted = OfficeTerms.bigrams(counted);
        if (wanted.isEmpty()) {
            return null;
        }
        // Read in Simplified (未發生 is 未发生), pointing back at the words as uploaded.
        String text = read.text();
        Matcher none = NONE.matcher(text);
        while (none.find()) {
            int clauseFrom = Math.max(clauseStart(text, none.start()), sentenceStart(text, none.start()));
            int clauseTo = none.end();
            while (clauseTo < text.length() && CLAUSE_BREAKS.indexOf(text.charAt(clauseTo)) < 0
                    && SENTENCE_ENDS.indexOf(text.charAt(clauseTo)) < 0) {
                clauseTo++;
            }
            String clause = text.substring(clauseFrom, clauseTo);
            String before = text.substring(clauseFrom, none.start());
            int start = read.toSource(none.start());
            int end = read.sourceEnd(none.end());
            if (firstIn(before, PLEDGES) != null || planned(e, source, start)) {
                continue;
            }
            if (OfficeTerms.covered(wanted, OfficeTerms.bigrams(OfficeTerms.canonical(clause))) < 0.75) {
                // 发生野生菌中毒事件2起、中毒7人，…，未发生死亡: none of the worst harm the indicator counts, of the events the
                // sentence told before it.
                String worst = firstIn(clause, WORST_HARMS);
                int toldFrom = sentenceStart(text, none.start());
                if (toldFrom > 1 && "；;".indexOf(text.charAt(toldFrom - 1)) >= 0) {
                    toldFrom = sentenceStart(text, toldFrom - 1); // (…中毒7人，均康复出院；未发生死亡: the ； goes on with it)
                }
                String told = text.substring(toldFrom, clauseTo);
                if (worst == null || !m.name().contains(worst)
                        || OfficeTerms.covered(wanted, OfficeTerms.bigrams(OfficeTerms.canonical(told))) < 0.75) {
                    continue;
                }
            }
            // 未发生较大及以上生产安全事故 says nothing of all accidents: a narrower kind than the indicator counts.
            String narrower = firstIn(clause, NARROWER);
            if (narrower != null && !m.name().contains(narrower)) {
                continue;
            }
            // 11月未发生亡人事故, 四周均未发生…: none this month says nothing of the year, whose count the indicator keeps
            // (the month may well have had none while the year had some); only 今年以来/全年未发生 states the year's 0.
            String sentenceText = text.substring(sentenceStart(text, none.start()), Math.min(text.length(), sentenceEnd(text, none.end())));
            // (a bare 今年 may open 今年11月未发生…, which is still one month's)
            boolean speaksOfYear = firstIn(before, RUNNING_WORDS) != null || before.contains("年内");
            if (!speaksOfYear
                    && (ONE_MONTH.matcher(before).find() || firstIn(before, INCREMENT_WORDS) != null || WEEK.matcher(before).find()
                            || before.contains("四周")
                            || firstIn(sentenceText.substring(0, Math.min(sentenceText.length(), 12)), INCREMENT_WORDS) != null)) {
                continue;
            }
            int sentenceStart = sentenceStart(source, start);
            int sentenceEnd = sentenceEnd(source, end);
            return new Proposal(line.taskId(), m.indicatorId(), m.name(), BigDecimal.ZERO, m.unit(), How.CUMULATIVE.json,
                    source.substring(sentenceStart, sentenceEnd).strip(), start, end, source.substring(start, end), counted,
                    "原文称“" + clause.strip() + "”，即为0", List.of(), sentenceStart, sentenceEnd);
        }
        return null;
    }

    /** Whether a heading opens with a month after the period's, in the period's year (12月重点提示 in November's report). */
    private static boolean monthAhead(String heading, Setting setting) {
        Matcher m = MONTH_OPENING.matcher(heading.strip());
        return setting.periodEnds() != null && m.lookingAt() && Integer.parseInt(m.group(1)) > setting.periodEnds().getMonthValue();
    }

    /** 12月重点提示, 二、12月工作要点: a heading that opens with a month. */
    private static final Pattern MONTH_OPENING = Pattern
            .compile("(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])?\\s*(1[0-2]|[1-9])月(?!份?(?:以来|底|末|[0-9]))");

    /** Whether a position stands in a part that plans (下一步打算, 2027年工作思路), the document's own title aside. */
    private static boolean planned(Extraction e, String source, int at) {
        for (OutlineNode n : chain(e.outline(), at)) {
            if (!ownTitle(n, source) && plansAhead(n.title(), source)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the figure at [start, end) is one of the terms of a sum written out in its line (a＋b＝c), not its result. */
    static boolean addedUp(String source, int start, int end) {
        int lineEnd = end;
        while (lineEnd < source.length() && lineEnd - end < 30 && source.charAt(lineEnd) != '\n' && source.charAt(lineEnd) != '\t') {
            lineEnd++;
        }
        int lineStart = start;
        while (lineStart > 0 && start - lineStart < 30 && source.charAt(lineStart - 1) != '\n' && source.charAt(lineStart - 1) != '\t') {
            lineStart--;
        }
        String after = source.substring(end, lineEnd);
        String before = source.substring(lineStart, start);
        Matcher plus = TERM_AFTER.matcher(after);
        return (plus.lookingAt() || TERM_BEFORE.matcher(before).find()) && EQUALS.matcher(after).find();
    }

    /** ＋ right after a figure and its unit: 31块＋. */
    private static final Pattern TERM_AFTER = Pattern.compile("[\\p{IsHan}%％]{0,3}[＋+]");
    /** ＋ right before a figure: ＋13块. */
    private static final Pattern TERM_BEFORE = Pattern.compile("[＋+]\\s*$");
    /** ＝ after the figure, the sum's result still to come. */
    private static final Pattern EQUALS = Pattern.compile("[＝=]\\s*[0-9]");

    /** The document's own title (…2026年工作总结及2027年工作思路): it heads both parts and plans neither. */
    private static boolean ownTitle(OutlineNode n, String source) {
        return n.level() == 0 && n.start() <= firstLineEnd(source);
    }

    // ——— Reading each figure in its clause ———

    private static List<Candidate> candidates(Extraction e, String source, Setting setting) {
        // A table of main indicators is read by its columns (ReportTables); the reader's figures in its rows are
        // the other columns' (targets, rates) and are left to it.
        ReportTables.Read tables = ReportTables.read(e.doc(), source);
        List<Quantity> quantities = new ArrayList<>();
        for (Quantity q : e.quantities()) {
            // (形象进度: 已建成投用7座: a row's progress told in words is read as prose is)
            if (tables.rows().stream().noneMatch(r -> r[0] <= q.start() && q.start() < r[1])
                    || tables.told().stream().anyMatch(r -> r[0] <= q.start() && q.start() < r[1])) {
                quantities.add(q);
            }
        }
        quantities.addAll(tables.figures());
        doneOverDue(e.doc(), source, quantities);
        // 注：带“*”的数据为各村上报数，正在核实: the figures the note stars are not yet counted.
        boolean starredUnchecked = STARRED_UNCHECKED.matcher(source).find();
        quantities.sort(Comparator.comparingInt(Quantity::start));
        List<Candidate> out = new ArrayList<>();
        String lastSentence = null;
        int lastEnd = 0;
        int cursor = 0;
        List<Integer> sameSentence = new ArrayList<>();
        for (int i = 0; i < quantities.size(); i++) {
            Quantity q = quantities.get(i);
            // The reader's own reading of a table's cells (TableRows) gives way to ReportTables', which knows a report's
            // columns (本月, 1-10月, 占年度目标…) and reads each row once.
            if (q.placeholder() || q.value() == null || q.evidence() != null && q.evidence().startsWith(Quantity.TABLE_CELL)) {
                continue;
            }
            Candidate c = new Candidate();
            c.q = q;
            if (starredUnchecked && q.end() < source.length() && "*＊".indexOf(source.charAt(q.end())) >= 0) {
                c.setAside = "带“*”的数尚未核实";
            }
            for (ReportTables.Aside aside : tables.asides()) {
                if (aside.start() <= q.start() && q.start() < aside.end()) {
                    c.setAside = "表格“" + aside.column() + "”一栏，不是完成数";
                }
            }
            for (ReportTables.Aside month : tables.monthCells()) {
                if (month.start() <= q.start() && q.start() < month.end()) {
                    c.monthCellPre = source.substring(month.start(), q.start());
                }
            }
            // 31块＋13块＝44块: a sum written out, as a 对账 column does — the figure is what it comes to, after ＝; the figures
            // added up are last month's and the month's.
            if (addedUp(source, q.start(), q.end())) {
                c.setAside = "算式中的加数，不是结果";
            }
            // A row of a table is read as the sentence its cells make: 固定资产投资累计完成1.52.
            boolean tableRow = fromTable(q);
            if (tableRow) {
                int cellEnd = q.end();
                while (cellEnd < source.length() && cellEnd - q.end() < 40 && source.charAt(cellEnd) != '\t'
                        && source.charAt(cellEnd) != '\n') {
                    cellEnd++;
                }
                c.cellAfter = source.substring(Math.min(q.end(), source.length()), Math.min(cellEnd, source.length()));
            }
            String full = tableRow ? q.evidence().substring(q.evidence().indexOf('：') + 1) + q.surface() : q.sentence();
            // The same words written twice (完成改厕3户。… 完成改厕3户。) are two sentences: a full stop between them says so.
            boolean stopBetween = false;
            for (int k = Math.max(0, lastEnd); k < q.start() && k < source.length(); k++) {
                if (FULL_STOPS.indexOf(source.charAt(k)) >= 0) {
                    stopBetween = true;
                    break;
                }
            }
            lastEnd = Math.max(lastEnd, q.end());
            if (!full.equals(lastSentence) || stopBetween) {
                lastSentence = full;
                cursor = 0;
                sameSentence.clear();
            }
            // Where the figure stands in its sentence: by its place in the text where the sentence is found there (the same
            // words may stand earlier in it unread: 喊出“三座烘干中心”…，三座烘干中心已经全部建成投用), else the next
            // occurrence after the figure before it.
            int at = tableRow ? -1 : placeIn(q, source);
            at = at >= 0 ? at : full.indexOf(q.surface(), cursor);
            c.at = at < 0 ? Math.max(0, full.indexOf(q.surface())) : at;
            cursor = c.at + q.surface().length();
            c.sentence = full;
            // ▶ 1102 亩 on a line of its own, its caption on the next (今年新发展桑园（经…验收）): a number card, named and
            // qualified by its caption, read as one sentence with it.
            String caption = LONE_FIGURE.matcher(full.replace(q.surface(), "")).matches() ? captionAfter(source, q.end()) : null;
            if (caption != null) {
                c.sentence = caption + "：" + q.surface();
                c.at = caption.length() + 1;
                sameSentence.clear();
            }
            if (c.sentence.length() > LONG_SENTENCE) {
                // A "sentence" of thousands of characters (a list with no full stop, a hostile upload) is read around
                // each figure only, so that its figures cost the same whatever its length.
                int from = Math.max(0, c.at - LONG_SENTENCE / 2);
                c.sentence = full.substring(from, Math.min(full.length(), c.at + q.surface().length() + LONG_SENTENCE / 2));
                c.at -= from;
                sameSentence.clear();
            }
            int clauseStart = clauseStart(c.sentence, c.at);
            // A table's cell ends its clause: the reader reads a row with its tabs folded to spaces, so in a row of the
            // source the space before the figure's cell marks where its clause starts (培训农村劳动力1400人 in the
            // 督办事项 cell is not the clause of the progress cell's 1350人).
            // Looked for within bounds, back to the line's start: a text without line breaks must not be walked per figure.
            int lineStart = q.start();
            boolean tab = false;
            while (lineStart > 0 && q.start() - lineStart < PARAGRAPH_LOOKBACK && source.charAt(lineStart - 1) != '\n') {
                tab |= source.charAt(--lineStart) == '\t';
            }
            if (tab && !fromTable(q)) {
                clauseStart = Math.max(clauseStart, c.sentence.lastIndexOf(' ', Math.max(0, c.at - 1)) + 1);
                String rowBefore = source.substring(lineStart, q.start());
                c.rowName = rowName(rowBefore);
                // 最好乡镇 | 白羊镇 | 完成率93.4%（1121户）: a cell that names another township owns the figures of the cell after it.
                String[] cells = rowBefore.split("\t", -1);
                if (cells.length >= 2) {
                    String before = cells[cells.length - 2].strip();
                    if (TOWN_CELL.matcher(before).matches() && !before.equals(setting.unitName())) {
                        c.townCell = before;
                    }
                }
            } else if (!tab && lineStart > 0 && NOTE_ROW.matcher(source.substring(lineStart, q.start())).lookingAt()) {
                // 1 | 完成…的危险化学品使用单位 | 家 | 48 | 6 …, then a row across the table 累计进展：…已有43家完成…: the note
                // under a row speaks of that row's indicator.
                int above = source.lastIndexOf('\n', lineStart - 2) + 1;
                String previous = source.substring(above, lineStart - 1);
                c.rowName = previous.indexOf('\t') >= 0 ? rowName(previous + "\t") : null;
            }
            c.cuePre = c.sentence.substring(clauseStart, c.at);
            c.entryDay = entryDay(source, q.start());
            c.code = tab ? LedgerCode.at(source, q.start()) : null; // (only a table's row cites the ledger's numbers)
            int previousEnd = clauseStart;
            for (int k : sameSentence) {
                Candidate earlier = out.get(k);
                int end = earlier.at + earlier.q.surface().length();
                if (end <= c.at && end > previousEnd) {
                    previousEnd = end;
                }
            }
            c.namePre = c.sentence.substring(previousEnd, c.at);
            c.previousClauseStart = clauseStart == 0 ? -1 : clauseStart(c.sentence, clauseStart - 1);
            c.previousClause = clauseStart == 0 ? "" : c.sentence.substring(c.previousClauseStart, clauseStart - 1);
            int firstBreak = firstBreak(c.sentence);
            c.opening = firstBreak < 0 || firstBreak >= c.at ? "" : c.sentence.substring(0, firstBreak);
            // Looked for within bounds: a huge paragraph must not be walked from each of its figures.
            int paragraph = q.start();
            while (paragraph > 0 && q.start() - paragraph < PARAGRAPH_LOOKBACK && source.charAt(paragraph - 1) != '\n') {
                paragraph--;
            }
            int firstClause = paragraph;
            while (firstClause < q.start() && firstClause - paragraph < 40 && CLAUSE_BREAKS.indexOf(source.charAt(firstClause)) < 0
                    && SENTENCE_ENDS.indexOf(source.charAt(firstClause)) < 0) {
                firstClause++;
            }
            boolean opened = paragraph == 0 || source.charAt(paragraph - 1) == '\n';
            c.paragraphOpening = opened && firstClause < q.start() && firstClause - paragraph < 40
                    ? source.substring(paragraph, firstClause)
                    : "";
            // The time frame last set before the figure: read in the stretch just before it, so a long paragraph costs each
            // of its figures the same.
            c.paragraphBefore = source.substring(Math.max(paragraph, q.start() - FRAME_LOOKBACK), q.start());
            List<OutlineNode> chain = chain(e.outline(), q.start());
            StringBuilder topic = new StringBuilder();
            boolean planned = false;
            for (OutlineNode n : chain) {
                if (n.level() >= 1) {
                    topic.append(n.title()).append('|');
                    c.heading = n.title();
                }
                // 12月重点提示 in November's report: a heading of a month still to come heads what is to be done in it
                planned |= !ownTitle(n, source)
                        && (plansAhead(n.title(), source) || monthAhead(n.title(), setting));
            }
            // 劳动力职业技能培训：… | 雍德彬 | 1—11月培训农村劳动力1350人: a table row's name cell heads its other cells.
            if (c.rowName != null) {
                topic.append(c.rowName).append('|');
            }
            // 记者：文化惠民这块，老百姓反响怎么样？ — in an interview or a 问答, the question asked heads the answer after it.
            String question = questionBefore(source, paragraph);
            if (question != null) {
                topic.append(question).append('|');
            }
            c.topic = topic.toString();
            c.sentenceStart = sentenceStart(source, q.start());
            c.sentenceEnd = sentenceEnd(source, q.end());
            // The report's own year is its period's: a post that names only 2021年以来 is not of 2021.
            int year = setting.periodStarts() != null ? setting.periodStarts().getYear() : e.year();
            read(c, planned, sameSentence.stream().map(out::get).toList(), year, setting);
            // 新建改造的6处集中供水工程已完工5处: what is done of a whole named just before in its clause is the work.
            if (c.shape == Shape.AMOUNT && c.unit != null) {
                for (int k : sameSentence) {
                    Candidate earlier = out.get(k);
                    int end = earlier.at + earlier.q.surface().length();
                    boolean sameOrLast = earlier.at >= clauseStart
                            || earlier.at >= c.previousClauseStart && c.previousClauseStart >= 0
                                    && (DONE_OF.matcher(c.cuePre).find() || HAS_OF.matcher(c.cuePre).find());
                    // 完成改厕1168户（其中11月完成133户）: a figure stated as done is no whole still to be done, and a month's
                    // part of it is an increment.
                    if (sameOrLast && c.setAside == null && c.namedUnit == null && end <= c.at && earlier.unit != null
                            && !FINISHED.matcher(earlier.cuePre).find() && c.how != How.INCREMENT
                            && earlier.shape == Shape.AMOUNT
                            && earlier.unit.dimension().equals(c.unit.dimension())
                            && (DONE_OF.matcher(c.sentence.substring(end, c.at)).find()
                                    // 5所薄弱学校，已有4所完成改造: 已有 between, the completion after the part
                                    || HAS_OF.matcher(c.sentence.substring(end, c.at)).find() && FINISHED.matcher(
                                            c.sentence.substring(Math.min(c.sentence.length(), c.at + c.q.surface().length()),
                                                    Math.min(c.sentence.length(), c.at + c.q.surface().length() + 4)))
                                            .find())) {
                        earlier.scopeOfLater = true;
                        // 老旧小区今年改6个，已经完工5个: what is done names nothing of its own; the clause before names it.
                        if (earlier.at < clauseStart && OfficeTerms.core(c.namePre).replaceAll("[^\\p{IsHan}]", "").length() < 3) {
                            c.continues = true;
                        }
                    }
                }
            }
            // 已完成31200米，占97.5%: the share of the figure just stated, which fills its indicator itself.
            // 全镇完成固定资产投资3.76亿元，完成年度目标的89.5%: likewise, a share phrase naming nothing else.
            if (c.shape == Shape.SHARE_OF_TARGET && c.setAside == null
                    && (c.cuePre.strip().equals("占") || BARE_RATE.matcher(c.cuePre.strip()).matches()
                            || SHARE_PHRASE.matcher(c.cuePre.strip()).replaceAll("").replaceAll("[，,\\s]", "").isEmpty())) {
                for (int k : sameSentence) {
                    Candidate earlier = out.get(k);
                    if (earlier.at >= c.previousClauseStart && earlier.setAside == null && earlier.shape == Shape.AMOUNT) {
                        c.setAside = "前一数字所占的比例";
                    }
                }
            }
            if (c.shape == Shape.SHARE_OF_TARGET) {
                for (int k : sameSentence) {
                    Candidate earlier = out.get(k);
                    if (earlier.at >= clauseStart && earlier.unit != null && earlier.setAside != null
                            && earlier.setAside.startsWith("重述目标任务")) {
                        c.statedTarget = earlier;
                    }
                }
            }
            // 新建服务站点3个，累计建成9个: a running total naming nothing of its own continues the clause before it,
            // whose figure it supersedes.
            if (c.explicitCumulative && c.setAside == null && OfficeTerms.core(withoutFlow(c.namePre)).replace("|", "").length() < 2
                    && c.previousClauseStart >= 0) {
                c.continues = true;
                // 新建…葡萄园85亩，已通过县农业农村局验收，今年累计新建555亩: a clause between that tells of the figure before
                // (its check, its money) leaves the total continuing the clause that named it.
                Candidate named = null;
                for (int k : sameSentence) {
                    Candidate earlier = out.get(k);
                    if (earlier.at < clauseStart && earlier.unit != null && c.unit != null && !earlier.explicitCumulative
                            && earlier.unit.dimension().equals(c.unit.dimension())) {
                        named = earlier;
                    }
                }
                if (named != null && named.at < c.previousClauseStart && firstIn(c.previousClause, FLOW_WORDS) == null
                        && !DIGIT.matcher(c.previousClause).find()) {
                    c.previousClauseStart = clauseStart(c.sentence, named.at);
                    c.previousClause = c.sentence.substring(c.previousClauseStart, clauseStart - 1);
                }
                for (int k : sameSentence) {
                    Candidate earlier = out.get(k);
                    if (earlier.at >= c.previousClauseStart && earlier.at < clauseStart && earlier.unit != null && c.unit != null
                            && earlier.unit.dimension().equals(c.unit.dimension()) && !earlier.explicitCumulative) {
                        earlier.totalOf = c;
                    }
                }
            }
            // 铜锣湾村、桂竹园村2个区域自动气象站11月通过验收，今年累计新建改造区域自动气象站5个: a running total naming the
            // very things an earlier figure of its sentence counted supersedes that figure, the month's part of it.
            if (c.explicitCumulative && c.setAside == null && c.unit != null) {
                for (int k : sameSentence) {
                    Candidate earlier = out.get(k);
                    if (earlier.at < clauseStart && !earlier.explicitCumulative && earlier.unit != null
                            && earlier.q.unit().equals(c.q.unit()) && (namesTheSameThings(earlier, c) || namedAlikeBefore(earlier, c))) {
                        earlier.totalOf = c;
                    }
                }
            }
            sameSentence.add(out.size());
            out.add(c);
        }
        addMonthsSince(out, setting);
        return out;
    }

    /** 前三季度, 上半年, 1-9月, 前10个月: the month a running total is counted to, or 0 when it says none. */
    private static int countedTo(String text) {
        if (text.contains("前三季度") || text.contains("前3季度")) {
            return 9;
        }
        if (text.contains("上半年")) {
            return 6;
        }
        if (text.contains("一季度") && !text.contains("季度以来")) {
            return 3;
        }
        Matcher m = COUNTED_TO.matcher(text);
        if (m.find()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2);
            return month(n);
        }
        return 0;
    }

    /**
     * A running total counted to a month before the report's (前三季度完成3.92亿元) is the total of that month. When the
     * same sentence gives the months since (10月、11月分别完成3900万元、4600万元; 10—11月新增620人) they are added and the
     * sum is the total to date; when it does not, it is the latest figure the report gives.
     */
    private static void addMonthsSince(List<Candidate> all, Setting setting) {
        if (setting.periodEnds() == null) {
            return;
        }
        int reportMonth = setting.periodEnds().getMonthValue();
        for (int i = 0; i < all.size(); i++) {
            Candidate base = all.get(i);
            if (base.setAside != null || base.how != How.CUMULATIVE || base.shape != Shape.AMOUNT || base.unit == null) {
                continue;
            }
            int to = countedTo(base.cuePre + "|" + base.opening);
            if (to == 0 || to >= reportMonth) {
                continue;
            }
            java.util.Set<Integer> covered = new java.util.TreeSet<>();
            BigDecimal sum = base.q.value();
            List<Candidate> added = new ArrayList<>();
            StringBuilder said = new StringBuilder(base.q.surface());
            for (int k = i + 1; k < all.size() && all.get(k).sentenceStart == base.sentenceStart; k++) {
                Candidate more = all.get(k);
                if (more.unit == null || !more.unit.dimension().equals(base.unit.dimension()) || more.shape != Shape.AMOUNT) {
                    continue;
                }
                Candidate last = added.isEmpty() ? base : added.get(added.size() - 1);
                String between = more.sentence.substring(Math.min(last.at + last.q.surface().length(), more.at), more.at);
                if (more.namedUnit != null || more.part) {
                    continue; // 其中河东村20户: a part of the months' work, not more of it
                }
                java.util.Set<Integer> months = monthsNamed(between.isEmpty() ? more.cuePre : between, to);
                // 分别完成3900万元、4600万元: after the first, a figure right after another takes the months named before both.
                boolean listed = !added.isEmpty() && between.matches("[、，,和及\\s]*");
                if (months.isEmpty() && !listed) {
                    continue;
                }
                covered.addAll(months);
                sum = sum.add(more.unit.convert(more.q.value(), base.unit));
                said.append(" + ").append(more.q.surface());
                added.add(more);
            }
            boolean complete = true;
            for (int month = to + 1; month <= reportMonth; month++) {
                complete &= covered.contains(month);
            }
            // Without the months since, the figure is the latest the report gives (前三季度农民人均可支配收入: counted quarterly) —
            // unless a quarter or more has gone by since (上半年一季草莓销售收入1190万元 in November's report): that total is a
            // season's, long overtaken, not where the work stands.
            if (added.isEmpty() && reportMonth - to >= 3) {
                base.setAside = "截至" + to + "月的累计，不是本期的累计";
                continue;
            }
            if (complete && !added.isEmpty()) {
                base.sum = sum.stripTrailingZeros();
                base.sumSaid = said.toString();
                added.forEach(a -> a.setAside = "已并入" + base.q.surface() + "的累计");
            }
        }
    }

    /** 9, 九, 十, 十一: a month's number. */
    private static int month(String n) {
        return n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : (int) ChineseNumerals.parse(n);
    }

    /** The months after {@code after} a text names: 10月、11月, 10—11月, 11月份. */
    private static java.util.Set<Integer> monthsNamed(String text, int after) {
        java.util.Set<Integer> months = new java.util.TreeSet<>();
        Matcher range = MONTH_RANGE.matcher(text);
        while (range.find()) {
            int from = Integer.parseInt(range.group(1));
            int to = Integer.parseInt(range.group(2));
            for (int m = from; m <= to; m++) {
                if (m > after) {
                    months.add(m);
                }
            }
        }
        Matcher one = ONE_MONTH.matcher(MONTH_RANGE.matcher(text).replaceAll(""));
        while (one.find()) {
            int m = Integer.parseInt(one.group(1));
            if (m > after) {
                months.add(m);
            }
        }
        return months;
    }

    /**
     * 复耕1096/1200亩: a briefing's "done over due" — the first number is the work done, in the unit after the second,
     * and the second the target. The reader sees no quantity (or only the target) there; the done one is added and
     * whatever the reader took from the pair is dropped.
     */
    private static void doneOverDue(String doc, String source, List<Quantity> quantities) {
        Matcher m = DONE_OVER_DUE.matcher(source);
        while (m.find()) {
            String unit = null;
            for (int length = Math.min(3, m.group(3).length()); length >= 1 && unit == null; length--) {
                String u = m.group(3).substring(0, length);
                if (MeasureUnit.of(u).isPresent()) {
                    unit = u;
                }
            }
            // 12/15日 is a date, not a count; done over due is never more than twice what was due.
            if (unit == null || "日号月年时周期".contains(unit) || new BigDecimal(m.group(1)).compareTo(new BigDecimal(m.group(2)).multiply(
                    BigDecimal.valueOf(2))) > 0) {
                continue;
            }
            int start = m.start(1);
            int end = m.start(3) + unit.length();
            quantities.removeIf(q -> q.start() < end && q.end() > start);
            String sentence = source.substring(sentenceStart(source, start), Math.min(source.length(), sentenceEnd(source, end)));
            quantities.add(new Quantity(doc, sentence, source.substring(start, end), new BigDecimal(m.group(1)), unit, null, unit, "actual",
                    "", "=", null, false, start, end, "完成数/目标数"));
        }
    }

    /** The shape of a figure, how it would fill, and whether it is set aside; in the order a reader weighs them. */
    private static void read(Candidate c, boolean planned, List<Candidate> earlier, int year, Setting setting) {
        Quantity q = c.q;
        String pre = c.cuePre;
        // 核桃湾村、高坎村各1座: each one's, no total of the unit's.
        if (pre.endsWith("各") || pre.endsWith("每村") || pre.endsWith("每户")) {
            c.setAside = "每一处的数，不是合计";
            return;
        }
        // 已交工验收3460米（约3.5公里）: the bracket restates the figure before it, rounded or in another unit.
        if (RESTATED_IN_BRACKETS.matcher(pre).find()) {
            c.setAside = "前一数字的约数或换算";
            return;
        }
        boolean percent = "%".equals(q.unit()) || "％".equals(q.unit());
        c.unit = MeasureUnit.of(q.unit()).orElse(null);
        // 注册人数3.34万, 接待人次12.6万: a bare 万 after the count it gives is that count in ten-thousands, not money.
        Matcher counted = COUNT_BEFORE_BARE_MAGNITUDE.matcher(pre);
        if (("万".equals(q.unit()) || "亿".equals(q.unit())) && counted.find()) {
            c.unit = MeasureUnit.of(q.unit() + (counted.group(1) != null ? counted.group(1) : counted.group(2))).orElse(c.unit);
        }
        if (percent) {
            c.shape = SHARE.matcher(pre).find() && !pre.contains("序时") && !pre.contains("时序")
                    ? Shape.SHARE_OF_TARGET
                    : endsWithAny(pre, CHANGE_VERBS, 2) && !REACHED.matcher(pre).find() ? Shape.GROWTH : Shape.RATE;
        } else {
            c.shape = Shape.AMOUNT;
        }
        if (c.unit == null) {
            c.setAside = "单位无法比较";
            return;
        }
        if (planned) {
            c.setAside = "下一步打算中的目标";
            return;
        }
        // A 工作汇报 reports. The reader may take a whole part for a plan from its title alone (关于2026年重点工作推进
        // 情况的汇报: 重点工作 reads as planning); with no heading above it that plans, a figure it judged a target for
        // that reason only (计划部分, no goal word of its own) is read as the report states it.
        boolean bySectionOnly = q.evidence() != null && (q.evidence().startsWith("计划部分") || q.evidence().startsWith("计划类文字"));
        String goalText = c.shape == Shape.SHARE_OF_TARGET
                ? SHARE_PHRASE.matcher(c.sentence.substring(0, c.at)).replaceAll("")
                : c.sentence.substring(0, c.at);
        // 收寄点11月底前建成8个，按期完成节点任务 in a report of November: work said done by a due date the period has reached is
        // done, not planned.
        boolean doneByDue = q.evidence() != null && q.evidence().startsWith("期限") && q.deadline() != null && setting.periodEnds() != null
                && !LocalDate.parse(q.deadline()).isAfter(setting.periodEnds())
                && DONE_BY_DUE.matcher(c.sentence.substring(Math.min(c.sentence.length(), c.at))).find();
        if ("target".equals(q.kind()) && !doneByDue && !(bySectionOnly && firstIn(notPlanning(goalText), GOAL_WORDS) == null)) {
            c.setAside = "目标或计划（" + q.evidence() + "）";
            return;
        }
        if ("other".equals(q.kind())) {
            if (q.evidence() != null && q.evidence().startsWith("规模：")) {
                c.scale = q.evidence().substring(3);
            } else {
                c.setAside = "描述项目规模或属性（" + q.evidence() + "）";
                return;
            }
        }
        boolean tableRow = fromTable(q);
        if (c.shape != Shape.SHARE_OF_TARGET && !tableRow) {
            // (按承诺时限办结率: a service held to the time it promised its users, no target restated)
            String target = firstIn(obtaining(notPlanning(pre).replace("按计划", "").replace("按照计划", "").replace("按年度计划", "")
                    .replace("按承诺", "")), TARGET_WORDS);
            if (target == null && REQUIRED_OF_US.matcher(pre).find()) {
                target = "要求";
            }
            // 全年改造任务1800户, 年度建设目标: the year's task with what it is of between.
            if (target == null && YEARS_TASK.matcher(notPlanning(pre)).find()) {
                target = "任务";
            }
            // （二）家庭医生和医共体。年初承诺：家庭医生签约服务15000人，…覆盖村卫生室18个: a label of aims governs its sentence.
            Matcher aim = AIM_IN_SENTENCE.matcher(c.sentence.substring(0, c.at));
            if (target == null && aim.find()) {
                target = aim.group(1);
            }
            if (target != null) {
                c.setAside = "重述目标任务（" + target + "）";
                return;
            }
        }
        String past = firstIn(pre, PAST_WORDS);
        if (past == null) {
            past = pastYear(pre, year);
        }
        if (past == null && !c.opening.isEmpty() && !containsYear(pre, year) && !pre.contains("今年")) {
            past = pastYear(c.opening, year);
            // 任职三年来，全镇累计签约…: several years' total named where the sentence opens.
            past = past != null ? past : firstIn(c.opening, SEVERAL_YEARS);
            // 去年全年，全镇农村电商网络零售额是八千六百多万元: a sentence that opens with last year speaks of it throughout.
            String lastYear = firstIn(c.opening, LAST_YEAR_OPENING);
            past = past != null ? past : lastYear != null && !c.opening.contains("以来") && !c.opening.contains("较") ? lastYear : null;
        }
        // 全镇现有烟花爆竹零售点45个，“一店一档”整治正在推进: all there are, the work on them not done.
        if (pre.contains("现有") && !pre.contains("实现有") && !tableRow
                && EXISTING_UNDER_WAY.matcher(c.sentence.substring(Math.min(c.sentence.length(), c.at + q.surface().length()))).find()) {
            c.setAside = "现有总数，相关工作仍在进行";
            return;
        }
        // 林区作业道规划18公里: the length planned, not built.
        if (PLANNED_SIZE.matcher(pre).find() && !pre.contains("完成") && !pre.contains("编制") && !pre.contains("已") && !tableRow) {
            c.setAside = "重述目标任务（规划）";
            return;
        }
        // 2025—2026学年, 秋季学期: a school's year, not the calendar year the ledger counts; 一、过去五年工作回顾: several years.
        if (past == null) {
            Matcher school = SCHOOL_YEAR.matcher(pre + "|" + c.opening);
            past = school.find() ? school.group() : firstIn(c.heading, SEVERAL_YEARS);
        }
        // 创建以来，全镇累计…, 会战以来: a total since some work began, not the year's.
        if (past == null) {
            Matcher since = EVENT_SINCE.matcher(pre + "|" + c.opening);
            past = since.find() ? since.group() : null;
        }
        if (past != null) {
            c.setAside = "往年的数字（" + past + "）";
            return;
        }
        // 督办前，全镇…只验收8座。…截至11月30日，累计…10座: the state before the office stepped in, which the report goes on from.
        Matcher stepBefore = BEFORE_THE_STEP.matcher(c.opening.isEmpty() ? pre : c.opening);
        if (stepBefore.lookingAt() && firstIn(pre, CUMULATIVE_WORDS) == null) {
            c.setAside = "此前的数（" + stepBefore.group(1) + "），不是本期末的累计";
            return;
        }
        // 较上月新增160亩: an amount gained since last month is this month's increment, not a comparison.
        boolean sinceLastMonth = c.shape == Shape.AMOUNT && (pre.contains("较上月") || pre.contains("比上月"))
                && endsWithAny(pre, CHANGE_VERBS_UP, 2);
        String comparison = sinceLastMonth ? null : firstIn(pre, COMPARISON_WORDS);
        if (comparison == null && !sinceLastMonth && endsWithAny(pre, CHANGE_VERBS, 2) && !REACHED.matcher(pre).find()
                && (pre.contains("较") || pre.contains("比"))) {
            comparison = "较…" + lastOf(pre, CHANGE_VERBS);
        }
        // A township's report quoting the county's figure (全县完成…) states the county's work, not its own.
        String above = township(setting.unitName()) ? firstIn(pre + "|" + c.opening, WIDER_AREAS) : null;
        // 全县下达任务1.2万亩，我乡承担2000亩，目前已完成…: the unit named after the county takes the sentence back.
        if (above != null && ownNamedAfter(c.sentence.substring(0, c.at), c.sentence.substring(0, c.at).lastIndexOf(above), setting)) {
            above = null;
        }
        if (above != null) {
            c.setAside = "上级区域的数字（" + above + "）";
            return;
        }
        String after = c.sentence.substring(Math.min(c.sentence.length(), c.at + q.surface().length()));
        // 化解了三百九十多件，但里面也有峰岩、柳垭两个乡镇的: a figure said to hold other townships' is no township's own.
        Matcher others = OTHERS_INSIDE.matcher(after);
        // 产地仓今年发运了2645吨，这里面有帮高枧乡代发的，台账上要剔出去: a figure said to hold what is to be taken out
        Matcher takenOut = TO_TAKE_OUT.matcher(after);
        if (takenOut.find()) {
            c.setAside = "含需剔除的部分（" + takenOut.group() + "）";
            return;
        }
        if (others.find()) {
            c.setAside = "含其他乡镇或单位的数（" + others.group() + "）";
            return;
        }
        if (comparison != null) {
            c.setAside = "比较或增幅（" + comparison + "）";
            return;
        }
        // 开工以来完成投资1200多万元: a project's money since it began holds years before this one; the ledger counts the year's.
        if (c.unit != null && MeasureUnit.MONEY.equals(c.unit.dimension()) && SINCE_START_BEFORE.matcher(pre).find()) {
            c.setAside = "开工以来的累计投资，含往年";
            return;
        }
        // 没有新增一座坟墓, 未发生一起: 一 after a denial counts nothing — it says none (a statement of none reads it as 0).
        if (c.q.surface().startsWith("一") && DENIED_BEFORE.matcher(pre).find()) {
            c.setAside = "否定说法，即没有（" + c.q.surface() + "）";
            return;
        }
        // 两百多户, 4400余人次, 1780余亩: a figure rounded with 多 or 余 is not the count the ledger takes, and a wrong figure is
        // worse than a blank (the liaison sees it among the figures set aside, and may place it by hand). Earlier writers of our
        // sets took those of two digits or more (1780余亩) as counts; the later ones, told the office's rule, leave them out.
        // (铺设污水管道8公里多: 多 after the unit rounds the figure as 8多公里 would)
        if (!tableRow && (ROUNDED.matcher(c.q.surface()).lookingAt() || ROUNDED_AFTER_UNIT.matcher(after).lookingAt())) {
            c.setAside = "约数，不是确切的完成数（" + c.q.surface() + "）";
            return;
        }
        // 5100张左右, 80个左右: 左右 after a figure gives it roughly, in a table's cell as in prose — no count to fill.
        if (ABOUT_AFTER.matcher(after).lookingAt() || c.q.surface().endsWith("左右")
                || tableRow && ROUNDED_AFTER_UNIT.matcher(after).lookingAt()) {
            c.setAside = "约数，不是确切的完成数（" + c.q.surface() + "左右）";
            return;
        }
        // 完成投资约1200万元，具体数据待镇项目库核对后确定: a figure the next words say is still to be checked is no count to fill.
        if (!tableRow && TO_BE_CHECKED_AFTER.matcher(after).lookingAt()) {
            c.setAside = "待核实后确定的数（" + c.q.surface() + "）";
            return;
        }
        // 估计在3200万元: an estimate, however exact it looks, is not the count the ledger takes. (约4600亩 the writers of our
        // sets take as the count: blanking 约 too lost eleven right figures for four wrong.)
        Matcher estimate = ESTIMATED_BEFORE.matcher(pre.substring(Math.max(0, pre.length() - 6))); // (its words end the text)
        if (!tableRow && estimate.find()) {
            c.setAside = "估计数，不是确切的完成数（" + estimate.group(1) + "）";
            return;
        }
        // 超过3000万元, 将近4万头, 八成以上: a bound says the work passed a mark, not how much was done.
        // 控制在3个以内: a ceiling set, not a count.
        String bound = BOUND_BEFORE.matcher(pre).find()
                ? lastBoundWord(pre)
                : after.startsWith("以上") || after.startsWith("以内") || after.startsWith("以下") || after.startsWith("之内")
                        ? after.substring(0, 2)
                        : pre.endsWith("控制在") ? "控制在" : null;
        if (bound != null && !tableRow) {
            c.setAside = "界限或约数，不是实际完成数（" + bound + "）";
            return;
        }
        // 生态保护红线内疑似新增人类活动3处: what is suspected is not yet found, whatever it would count; 乡国土资源所初审124户:
        // a first review is not the check the ledger counts by.
        if (c.cuePre != null && (c.cuePre.contains("疑似") || c.cuePre.contains("初审") || c.cuePre.contains("初步核查"))) {
            c.setAside = c.cuePre.contains("疑似") ? "疑似，尚未认定" : "初审数，尚未核定";
            return;
        }
        // 12月底前达到3200人 in a report of November: a date still to come is a demand or a plan, not the work done.
        String around = pre + after.split("[，,；;。]", 2)[0];
        Matcher due = DUE_BY.matcher(around);
        if (due.find() && setting.periodEnds() != null && month(due.group(1)) > setting.periodEnds().getMonthValue()
                && !pre.contains("已")) {
            c.setAside = "期限在本期之后，是要求或计划（" + due.group() + "）";
            return;
        }
        // 农家书屋十二个年底前全部验收 in a report of November: the year's end is still to come.
        Matcher yearEnd = YEAR_END_DUE.matcher(around);
        if (yearEnd.find() && setting.periodEnds() != null && setting.periodEnds().getMonthValue() < 12 && !pre.contains("已")) {
            c.setAside = "期限在本期之后，是要求或计划（" + yearEnd.group() + "）";
            return;
        }
        // 问题：截至9月底，…仅完成1480亩 in a report of November: the state at an earlier month's end, quoted to show a
        // problem or to compare, not where the work stands now (and the last report already went past it).
        String stale = staleFrame(c.paragraphBefore, setting);
        // 一、三季度工作情况（数据截至9月底）: a part dated to an earlier period dates every figure under it, unless its paragraph
        // speaks of the present (本月, 目前).
        if (stale == null && !c.topic.isEmpty() && firstIn(c.paragraphBefore, PRESENT_WORDS) == null) {
            stale = staleFrame(c.topic, setting);
            if (stale == null) {
                stale = quarterFrame(c.topic, setting);
            }
            // 三、建设指标达标情况（2025年度）: a part headed by an earlier year tells of that year.
            if (stale == null && !c.heading.contains("以来") && !YEAR_SPAN.matcher(c.heading).find()) {
                stale = pastYear(c.heading, year);
            }
        }
        if (stale != null && !tableRow && !pre.contains("较") && !pre.contains("比")) {
            c.setAside = "截至更早月份的数，不是本期累计（" + stale + "）";
            return;
        }
        // 61.5万元（10月底数）, 待审核 beside it: a figure its own bracket dates to an earlier month's end is that month's.
        Matcher dated = BRACKET_AFTER.matcher(tableRow ? c.cellAfter : after);
        String datedTo = dated.lookingAt() ? staleFrame(dated.group(1), setting) : null;
        if (datedTo != null) {
            c.setAside = "截至更早月份的数，不是本期累计（" + datedTo + "）";
            return;
        }
        // 通报时，全镇累计安装436户: where the work stood when the bulletin (the check, the last 调度) found it — a reply tells of
        // that before it tells where the work stands now.
        Matcher then = EARLIER_OCCASION.matcher(c.sentence);
        if (!tableRow && then.lookingAt() && then.end() <= c.at) {
            c.setAside = "通报或督查时的数，不是本期累计（" + then.group().strip() + "）";
            return;
        }
        // 由年初的83%提高到95.7%: where it started, not where it stands.
        if (FROM_TO.matcher(after).lookingAt() && (pre.contains("由") || pre.contains("从"))) {
            c.setAside = "变化前的起点值";
            return;
        }
        // 应清退资金共86.7万元, 应公开事项128项: what is due is the base the work is measured against, not the work done.
        // (应检设备定期检验率98.8%: a rate of what was due is the work's level, and stays)
        if (!tableRow && c.shape != Shape.RATE && DUE_TOTAL.matcher(pre).find()) {
            c.setAside = "应完成的总数，不是完成数";
            return;
        }
        // 县里交办的32件重复信访事项, 清单交办我镇的32件: what was handed down to the unit is the work set it, not the work done.
        if (!tableRow && HANDED_DOWN.matcher(pre).find()) {
            c.setAside = "上级交办或下达的数，不是完成数";
            return;
        }
        // 全年12公里任务, 建设任务3000亩, 坚守“零事故”目标: the task restated.
        if (!tableRow && (TASK_AFTER.matcher(after.replaceFirst("^[”\"’」』]", "")).lookingAt() || TASK_BEFORE.matcher(pre).find())) {
            c.setAside = "重述目标任务（任务）";
            return;
        }
        // 第三周，交易资金到账1460万元: one week's figure, which no report's total is made of by the reader's own sums.
        boolean ownTotal = firstIn(c.cuePre, RUNNING_WORDS) != null || c.cuePre.contains("合计") || ALTOGETHER.matcher(c.cuePre).find();
        if (WEEK.matcher(c.cuePre).find() || !ownTotal && (WEEK.matcher(c.previousClause).find() || WEEK.matcher(c.opening).find())) {
            c.setAside = "一周的数，不是累计";
            return;
        }
        // 请求追加2027年农村公厕新建改造指标6座: what the unit asks of the level above is no work done.
        if (REQUEST.matcher(pre).find()) {
            c.setAside = "请求上级支持的事项，不是完成数";
            return;
        }
        // 覃代表：1．建议…延伸2公里，明年再建1座: a sentence that opens with a suggestion proposes work, all of it.
        if (SUGGESTION.matcher(c.sentence.substring(0, c.at)).find()) {
            c.setAside = "意见建议，不是完成数";
            return;
        }
        // 明年再建1座, 2027年新建3处: work of a later year than the report's is planned, whatever verb it takes.
        String later = firstIn(pre, NEXT_YEAR_WORDS);
        if (later == null) {
            later = laterYear(pre, year);
        }
        if (later != null) {
            c.setAside = "以后年度的计划（" + later + "）";
            return;
        }
        // 一期6.2公里已于9月完工，二期工程形象进度80%: one phase of a project is a part of it.
        if (PHASE.matcher(pre).find() && TWO_PHASES.matcher(c.sentence).find()) {
            c.setAside = "工程一期的数，不是全部";
            return;
        }
        // 截至12月3日, 12月1日以来 in a report of November (written in December): days after the period are not the period's.
        String afterPeriod = afterPeriod(c.sentence.substring(0, c.at), setting);
        if (afterPeriod != null) {
            c.setAside = "本期之后的数（" + afterPeriod + "）";
            return;
        }
        // 还没入库，不要算进去; 未计入; （示意）: the report itself says the figure is not to be taken.
        // (148 | / | 腊洞村37户已入户施工，待验收，未计入: a row's remark with figures of its own says which part is left out of the
        // row's figure, not that the figure is)
        String said = tableRow && DIGIT.matcher(after).find() ? after.split("\\s\\|\\s|\t", 2)[0] : after;
        if (notCounted(said) || PLACEHOLDER.matcher(after).lookingAt()) {
            c.setAside = "原文说明不计入或仅为示意";
            return;
        }
        // 路面宽3.5米: the size of a thing, not a length of work.
        if (c.unit != null && MeasureUnit.LENGTH.equals(c.unit.dimension()) && DIMENSION_BEFORE.matcher(pre).find()) {
            c.setAside = "尺寸，不是完成量";
            return;
        }
        // 经核实，…11月新增应为520万元，原填610万元…: a correction outweighs what it corrects, which is set aside.
        if (SUPERSEDED.matcher(pre).find()) {
            c.setAside = "更正前的数，已更正";
            return;
        }
        c.corrected = CORRECTED.matcher(pre).find();
        // 11月签订入驻意向协议3家: an intention is not the thing done.
        if (INTENT.matcher(c.cuePre).find()) {
            c.setAside = "意向，不是完成数";
            return;
        }
        // 11月新登记流动人口236人，当月登记率96.3%: one month's rate is not where the year's stands.
        // (11月…出租率为27.4%，1—11月…累计平均出租率为41.8%: a clause that counts from the year's start is the year's rate,
        // whatever month the clause before it rated)
        boolean ownSpan = firstIn(c.cuePre, CUMULATIVE_WORDS) != null || SPAN_TO_DATE.matcher(c.cuePre).find();
        if (c.shape == Shape.RATE && (ONE_MONTHS_RATE.matcher(c.cuePre).find()
                || !ownSpan && ONE_MONTHS_RATE.matcher(c.previousClause).find())) {
            c.monthsRate = true;
        }
        // 本月受理12345热线工单86件，按期办结86件，按期办结率100%: a sentence the month opens tells the month's rate, unless it
        // counts from earlier (累计, 今年以来).
        String toFigure = c.sentence.substring(0, Math.min(c.at, c.sentence.length()));
        // (11月各村应公开…128项，按期公开126项，按期公开率98.4%: a month named alone opens it the same way)
        // — when the month's counts it rates stand before it; 11月，全镇城乡居民医保参保率达到96.3% is where the level stands)
        if (c.shape == Shape.RATE && (MONTH_OPENS.matcher(c.sentence).lookingAt()
                || ONE_MONTH_OPENS.matcher(c.sentence).lookingAt() && AMOUNT_IN_CLAUSE.matcher(toFigure.replaceFirst("^\\d+月", "")).find())
                && firstIn(toFigure, CUMULATIVE_WORDS) == null
                && !SPAN_TO_DATE.matcher(toFigure).find()) {
            c.monthsRate = true;
        }
        // 今年以来累计提交备案申请3家: applied for is not granted.
        // (审批办结农村宅基地申请17宗: applications dealt with are the work done, not mere applications)
        Matcher applied = APPLIED.matcher(c.cuePre);
        c.applied = applied.find() && !HANDLED.matcher(c.cuePre.substring(0, applied.start())).find();
        // 辅导9家企业递交高新技术企业认定申报材料: the firms counted are those that filed, told after the figure — not those granted.
        String clauseAfter = after.split("[，,；;。]", 2)[0];
        c.applied = c.applied || FILED_AFTER.matcher(clauseAfter).find();
        // 在建3项: under way, not done.
        if (!tableRow && UNDER_WAY_BEFORE.matcher(pre).find()) {
            c.setAside = "在建的数，不是完成数";
            return;
        }
        // 6个老旧小区已全部开工: started is not done.
        if (STARTED.matcher(clauseAfter).find() && !FINISHED.matcher(clauseAfter).find() && !tableRow) {
            c.setAside = "开工或在建的数，不是完成数";
            return;
        }
        // 累计入库创新型中小企业37家（含往年入库企业）: a total that holds earlier years' is no year's new ones.
        if (INCLUDES_EARLIER_YEARS.matcher(after).lookingAt()) {
            c.setAside = "含往年的数，不是今年的";
            return;
        }
        // 2家培育企业已达规模标准，待12月集中申报: what still waits to be filed, accepted or counted is not done yet.
        if (!tableRow && (PENDING.matcher(after).find() || NOT_YET_CHECKED.matcher(after).find())) {
            c.setAside = "尚待申报、验收或认定，不是完成数";
            return;
        }
        // 有2座基站土建完工后未能及时开通: what the clause says was not done is no achievement.
        if (!tableRow && NOT_DONE_AFTER.matcher(clauseAfter).find()) {
            c.setAside = "未完成的数";
            return;
        }
        // 对全镇23家粉尘涉爆企业开展执法检查46次: the firms checked are the scope of the checks, no work done on them.
        if (c.shape == Shape.AMOUNT && CHECKED_SCOPE_BEFORE.matcher(pre).find() && CHECKED_SCOPE_AFTER.matcher(after).lookingAt()) {
            c.setAside = "检查或督导的对象，不是完成数";
            return;
        }
        // 全乡16座小型水库的“三个责任人”中已有88人: the whole a later figure is counted in, named with its 的, is no work done.
        if (c.shape == Shape.AMOUNT && WHOLE_BEFORE.matcher(pre).find() && WHOLE_OF_AFTER.matcher(after).lookingAt()) {
            c.setAside = "所述范围的总数，不是完成数";
            return;
        }
        // 实地查看基站4座, 抽查生产便道3段共1.2公里: what was looked at or sampled is no work done.
        // (read with the clause before, which the pattern reaches only when the figure's own clause is short)
        if (c.shape == Shape.AMOUNT && SAMPLED.matcher(c.previousClause + "|" + pre).find()) {
            c.setAside = "抽查或查看的数，不是完成数";
            return;
        }
        // 竹园村和茅坪村两个站正在装修: work still under way after the figure is not done.
        if (!tableRow && UNDER_WAY_AFTER.matcher(clauseAfter).find()) {
            c.setAside = "正在进行，不是完成数";
            return;
        }
        // 我们镇有两名同志入选“最美退役军人”: an honour won counts no work done, but for an indicator of what is rated.
        c.honour = HONOUR.matcher(c.cuePre + "|" + clauseAfter).find();
        // 人均增收1860元, 村均: an average is no total (only an indicator that is itself an average takes it).
        c.average = firstIn(pre, AVERAGE_WORDS);
        // 排查出问题户厕46户, 发现问题23个: what was found is not what was done.
        String found = firstIn(pre.length() > 10 ? pre.substring(pre.length() - 10) : pre, FOUND_WORDS);
        // 专项排查发现水源保护区环境问题41个: the problems found, however long their name.
        if (found == null && FOUND_PROBLEMS.matcher(pre).find()) {
            found = "排查发现问题";
        }
        if (found != null) {
            c.setAside = "排查发现的数，不是完成数（" + found + "）";
            return;
        }
        // 输精2104头次: times counted (头次, 户次, 台次), not heads — no count of the things themselves.
        if (after.startsWith("次") && q.unit() != null && !q.unit().endsWith("次")) {
            c.setAside = "次数（" + q.unit() + "次），不是个数";
            return;
        }
        // 剔除复制件、重复件24件后登记入库148件: what was taken out is no work done (what is left after it is).
        Matcher removed = REMOVED.matcher(pre);
        if (removed.find()) {
            c.setAside = "剔除或核减的数，不是完成数（" + removed.group(1) + "）";
            return;
        }
        // 以上4项指标不分渠道, 14项指标已核算: a count of the ledger's own indicators is no work done.
        if (INDICATORS_COUNTED.matcher(after).lookingAt()) {
            c.setAside = "指标的个数，不是完成数";
            return;
        }
        // 银杏节两天接待游客2.3万人次, 本周发放…: a few days' figure is neither the month's nor the year's.
        Matcher days = FEW_DAYS.matcher(pre);
        String fewDays = days.find() ? days.group() : null;
        // (文化节期间接待游客13.6万人次 is the festival's own figure: only an indicator naming the festival takes it)
        Matcher during = EVENT_DURING.matcher(pre);
        if (fewDays != null && during.find()) {
            c.event = during.group(1);
            fewDays = null;
        }
        String week = setting.periodStarts() != null && setting.periodEnds() != null
                && setting.periodStarts().plusDays(10).isBefore(setting.periodEnds()) ? firstIn(pre, WEEK_WORDS) : null;
        if (fewDays != null || week != null) {
            c.setAside = "几天或一周的数，不是本期或累计（" + (fewDays != null ? fewDays : week) + "）";
            return;
        }
        // 距全年新增4家的目标尚差1家: the target the gap is measured from.
        // 家庭养老床位离160张还差22张, 参与率离95%还差一点: the mark measured from is the target, whoever names it.
        if ((pre.contains("距") || pre.contains("离")) && TARGET_NAMED_AFTER.matcher(after).find()
                || GAP_FROM.matcher(pre).find() && GAP_AFTER.matcher(after).lookingAt()) {
            c.setAside = "重述目标任务（距…目标）";
            return;
        }
        // 秋播面积受天气影响未达到15000亩, 还没有达到90%: the mark not reached is the target.
        if (NOT_REACHED_BEFORE.matcher(pre).find()) {
            c.setAside = "重述目标任务（未达到）";
            return;
        }
        String peak = firstIn(pre.length() > 8 ? pre.substring(pre.length() - 8) : pre, PEAK_WORDS); // next to the figure
        if (peak != null) {
            c.setAside = "一天或峰值的数，不是累计（" + peak + "）";
            return;
        }
        String left = firstIn(pre.length() > 6 ? pre.substring(pre.length() - 6) : pre, LEFT_WORDS);
        if (left != null) {
            c.setAside = "剩余或未完成的数（" + left + "）";
            return;
        }
        // A village or another unit named before the figure did that part of the work: only an indicator that
        // names it (石桥村集体经济收入) takes it.
        c.namedUnit = otherUnit(pre, c.opening, setting);
        // 镇中心幼儿园托班、枫香坪村托育点等已建成…托位96个: places listed with 等 are where the whole comes from.
        if (c.namedUnit != null && pre.substring(0, examplesEnd(pre)).contains(c.namedUnit)) {
            c.namedUnit = null;
        } else if (c.namedUnit != null && countsItsList(pre, q)) {
            c.namedUnit = null; // 鑫源包装、德瑞机械2家企业…入库: the count of the names listed before it is the unit's
        } else if (c.namedUnit != null && jointlyDone(pre, c.namedUnit, setting)) {
            c.namedUnit = null; // 本月上湾村、柳溪村新建标准化葡萄园120亩: the places of one figure of the unit's work, listed
        } else if (c.namedUnit == null) {
            c.namedUnit = firm(pre + "|" + c.opening);
        }
        if (c.namedUnit == null && c.townCell != null) {
            c.namedUnit = c.townCell;
        }
        // 该公司今年销售额已达420万元: a firm named in the sentence before, its own figure.
        Matcher thatFirm = c.namedUnit == null ? THAT_FIRM.matcher(pre) : null;
        if (thatFirm != null && thatFirm.lookingAt()) {
            c.namedUnit = thatFirm.group();
        }
        if (c.namedUnit == null) {
            c.namedUnit = projectLabel(c.sentence);
        }
        if (c.namedUnit == null) {
            c.namedUnit = facility(c.cuePre);
        }
        if (c.namedUnit == null) {
            c.namedUnit = headedBy(c, setting);
        }
        // 县公路事业发展中心在我镇实施县道预防性养护12公里: a county body the clause opens with did the work itself (在我镇 says
        // where, not who).
        boolean countyDid = false;
        if (c.namedUnit == null) {
            String before = c.sentence.substring(0, c.at);
            int clauseStart = Math.max(Math.max(before.lastIndexOf('，'), before.lastIndexOf('；')), before.lastIndexOf('。')) + 1;
            Matcher body = COUNTY_BODY_OPENS.matcher(before.substring(clauseStart));
            c.namedUnit = body.lookingAt() ? body.group(1) : null;
            countyDid = c.namedUnit != null;
        }
        // 栖峪县建了县级脫毒种芋繁育中心，…今年鲜芋产量12.6万吨 in a township's report of a visit: a county the sentence opens
        // with (not a body of it), or that its part is about (一、栖峪县的主要做法和成效), is whose figures they are.
        // (the county opening the sentence is named as the whole its 全县 speaks of: 栖峪县把中蜂…，全县中蜂存栏8.6万群)
        if (c.namedUnit == null && township(setting.unitName())) {
            Matcher county = COUNTY_OPENS.matcher(c.sentence);
            Matcher about = COUNTY_HEADING.matcher(c.topic == null ? "" : c.topic);
            c.namedUnit = county.lookingAt() && c.sentence.indexOf("全县", county.end()) >= 0
                    ? county.group(1)
                    : about.find() ? about.group(1) : null;
            countyDid = c.namedUnit != null;
        }
        // 苎麻冲村、棕榈岙村本月通过验收命名，6个婚俗改革示范村全部验收命名: more things than the places named before it are
        // counted, in a clause that names none — the whole's figure, not theirs.
        if (c.namedUnit != null && !countyDid && c.unit != null && MeasureUnit.THINGS.equals(c.unit.dimension())
                && PLACE.matcher(c.namedUnit).matches()) {
            int clause = clauseStart(c.sentence, c.at);
            Matcher places = PLACE.matcher(c.sentence.substring(0, clause));
            int named = 0;
            while (places.find()) {
                named++;
            }
            if (named > 0 && c.q.value().compareTo(BigDecimal.valueOf(named)) > 0
                    && !PLACE.matcher(c.sentence.substring(clause, Math.min(c.sentence.length(), c.at))).find()) {
                c.namedUnit = null;
            }
        }
        // 坪上村通过验收，全乡示范村达到4个: the unit's own 全乡 after the village speaks of the whole; 会同县交通运输局开展…
        // names a partner of the unit's work, not its doer.
        if (c.namedUnit != null && !countyDid) {
            String before = c.sentence.substring(0, c.at);
            int named = before.lastIndexOf(c.namedUnit);
            if (ownNamedAfter(before, named, setting) || partner(before, named) || checker(before, named, c.namedUnit)) {
                c.namedUnit = null;
            }
        }
        // 杉木坪村…、核桃湾村…2个帮扶项目竣工验收，今年累计建成帮扶项目16个: the villages an earlier count of the sentence
        // listed, as many as it counts, are the places of that month's part; the running total after it is the unit's.
        if (c.namedUnit != null) {
            int ownClause = clauseStart(c.sentence, c.at);
            Matcher listed = LISTED_COUNT.matcher(c.sentence.substring(0, ownClause));
            int countAt = -1;
            int count = 0;
            while (listed.find()) {
                countAt = listed.start();
                count = Integer.parseInt(listed.group(1));
            }
            if (countAt > 0 && firstIn(c.sentence.substring(ownClause, c.at), RUNNING_WORDS) != null
                    && c.sentence.lastIndexOf(c.namedUnit, countAt) >= 0 && count >= 2
                    && namesListed(c.sentence.substring(clauseStart(c.sentence, countAt), countAt), setting) == count) {
                c.namedUnit = null;
            }
        }
        // 新建桥头村、河东村互助养老服务站2个: villages listed where the work stands, as many as the figure counts —
        // the unit's own total, not a village's part.
        // (枫香坪村3处、鹭鸶滩村2处: each village with its own figure is no such list.)
        if (c.namedUnit != null && c.shape == Shape.AMOUNT && MeasureUnit.THINGS.equals(c.unit.dimension())
                && !DIGIT.matcher(pre.substring(Math.max(0, pre.indexOf(c.namedUnit)))).find()
                && q.value().compareTo(BigDecimal.valueOf(namesListed(pre, setting))) == 0
                && namesListed(pre, setting) >= 2) {
            c.namedUnit = null;
        }
        String activity = firstIn(c.namePre + q.indicator(), ACTIVITY_WORDS);
        if (activity != null && MeasureUnit.EVENTS.equals(c.unit.dimension())) {
            c.activity = activity;
        }
        // 排查建筑施工安全隐患52处: what a sweep found, which only an indicator of the sweep (排查隐患) counts — not 整改销号.
        if (c.activity == null && SWEPT.matcher(c.cuePre == null ? "" : c.cuePre).find()) {
            c.activity = "排查";
        }
        // 书记带队走访村（社区）11个、企业9家: what a visit's clause counts (places, firms, people) were visited, no work done.
        String visit = firstIn(c.cuePre, VISIT_WORDS);
        if (c.activity == null && visit != null && c.unit != null && VISITED.contains(c.unit.dimension())) {
            c.activity = visit;
        }
        if (q.evidence() != null && q.evidence().startsWith("表格分项")) {
            c.part = true; // a row of a table whose 合计 row is the whole
        }
        int part = c.sentence.lastIndexOf("其中", c.at);
        if (part >= 0) {
            for (Candidate e : earlier) {
                // 完成年度任务的97%，其中机械化播种1.86万亩: a part of the whole whose share was just given.
                if (e.at < part && (e.unit != null && e.unit.dimension().equals(c.unit.dimension()) || e.shape == Shape.SHARE_OF_TARGET)) {
                    c.part = true;
                    c.partName = c.sentence.substring(part + 2, Math.min(c.at, c.sentence.length())).strip();
                    break;
                }
            }
        }
        how(c, pre, year, setting);
        if (c.shape == Shape.RATE && (q.evidence() != null && q.evidence().startsWith("表格本月")
                || c.monthCellPre != null && firstIn(c.monthCellPre, CUMULATIVE_WORDS) == null)) {
            c.setAside = "表格本月一栏的比率，是当月的，不是全年的"; // a month's rate adds to nothing
            return;
        }
        if (q.evidence() != null && q.evidence().startsWith("表格本月")) {
            c.how = How.INCREMENT; // a table's month column (11月完成) is the month's, whatever else its row says
            c.incrementFrom = setting.periodStarts() != null ? setting.periodStarts() : LocalDate.of(year, 1, 1);
        }
        if (c.monthCellPre != null && firstIn(c.monthCellPre, CUMULATIVE_WORDS) == null && !SPAN_TO_DATE.matcher(c.monthCellPre).find()
                && c.shape != Shape.RATE) {
            c.how = How.INCREMENT; // a figure told in the row's 本月进展 cell is the month's, unless its words say 累计
            c.incrementFrom = setting.periodStarts() != null ? setting.periodStarts() : LocalDate.of(year, 1, 1);
        }
        if (sinceLastMonth && !c.explicitCumulative) {
            c.how = How.INCREMENT;
            c.incrementFrom = setting.periodStarts() != null ? setting.periodStarts() : LocalDate.of(year, 1, 1);
        }
    }

    /** A run-in heading: a list number and a short phrase closed by 。 or ：, the line's own topic. */
    private static final Pattern RUN_IN_HEADING = Pattern.compile(
            "^\\s*(?:(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}[.．、])\\s*([\\p{IsHan}、和与及]{2,12})[。：:]"
                    + "|【([^】]{2,14})】)");

    /** 1-9月, 1至10月, 前9个月, 前十个月: a running total counted to that month. */
    private static final Pattern COUNTED_TO = Pattern.compile(
            "(?:1|一)\\s*[-—~～至到]\\s*(1[0-2]|[1-9]|[一二三四五六七八九十]{1,2})\\s*月|前(1[0-2]|[1-9]|[一二三四五六七八九十]{1,2})个?月");
    /** 10—11月, 10月至11月: months after a running total. */
    private static final Pattern MONTH_RANGE = Pattern.compile("(1[0-2]|[1-9])\\s*月?\\s*[-—~～至到]\\s*(1[0-2]|[1-9])\\s*月");

    /** 本月完成投资410万元，累计完成投资2770万元: the month's figure and the total named alike before them, but for when. */
    private static boolean namedAlikeBefore(Candidate earlier, Candidate total) {
        String a = PERIOD_WORDS.matcher(earlier.namePre).replaceAll("");
        String b = PERIOD_WORDS.matcher(total.namePre).replaceAll("");
        int n = Math.min(4, Math.min(a.length(), b.length()));
        return n >= 2 && a.chars().skip(a.length() - n).allMatch(Character::isIdeographic) && a.endsWith(b.substring(b.length() - n));
    }

    /** The words that say when or how far a figure counts (本月, 累计, 今年), not what it counts. */
    private static final Pattern PERIOD_WORDS = Pattern.compile("本月|当月|本期|累计|今年|全年|年内|共计|合计|共|已|全镇|全乡|全县");

    /** Whether the things right after an earlier count (2个区域自动气象站) are named again before a running total. */
    private static boolean namesTheSameThings(Candidate earlier, Candidate total) {
        int after = earlier.at + earlier.q.surface().length();
        int end = after;
        while (end < earlier.sentence.length() && end - after < 8 && Character.isIdeographic(earlier.sentence.charAt(end))) {
            end++;
        }
        String things = earlier.sentence.substring(after, end);
        return things.length() >= 3 && total.namePre.contains(things.substring(0, Math.min(4, things.length())));
    }

    /** The state a count is of: 签约, 开工, 竣工… — the last one in an indicator's name is what it counts. */
    private static final String[] STATES = {"签约", "开工", "竣工", "完工", "投产", "到位", "入库", "验收", "并网", "投用", "备案", "安装", "挂牌",
            "认证", "登记"};
    private static final Pattern FROM_TO = Pattern.compile("的?(?:提高|提升|增加|增长|上升|下降|降低|减少)(?:到|至)");
    /** 应清退资金共, 应公开“三务”事项: a due amount right before a figure (not 响应, 适应, 对应, 供应, 相应). */
    private static final Pattern DUE_TOTAL = Pattern.compile("(?<![响适对供相答反])应(?!急|用|对|当|该|届|聘|为|是|予|按)[\\p{IsHan}“”]{1,10}(?:共|合计|总计|为)?$");
    /**
     * 交办的, 交办我镇的, 下达给我乡的: right before a figure, what the level above handed down (移交我镇办理的问题线索14件: handed
     * over for the unit to handle, named after 的).
     */
    private static final Pattern HANDED_DOWN = Pattern.compile(
            "(?:交办|交辦|移交|转办|轉辦|下达|下達|分配|派发)(?:给|給)?(?:我镇|我乡|我鎮|我鄉|我街道|我们|我們|本镇|本乡)?(?:办理|辦理|处理|處理|核查)?的(?:(?!已|办结|辦結|完成|化解|销号|銷號|整改|查处|查處)[\\p{IsHan}]){0,8}$");
    /** 建设任务3000亩, 县下达任务为…: a task given (完成植树造林任务1200亩 reports work done and stays). */
    private static final Pattern TASK_BEFORE = Pattern.compile("(?:下达|承担|分解|全年|年度|建设|目标|县里|县上|上级|市里|今年|本年)任务(?:为|是|数)?$");
    /** 任务22个 … ; 15座电站的改造任务，…: the quota, named a task right after the figure or at its clause's end. */
    private static final Pattern TASK_AFTER = Pattern.compile("的(?:任务|目标任务|建设任务|目标)|(?:任务|目标任务|建设任务|目标)(?![完成])");
    /** 不要算进去, 未计入, 不纳入统计, 均不在统计范围: the report says the figure is not counted. */
    private static final Pattern NOT_COUNTED = Pattern.compile("不要算|不算进|不算在|(?:暂|均|都)?(?:不|未)(?:单独|另行|重复)?(?:计入|纳入|统计在内)"
            + "|(?:均|都)?不(?:在|列入)(?:本任务|本项|本指标)?(?:统计|计算|台账)(?:范围|口径|之列|之内)|不重复(?:计算|统计)|不(?:计算|统计)在内|不要急[着著](?:往上)?报"
            // 不作为台账数据: said not to be the ledger's figure
            + "|不作为(?:台账|统计|考核|上报)?(?:数据|数字|依据)"
            // 待2027年秋季开园后计入: counted only once something still ahead has happened
            + "|待[^，,；;。]{1,16}后(?:再|方|才)?(?:计入|统计|纳入)");
    /**
     * Whether the words after a figure say it is not counted: in its own clause, or in a clause after it that names no
     * other thing before the words (，还没入库，不要算进去; 验收前按台账口径不计入) — 征地费用未计入 speaks of something else.
     */
    private static boolean notCounted(String after) {
        // 1名67岁村民遭遇刷单诈骗，不属于养老诈骗: said not to be the thing at all — when no other figure (an age aside) stands
        // between (原填328户有误：…其中10户…，不属于立面改造 speaks of the 10户)
        int notOf = after.indexOf("不属于");
        int sentenceEnd = after.indexOf('。');
        // (…发放司法救助金3.5万元，镇民政办发放临时救助金1.8万元，均不属于信访救助资金: 均 says it of every figure before)
        boolean ofAll = notOf > 0 && "均都皆".indexOf(after.charAt(notOf - 1)) >= 0;
        if (notOf >= 0 && (sentenceEnd < 0 || notOf < sentenceEnd)
                && (ofAll || !OTHER_FIGURE.matcher(after.substring(0, notOf).replaceAll("[0-9]+(?:周)?岁", "")).find())) {
            return true;
        }
        String[] clauses = after.split("[，,；;。]", 5);
        boolean otherBetween = false;
        for (int i = 0; i < clauses.length && i < 4; i++) {
            String c = clauses[i].strip();
            Matcher m = NOT_COUNTED.matcher(c);
            if (!m.find()) {
                // 累计14个	返青地块二次清除90亩，不重复计算: a clause with a figure of its own takes what follows, unless 均 says
                // it of every figure before
                otherBetween |= i > 0 && OTHER_FIGURE.matcher(c).find();
                continue;
            }
            String before = c.substring(0, m.start()).strip();
            if (i == 0) {
                return !OTHER_FIGURE.matcher(before).find();
            }
            if (otherBetween && !(c.startsWith("均") || c.startsWith("都"))) {
                return false;
            }
            // 不要算进去, 还没入库…未计入, 验收前按台账口径不计入: said of the figure; 征地费用未计入 names another thing.
            return before.isEmpty() || "还尚未暂不但均都待没正已仍".indexOf(before.charAt(0)) >= 0 || BASIS.matcher(before).find();
        }
        return false;
    }

    /** 按台账口径, 验收前, 以…为准: the basis a figure is counted on. */
    private static final Pattern BASIS = Pattern.compile("按|以|依|口径|之前|前$");

    /** A figure between (not a date: 12月5日, 2026年): what a 不计入 after it may speak of instead. */
    private static final Pattern OTHER_FIGURE = Pattern.compile("[0-9０-９]+(?:\\.[0-9]+)?(?![0-9.月日年号时])");
    /** 6400万元（示意）: a figure only standing in for one still to come. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\s*[（(](?:示意|暂定|待核实|待核定|待核|未核定|待定|虚拟|样例)[）)]");
    /** 路面宽3.5米, 直径0.8米: a thing's size. */
    private static final Pattern DIMENSION_BEFORE = Pattern.compile(
            "(?:(?<![拓加])宽|宽度|(?<![提增升拔加])高|高度|(?<![加挖])深|深度|(?<!加)厚|厚度|直径|口径|半径|跨度)(?:为|约|达|达到|一般|均为|在)*$");
    /** 林区作业道规划18公里, 规划面积1200亩: a size planned, not work done (村庄规划23个 done counts plans, not a size). */
    private static final Pattern PLANNED_SIZE = Pattern.compile("(?:规划|设计)(?:长度|面积|里程|建设|总长)?$");
    private static final Pattern UNDER_WAY_BEFORE = Pattern.compile("(?:在建|正在建设|正在施工|正在实施|施工中)$");
    private static final Pattern STARTED = Pattern.compile("(?:已|全部|均|陆续)*(?:开工|动工|开建|在建|进场施工)");
    private static final Pattern FINISHED = Pattern.compile("完工|建成|竣工|完成|投用|投运|验收");
    /** 年初承诺：, 年度目标：… inside a sentence: what follows to the sentence's end restates aims. */
    private static final Pattern AIM_IN_SENTENCE = Pattern.compile("(承诺|年度目标|目标任务|全年目标|工作目标|细则要求|考核要求|任务要求|目标要求)[：:][^。；;]*$");
    private static final Pattern DIGIT = Pattern.compile("[0-9０-９]");
    /** The words of a figure that name no thing: the unit itself, time, the doing (我们…完成了, 到11月底, 现在改完了). */
    private static final Pattern UNNAMING = Pattern.compile(
            // (S217省道石桥至凤岭段, 杨柳垸至新堤段: a stretch of road or dyke says where, not what is measured)
            "(?:国道|省道|县道|乡道)?[\\p{IsHan}]{1,4}?至[\\p{IsHan}]{1,4}?段(?<!阶段)|(?:国道|省道|县道|乡道)[\\p{IsHan}]{0,6}?段(?<!阶段)|"
                    + "我们|我镇|我乡|全镇|全乡|今年|现在|目前|已经|月底|月份|完成了|完成|改完了|改完|新增|做到|实现|达到|累计|截至|一共|又|了|共|已|到");
    /**
     * Whether the clause lists two places or more before one figure of work done in them all (上湾村、柳溪村新建…120亩), no
     * figure of their own between, and no 其中 making them a part.
     */
    private static boolean jointlyDone(String pre, String named, Setting setting) {
        int at = pre.indexOf(named);
        return at >= 0 && namesListed(pre, setting) >= 2 && !DIGIT.matcher(pre.substring(at)).find() && !pre.contains("其中")
                && !pre.contains("分别");
    }

    /** Time words that open a list of names (本月鑫源包装、德瑞机械…), and the mark between its names. */
    private static final Pattern LIST_OPENING = Pattern.compile("^(?:本月|今年|当月|目前|已有|已)");
    private static final Pattern LIST_MARK = Pattern.compile("、");

    /** Whether the figure counts the names listed right before it (A、B2家, A、B、C三个): as many names as it says. */
    private static boolean countsItsList(String pre, Quantity q) {
        String tail = pre.substring(Math.max(0, Math.max(pre.lastIndexOf('，'), pre.lastIndexOf(',')) + 1));
        tail = LIST_OPENING.matcher(tail).replaceFirst("");
        String[] names = LIST_MARK.split(tail);
        return names.length >= 2 && q.value().compareTo(BigDecimal.valueOf(names.length)) == 0
                && java.util.Arrays.stream(names).allMatch(n -> n.strip().length() >= 2 && n.strip().length() <= 12);
    }

    /** A list of places closed by 等: A、B等. */
    private static final Pattern EXAMPLES = Pattern.compile("、[^，,；;。]{1,24}?等(?![级次])");

    /** Where a list closed by 等 ends in {@code pre}; 0 when there is none. */
    private static int examplesEnd(String pre) {
        Matcher m = EXAMPLES.matcher(pre);
        return m.find() ? m.end() : 0;
    }

    /** After a figure: 未能及时开通, 尚未验收, 没有完成, 已验收、待兑付. */
    private static final Pattern NOT_DONE_AFTER = Pattern
            .compile("^[^，,；;。]{0,12}(?:未能|尚未|没有|未|待)(?:及时)?(?:开通|完成|建成|验收|投用|完工|到位|兑付|拨付|落实|整改|通)");
    /** 全乡, 全镇 right before a figure (the clause's opening words before them aside): the whole of what is counted. */
    private static final Pattern WHOLE_BEFORE = Pattern.compile("(?:^|[，,；;：:])(?:截至[^，,；;]{1,8}，)?(?:全乡|全镇|全村|全街道|辖区内?)$");
    /** 小型水库的“三个责任人”中, 行政村的…中: what follows counts within the whole just named. */
    private static final Pattern WHOLE_OF_AFTER = Pattern.compile("[\\p{IsHan}“”\"]{1,10}的[^，,；;。]{1,16}(?:中|里)");
    /** 对(全镇), 针对 right before a figure: what follows is acted on. */
    private static final Pattern CHECKED_SCOPE_BEFORE = Pattern.compile("对(?:全镇|全乡|全村|辖区内?|全部|所有|其中)?(?:的)?$");
    /** …企业开展执法检查, …户进行入户排查: the act on them a check, not work. */
    private static final Pattern CHECKED_SCOPE_AFTER = Pattern.compile(
            "[^，,；;。]{0,16}?(?:开展|进行|实施|组织)[^，,；;。]{0,6}?(?:检查|督查|巡查|排查|暗访|抽查|督导|走访|约谈|评估|执法)"
                    // (…开展执法检查46次: the check's own count follows; 对136户脱贫户开展入户走访 alone may be the visits counted)
                    + "[^，,；;。]{0,4}?[0-9一二三四五六七八九十]+(?:次|场|轮|批次|家次|人次)");
    /** 实地查看基站4座, 抽查…共1.2公里, 抽测30套: what was looked at or sampled. */
    // (完成整改并经县应急管理局抽查验收19家: the work done, checked and passed — 抽查 followed by 验收, 合格, 通过 is no sample)
    // (送检种子监督抽查样品37份: the samples taken and sent are the work, counted as such)
    // (抽检不合格2批次: what the sampling found wanting is the result, a harm counted — not the sampling)
    private static final Pattern SAMPLED = Pattern.compile("(?:抽查|抽测|抽检|实地查看|查看|随机抽取)(?!验收|合格|不合格|通过|样品|样本)[^，,；;。]{0,12}$");
    /** 应为520万元, 更正为318户: a figure set right. */
    private static final Pattern CORRECTED = Pattern.compile("(?:应为|更正为|核实为|调整为|修正为|核减为|核增为)$");
    /** 原填610万元, 原报: the figure a correction replaces. */
    private static final Pattern SUPERSEDED = Pattern.compile("(?:原填|原报|原为|原统计|原上报)[^，,；;。]{0,4}$");
    /** 意向协议, 有意向: what is intended. */
    private static final Pattern INTENT = Pattern.compile("意向");
    /** 当月登记率, 本月…率: a rate of the month alone. */
    /** (11月份入企检查扫码登记率: a month named alone, not a span 1—11月 nor a state 截至11月底) */
    private static final Pattern ONE_MONTHS_RATE = Pattern.compile("(?:当月|本月|单月)[^，,；;。]{0,8}率|(?:集中|专项)[^，,；;。]{0,8}期间"
            + "|(?<![0-9—\\-－~～至到止年])(?:1[0-2]|[1-9])月份?(?![底末]|以来)[^，,；;。|0-9]{0,12}率");
    /** 第三周, 本周, 上周: one week's figures. */
    private static final Pattern WEEK = Pattern.compile("第[一二三四五六1-6]周|本周|上周|当周|周内");
    /** A sentence opening with 建议 (after a speaker's name or an item's number): a proposal; 意见建议9条 is a count of them. */
    private static final Pattern SUGGESTION = Pattern.compile(
            "^\\s*(?:[^，,。；;：:]{0,12}[：:])?\\s*(?:[0-9一二三四五六七八九十]{1,2}[．.、)）])?\\s*(?:建议|提议|倡议)(?![书稿])");
    /** 明年, 下一年度: work of a later year. */
    private static final String[] NEXT_YEAR_WORDS = {"明年", "来年", "下一年度", "下年度"};
    /** 请求追加…指标, 恳请县里支持, 申请安排…资金: an ask of the level above. */
    private static final Pattern REQUEST = Pattern.compile("(?:请求|恳请|建议县|申请县|希望县)[^，,；;。]{0,12}(?:追加|安排|支持|给予|解决|下达|协调|增加|倾斜)");
    /** A sentence naming two phases of one project: 一期…二期. */
    private static final Pattern TWO_PHASES = Pattern.compile("[一二三四首]期[\\s\\S]*?[一二三四]期");
    /** 一期6.2公里: the phase named right before the figure. */
    private static final Pattern PHASE = Pattern.compile("[一二三四首]期(?:工程|项目)?[^，,；;。]{0,3}$");
    /** 递交…申报材料, 提交…申请: what the things counted filed, right after the figure. */
    private static final Pattern FILED_AFTER = Pattern.compile("(?:递交|提交|报送|上报)[^，,；;。]{0,16}?(?:申报|申请)(?:材料|书|表)?");
    /** 提交备案申请, 申请…: what was applied for. */
    private static final Pattern APPLIED = Pattern.compile("(?<!成功)(?<!获批)(?:申请|申报)(?!成功|获批)");
    /** 审批办结, 受理, 批复 before an application: the applications dealt with. */
    // (受理 is not among them: 新受理倾斜救助申请9人 counts applications received, not yet decided)
    private static final Pattern HANDLED = Pattern.compile("审批|办结|批准|批复|办理|审核|核准");

    /** 今年县里要求我们完成十四个: what a higher level asks of the unit is its quota restated. */
    private static final Pattern REQUIRED_OF_US = Pattern.compile(
            "(?:(?<![社园小景城超街商])(?:县|市|省|区)|上级|上面)[里委府政]{0,3}[^，,；;。]{0,4}要求(?:我们|我镇|我乡|我街道|全镇|全乡|本镇|本乡)?[^，,；;。]{0,4}(?:完成|达到|新建|建成)?[^，,；;。]{0,12}$");
    /** Right after a figure and its noun: 两个站正在装修, 3户仍在施工. */
    private static final Pattern UNDER_WAY_AFTER = Pattern.compile(
            "^[^，,；;。]{0,4}(?:正在|仍在|还在)(?:装修|建设|施工|实施|推进|办理|整改|改造|安装|调试|审批|申报|验收)");
    /** An honour: 入选, 获评, 评为, 荣获, 表彰. */
    private static final Pattern HONOUR = Pattern.compile("入选|获评|被评为|评为|荣获|获得.{0,6}称号|表彰");
    /** What an indicator that counts honours says of itself: 星级农家乐, 示范村创建, 先进. */
    private static final Pattern RATED = Pattern.compile("星级|示范|先进|荣誉|称号|评定|评选|认定|认证|创建|达标|品牌");

    /** 提高到91.2%, 提升至, 增加到: the level reached, not the change. */
    private static final Pattern REACHED = Pattern.compile("(?:提高|提升|增加|增长|上升|降低|下降|减少)(?:到了|到|至)$");
    /** 开工以来, 自开工以来, 开工至今: the span of a project's money since it began. */
    private static final Pattern SINCE_START_BEFORE = Pattern.compile(ReportTables.SINCE_START_WORDS);
    /** 没有新增, 未发生, 无: a denial a few words before a figure. */
    private static final Pattern DENIED_BEFORE = Pattern.compile("(?:没有|沒有|没|沒|未|无|無)[\\p{IsHan}]{0,4}$");
    /** A bound right before the number: 超过, 突破, 将近, 接近, 近, 不到, 不足, 逾; a floor or ceiling set: 不小于, 至少. */
    private static final Pattern BOUND_BEFORE = Pattern.compile(
            "(?:超过了?|突破了?|将近|接近|不到|不足|逾|(?<![最附])近|不小于|不低于|不少于|不高于|不大于|至少)$");

    /** 估计在, 估算为: an estimate right before the number. */
    private static final Pattern ESTIMATED_BEFORE = Pattern.compile("(估计|估算|预估)(?:在|为|是|有|达|达到)?$");

    private static String lastBoundWord(String pre) {
        Matcher m = BOUND_BEFORE.matcher(pre);
        return m.find() ? m.group() : null;
    }

    /** Words of the present a paragraph may set its figures in: after them, an earlier month's end no longer holds. */
    private static final String[] PRESENT_WORDS = {"本月", "当月", "目前", "今年以来", "年初以来", "至今", "迄今"};

    /** A span named by quarters or halves, and the month it ends: 前三季度 → 9, 上半年 → 6. */
    private static final Pattern QUARTER_SPAN = Pattern.compile("前三季度|三季度|前两个季度|上半年|一季度|二季度|1—9月|1-9月");

    /** The quarter or half the text last dated its figures to, when it ended before the report's period; else null. */
    static String quarterFrame(String before, Setting setting) {
        if (setting.periodEnds() == null || before.isEmpty()) {
            return null;
        }
        Matcher m = QUARTER_SPAN.matcher(before);
        String last = null;
        int at = -1;
        while (m.find()) {
            last = m.group();
            at = m.end();
        }
        if (last == null) {
            return null;
        }
        for (String w : PRESENT_WORDS) {
            if (before.indexOf(w, at) >= 0) {
                return null;
            }
        }
        int ends = last.contains("三季度") || last.contains("9月") ? 9 : last.equals("一季度") ? 3 : 6;
        return ends < setting.periodEnds().getMonthValue() ? last : null;
    }

    /**
     * The earlier month's end the paragraph last dated its figures to before this one (截至9月底, 1—9月) when the
     * report is of a later month, else null: a frame of the present (本月, 目前, 11月) or a later month since resets it,
     * and an earlier month named alone (10月新增…) or a date (9月12日) does not. Read back from the figure, 月 by 月, so
     * that each figure costs a few characters' look, not a pattern tried at every position of its paragraph.
     */
    static String staleFrame(String before, Setting setting) {
        if (setting.periodEnds() == null || before.isEmpty()) {
            return null;
        }
        int periodMonth = setting.periodEnds().getMonthValue();
        int present = -1;
        for (String w : PRESENT_WORDS) {
            present = Math.max(present, before.lastIndexOf(w));
        }
        for (int at = before.lastIndexOf('月'); at > present; at = before.lastIndexOf('月', at - 1)) {
            int from = at;
            while (from > 0 && at - from < 2 && MONTH_DIGITS.indexOf(before.charAt(from - 1)) >= 0) {
                from--;
            }
            if (from == at) {
                continue;
            }
            int month = month(before.substring(from, at));
            if (month < 1 || month > 12) {
                continue;
            }
            char next = at + 1 < before.length() ? before.charAt(at + 1) : ' ';
            char after = at + 2 < before.length() ? before.charAt(at + 2) : ' ';
            boolean end = next == '底' || next == '末';
            if (from >= 1 && "比较".indexOf(before.charAt(from - 1)) >= 0) {
                continue; // 比10月底提高2.5个百分点: the month the figure is compared with, not when it was counted
            }
            if (from >= 1 && "由从".indexOf(before.charAt(from - 1)) >= 0) {
                continue; // 由10月底的76.9%提高到84.6%: the month a change starts from; where it got to is now
            }
            // 截至10月31日累计6.35万人次 in a report of November: a day of an earlier month frames the figure as then
            boolean asOf = from >= 2 && (before.startsWith("截至", from - 2) || before.startsWith("截止", from - 2));
            if (Character.isDigit(next) && asOf && month < periodMonth) {
                int day = before.indexOf('日', at);
                return day > at && day - at <= 3 ? before.substring(from - 2, day + 1) : null;
            }
            if (next == '前' || end && (after == '前' || before.startsWith("以前", at + 2) || before.startsWith("之前", at + 2))
                    || Character.isDigit(next) || "中上下初".indexOf(next) >= 0) {
                continue; // 9月底前 is a due date, 9月12日 a day, 9月中旬 a part of the month: none is a frame
            }
            boolean span = from >= 2 && RANGE_MARKS.indexOf(before.charAt(from - 1)) >= 0
                    && (before.charAt(from - 2) == '1' || before.charAt(from - 2) == '一');
            if (end || span) {
                int frameFrom = span || from >= 2 && before.startsWith("截至", from - 2) ? from - 2 : from;
                return month < periodMonth ? before.substring(frameFrom, at + (end ? 2 : 1)) : null;
            }
            if (month >= periodMonth) {
                return null; // 11月… in a report of November: the present
            }
        }
        return null;
    }

    private static final String MONTH_DIGITS = "0123456789一二三四五六七八九十";
    /** How far back in its paragraph a figure's time frame (截至9月底，…) is looked for. */
    private static final int FRAME_LOOKBACK = 400;
    /** 入驻标准厂房的返乡入乡创业实体达到: a clause naming the things by a relative clause, then reaching — no month's words in it. */
    private static final Pattern REACHED_BY_NAME = Pattern.compile(
            "^(?![^，,；;。]*(?:新增|本月|当月|本期|新建|新))[^，,；;。]{2,20}的[^，,；;。]{2,16}(?:达到|增至|增加到|发展到|总数达)$");
    /** The unit's whole reaching a figure (全镇…达到16个): a running total. */
    private static final Pattern REACHED_TOTAL = Pattern.compile(
            "(?:全镇|全乡|全县|全街道)(?:(?:共|累计|已)?建成[^，,；;。]{0,16}|[^，,；;。]{0,20}(?:达到|增至|增加到|发展到|总数达|总数为))$");
    private static final String RANGE_MARKS = "-—－~～至到";

    /** The year's end as a date a thing is due by: 年底前, 年内全部. */
    private static final Pattern YEAR_END_DUE = Pattern.compile("年底前|年末前|年前全部|年内全部");
    /** A date a thing is due by: 12月底前, 12月20日前, 十二月中旬前. */
    private static final Pattern DUE_BY = Pattern.compile("(1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])月(?:底|末|中旬|上旬|下旬|\\d{1,2}日)?(?:前|以前|之前)");
    private static final String[] FOUND_WORDS = {"排查出", "排查发现", "摸排出", "查出", "发现问题", "发现隐患", "暗访发现", "排查问题", "新识别",
            "识别出", "摸排中"};
    private static final String[] AVERAGE_WORDS = {"人均", "户均", "亩均", "村均", "乡均", "镇均", "月均", "年均", "平均每", "平均"};
    /** 人数, 人次, 户数 right before a figure (…注册人数3.34万): what the figure counts. */
    private static final Pattern COUNT_BEFORE_BARE_MAGNITUDE = Pattern.compile("(?<!每)(人次|人|户|家|个)数(?:为|达|达到|是|有)?$|(人次)$");
    /** 民俗文化节期间, 博览会期间: the event a figure was counted over. */
    private static final Pattern EVENT_DURING = Pattern.compile("([\\p{IsHan}]{1,2}(?:节|会))期间");
    /** 通报时, 督查时, 检查组检查时, 上次调度时 opening a sentence: an earlier occasion the figure was taken at. */
    private static final Pattern EARLIER_OCCASION = Pattern.compile(
            "^\\s*(?:在)?(?:上次|前期|此前|县里|县委县政府|县督查室|市里|督查组|检查组)?(?:通报|督查|检查|暗访|调度|约谈)(?:时|当时)(?:[，,]|(?=我|全))");
    private static final Pattern FEW_DAYS = Pattern.compile("(?:[一两二三四五六七八九]|[1-9])天(?:内|里|时间|中)?|(?:节|会)期间");
    private static final String[] WEEK_WORDS = {"本周", "当周", "这周", "上周", "一周"};
    /** 指标 right after a count of 项 or 个: the count is of indicators. */
    private static final Pattern INDICATORS_COUNTED = Pattern.compile("^\\s*(?:考核|台账|约束性|预期性)?指标");
    private static final Pattern TARGET_NAMED_AFTER = Pattern.compile("^[^，,；;。]{0,12}的?(?:目标|任务)");

    /** One day's figure or the highest: 单日最高接待游客1.1万人次 is no total. */
    private static final String[] PEAK_WORDS = {"单日", "日均", "最高", "峰值", "高峰", "最多的一天", "每天", "每日"};
    /** The share phrase itself (完成全年目标的, 占年度任务的): its 目标 is the share's, not a goal of the clause. */
    private static final Pattern SHARE_PHRASE = Pattern.compile("(?:完成|占)[^，,；;。]{0,6}(?:任务|目标|计划)[^，,；;。]{0,12}的$");
    /**
     * 复耕1096/1200亩, 新签约项目11/12个: what is done over what is due, the unit after both — within a clause or a cell (a TAB or
     * a line between is cells or rows apart: 4 | / | 11个村).
     */
    private static final Pattern DONE_OVER_DUE = Pattern.compile(
            "(?<![0-9./])([0-9]+(?:\\.[0-9]+)?)[ 　]*/[ 　]*([0-9]+(?:\\.[0-9]+)?)[ 　]*([\\p{IsHan}]{1,3}|%)");

    /** Words of a stock: all there are, not what was added this year. */
    private static final String[] STOCK_WORDS = {"总数", "总量", "总规模", "共有", "保有", "存量", "发展到", "增至", "增加到"};
    /** Whether a figure says it counts all there are, in its clause or its table row's name (户数（期末）), and nothing new. */
    private static boolean standing(Candidate c) {
        boolean row = fromTable(c.q);
        return (firstIn(c.cuePre, STANDING_WORDS) != null || row && firstIn(c.sentence, STANDING_WORDS) != null)
                && firstIn(c.cuePre, FLOW_WORDS) == null;
    }

    /** The clause after a figure saying it is not yet checked: 尚未经县自然资源局认定, 但其中一部分尚未经县分局核查. */
    private static final Pattern NOT_YET_CHECKED = Pattern.compile(
            "^[^，,；;。]{0,12}[，,]\\s*(?:但)?(?:其中)?(?:有)?(?:一部分|部分)?(?:尚未|还未|仍未|未)(?:经过?[^，,；;。]{0,12})?"
                    + "(?:认定|核查|核实|确认|验收|审核|核定|销号|备案)");
    /** The clause after a figure saying it still waits: 待12月集中申报, 尚待验收, 待县级认定, 正在筛选登记. */
    private static final Pattern PENDING = Pattern.compile(
            "^[^，,；;。]{0,12}[，,、](?:(?:尚|正|仍|还)?待|正在)[^，,；;。]{0,14}"
                    + "(?:申报|验收|审核|入库|认定|批复|核定|确认|审批|登记|办理|备案|挂牌|对账|核对|核实|筛选)");

    /** A count of all there are at a date (户数（期末）, 年末实有): never what is new this year. */
    private static final String[] STANDING_WORDS = {"期末", "年末实有", "现有", "实有"};
    /** 已有, 其中有 right before a part of a whole. */
    private static final Pattern HAS_OF = Pattern.compile("(?:已有|已经有|其中有|中有)$");
    /** Between a whole and what is done of it in one clause: 6处…已完工5处, 12个项目中已建成8个. */
    private static final Pattern DONE_OF = Pattern.compile("(?:已|中|其中)[^，,；;。]{0,3}(?:完成|完工|建成|竣工|投用|投产|开工|通水|通车|验收)");

    /** How a township names itself in its own report: 我乡, 本镇, 全乡, its name. */
    private static final String[] OWN_WORDS = {"我乡", "我镇", "本乡", "本镇", "全乡", "全镇", "我街道", "本街道", "全街道", "我局", "本局",
            "我委", "本部门"};
    /** 按期完成节点任务, 已全部完成: the work said done as due. */
    private static final Pattern DONE_BY_DUE = Pattern.compile("(?:按期|如期|按时|全部|均已|都已|已经?)(?:完成|建成|办结|到位|销号)");
    /** （10月底数）, (截至10月底): a bracket right after a figure that dates it, and only that (（10月底为88.3%） compares). */
    private static final Pattern BRACKET_AFTER = Pattern.compile(
            "\\s*[（(]((?:截至|截止)?(?:1[0-2]|[1-9])月(?:底|末|[0-9]{1,2}日)?(?:数|数据|口径|的数)?)[）)]");
    /** 白羊镇, 枫木乡: a cell that is a township's name alone. */
    private static final Pattern TOWN_CELL = Pattern.compile("[\\p{IsHan}]{2,4}(?:镇|乡|街道)");
    /** 核定为, 审核确认: what a body does to the unit's figure when it confirms it. */
    private static final Pattern VERIFIED_BY = Pattern.compile("(?:最终)?(?:核定|认定|确认|审核确认|核实|复核确认)(?:为|的)?"
            // 县市场监督管理局本月为我乡办结注销登记3户: a body that does the work for the unit does the unit's work
            + "|(?:本月|今年|已|先后|累计)?(?:为|帮|帮助|替|协助)(?:我|本)(?:乡|镇|街道)"
            // 对照县住房和城乡建设局下发的隐患清单，…累计整改销号58处: the body issued the list the unit works through
            + "|(?:下发|印发|交办|反馈|移交|提供|制定)的");
    /** 我们, 我镇, 全镇…: the unit itself, opening a sentence as its subject. */
    private static final Pattern OWN_SUBJECT = Pattern.compile("\\s*(?:我们|我镇|我乡|我街道|本镇|本乡|全镇|全乡|镇党委|镇政府|乡党委|乡政府)");
    /** Words that make the units after them partners of the work (会同县交通运输局开展…), not its doers. */
    private static final Pattern PARTNER = Pattern.compile("(?:会同|联合|协同|配合|协助|携手|联同)[^，,；;。]*$");
    /** 争取 as the verb of obtaining (争取上级资金, 新争取项目), not of striving (力争, 争取年底前). */
    private static final Pattern OBTAINING = Pattern.compile("争取(?=到|上级|各类|中央|省|市|县级|专项|政府|项目|资金|债券|政策|支持)");

    private static String obtaining(String text) {
        return OBTAINING.matcher(text).replaceAll("取得");
    }

    /** Whether the report's unit names itself between {@code from} and the end of {@code text}. */
    private static boolean ownNamedAfter(String text, int from, Setting setting) {
        if (from < 0) {
            return false;
        }
        String after = text.substring(from);
        if (setting.unitName() != null && setting.unitName().length() >= 2 && after.contains(setting.unitName())) {
            return true;
        }
        // 官仓坝村小学附设幼儿班开班招生，新增公办学位30个，今年累计新增公办学位210个: the year's running total, a clause
        // after the village's, is the unit's whole
        return firstIn(after, OWN_WORDS) != null || YEARS_TOTAL_CLAUSE.matcher(after).find();
    }

    private static final Pattern YEARS_TOTAL_CLAUSE = Pattern.compile("[，,；;](?:今年|全年|年内|今年以来)?累计");

    /** 经县农业农村局验收2860亩, 通过县水利局销号: the unit that checked the work, not the one that did it. */
    private static final Pattern CHECKED_BY = Pattern.compile("(?:经|通过|由|按|据|以|经过)$");
    private static final Pattern CHECKING = Pattern.compile("^[^，,；;。]{0,8}?(?:验收|核查|核实|认定|确认|审核|评定|统计|测算|核定|检测|销号|复核|考核|抽查)");

    private static boolean checker(String text, int at, String name) {
        if (at < 0) {
            return false;
        }
        String head = text.substring(Math.max(0, at - 6), at).replaceAll("(?:已经|已|均|并|都|全部)+$", "");
        return CHECKED_BY.matcher(head).find() && CHECKING.matcher(text.substring(at + name.length())).find();
    }

    /** Whether the unit named at {@code at} in {@code text} is a partner: named in its clause after 会同, 联合… */
    private static boolean partner(String text, int at) {
        if (at < 0) {
            return false;
        }
        return PARTNER.matcher(text.substring(clauseStart(text, at), at)).find();
    }

    /** A township (乡, 镇, 街道) reports its own area; a county department reports the county's. */
    private static boolean township(String unit) {
        return unit != null && (unit.endsWith("镇") || unit.endsWith("乡") || unit.endsWith("街道"));
    }

    /** 个图斑全部通过, 户均已: the words right after a figure saying all it counts reached a state. */
    // (办结9件并全部录入平台: 并 joins a second step of the same 9, said of the month's work)
    // (6个婚俗改革示范村全部验收命名: what is counted may take ten characters to name)
    private static final Pattern ALL_OF_THEM_AFTER = Pattern.compile("^(?:(?![并且后又])[\\p{IsHan}]){0,10}?(?:全部|均已|已全部|全都)");

    /**
     * Cumulative unless the clause (or the sentence's opening) speaks of one month or quarter alone — or, in a table, unless
     * the column says: 新增开放住院床位 | 30（11月30日前） | 13 | 17 | 30 under 11月30日累计 is a running total, whatever 新增 its
     * row's name opens with.
     */
    private static void how(Candidate c, String pre, int year, Setting setting) {
        howSaid(c, pre, year, setting);
        if (c.how == How.INCREMENT && ReportTables.underRunningTotalHeading(c.q)) {
            c.how = How.CUMULATIVE;
            c.incrementFrom = null;
        }
    }

    private static void howSaid(Candidate c, String pre, int year, Setting setting) {
        if (c.shape == Shape.SHARE_OF_TARGET) {
            c.how = How.PERCENT_OF_TARGET;
            return;
        }
        if (c.shape == Shape.RATE) {
            c.how = How.CUMULATIVE; // a rate is the level reached, never added to the last one
            return;
        }
        // 本月…，纳入…的场户由10月底的44户增加到53户: the level a change from an earlier total reached is the total now.
        if (REACHED.matcher(pre).find() && (pre.contains("由") || pre.contains("从"))) {
            c.how = How.CUMULATIVE;
            return;
        }
        // 11月竹园村电商服务站挂牌运营，全镇村级电商服务站点达到16个: the whole reached is a total, whatever month opens the sentence.
        // (本月…签约进场，入驻标准厂房的返乡入乡创业实体达到24户: so is what a clause of its own names by what they are, reaching)
        String own = pre.substring(clauseStart(pre, pre.length()));
        if (REACHED_TOTAL.matcher(pre).find() || REACHED_BY_NAME.matcher(own).matches()) {
            c.how = How.CUMULATIVE;
            c.explicitCumulative = firstIn(pre, RUNNING_WORDS) != null || ALTOGETHER.matcher(pre).find(); // 全镇累计建成13个
            return;
        }
        // S217省道…段6.3公里本月通过验收: a period's word right after the figure, its own clause's, says when it was done.
        String right = clauseAfter(c);
        // (a table row's other cells — its remark's 11月宏岩建材…列入 — are no clause of the figure's)
        if (firstIn(pre, CUMULATIVE_WORDS) == null && !pre.contains("已") && MONTH_OPENS.matcher(right).lookingAt() && !fromTable(c.q)) {
            LocalDate from = incrementStart(right.substring(0, 2), year, setting);
            if (from != null) {
                c.how = How.INCREMENT;
                c.incrementFrom = paidWithin(c, from, setting);
                return;
            }
        }
        // 本月完成最后28个图斑的核查，146个图斑全部通过审核: all of them, in a clause with no period of its own, is the whole.
        if (ALL_OF_THEM_AFTER.matcher(right).lookingAt() && incrementStart(pre, year, setting) == null
                && firstIn(pre, INCREMENT_WORDS) == null) {
            c.how = How.CUMULATIVE;
            return;
        }
        // The nearest clause that says (its own, then back to the sentence's opening) decides: in 本月新签约1个，
        // 累计引进7个，到位资金1.62亿元 the 累计 before the money binds it, not the 本月 that opens the sentence.
        int clause = clauseStart(c.sentence, c.at);
        String text = pre;
        while (true) {
            // 11月到位资金合计6100万元: a month's sum is that month's, however it is totalled.
            // 本月合计新增认证2个: the month's sum, too.
            boolean monthsSum = (ONE_MONTH.matcher(text).find() || firstIn(text, INCREMENT_WORDS) != null)
                    && firstIn(text, RUNNING_WORDS) == null
                    && !SPAN_TO_DATE.matcher(text).find();
            // (今年全镇新创建…4个 after 11月，…被命名: this year's, in the figure's own clause, is the year's total so far)
            if (!monthsSum && (firstIn(text, CUMULATIVE_WORDS) != null || SPAN_TO_DATE.matcher(text).find() || text.contains("已")
                    || ALTOGETHER.matcher(text).find() || text == pre && THIS_YEAR.matcher(text).find()
                    // (本月新增纳入…3个，目前全镇入库项目总投资41.4亿元: a clause of its own opened by 目前 is where things stand)
                    || text == pre && STANDS_NOW.matcher(text).lookingAt()
                    // (本月新核发登记卡26张，全镇登记备案食品摊贩229户: after the month's figure, a clause opened by the whole
                    // unit tells where the whole stands)
                    // (not 全镇公安户籍户数11236户, a count of what is there, no work)
                    || text == pre && clause > 0 && WHOLE_UNIT_OPENS.matcher(text).lookingAt()
                            && WORK_STATE.matcher(ownClause(c)).find()
                            && AMOUNT_IN_CLAUSE.matcher(c.sentence.substring(clauseStart(c.sentence, clause - 1), clause)).find())) {
                c.explicitCumulative = text == pre;
                c.how = How.CUMULATIVE;
                return;
            }
            LocalDate from = incrementStart(text, year, setting);
            if (from != null) {
                c.how = How.INCREMENT;
                c.incrementFrom = paidWithin(c, from, setting);
                return;
            }
            if (clause == 0) {
                break;
            }
            int before = clauseStart(c.sentence, clause - 1);
            text = c.sentence.substring(before, clause - 1);
            clause = before;
        }
        // 草原…方面，本月…兑付…19.6万元，涉及牧户312户；新与68户牧户签订…，落实草畜平衡面积1500亩: what follows a ； goes on
        // in the time its sentence's first half set.
        String before = c.paragraphBefore.substring(0, Math.max(0, c.paragraphBefore.length() - c.at));
        // (not in a table's row, nor after 另 opening another matter: 另据摸底，粮食经纪人…)
        if ((before.endsWith("；") || before.endsWith(";")) && !c.sentence.startsWith("另") && !CELL_GAP.matcher(c.sentence).find()) {
            String half = before.substring(Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n')) + 1, before.length() - 1);
            LocalDate from = firstIn(half, RUNNING_WORDS) == null && firstIn(half, INCREMENT_WORDS) != null
                    ? incrementStart(half, year, setting)
                    : null;
            if (from != null) {
                c.how = How.INCREMENT;
                c.incrementFrom = from;
                return;
            }
        }
        // 11月全乡主要指标较上月末新增情况如下：…增加1200万元；…增加260群: a list announced as the month's speaks of it
        // item after item.
        // (a table's rows under such a lead are read by their columns, not by the lead)
        int colon = c.paragraphBefore.lastIndexOf('：');
        if (colon > 0 && c.paragraphBefore.indexOf('。', colon) < 0 && c.paragraphBefore.substring(0, colon).endsWith("如下")
                && !fromTable(c.q)) {
            String lead = c.paragraphBefore.substring(c.paragraphBefore.lastIndexOf('。', colon) + 1, colon);
            LocalDate from = firstIn(lead, RUNNING_WORDS) == null ? incrementStart(lead, year, setting) : null;
            if (from != null) {
                c.how = How.INCREMENT;
                c.incrementFrom = from;
                return;
            }
        }
        // 本月整治山塘7口，…。新建防渗渠道3.4公里: a paragraph opened by the period's words speaks of the period throughout.
        if (!c.paragraphOpening.isEmpty() && firstIn(c.paragraphOpening, CUMULATIVE_WORDS) == null) {
            LocalDate from = firstIn(c.paragraphOpening, INCREMENT_WORDS) != null
                    ? incrementStart(c.paragraphOpening, year, setting)
                    : null;
            if (from != null) {
                c.how = How.INCREMENT;
                c.incrementFrom = from;
                return;
            }
        }
        c.how = How.CUMULATIVE;
    }

    /** A figure in a clause that is no date (12月中旬 is none): another figure's matter. */
    private static final Pattern AMOUNT_IN_CLAUSE = Pattern.compile("(?<![0-9０-９.])[0-9０-９]++(?:\\.[0-9]++)?(?![月日年号时点])");

    /** Where a table row's cell ends inside a figure's sentence: a tab, a bar or a space between words (prose has none). */
    private static final Pattern CELL_GAP = Pattern.compile("(?<=\\S)[\\t|　 ]");

    /** A figure, then a bracket opening with 约, 合, 折合 or 即 right before this one. */
    private static final Pattern RESTATED_IN_BRACKETS = Pattern.compile("[0-9０-９][^0-9０-９，,；;。（(]{0,3}[（(](?:约|约合|合|折合|即)$");

    /** 今年, 本年 in a figure's own clause: the year so far (not 今年计划, a plan). */
    private static final Pattern THIS_YEAR = Pattern.compile("(?:今年|本年)(?!计划|目标|任务|预计|力争|要|将|拟)");

    /** A note saying the starred figures are not yet checked (带“*”的数据为各村上报数，正在核实; 标*的为预计数). */
    private static final Pattern STARRED_UNCHECKED = Pattern.compile(
            "(?:带|标|标注|加)[“\"]?[*＊][”\"]?(?:号)?的(?:数据|数字|数)?[^。\n]{0,30}(?:正在核实|尚未核实|未核实|未经|待核|自报|上报|预计|估算|估计)");

    /** 已于11月20日发放: the day a thing was done. */
    private static final Pattern ON_DAY = Pattern.compile("于(\\d{1,2})月(\\d{1,2})日");

    /**
     * 第四季度移民后期扶持直补资金46.5万元已于11月20日…发放: the quarter names what the money is for, the day it was paid — inside
     * the period reported — makes it the period's increment, though the quarter began before the last report.
     */
    private static LocalDate paidWithin(Candidate c, LocalDate from, Setting setting) {
        LocalDate starts = setting.periodStarts();
        LocalDate ends = setting.periodEnds();
        if (starts == null || ends == null || !from.isBefore(starts)) {
            return from;
        }
        Matcher on = ON_DAY.matcher(c.sentence);
        while (on.find()) {
            int month = Integer.parseInt(on.group(1));
            int day = Integer.parseInt(on.group(2));
            if (month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(starts.getYear(), month).lengthOfMonth()) {
                LocalDate done = LocalDate.of(starts.getYear(), month, day);
                if (!done.isBefore(starts) && !done.isAfter(ends)) {
                    return starts;
                }
            }
        }
        return from;
    }

    /** The first day of the month or quarter a clause counts alone, or null. */
    private static LocalDate incrementStart(String text, int year, Setting setting) {
        if (firstIn(text, INCREMENT_WORDS) != null) {
            return setting.periodStarts() != null ? setting.periodStarts() : LocalDate.of(year, 1, 1);
        }
        if (SPAN_TO_DATE.matcher(text).find()) {
            return null;
        }
        // A month named alone is of the report's period's year (a 公众号 post often names no year).
        int of = setting.periodStarts() != null ? setting.periodStarts().getYear() : year;
        Matcher m = ONE_MONTH.matcher(text);
        if (m.find()) {
            return LocalDate.of(of, month(m.group(1)), 1);
        }
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.find()) {
            return LocalDate.of(of, 1 + 3 * ("一二三四".indexOf(quarter.group(1))), 1);
        }
        return null;
    }

    /** A unit other than the report's named before the figure in its clause or the sentence's opening. */
    private static String otherUnit(String pre, String opening, Setting setting) {
        // 我们用足县民政局授权的审批额度，…实施…62户次: a sentence the unit opens as its subject is the unit's, whatever
        // body its opening names after that.
        String[] texts = OWN_SUBJECT.matcher(opening).lookingAt() ? new String[]{pre} : new String[]{pre, opening};
        for (String text : texts) {
            for (String name : setting.otherUnits()) {
                if (name.length() >= 2 && text.contains(name) && !name.equals(setting.unitName())
                // (…种植面积，县农业农村局核定为10650亩: the body confirms the unit's figure, it is no figure of its own)
                        && !VERIFIED_BY.matcher(text.substring(text.lastIndexOf(name) + name.length())).lookingAt()) {
                    return name;
                }
            }
            Matcher m = PLACE.matcher(text);
            while (m.find()) {
                // A name is two or three characters standing as a word: at the clause's start or after 其中, 、, 和, 在…
                for (int length = 2; length <= m.group(1).length(); length++) {
                    int from = m.end(1) - length;
                    String name = text.substring(from, m.end(1));
                    // 三岔村, 五里村 are names: a numeral counts (三个村) only right before 村.
                    char penultimate = name.charAt(name.length() - 2);
                    boolean kind = NOT_NAMES.indexOf(penultimate) >= 0 && NUMERALS.indexOf(penultimate) < 0
                            || NOT_NAMES.indexOf(name.charAt(name.length() - 1)) >= 0;
                    // (产业强镇, 农业强镇: a programme, not a town)
                    kind |= name.endsWith("强") && "镇".equals(m.group(2));
                    // (县乡联动, 市县乡三级: the levels of government named together, no place)
                    kind |= LEVEL_BEFORE.indexOf(name.charAt(name.length() - 1)) >= 0;
                    // (铧头嘴村工业集中区和集镇汽车站旁的2个换电站点: a place in a village is where the work stands, not its doer)
                    kind |= IN_A_PLACE.matcher(text).region(m.end(), text.length()).lookingAt();
                    if (!kind && standsAlone(text, from) && !setting.unitName().contains(name + m.group(2))) {
                        return name + m.group(2);
                    }
                }
            }
        }
        return null;
    }

    /** 工业集中区, 片区, 境内: a part of a village's ground that a place named before it stands in. */
    private static final Pattern IN_A_PLACE = Pattern.compile("(?:工业集中区|集中区|工业园|园区|片区|境内|辖区内|地块)");

    /** 全镇, 全乡: the figure of the whole unit. */
    private static final Pattern WHOLE_UNIT = Pattern.compile("全镇|全乡|全街道");
    /** 景区, 重点村, 集镇: a part of the unit an indicator may be of. */
    private static final Pattern PART_SCOPE = Pattern.compile("景区|重点村|集镇|园区|示范村|精品村|示范区|小区|老街");
    /** ◆肉牛出栏：, 生态廊道（验收）：: a line opened by a short label and its colon, a bullet before it or none. */
    private static final Pattern LABELLED_LINE = Pattern.compile("^[◆◇●○■□★☆·•\\-—\\s]*[\\p{IsHan}（）()]{2,24}[：:]");
    /** 该公司, 这家企业, 该段: a firm or a part (a stretch, a village) the sentence before named, opening the clause. */
    private static final Pattern THAT_FIRM = Pattern.compile("(?:该|这家|此)(?:公司|企业|合作社|厂|家庭农场|基地)|该(?:段|路段|河段|村|社区)");
    /** 剔除重复件24件, 核减不合格的3户: the part taken out, the figure at the clause's end with no 后 between. */
    private static final Pattern REMOVED = Pattern.compile("(剔除|扣除|核减|剔掉)[^，,；;。后]{0,16}$");
    /** A firm, co-operative or farm named as a proper name: 龙坪云雾茶业有限公司, 白岩村肉牛养殖合作社. */
    private static final Pattern FIRM = Pattern.compile(
            "((?:其中)?[\\p{IsHan}“”\"]{2,24}?(?:有限责任公司|有限公司|股份公司|公司|专业合作社|合作社|家庭农场|项目))");
    /** 向, 给, 为: a preposition inside what reads as a firm's name makes the firms the work's receivers. */
    private static final Pattern TOWARDS = Pattern.compile("[\\p{IsHan}]{2}(?:向|给|为)(?:镇内|乡内|辖区|全镇|全乡|本镇|本乡|各|村级|[^，,；;。]{0,3}的)?");
    /** A verb by which the unit directs or draws on a firm it names: what follows is the unit's own work. */
    private static final Pattern DIRECTS = Pattern.compile("(?:组织|协调|引导|指导|督促|动员|依托|联合|帮助|支持|带领|推动|鼓励|委托|通过)");
    /** A kind of projects, not one project's name: 重点项目, 民生实事项目… */
    private static final String[] GENERIC_PROJECTS = {"重点项目", "实事项目", "民生工程", "重点工程", "工业园区", "产业园区", "园区", "招商项目",
            "签约项目", "开工项目", "在建项目", "产业项目",
            "建设项目", "投资项目", "亿元以上项目", "储备项目", "个项目", "类项目", "些项目", "各项目", "所有项目"};
    /** Words that make the firm the work's object (新培育合作社), not its doer. */
    private static final String[] FIRM_OBJECT = {"培育", "新建", "引进", "新增", "发展", "组建", "成立", "带动", "扶持", "认定", "创建", "新办",
            "新成立", "新注册",
            // 依法注销或吊销“空壳”合作社16个: the firms cleared away are what the work counts
            "注销", "吊销", "清理", "取缔", "清退", "关停"};

    /** A firm named as the doer of the figure's work: its figure is the firm's, not the unit's total. */
    private static String firm(String text) {
        Matcher m = FIRM.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            // (今年镇里推动获授权的米业企业和合作社: the unit's verb inside what reads as a name makes the firms its means)
            boolean unitDirects = DIRECTS.matcher(name).find() && (name.contains("镇里") || name.contains("乡里") || name.startsWith("今年"));
            if (DIRECTS.matcher(name).lookingAt() || unitDirects) {
                continue; // 组织金竹板栗专业合作社技术员…: the unit directs the firm; the work is the unit's
            }
            if (TOWARDS.matcher(name).find()) {
                continue; // 县农商行石桥支行向镇内家庭农场、合作社发放贷款: firms the work went to, named by a preposition, no doer
            }
            boolean partOf = name.startsWith("其中");
            name = partOf ? name.substring(2) : name;
            boolean project = name.endsWith("项目");
            if (project && (!partOf || firstIn(name, GENERIC_PROJECTS) != null || name.length() < 6)) {
                continue; // only 其中…项目 names one project; 市县重点项目, 民生实事项目 are kinds of projects, the unit's own
            }
            if ((project || firstIn(name, FIRM_OBJECT) == null)
                    && (partOf || m.start() == 0 || "|、，,；;：:".indexOf(text.charAt(m.start() - 1)) >= 0)
                    && firstIn(text, OWN_WORDS) == null) {
                return name;
            }
        }
        return null;
    }

    /** ——清河茶旅融合示范园：总投资…，累计完成投资…: a line labelled with one project's name speaks of that project. */
    private static final Pattern PROJECT_LABEL = Pattern.compile(
            "^[—\\-◆●■·•\\s]*([\\p{IsHan}]{2,20}(?:示范园|产业园|园区|工程|项目|厂|基地|综合体|服务中心)(?:扩建|新建|改建|改造|提升|建设)?(?:工程|项目)?)[：:]");

    /**
     * 镇敬老院提质改造项目新增床位40张, 镇区污水处理站提标改造项目完成投资的89.7%: a clause that opens with one named
     * facility speaks of that facility (a task about it names it); 全镇, 各, 新建… open a kind, not one.
     */
    private static final Pattern FACILITY = Pattern.compile("^(?:其中)?([\\p{IsHan}]{1,10}?(?:敬老院|养老院|卫生院|医院|污水处理站|污水处理厂|水厂|学校|小学|中学|幼儿园"
            + "|服务中心|指导站|农贸市场|电站))(?:[\\p{IsHan}]{0,10}?(?:项目|工程)|[一二三四]期)");
    private static final String[] NOT_ONE_FACILITY = {"全", "各", "所有", "村级", "标准化", "规范化", "新建", "新增", "改造", "建成", "完成",
            "个", "座", "家", "所", "我", "本"};

    private static String facility(String clause) {
        Matcher m = FACILITY.matcher(clause);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).startsWith("其中") ? m.group(1).substring(2) : m.group(1);
        return firstIn(name, NOT_ONE_FACILITY) == null ? name : null;
    }

    private static String projectLabel(String sentence) {
        Matcher m = PROJECT_LABEL.matcher(sentence);
        return m.find() && firstIn(m.group(1), GENERIC_PROJECTS) == null ? m.group(1) : null;
    }

    /**
     * A part headed by a village (（一）茶园坝村（驻村第一书记…）): its figures are the village's, unless the sentence speaks
     * of the unit's whole (全乡合计).
     */
    private static String headedBy(Candidate c, Setting setting) {
        String heading = c.innermostHeading();
        if (heading == null || firstIn(c.sentence, OWN_WORDS) != null) {
            return null;
        }
        // 一、县农业农村局（会签任务1、2、4、5、6）: the body that co-signs the figures under it checks the unit's work, it does not do it
        if (CONFIRMING.matcher(heading).find()) {
            return null;
        }
        return otherUnit(heading, "", setting);
    }

    /** How many of the area's units (or named villages) a clause lists. */
    private static int namesListed(String text, Setting setting) {
        // 柳条坝村、蒲家槽村、河东村: a list of villages, item by item, whatever their names hold (家, 新, 大…)
        String[] items = text.strip().split("、");
        if (items.length >= 2 && java.util.Arrays.stream(items).allMatch(i -> i.length() <= 10 && VILLAGE_ITEM.matcher(i).find())) {
            return items.length;
        }
        int n = 0;
        String rest = text;
        for (String name : setting.otherUnits()) {
            if (name.length() >= 2 && rest.contains(name)) {
                n++;
                rest = rest.replace(name, "|");
            }
        }
        Matcher m = PLACE.matcher(rest);
        while (m.find()) {
            String name = m.group(1).substring(m.group(1).length() - 2);
            if (NOT_NAMES.indexOf(name.charAt(0)) < 0 && NOT_NAMES.indexOf(name.charAt(1)) < 0) {
                n++;
            }
        }
        return n;
    }

    /** An item of a list that names a village or a community: 蒲家槽村, 文星社区. */
    private static final Pattern VILLAGE_ITEM = Pattern.compile("\\p{IsHan}{2,}(?:村|社区)$");

    /** A small count of things right after the names it counts: 2个, 3处. */
    private static final Pattern LISTED_COUNT = Pattern.compile("(?<![0-9.])([2-9])(?:个|处|家|座|条|所|项)");

    /** Whether a word starting at {@code from} stands at a word's start: the clause's, or after a link or 其中. */
    private static boolean standsAlone(String text, int from) {
        if (from == 0) {
            return true;
        }
        String before = text.substring(0, from);
        return "、，,；;：:和与及在由对向（(“\"】」』》".indexOf(text.charAt(from - 1)) >= 0 || before.endsWith("其中")
                || before.endsWith("全镇") || before.endsWith("以及");
    }

    // ——— Scoring a figure against an indicator ———

    private static final Pattern QUESTION_TURN = Pattern.compile("^\\s*(?:问|记者|主持人|提问)\\s*[：:]\\s*(.{2,120}?)\\s*$");

    /**
     * The question that opens the turn before a paragraph (记者：…？ or 问：…), without its label; none when the line
     * before is no question. Looked for within bounds, one line back.
     */
    static String questionBefore(String source, int paragraph) {
        if (paragraph < 2 || source.charAt(paragraph - 1) != '\n') {
            return null;
        }
        int end = paragraph - 1;
        while (end > 0 && Character.isWhitespace(source.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && end - start < 160 && source.charAt(start - 1) != '\n') {
            start--;
        }
        if (start > 0 && source.charAt(start - 1) != '\n') {
            return null;
        }
        Matcher turn = QUESTION_TURN.matcher(source.substring(start, end));
        if (!turn.matches()) {
            return null;
        }
        return turn.group(1);
    }

    /** 累计进展：, 进展情况：, 说明： opening a row across a table: a note on the row above. */
    private static final Pattern NOTE_ROW = Pattern.compile("^\\s*(?:累计进展|累计完成情况|进展情况|完成情况|推进情况|情况说明|说明|备注)[：:]");

    /**
     * The name of the table row a figure stands in (its row up to the figure), when it stands in a later cell: the first
     * cell before it with words (the cells of 序号 or a code have none), up to its first colon; null in the name cell.
     */
    static String rowName(String before) {
        int lastTab = before.lastIndexOf('\t');
        if (lastTab < 0) {
            return null;
        }
        for (String cell : before.substring(0, lastTab).split("\t")) {
            String words = cell.strip();
            if (words.codePoints().filter(Character::isIdeographic).count() >= 2) {
                int colon = words.indexOf('：');
                return colon > 1 ? words.substring(0, colon) : words.length() > 24 ? words.substring(0, 24) : words;
            }
        }
        return null;
    }

    private static final Pattern QUOTED = Pattern.compile("[“\"「『]([^”\"」』]{2,12})[”\"」』]");

    /** Whether a name in quotation marks in the indicator's name (“瓶安码”) is quoted in the figure's own words. */
    private static boolean quotedIn(String name, String said) {
        Matcher q = QUOTED.matcher(name);
        while (q.find()) {
            if (said.contains(q.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** How far the figure's own words name the indicator (its name, not its task's title). */
    private static double nameFit(Candidate c, Named n) {
        return Math.max(OfficeTerms.covered(n.name(), c.near), 0.85 * OfficeTerms.covered(n.name(), c.clause));
    }

    private static double score(Candidate c, ReportLine.Measure m, Named n, Setting setting) {
        MeasureUnit unit = MeasureUnit.of(m.unit()).orElse(null);
        double fit;
        boolean ratioIndicator = unit != null && MeasureUnit.RATIO.equals(unit.dimension());
        switch (c.shape) {
            case SHARE_OF_TARGET -> fit = m.target() != null && m.target().signum() > 0 && !ratioIndicator || namedRate(c, m) ? 1 : 0;
            case RATE -> fit = ratioIndicator ? 1 : 0;
            case GROWTH -> fit = ratioIndicator && (m.name().contains("增长") || m.name().contains("增速") || m.name().contains("增幅")) ? 1 : 0;
            default -> fit = unit == null ? 0 : c.unit.fit(unit);
        }
        if (fit == 0) {
            return 0;
        }
        if (c.statedTarget != null && m.target() != null && unit != null && c.statedTarget.unit.dimension().equals(unit.dimension())) {
            BigDecimal stated = c.statedTarget.unit.convert(c.statedTarget.q.value(), unit);
            if (stated.subtract(m.target()).abs().compareTo(m.target().abs().multiply(new BigDecimal("0.005"))) > 0) {
                return 0; // 占年度目标1.35亿元的87.9% is the share of the indicator whose target is 1.35亿元
            }
        }
        if (c.namedUnit != null && !n.rawName().contains(c.namedUnit) && !n.rawTitle().contains(c.namedUnit)) {
            return 0; // a village's or another unit's figure is theirs, not the unit's total
        }
        if (c.scale != null && !n.canonicalName().contains(OfficeTerms.canonical(c.scale).replace("|", ""))) {
            return 0; // a size or capacity fills only the indicator that measures it (装机 → 装机容量)
        }
        if (c.activity != null && !n.nameCore().contains(c.activity) && !n.titleCore().contains(c.activity)) {
            return 0; // meetings and inspections held are no achievement of another indicator
        }
        if (c.honour && !RATED.matcher(n.rawName() + n.rawTitle()).find()) {
            return 0;
        }
        if (c.applied && !APPLIED.matcher(n.rawName()).find() && !n.rawName().contains("受理")) {
            return 0;
        }
        // 保持联系率100% is not 纳入组织管理率: a rate named right before its figure is that rate, whatever its sentence's subject.
        if (c.shape == Shape.RATE && c.cuePre != null) {
            Matcher own = RATE_NAMED.matcher(c.cuePre);
            // (11月末比率, a column's 比率 or 百分率, names no rate: the row does)
            if (own.find() && !own.group(1).endsWith("比") && !own.group(1).endsWith("分") && !RATE_OF_DONE.matcher(own.group(1)).find()
                    && !n.rawName().contains(own.group(1))) {
                return 0;
            }
        }
        if (c.event != null && !n.rawName().contains(c.event) && !n.rawTitle().contains(c.event)) {
            return 0;
        }
        // 1—11月全镇接待游客58.3万人次 is not 石桥老街景区接待游客: the whole unit's figure fills no indicator of a part of it.
        Matcher part = PART_SCOPE.matcher(n.rawName());
        if (part.find() && WHOLE_UNIT.matcher(c.cuePre).find() && !c.sentence.contains(part.group())) {
            return 0;
        }
        if (c.monthsRate && !n.rawName().contains("月")) {
            return 0;
        }
        // 聘用专职护林员36人 beside 未发生森林火灾: a count of harm (事故, 死亡, 发案…) is filled only by a figure that speaks of it.
        // (one counted as harm only by its ≤ 0 — 本地登革热病例 — is filled by a figure its own name stands by, as a table row's)
        if (n.countsHarm() && !c.speaksOfHarm && (firstIn(n.canonicalName(), HARMS) != null || nameFit(c, n) < 0.5)) {
            return 0;
        }
        // 全乡14个普惠金融服务点 is not 服务点资金安全事件: a count of events (事件, 事故, 案件) is filled only by a figure whose own
        // clause (or row) names them; the thing they happen at is no count of them.
        Matcher events = n.countsHarm() ? EVENTS_COUNTED.matcher(n.rawName()) : null;
        // (…发生一氧化碳中毒事件1起，…，今年全乡累计发生2起: named once, the events are counted on in the sentence)
        if (events != null && events.find() && !ownClause(c).contains(events.group())
                && !c.sentence.substring(0, Math.min(c.at, c.sentence.length())).contains(events.group())
                && (c.rowName == null || !c.rowName.contains(events.group()))) {
            return 0;
        }
        // 野生菌中毒死亡人数 is not filled by 中毒7人: a count of the dead, the hurt or the cases overturned takes only a figure
        // its own words (in its own cell) say so of.
        if (n.countsHarm()) {
            String own = ownClause(c);
            Matcher gap = CELL_GAP.matcher(own);
            int mark = c.cuePre == null ? 0 : c.cuePre.length(); // (the figure's place: the end of the words before it)
            int cellStart = 0;
            while (gap.find()) {
                if (gap.start() < mark) {
                    cellStart = gap.end();
                }
            }
            own = own.substring(Math.min(cellStart, own.length()));
            // (超期未办结的…投诉举报 is not filled by 受理…投诉举报11件: the failing its name counts must be said of the figure too)
            for (String[] words : new String[][]{WORST_HARMS, FAILINGS}) {
                for (String word : words) {
                    if (n.rawName().contains(word) && !own.contains(word)) {
                        return 0;
                    }
                }
            }
        }
        // 肉牛现在存栏…，今年出栏了三百二十头: another kind of the same family named in the clause or the one before.
        String kind = otherKind(c.kindText, n.canonicalName());
        if (kind != null) {
            return 0;
        }
        if (c.average != null && !n.rawName().contains(c.average)) {
            return 0;
        }
        // 已完成13个村的绿化规划: 个 counts villages here, which only an indicator counting them in 个 takes.
        if (c.countedNoun != 0 && !"个".equals(m.unit())) {
            return 0;
        }
        // 经营性收入10万元以上村 is not filled by 5万元以上的村14个: the figure's own threshold is another.
        if (n.threshold() != null && c.thresholds.stream().anyMatch(n.threshold()::other)) {
            return 0;
        }
        // 布设政务服务自助终端的村（社区） counts villages: 自助终端15台 counts machines, however many villages hold them.
        Matcher counted = COUNTS_PLACES.matcher(n.rawName());
        if (counted.find() && c.unit != null && MeasureUnit.THINGS.equals(c.unit.dimension())
                && PLACE_MEASURES.indexOf(c.unit.base()) < 0) {
            return 0;
        }
        // 全镇共有饲料兽药经营门店36家 for 规范整治饲料兽药经营门店: all there are is not the work done on them.
        String opener = n.rawName().length() >= 2 ? n.rawName().substring(0, 2) : "";
        if (c.cuePre != null && ALL_THERE_ARE.matcher(c.cuePre).find() && WORK_OPENERS.contains(opener) && !ownClause(c).contains(opener)) {
            return 0;
        }
        // 全镇列入清理名单146户: what is listed for the work is not the work done, whatever the list is named after.
        if (c.cuePre != null && LISTED.matcher(c.cuePre).find() && !n.rawName().contains("列入") && !n.rawName().contains("纳入")) {
            return 0;
        }
        for (String[] pair : DISTINCT) {
            for (int k = 0; k < 2; k++) {
                if (c.said.contains(pair[k]) && !c.said.contains(pair[1 - k]) && n.canonicalName().contains(pair[1 - k])) {
                    return 0; // 签约资金 is not 到位资金, however alike the words
                }
            }
        }
        // 报名参与结对的团员青年达到92人 for 团员青年结对帮扶的困难青少年: the figure counts those the name's clause says do the
        // work, not what its head counts.
        if (c.cuePre != null && countsTheDoers(c.q.indicator(), c.cuePre, n.rawName())) {
            return 0;
        }
        double byName = Math.max(OfficeTerms.covered(n.name(), c.near), Math.max(0.85 * OfficeTerms.covered(n.name(), c.clause),
                0.7 * OfficeTerms.covered(n.name(), c.wider)));
        double byTitle = Math.max(OfficeTerms.covered(n.title(), c.near), Math.max(0.85 * OfficeTerms.covered(n.title(), c.clause),
                0.7 * OfficeTerms.covered(n.title(), c.wider)));
        double phraseFits = OfficeTerms.covered(c.phrase, n.both());
        if (c.phraseHead != null) {
            phraseFits = Math.max(phraseFits, OfficeTerms.covered(c.phraseHead, n.both()));
        }
        double byTopic = Math.max(OfficeTerms.covered(n.name(), c.topicWords), OfficeTerms.covered(n.title(), c.topicWords));
        // “护学港湾”截至11月30日累计建成11处 for 建成校门口“护学港湾”即停即走区: a name in quotation marks is the programme's own,
        // and the figure's words that quote it name the indicator, however long the rest of its name.
        if (byName < 0.8 && quotedIn(n.rawName(), c.said)) {
            byName = 0.8;
        }
        // 已为35名网络主播、自媒体运营者和公众号编辑建立个人联系档案 for 建档联系的新媒体从业人员（备注: 新媒体从业人员（网络主播、
        // 自媒体运营者…等））: the kinds the 备注 says the name covers name it, as the name itself would.
        if (byName < 0.8 && c.cuePre != null) {
            String own = c.cuePre + c.q.indicator();
            for (String listed : n.kinds()) {
                if (own.contains(listed)) {
                    byName = Math.max(byName, 0.8);
                    break;
                }
            }
        }
        // 豆玉带复：…累512吨 — the ledger's name written short, as offices do.
        if (byName < 0.5) {
            String said = c.sentence.substring(0, c.at) + "|" + c.topic;
            if (OfficeTerms.abbreviated(n.rawName(), said) || OfficeTerms.abbreviated(n.rawTitle(), said)
                    || modifierInTopic(n.rawName(), c.sentence.substring(0, c.at), c.topic + "|" + c.opening + "|" + c.paragraphOpening)) {
                byName = Math.max(byName, 0.75);
            }
        }
        // 血吸虫病防治方面，…。本月…开展血清学查病520人: the paragraph's opening names what its sentences are about; with the
        // name's head (查病) by the figure, the opening's words count as the figure's own.
        if (byName < 0.6 && c.paragraphOpening.length() >= 2) {
            String core = n.nameCore().replace("|", "");
            if (core.length() >= 4 && c.near.contains(core.substring(core.length() - 2))) {
                Set<String> with = new HashSet<>(c.near);
                with.addAll(OfficeTerms.bigrams(OfficeTerms.canonical(c.paragraphOpening)));
                byName = Math.max(byName, 0.9 * OfficeTerms.covered(n.name(), with));
            }
        }
        double s = 0.55 * Math.max(byName, 0.8 * byTitle) + 0.25 * phraseFits + 0.2 * byTopic;
        List<String> learned = setting.learned().get(m.indicatorId());
        if (learned != null && learned.contains(c.wording)) {
            s += 0.5; // this unit confirmed (or placed by hand) this wording for this indicator before
        }
        // 备注: 已安装未验收的不计入 — a figure its clause tells as installed, and its sentence not as checked, is not the ledger's.
        // (a table row's name — 建成乡村学校少年宫 — names the indicator; it tells no state of the row's figure)
        String told = fromTable(c.q) && !c.q.indicator().isEmpty()
                ? ownClause(c).replace(c.q.indicator(), "")
                : ownClause(c);
        for (String[] pair : n.uncounted()) {
            if (pair[1].isEmpty()
                    ? pair[0].startsWith(HOLDS)
                            ? holds(c.sentence, pair[0].substring(HOLDS.length()))
                                    || holds(c.q.sentence(), pair[0].substring(HOLDS.length()))
                            : pair[0].startsWith(NAMED)
                                    ? told.contains(pair[0].substring(NAMED.length()))
                                    : c.sentence.contains(pair[0]) || c.q.sentence().contains(pair[0]) // (a table row's own cells too)
                    : saysState(told, pair[0]) && !passed(c.sentence, Set.of(pair[1]))
                    // (已整改但未复核的不计入, and 整改销号152处: the step the office counts by, 复核销号's 销号, passed)
                            && !(n.steps().size() > 0 && passed(c.sentence, n.steps()))) {
                return 0;
            }
        }
        // 发放帮扶援助金和走访慰问金共计5.8万元 for 发放帮扶援助金: the sum of the indicator's thing and another one is not its figure.
        Matcher together = TOGETHER.matcher(c.cuePre == null ? "" : c.cuePre);
        if (together.find() && n.rawName().contains(core(together.group(1))) && !n.rawName().contains(core(together.group(2)))) {
            return 0;
        }
        // The ledger counts what passed a step (以…验收为准): of a whole and its checked part, the part is the figure.
        boolean checked = !n.steps().isEmpty() && checked(c, n.steps());
        // 完成造林约4500亩，县林业局计划12月中旬组织验收; 累计34.9公里，其中2.1公里尚待验收: the step the office counts by
        // is still ahead for the figure, or for a part of it, so the figure is not yet the ledger's.
        if (!n.steps().isEmpty() && !checked && stepAhead(c, n.steps())) {
            return 0;
        }
        if (checked) {
            s *= 1.2;
        } else if (c.part) {
            // …在册务工312人，其中脱贫劳动力和监测对象231人 for 在帮扶车间务工的脱贫劳动力和监测对象: the part the indicator
            // names is its figure, the whole is not
            s *= namesThePart(c, n) ? 1.2 : 0.6;
        }
        if (!checked && !n.steps().isEmpty() && checkedPartFollows(c, n.steps())) {
            s *= 0.6;
        }
        // 签约项目开工 counts the projects started: a figure that says 签约 but not 开工 is another indicator's.
        // (a state opening the name — 安装农业用水计量设施 — is the work's own verb, which a table's row leaves out)
        for (String state : STATES) {
            int at = n.canonicalName().indexOf(state);
            if (at > 0 && !c.said.contains(state)) {
                s *= 0.5;
                break;
            }
        }
        if (c.scopeOfLater) {
            s *= 0.4;
        }
        // 规模以上工业企业户数（期末） 41: all there are at the month's end, never the new ones an indicator of 新增 counts.
        if (c.standing && firstIn(n.rawName(), FLOW_WORDS) != null) {
            return 0;
        }
        // 新建…互助养老服务站2个，全镇养老服务站总数达到9个: what is new this year is not the stock of all there are.
        if (firstIn(n.rawName(), FLOW_WORDS) != null && firstIn(c.cuePre, STOCK_WORDS) != null && firstIn(c.cuePre, FLOW_WORDS) == null) {
            s *= 0.5;
        }
        // 新培育规上企业2家，累计达到11家: an indicator of what is new this year (新增, 新建…) takes the new ones, one
        // of what stands in all takes the running total.
        boolean flow = firstIn(n.rawName(), FLOW_WORDS) != null;
        if (c.totalOf != null && !(flow && firstIn(c.cuePre, FLOW_WORDS) != null)) {
            s *= 0.5;
        }
        if (c.continues && flow && firstIn(c.previousClause, FLOW_WORDS) != null && firstIn(c.cuePre, FLOW_WORDS) == null) {
            s *= 0.5;
        }
        if (c.explicitCumulative) {
            s += 0.05;
        }
        if (c.corrected && nameFit(c, n) >= 0.5) {
            s += 0.5; // only for the indicator the correction names
        }
        return s * fit;
    }

    /**
     * One figure per indicator and one indicator per figure, the best pairs first. An indicator takes a
     * cumulative figure before a share of its target, and either before a month's increment, when the
     * cumulative one scores nearly as well.
     */
    private static Map<Long, Pair> assign(List<Pair> pairs) {
        Map<Long, Pair> chosen = new HashMap<>();
        Set<Candidate> taken = new HashSet<>();
        List<Pair> open = new ArrayList<>(pairs);
        open.sort(Comparator.comparingDouble(Pair::score).reversed());
        Map<Candidate, Double> bestOf = new HashMap<>();
        for (Pair p : pairs) {
            bestOf.merge(p.c(), p.score(), Math::max);
        }
        while (!open.isEmpty()) {
            Pair best = open.get(0);
            // Among this indicator's open pairs, a cumulative figure scoring within 80 % of the best wins — unless that
            // figure names another indicator better (新建高标准农田 11260亩 beside 高效节水灌溉 本月+420亩).
            Pair pick = best;
            for (Pair p : open) {
                if (p.m().indicatorId() == best.m().indicatorId() && p.score() >= 0.8 * best.score() && bestOf.get(p.c()) <= p.score()
                        && (rank(p) < rank(pick) || rank(p) == rank(pick) && p.c().entryDay > pick.c().entryDay && pick.c().entryDay > 0
                                || rank(p) == rank(pick) && laterRow(p.c(), pick.c()))) {
                    pick = p; // (a chronicle's later entry gives the later state: 11月27日 before 11月6日)
                }
            }
            // 本月完成投资410万元，累计完成投资2770万元: the month's part of a running total that goes to another indicator
            // is that indicator's too — it waits for its total, and once that is placed it fills nothing else.
            Candidate total = pick.c().totalOf;
            Pair totalsBest = total == null
                    ? null
                    : open.stream().filter(p -> p.c() == total).max(Comparator.comparingDouble(Pair::score)).orElse(null);
            if (totalsBest != null && totalsBest.m().indicatorId() != pick.m().indicatorId()) {
                Pair part = pick;
                open.removeIf(p -> p == part);
                continue;
            }
            chosen.put(pick.m().indicatorId(), pick);
            taken.add(pick.c());
            long indicator = pick.m().indicatorId();
            Candidate figure = pick.c();
            open.removeIf(p -> p.m().indicatorId() == indicator || p.c() == figure || p.c().totalOf == figure);
        }
        return chosen;
    }

    /**
     * Whether the indicator counts what the figure's 其中 names — its name ends with it (…的脱贫劳动力和监测对象), three characters or
     * more (no lone 村 or 户); a work done on it (公益林补植补造 of 其中公益林12.6万亩) counts something else.
     */
    private static boolean namesThePart(Candidate c, Named n) {
        return c.partName != null && c.partName.length() >= 3 && c.partName.length() <= 16 && n.rawName().endsWith(c.partName);
    }

    /**
     * Whether a table's row gives an indicator's running total below another row that gave it one: a register of entries
     * (登记号 | 本次计入 | 滚动累计) keeps each indicator's total up to date row by row, so the last row's is where it stands.
     */
    private static boolean laterRow(Candidate later, Candidate earlier) {
        return later.q.start() > earlier.q.start() && tableTotal(later) && tableTotal(earlier);
    }

    private static boolean tableTotal(Candidate c) {
        return c.q.evidence() != null && c.q.evidence().startsWith("表格累计");
    }

    private static int rank(Pair p) {
        if (p.c().corrected) {
            return -1; // a figure set right (经核实…应为) comes before what it corrects, however stated
        }
        return switch (p.c().how) {
            case CUMULATIVE, CONVERTED -> 0;
            case PERCENT_OF_TARGET -> 1;
            case INCREMENT -> 2;
        };
    }

    // ——— The proposal ———

    private static Proposal propose(Pair p, Setting setting) {
        Candidate c = p.c();
        ReportLine.Measure m = p.m();
        Quantity q = c.q;
        MeasureUnit unit = MeasureUnit.of(m.unit()).orElse(null);
        BigDecimal value;
        How how = namedRate(c, m) ? How.CUMULATIVE : c.how;
        String because;
        BigDecimal previous = p.line().previous() == null ? null : p.line().previous().values().get(m.indicatorId());
        switch (how) {
            case PERCENT_OF_TARGET -> {
                value = round(m.target().multiply(q.value()).divide(BigDecimal.valueOf(100), MathContext.DECIMAL64), m);
                because = "原文为完成目标任务的" + plain(q.value()) + "%：目标" + plain(m.target()) + m.unit() + " × "
                        + plain(q.value()) + "%";
            }
            case INCREMENT -> {
                LocalDate previousEnd = setting.previousEnds().get(p.line().taskId());
                // (an increment of 11月16日—30日 leaves the first half of the month out: no total can be made of it)
                if (previous == null || previousEnd == null || !previousEnd.isBefore(c.incrementFrom)
                        || c.incrementFrom.isAfter(previousEnd.plusDays(1))) {
                    return null;
                }
                BigDecimal added = c.unit.convert(q.value(), unit);
                // 165亩 in 公顷 is 11, not 11.0000000004: a unit's factor (666.67 m²) is no exact decimal.
                value = c.unit.scalesTo(unit) ? converted(previous.add(added)) : previous.add(added).stripTrailingZeros();
                because = "原文为新增数“" + q.surface() + "”，加上期累计" + plain(previous) + m.unit();
            }
            default -> {
                value = c.unit.convert(c.sum != null ? c.sum : q.value(), unit).stripTrailingZeros();
                value = c.unit.scalesTo(unit) ? converted(value) : value;
                if (c.sum != null) {
                    because = "原文为截至前期的累计与其后各月之和：" + c.sumSaid + (c.unit.scalesTo(unit) ? "，换算为" + plain(value) + m.unit() : "");
                } else if (c.unit.scalesTo(unit)) {
                    how = How.CONVERTED;
                    because = "原文为累计数“" + q.surface() + "”，换算为" + plain(value) + m.unit();
                } else {
                    because = "原文为累计数“" + q.surface() + "”";
                }
            }
        }
        value = new BigDecimal(value.stripTrailingZeros().toPlainString()); // 2860, not 2.86E+3, in a form and in JSON
        List<String> flags = new ArrayList<>();
        if (previous != null && value.compareTo(previous) < 0) {
            flags.add("低于上期累计值 " + plain(previous) + m.unit() + "，请核对");
        }
        if (m.target() != null && m.target().signum() > 0 && value.compareTo(m.target().multiply(BigDecimal.valueOf(2))) > 0) {
            flags.add("超过目标值 " + plain(m.target()) + m.unit() + " 的两倍，请核对");
        }
        return new Proposal(p.line().taskId(), m.indicatorId(), m.name(), value, m.unit(), how.json, q.sentence(), q.start(),
                q.end(), q.surface(), c.wording, because, flags, c.sentenceStart, c.sentenceEnd);
    }

    /**
     * 需求信息动态更新完成率97.6% for the indicator 残疾人需求信息动态更新完成率: a 完成率 named by what it is the rate of is that
     * rate, read as it stands — only a bare 完成率 (全年任务完成率) is the share of a target.
     */
    private static boolean namedRate(Candidate c, ReportLine.Measure m) {
        MeasureUnit unit = MeasureUnit.of(m.unit()).orElse(null);
        if (unit == null || !MeasureUnit.RATIO.equals(unit.dimension()) || c.cuePre == null) {
            return false;
        }
        Matcher named = NAMED_RATE.matcher(c.cuePre);
        return named.find() && m.name().replaceAll("\\s", "").contains(named.group(1));
    }

    /** 动态更新完成率(为|达到): the four characters naming a 完成率, right before its figure. */
    private static final Pattern NAMED_RATE = Pattern.compile("([\\p{IsHan}]{4}完成率)(?:为|达|达到)?$");

    /** A share of a target in the target's own precision, two more places; counts of things whole (94% of 3.5万人 is 3.29万人: whole people). */
    private static BigDecimal round(BigDecimal v, ReportLine.Measure m) {
        MeasureUnit unit = MeasureUnit.of(m.unit()).orElse(null);
        boolean counted = unit != null && (MeasureUnit.THINGS.equals(unit.dimension()) || "households".equals(unit.dimension())
                || "people".equals(unit.dimension()) || "person-times".equals(unit.dimension())
                || MeasureUnit.EVENTS.equals(unit.dimension()));
        int scale = counted
                ? Math.max(0, -unit.factor().stripTrailingZeros().scale())
                : Math.max(2, m.target().stripTrailingZeros().scale() + 2);
        return v.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /**
     * A value converted between units, to six decimal places: 165亩 in 公顷 is 11, not 11.0000000004 (a unit's factor
     * such as 666.67 m² is no exact decimal), while 31800头 stays 3.18万头 and a sum in 元 keeps every digit.
     */
    private static BigDecimal converted(BigDecimal v) {
        return v.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    // ——— Text helpers ———

    /** Whether a figure is a table row's, read by ReportTables (its evidence 表格累计：…, 表格本月：…, 表格小计：…). */
    private static boolean fromTable(Quantity q) {
        return q.evidence() != null && q.evidence().startsWith("表格");
    }

    private static int clauseStart(String s, int at) {
        for (int i = Math.min(at, s.length()) - 1; i >= 0; i--) {
            if (CLAUSE_BREAKS.indexOf(s.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int firstLineEnd(String source) {
        int nl = source.indexOf('\n');
        return nl < 0 ? source.length() : nl;
    }

    private static int firstBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (CLAUSE_BREAKS.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Where the sentence holding {@code at} starts, looked for no further back than a long sentence's half. */
    private static int sentenceStart(String source, int at) {
        int limit = Math.max(0, at - LONG_SENTENCE / 2);
        for (int i = Math.min(at, source.length()) - 1; i >= limit; i--) {
            if (SENTENCE_ENDS.indexOf(source.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return limit;
    }

    private static int sentenceEnd(String source, int end) {
        int limit = Math.min(source.length(), Math.max(0, end) + LONG_SENTENCE / 2);
        for (int i = Math.max(0, end); i < limit; i++) {
            if (SENTENCE_ENDS.indexOf(source.charAt(i)) >= 0) {
                return source.charAt(i) == '\n' ? i : i + 1;
            }
        }
        return limit;
    }

    private static List<OutlineNode> chain(List<OutlineNode> nodes, int at) {
        List<OutlineNode> out = new ArrayList<>();
        List<OutlineNode> level = nodes;
        while (level != null) {
            // The outline's nodes at one level stand in order: found by halving, as a long document has thousands.
            OutlineNode hit = null;
            int lo = 0;
            int hi = level.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                OutlineNode n = level.get(mid);
                if (at < n.start()) {
                    hi = mid - 1;
                } else if (at >= n.end()) {
                    lo = mid + 1;
                } else {
                    hit = n;
                    break;
                }
            }
            if (hit == null) {
                break;
            }
            // (a run-in paragraph's heading sentence is read where it stands, in the sentence before the figure: see
            // innermostHeading)
            if (!hit.runIn()) {
                out.add(hit);
            }
            level = hit.children();
        }
        return out;
    }

    private static String firstIn(String text, String[] words) {
        for (String w : words) {
            if (text.contains(w)) {
                return w;
            }
        }
        return null;
    }

    private static boolean endsWithAny(String text, String[] words, int slack) {
        return lastOf(text.length() > 2 + slack + 2 ? text.substring(text.length() - (2 + slack + 2)) : text, words) != null;
    }

    private static String lastOf(String text, String[] words) {
        for (String w : words) {
            if (text.contains(w)) {
                return w;
            }
        }
        return null;
    }

    private static String pastYear(String text, int year) {
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) < year) {
                return m.group();
            }
        }
        return null;
    }

    /** A document's own issue, or its definition of 本期, as a span of days: 第6期（11月16日—11月30日）, “本期完成”为11月16日至…. */
    private static final Pattern ISSUE_SPAN = Pattern.compile(
            "(?:第[0-9一二三四五六七八九十]+期\\s*[（(]|本期[^。；\\n]{0,8}为)\\s*(1[0-2]|[1-9])月([12][0-9]|3[01]|[1-9])日\\s*[—\\-－~～至到]");

    /** The first day of a document's own issue, when it starts within the period and after its first day; else null. */
    private static LocalDate issueStarts(String source, Setting setting) {
        if (setting.periodStarts() == null || setting.periodEnds() == null) {
            return null;
        }
        Matcher m = ISSUE_SPAN.matcher(source.substring(0, Math.min(source.length(), 800)));
        if (!m.find()) {
            return null;
        }
        int month = Integer.parseInt(m.group(1));
        int day = Integer.parseInt(m.group(2));
        LocalDate start = setting.periodStarts();
        if (month != start.getMonthValue() || day > start.lengthOfMonth()) {
            return null;
        }
        LocalDate from = start.withDayOfMonth(day);
        return from.isAfter(start) && !from.isAfter(setting.periodEnds()) ? from : null;
    }

    /** The day of a chronicle's entry a figure stands in: its line opens with the date (11月27日　…). */
    private static final Pattern ENTRY_DATE = Pattern.compile("^\\s*(1[0-2]|[1-9])月([12][0-9]|3[01]|[1-9])日[\\s　：:]");

    private static int entryDay(String source, int at) {
        int lineStart = at;
        while (lineStart > 0 && at - lineStart < PARAGRAPH_LOOKBACK && source.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        Matcher m = ENTRY_DATE.matcher(source.substring(lineStart, Math.min(source.length(), lineStart + 12)));
        return m.find() ? Integer.parseInt(m.group(1)) * 100 + Integer.parseInt(m.group(2)) : 0;
    }

    /** What is left of a line that holds only a figure: a bullet, spaces, punctuation. */
    private static final Pattern LONE_FIGURE = Pattern.compile("^[\\s▶►▸●•◆◇■□★☆✅✔→>＞：:、，,。；;|｜\\-—]*$");

    /** The short line right after a figure's own line, when it is a caption (words, not another figure alone). */
    private static String captionAfter(String source, int from) {
        int lineEnd = source.indexOf('\n', from);
        if (lineEnd < 0) {
            return null;
        }
        int nextEnd = source.indexOf('\n', lineEnd + 1);
        nextEnd = nextEnd < 0 ? source.length() : nextEnd;
        if (lineEnd - from > 200 || nextEnd - lineEnd > 200) {
            return null; // a caption is short, and so is the figure's own line
        }
        String next = source.substring(lineEnd + 1, nextEnd).strip();
        // (read as the reader reads the figure's own line: Simplified, normalised)
        return next.isEmpty() || next.length() > 60 || DIGIT.matcher(next).find() && next.length() < 12
                ? null
                : Reader.normalise(next).text().strip();
    }

    /** A frame of days after the period: 截至12月3日, 12月1日以来/起/至今 in a report of November. */
    private static final Pattern DAY_FRAME = Pattern
            .compile("(?:(?:截至|截止|截止到|到)(1[0-2]|[1-9])月([12][0-9]|3[01]|[1-9])日|(1[0-2]|[1-9])月([12][0-9]|3[01]|[1-9])日(?:以来|起|至今))");

    private static String afterPeriod(String before, Setting setting) {
        if (setting.periodEnds() == null) {
            return null;
        }
        String found = null;
        Matcher m = DAY_FRAME.matcher(before);
        while (m.find()) {
            int month = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
            int day = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
            LocalDate end = setting.periodEnds();
            boolean later = month > end.getMonthValue() || month == end.getMonthValue() && day > end.getDayOfMonth()
                    || end.getMonthValue() >= 11 && month <= 2; // 截至1月8日 in a report of December: next January
            found = later ? m.group() : null; // the last frame before the figure holds
        }
        return found;
    }

    private static String laterYear(String text, int year) {
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            // 缴纳2027年度城乡居民医保费: next year's premium paid now — the year the fee covers, not when the work is done
            if (PREPAID_YEAR.matcher(text.substring(m.end())).lookingAt()
                    || PREPAID_BEFORE.matcher(text.substring(Math.max(0, m.start() - 3), m.start())).find()) {
                continue;
            }
            if (Integer.parseInt(m.group(1)) > year) {
                return m.group();
            }
        }
        return null;
    }

    /** 2027年度城乡居民医保费, 年度保费: a fee for a year, paid ahead of it. */
    private static final Pattern PREPAID_YEAR = Pattern.compile("度?[\\p{IsHan}]{0,10}?(?:保险费|保费|医保费|缴费|参保费)");
    /** 缴纳, 征缴, 预缴: a payment made now for the year named after it. */
    private static final Pattern PREPAID_BEFORE = Pattern.compile("缴纳|征缴|收缴|预缴|代缴|缴$");

    private static boolean containsYear(String text, int year) {
        return text.contains(year + "年");
    }
}
