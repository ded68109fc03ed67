package cn.duban.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an indicator is called in office writing. A ledger names it in full (农村公路硬化里程, 分布式光伏装机容量),
 * a township's report in its own short forms (村道硬化, 光伏装机, 改厕, 固投): each group below lists the ways of
 * writing one thing, and every way is read as the group's first. Then names are compared by their two-character
 * words (bigrams), after dropping what only says how a figure is measured (里程, 面积, 金额…, which the unit says)
 * and the verbs of reporting (完成, 实现, 累计…), which every sentence has.
 */
final class OfficeTerms {

    /** Ways of writing one thing; the first is how it is read. Longer forms are replaced first. */
    private static final String[][] GROUPS = {
            {"农村公路", "四好农村路", "农村道路", "农村路", "村道", "村组道路", "村组公路", "通村公路", "通村道路", "通组公路", "通组道路",
                    "乡村道路", "村级道路", "村庄道路", "乡村公路", "村级公路", "组级道路"},
            {"硬化", "水泥路面", "硬化路面", "道路硬化"},
            {"光伏", "分布式光伏", "屋顶分布式光伏", "屋顶光伏", "分布式光伏发电", "光伏发电", "光伏电站", "太阳能发电"},
            {"装机", "装机容量", "并网装机", "装机规模", "并网容量", "装机量"},
            {"改厕", "户厕改造", "农村户厕改造", "改造提升农村户厕", "改造农村户厕", "农村改厕", "厕所改造", "卫生厕所改造", "无害化卫生厕所",
                    "厕所革命", "户厕"},
            // A township's 完成投资 is its fixed-asset investment; a project's own (项目完成投资) is a part of it.
            {"固定资产投资", "固投", "固定资产投入", "完成投资", "累计投资"},
            {"股份制改造", "股改", "股份制改革", "规范化股改"},
            {"市场主体", "经营主体", "各类市场主体", "各类经营主体", "个体工商户和企业"},
            {"危房改造", "危旧房改造", "农村危房", "危房"},
            {"高标准农田", "高标田", "高标准基本农田", "高标准农田建设"},
            {"茶园", "茶叶种植基地", "茶叶基地", "茶叶种植", "茶园基地", "新植茶园", "茶叶种植面积", "茶园面积", "标准化茶园", "标准茶园",
                    "生态茶园"},
            {"地质灾害", "地灾"},
            {"中药材", "中药材种植", "中药材基地", "药材种植"},
            {"土地流转", "流转土地", "土地经营权流转", "土地流转面积"},
            {"养老服务站", "互助养老服务站", "村级互助养老服务站", "养老服务中心", "互助养老点"},
            {"美丽宜居示范村", "美丽乡村示范村", "示范村", "宜居示范村"},
            {"电商服务站点", "电商服务站", "村级电商服务站点", "电商服务点", "村级电商服务站"},
            {"安置房", "安置住房", "安置房建设"},
            {"产业路", "产业道路", "生产路"},
            {"招商项目", "招引项目", "引进项目", "招商引资项目", "招商引资落地项目", "签约落地项目", "落地项目", "引进招商项目"},
            {"到位资金", "实际到位资金", "资金到位", "到位资金额", "实际利用资金"},
            {"签约资金", "签约金额", "协议资金", "合同金额", "意向资金"},
            {"播种面积", "种植面积", "播种"},
            {"污水管网", "污水收集管网", "污水管道", "排污管网", "污水主管网", "雨污管网", "管网"},
            {"秸秆综合利用率", "秸秆利用率", "秸秆综合利用"},
            {"技能培训", "职业技能培训", "劳动力培训", "劳动力技能培训", "就业技能培训", "技能培训班", "培训农民工", "农民工培训", "培训"},
            {"电商交易额", "电子商务交易额", "电商销售额", "网络零售额", "网络销售额", "线上销售额", "电商交易"},
            {"电商", "电子商务"},
            {"造林", "植树造林", "人工造林", "营造林", "新造林", "造林绿化"},
            {"集体经济", "村集体经济", "村级集体经济"},
            {"转移就业", "农村劳动力转移就业", "劳动力转移"},
            {"新增就业", "城镇新增就业", "新增城镇就业"},
            {"社会消费品零售总额", "社零额", "社消零", "社零总额"},
            {"规上企业", "规模以上企业", "规模以上工业企业", "规上工业企业"},
            {"规上工业", "规模以上工业"},
            {"高新技术企业", "高企"},
            {"一般公共预算收入", "地方一般公共预算收入", "公共预算收入"},
            {"税收收入", "税收"},
            {"农民人均可支配收入", "农村居民人均可支配收入", "农民收入"},
            {"自来水普及率", "农村自来水普及率", "集中供水率"},
            {"供水管网", "农村供水管网", "饮水管网"},
            {"生活垃圾", "农村生活垃圾"},
            {"稻渔综合种养", "稻渔共生", "稻虾共作", "稻虾"},
            {"新能源汽车", "新能源车"},
            {"危桥改造", "危桥"},
            {"低产林改造", "低产低效林改造", "低效林改造", "低产改造", "低改"},
            {"消费帮扶", "帮助销售农产品", "帮助销售", "帮销农产品", "助销农产品", "带动销售农产品"},
            {"义务植树", "全民义务植树", "植树", "栽植苗木", "栽植树木"},
            {"儿童", "孩子", "小孩"},
            {"慈善资金", "善款", "慈善款", "慈善捐款", "募捐资金", "捐赠资金", "慈善募捐资金"},
            {"最低生活保障", "低保"},
            {"社会保障卡", "社保卡"},
            {"特困人员", "特困供养人员", "特困供养对象", "特困对象"},
    };

    /** What a name says of the unit it is measured in; the unit itself says it. */
    private static final String[] MEASURES = {"里程", "长度", "面积", "规模", "金额", "总额", "销售额", "数量", "户数", "人数", "个数",
            "数", "容量", "总量", "总产值"};
    /** Scope words an indicator's name opens with that reports leave out (城乡居民医保参保率 is written 医保参保率). */
    private static final String[] SCOPES = {"城乡居民", "农村居民", "城镇居民", "农村", "城乡", "城镇", "乡村", "村级", "镇级", "县级",
            "全镇", "全乡"};
    /** Verbs and frames of reporting, in every sentence whatever it counts. */
    private static final String[] REPORTING = {"累计完成", "完成", "实现", "达到", "累计", "共计", "全年", "年度", "全镇", "全乡",
            "全街道", "我镇", "我乡", "今年", "开展", "推进", "新建", "建成", "建设", "新增", "组织", "举办", "提升", "做好", "加快",
            "积极", "持续", "扎实", "全面", "稳步", "达"};

    private static final Map<String, String> CANONICAL = new LinkedHashMap<>();
    /** The forms by their first character, longest first: a position tries only the few that can start there. */
    private static final Map<Character, List<String>> FORMS = new HashMap<>();

    static {
        for (String[] g : GROUPS) {
            for (String form : g) {
                CANONICAL.putIfAbsent(form, g[0]);
                FORMS.computeIfAbsent(form.charAt(0), k -> new ArrayList<>()).add(form);
            }
        }
        FORMS.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
    }

    private OfficeTerms() {
    }

    /** The text with every known way of writing a thing put as the thing's first name (村道硬化 → 农村公路硬化). */
    static String canonical(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        outer : while (i < text.length()) {
            for (String form : FORMS.getOrDefault(text.charAt(i), List.of())) {
                if (text.startsWith(form, i)) {
                    out.append(CANONICAL.get(form)).append('|');
                    i += form.length();
                    continue outer;
                }
            }
            out.append(text.charAt(i++));
        }
        return out.toString();
    }

    /**
     * An indicator's name without the scope it opens with, when something of its own follows and the scope word does
     * not begin a term of office writing (农村公路 stays).
     */
    static String withoutScope(String name) {
        for (String scope : SCOPES) {
            if (name.startsWith(scope) && name.length() - scope.length() >= 2) {
                for (String form : FORMS.getOrDefault(name.charAt(0), List.of())) {
                    if (name.startsWith(form) && form.length() > scope.length()) {
                        return name;
                    }
                }
                return name.substring(scope.length());
            }
        }
        return name;
    }

    /** The name's core: canonical, without how it is measured and without the verbs of reporting. */
    static String core(String name) {
        String c = canonical(name);
        for (String m : MEASURES) {
            if (c.endsWith(m) && c.length() > m.length() + 1) {
                c = c.substring(0, c.length() - m.length());
                break;
            }
        }
        for (String v : REPORTING) {
            c = c.replace(v, "|");
        }
        return c;
    }

    /** The two-character words of a text, never across a break (|, punctuation, a digit). */
    static Set<String> bigrams(String text) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if (Character.isIdeographic(a) && Character.isIdeographic(b)) {
                out.add(text.substring(i, i + 2));
            }
        }
        return out;
    }

    /** The words of reporting a short form may run into: 本月新增, 累计, 完成. */
    private static final Pattern REPORTING_ENDS = Pattern
            .compile("^(?:本月|今年|全年|累计|新增|完成)+|(?:累计|完成|新增|本月|当月|合计|情况|进度)+$");

    /**
     * Whether {@code text} holds a short form of {@code name} an office makes by keeping a character or two of each word in
     * order (豆玉带复 for 大豆玉米带状复合种植, 脱毒薯 for 马铃薯脱毒种薯, 安防工程 for 安全生命防护工程): a run of three to six
     * characters between punctuation, figures or spaces, found in the name in order with gaps, not as it stands.
     */
    static boolean abbreviated(String name, String text) {
        int run = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean han = i < text.length() && Character.isIdeographic(text.charAt(i));
            if (han) {
                run++;
                continue;
            }
            // (a table row reads 后扶项目累计: the column's 累计 is no part of the name written short)
            if (run >= 3) {
                String token = REPORTING_ENDS.matcher(text.substring(i - run, i)).replaceAll("");
                if (token.length() >= 3 && token.length() <= 6 && shortFormOf(token, name)) {
                    return true;
                }
                // 长护险参保人数现在是1.97万人: the short form opens a longer run of words, the rest of the name after it
                if (token.length() > 6) {
                    for (int length = 3; length <= 4; length++) {
                        if (shortFormOf(token.substring(0, length), name) && name.contains(token.substring(length, length + 2))) {
                            return true;
                        }
                    }
                }
            }
            run = 0;
        }
        return false;
    }

    private static boolean shortFormOf(String token, String name) {
        if (name.contains(token)) {
            return false;
        }
        int at = -1;
        int first = -1;
        int runs = 0;
        int shortRuns = 0;
        int run = 0;
        for (int k = 0; k < token.length(); k++) {
            int next = name.indexOf(token.charAt(k), at + 1);
            if (next < 0) {
                return false;
            }
            if (at >= 0 && next != at + 1) {
                runs++;
                shortRuns += run < 2 ? 1 : 0;
                run = 0;
            }
            run++;
            at = next;
            first = first < 0 ? at : first;
        }
        runs++;
        shortRuns += run < 2 ? 1 : 0;
        // 新增床位 is two whole words of 新增养老服务床位 with the word that tells which beds left out: no short form of it.
        boolean twoWholeWords = runs == 2 && shortRuns == 0;
        return at - first + 1 >= token.length() + 2 && !twoWholeWords; // gapped: a short form, not the words as written
    }

    /** The share of {@code wanted}'s words found in {@code in} (0 when {@code wanted} has none). */
    static double covered(Set<String> wanted, Set<String> in) {
        if (wanted.isEmpty()) {
            return 0;
        }
        int hit = 0;
        for (String w : wanted) {
            if (in.contains(w)) {
                hit++;
            }
        }
        return hit / (double) wanted.size();
    }
}
