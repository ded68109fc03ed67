package cn.duban.extract;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stretch of text a number is read in: what it does (reviews, plans), the year it speaks of,
 * and what said so. A section's heading gives the first guess; a paragraph's own opening words
 * outweigh it, because pasted excerpts and speeches carry their frame in those words — a
 * department's "县教育局2023年度共发放…" under another text's "三、2024年工作计划", a "下一步," in
 * the middle of a review. A paragraph that opens with a unit's label ("县住建局：") is a new
 * excerpt: the heading above belongs to another text, and the excerpt's own wording decides.
 * {@code genre} is the prior for a segment whose role nothing states (MIXED where the role is known).
 */
record Segment(Role role, int year, Meaning.Genre genre, String because) {

    private static final Pattern UNIT_NAME = Pattern.compile(
            "[\\p{IsHan}（）()]{1,14}?(?:局|委员会|委|办公室|办|院|中心|公司|镇|乡|街道|社区|所|站|队|部|厅|处|科|政府)");

    /** A line that is only a unit's name ("卫健局") heads that unit's excerpt. */
    static boolean isUnitName(String line) {
        return UNIT_NAME.matcher(unbracketed(line)).matches();
    }

    /** 【县财政局】, [县财政局], 〔县财政局〕: an excerpt's header in brackets names its unit all the same. */
    private static String unbracketed(String line) {
        String l = line.strip();
        if (l.length() > 2 && "【[〔［".indexOf(l.charAt(0)) >= 0 && "】]〕］".indexOf(l.charAt(l.length() - 1)) >= 0) {
            return l.substring(1, l.length() - 1).strip();
        }
        return l;
    }

    /** A unit's label opening a paragraph: a name ending in a unit word, then a colon or the year it speaks of. */
    private static final Pattern LABEL = Pattern.compile(
            "^\\s*([\\p{IsHan}（）()]{1,14}?(?:局|委员会|委|办公室|办|院|中心|公司|镇|乡|街道|社区|所|站|队|部|厅|处|科|会|政府))"
                    + "(?:[：:]|(?=(?:20\\d\\d|[〇零○一二三四五六七八九]{4})年|今年|去年|一年来))");
    /**
     * A paragraph that opens with a county or township unit's full name as its subject
     * (县市场监管局全年新增…) is a unit's own text too; 县直各部门, 全县各单位 are no one unit.
     */
    private static final Pattern SUBJECT = Pattern.compile(
            "^\\s*((?:县|市|区|旗|州|[\\p{IsHan}]{1,4}(?:镇|乡|街道))[\\p{IsHan}]{1,10}?(?:局|委员会|委|办公室|中心|公司|所|站|队|政府))(?=[\\p{IsHan}])");
    private static final WordSet NO_ONE_UNIT = new WordSet("各", "直", "全", "所属", "相关", "有关");
    private static final Pattern LIST_MARKED = Pattern.compile("\\s*[（(][一二三四五六七八九十0-9]{1,3}[)）]");

    /** The year a paragraph opens with, in figures or in characters (二〇二四年), and what follows it. */
    private static final Pattern OPENING_YEAR = Pattern.compile(
            "^\\s*(?:[在于])?(20\\d\\d|[〇零○一二三四五六七八九]{4})年(度|以来)?");
    private static final WordSet PLAN_AFTER_YEAR = new WordSet("计划", "打算", "工作安排", "安排", "要点", "工作思路", "思路",
            "目标", "重点工作", "工作重点", "主要任务", "任务");
    /** 2023年目标任务完成情况 reviews, though it names the year's targets. */
    private static final WordSet REVIEWED = new WordSet("完成", "进展", "总结", "回顾", "成效", "开展情况", "工作情况");
    private static final Pattern YEAR_TO_DATE = Pattern.compile(
            "^\\s*(?:(?:今年|本年|全年)?(?:1|一)\\s*[-—－~～至到]\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份|底)?|截[至止][^，,。]{0,10}[，,])");
    private static final WordSet LOOKING_BACK = new WordSet("今年以来", "年初以来", "一年来", "过去一年", "以来,", "以来，", "这一年");
    /**
     * 回顾2026年，…, 回顾过去一年: a paragraph that opens by looking back reviews, though it stands under a plan's title (a
     * 工作要点 that first sums up the year before it).
     */
    private static final Pattern REVIEW_OPENING = Pattern.compile(
            "^\\s*回顾(?:过去的?|刚刚过去的)?(?:(20\\d\\d|[〇零○一二三四五六七八九]{4})年(?:度)?|一年|这一年|[一二三四五]年)");
    /**
     * 对照群众期盼，全县…仍有不少短板：, 工作中还存在一些困难和问题：: a paragraph that opens by owning its shortcomings
     * states where things fall short, whatever part it stands in (针对存在的问题：, 补齐短板： are remedies, no state).
     */
    private static final Pattern SHORTCOMINGS_OPENING = Pattern.compile(
            "^[^。；;：:]{0,30}?(?:仍|还|也|依然|仍然|尚)(?:有|存在)[^。；;：:]{0,8}?(?:短板|差距|不足|问题|困难|薄弱环节|弱项)(?:和不足|和问题|和差距)?"
                    + "(?:[，,]?主要(?:是|有|表现在|表现为))?[：:]");
    private static final WordSet REMEDY_WORDS = new WordSet("针对", "解决", "整改", "补齐", "补强", "破解", "克服");
    private static final WordSet LOOKING_AHEAD = new WordSet("下一步", "明年", "下半年", "今后");
    /**
     * A paragraph labelled with what it states, as 自查报告, 整改报告 and 对照 reports lay out each item: 目标：… then
     * 完成情况：…. The label outweighs the heading above and the paragraph's verbs (目标：全年完成…6800万元 restates the
     * quota in a review's words).
     */
    private static final Pattern AIM_LABEL = Pattern.compile(
            "^\\s*(?:任务|工作任务|年度目标|目标任务|工作目标|任务目标|目标要求|年度任务|任务要求|目标值|目标|整改目标|攻坚目标|阶段目标|总体目标|主要目标|预期目标|(?:年初)?(?:向代表)?承诺(?:事项|内容)?"
                    + "|建设内容|实施内容|建设任务|建设规模及内容)\\s*[：:]");
    /** 问题表现：, 存在问题：, 具体表现：: a line that states the problem an item is about. */
    // (查实情况：, 督查发现：: what an inspection found and verified, stated under a 督办通知's item before what is to be done)
    private static final Pattern PROBLEM_LABEL = Pattern.compile(
            "^\\s*(?:问题表现|存在问题|问题描述|具体表现|主要表现|问题情况|反馈问题|查实情况|核查情况|督查发现|检查发现|暗访发现)\\s*[：:]");
    /** 会议要求, 会议决定, 会议责成: the words by which minutes say what a meeting required (the reader dates what follows them). */
    static final String MEETING_REQUIRED = "会议(?:要求|强调|决定|明确|议定|责成)";
    /**
     * 下步措施：, 下一步打算：: a field telling what is to be done next, in a record written out as a line. (整改措施： is not one: a
     * 整改情况报告 tells under it what was done.)
     */
    private static final String NEXT_STEP_FIELDS = "(?:下一步|下步)(?:工作)?(?:打算|计划|措施|安排|举措)|下步工作|下一步工作";
    private static final Pattern NEXT_LABEL = Pattern.compile("^\\s*(?:" + NEXT_STEP_FIELDS + ")\\s*[：:]");
    /** 评分标准, 计分办法: the field of an assessment's rules for an item. */
    private static final String SCORING_FIELDS = "评分标准|计分办法|评分办法|计分标准|扣分标准";
    /**
     * 【序号3】任务：…。牵头单位：…。进展：…。存在问题：…。下步措施：…: a record of a 督查通报 written out as one line of labelled
     * fields. A field that says what its sentences are (the task, its progress, its problem, the next steps) sets their part until
     * the next such field; 牵头单位： and 完成时限： say nothing of it.
     */
    static final Pattern RUN_IN_FIELD = Pattern.compile("^(?:【[^】]{1,12}】)?\\s*(?:任务|工作任务|目标任务|年度目标|目标|进展|进展情况|完成情况|工作进展"
            + "|存在问题|问题表现|" + NEXT_STEP_FIELDS
            // 评分标准：…, 2031年实绩：…: an assessment's rules for an item, and what the item reached last year
            + "|" + SCORING_FIELDS + "|20\\d\\d年度?实绩|上年实绩|去年实绩)\\s*[：:]"
            // 交办事项：…。会议要求，12月5日前…: what a meeting requires, after what it was told, is work to be done
            + "|^" + Segment.MEETING_REQUIRED + "[，,：:]?");
    /** 会议要求，…: what minutes record a meeting required, decided or charged a unit with — work to be done. */
    private static final Pattern MEETING_REQUIRES = Pattern.compile("\\s*" + Segment.MEETING_REQUIRED + "[，,：:]?");
    /** 评分标准：: the rules an assessment scores an item by — no work and no result, its figures are other. */
    private static final Pattern SCORING_LABEL = Pattern.compile("\\s*(?:" + SCORING_FIELDS + ")\\s*[：:]");
    /** What a segment of scoring rules says it is, for the kind's judgement. */
    static final String SCORING = "计分标准，段首：";
    /** 【序号3】 before a record's first field: its number in the list it comes from. */
    private static final Pattern RECORD_NUMBER = Pattern.compile("^【[^】]{1,12}】");
    private static final Pattern DONE_LABEL = Pattern.compile(
            "^\\s*(?:(?:完成情况|进展情况|工作进展|推进情况|落实情况|整改成效|整改情况|整改进展|办理情况|工作成效|取得成效|目前进展|进展|成效)\\s*[：:]"
                    // 会议听取了…的汇报, 会议认为, 会议指出: what minutes record of where things stand, before what they decide
                    + "|会议(?:听取了?|审议了?|认为|指出|通报了?))");

    /**
     * The segment a paragraph (starting at {@code lineStart}) opens, given the section it stands in.
     *
     * @param titleGenre the document's genre, from its title
     * @param textGenre  the document's tense, from its wording
     */
    static Segment at(String text, int lineStart, Role sectionRole, int sectionYear, Meaning.Genre titleGenre,
            Supplier<Meaning.Genre> textGenre) {
        int lineEnd = text.indexOf('\n', lineStart);
        int paragraphEnd = lineEnd < 0 ? text.length() : lineEnd;
        Segment read = read(text, lineStart, paragraphEnd, sectionRole, sectionYear);
        if (read.role() != Role.UNKNOWN) {
            return read;
        }
        // Only where no heading or opening speaks is the genre weighed: a title that names it
        // outweighs wording; else the paragraph's own tense, else the document's.
        int[] words = tenseWords(text, lineStart, Math.min(paragraphEnd, lineStart + TENSE_SPAN));
        Meaning.Genre own = tenseOf(words);
        // A unit's pasted excerpt is its own text: its wording, where it is clear (two words or more of one
        // kind and twice the other's), outweighs the compiler's title.
        boolean clear = own != Meaning.Genre.MIXED && Math.max(words[0], words[1]) >= 2;
        if (titleGenre != Meaning.Genre.MIXED && !(read.because().startsWith("新摘录") && clear)) {
            return new Segment(read.role(), read.year(), titleGenre, read.because());
        }
        Meaning.Genre genre = own;
        if (genre == Meaning.Genre.MIXED && words[0] + words[1] > 0) {
            // Words of both kinds, in balance: the document's own tense breaks the tie. A paragraph
            // with none is a bare statement, and the document's other paragraphs do not speak for it.
            genre = textGenre.get();
        }
        return new Segment(read.role(), read.year(), genre, read.because());
    }

    private static final Chars UNIT_ENDS = Chars.of("局委办院心司镇乡道区所站队部厅处科府");

    private static Segment read(String text, int lineStart, int paragraphEnd, Role sectionRole, int sectionYear) {
        Meaning.Genre genre = Meaning.Genre.MIXED;
        String opening = text.substring(lineStart, Math.min(paragraphEnd, lineStart + 48));
        Matcher label = LABEL.matcher(opening);
        String unit = null;
        int restFrom = 0;
        boolean labelled = UNIT_ENDS.anyIn(opening.substring(0, Math.min(opening.length(), 17))) && label.find();
        if (labelled) {
            unit = label.group(1);
            restFrom = label.end();
        } else {
            Matcher subject = SUBJECT.matcher(opening);
            if (subject.find() && !NO_ONE_UNIT.in(subject.group(1))) {
                // The unit is the sentence's subject: a new excerpt, whose own words (not the heading above) decide.
                unit = subject.group(1);
                restFrom = subject.end();
            }
        }
        // （一）岙口镇：3月底前… under 督办要求: an item of the plan addressed to a unit, not that unit's own text.
        if (unit != null && sectionRole == Role.PLAN && LIST_MARKED.matcher(unit).lookingAt()) {
            unit = null;
            restFrom = 0;
        }
        boolean excerpt = unit != null;
        String rest = RECORD_NUMBER.matcher(opening.substring(restFrom)).replaceFirst("");
        Matcher aim = AIM_LABEL.matcher(rest);
        if (aim.find()) {
            return new Segment(Role.PLAN, sectionYear, genre, "段首：" + aim.group().strip());
        }
        // 问题表现：…/整改措施：… under a 整改方案's item: the problem stated, then the remedy to be done
        Matcher problem = PROBLEM_LABEL.matcher(rest);
        if (problem.find()) {
            return new Segment(Role.PROBLEMS, sectionYear, genre, "段首：" + problem.group().strip());
        }
        Matcher rules = SCORING_LABEL.matcher(rest);
        if (rules.lookingAt()) {
            return new Segment(Role.UNKNOWN, sectionYear, genre, SCORING + rules.group().strip());
        }
        Matcher required = MEETING_REQUIRES.matcher(rest);
        if (required.lookingAt()) {
            return new Segment(Role.PLAN, sectionYear, genre, "段首：" + required.group().strip());
        }
        Matcher next = NEXT_LABEL.matcher(rest);
        if (next.find()) {
            return new Segment(Role.PLAN, sectionYear, genre, "段首：" + next.group().strip());
        }
        Matcher done = DONE_LABEL.matcher(rest);
        if (done.find()) {
            return new Segment(Role.REVIEW, sectionYear, genre, "段首：" + done.group().strip());
        }
        Matcher back = REVIEW_OPENING.matcher(rest);
        if (back.find()) {
            int year = back.group(1) == null ? sectionYear : year(back.group(1));
            return new Segment(Role.REVIEW, year > 0 ? year : sectionYear, genre, "段首：" + back.group().strip());
        }
        if (sectionRole != Role.PROBLEMS) {
            Matcher owned = SHORTCOMINGS_OPENING.matcher(rest);
            if (owned.find() && !REMEDY_WORDS.in(owned.group())) {
                return new Segment(Role.PROBLEMS, sectionYear, genre, "段首：" + owned.group().strip());
            }
        }
        Matcher y = OPENING_YEAR.matcher(rest);
        if (y.find()) {
            int year = year(y.group(1));
            String after = rest.substring(y.end(), Math.min(rest.length(), y.end() + 8));
            String frame = y.group();
            String near = after.substring(0, Math.min(after.length(), 4));
            boolean plans = (PLAN_AFTER_YEAR.in(after) || MOOD.in(near) && !NOT_MOOD.in(near)) && !REVIEWED.in(after);
            if (year > 0 && !"以来".equals(y.group(2)) && plans) {
                int word = PLAN_AFTER_YEAR.indexIn(after);
                return new Segment(Role.PLAN, year, genre, "段首：" + frame.strip() + (word >= 0 ? PLAN_AFTER_YEAR.at(after, word) : ""));
            }
            if (year > 0 && year < sectionYear && !after.startsWith("底") && !after.startsWith("前")) {
                return new Segment(Role.REVIEW, year, genre, "段首：" + frame.strip());
            }
            if (year > sectionYear) {
                return new Segment(Role.PLAN, year, genre, "段首：" + frame.strip());
            }
            if (excerpt && year > 0) {
                // A unit's own year, the one the document speaks of: its wording decides, not another text's heading.
                return new Segment("以来".equals(y.group(2)) ? Role.REVIEW : Role.UNKNOWN, year, genre, "段首：" + frame.strip());
            }
        }
        String head = rest.substring(0, Math.min(rest.length(), 12));
        Matcher toDate = head.indexOf('月') >= 0 || head.indexOf('截') >= 0 ? YEAR_TO_DATE.matcher(rest) : null;
        if (toDate != null && toDate.find()) {
            // 今年1-10月, 截至10月底: a paragraph that opens with the period counted so far reports.
            return new Segment(Role.REVIEW, sectionYear, genre, "段首：" + toDate.group().strip().replaceAll("[，,]$", ""));
        }
        if ((sectionRole == Role.PLAN || sectionRole == Role.UNKNOWN || excerpt) && LOOKING_BACK.in(head)) {
            return new Segment(Role.REVIEW, sectionYear, genre, "段首：" + LOOKING_BACK.at(head, LOOKING_BACK.indexIn(head)));
        }
        String start = head.substring(0, Math.min(head.length(), 5));
        if ((sectionRole == Role.REVIEW || sectionRole == Role.UNKNOWN || excerpt) && LOOKING_AHEAD.in(start)) {
            String ahead = LOOKING_AHEAD.at(start, LOOKING_AHEAD.indexIn(start));
            // 明年…: the paragraph speaks of the next year, and its 10月底前 is that year's.
            return new Segment(Role.PLAN, ahead.equals("明年") ? sectionYear + 1 : sectionYear, genre, "段首：" + ahead);
        }
        // 县发展和改革局牵头，一季度集中开工…, 县财政局今年继续压减… under 2031年重点工作: under a plan's heading a sentence whose
        // subject is a unit, and that opens no look back, is the plan's charge to that unit, not the unit's own pasted text (a
        // unit's label — 县住建局： — still opens its excerpt; 县财政局今年… is its subject and its year).
        boolean colonLabel = labelled && (label.group().endsWith("：") || label.group().endsWith(":"));
        if (excerpt && (colonLabel || sectionRole != Role.PLAN)) {
            return new Segment(Role.UNKNOWN, sectionYear, genre, "新摘录：" + unit);
        }
        return new Segment(sectionRole, sectionYear, genre, "");
    }

    /** How much of a paragraph its tense is read from: enough to weigh, and linear on a megabyte-long line. */
    static final int TENSE_SPAN = 4000;
    private static final WordSet MOOD = new WordSet("力争", "确保", "计划", "拟", "预计", "预期", "将", "要", "争取在", "争取于",
            "争取实现", "争取完成", "争取新增", "下一步");
    /** 要 and 将 inside words that are no mood: 主要, 需要, 要求; 将近. */
    private static final WordSet NOT_MOOD = new WordSet("主要", "重要", "需要", "只要", "必要", "首要", "紧要", "纲要", "摘要",
            "要求", "要素", "要点", "要害", "要件", "要闻", "要务", "要领", "将近", "将军", "将士", "实施计划", "计划生育");
    private static final WordSet DONE = new WordSet("已", "共计", "累计", "同比", "较上年", "比上年", "截至", "截止", "完成率",
            "取得", "先后", "成功", "未发生", "分别增长", "分别下降", "合格率");

    /** A tense word found in a text: a mood word, a completion word, or one that only looks like a mood (主要, 要求, 将近). */
    private enum Tense {
        NOT_MOOD, MOOD, DONE
    }

    private record Word(Tense tense, int length) {
    }

    /** The tense word starting at {@code i}, or null; most characters start none and are passed at once. */
    private static Word wordAt(String text, int i) {
        char c = text.charAt(i);
        if (!NOT_MOOD.mayStartWith(c) && !MOOD.mayStartWith(c) && !DONE.mayStartWith(c)) {
            return null;
        }
        String w = NOT_MOOD.at(text, i);
        if (w != null) {
            return new Word(Tense.NOT_MOOD, w.length());
        }
        w = MOOD.at(text, i);
        if (w != null) {
            return new Word(Tense.MOOD, w.length());
        }
        w = DONE.at(text, i);
        return w == null ? null : new Word(Tense.DONE, w.length());
    }

    /** The first modal word (将, 要, 力争…) in the text, or null; 主要, 要求 and 将近 are none. */
    static String modal(String text) {
        for (int i = 0; i < text.length(); i++) {
            Word w = wordAt(text, i);
            if (w != null && w.tense() == Tense.MOOD && !disposal(text, i, w.length())) {
                return text.substring(i, i + w.length());
            }
            if (w != null) {
                i += w.length() - 1;
            }
        }
        return null;
    }

    /** 将…列入"红榜", 将…纳入, 将…予以通报: 将 puts its object somewhere (the 把 of writing), it tells no future. */
    private static final Pattern DISPOSAL = Pattern.compile("^[^，,；;。]{0,30}?(?:列入|纳入|列为|评为|确定为|认定为|予以|移交|通报)");

    private static boolean disposal(String text, int at, int length) {
        return text.startsWith("将", at) && length == 1 && DISPOSAL.matcher(text.substring(at + 1)).find();
    }

    /**
     * Whether a stretch of text mostly plans or mostly reports, by its mood words (力争, 确保, 要, 将…)
     * against its completion words (已, 了, 累计, 同比…): words of one kind only, or at least two and
     * twice as many as of the other, decide; otherwise the stretch is mixed. The prior for a passage
     * no heading speaks for.
     */
    static Meaning.Genre tense(String text, int from, int to) {
        return tenseOf(tenseWords(text, from, to));
    }

    private static Meaning.Genre tenseOf(int[] words) {
        int mood = words[0];
        int done = words[1];
        if (mood >= 1 && done == 0 || mood >= 2 && mood >= 2 * done) {
            return Meaning.Genre.PLAN;
        }
        if (done >= 1 && mood == 0 || done >= 2 && done >= 2 * mood) {
            return Meaning.Genre.SUMMARY;
        }
        return Meaning.Genre.MIXED;
    }

    /** How many mood words and how many completion words a stretch of text holds. */
    private static int[] tenseWords(String text, int from, int to) {
        int mood = 0;
        int done = 0;
        for (int i = from; i < to; i++) {
            Word w = wordAt(text, i);
            if (w != null) {
                mood += w.tense() == Tense.MOOD ? 1 : 0;
                done += w.tense() == Tense.DONE ? 1 : 0;
                i += w.length() - 1;
            } else if (text.charAt(i) == '共' && Meaning.totalAt(text, i)) {
                done++; // 全年共接待…: a total counted
            } else if (text.charAt(i) == '了' && i > from && TextNormaliser.isHan(text.charAt(i - 1))
                    && "为除罢".indexOf(text.charAt(i - 1)) < 0 && !(i + 1 < to && "解然结".indexOf(text.charAt(i + 1)) >= 0)) {
                done++; // 了 after a verb; not 为了, 除了, 了解
            }
        }
        return new int[]{mood, done};
    }

    /** 2024, or 二〇二四 read digit by digit; 0 when it is no year. */
    static int year(String written) {
        if (Character.isDigit(written.charAt(0))) {
            return Integer.parseInt(written);
        }
        int y = 0;
        for (int i = 0; i < written.length(); i++) {
            int d = "〇一二三四五六七八九".indexOf(written.charAt(i));
            if (d < 0) {
                d = "零一二三四五六七八九".indexOf(written.charAt(i));
            }
            if (d < 0 && written.charAt(i) == '○') {
                d = 0;
            }
            if (d < 0) {
                return 0;
            }
            y = y * 10 + d;
        }
        return y >= 1950 && y <= 2100 ? y : 0;
    }
}
