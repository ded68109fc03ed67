package cn.duban.extract;

import java.util.Map;

/** Whether a quantity is done, planned or just described, and how it compares (以上, 以内). */
final class Meaning {

    static final String ACTUAL = "actual";
    static final String TARGET = "target";
    static final String OTHER = "other";

    /** Capacity, size or investment of a thing, not progress on it: 年产50000套, 总投资5亿元, 占地30亩. */
    private static final WordSet SCALE_BEFORE = new WordSet("年产", "日产", "年处理", "日处理", "年加工", "年出栏", "年存栏",
            "产能", "装机容量", "装机", "总投资", "投资总额", "总占地", "占地面积", "占地", "建筑面积", "总面积", "全长", "总长",
            "总里程", "库容", "设计能力", "受益", "惠及", "覆盖");
    /** Things only maintained or watched: 3400亩保种基地管护, XX户"三类户"的动态监测. */
    private static final WordSet UPKEEP_AFTER = new WordSet("管护", "监测", "维护", "养护", "看护");
    /** A count that is the clause's subject, not its object: 川区四村坚持…, 三个村要尽快…. */
    private static final WordSet AGENT_VERB = new WordSet("要", "坚持", "都要", "必须", "应当");
    private static final WordSet VERB = new WordSet("开展", "完成", "建成", "新建", "建设", "推出", "引进", "新增", "培育", "创建",
            "打造", "推动", "推进", "实现", "召开", "组织", "举办", "实施", "改造", "签约", "招引", "达到", "达", "发放", "带动",
            "培训", "硬化", "安置", "搬迁", "确保", "力争", "争取", "提升", "增加", "增长", "投入", "销售", "申请", "加快", "扩大");

    private static final WordSet TARGET_CUE = new WordSet("预计", "计划于", "计划在", "计划到", "计划完成", "计划实现", "计划新增",
            "计划投资", "力争", "拟", "将要", "预期", "有望", "力求");
    private static final WordSet ACTUAL_CUE = new WordSet("已", "了", "截至", "截止", "目前", "同比", "累计", "共计", "较上年", "比上年");
    private static final WordSet PAST_IN_PLAN = new WordSet("已", "去年", "上年", "过去");

    private Meaning() {
    }

    /**
     * @param pre     the clause up to the quantity
     * @param after   the clause after the quantity
     * @param clause  the whole clause
     * @param before  the sentence up to the quantity
     */
    static String kind(Role role, String pre, String after, String clause, String before) {
        if (scale(pre) || clause.contains("之外")) {
            return OTHER;
        }
        if ((role == Role.PLAN || role == Role.UNKNOWN) && UPKEEP_AFTER.in(after)) {
            return OTHER;
        }
        return switch (role) {
            case REVIEW, PROBLEMS -> TARGET_CUE.in(clause) ? TARGET : ACTUAL;
            case PLAN -> {
                if (PAST_IN_PLAN.in(pre)) {
                    yield ACTUAL;
                }
                yield agent(pre, after) ? OTHER : TARGET;
            }
            case UNKNOWN -> {
                if (TARGET_CUE.in(clause)) {
                    yield TARGET;
                }
                if (ACTUAL_CUE.in(before) || ACTUAL_CUE.in(clause)) {
                    yield ACTUAL;
                }
                yield agent(pre, after) ? OTHER : TARGET;
            }
        };
    }

    /** A capacity or size word, but not 年产 inside 明年产生 or 今年产值. */
    private static boolean scale(String pre) {
        for (int i = 0; i < pre.length(); i++) {
            String word = SCALE_BEFORE.at(pre, i);
            if (word != null && !(word.startsWith("年") && i > 0 && "明今去当全每前后上本".indexOf(pre.charAt(i - 1)) >= 0)) {
                return true;
            }
        }
        return false;
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
