package cn.duban.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shortest phrase naming what a quantity measures. Offices write it two ways: the thing
 * before the number (农业综合总产值达27.68亿元) or after a count (新增1家就业帮扶车间); which one
 * is meant shows in whether a verb stands right before the number.
 */
final class Indicators {

    /** Verbs and adverbs after which the indicator begins: 现已密集开展|调度推进会5次. */
    private static final WordSet CUT = new WordSet("开展", "完成", "建成", "推出", "引进", "新增", "培育", "创建", "打造", "推动",
            "推进", "实现", "召开", "组织", "举办", "落实", "加快", "争取", "确保", "力争", "紧盯", "达到", "对接", "邀请",
            "实施", "新开工", "累计", "完善", "加强", "聚力", "着力", "启动", "签约", "招引", "发放", "带动", "吸纳",
            "化解", "加大", "已", "合计", "计划", "预计", "全面", "积极", "大力", "持续", "做好", "围绕", "做到",
            "不断", "至少", "要", "将", "的", "成立", "组建", "设立", "建立", "配备", "申报", "购买", "收缴", "书写", "走访",
            "调解", "接待", "办理", "维修", "清理", "纳入", "接收", "发生");
    /** Words that end a verb phrase, so a count after them names its own things: 新增|1家|帮扶车间. */
    private static final WordSet ENDS_WITH_VERB = new WordSet("开展", "完成", "完成了", "建成", "推出", "引进", "新增", "培育",
            "创建", "打造", "推动", "推进", "实现", "召开", "组织", "举办", "实施", "新建", "建设", "改造", "签约", "招引", "发放",
            "带动", "吸纳", "化解", "对接", "邀请", "提供", "培训", "帮助", "解决", "硬化", "打通", "安置", "搬迁", "流转", "投入",
            "销售", "达到", "达", "有", "是", "为", "的", "等", "和", "及", "与", "、", "对", "了", "已", "共", "约", "近", "超",
            "年产", "日产", "以及", "并", "新开工", "合计", "共计", "累计", "总计", "成立", "组建", "设立", "建立", "配备",
            "申报", "购买", "收缴", "书写", "走访", "调解", "处理", "接待", "办理", "种植", "修建", "维修", "清理", "拆除",
            "整治", "排查", "接收", "纳入", "打造", "动工", "开工", "查处", "查办", "受理", "办结", "完工", "竣工", "提升", "提高",
            "巩固",
            // 组成8个督导检查组, 抽调12名业务骨干: what is formed or drawn in is the thing counted (选派…干部跟班 is named with its verb)
            "组成", "抽调", "派出", "招募", "聘请", "评选", "命名");
    /**
     * Words a clause's subject, mood or time end with, right before a figure that the words after it name: 财政局要将|2.45亿元|县级资金,
     * 从镇级财力中安排|12万元|用于…, 尚有|7宗|项目用地, 在6月底前为|3个|已签约工业项目
     * (not 在, 由, 从: 收入在|20万元|以下的村, 成本由|2.6元|降至 name what stands before them; nor 能, 可, 向, 应, 需, 主要,
     * which end words: 产能, 许可, 意向, 供应, 需要).
     */
    private static final WordSet NAMES_NOTHING = new WordSet("要将", "将", "须于", "仅能", "且", "尚", "尚有", "还有", "另有",
            "主要是", "仅", "给予", "安排", "拟", "再", "又", "前为", "拟投入", "统筹", "筹措", "下达");
    /** Links between a phrase and its number: 总产值|达|27.68亿元, 桥涵工程|的|40%. */
    private static final WordSet TRAILING = new WordSet("达到了", "达到", "完成了", "完成", "累计", "共计", "合计", "总计", "实现",
            // a forecast is no part of the name: 人均可支配收入|预计达到|1.6万元
            "预计", "预期", "有望",
            // a comparison or a level kept is no part of the name: 增加值|同比|增长8%, 播种面积|稳定在|10万亩
            "同比", "环比", "比上年", "较上年", "比去年", "较去年", "稳定在", "保持在", "维持在", "保持", "稳定",
            "提高到", "提升到", "提高至", "提升至", "降低到", "下降到", "降至", "增长到", "增加到", "控制到", "提高", "提升",
            // a bound is no part of the name: 投资完成率|低于|60%; nor 分别 before a list of figures
            "分别为", "分别达到", "分别是", "分别",
            "低于", "高于", "不足", "未达到",
            "新增", "增长", "增加", "突破", "超过", "不低于", "不少于", "控制在", "达", "为", "至", "到", "约", "近", "超", "共", "计",
            "有", "了", "的", "是", "占", "已", "等", "和", "及", "与", "、", " ", "仅为", "仅有", "只有", "仅", "约为",
            // a modal before the verb before the figure: 固定资产投资|要完成|53.8亿元 (not 应 or 须: 土地供应, 必须 end words)
            "要");
    /** Time, place and links that open a clause without naming anything: 目前,|全县|… */
    private static final WordSet LEADING = new WordSet("截至目前", "截止目前", "目前", "现已", "现在", "以上的", "以下的", "以内的",
            // the bound of the figure before (收入6000万元以上、固定资产投资3.5亿元以上): it closes that figure, it names nothing
            "以上", "以下", "以内", "左右",
            "其中", "前", "之前", "以前", "的", "今年以来", "以来", "今年来",
            "了", "全县", "我县", "全镇", "我镇", "全区", "我区", "全市", "今年", "全年", "去年", "年内", "上半年", "下半年", "明年",
            "一季度", "二季度", "三季度", "四季度", "本月", "年度", "年", "月份", "月底", "月", "底", "、", ",", "，", " ",
            // list markers inside a paragraph: 一是新建高标准农田2万亩
            "到年底", "年底前", "到",
            "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是", "其一", "其二", "其三", "首先", "其次");
    /** An aside in parentheses, (已消除风险), is not part of the name; a short one, 流转(托管)土地, is. */
    private static final Pattern ASIDE = Pattern.compile("[(（][^()（）]{3,}[)）]");
    private static final String STOP_AFTER = ",，。；;、:：()（）!！?？ \n";
    private static final WordSet STOP_WORDS = new WordSet("的", "和", "与", "及", "等", "以", "并", "得到", "进行", "要", "将",
            "已", "在", "是", "为", "尽快", "坚持", "工作", "任务", "共", "获得",
            // a verb after what a count counts opens the clause's predicate: 23户监测户|开展常态化监测帮扶
            "开展", "存在", "推进", "落实", "全面", "通过", "位列", "排名", "分别",
            // a level reached after what a count counts: 超过50万元的村|达到5个
            "达到");
    private static final int MAX = 16;
    private static final WordSet WORDS_ENDING_IN_STOP = new WordSet("行为", "作为", "所在", "存在", "内在", "现在", "难以", "加以",
            "可以", "予以", "总是", "但是", "还是", "或是", "认为", "成为", "视为");
    private static final Chars QUOTES = Chars.of("\"“”'‘’「」『』《》");

    private Indicators() {
    }

    /**
     * @param s          the sentence
     * @param from       where the phrase may start: the clause start or just after the previous quantity
     * @param start      the quantity's start
     * @param end        the quantity's end
     * @param clauseEnd  the clause's end
     */
    static String of(String s, int from, int start, int end, int clauseEnd) {
        String name = tidy(named(s, from, start, end, clauseEnd));
        boolean percent = end <= s.length() && end > start && (s.charAt(end - 1) == '%' || s.charAt(end - 1) == '％');
        // 完成年度目标的102.8%, 仅完成年度计划的41%: a rate of completion is named with its 完成 and the whole plan it is of.
        if (percent) {
            Matcher completed = COMPLETED_SHARE.matcher(s.substring(Math.max(from, start - 14), start));
            Matcher ofWhole = SHARE_OF_WHOLE.matcher(s.substring(Math.max(0, start - 24), start));
            if (completed.find()) {
                name = completed.group(1);
            } else if (name.isEmpty() && ofWhole.find()) {
                // 完成年度任务4500户的91.7%, 为年度计划4.5亿元的87.1%: the whole's own figure stands between, the rate is
                // named as the completion of that whole, as written.
                name = ofWhole.group(1) + ofWhole.group(2);
            }
        }
        // 1.一般公共预算收入：年度目标9.6亿元，实际完成9.87亿元: a figure named only by how it stands is of the item's label.
        String said = s.substring(from, start).replaceAll("^[，,、；;\\s]+", "");
        boolean saidOnly = QUALIFIER_ONLY.matcher(said).matches();
        if (QUALIFIER_ONLY.matcher(name).matches() || name.isEmpty() && saidOnly) {
            String label = itemLabel(s, from);
            if (label != null) {
                name = label + (saidOnly ? said : name);
            }
        }
        // 将建议办理工作纳入年度绩效考核，权重占3%: a weight is of the work the assessment takes in.
        if (percent && WEIGHT.matcher(name).matches()) {
            Matcher taken = TAKEN_IN.matcher(s.substring(0, start));
            String work = null;
            while (taken.find()) {
                work = taken.group(1);
            }
            return work != null ? work + "考核权重" : s.lastIndexOf("考核", start) >= 0 ? "考核权重" : name;
        }
        // 有9个项目未达到序时进度，占19.6%; 储备项目中达到开工条件的仅占28%: a share is named by what it counts, and as a share.
        if (percent && SHARE_BEFORE.matcher(s.substring(Math.max(from, start - 4), start)).find()
                && s.substring(Math.max(from, start - 8), start).indexOf("分别") < 0) {
            String base = BARE_SHARE.matcher(s.substring(from, start).strip()).matches() ? predicateBefore(s, from) : name;
            if (base.isEmpty()) {
                base = name;
            }
            if (!base.isEmpty() && !SHARE_WORD.matcher(base).find()) {
                return base + "占比";
            }
        }
        // 扣0.9分, 申报加分1分: the points taken or added are named by what moved them (扣分, 加分).
        if (end <= s.length() && end > start && s.charAt(end - 1) == '分' && (name.endsWith("扣") || name.endsWith("加"))) {
            name = name + "分";
        }
        // 岘口镇94.6分, 硚头镇（94.5分）: a ranking's score is named by the place it was given to.
        if (end <= s.length() && end > start && s.charAt(end - 1) == '分') {
            Matcher place = PLACE_SCORED.matcher(s.substring(Math.max(0, start - 10), start));
            // (第一等次：硚头镇（94.5分）: the place, not the label of the group it is ranked in)
            if (place.find()) {
                name = place.group(1) + "得分";
            }
        }
        // （一）经济发展（分值25分，自评得分24.1分）: a label inside the bracket after a heading names the heading's item's figure.
        if (POINTS_LABEL.matcher(name).matches()) {
            int open = s.lastIndexOf('（', start);
            if (open > 0 && open >= Math.max(0, from - 1) - 2 && s.indexOf('）', open) > start) {
                String owner = leading(s.substring(lineStart(s, open), open).replaceAll("^[（(][一二三四五六七八九十0-9]+[)）]", ""));
                if (owner.length() >= 2 && owner.length() <= 16) {
                    name = owner + name;
                }
            }
        }
        // 财税收入同比增长126%, 固定资产投资增长9%, …，同比增加44%: a rate of change is named with the change as written, what
        // it is of and how it moved (ANNOTATION.md's gold names 财税收入同比增长, 固定资产投资增长, 财政税收同比增加).
        if (percent && !name.isEmpty()) {
            java.util.regex.Matcher change = CHANGE_BEFORE.matcher(s.substring(Math.max(from, start - 8), start));
            if (change.find()) {
                String moved = change.group(1);
                return name.endsWith(moved) || name.endsWith(moved.substring(0, 2)) ? name : name + moved;
            }
        }
        return name;
    }

    /**
     * How a name can say how a figure stands and leave unsaid what it is of, which the sentence said with a figure before it
     * (the office does not write a thing twice in one sentence): a change (农林水支出7.35亿元，下降2.4%), work done on what
     * was counted (发现隐患612个，已整改548个) or the whole a result is of (完成固定资产投资3.86亿元，…完成全年任务5亿元).
     */
    enum Unsaid {
        CHANGE, DONE, WHOLE
    }

    /** A change alone: 下降, 同比增长, 比上年同期提高, 较上年减少. */
    private static final Pattern CHANGE_ONLY = Pattern.compile(
            "(?:与(?:去年|上年)同期相比|同比|环比|(?:比|较)(?:上年|去年|20\\d\\d年)(?:同期)?(?:的)?)?(增长|增加|下降|减少|上升|降低|提高|扩大|回落)了?");
    /** Work done on things already counted, alone: 整改, 已开工, 办结, 拨付, 完成整改. */
    private static final Pattern DONE_ONLY = Pattern.compile("(?:已经|已|已完成|完成|累计|共)?(整改|开工|办结|拨付|完工|竣工|建成|投产|验收|"
            + "销号|化解|收回|追回|兑付|整治|签约|处置|查处|回复|答复|办理|治理|拆除|清理|修复|安置|救助|消除|核实|调处|落实|"
            + "到位|归档|录入|审核|发放|清偿|偿还|交付|移交|解决|处理)(?:到位|完毕|了)?");
    /** The whole a result is of, alone: 任务, 全年任务, 年度目标, 计划, 预算. */
    private static final Pattern WHOLE_ONLY = Pattern.compile("(?:全年|年度|本年度|今年|县下达|市下达|上级下达)?(?:目标任务|任务|目标|计划|预算)");
    /** How the things were first counted, before what they are: 发现|隐患, 收集|意见建议, 受理|信访事项. */
    private static final WordSet COUNTED_BY = new WordSet("发现", "排查出", "排查", "检查", "收集", "受理", "交办", "督办", "下达",
            "涉及", "查出", "查处", "梳理", "摸排", "摸排出", "确定", "列入", "计划", "年度计划", "共", "累计", "共有", "现有", "有");

    /** Which part of a name is left unsaid, or null when the name says what the figure is of. */
    static Unsaid unsaid(String name) {
        if (CHANGE_ONLY.matcher(name).matches()) {
            return Unsaid.CHANGE;
        }
        if (DONE_ONLY.matcher(name).matches()) {
            return Unsaid.DONE;
        }
        return WHOLE_ONLY.matcher(name).matches() ? Unsaid.WHOLE : null;
    }

    /**
     * The name completed with the thing a figure before it in the sentence was named by ({@code prior}), or null when that name
     * gives no thing: 下降 + 农林水支出 → 农林水支出下降, 整改 + 发现隐患 → 已整改隐患, 全年任务 + 固定资产投资 → 固定资产投资全年任务.
     */
    static String completed(String name, Unsaid how, String prior, String said) {
        String thing = prior;
        Matcher moved = CHANGE_TAIL.matcher(thing);
        if (moved.find()) {
            thing = thing.substring(0, moved.start());
        }
        if (how == Unsaid.DONE) {
            for (int guard = 0; guard < 2; guard++) {
                String by = COUNTED_BY.at(thing, 0);
                thing = by != null && thing.length() - by.length() >= 2 ? thing.substring(by.length()) : thing;
            }
            Matcher whole = WHOLE_TAIL.matcher(thing);
            if (whole.find() && whole.start() >= 2) {
                thing = thing.substring(0, whole.start()); // 高标准农田建设任务2.5万亩，已开工1.7万亩: what was begun is the work
            }
            Matcher done = DONE_ONLY.matcher(name);
            String verb = done.matches() ? done.group(1) : name;
            String already = said.indexOf('已') >= 0 ? "已" : "";
            int own = thing.indexOf(verb);
            if (own >= 0 && thing.length() - own - verb.length() >= 2) {
                return already + verb + thing.substring(own + verb.length()); // 新开工项目15个，已开工12个: 已开工项目
            }
            if (own >= 0 || unsaid(thing) != null || DONE_ONLY.matcher(thing).find()) {
                return null;
            }
            return thing.length() >= 2 && thing.length() <= 6 ? already + verb + thing : null;
        }
        if (thing.length() < 2 || thing.length() > 14 || unsaid(thing) != null || thing.startsWith("占")) {
            return null;
        }
        if (how == Unsaid.CHANGE) {
            Matcher change = CHANGE_ONLY.matcher(name);
            String verb = change.matches() ? change.group(1) : name;
            return thing + (name.contains("同比") || name.contains("同期") ? "同比" : "") + verb;
        }
        // 完成全年任务5亿元: the whole as written, its year's word kept (年度任务, 市下达目标任务).
        // (a whole written after its figure, 确保实现全年95亿元的目标, is named as written: 全年目标)
        Matcher written = WHOLE_WRITTEN.matcher(said);
        return written.find() ? thing + written.group().replace("的", "") : null;
    }

    /** A whole's word at the end of a thing: 建设任务, 改造计划. */
    private static final Pattern WHOLE_TAIL = Pattern.compile("(?:年度|全年)?(?:目标任务|任务|目标|计划)$");
    /** The whole as written right before its figure: 全年任务, 市下达的年度任务, 年度预算. */
    private static final Pattern WHOLE_WRITTEN = Pattern.compile(
            "(?:(?:县|市|省|上级)(?:里)?下达的?)?(?:全年|年度|本年度)?(?:目标任务|任务|目标|计划|预算)(?:为|是)?$");

    /** A change written at the end of a name, to be left off when the name is borrowed: 一般公共预算收入|同比增长. */
    private static final Pattern CHANGE_TAIL = Pattern.compile("(?:同比|环比)?(?:增长|增加|下降|减少|上升|降低|提高)$");

    /** A township, a village or a department right before a score (or its bracket): 岘口镇, 漷城街道（ (QuantityFinder too). */
    static final Pattern PLACE_SCORED = Pattern.compile("(\\p{IsHan}{1,6}(?:镇|乡|街道|村|社区|局))[（(]?$");
    /** 完成年度目标的, 完成全年任务的, 完成县下达任务的, right before a rate. */
    private static final Pattern COMPLETED_SHARE = Pattern
            .compile("(完成(?:年度|全年|本年|县下达|市下达|上级下达)?(?:投资)?(?:目标任务|目标|计划|任务|预算))的$");
    /** 完成年度任务4500户的, 为年度计划4.5亿元的: a whole with its own figure, right before a rate of it. */
    private static final Pattern SHARE_OF_WHOLE = Pattern.compile("(完成|为|是)了?((?:年度|全年|本年|县下达|市下达|上级下达)?的?"
            + "(?:投资)?(?:目标任务|目标|计划|任务|预算))[0-9.]+[万亿千]*\\p{IsHan}{1,4}的$");
    /** A name that says only how a figure stands (年度目标, 实际完成, 目标增长), not what it is of. */
    private static final Pattern QUALIFIER_ONLY = Pattern.compile("(?:年度|全年|实际|预计|目标|计划|完成|增长|净增|下降|减少|增加|总投资)+");
    /** A list item's label and its colon at the start of a sentence: 1.一般公共预算收入：, （三）城镇新增就业：. */
    private static final Pattern ITEM_LABEL = Pattern.compile(
            "^\\s*(?:[0-9]{1,2}[.．、]|[（(][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)?\\s*(\\p{IsHan}{2,16})[：:]");

    /** A label that heads a part of the text (问题表现, 整改情况, 工作目标), not an item a figure is of. */
    private static final Pattern PART_LABEL = Pattern.compile("(?:情况|表现|措施|要求|内容|进展|成效|问题|目标|任务|时限|举措|做法|打算|计划)$");

    /** The label of the list item the sentence opens (一般公共预算收入), when it closes before {@code from}; else null. */
    private static String itemLabel(String s, int from) {
        Matcher m = ITEM_LABEL.matcher(s);
        return m.find() && m.end() <= from && !PART_LABEL.matcher(m.group(1)).find() ? m.group(1) : null;
    }

    private static final Pattern WEIGHT = Pattern.compile("(?:所占|考核)?权重");
    /** 将建议办理工作纳入年度绩效考核: the work an assessment takes in. */
    private static final Pattern TAKEN_IN = Pattern.compile("将([^，,；;。“”]{2,14}?)(?:工作)?(?:完成情况|成效|情况)?纳入");
    /** 占, 仅占, 约占 right before a share. */
    private static final Pattern SHARE_BEFORE = Pattern.compile("占了?$");
    private static final Pattern BARE_SHARE = Pattern.compile("[，,]?(?:仅|约|只|共)?占了?");

    /** The words after the last figure of the clause before (有67家|未按规定开展隐患自查自改), or "". */
    private static String predicateBefore(String s, int clauseStart) {
        int end = clauseStart;
        while (end > 0 && "，,；; ".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        int start = end;
        while (start > 0 && "，,；;。：:\n".indexOf(s.charAt(start - 1)) < 0) {
            start--;
        }
        String clause = s.substring(start, end);
        int last = -1;
        for (int i = clause.length() - 1; i >= 0; i--) {
            if (QuantityFinder.isArabic(clause.charAt(i))) {
                last = i;
                break;
            }
        }
        if (last < 0) {
            return "";
        }
        int i = last + 1;
        while (i < clause.length() && "万亿千百".indexOf(clause.charAt(i)) >= 0) {
            i++;
        }
        String unit = Units.unitAt(clause, i);
        String rest = unquote(clause.substring(i + (unit == null ? 0 : unit.length())));
        return rest.length() >= 2 && rest.length() <= 14 && rest.chars().allMatch(c -> TextNormaliser.isHan((char) c)) ? rest : "";
    }

    /** 分值, 得分, 自评得分, 考核得分: a label that names an item's points, not what the item is. */
    private static final java.util.regex.Pattern POINTS_LABEL = java.util.regex.Pattern.compile("(?:自评|考核|实际)?(?:分值|得分|满分)");

    private static int lineStart(String s, int at) {
        int nl = s.lastIndexOf('\n', at - 1);
        return nl + 1;
    }

    /** How a rate right after {@code from} moved (同比增长), when the words before it say so; else null. */
    static String changeBefore(String s, int from, int start, int end) {
        if (end > s.length() || end <= start || s.charAt(end - 1) != '%' && s.charAt(end - 1) != '％') {
            return null;
        }
        java.util.regex.Matcher change = CHANGE_BEFORE.matcher(s.substring(Math.max(from, start - 8), start));
        return change.find() ? change.group(1) : null;
    }

    /** 同比增长, 比上年增加, 下降 right before a rate: how the figure moved. */
    private static final java.util.regex.Pattern CHANGE_BEFORE = java.util.regex.Pattern
            .compile("((?:同比|环比|比上年|较上年|比去年|较去年)?(?:增长|增加|下降|减少|上升|降低))$");

    /** A preposition or a scope word an office writes before what it counts (对全镇247户脱贫户, 镇脱贫户170户). */
    private static final WordSet LEADING_SCOPE = new WordSet("对全镇", "对全县", "对全乡", "对全村", "全镇", "全县", "全乡", "全区", "全市",
            "本镇", "本县", "我镇", "我县", "我乡", "其中", "对", "向", "为", "给", "把", "将", "镇", "县", "乡");
    /** Characters after 镇, 县 or 乡 that make one word with it (镇区, 县城, 乡村, 县域, 镇级, 县直). */
    private static final String PLACE_COMPOUND = "区城村域级直属镇乡";
    /** A place word that names no quantity on its own. */
    private static final java.util.Set<String> LONE_PLACE = java.util.Set.of("村", "镇", "乡", "县", "市", "区", "户", "个");

    /** A scope word right before a figure: 全镇, 全县, 辖区, 本乡. */
    private static final java.util.regex.Pattern ENDS_WITH_SCOPE = java.util.regex.Pattern.compile("(?:全|本|我)(?:镇|县|乡|村|区|市|省)$|辖区$");

    /** Where a change starts (由2026年的, 从目前的), right before its first level. */
    private static final java.util.regex.Pattern FROM_LEVEL = java.util.regex.Pattern
            .compile("(由|从)(?:20\\d\\d年(?:底|末)?的?|目前的?|现在的?|去年的?|上年的?)?$");
    /** Where a change ends: 由…提高到, right before its second level. */
    private static final java.util.regex.Pattern TO_LEVEL = java.util.regex.Pattern
            .compile("(由|从)[^，,；;。]{0,20}?(?:提高|提升|增加|增长|扩大|上升|下降|降低|减少|压减)(?:到|至)$");

    /** The name a change of level is of: the words before its 由, whichever of its two levels the figure is. */
    private static String changeOf(String s, int start, int end, int clauseEnd) {
        String before = s.substring(Math.max(0, start - 40), start);
        java.util.regex.Matcher m = FROM_LEVEL.matcher(before);
        boolean first = m.find() && Meaning.RISES_TO.matcher(s.substring(end, Math.min(s.length(), clauseEnd))).lookingAt();
        if (!first) {
            m = TO_LEVEL.matcher(before);
            if (!m.find()) {
                return null;
            }
        }
        int at = m.start(1);
        int from = at;
        while (from > 0 && at - from < MAX && Character.isIdeographic(before.charAt(from - 1))) {
            from--;
        }
        String name = before.substring(from, at);
        return name.length() >= 2 ? name : null;
    }

    /** An indicator's name without the scope words before it, and never a lone place word (issue 26). */
    static String tidy(String name) {
        String n = name;
        for (int guard = 0; guard < 3; guard++) {
            String lead = LEADING_SCOPE.at(n, 0);
            if (lead == null || n.length() - lead.length() < 2) {
                break;
            }
            if (lead.length() == 1 && PLACE_COMPOUND.indexOf(n.charAt(1)) >= 0) {
                break; // 镇区, 县城, 乡村, 镇村: the place word begins a word, it scopes nothing
            }
            if (lead.length() == 1 && WORDS_WITH_A_PREPOSITION.at(n, 0) != null) {
                break; // 对接活动, 对口帮扶: 对 begins a word, it is no preposition
            }
            n = n.substring(lead.length());
        }
        return LONE_PLACE.contains(n) ? "" : n;
    }

    private static String named(String s, int from, int start, int end, int clauseEnd) {
        // 农村生活污水治理率由2026年的55%提高到62%: both levels are of the name before 由.
        String changed = changeOf(s, start, end, clauseEnd);
        if (changed != null) {
            return changed;
        }
        String invested = investedIn(s, from, start, end, clauseEnd);
        if (invested != null) {
            return invested;
        }
        String pre = s.substring(from, start);
        String threshold = threshold(s, from);
        if (threshold != null) {
            // 其中10亿元以上项目3个, 35岁以下的占比: the bound the figure before sets is part of what is counted.
            String rest = TRAILING.stripEnd(pre.substring(boundLength(s, from)));
            String named = rest.isEmpty() || "的".equals(rest) ? after(s, end, clauseEnd) : rest;
            boolean plain = named.chars().allMatch(c -> TextNormaliser.isHan((char) c));
            if (plain && !named.isEmpty() && named.length() <= 10 && CUT.indexIn(named.replace("的", "")) < 0) {
                return threshold + named;
            }
        }
        int open = Math.max(pre.lastIndexOf('('), pre.lastIndexOf('（'));
        if (open >= 0 && pre.indexOf(')', open) < 0 && pre.indexOf('）', open) < 0) {
            String inside = pre.substring(open + 1);
            // 一级公路续建工程（全长28.4公里、总投资19.6亿元）: a bare measure in brackets is of the name the brackets follow.
            String measure = TRAILING.stripEnd(inside);
            if (BRACKETED_MEASURE.matcher(measure).matches()) {
                String named = cut(TRAILING.stripEnd(unquote(leading(pre.substring(0, open)))), 2);
                if (named.length() >= 2) {
                    named = named.length() > MAX ? named.substring(named.length() - MAX) : named;
                    return named + measure;
                }
            }
            pre = inside;
        }
        if (pre.indexOf('(') >= 0 || pre.indexOf('（') >= 0) {
            pre = ASIDE.matcher(pre).replaceAll("");
        }
        pre = unquote(leading(pre));
        String after = after(s, end, clauseEnd);
        // (落实全镇37处地质灾害隐患点, 在全市9个县: a scope word before the figure names nothing; the noun after it does)
        if (after.length() >= 2 && (pre.isEmpty() || ENDS_WITH_VERB.endingOf(pre) != null || pre.indexOf('、') >= 0
                || ENDS_WITH_SCOPE.matcher(pre).find() || NAMES_NOTHING.endingOf(pre) != null)) {
            String bare = TRAILING.stripEnd(pre);
            if (after.length() <= 2 && !bare.isEmpty() && bare.length() <= 6) {
                return cut(bare, 0) + after;
            }
            return after;
        }
        String phrase = classHead(cut(TRAILING.stripEnd(pre), 2));
        if (phrase.length() <= 3 && !after.isEmpty() && !phrase.isEmpty()) {
            return phrase + after;
        }
        if (phrase.isEmpty() && after.isEmpty()) {
            return subjectBefore(s, from);
        }
        if (phrase.isEmpty()) {
            return after;
        }
        return phrase.length() > MAX * 2 ? phrase.substring(phrase.length() - MAX * 2) : phrase;
    }

    /** A bound that makes a class of things: 以上, 以下, 及以上, 以内, with its 的. */
    private static final Pattern BOUND = Pattern.compile("^(?:及以上|及以下|以上|以下)");

    /** The figure right before {@code from} (10亿元, 35岁) when the words at {@code from} make it a bound (以上项目); else null. */
    private static String threshold(String s, int from) {
        if (from <= 0) {
            return null;
        }
        String figure = thresholdFigure(s, from);
        if (figure.isEmpty()) {
            return null;
        }
        int bound = boundLength(s, from);
        if (bound > 0) {
            return figure + s.substring(from, from + bound);
        }
        // 收入超过20万元的村达到3个: a bound written before the figure, and 的 after it
        String before = BOUND_BEFORE.endingAt(s, from - figure.length());
        return s.startsWith("的", from) && before != null ? before + figure : null;
    }

    /** How long the bound at {@code from} is (以上 2, 及以上 3), or 0 when none stands there. */
    private static int boundLength(String s, int from) {
        Matcher m = BOUND.matcher(s).region(from, s.length());
        return m.lookingAt() ? m.end() - from : 0;
    }

    /** A bound written before its figure: 超过20万元的村. */
    private static final WordSet BOUND_BEFORE = new WordSet("超过", "不足", "低于", "高于", "不到");

    /** The number and unit that end right at {@code to}: 10亿元, 5000万元, 60岁. */
    private static String thresholdFigure(String s, int to) {
        int i = to;
        while (i > 0 && to - i < 3 && !QuantityFinder.isArabic(s.charAt(i - 1)) && TextNormaliser.isHan(s.charAt(i - 1))
                && "万亿千百元岁人户家个亩吨".indexOf(s.charAt(i - 1)) >= 0) {
            i--;
        }
        int unitStart = i;
        while (i > 0 && (QuantityFinder.isArabic(s.charAt(i - 1)) || s.charAt(i - 1) == '.')) {
            i--;
        }
        return i < unitStart && unitStart < to ? s.substring(i, to) : "";
    }

    /** A size or sum written in brackets after what it measures: 全长, 总投资, 占地面积. */
    private static final Pattern BRACKETED_MEASURE = Pattern.compile("(?:全长|总长|长度|总投资|投资|总面积|占地面积|面积|建筑面积|规模|库容|容量)");

    private static final WordSet INVEST = new WordSet("投资", "投入");
    /** What money is put into: the head of the object after 投资N元 / 投入N元. */
    private static final WordSet INVESTED_HEAD = new WordSet("项目", "基地", "市场", "大楼", "厂房", "厂", "中心", "工程", "建设", "改造",
            "设施", "园区", "产业");
    /** Where the name of what is invested in begins, read back from its head. */
    private static final WordSet INVESTED_FROM = new WordSet("的", "创办", "建设", "发展", "建成", "首个", "公司", "对", "用于",
            "---", "—", "大型", "实施", "按照");
    private static final WordSet FILLER = new WordSet("进行了", "进行", "开展了", "开展");

    /**
     * Money put into something is named by that thing: 投资4000万的…生猪养殖项目 → 生猪养殖项目投资,
     * 投入10余万元对武装部进行了规范化建设 → 武装部规范化建设投入. Null when the number does not follow
     * 投资/投入, or what follows names no project, site or work.
     */
    private static String investedIn(String s, int from, int start, int end, int clauseEnd) {
        int verbEnd = start;
        while (verbEnd > from && "约近了共计达".indexOf(s.charAt(verbEnd - 1)) >= 0) {
            verbEnd--;
        }
        String verb = INVEST.endingAt(s, verbEnd);
        if (verb == null || s.startsWith("完成", verbEnd - verb.length() - 2)) {
            return null; // 完成投资1.2亿元、新建标准厂房…: what is done takes no object after it
        }
        String after = s.substring(end, Math.min(clauseEnd, end + 40));
        int headEnd = -1;
        // 投资N元的X项目…: what the money describes ends at the first head; otherwise the object runs to the last one.
        boolean attributive = after.startsWith("的");
        for (int i = 0; i < after.length(); i++) {
            String h = INVESTED_HEAD.at(after, i);
            if (h != null) {
                headEnd = i + h.length();
                i = headEnd - 1;
                if (attributive) {
                    break;
                }
            }
        }
        if (headEnd < 0) {
            return null;
        }
        String object = after.substring(0, headEnd);
        int begin = 0;
        for (int i = 0; i < object.length() - 2; i++) {
            String w = INVESTED_FROM.at(object, i);
            // A head word that is the object's own end (…大楼建设) does not open it.
            if (w != null && i + w.length() < object.length() - 1) {
                begin = i + w.length();
                i = begin - 1;
            }
        }
        String name = object.substring(begin);
        int filler = FILLER.indexIn(name);
        if (filler >= 0) {
            // 对武装部进行了规范化建设: the verb between the thing and the work is no part of the name.
            name = name.substring(0, filler) + name.substring(filler + FILLER.at(name, filler).length());
        }
        name = name.strip();
        if (name.length() < 2 || name.length() > MAX) {
            return null;
        }
        return name + verb;
    }

    private static final WordSet EVALUATIVE = new WordSet("偏低", "偏高", "较低", "较高", "不高", "不足", "较慢", "偏慢", "滞后");

    /**
     * The number's clause names nothing (资金到位率偏低，仅为62%): the measure is the subject of the
     * clause before, without the judgement passed on it.
     */
    private static String subjectBefore(String s, int clauseStart) {
        int end = clauseStart;
        while (end > 0 && STOP_AFTER.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        int start = end;
        while (start > 0 && STOP_AFTER.indexOf(s.charAt(start - 1)) < 0) {
            start--;
        }
        String subject = leading(s.substring(start, end));
        String judged = EVALUATIVE.endingOf(subject);
        if (judged != null) {
            subject = subject.substring(0, subject.length() - judged.length());
        }
        return subject.length() >= 2 && subject.length() <= MAX && subject.chars().allMatch(c -> TextNormaliser.isHan((char) c))
                ? subject
                : "";
    }

    /**
     * A list closed by 等 is named by the class after it: 低保金、五保金…等民生资金 → 民生资金,
     * 《…》等重点书籍 → 重点书籍. 等级, 等次 and 同等 are words, not the list's end.
     */
    private static String classHead(String phrase) {
        for (int at = phrase.lastIndexOf('等'); at > 0; at = phrase.lastIndexOf('等', at - 1)) {
            boolean word = at + 1 < phrase.length() && "级次同".indexOf(phrase.charAt(at + 1)) >= 0
                    || "同平均对相".indexOf(phrase.charAt(at - 1)) >= 0;
            if (!word && phrase.length() - at - 1 >= 3) {
                return phrase.substring(at + 1);
            }
        }
        return phrase;
    }

    /** Verbs that carry mood, aspect or manner, never the name of what is measured: 完成|xx, 确保|全镇. */
    private static final WordSet AUXILIARY = new WordSet("完成", "确保", "预计", "累计", "力争", "争取", "实现", "达到", "计划",
            "合计", "全面", "积极", "大力", "持续", "不断", "做好", "做到", "加强", "加快", "推动", "推进", "着力", "聚力", "围绕",
            "紧盯", "开展", "至少", "完善", "加大");

    /** A count's or a measure's word alone: 起数, 人数, 次数, 数量. */
    private static final Pattern BARE_COUNT = Pattern.compile("[\\p{IsHan}]?(?:数|数量|次)");

    /** What stands after the last cutting verb, as long as at least {@code keep} characters remain. */
    private static String cut(String pre, int keep) {
        for (int end = pre.length() - Math.max(keep, 1); end > 0; end--) {
            String verb = CUT.endingAt(pre, end);
            if (verb != null && end < pre.length() && pre.charAt(end) == '率') {
                continue; // 投资完成率, 开工率: the verb is part of the noun of a rate
            }
            if (verb != null && end < pre.length() && VERB_IN_NOUN.at(pre, end - verb.length()) != null) {
                continue; // 建成区绿地率, 县委组织部: the verb begins a noun, it cuts nothing
            }
            if (verb != null && straddles(pre, end - verb.length(), end)) {
                continue; // 协调解决: 调解 read across 协调 and 解决 is no verb of the phrase
            }
            if ("的".equals(verb) && pre.length() - end <= 3 && end >= 4) {
                continue; // 新纳入合格证管理的主体: things counted by what was done to them are named with it
            }
            if ("的".equals(verb) && SHARE_WORD.matcher(pre.substring(end)).matches()) {
                continue; // 有效灌溉面积占耕地面积的比重: a share is named by what it is a share of
            }
            if (verb != null && BARE_COUNT.matcher(pre.substring(end)).matches()) {
                continue; // 森林火灾发生起数: what is counted stands before the verb, 起数 alone names nothing
            }
            if (verb != null && ("完成".equals(verb) || "计划".equals(verb)) && INVESTMENT.matcher(pre.substring(end)).matches()) {
                return investmentDone(pre, end - verb.length());
            }
            if (verb != null) {
                // 签约|服务, 投入|资金: a bare two-character head is named with its verb.
                boolean bare = pre.length() - end <= 2 && verb.length() == 2 && !AUXILIARY.in(verb);
                return leading(pre.substring(bare ? end - verb.length() : end));
            }
        }
        return leading(pre);
    }

    /** What is put in, after 完成: 投资, 投资额. */
    private static final Pattern INVESTMENT = Pattern.compile("投资额?");
    /** What a project's name ends with: 重点项目, 扩建工程, 产业园, 二期, 岚江大桥. */
    private static final WordSet PROJECT_HEAD = new WordSet("项目", "工程", "园", "园区", "期", "桥", "大桥", "路", "厂", "基地", "中心",
            "村", "镇", "乡", "市场", "集群", "设施", "综合体", "小区", "学校", "医院");
    /** How the work is counted, between a project's name and its 完成投资: 累计, 计划, 已, 可, 共, 年内. */
    private static final WordSet DONE_HOW = new WordSet("累计", "计划", "已", "可", "共", "年内", "全年", "年度", "当年", "仅");
    /** A year before the plan's figure: 2027年计划投资. */
    private static final Pattern YEAR_BEFORE = Pattern.compile("20\\d\\d年$");

    /**
     * 重点项目累计完成投资27亿元, 年度计划投资1.2亿元: money put in is named with its 完成 or 计划, as offices name the figure, and
     * with the projects it is of when they are the clause's subject (县级重点项目完成投资); a clause whose words before
     * are another predicate (建成充电桩320个，完成投资…, 并投入使用、完成投资…) names it 完成投资 alone.
     */
    private static String investmentDone(String pre, int verbStart) {
        int from = verbStart;
        for (String how = DONE_HOW.endingAt(pre, from); how != null && from > 0; how = DONE_HOW.endingAt(pre, from)) {
            from -= how.length();
        }
        Matcher year = YEAR_BEFORE.matcher(pre.substring(0, from));
        if (year.find()) {
            from = year.start();
        }
        String subject = leading(pre.substring(0, from));
        boolean named = subject.length() >= 2 && subject.length() <= 12 && subject.chars().allMatch(c -> TextNormaliser.isHan((char) c))
                && ENDS_WITH_VERB.endingOf(subject) == null && CUT.indexIn(subject) < 0 && PROJECT_HEAD.endingOf(subject) != null;
        // (the year's words stay: offices name the figure 年度计划投资, 全年完成投资)
        return named ? subject + pre.substring(from) : pre.substring(from);
    }

    /** A share's own word: 比重, 比例, 占比. */
    private static final Pattern SHARE_WORD = Pattern.compile("比重|比例|占比");

    /** Nouns that begin with a cutting verb: 建成区 (the built-up area), 组织部, 推进会. */
    private static final WordSet VERB_IN_NOUN = new WordSet("建成区", "组织部", "推进会", "对接会", "签约仪式");

    /** Common words that a cutting verb may be read across: 协调|解决 holds 调解, 发生产 holds 发生 (not 成本: 完成|本年度). */
    private static final WordSet JOINED = new WordSet("协调", "解决", "生产");

    /** Whether the verb at [from, to) of {@code s} takes its first or last character from a word beside it. */
    private static boolean straddles(String s, int from, int to) {
        return from > 0 && JOINED.at(s, from - 1) != null && JOINED.at(s, from - 1).length() == 2
                || to < s.length() && JOINED.at(s, to - 1) != null && JOINED.at(s, to - 1).length() == 2;
    }

    /** Strips opening time words and links, digits of dates included: 2024年, 3月份. */
    private static String leading(String s) {
        int i = 0;
        while (i < s.length()) {
            String w = LEADING.at(s, i);
            if ("年".equals(w) && i + 1 < s.length() && "产均".indexOf(s.charAt(i + 1)) >= 0) {
                break; // 年产6万吨, 年均: a yearly rate, part of what it names
            }
            if ("到".equals(w) && i + 1 < s.length() && "位账岗期户村".indexOf(s.charAt(i + 1)) >= 0) {
                break; // 到位资金, 到账, 到期: 到 begins a word here, it is no "by"
            }
            if (w != null) {
                i += w.length();
            } else if (i + 1 < s.length() && QuantityFinder.isArabic(s.charAt(i)) && listMarkerEnd(s, i) > i) {
                i = listMarkerEnd(s, i); // 8.到年底新建…: an item's number is no part of the name
            } else if (BRACKETED_MARKER.matcher(s).region(i, s.length()).lookingAt()) {
                Matcher m = BRACKETED_MARKER.matcher(s).region(i, s.length());
                m.lookingAt();
                i = m.end(); // （1）改造城镇老旧小区: a sub-item's number is none either
            } else if (QuantityFinder.isArabic(s.charAt(i)) && dateDigits(s, i)) {
                while (QuantityFinder.isArabic(s.charAt(i))) {
                    i++;
                }
                if (s.charAt(i) == '日') {
                    i++; // 6月27日前完成投资: a day's date opens nothing either
                }
            } else {
                break;
            }
        }
        return s.substring(i);
    }

    /** （1）, (2), （十）: a sub-item's number in brackets. */
    private static final Pattern BRACKETED_MARKER = Pattern.compile("[（(](?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[)）]");
    /** 12345, 12315, 12348: the service hotlines, written right after an item's number (28.12345政务服务便民热线). */
    private static final Pattern HOTLINE = Pattern.compile("123[0-9]{2}(?![0-9])");

    /** Where a list marker (8. 12、) starting at {@code i} ends, or {@code i} when there is none. */
    private static int listMarkerEnd(String s, int i) {
        int j = i;
        while (j < s.length() && j - i < 2 && QuantityFinder.isArabic(s.charAt(j))) {
            j++;
        }
        boolean hotlineAfter = i == 0 && j + 1 < s.length() && HOTLINE.matcher(s).region(j + 1, s.length()).lookingAt();
        return j > i && j < s.length() && ".．、".indexOf(s.charAt(j)) >= 0
                && (j + 1 >= s.length() || !QuantityFinder.isArabic(s.charAt(j + 1)) || hotlineAfter) ? j + 1 : i;
    }

    private static boolean dateDigits(String s, int i) {
        int j = i;
        while (j < s.length() && QuantityFinder.isArabic(s.charAt(j))) {
            j++;
        }
        return j < s.length() && (s.charAt(j) == '年' || s.charAt(j) == '月' || s.charAt(j) == '日' && j - i <= 2);
    }

    private static String after(String s, int end, int clauseEnd) {
        int i = end;
        if (i + 1 < clauseEnd && (s.charAt(i) == '/' || s.charAt(i) == '／') && "年月日天周".indexOf(s.charAt(i + 1)) >= 0) {
            i += 2; // 300万元/年: how often, not what
        }
        for (String skip : new String[]{"以上", "以下", "以内", "左右", "多", "余"}) {
            if (Units.regionMatches(s, i, skip)) {
                i += skip.length();
                break;
            }
        }
        if (i < clauseEnd && (s.charAt(i) == '(' || s.charAt(i) == '（')) {
            int close = i + 1;
            while (close < clauseEnd && close - i <= 4 && s.charAt(close) != ')' && s.charAt(close) != '）') {
                close++;
            }
            if (close < clauseEnd && close - i <= 4) {
                i = close + 1;
            }
        }
        // Another quantity right after (XX户XX人"三类户", 56户168万元的小额信贷): the phrase is what follows both.
        boolean skipped = false;
        while (i < clauseEnd && (QuantityFinder.isArabic(s.charAt(i)) || "Xx×*.．%％".indexOf(s.charAt(i)) >= 0)) {
            i++;
            skipped = true;
            if (i < clauseEnd && "万亿千百".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (i < clauseEnd && !QuantityFinder.isArabic(s.charAt(i)) && "Xx×*.．%％".indexOf(s.charAt(i)) < 0
                    && Units.unitAt(s, i) != null) {
                i += Units.unitAt(s, i).length();
            }
        }
        if (i < clauseEnd && s.charAt(i) == '的') {
            i++;
        }
        // A char buffer, not a StringBuilder: a builder starts in Latin-1 and re-copies itself at the first Han character.
        char[] out = new char[MAX];
        int n = 0;
        while (i < clauseEnd && n < MAX) {
            char c = s.charAt(i);
            if (isQuote(c)) {
                // A quoted name belongs to the phrase ("万企兴万村"示范点); a quoted list ("红、古、绿") does not.
                int close = closingQuote(s, i, clauseEnd);
                boolean list = false;
                for (int k = i + 1; k < close; k++) {
                    list |= STOP_AFTER.indexOf(s.charAt(k)) >= 0;
                }
                i = list ? close + 1 : i + 1;
                continue;
            }
            if (n == 0 && c < 128 && Character.isLetter(c) && i + 1 < clauseEnd && QuantityFinder.isArabic(s.charAt(i + 1))) {
                // S312溪口至白沙段: a road's or a line's code is no name of its own; the words after it are
                i++;
                while (i < clauseEnd && (QuantityFinder.isArabic(s.charAt(i)) || s.charAt(i) < 128 && Character.isLetter(s.charAt(i)))) {
                    i++;
                }
                continue;
            }
            if (STOP_AFTER.indexOf(c) >= 0 || QuantityFinder.isArabic(c) || stopWordAt(s, i)) {
                break;
            }
            if (n > 0 && endsName(s, i, clauseEnd)) {
                break;
            }
            out[n++] = c;
            i++;
        }
        return new String(out, 0, n);
    }

    /** Words holding 向 or 对 that are no preposition: 面向, 外向型, 双向, 对象, 对接, 对标, 对照, 一对一, 比对… */
    private static final WordSet WORDS_WITH_A_PREPOSITION = new WordSet("面向", "导向", "方向", "走向", "转向", "去向", "意向", "倾向", "取向",
            "定向", "外向", "双向", "纵向", "横向", "流向", "动向", "向阳", "针对", "相对", "核对", "面对", "绝对", "反对", "应对", "比对",
            "一对一", "对象", "对接", "对口", "对标", "对照", "对外", "对应");

    /**
     * Whether the character at {@code i} ends a name read after a count: 中 closing a whole (12个项目中有5个) or a
     * preposition opening the predicate (2个乡镇向不符合条件的…), not one inside a word (对象, 面向).
     */
    private static boolean endsName(String s, int i, int clauseEnd) {
        char c = s.charAt(i);
        if (c == '中') {
            return i + 1 < clauseEnd && "有已，,的共均".indexOf(s.charAt(i + 1)) >= 0;
        }
        if (c != '向' && c != '对') {
            return false;
        }
        return WORDS_WITH_A_PREPOSITION.at(s, i) == null && WORDS_WITH_A_PREPOSITION.at(s, i - 1) == null
                && (i < 2 || WORDS_WITH_A_PREPOSITION.at(s, i - 2) == null);
    }

    private static int closingQuote(String s, int open, int limit) {
        for (int k = open + 1; k < limit; k++) {
            if (isQuote(s.charAt(k))) {
                return k;
            }
        }
        return open;
    }

    private static boolean stopWordAt(String s, int i) {
        String w = STOP_WORDS.at(s, i);
        // 规模以上工业企业: 以上/以下/以内 qualify the name, they do not end it.
        if ("以".equals(w) && i + 1 < s.length() && "上下内".indexOf(s.charAt(i + 1)) >= 0) {
            return false;
        }
        // 违法捕捞行为: a one-character stop word that ends a common word belongs to the phrase.
        return w != null && !(w.length() == 1 && i > 0 && WORDS_ENDING_IN_STOP.at(s, i - 1) != null);
    }

    private static boolean isQuote(char c) {
        return QUOTES.has(c);
    }

    private static String unquote(String s) {
        if (!QUOTES.anyIn(s)) {
            return s;
        }
        char[] out = new char[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!QUOTES.has(s.charAt(i))) {
                out[n++] = s.charAt(i);
            }
        }
        return new String(out, 0, n);
    }
}
