package cn.duban.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The units an item of work names as doing it, lead first (TASKS.md {@code units}). Office writing says who does a
 * work in three ways, read in this order:
 * <ol>
 * <li>a label: 牵头单位：X；配合单位：Y, （责任单位：X、Y）, 责任单位：X牵头，Y配合;
 * <li>a phrase: 由X牵头，Y配合, X牵头，督促…, 会同Y;
 * <li>the subject of a clause: 各乡镇、各部门要…, 请石门乡…, 川区四村坚持…, 县住建局立即督促….
 * </ol>
 * A body named anywhere else is what the work is done to or with (衔接农商银行, 报县委备案, 与某集团合作), not a doer,
 * so it is not proposed.
 */
final class TaskUnits {

    /** 单位, 部门, 科室, 股室, 处室, 站所 (a township's): the names an issuer gives its parts, which a label of who does the work ends in. */
    private static final String PART_OF_ISSUER = "(?:单位|部门|科室|股室|处室|站所|机构)";
    /** 牵头单位：, 责任股室：, 主办处室：, 【责任单位】 — who leads. */
    private static final Pattern LEAD_LABEL = Pattern.compile(
            "(?:(?:牵头|主责|主体责任|责任|实施|承办|负责|主办)" + PART_OF_ISSUER + "|责任主体|实施主体|(?<![\\p{IsHan}])牵头)\\s*[：:]"
            // 【责任单位】镇经发办、镇规划建设办 【时限】12月底前: a label in lenticular brackets
                    + "|【(?:牵头|主责|责任|实施|承办|负责|主办)" + PART_OF_ISSUER + "】");
    private static final String CO_WORD = "(?:配合|协办|参与|协同|协助)" + PART_OF_ISSUER;
    private static final Pattern CO_LABEL = Pattern.compile(CO_WORD + "\\s*[：:]|【" + CO_WORD + "】");
    /** Another label after a unit label ends its value: 牵头单位：X，责任领导：张三. */
    private static final Pattern ANY_LABEL = Pattern.compile("[\\p{IsHan}]{2,6}[：:]");
    /** A bracketed note that closes an item: （平安办牵头，应急管理站配合）；. */
    private static final Pattern TRAILING_NOTE = Pattern.compile("[（(]([^（）()]{2,60})[）)]\\s*[；;。]?\\s*$");
    /** 由X牵头, 由X负责: X is the lead. */
    /** 由X牵头, 由X负责, 由X会同Y协调…, 由X建立…: X is the lead. */
    private static final Pattern LED_BY = Pattern.compile("由(?!于)([^，,。；;：:\\n]{2,60}?)(?:会同[^，,。；;：:\\n]{2,30}?)?"
            // (组织 as a verb, not inside 县委组织部 or 社会组织服务中心)
            + "(?:牵头|负责|组织实施|具体实施|统筹|主抓|协调|建立|制定|开展|督促|组织(?!部|服务|办|委))");
    /** 县政府督查室将会同…, 要会同: the words between a subject and its 会同. */
    private static final Pattern WILL = Pattern.compile("(?:将|要|应|须|需|应当|负责|牵头)?");
    private static final Pattern CO_VERB = Pattern.compile("(?:配合|协助|协办|协同|参与|共同推进|共同做好|按职责分工负责|按职责负责|分工负责)$");
    private static final Pattern LEAD_VERB = Pattern.compile("(?:牵头|负责|主抓)(?:[^，,。；;]*)$");
    /** Words before a clause's subject that are not part of it: a list marker, a demand's label, 请/限/责成. */
    private static final Pattern CLAUSE_OPENING = Pattern.compile("^(?:[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、．.]"
            + "|\\d{1,3}[、．.]|[一二三四五六七八九十]{1,3}[是要]|第[一二三四五六七八九十]{1,3}[，,、]?)?\\s*"
            + "(?:(?:整改要求|整改措施|工作要求|具体要求|责任分工)[：:]?)?(?:请|限|责成|由|要求|建议)?"
            + "(?:项目)?(?:业主单位|建设单位|实施单位)?");
    /** A group of units written as one (各乡镇、各有关部门、相关村、各村（社区）). */
    private static final Pattern GROUP = Pattern.compile("^(?:县直|市直)?(?:各有关|各相关|各|相关|有关)(?:乡镇（街道）|乡（镇）|镇（街道）|村（社区）|乡镇|街道|社区|部门|"
            + "责任单位|成员单位|单位|企业|学校|医院|镇|乡|村)(?:人民政府|党委)?");
    /** What a unit's name ends with. Longest first, so 卫生院 is tried before 院. */
    private static final String[] SUFFIXES = {"人民政府", "领导小组办公室", "领导小组", "指挥部办公室", "指挥部", "委员会", "管委会", "办公室", "督查室", "卫生院",
            "检察院", "法院", "派出所", "供电所", "中心", "公司", "集团", "银行", "医院", "学校", "合作社", "供销社", "大队", "支队", "中队", "分局",
            "政府", "党委", "街道", "社区", "局", "委", "办", "室", "站", "所", "股", "科", "队", "部", "院", "镇", "乡", "村"};
    /** Units named by their place on a 红黑榜 (黑榜单位主要负责同志须…): the units the list names, a group as 各乡镇 is. */
    private static final Pattern RANKED = Pattern.compile("^(?:红榜|黑榜)(?:单位|乡镇|部门)");
    /** The characters a group (各乡镇, 相关村, 县直各部门) or a unit word can start with, to pass the rest at once. */
    private static final String GROUP_STARTS = "县市各相有";
    private static final String SUFFIX_STARTS = suffixStarts();

    private static String suffixStarts() {
        StringBuilder b = new StringBuilder();
        for (String suffix : SUFFIXES) {
            if (b.indexOf(suffix.substring(0, 1)) < 0) {
                b.append(suffix.charAt(0));
            }
        }
        return b.toString();
    }

    /** 镇, 乡, 村 ending a common word (集镇, 城乡, 农村), not a name. */
    private static final Set<String> NOT_PLACE_ENDS = Set.of("集镇", "城镇", "乡镇", "城乡", "农村", "乡村", "全村", "全镇", "全乡", "本村",
            "本镇", "我镇", "我乡", "各村", "各镇", "各乡", "行政村", "自然村", "示范村", "重点村", "中心村", "新农村", "美丽乡村",
            // a kind of village, not one: 软弱涣散村, 空壳村, 红榜村
            "涣散村", "后进村", "薄弱村", "空壳村", "达标村", "红榜村", "黑榜村", "脱贫村", "移民村", "边缘村");
    /** Characters after 镇/乡/村 that make it part of a longer word (镇村干部, 村级, 乡村振兴, 村“两委”); 集体 too. */
    private static final String COMPOUND_NEXT = "干民级庄组容貌落务医村镇区域情规约风貌振两“\"";
    /** Words that never stand inside a unit's name: a verb or particle means the name has ended. */
    private static final Pattern NOT_IN_NAME = Pattern.compile("[要将对在把向的了是为着从按以于等至]|督促|负责|牵头|配合|组织|开展|加强|推进|做好|抓好|确保|立即|完成|实现|"
            + "建立|落实|全面|进一步|持续|积极|坚持|结合|联合|会同|协调|加快|争取|存在|发现|未|不"
            // 由县级领导挂牌督办: 办 ending a verb of supervision is no office
            + "|挂牌|督办|交办|承办|转办|查办|催办|协办|主抓");
    private static final int MAX_NAME = 20;
    /**
     * A unit's name starts with its level (县住建局, 镇党建办, 局人事股) or with its place (白沙乡, 石门乡卫生院); a noun that
     * merely ends like one (党群服务中心, 农商银行) is a thing or a partner, not a doer the item names.
     */
    private static final String GOVERNMENT_START = "县市区镇乡局省州";
    private static final String[] PLACES = {"镇", "乡", "村", "街道", "社区"};
    /** Verbs whose object is a place word (包村, 进村, 驻村): no place is named. */
    private static final String PLACE_VERBS = "包进到入驻下回返";

    private TaskUnits() {
    }

    static List<String> of(String body) {
        Set<String> lead = new LinkedHashSet<>();
        Set<String> co = new LinkedHashSet<>();
        labels(body, lead, co);
        // …限期整改（平安办牵头，应急管理站配合）；, …能力（网格管理中心）；: a note closing the item names who does it.
        Matcher note = TRAILING_NOTE.matcher(body);
        if (lead.isEmpty() && co.isEmpty() && note.find()) {
            String content = note.group(1);
            phrases(content, lead, co);
            if (lead.isEmpty() && co.isEmpty()) {
                // Inside the note the names are units whatever their prefix (平安办, 应急管理站), as under a label.
                for (String part : content.split("[，,；;]")) {
                    String p = part.strip();
                    boolean isCo = coOnly(p);
                    String bare = p.replaceFirst("(?:牵头|负责|主抓|配合|协助|协办|协同|参与|按职责分工负责|按职责负责|分工负责)$", "");
                    List<String> names = labelled(bare);
                    if (names.isEmpty() || names.size() != joinedNames(bare).size()) {
                        lead.clear();
                        co.clear();
                        break; // an aside in brackets (含…套种面积), not a note of doers
                    }
                    (isCo ? co : lead).addAll(names);
                }
            }
        }
        if (lead.isEmpty() && co.isEmpty()) {
            phrases(body, lead, co);
            // 县委督查室、县政府督查室要…，12月底前会同县委考核办完成…: with only a partner named by 会同, the clause's
            // subject leads, the partner after it
            if (onlyPartners(body, lead)) {
                Set<String> subject = new LinkedHashSet<>();
                for (String clause : body.split("[，,。；;：:！？!?\n]")) {
                    subject.addAll(subjects(strip(clause)).names);
                    if (!subject.isEmpty()) {
                        break;
                    }
                }
                subject.removeAll(lead);
                if (!subject.isEmpty()) {
                    co.addAll(lead);
                    lead.clear();
                    lead.addAll(subject);
                }
            }
        }
        if (lead.isEmpty() && co.isEmpty()) {
            for (String clause : body.split("[，,。；;：:！？!?\\n]")) {
                lead.addAll(subjects(strip(clause)).names);
            }
        }
        List<String> out = new ArrayList<>(lead);
        co.stream().filter(u -> !lead.contains(u)).forEach(out::add);
        return out;
    }

    /** Whether the units a phrase named are only those after 会同 — partners, with no 牵头 or 由 naming a lead. */
    private static boolean onlyPartners(String body, Set<String> lead) {
        if (lead.isEmpty() || body.contains("牵头") || LED_BY.matcher(body).find() || !body.contains("会同")) {
            return false;
        }
        String after = body.substring(body.indexOf("会同") + 2);
        return lead.stream().allMatch(after::contains) && lead.stream().noneMatch(u -> body.indexOf(u) < body.indexOf("会同"));
    }

    /** 牵头单位：X；配合单位：Y — and within a label, 县交通运输局牵头，县交警大队配合. */
    private static void labels(String body, Set<String> lead, Set<String> co) {
        for (Pattern label : List.of(LEAD_LABEL, CO_LABEL)) {
            Matcher m = label.matcher(body);
            while (m.find()) {
                String value = labelValue(body, m.end());
                for (String part : value.split("[，,]")) {
                    List<String> names = subjects(strip(part)).names;
                    if (names.isEmpty()) {
                        names = labelled(part); // 责任科室：经济发展办、统计站 — the label says they are units, whatever their prefix
                    }
                    boolean isCo = label == CO_LABEL || coOnly(part.strip());
                    (isCo ? co : lead).addAll(names);
                }
            }
        }
    }

    /** The names a label lists (经济发展办、统计站): each item that ends in a unit word. */
    private static List<String> labelled(String value) {
        List<String> out = new ArrayList<>();
        for (String item : joinedNames(value)) {
            String name = CO_VERB.matcher(item.strip()).replaceFirst("").replaceFirst("牵头$", "").strip();
            if (name.length() >= 2 && name.length() <= MAX_NAME && name.codePoints().allMatch(c -> TextNormaliser.isHan((char) c))
                    && endsWithUnitWord(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /**
     * The items of a list of names (、/ and 和 between them), a 和 inside one name kept: 县住房和城乡建设局, 人力资源和社会保障局 —
     * where what stands before the 和 is no unit of its own.
     */
    private static List<String> joinedNames(String value) {
        List<String> out = new ArrayList<>();
        for (String item : value.split("[、/]")) {
            String[] parts = item.split("和");
            boolean each = true;
            for (int k = 0; k < parts.length - 1; k++) {
                String part = CO_VERB.matcher(parts[k].strip()).replaceFirst("").strip();
                each &= endsWithUnitWord(part);
            }
            if (each) {
                out.addAll(List.of(parts));
            } else {
                out.add(item);
            }
        }
        return out;
    }

    private static boolean endsWithUnitWord(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return true;
            }
        }
        return false;
    }

    /** A label's value: up to the sentence's end, the next label, or the bracket that closes a （责任单位：…）. */
    private static String labelValue(String body, int from) {
        int depth = 0;
        int i = from;
        while (i < body.length()) {
            char c = body.charAt(i);
            if ("；;。\n【".indexOf(c) >= 0) {
                break; // (【时限】: the next label in lenticular brackets)
            }
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if ((c == '，' || c == ',') && ANY_LABEL.matcher(body.substring(i + 1, Math.min(body.length(), i + 9))).lookingAt()) {
                break;
            }
            i++;
        }
        return body.substring(from, i);
    }

    /** 由X牵头，Y配合 and X牵头，… in one sentence. */
    private static void phrases(String body, Set<String> lead, Set<String> co) {
        for (String sentence : body.split("[。；;！？!?\\n]")) {
            Matcher m = LED_BY.matcher(sentence);
            boolean byWhom = m.find();
            // 由水政监察大队牵头, 由县委组织部牵头: what 由…牵头 names is a unit, whatever its prefix, and whole (not 县委 of 县委组织部)
            List<String> ledBy = byWhom ? labelled(m.group(1)) : List.of();
            if (byWhom && ledBy.isEmpty()) {
                ledBy = subjects(m.group(1)).names;
            }
            boolean led = !ledBy.isEmpty(); // 由于…负责 names no one: a later X牵头 in the sentence still leads
            lead.addAll(ledBy);
            for (String clause : sentence.split("[，,]")) {
                String c = strip(clause);
                Subjects named = subjects(c);
                // (县发展和改革局、县财政局主抓，县统计局协办: 主抓 names the leads as 牵头 does)
                if (!led && !named.names.isEmpty() && (c.startsWith("牵头", named.end) || c.startsWith("主抓", named.end))) {
                    lead.addAll(named.names);
                } else if (CO_VERB.matcher(c).find()) {
                    co.addAll(named.names);
                }
                int with = c.indexOf("会同");
                if (with >= 0) {
                    // 请双龙乡会同县生态环境分局…: who acts with whom — the clause's subject leads.
                    Subjects first = subjects(c);
                    if (!led && first.end <= with && WILL.matcher(c.substring(first.end, with)).matches()) {
                        lead.addAll(first.names);
                    }
                    co.addAll(subjects(c.substring(with + 2)).names);
                }
            }
        }
        if (lead.isEmpty()) {
            lead.addAll(co);
            co.clear();
        }
    }

    /**
     * Whether a part names co-operating units only: it ends with a co-verb (配合, 按职责分工负责) and names no lead once that
     * verb is set aside (按职责分工负责 ends in 负责, a lead's word).
     */
    private static boolean coOnly(String part) {
        Matcher co = CO_VERB.matcher(part);
        return co.find() && !LEAD_VERB.matcher(part.substring(0, co.start())).find();
    }

    private static String strip(String clause) {
        // （县发改局牵头，县财政局按职责分工负责）: the note's brackets are not part of the names it gives.
        // (——县交通运输局主抓，3月31日前办结: the dash that sets a task's fields after its text is no part of a name)
        String c = clause.strip().replaceFirst("^(?:——|[（(](?![一二三四五六七八九十\\d]{1,3}[）)]))", "").strip();
        if (c.endsWith("）") || c.endsWith(")")) {
            long open = c.chars().filter(ch -> ch == '（' || ch == '(').count();
            long close = c.chars().filter(ch -> ch == '）' || ch == ')').count();
            if (close > open) {
                c = c.substring(0, c.length() - 1).strip();
            }
        }
        Matcher m = CLAUSE_OPENING.matcher(c);
        return m.lookingAt() ? c.substring(m.end()).strip() : c;
    }

    /** The units a clause opens with and where they end. */
    record Subjects(List<String> names, int end) {
    }

    /** The units a clause opens with, as a list joined by 、和及与: 各乡镇、各部门要…, 县城投公司督促…. */
    static Subjects subjects(String clause) {
        List<String> names = new ArrayList<>();
        int i = 0;
        int last = 0;
        while (i < clause.length()) {
            int end = nameEnd(clause, i);
            if (end < 0) {
                break;
            }
            names.add(clause.substring(i, end));
            last = end;
            if (end < clause.length() && "、和及与".indexOf(clause.charAt(end)) >= 0 && nameEnd(clause, end + 1) > 0) {
                i = end + 1;
            } else {
                if (end < clause.length() && "的之".indexOf(clause.charAt(end)) >= 0) {
                    return new Subjects(List.of(), 0); // 各村的垃圾: what belongs to the units, not the units
                }
                break;
            }
        }
        return new Subjects(names, last);
    }

    /** Where a unit's name starting at {@code from} ends, or -1: the longest run ending in a unit word. */
    private static int nameEnd(String s, int from) {
        if (from >= s.length() || !TextNormaliser.isHan(s.charAt(from))) {
            return -1;
        }
        if (GROUP_STARTS.indexOf(s.charAt(from)) >= 0) {
            Matcher g = GROUP.matcher(s).region(from, s.length());
            if (g.lookingAt()) {
                return g.end();
            }
        }
        if (s.charAt(from) == '红' || s.charAt(from) == '黑') {
            Matcher ranked = RANKED.matcher(s).region(from, s.length());
            if (ranked.lookingAt()) {
                return ranked.end();
            }
        }
        int best = -1;
        int limit = Math.min(s.length(), from + MAX_NAME);
        for (int i = from; i < limit; i++) {
            char c = s.charAt(i);
            if (!TextNormaliser.isHan(c) && c != '（' && c != '）') {
                break;
            }
            if (SUFFIX_STARTS.indexOf(c) < 0) {
                continue; // most characters start no unit word: passed at once
            }
            for (String suffix : SUFFIXES) {
                if (!s.startsWith(suffix, i) || i + suffix.length() - from < 2) {
                    continue;
                }
                int end = i + suffix.length();
                if (!place(s, from, i, suffix)) {
                    continue;
                }
                String name = s.substring(from, end);
                if (NOT_IN_NAME.matcher(name).find()) {
                    return best;
                }
                if (GOVERNMENT_START.indexOf(name.charAt(0)) >= 0 || startsWithPlace(s, from, end)) {
                    best = Math.max(best, end);
                }
                break;
            }
        }
        return best;
    }

    /** A name that opens with a place's name of one to four characters: 白沙乡, 石门乡卫生院, 川区四村. */
    private static boolean startsWithPlace(String s, int from, int end) {
        if (VERB_OPENING.matcher(s).region(from, end).lookingAt()) {
            return false; // 依托柘塘村、荇溪村…, 力争槲林村创建…: the clause opens with what is done, the places are its objects
        }
        for (int at = from + 1; at <= Math.min(end - 1, from + 4); at++) {
            if (PLACE_VERBS.indexOf(s.charAt(at - 1)) >= 0) {
                continue;
            }
            for (String place : PLACES) {
                if (s.startsWith(place, at) && place(s, from, at, place)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words that open a clause by what is done or when (依托, 力争, 实施, 全年), never a place's name. */
    private static final Pattern VERB_OPENING = Pattern.compile(
            "(?:依托|力争|争取|实施|实行|推进|推动|完成|确保|支持|指导|引导|组织|开展|加快|持续|启动|打造|围绕|结合|利用|借助|聚焦|全年|年内|年底前|今年)");

    /** 镇, 乡, 村 end a name only when they end no common word and start no longer one. */
    private static boolean place(String s, int from, int at, String suffix) {
        if (!"镇乡村".contains(suffix)) {
            return true;
        }
        int end = at + suffix.length();
        if (end < s.length() && (COMPOUND_NEXT.indexOf(s.charAt(end)) >= 0 || s.startsWith("集体", end))) {
            return false;
        }
        for (int back = 1; back <= 3 && at - back >= from; back++) {
            if (NOT_PLACE_ENDS.contains(s.substring(at - back, end))) {
                return false;
            }
        }
        return true;
    }
}
