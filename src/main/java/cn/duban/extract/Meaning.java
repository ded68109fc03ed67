package cn.duban.extract;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whether a quantity is done, planned or just described, and how it compares (以上, 以内). */
final class Meaning {

    static final String ACTUAL = "actual";
    static final String TARGET = "target";
    static final String OTHER = "other";

    /** Capacity, size or investment of a thing, not progress on it: 年产50000套, 总投资5亿元, 占地30亩. */
    private static final WordSet SCALE_BEFORE = new WordSet("年产", "日产", "年处理", "日处理", "年加工", "年出栏", "年存栏",
            "产能", "装机容量", "装机", "总投资", "投资总额", "总占地", "占地面积", "占地", "建筑面积", "总面积", "全长", "总长",
            "总里程", "库容", "设计能力", "受益", "惠及", "覆盖", "资金总额", "总资金", "涉及");
    /** 建成后可, 投产后可, 达产后每年可: what a project can do once it is built. */
    private static final Pattern ONCE_BUILT = Pattern.compile(
            "(?:建成|投产|达产|投用|运营|完工)(?:投产|投用|运营)?后(?:预计)?(?:可|将可|能|每年可|年可)[^，,；;。]*$");
    /** People or places a work reaches: its result in a review (惠及群众2000余人), a description elsewhere. */
    private static final WordSet REACHED = new WordSet("受益", "惠及", "覆盖");
    /** Words right before a number that set what it must reach. */
    private static final WordSet REQUIRED = new WordSet("不低于", "不少于", "不超过", "控制在", "至少");
    /**
     * The words saying the whole work is finished (目前已全部完工), or null. A clause that counts what
     * is finished (已竣工结算项目7个) or picks a part of it (其中中余已竣工) reports progress, not the end.
     */
    private static String wholeFinished(String sentence) {
        for (int at = FINISHED.indexIn(sentence); at >= 0;) {
            String word = FINISHED.at(sentence, at);
            int from = at;
            while (from > 0 && ",，;；".indexOf(sentence.charAt(from - 1)) < 0) {
                from--;
            }
            int to = at;
            while (to < sentence.length() && ",，;；。".indexOf(sentence.charAt(to)) < 0) {
                to++;
            }
            // 已竣工结算项目7个 counts what is finished; 投资4000万的…项目已竣工 names the project's money before the word.
            String counting = sentence.substring(at, to);
            boolean counted = counting.chars().anyMatch(c -> Character.isDigit(c) || c == 'X' || c == 'x');
            String clause = sentence.substring(from, to);
            // 一期已建成投产, 上半年完成主体工程, 计划明年6月底前建成, 年底前投入使用: a part finished, or a finish still planned.
            if (!counted && !clause.contains("其中") && !PART_OR_PLANNED.matcher(sentence.substring(from, at)).find()) {
                return word;
            }
            int next = FINISHED.indexIn(sentence.substring(to));
            at = next < 0 ? -1 : to + next;
        }
        return null;
    }

    /** Capacity stays a description even when the plant is finished: 年出栏10万头. */
    private static final WordSet CAPACITY = new WordSet("年产", "日产", "年处理", "日处理", "年加工", "年出栏", "年存栏", "产能",
            "装机", "库容", "设计能力");
    private static final WordSet FINISHED = new WordSet("全部完工", "已完工", "建设完毕", "已竣工", "全部竣工", "投入使用", "已建成",
            "建成投产", "竣工验收", "全面完工", "全面建成", "建成通车", "完工通车", "全线通车", "全线贯通");
    /** A project still being carried out: its money and size describe it until it is finished. */
    private static final WordSet UNDER_WAY = new WordSet("正在实施", "正在建设", "正在施工", "在施工中", "还在施工", "施工中", "在建",
            "推进中", "实施中");
    /** Things only maintained or watched: 3400亩保种基地管护, XX户"三类户"的动态监测. */
    private static final WordSet UPKEEP_AFTER = new WordSet("管护", "监测", "维护", "养护", "看护");
    private static final Pattern WATCHED_KIND = Pattern.compile("监测(?:户|对象|人口|帮扶对象)");
    /** A count that is the clause's subject, not its object: 川区四村坚持…, 三个村要尽快…. */
    private static final WordSet AGENT_VERB = new WordSet("要", "坚持", "都要", "必须", "应当");
    private static final WordSet VERB = new WordSet("开展", "完成", "建成", "新建", "建设", "推出", "引进", "新增", "培育", "创建",
            "打造", "推动", "推进", "实现", "召开", "组织", "举办", "实施", "改造", "签约", "招引", "达到", "达", "发放", "带动",
            "培训", "硬化", "安置", "搬迁", "确保", "力争", "争取", "提升", "增加", "增长", "投入", "销售", "申请", "加快", "扩大");

    private static final WordSet TARGET_CUE = new WordSet("预计", "计划于", "计划在", "计划到", "计划完成", "计划实现", "计划新增",
            "计划投资", "计划年内", "计划年底", "计划当年", "计划今年", "计划明年", "力争", "拟", "将要", "预期", "有望", "力求", "下一步",
            // a plan stated inside a review (issue 26): projects being planned or prepared, a start still to come
            "谋划", "筹建", "计划开工", "计划实施", "即将开工", "准备开工",
            // 今年计划再安排3000万元, 还计划新申报6个: the year's plan told beside what is done
            "今年计划", "还计划", "计划再",
            // 四季度还需完成1066万元, 后半程还需新改户厕8350户: the work still to do to reach the year's aim
            "还需", "尚需完成", "仍需完成");
    private static final WordSet ACTUAL_CUE = new WordSet("已", "了", "截至", "截止", "目前", "同比", "累计", "共计", "较上年", "比上年");
    /**
     * 每项加, 每起扣: the points an assessment adds or takes per item, right before them. (A subsidy per item, 每亩补贴100元,
     * is read as the plan's: most of our sets' writers call it a target.)
     */
    private static final Pattern PER_ITEM_BEFORE = Pattern.compile("每\\p{IsHan}{1,2}(?:加|扣|减)$");
    /** 每发现, 每有, 每超 right before a count: each one of what an assessment scores. */
    private static final Pattern SCORED_PER = Pattern.compile("每(?:发现|有|发生|出现|超|超过|低于|高于|增加|减少)$");
    /** The points taken or added for it, later in the sentence. */
    private static final Pattern SCORE_AFTER = Pattern.compile("^[^。；;]{0,30}?(?:扣|加)[0-9.]+分|^[^。；;]{0,30}?加该项|^[^。；;]{0,30}?扣减");
    /** 分值, 满分 right before a figure: the points an item weighs (a 权重 in %, writers read as a target or as other). */
    private static final Pattern WEIGHT_BEFORE = Pattern.compile("(?:分值|满分)(?:依次|分别|各)?(?:为|是)?$");
    /** 总分, 千分制, 分值: a scoring system named earlier in the sentence. */
    private static final Pattern POINTS_SYSTEM = Pattern.compile("总分|千分制|百分制|分值");
    /** 分值提高到不低于8分: points an item is to be raised to are an aim. */
    private static final Pattern POINTS_AIMED_BEFORE = Pattern.compile("(?:提高到|提升到|调整为|达到|不低于|不少于)$");
    /** 扣, 加, 得 right before a figure (not 增加, 参加, 追加): points given or taken. */
    private static final Pattern POINTS_GIVEN_BEFORE = Pattern.compile("(?<![增追参添更施新外])(?:扣|加|得|扣减|加分)$");
    private static final WordSet PAST_IN_PLAN = new WordSet("已", "去年", "上年", "过去");
    /** Completion on the verb or a running total: 已建成, 累计发放, 共计, 合计. */
    private static final WordSet COMPLETED = new WordSet("已", "截至目前", "截止目前", "目前仅", "目前共", "目前累计", "至今", "以来", "仅完成",
            "只完成", "才完成", "督查时", "检查时", "调研时");
    /** Running totals and "in all": completion outside a plan (in a plan, 合计5000平方米 is the size of what is to be built). */
    private static final WordSet TOTALS = new WordSet("共计", "累计完成", "累计发放", "累计投入", "先后");
    /** After 争取, these make it goal wording (争取年底前完成, 争取新增); money or posts make it "secured". */
    private static final WordSet GOAL_AFTER_STRIVE = new WordSet("在", "于", "实现", "完成", "新增", "达到", "建成", "今年",
            "明年", "年底", "年内", "早日", "全年", "把", "将", "使", "全面", "开工", "投产", "突破");
    private static final Pattern PAST_YEAR = Pattern.compile("(20\\d\\d)年");
    private static final Pattern DUE_DATE = Pattern.compile(
            "\\d{1,2}月(?:\\d{1,2}[日号]|上旬|中旬|下旬|份)?(?:底|末)?(?:前|以前|之前)");

    private Meaning() {
    }

    /** What kind of document a headless passage belongs to, from its title: the prior when no section says. */
    enum Genre {
        SUMMARY, PLAN, MIXED
    }

    /**
     * What is known of a number's surroundings before its own clause is read: the segment's role,
     * its genre prior and the year it speaks of; a firm deadline (年底前, 年内) binding the number's
     * clause; a cut-off (截至…) opening its sentence. The last two may be null.
     */
    record Frame(Role role, String roleBecause, Genre genre, int year, String firm, String cutOff) {

        /** The role's name for a reviewer: 回顾部分, or the words that opened the paragraph . */
        String part(String name) {
            return roleBecause == null || roleBecause.isEmpty() ? name + "部分" : name + "部分，" + roleBecause;
        }
    }

    /** A kind and what decided it, in the words a reviewer checks it by ("目标：力争", "回顾部分"). */
    record Judgement(String kind, String because) {
    }

    /**
     * The evidence, weighed in this order. A forecast (预计, 预期, 有望) in the quantity's clause makes
     * it a target, before anything reads as scale. Then the clause speaks: goal wording (力争, 确保,
     * 争取 before an action, 计划…) makes it a target, completion (已, 了, a year before the one the
     * section speaks of; outside plans also 共计, 累计完成, 共+verb) makes it a result; both at once
     * leave it to the section. Goal wording earlier in the sentence reaches the coordinated
     * clauses after it (力争新增规上企业3家,在库企业达到9家). Then the section's role; then, where
     * no section says, the document's genre.
     *
     * @param frame   the segment, and any firm deadline or cut-off, around the quantity
     * @param pre     the clause up to the quantity
     * @param after   the clause after the quantity
     * @param clause  the whole clause
     * @param before  the sentence up to the quantity
     * @param rest    the sentence after the quantity (its next clause may tell what is done to what it counts)
     */
    static Judgement judge(Frame frame, String pre, String after, String clause, String before, String rest) {
        Role role = frame.role();
        Genre genre = frame.genre();
        int year = frame.year();
        // 评分标准：完成县下达任务的得满分；播种面积每少1%扣1分: an assessment's rules score the work, they set none and report none.
        if (frame.roleBecause() != null && frame.roleBecause().startsWith(Segment.SCORING)) {
            return new Judgement(OTHER, frame.roleBecause());
        }
        // A forecast (预计受益…49户) is a target even where the words would otherwise describe scale.
        String forecast = FORECAST.at(clause, FORECAST.indexIn(clause));
        if (forecast != null && doneWord(pre, year, false) == null) {
            return new Judgement(TARGET, "目标：" + forecast);
        }
        // 由2026年的55%提高到62%: the level the work starts from is where things stand, not the aim.
        if (STARTS_FROM.matcher(pre).find() && RISES_TO.matcher(after).lookingAt()) {
            return new Judgement(ACTUAL, "起点");
        }
        // 年度任务为210公里, 年度计划新开工项目22个: the year's quota restated in a review is a target (ANNOTATION.md), due
        // at the year's end.
        // 距全年目标还差2.17亿元: the gap, not the quota.
        Matcher restated = QUOTA.matcher(pre);
        String quota = restated.find() && !GAP_LEFT.matcher(pre).find() && !SHARE_DONE.matcher(pre).find()
                ? firstGroup(restated)
                : null;
        // 增长9.2%，高于年度计划1.2个百分点: how far a result beat or missed the quota is a result (its level, 高于年度目标8%, is not).
        if (quota != null && COMPARED_WITH_PLAN.matcher(pre.substring(0, restated.start())).find() && clause.contains("百分点")) {
            quota = null;
        }
        // 完成年度预算10.8亿元的73.3%, 为任务8000亩的103.3%, 协议投资26.5亿元（任务24亿元）: the quota a result is measured
        // against, named right before it.
        if (quota == null && (SHARE_BASE.matcher(pre).find() && after.startsWith("的") || QUOTA_IN_BRACKET.matcher(pre).find())) {
            quota = "任务";
        }
        // 43个计划新开工项目才开工了16个: the number of what was planned is a target.
        if (quota == null && PLANNED_AFTER.matcher(after).lookingAt()) {
            quota = "计划";
        }
        // 剩余1栋计划12月20日前封顶: what is left, planned for a date — a target whatever the part.
        if (quota == null && PLANNED_FOR_AFTER.matcher(after).lookingAt()) {
            return new Judgement(TARGET, "计划：" + after.substring(0, 2));
        }
        // 15座电站的改造任务，…: a clause that ends naming the figure a task restates the quota.
        if (quota == null && TASK_ENDS_CLAUSE.matcher(after).lookingAt() && doneWord(pre, year, false) == null) {
            quota = "任务";
        }
        if (quota != null && role != Role.PLAN) {
            return new Judgement(TARGET, ANNUAL + quota);
        }
        // 完成率分别为112.4%, 占年度计划投资…的87.7%, 较全县平均水平低34.9个百分点: a share done or a gap measured, stated
        // as found where the work is reviewed or ranked, is a result, whatever plan it is measured against.
        if (role != Role.PLAN && (role != Role.UNKNOWN || frame.cutOff() != null || RANKED.in(before))
                && (SHARE_DONE.matcher(listed(pre)).find() || GAP.matcher(listed(pre)).find())
                && goalWord(clauseOwn(listed(pre))) == null) {
            return new Judgement(ACTUAL, "完成比例或差距");
        }
        // 12月15日前完成剩余46亩, 达到…要求的60人: in a part stating problems, a dated demand or a requirement is a target.
        if (role == Role.PROBLEMS && (frame.firm() != null && doneWord(pre, year, false) == null || pre.endsWith("要求的"))) {
            return new Judgement(TARGET, frame.firm() != null ? "整改期限：" + frame.firm() : "要求");
        }
        boolean plannedPoints = role == Role.PLAN && inPoints(clause, after);
        // 经济发展（分值25分）, 满分100分: the points an assessment weighs an item by, no work nor its result.
        // 总分1000分，其中共性指标700分、个性指标200分: the points shared out under a scoring system, likewise.
        if (WEIGHT_BEFORE.matcher(pre).find()
                || plannedPoints && POINTS_SYSTEM.matcher(before).find() && goalWord(pre) == null
                        && !POINTS_AIMED_BEFORE.matcher(pre).find()) {
            return new Judgement(OTHER, "考核分值或权重");
        }
        // 得60分, 每低1个百分点扣2分, 另扣5分, 加10分 where work is planned: the points a rule gives, no work nor its result.
        if (plannedPoints && POINTS_GIVEN_BEFORE.matcher(pre).find()) {
            return new Judgement(OTHER, "计分标准");
        }
        // 每项加0.5分, 每起扣1分: a rate per item an assessment scores by, no work; 每发现1宗…扣1分, 每超1个百分点加…: the count
        // a score is added or taken for.
        if (PER_ITEM_BEFORE.matcher(pre).find() || SCORED_PER.matcher(pre).find() && SCORE_AFTER.matcher(rest).find()) {
            return new Judgement(OTHER, "计分标准");
        }
        // 在全市9个县（市、区）中位列第2位: the peers a ranking counts, no work of the unit's.
        if (RANK_FIELD.matcher(after).lookingAt()) {
            return new Judgement(OTHER, "排名范围");
        }
        // 全年0.45亿元的投资目标仍需加快, 完成3000亩的年度任务, 距全年85万元的计划还差17万元: a figure that qualifies a target, a
        // task or a plan names it, whatever the part reports.
        // (已全面完成430户的改厕任务: the task said done is done)
        // 已支付部分距全年85万元的计划还差17万元: the mark a gap is measured from is the target, whatever was done before it.
        if (GAP_FROM.matcher(pre).find() && GAP_AFTER.matcher(after).lookingAt()) {
            return new Judgement(TARGET, "目标（差距的基准）");
        }
        if (TARGET_QUALIFIED.matcher(after).lookingAt() && doneWord(pre, year, false) == null) {
            return new Judgement(TARGET, "目标（定语）");
        }
        // 全县现有单村供水工程212处，由县供水公司实行统一运营管理, 加强对全镇86名生态护林员的日常管理: in a plan, what the county
        // already has and only keeps running or manages is the work's scope (ANNOTATION.md: sizes of things only maintained or
        // monitored). What a plan will check or visit (对全县1860家生产经营单位开展排查) is its work, a target.
        if ((role == Role.PLAN || role == Role.UNKNOWN && genre == Genre.PLAN)
                && (EXISTING_BEFORE.matcher(pre).find() || EXISTING_NOW.matcher(pre).find()) && goalWord(pre) == null
                && KEPT_AFTER.matcher(rest).find()) {
            return new Judgement(OTHER, "范围：现有");
        }
        // 全年累计巡河不少于1.5万人次: a floor set where work is planned is a requirement, whatever totals it counts.
        if (role != Role.REVIEW && role != Role.PROBLEMS && REQUIRED.endingOf(pre) != null
                && (role == Role.PLAN || genre == Genre.PLAN || frame.firm() != null)) {
            return new Judgement(TARGET, "要求：" + REQUIRED.endingOf(pre));
        }
        // 项目建成后可新增学位2700个, 投产后可实现年产值45亿元: what a project can do once built is what it is, described —
        // neither work planned nor work done (ANNOTATION.md: the scale of a project is other).
        if (ONCE_BUILT.matcher(pre).find()) {
            return new Judgement(OTHER, "建成后效益");
        }
        String scale = scaleWord(pre);
        // 新增受益人口8.6万人: the people a work will newly reach are its result.
        if (scale != null && REACHED.in(scale) && pre.contains("新增" + scale)) {
            scale = null;
        }
        if (scale != null && REACHED.in(scale)
                && (role == Role.REVIEW || role == Role.PROBLEMS || frame.cutOff() != null || doneWord(before, year, true) != null)) {
            scale = null;
        }
        // In a plan part the size of the work planned is part of the goal (年内建成…道路4条、总长6.8公里, 涉及居民2860户, 总投资
        // 2.8亿元: ANNOTATION.md, "in plan sections all is target except capacities in names…"); a capacity in a name still
        // describes it, and so does the size of a project whose state the sentence tells (一期已建成投产，二期正在安装设备).
        // (总投资1.6亿元的工业园标准厂房: a size that qualifies the project's name describes it, as a capacity in a name does)
        if (scale != null && role == Role.PLAN && !CAPACITY.in(scale) && !REACHED.in(scale) && !after.startsWith("的")) {
            return new Judgement(TARGET, PLANNED_SIZE + scale);
        }
        // 总投资不低于80亿元 where work is planned: a floor set on the size is a requirement, not a description.
        String floor = REQUIRED.endingOf(pre);
        if (scale != null && floor != null && (role == Role.PLAN || frame.firm() != null)) {
            return new Judgement(TARGET, "规模要求：" + scale + floor);
        }
        if (scale != null) {
            return new Judgement(OTHER, "规模：" + scale);
        }
        if (clause.contains("之外")) {
            return new Judgement(OTHER, "范围：之外");
        }
        // (241户脱贫户和监测户: the households watched against falling back into poverty are a kind of household, no upkeep)
        String upkept = WATCHED_KIND.matcher(after).replaceAll("");
        if ((role == Role.PLAN || role == Role.UNKNOWN) && UPKEEP_AFTER.in(upkept)) {
            return new Judgement(OTHER, "管护对象：" + UPKEEP_AFTER.at(upkept, UPKEEP_AFTER.indexIn(upkept)));
        }
        String goal = goalWord(clause);
        String done = doneWord(pre, year, role != Role.PLAN);
        if (done == null && frame.cutOff() != null && goal == null) {
            done = frame.cutOff();
        }
        // 计划改造危桥12座，完成7座: the clause after the plan's figure that opens with 完成 or 实际 tells what was done.
        // (in a plan part every 完成 is still to be done)
        if (done == null && goal == null && role != Role.PLAN && doneAfterPlan(before, pre) && !AT_LEAST_AFTER.matcher(after).lookingAt()) {
            done = "完成（对照计划）";
        }
        if (goal == null && done == null && frame.firm() != null && role != Role.REVIEW && role != Role.PROBLEMS) {
            // A firm deadline (年底前完成, 年内竣工) says by itself that the figure is still to be reached.
            return new Judgement(TARGET, "期限：" + frame.firm());
        }
        // 剩余1.7公里承诺12月20日前完成, 剩余15.9万元年底前清收到位: in a review, what is left of the work and bound to a date is
        // still to be done, however the part around it reports.
        if (goal == null && done == null && frame.firm() != null && REMAINDER.matcher(pre).find()) {
            return new Judgement(TARGET, "剩余期限：" + frame.firm());
        }
        if (goal != null && done == null) {
            return new Judgement(TARGET, "目标：" + goal);
        }
        if (done != null && goal == null && role != Role.REVIEW) {
            return new Judgement(ACTUAL, "已完成：" + done);
        }
        // Goal wording reaches the clauses after it, up to the first that states completion (…,共完成…).
        String reach = before.substring(lastCompletion(before));
        String goalEarlier = role == Role.REVIEW || role == Role.PROBLEMS ? cueWord(reach) : goalWord(reach);
        return switch (role) {
            case REVIEW, PROBLEMS -> goal != null
                    ? new Judgement(TARGET, "目标：" + goal)
                    : goalEarlier != null && done == null
                            ? new Judgement(TARGET, "目标（前文）：" + goalEarlier)
                            : new Judgement(ACTUAL, role == Role.REVIEW ? frame.part("回顾") : "问题部分（现状）");
            case PLAN -> {
                // 计划草案编制过程中，共收集意见建议63条: how the plan was made, told in it, is done work.
                if (DRAFTING.matcher(before).find()) {
                    yield new Judgement(ACTUAL, "已完成：计划编制过程");
                }
                String stands = standing(before, rest);
                if (stands != null) {
                    yield new Judgement(ACTUAL, "现状：" + stands);
                }
                // 比上年增加150万元, 由去年的28%提高到35%: last year is what the planned change is measured from, not when it was done.
                String own = withoutComparedYear(pre);
                int past = PAST_IN_PLAN.indexIn(own);
                if (past >= 0) {
                    yield new Judgement(ACTUAL, "已完成：" + PAST_IN_PLAN.at(own, past));
                }
                // 今年以来共发生火灾61起，比去年同期增加4起: a change from last year after a result told earlier is a result too.
                if (!own.equals(pre)) {
                    String earlier = withoutComparedYear(before);
                    if (PAST_IN_PLAN.in(earlier) || doneWord(earlier, year, true) != null) {
                        yield new Judgement(ACTUAL, "已完成（前文）：比上年");
                    }
                }
                yield agent(pre, after) ? new Judgement(OTHER, "主体，非目标") : new Judgement(TARGET, frame.part("计划"));
            }
            case UNKNOWN -> {
                if (goalEarlier != null) {
                    yield new Judgement(TARGET, "目标（前文）：" + goalEarlier);
                }
                // 到2033年，全县规模以上农产品加工企业达到45家: a year ahead of the one the document speaks of, reached by, is a
                // milestone set — no goal word needed.
                Matcher by = BY_A_YEAR.matcher(before);
                while (by.find()) {
                    if (Integer.parseInt(by.group(1)) > year) {
                        yield new Judgement(TARGET, "目标：" + by.group());
                    }
                }
                // (in a plan, 比上年增加420万元 measures the planned change from last year: no completion)
                String cueClause = genre == Genre.PLAN && clause.startsWith(pre)
                        ? withoutComparedYear(pre) + clause.substring(pre.length())
                        : clause;
                String cueBefore = genre == Genre.PLAN ? withoutComparedYear(before) : before;
                int cue = ACTUAL_CUE.indexIn(cueClause);
                if (ACTUAL_CUE.in(cueBefore) || cue >= 0) {
                    yield new Judgement(ACTUAL, "已完成：" + (cue >= 0
                            ? ACTUAL_CUE.at(cueClause, cue)
                            : ACTUAL_CUE.at(cueBefore, ACTUAL_CUE.indexIn(cueBefore))));
                }
                // 2024年,将抓好以下工作:一是新建…: a modal word earlier in the sentence reaches the work it heads.
                String modal = Segment.modal(reach);
                if (modal != null && modal.equals("将") && DISPOSAL_AFTER.matcher(after).find()) {
                    modal = null; // 将…的5个项目列入"红榜": 将 puts the projects on the list, it tells no future
                }
                if (modal != null) {
                    yield new Judgement(TARGET, "目标（前文）：" + modal);
                }
                // Where nothing speaks of a plan, completion reaches as goal wording does: 今年共发放…,新建…5所.
                String earlierDone = doneWord(before, year, true);
                if (earlierDone != null) {
                    yield new Judgement(ACTUAL, "已完成（前文）：" + earlierDone);
                }
                if (genre == Genre.SUMMARY) {
                    yield new Judgement(ACTUAL, "总结类文字");
                }
                if (genre == Genre.PLAN) {
                    String stands = standing(before, rest);
                    if (stands != null) {
                        yield new Judgement(ACTUAL, "现状：" + stands);
                    }
                    yield agent(pre, after) ? new Judgement(OTHER, "主体，非目标") : new Judgement(TARGET, "计划类文字");
                }
                // Nothing speaks of a plan and the passage is neither: a plan states its aim in so many words
                // (要, 将, 力争, 确保…) or stands under a plan's heading; a bare statement reports.
                yield agent(pre, after) ? new Judgement(OTHER, "主体，非目标") : new Judgement(ACTUAL, "未标明，无目标措辞");
            }
        };
    }

    private static final WordSet FORECAST = new WordSet("预计", "预期", "有望");
    /** Words telling where things stand (辖14个村, 目前保有量, 现有, 仍有, 同比, 上一个防火期): a plan's account of the present. */
    private static final WordSet STANDING = new WordSet("目前", "现有", "仍有", "还有", "另有", "辖", "常住人口", "户籍人口", "保有量", "同比",
            "比前年", "比前一个", "上一个", "日均", "年均", "仅为", "只有");
    private static final int STANDING_WINDOW = 160;
    /** Words of an aim, a demand or a date anywhere in a sentence: it is no plain account of the present. */
    private static final Pattern AIMED = Pattern.compile(
            "力争|确保|争取|计划|拟|预计|要|将|应|须|需|前完成|年底前|年内|底前|月底|到20\\d\\d年|目标|任务|不低于|不少于|以上|以内|控制在|达到");
    /** Work a plan sets (对…, 实行, 开展, 新建, 约谈…): a sentence naming it is the plan's, whatever it says of the present. */
    private static final Pattern PLANNED_WORK = Pattern.compile(
            "^对|[，,]对|实行|开展|落实|新建|新增|改造|更新|补植|办结|配备|确定|安排|约谈|扣|取消|一律|建立|推进|组织|铺设|解决|负责|实施|完成|建成|整治|督办|通报");

    /**
     * The word by which a sentence of a plan tells where things stand (全县常住人口83.2万人, 目前城区机动车保有量约4.6万辆, 鄢桥镇辖14个
     * 行政村), or null: such a sentence sets no aim, no demand, no date and names no work, so its figures are the present's.
     */
    static String standing(String before, String rest) {
        // (a window each way, as the words before a figure are: a sentence of thousands of figures is not read whole for each)
        String sentence = before.substring(Math.max(0, before.length() - STANDING_WINDOW)) + "\u0000"
                + rest.substring(0, Math.min(rest.length(), STANDING_WINDOW));
        int at = STANDING.indexIn(sentence);
        if (at < 0 || AIMED.matcher(sentence).find() || PLANNED_WORK.matcher(sentence).find()) {
            return null;
        }
        return STANDING.at(sentence, at);
    }
    /**
     * 比上年, 较去年, 由去年的…: last year named as the base a change is measured from, with the change (增加, 提高到) after it and
     * before the figure.
     */
    private static final Pattern COMPARED_YEAR = Pattern.compile(
            "(?:比|较|与|同|由)(?:去年|上年)(?=(?:同期)?[^，,；;。]{0,14}?(?:增加|增长|提高|提升|下降|降低|减少|压减|压降|扩大|缩小|多|少))");

    /** The words with every last year that is only a change's base blanked out, so that it reads as no completion. */
    static String withoutComparedYear(String text) {
        return COMPARED_YEAR.matcher(text).replaceAll("比往");
    }
    /**
     * Whether a sentence of a plan part tells where a project stands (一期已建成投产，二期正在安装设备) and sets no goal: the sizes
     * it gives describe the project.
     */
    static boolean tellsState(String sentence) {
        // (全面建成 with no 已 is where a plan means to be — 年底前全面建成 — not where the project stands)
        return (UNDER_WAY.in(sentence) || FINISHED.in(sentence) && sentence.contains("已")) && goalWord(sentence) == null;
    }

    /** The reason a planned work's size carries: part of the goal, not work of its own. */
    static final String PLANNED_SIZE = "计划部分的规模：";
    /** The reason a restated annual quota carries. */
    private static final String ANNUAL = "年度目标：";
    /** A quota word right before the number, with at most a few words of what it counts between (年度计划新开工项目22个). */
    private static final Pattern QUOTA = Pattern.compile(
            "(目标任务|年度任务|年度目标|年度计划|全年任务|全年目标|下达任务|任务数)[\\p{IsHan}&&[^的]]{0,6}?(?:为|是|数)?$"
                    // 全年计划引进亿元以上项目3个, 年度目标新签约亿元以上项目3个: the year's plan, with what it counts between
                    + "|(全年计划|年度目标|全年目标|年度任务|全年任务)(?:(?!完成|累计|实现|已)[\\p{IsHan}\\d.&&[^的]]){0,14}?$"
                    // 目标参保率96%, 低于县定目标95%: the level set, named after 目标 (实现目标, 目标责任考核得分 are none)
                    + "|(?<!实现|完成|达到|达成|完成了)((?:县定|市定|省定|县下达|上级下达|约束性)?目标值?)"
                    + "(?:(?!完成|累计|实现|已|得分|考核|责任|管理|任务)[\\p{IsHan}&&[^的]]){0,5}?(?:为|是)?$"
                    // 整顿任务为3个, 协议投资任务合计60亿元: a task's size stated
                    + "|(?<!完成)(任务)(?:数|量)?(?:为|是|合计|共计)$"
                    // 县下达粮食播种面积任务4.3万亩: the task handed down, with what it counts between
                    + "|(下达)(?:(?!完成|累计|实现|已)[\\p{IsHan}&&[^的]]){0,10}?任务(?:数|量)?(?:为|是)?$"
                    // 绩效目标为新建标准化牛舍4栋、面积6000平方米: the level set, told as what is to be done
                    + "|(?<!实现|完成|达到|达成|完成了)(目标(?:为|是))(?:(?!完成|累计|实现|已|实际)[\\p{IsHan}\\d.、&&[^的]]){0,14}?$");
    /** 完成年度预算, 为任务, 占全年计划 right before a figure followed by 的: the base a share is taken of. */
    private static final Pattern SHARE_BASE = Pattern.compile("(?:完成|占|为|达)(?:年度|全年|年初)?(?:预算|任务|计划|目标)(?:数)?$");
    /** （任务24亿元）: the quota in brackets after a result. */
    private static final Pattern QUOTA_IN_BRACKET = Pattern.compile("(?:^|[（(])(?:年度|全年)?(?:任务|目标|计划)(?:数|值)?(?:为|是)?$");
    /** 还差, 尚差 right before the number: a gap. */
    private static final Pattern GAP_LEFT = Pattern.compile("(?:还差|尚差|相差|差距|缺口)$");
    /** The county's or the township's whole, with nothing done to it before the number: 全县47座水库, 对全县在建的64个. */
    private static final Pattern EXISTING_BEFORE = Pattern.compile(
            "(?:^|[，,、对]|落实|督促|指导|监管|巡查|检查)(?:全县|全市|全区|全乡|全镇)(?:现有|在建的|在建|已建成的|已有)?$");
    /** After a count: 个县（市、区）中位列第2位, 个乡镇中排名第4. */
    private static final Pattern RANK_FIELD = Pattern
            .compile("^[^，,；;。0-9获得评荣]{0,14}(?:中(?:位列|位居|排名|排在|排第|居第|列第)|第[0-9一二三四五六七八九十]{1,3}(?:位|名))");
    /** 现有经营摊位260个 where work is planned: what stands now, the work's scope. */
    private static final Pattern EXISTING_NOW = Pattern.compile("(?<!实)现有[^，,；;。、]{0,8}$");
    /** What is done to what exists: kept running, managed, looked after. */
    private static final Pattern KEPT_AFTER = Pattern.compile("^[^。；;]{0,30}?(?:管理|运营|运行|管护|维护|养护|监管|巡护|看护|责任人)");
    /** 15座电站的改造任务，…: a clause ending by naming the figure a task (and stating no completion) restates the quota. */
    private static final Pattern TASK_ENDS_CLAUSE = Pattern
            .compile("(?:(?!完成|已|实现|超额|超)[^，,；;。：:\n]){0,16}的[^，,；;。：:\n]{0,8}(?:任务|目标)(?=[，,；;。：:]|$)");
    /** Right after a number: 计划12月20日前, 拟于年底前, 预计明年6月底 — what is planned for a date. */
    private static final Pattern PLANNED_FOR_AFTER = Pattern
            .compile("(?:计划|拟|预计|争取)(?:于|在|到)?[^，,；;。]{0,8}?[年月日旬季][^，,；;。]{0,2}?(?:前|底|内)");
    /** Right after a number: 计划新开工项目, 年度计划项目 — it counts what was planned. */
    private static final Pattern PLANNED_AFTER = Pattern.compile("(?:年度)?计划(?:新开工|开工|竣工|实施|建设|投资)");
    /** A share done (完成率, 开工率…, 占…任务的) right before the number. */
    private static final Pattern SHARE_DONE = Pattern.compile(
            "(?:完成率|开工率|竣工率|到位率|办结率|完成进度)(?:分别)?(?:仅|只|才)?(?:为|达到|达|是)?$|(?:占|完成|为|是|达)[^，,；;。]{0,16}(?:任务|计划|目标)[^，,；;。]{0,14}的$"
                    // 完成年度目标任务均超过70%: the share of the year's task done, without 的
                    + "|完成[^，,；;。]{0,10}(?:任务|计划|目标)(?:均|都|已)?(?:超过|达到|达|为)$");
    /** A gap measured: 较全县平均水平低, 比上月提高. */
    private static final Pattern GAP = Pattern.compile("(?:较|比)[^，,；;。]{0,12}(?:低|高|多|少)(?:了)?$");
    /** Words of a ranking: its figures are found, not set. */
    private static final WordSet RANKED = new WordSet("排名", "位列", "排在", "红榜", "黑榜", "后三位", "前三位", "前三名", "后三名");
    private static final Set<String> MONEY_OR_SIZE = Set.of("元", "亩", "平方米", "平方", "公顷");

    /**
     * A project's money, size and scope describe it while the work is under way and report a result
     * once it is finished. A result's money or size in a sentence that says the work is still under
     * way (正在实施, 在施工中) describes the project, unless its own clause says it was spent or
     * done: the company's 投资8000万元 while the plant 正在实施阶段 is no result yet. A size read as
     * scale (涉及资金120万元) is a result when the sentence says the work is finished (已全部完工),
     * except a capacity.
     */
    static Judgement underWay(Judgement judged, String sentence, String baseUnit, String pre) {
        if (OTHER.equals(judged.kind()) && judged.because().startsWith("规模：")
                && !CAPACITY.in(judged.because()) && !UNDER_WAY.in(sentence)) {
            String finished = wholeFinished(sentence);
            if (finished != null) {
                // A project's money or scope is a result once the sentence reports the work finished.
                return new Judgement(ACTUAL, "已完工：" + finished);
            }
        }
        if (!ACTUAL.equals(judged.kind()) || !MONEY_OR_SIZE.contains(baseUnit) || COMPLETED.in(pre) || pre.contains("完成")) {
            return judged;
        }
        int at = UNDER_WAY.indexIn(sentence);
        return at < 0 ? judged : new Judgement(OTHER, "项目在建：" + UNDER_WAY.at(sentence, at));
    }

    private static final Pattern DISPOSAL_AFTER = Pattern.compile("^[^，,；;。]{0,12}?(?:列入|纳入|列为|评为|确定为|认定为|予以)");
    private static final Pattern LISTED_BEFORE = Pattern.compile("(?:[0-9.]+[%％]?\\s*[、和及与]\\s*)+$");

    /** 完成率分别为112.4%、108.6%: the words before the first of numbers listed speak for each of them. */
    private static String listed(String pre) {
        return LISTED_BEFORE.matcher(pre).replaceFirst("");
    }

    /** The words that named the quota: the first alternative that matched. */
    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return m.group();
    }

    /** Whether the words before a number restate the year's quota (年度任务为, 全年目标, 年度计划投资). */
    static boolean annualQuota(String pre) {
        Matcher m = QUOTA.matcher(pre);
        return m.find() && (m.group().contains("年度") || m.group().contains("全年"));
    }

    /** Whether the words right after a number say it is the year's (400户年度改厕任务, 3亿元全年目标). */
    static boolean theYears(String after) {
        return after.startsWith("年度") || after.startsWith("全年");
    }

    /** The clause's own words before the number (pre is already the clause; kept for what the share's words hold). */
    private static String clauseOwn(String pre) {
        Matcher share = SHARE_DONE.matcher(pre);
        return share.find() ? pre.substring(0, share.start()) : pre;
    }

    /** Goal or forecast wording: the target cues, 确保, and 争取 before an action (争取资金 is money secured). */
    /** Whether the figure (the clause's text before {@code after}) is in points: 60分 (not 分钟, 百分点). */
    private static boolean inPoints(String clause, String after) {
        return clause.length() >= after.length() && clause.substring(0, clause.length() - after.length()).endsWith("分");
    }

    static String goalWord(String text) {
        String cue = cueWord(text);
        if (cue != null) {
            return cue;
        }
        for (int at = text.indexOf("确保"); at >= 0; at = text.indexOf("确保", at + 2)) {
            if (!(at + 2 < text.length() && text.charAt(at + 2) == '了')) {
                return "确保";
            }
        }
        for (int at = text.indexOf("争取"); at >= 0; at = text.indexOf("争取", at + 2)) {
            if (at + 2 < text.length() && GOAL_AFTER_STRIVE.at(text, at + 2) != null) {
                return "争取" + GOAL_AFTER_STRIVE.at(text, at + 2);
            }
        }
        return null;
    }

    /** Verbs of work after 计划 that make it a plan stated (计划改造, 计划新建), beside the fixed cues. */
    private static final WordSet PLANNED_VERB = new WordSet("改造", "新建", "建设", "硬化", "修建", "改建", "扩建", "铺设", "安装", "配置",
            "购置", "种植", "栽植", "培训", "发放", "引进", "招引", "打造", "创建", "举办", "开展", "整治", "治理", "维修", "提升", "安置",
            "搬迁", "新改", "补助", "招聘", "接入", "覆盖", "建成", "投入", "争取", "申报", "推出", "组织");

    /** A target cue, but not the 力争 inside 努力争取 (an effort, then 争取, which is weighed on its own). */
    static String cueWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            String w = TARGET_CUE.at(text, i);
            // 计划改造供水管网186公里, 计划硬化…道路: a plan told by its verb, inside a review as anywhere
            if (w == null && text.startsWith("计划", i) && PLANNED_VERB.at(text, i + 2) != null) {
                w = "计划" + PLANNED_VERB.at(text, i + 2);
            }
            // (虚拟专网, 模拟演练: the 拟 inside a word is no intention)
            if (w != null && !(w.equals("力争") && i > 0 && text.charAt(i - 1) == '努')
                    && !(w.equals("拟") && i > 0 && "虚模比".indexOf(text.charAt(i - 1)) >= 0) && !counted(w, text, i)
                    && !measuredAgainst(w, text, i) && !(w.equals("预期") && i > 0 && "于超及出过".indexOf(text.charAt(i - 1)) >= 0)
                    && !LACKING.matcher(text).region(i + w.length(), text.length()).lookingAt()) {
                return w;
            }
        }
        return null;
    }

    /**
     * 晚于预期, 超预期: what a result is measured against; 项目谋划储备不足, 谋划不够: a shortcoming named by the work, not a plan
     * (after 谋划, 筹建 a lack within a few characters).
     */
    private static final Pattern LACKING = Pattern.compile("[\\p{IsHan}]{0,3}?(?:不足|不够|不力|不深|滞后|薄弱)");

    /** 按计划开工, 原计划, 未按计划: the plan a result is measured against, not a plan stated here. */
    private static boolean measuredAgainst(String cue, String text, int at) {
        if (!cue.startsWith("计划")) {
            return false;
        }
        // 高于年度计划1.2个百分点, 超计划完成: the plan a result beat or missed; 计划草案编制过程中: the plan as a paper drafted
        return at > 0 && "按照原".indexOf(text.charAt(at - 1)) >= 0
                || COMPARED_WITH_PLAN.matcher(text.substring(Math.max(0, at - 4), at)).find()
                || cue.equals("计划") && PLAN_AS_PAPER.matcher(text).region(at + cue.length(), text.length()).lookingAt();
    }

    private static final Pattern DRAFTING = Pattern.compile("(?:计划|方案|规划|草案)(?:草案)?(?:编制|制定|起草|修订)(?:过程中|期间|时)");
    private static final Pattern COMPARED_WITH_PLAN = Pattern.compile("(?:高于|低于|超过|超出|快于|慢于|好于|超|比|较)(?:年度|全年|年初)?$");
    private static final Pattern PLAN_AS_PAPER = Pattern.compile("(?:草案|文本)?(?:编制|制定|起草|修订|执行情况)");

    /** 共谋划储备项目38个, 已筹建3个: projects planned so far, counted in a review, are work done, not a plan. */
    private static boolean counted(String cue, String text, int at) {
        if (!cue.equals("谋划") && !cue.equals("筹建")) {
            return false;
        }
        String before = text.substring(Math.max(0, at - 2), at);
        return before.endsWith("共") || before.endsWith("已") || before.endsWith("累计") || before.endsWith("新");
    }

    /**
     * Completion in the clause before the number: 已/了 on the verb, a year earlier than the one the
     * section speaks of (2023年度共发放… under 三、2024年工作计划, but not 在2022年…的基础上), and,
     * outside a plan section, a running total (共计, 累计完成, 共+verb).
     */
    /** Whether the year written at {@code at} is one the work is measured from or builds on (较2025年, 在2022年…基础上). */
    static boolean measuredFrom(String text, int at) {
        return at > 0 && "在较比与同由从".indexOf(text.charAt(at - 1)) >= 0; // (由2026年的55%提高到62%: where it starts)
    }

    /**
     * 报送2027年工作计划, 完成2027年度水利项目储备: a year that names the plan, budget or reserve the work prepares is its
     * object, not when the work is done — the work is done now, for that year.
     */
    static boolean preparedFor(String text, int at) {
        int clause = at;
        while (clause > 0 && "，,；;：:。（(）)".indexOf(text.charAt(clause - 1)) < 0) {
            clause--;
        }
        if (!PREPARING_BEFORE.matcher(text.substring(clause, at)).find()) {
            return false;
        }
        Matcher object = PREPARED_OBJECT.matcher(text).region(at, text.length());
        return object.lookingAt();
    }

    /**
     * 完成2026年度村级集体经济收益分配 in a plan for 2027: a year's 年度 after the verb names whose work it is, a cohort — read
     * so only where that year is before the part's own (开展2026年度…培训 in a 2025 notice is 2026's work).
     */
    static boolean cohort(String text, int at) {
        int clause = at;
        while (clause > 0 && "，,；;：:。（(）)".indexOf(text.charAt(clause - 1)) < 0) {
            clause--;
        }
        return PREPARING_BEFORE.matcher(text.substring(clause, at)).find() && text.startsWith("年度", at + 4);
    }

    /** A verb that prepares for a year, somewhere before the year in its clause. */
    private static final Pattern PREPARING_BEFORE = Pattern.compile(
            "(?:报送|上报|报备|编制|编报|制定|制订|谋划|申报|储备|筹备|部署|起草|形成|提交|审定|审议|印发|征集|梳理|筛选|研究|完成|做好|开展|启动)"
                    + "[^，,；;：:。]{0,8}$");
    /** What is prepared for a year: its plan, points, budget, project reserve or list. */
    private static final Pattern PREPARED_OBJECT = Pattern.compile(
            "20\\d\\d年?[\\p{IsHan}]{0,10}?(?:工作计划|计划|工作要点|要点|方案|预算|储备|项目库|清单|申报|谋划|编制|工作思路|思路)");

    /** 由2026年的, 从目前的: where a change starts, right before its level. */
    private static final Pattern STARTS_FROM = Pattern.compile("(?:由|从)(?:20\\d\\d年(?:底|末)?的?|目前的?|现在的?|去年的?|上年的?)?$");
    /** 提高到, 下降至, 优化调整为 right after a level: the level a change starts from (the indicator naming reads it too). */
    static final Pattern RISES_TO = Pattern.compile(
            "^[^，,；;。]{0,4}?(?:(?:提高|提升|增加|增长|上升|下降|降低|减少|压减|扩大)(?:到|至)|(?:优化)?(?:调整|整合|合并|缩减|精简)(?:为|到|至))");

    /** Before a finishing word: one phase or the main works only, or a finish still planned. */
    private static final Pattern PART_OR_PLANNED = Pattern.compile("一期|首期|二期|三期|主体|部分|计划|预计|力争|争取|拟|将|确保|(?:月|年)(?:底|末)?前");

    /** 已完工的, 已建成的 right before a figure: what is counted, described. */
    private static final Pattern ATTRIBUTIVE_DONE = Pattern.compile("已[\\p{IsHan}]{1,4}的$");

    private static final Pattern CLEFT_DONE = Pattern.compile("(?<!未)(?<!没有)(?<!尚未)(?<!需)(?<!应)(?<!待)(?<!要)"
            + "(?:完成|验收|建成|挂牌|认定|评定|安装|签约|办结|达标|运行|投用|入库|到位|发放|兑付|开通|实现|完工|竣工|销号|整改)(?:到位)?的(?:是|有)$");

    /** 的投资目标, 的年度任务, 的目标任务: what the figure before it qualifies is a target. */
    // (达到全年85万元支付目标的80%: a figure right before its target's name and the share taken of it)
    private static final Pattern TARGET_QUALIFIED = Pattern
            .compile("^[\\p{IsHan}]{0,4}?(?:目标|任务)的(?=[0-9.]+%)|^的[\\p{IsHan}]{0,6}?(?:目标|任务|计划)(?![^，,。；;]{0,4}?(?:完成|实现|达成|达到)|[0-9])");

    /** 距全年, 离年度: right before the mark a gap is measured from. */
    private static final Pattern GAP_FROM = Pattern.compile("(?:距|离|距离)(?:全年|年度|今年|年初确定的|县下达的|上级下达的)?$");
    /** …的计划还差17万元, 的目标尚差: the gap told after the mark. */
    private static final Pattern GAP_AFTER = Pattern.compile("[^，,；;。]{0,12}?(?:还差|尚差|仍差|相差|差距)");

    /** 剩余, 尚余, 余下, 其余: the part of the work not yet done. */
    private static final Pattern REMAINDER = Pattern.compile("(?:剩余|尚余|余下|其余|剩下)$");

    /** 到2033年, 到2035年底: the year a state is to be reached by. */
    private static final Pattern BY_A_YEAR = Pattern.compile("到(20\\d\\d)年(?:底|末)?");

    static String doneWord(String pre, int year, boolean totals) {
        int at0 = COMPLETED.indexIn(pre);
        // 对已完工的19个小区开展…: 已…的 before the figure describes what it counts, it reports no work of the sentence.
        Matcher attributive = ATTRIBUTIVE_DONE.matcher(pre);
        if (at0 >= 0 && attributive.find() && COMPLETED.indexIn(pre.substring(0, attributive.start())) < 0) {
            at0 = -1;
        }
        if (at0 >= 0) {
            return COMPLETED.at(pre, at0);
        }
        int total = totals ? TOTALS.indexIn(pre) : -1;
        if (total >= 0) {
            return TOTALS.at(pre, total);
        }
        for (int at = totals ? pre.indexOf('共') : -1; at >= 0; at = pre.indexOf('共', at + 1)) {
            if (totalAt(pre, at)) {
                return pre.substring(at, Math.min(pre.length(), at + 3));
            }
        }
        // 11月30日前通过验收的是14座, 评定规范运行的有11个: what was done, told as "those that…" (a cleft), not work still due.
        Matcher cleft = CLEFT_DONE.matcher(pre);
        if (cleft.find()) {
            return cleft.group();
        }
        int verbDone = pre.indexOf('了');
        if (verbDone > 0 && TextNormaliser.isHan(pre.charAt(verbDone - 1)) && "为除罢".indexOf(pre.charAt(verbDone - 1)) < 0) {
            return pre.substring(Math.max(0, verbDone - 2), verbDone + 1);
        }
        Matcher m = PAST_YEAR.matcher(pre);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            String rest = pre.substring(m.end());
            // 在2022年…的基础上, 较2025年下降: the year the work starts from or is measured against.
            boolean basis = measuredFrom(pre, m.start()) || rest.contains("基础上")
                    || rest.startsWith("以来");
            // 2022年XX户搬迁户: a year right before the number names a cohort, not when the work was done.
            boolean cohort = rest.replace("度", "").replace("的", "").isBlank();
            // 2024年6月30日前完成…: a date the work is due by, not one it was done in.
            boolean due = DUE_DATE.matcher(rest).lookingAt();
            if (y < year && !basis && !cohort && !due && !rest.startsWith("底") && !rest.startsWith("前") && !rest.startsWith("末")) {
                return m.group();
            }
        }
        return null;
    }

    /** 共 before a verb counts a total (共发放, 共接待); 共同, 共享, 公共, 中共 are other words. */
    static boolean totalAt(String text, int at) {
        boolean word = at + 1 < text.length() && "同享建治产青性有计".indexOf(text.charAt(at + 1)) >= 0
                || at > 0 && "公中总".indexOf(text.charAt(at - 1)) >= 0;
        return !word && at + 1 < text.length() && TextNormaliser.isHan(text.charAt(at + 1));
    }

    /** Where the last statement of completion in a sentence prefix ends (0 when there is none). */
    private static int lastCompletion(String before) {
        int end = 0;
        // (目前建成仅9个: where things stand now ends what an earlier plan reaches)
        for (String marker : new String[]{"已", "共完成", "完成了", "共计", "累计完成", "目前", "截至"}) {
            int at = before.lastIndexOf(marker);
            if (at >= 0) {
                end = Math.max(end, at + marker.length());
            }
        }
        // 计划实施95公里，完成58公里: a clause opening with 完成 or 实际 after the plan's figure tells what was done — not after a
        // forecast (预计全年实现…，完成固定资产投资…), whose clauses all forecast.
        Matcher contrast = DONE_AFTER_PLAN.matcher(before);
        while (contrast.find()) {
            String earlier = before.substring(0, contrast.start());
            if (PLAN_NAMED.matcher(earlier).find() && FORECAST.indexIn(earlier) < 0) {
                end = Math.max(end, contrast.end());
            }
        }
        return end;
    }

    /** Whether the quantity's clause opens with what was done (完成, 实际) after a clause naming the plan's figure. */
    private static boolean doneAfterPlan(String before, String pre) {
        if (!OPENS_DONE.matcher(pre).lookingAt() || before.length() <= pre.length()) {
            return false;
        }
        String earlier = before.substring(0, before.length() - pre.length());
        // (攻坚目标：6月27日前完成…，完成投资9500万元: a goal's label or a date due makes every clause the goal's)
        return PLAN_FIGURE.matcher(earlier).find() && FORECAST.indexIn(earlier) < 0 && !GOAL_LABEL.matcher(earlier).find()
                && !DUE_DATE.matcher(earlier).find() && !earlier.contains("年底前") && !earlier.contains("年内");
    }

    private static final Pattern GOAL_LABEL = Pattern.compile("(?:目标|任务|要求)[：:]");
    /** 以上, 左右 right after a figure: a floor or a rough figure, which a goal sets, not a result found against a plan. */
    private static final Pattern AT_LEAST_AFTER = Pattern.compile("以上|及以上|左右");
    private static final Pattern OPENS_DONE = Pattern.compile("(?:实际|仅|只|才)?完成|实际");
    /** The clause just before names the plan and its figure: 计划改造危桥12座，. */
    private static final Pattern PLAN_FIGURE = Pattern.compile("(?:计划|目标|任务)[^，,；;。]*[0-9][^，,；;。]*[，,；;]$");

    /** A clause opening with what was done: ，完成…, ，实际…, ，仅完成…. */
    private static final Pattern DONE_AFTER_PLAN = Pattern.compile("[，,；;](?:实际|仅|只|才)?完成|[，,；;]实际");
    /** A plan's figure named before: 计划…, 目标…, 任务…. */
    private static final Pattern PLAN_NAMED = Pattern.compile("计划|目标|任务");

    /** A capacity or size word, but not 年产 inside 明年产生 or 今年产值. */
    private static String scaleWord(String pre) {
        for (int i = 0; i < pre.length(); i++) {
            String word = SCALE_BEFORE.at(pre, i);
            if (word != null && !(word.startsWith("年") && i > 0 && "明今去当全每前后上本".indexOf(pre.charAt(i - 1)) >= 0)
                    && !measuresOther(pre.substring(i + word.length()))
                    && !(word.equals("涉及") && FOUND_WRONG.matcher(pre).find())
                    && !(word.equals("占地") && i >= 2 && WRONG_USE.matcher(pre.substring(i - 2, i)).find())) {
                return word;
            }
        }
        return null;
    }

    /** 投诉23件、涉及金额186.5万元, 查出问题…涉及问题金额: what a wrong found involves is a fact found, not a project's size. */
    private static final Pattern FOUND_WRONG = Pattern.compile("投诉|信访|上访|集体访|越级访|纠纷|问题|违规|违法|欠薪|拖欠|查出|发现");
    /** 违法占地图斑14宗, 乱占耕地: land taken unlawfully is a wrong counted, not a project's size. */
    private static final Pattern WRONG_USE = Pattern.compile("违法|违规|非法|乱");

    /**
     * What follows a scale word up to the number says the number is not the scale: a rate or share of it (覆盖率达到85%,
     * 占新建建筑面积的比例达到30%), or the work done on what it measures (全长11.8公里的…工程已完成路基工程9.2公里).
     */
    private static boolean measuresOther(String rest) {
        return rest.startsWith("率") || rest.contains("比例") || rest.contains("比重") || rest.contains("占比")
                || rest.contains("已") || rest.contains("完成");
    }

    /** No verb before the count, and 要/坚持 within a few characters after it. */
    private static boolean agent(String pre, String after) {
        if (VERB.in(pre)) {
            return false;
        }
        for (int i = 0; i <= 4 && i < after.length(); i++) {
            if (AGENT_VERB.at(after, i) != null) {
                return true;
            }
            if (!TextNormaliser.isHan(after.charAt(i))) {
                return false;
            }
        }
        return false;
    }

    /** Words right after a number that bound it. */
    private static final Map<String, String> AFTER = Map.of("以上", ">=", "及以上", ">=", "之上", ">=", "或以上", ">=",
            "以内", "<=", "以下", "<=", "之内", "<=", "及以下", "<=", "或以下", "<=");
    private static final WordSet AFTER_WORDS = new WordSet(AFTER.keySet().toArray(new String[0]));
    /** Words right before a number; the longest wins, so 不少于 is not read as 少于. */
    private static final Map<String, String> BEFORE = Map.ofEntries(
            Map.entry("超过", ">="), Map.entry("超出", ">="), Map.entry("突破", ">="), Map.entry("逾", ">="),
            Map.entry("高于", ">="), Map.entry("大于", ">="), Map.entry("不低于", ">="), Map.entry("不少于", ">="),
            Map.entry("不小于", ">="), Map.entry("超", ">="), Map.entry("不超过", "<="), Map.entry("不高于", "<="),
            Map.entry("不大于", "<="), Map.entry("低于", "<="), Map.entry("少于", "<="), Map.entry("小于", "<="),
            Map.entry("控制在", "<="), Map.entry("最多", "<="), Map.entry("压减到", "<="), Map.entry("压减至", "<="));
    private static final WordSet BEFORE_WORDS = new WordSet(BEFORE.keySet().toArray(new String[0]));
    private static final WordSet AT_LEAST_CLAUSE = new WordSet("至少", "不低于", "不少于");
    private static final WordSet AT_MOST_CLAUSE = new WordSet("控制在", "不超过", "不高于");

    static String comparator(String pre, String after) {
        String word = AFTER_WORDS.at(after, 0);
        if (word != null) {
            return AFTER.get(word);
        }
        int end = pre.length();
        if (end > 0 && "约近了".indexOf(pre.charAt(end - 1)) >= 0) {
            end--;
        }
        word = BEFORE_WORDS.endingAt(pre, end);
        if (word != null) {
            return BEFORE.get(word);
        }
        if (AT_MOST_CLAUSE.in(pre)) {
            return "<=";
        }
        if (AT_LEAST_CLAUSE.in(pre)) {
            return ">=";
        }
        return "=";
    }
}
