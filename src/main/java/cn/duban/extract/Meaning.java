package cn.duban.extract;

import java.util.regex.Pattern;

/** Whether a quantity is done, planned or just described, and how it compares (以上, 以内). */
final class Meaning {

    static final String ACTUAL = "actual";
    static final String TARGET = "target";
    static final String OTHER = "other";

    /** Capacity, size or investment of a thing, not progress on it: 年产50000套, 总投资5亿元, 占地30亩. */
    private static final Pattern SCALE_BEFORE = Pattern.compile(
            "年产|日产|年处理|日处理|年加工|年出栏|年存栏|产能|装机容量|装机|总投资|投资总额|总占地|占地面积|占地|"
                    + "建筑面积|总面积|全长|总长|总里程|库容|设计能力|受益|惠及|覆盖");
    /** Things only maintained or watched: 3400亩保种基地管护, XX户"三类户"的动态监测. */
    private static final Pattern UPKEEP_AFTER = Pattern.compile("管护|监测|维护|养护|看护");
    private static final Pattern EXCEPT = Pattern.compile("除了?.*之外|之外");
    /** A count that is the clause's subject, not its object: 川区四村坚持…, 三个村要尽快…. */
    private static final Pattern AGENT_AFTER = Pattern.compile("^[\\p{IsHan}]{0,4}?(要|坚持|都要|必须|应当)");
    private static final Pattern VERB = Pattern.compile(
            "开展|完成|建成|新建|建设|推出|引进|新增|培育|创建|打造|推动|推进|实现|召开|组织|举办|实施|改造|签约|招引|"
                    + "达到|达|发放|带动|培训|硬化|安置|搬迁|确保|力争|争取|提升|增加|增长|投入|销售|申请|加快|扩大");

    private static final Pattern TARGET_CUE = Pattern.compile("预计|计划(于|在|到|完成|实现|新增|投资)|力争|拟|将要|预期|有望|力求");
    private static final Pattern ACTUAL_CUE = Pattern.compile("已|了|截至|截止|目前|同比|累计|共计|较上年|比上年");
    private static final Pattern PAST_IN_PLAN = Pattern.compile("已|去年|上年|过去");

    private Meaning() {
    }

    /**
     * @param pre     the clause up to the quantity
     * @param after   the clause after the quantity
     * @param clause  the whole clause
     * @param before  the sentence up to the quantity
     */
    static String kind(Role role, String pre, String after, String clause, String before) {
        if (SCALE_BEFORE.matcher(pre).find() || EXCEPT.matcher(clause).find()) {
            return OTHER;
        }
        if (UPKEEP_AFTER.matcher(after).find() && (role == Role.PLAN || role == Role.UNKNOWN)) {
            return OTHER;
        }
        return switch (role) {
            case REVIEW, PROBLEMS -> TARGET_CUE.matcher(clause).find() ? TARGET : ACTUAL;
            case PLAN -> {
                if (PAST_IN_PLAN.matcher(pre).find()) {
                    yield ACTUAL;
                }
                yield agent(pre, after) ? OTHER : TARGET;
            }
            case UNKNOWN -> {
                if (TARGET_CUE.matcher(clause).find()) {
                    yield TARGET;
                }
                if (ACTUAL_CUE.matcher(before).find() || ACTUAL_CUE.matcher(clause).find()) {
                    yield ACTUAL;
                }
                yield agent(pre, after) ? OTHER : TARGET;
            }
        };
    }

    private static boolean agent(String pre, String after) {
        return !VERB.matcher(pre).find() && AGENT_AFTER.matcher(after).find();
    }

    private static final Pattern AT_LEAST_AFTER = Pattern.compile("^(以上|及以上|之上|或以上)");
    private static final Pattern AT_MOST_AFTER = Pattern.compile("^(以内|以下|之内|及以下|或以下)");
    private static final Pattern AT_LEAST_BEFORE = Pattern.compile("((?<!不)超过|超出|突破|逾|(?<!不)高于|(?<!不)大于|不低于|不少于|不小于)[约近了]?$|超$");
    private static final Pattern AT_MOST_BEFORE = Pattern.compile("(不超过|不高于|不大于|(?<!不)低于|(?<!不)少于|(?<!不)小于|控制在|最多|压减到|压减至)[约近了]?$");
    private static final Pattern AT_LEAST_CLAUSE = Pattern.compile("至少|不低于|不少于");
    private static final Pattern AT_MOST_CLAUSE = Pattern.compile("控制在|不超过|不高于");

    static String comparator(String pre, String after) {
        if (AT_LEAST_AFTER.matcher(after).find()) {
            return ">=";
        }
        if (AT_MOST_AFTER.matcher(after).find()) {
            return "<=";
        }
        if (AT_MOST_BEFORE.matcher(pre).find()) {
            return "<=";
        }
        if (AT_LEAST_BEFORE.matcher(pre).find()) {
            return ">=";
        }
        if (AT_MOST_CLAUSE.matcher(pre).find()) {
            return "<=";
        }
        if (AT_LEAST_CLAUSE.matcher(pre).find()) {
            return ">=";
        }
        return "=";
    }
}
