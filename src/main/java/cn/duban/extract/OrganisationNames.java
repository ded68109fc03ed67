package cn.duban.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Names of units a task mentions (xx镇, 县发改局, 农商银行), offered as candidates for its lead
 * and co-operating units. The ledger matches them against the organisation tree; here they
 * only need to look like names: a unit word with the name standing before it.
 */
final class OrganisationNames {

    /** Places: a short name right before 镇/乡/村…, after a boundary (罗针镇, xx镇, 何粟村). */
    private static final WordSet PLACE = new WordSet("镇", "乡", "街道", "村", "社区");
    /** Bodies: a longer name before 局/委/公司… (县发改局, 农商银行, 城乡融合发展攻坚战指挥部). */
    private static final WordSet BODY = new WordSet("局", "委员会", "委", "办公室", "政府办", "党政办", "督查办", "综治办", "中心", "公司", "银行", "指挥部",
            "供销社", "合作社", "管委会", "集团", "医院", "学校", "派出所", "供电所");
    /** Characters that continue 村/镇/乡 into a common word rather than end a place name. */
    private static final String COMPOUND_NEXT = "干集民级庄组容貌落务医村镇区域情规约风貌振";
    private static final String PREPOSITIONS = "由在和与及对向从把";
    private static final String PLACE_BOUNDARY = ",，、。；;:：(（“\"和与及由对在向把从 \n";
    private static final Set<String> NOT_NAMES = Set.of(
            "全镇", "我镇", "本镇", "各镇", "乡镇", "城镇", "集镇", "全村", "各村", "本村", "农村", "乡村", "行政村", "自然村",
            "示范村", "重点村", "贫困村", "新农村", "中心村", "全乡", "各乡", "城乡", "各社区", "全社区", "美丽乡村", "和美乡村",
            "示范镇", "中心镇", "重点镇", "特色镇", "文明村", "移民村", "脱贫村", "边缘村", "镇村", "乡村振兴");
    /** Verbs whose object is a place word: 包村 (a cadre's village), 进村, 到村, 驻村. */
    private static final String PLACE_VERBS = "包进到入驻下回返全各每本该";
    private static final Set<String> COMMON_IN_BODY = Set.of("布局", "格局", "结局", "大局", "全局", "当局", "开局", "残局", "僵局",
            "变局", "时局", "终局", "出局", "新局");
    private static final List<String> ACTIONS = List.of("盘活", "闲置", "新建", "改造", "整合", "提升", "建设", "推进", "加快", "打造",
            "建成", "完成", "实现", "新增", "成立", "组建");
    private static final Set<String> CHANNELS = Set.of("手机", "网上", "电话", "微信", "掌上", "线上", "网络", "自助");
    private static final String LEAD_NOISE = "积极衔接对接联系配合协调依托推动引进加强组织邀请与和及由对在向把从以为将等了的是全各我本";

    private OrganisationNames() {
    }

    static List<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 1; i < text.length(); i++) {
            if (!PLACE.mayStartWith(text.charAt(i)) && !BODY.mayStartWith(text.charAt(i))) {
                continue;
            }
            String place = PLACE.at(text, i);
            if (place != null) {
                place(text, i, place, names);
            }
            String body = BODY.at(text, i);
            if (body != null) {
                body(text, i, body, names);
            }
        }
        return new ArrayList<>(names);
    }

    private static void place(String text, int at, String word, Set<String> names) {
        int end = at + word.length();
        if (end < text.length() && COMPOUND_NEXT.indexOf(text.charAt(end)) >= 0) {
            return; // 镇村干部, 村集体, 村级: the word goes on, so it is no place name
        }
        if (at > 0 && NOT_NAMES.contains(text.substring(at - 1, end))) {
            return; // 加快城乡, 发展农村: the place word ends a common word (城乡, 农村), not a name
        }
        if (at > 0 && (PLACE_VERBS.indexOf(text.charAt(at - 1)) >= 0 || ChineseNumerals.isNumeralChar(text.charAt(at - 1))
                || text.charAt(at - 1) == '个')) {
            return; // 包村, 进村, 产权到村 (a verb's object) and 四村, 三个村 (a count of villages) name no place
        }
        // Longest name first; a name does not start with a preposition (由甲镇 is 甲镇, led "由").
        for (int length = 3; length >= 1; length--) {
            int start = at - length;
            if (start < 0 || !nameChars(text, start, at) || PREPOSITIONS.indexOf(text.charAt(start)) >= 0) {
                continue;
            }
            if (start == 0 || PLACE_BOUNDARY.indexOf(text.charAt(start - 1)) >= 0) {
                add(names, text.substring(start, end));
                return;
            }
        }
    }

    private static void body(String text, int at, String word, Set<String> names) {
        int start = at;
        while (start > 0 && at - start < 8 && TextNormaliser.isHan(text.charAt(start - 1))) {
            start--;
        }
        while (start < at - 1 && LEAD_NOISE.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        // 3家强村公司: a measure word after a number counts the bodies, it does not start a name.
        while (start < at - 1 && start > 0 && "家个所座户支".indexOf(text.charAt(start)) >= 0
                && (Character.isDigit(text.charAt(start - 1)) || ChineseNumerals.isNumeralChar(text.charAt(start - 1))
                        || "xX".indexOf(text.charAt(start - 1)) >= 0)) {
            start++;
        }
        if (at > 0 && COMMON_IN_BODY.contains(text.substring(at - 1, at + 1))) {
            return; // 布局, 格局, 大局: 局 ending a common word
        }
        while (start < at - 1 && text.startsWith("通过", start)) {
            start += 2;
        }
        String name = text.substring(start, at);
        if (CHANNELS.contains(name)) {
            return; // 手机银行, 网上银行: a bank's channel, not a body
        }
        for (String verb : ACTIONS) {
            if (name.contains(verb)) {
                return; // 盘活闲置学校, 年底前建成村级综治中心: work on a building or a body, not a body's name
            }
        }
        if (name.length() >= 2 || name.startsWith("县") || name.startsWith("区")) {
            add(names, name + word);
        }
    }

    private static boolean nameChars(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!TextNormaliser.isHan(c) && c != 'x' && c != 'X') {
                return false;
            }
        }
        return true;
    }

    private static void add(Set<String> names, String name) {
        // XX村, xx镇: a placeholder for a name is no name.
        if (name.replaceAll("[xX×]", "").length() <= 1 && !name.matches(".*[^xX×].{1,}")) {
            return;
        }
        if (!NOT_NAMES.contains(name) && name.length() <= 12) {
            names.add(name);
        }
    }
}
