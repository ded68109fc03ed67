package cn.duban.extract;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Set;

/** Measure words and units that turn a number into an indicator quantity. */
final class Units {

    /** Units after an Arabic number or a placeholder, longest first so 平方公里 wins over 平方. */
    private static final String[] UNITS = sortedLongestFirst(
            "元", "亩", "公顷", "平方米", "平方公里", "平方千米", "平方", "立方米", "立方", "方", "米", "公里", "千米", "延米",
            "吨", "斤", "公斤", "千克", "个", "家", "户", "人", "人次", "户次", "名", "位", "次", "场", "场次", "期", "座",
            "处", "条", "栋", "幢", "间", "套", "台", "辆", "艘", "架", "项", "件", "起", "宗", "所", "村", "镇", "乡",
            "株", "棵", "头", "只", "羽", "匹", "口", "眼", "盏", "块", "张", "份", "本", "册", "篇", "支", "队", "批",
            "种", "千瓦", "千瓦时", "兆瓦", "度", "千伏", "倍", "个百分点", "百分点", "笔", "部", "床", "根", "段", "片",
            "辆次", "车次", "批次", "层", "副", "幅", "km", "m²", "㎡", "kg", "kW", "kWh", "MW", "GW", "%", "％", "‰",
            // a concentration (PM2.5 31.2微克/立方米), inspections of firms (1360家次), and days counted (超标天数19天)
            "微克/立方米", "毫克/立方米", "家次", "天",
            // bee colonies and hives (中蜂6500群, 蜂箱3000箱), mushroom logs (850万棒)
            "群", "箱", "棒",
            // what is handed out or filed: 营养包7120盒, 档案扫描3.8万页, 化肥1200袋, 药品、棉被; pairs formed (师带徒结对54对)
            "盒", "袋", "瓶", "页", "罐", "桶", "卷", "双", "对",
            // fish fry (冷水鱼苗种42万尾); rounds of a campaign (大排查2轮); an assessment's points (自评得分88.6分, 预计扣1.2分),
            // read only after a word of scoring (QuantityFinder), never a clock's minutes
            "尾", "轮", "轮次", "分",
            // money in another currency: a unit of its own, never read as 元 (8900万美元 is not 8900万元)
            "美元", "港元", "欧元", "日元", "英镑",
            // work counted each time it is done (统防统治6.2万亩次): not an area
            "亩次", "公顷次",
            // volumes (无偿献血量33.4万毫升); a transformer's capacity (变电容量5万千伏安)
            "毫升", "升", "千伏安", "kVA",
            // a power line's tower foundations (塔基用地协调60基); machines counted in sets (扑火机具88台套)
            "基", "台套");

    private static final BitSet UNIT_FIRST = new BitSet(0x10000);
    /** The units by first character, longest first: a lookup tries only the few that can match. */
    private static final String[][] BY_FIRST = new String[0x10000][];

    static {
        for (String u : UNITS) {
            UNIT_FIRST.set(u.charAt(0));
            String[] old = BY_FIRST[u.charAt(0)];
            String[] grown = old == null ? new String[1] : Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = u; // UNITS is longest first, so each row stays longest first
            BY_FIRST[u.charAt(0)] = grown;
        }
    }

    /** Units a Chinese numeral may count: concrete things, not phases, grades or floors. */
    private static final Set<String> CHINESE_COUNTABLE = Set.of(
            "个", "家", "村", "座", "条", "处", "名", "户", "人", "所", "项", "支", "栋", "幢", "台", "辆", "套", "场",
            "次", "亩", "公里", "米", "吨", "间", "口", "艘", "位", "株", "棵", "头", "镇", "乡", "个百分点", "倍",
            "元", "平方米", "公顷", "件", "宗", "批");

    /** With 一 only what clearly counts a thing (一座, 一条, 一支); 一个/一次/一项 are mostly idiom. */
    private static final Set<String> ONE_COUNTABLE = Set.of(
            "座", "条", "支", "所", "家", "处", "栋", "幢", "台", "辆", "套", "艘", "架", "间", "口", "盏");

    /** Units that after a placeholder name a place, not an amount: xx镇, XX村. */
    private static final Set<String> PLACE_UNITS = Set.of("镇", "乡", "村");

    /** Magnitudes in the order they are tried (longest first). */
    static final String[] MAGNITUDES = {"万亿", "千万", "百万", "十万", "万", "亿", "千", "百"};

    private Units() {
    }

    static double magnitude(String m) {
        return switch (m) {
            case "万亿" -> 1e12;
            case "千万" -> 1e7;
            case "百万" -> 1e6;
            case "十万" -> 1e5;
            case "万" -> 1e4;
            case "亿" -> 1e8;
            case "千" -> 1e3;
            case "百" -> 1e2;
            default -> 1;
        };
    }

    /** The unit starting at {@code i}, or null. */
    static String unitAt(CharSequence s, int i) {
        if (i >= s.length() || !UNIT_FIRST.get(s.charAt(i))) {
            return null;
        }
        for (String u : BY_FIRST[s.charAt(i)]) {
            if (regionMatches(s, i, u) && !continuesAsWord(s, i + u.length(), u)) {
                return u;
            }
        }
        return null;
    }

    /** Rejects units that are really the first character of a longer word: 方面, 米粉, 个月, 次日, 度假. */
    private static boolean continuesAsWord(CharSequence s, int next, String unit) {
        if (next >= s.length()) {
            return false;
        }
        char c = s.charAt(next);
        return switch (unit) {
            case "方" -> "面案式向法针位略便志正".indexOf(c) >= 0;
            case "个" -> c == '月' || c == '工' && next + 1 < s.length() && s.charAt(next + 1) == '作'
                    || c == '小' && next + 1 < s.length() && s.charAt(next + 1) == '时';
            case "次" -> c == '日' || c == '年' || c == '月' || c == '性';
            case "度" -> c == '假' || c == '过';
            case "基" -> "地础站金层准本数于因".indexOf(c) >= 0;
            case "期" -> c == '间' || c == '限' || c == '末' || c == '初' || c == '满';
            case "起" -> c == '来' || c == '步' || c == '草';
            case "米", "种" -> c == '粉' || c == '植' || c == '养';
            case "人" -> c == '民';
            case "部" -> c == '门' || c == '署' || c == '分';
            case "本" -> c == '地' || c == '级';
            case "头" -> c == '雁';
            case "群" -> c == '众' || c == '体' || c == '岛' || c == '落';
            case "箱" -> c == '包';
            case "尾" -> "款矿号声部气数巴随".indexOf(c) >= 0;
            case "轮" -> "换流胎岗训值".indexOf(c) >= 0;
            case "分" -> "钟之别类公局厂院行社会队期批段级散配解拣流布成红享担摊管头项"
                    .indexOf(c) >= 0 || Character.isDigit(c);
            case "kW", "MW", "GW", "km", "kg" -> Character.isLetter(c);
            default -> false;
        };
    }

    static boolean chineseCountable(String unit, long value) {
        return value == 1 ? ONE_COUNTABLE.contains(unit) : CHINESE_COUNTABLE.contains(unit);
    }

    static boolean placeUnit(String unit) {
        return PLACE_UNITS.contains(unit);
    }

    static boolean isPercent(String unit) {
        return unit.equals("%") || unit.equals("％") || unit.equals("‰");
    }

    static boolean regionMatches(CharSequence s, int i, String word) {
        if (i < 0 || i + word.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (s.charAt(i + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static String[] sortedLongestFirst(String... units) {
        String[] copy = units.clone();
        Arrays.sort(copy, Comparator.comparingInt(String::length).reversed());
        return copy;
    }
}
