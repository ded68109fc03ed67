package cn.duban.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of units a task mentions (xx镇, 县发改局, 农商银行), offered as candidates for its lead
 * and co-operating units. The ledger matches them against the organisation tree; here they
 * only need to look like names.
 */
final class OrganisationNames {

    private static final Pattern PLACE = Pattern.compile(
            "(?<=^|[,，、。；;:：(（“\"和与及由对在向把从]|\\s)([\\p{IsHan}xX]{2,3}?)(镇|乡|街道|村|社区)(?![\\p{IsHan}&&[^,，、。；;和与及]])");
    private static final Pattern BODY = Pattern.compile(
            "([\\p{IsHan}]{1,8}?)(局|委员会|委|办公室|办|中心|公司|银行|指挥部|供销社|合作社|管委会|集团|医院|学校|派出所|供电所)");
    private static final Set<String> NOT_NAMES = Set.of(
            "全镇", "我镇", "本镇", "各镇", "乡镇", "城镇", "集镇", "全村", "各村", "本村", "农村", "乡村", "行政村", "自然村",
            "示范村", "重点村", "贫困村", "新农村", "中心村", "全乡", "各乡", "城乡", "各社区", "全社区", "美丽乡村", "和美乡村",
            "示范镇", "中心镇", "重点镇", "特色镇", "文明村", "移民村", "脱贫村", "边缘村");
    private static final String LEAD_NOISE = "积极衔接对接联系配合协调依托推动引进加强组织邀请与和及由对在向把从以为将等了的是全各我本";

    private OrganisationNames() {
    }

    static List<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACE.matcher(text);
        while (m.find()) {
            add(names, m.group(1) + m.group(2));
        }
        m = BODY.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            int cut = 0;
            while (cut < name.length() - 1 && LEAD_NOISE.indexOf(name.charAt(cut)) >= 0) {
                cut++;
            }
            name = name.substring(cut);
            if (name.length() >= 2 || name.startsWith("县") || name.startsWith("区")) {
                add(names, name + m.group(2));
            }
        }
        return new ArrayList<>(names);
    }

    private static void add(Set<String> names, String name) {
        if (!NOT_NAMES.contains(name) && name.length() <= 12) {
            names.add(name);
        }
    }
}
