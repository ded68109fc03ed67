package cn.duban.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader: from a document's text to its outline, indicator quantities and proposed tasks.
 * Stateless and thread-safe; the ledger import and the {@code extract} command both call it.
 */
public final class Reader {

    /** A five-year plan's closing year names the year a document speaks of: "十四五"圆满收官 → 2025. */
    private static final Pattern FIVE_YEAR_CLOSE = Pattern.compile("十([一二三四五六七八九])五.{0,12}收官");

    /** How far around a number its cues are read, in characters. */
    private static final int WINDOW = 120;
    private static final int LONG_SENTENCE = 2000;
    /** More than this is no work document; the reader stops rather than fill memory. */
    static final int MAX_QUANTITIES = 20_000;
    /** How many clauses away a time word still binds a number. */
    private static final int REACH = 12;

    private Reader() {
    }

    /**
     * The quantity written as {@code surface} in {@code sentence}, read as the reader reads numbers
     * (value, unit, magnitude; kind, indicator and deadline left for the caller), or empty when the
     * surface is not a quantity there. Used for quantities a reviewer adds.
     */
    public static java.util.Optional<Quantity> quantityIn(String doc, String sentence, String surface) {
        for (QuantityFinder.Found f : QuantityFinder.find(sentence)) {
            if (sentence.substring(f.start(), f.end()).equals(surface)) {
                return java.util.Optional.of(new Quantity(doc, sentence, surface, f.value(), f.unit(), f.baseValue(), f.baseUnit(),
                        "", "", Meaning.comparator(sentence.substring(0, f.start()), sentence.substring(f.end())), null,
                        f.placeholder(), f.start(), f.end(), ""));
            }
        }
        return java.util.Optional.empty();
    }

    /** Reads a document's text; {@code year} may be null to take it from the text. */
    public static Extraction read(String doc, String source, Integer year) {
        NormalisedText nt = TextNormaliser.normalise(source);
        String text = nt.text();
        Outline outline = Outline.of(text);
        int docYear = year != null ? year : documentYear(text);
        int docMonth = documentMonth(text);
        Meaning.Genre genre = genre(doc, text);

        // Find every number first, so a document of nothing but numbers is refused before the costly reading.
        List<Sentences.Span> sentences = Sentences.split(text);
        List<List<QuantityFinder.Found>> found = new ArrayList<>(sentences.size());
        List<String> sentenceTexts = new ArrayList<>(sentences.size());
        int total = 0;
        for (Sentences.Span span : sentences) {
            String sentence = span.of(text);
            sentenceTexts.add(sentence);
            List<QuantityFinder.Found> inSentence = QuantityFinder.find(sentence);
            total += inSentence.size();
            if (total > MAX_QUANTITIES) {
                throw new DocumentRejected("文档中的数量超过 " + MAX_QUANTITIES + " 个，不像一份工作文档，已停止读取");
            }
            found.add(inSentence);
        }
        List<Quantity> quantities = new ArrayList<>();
        List<Integer> quantityAt = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i < sentences.size(); i++) {
            if (found.get(i).isEmpty()) {
                continue;
            }
            Sentences.Span span = sentences.get(i);
            Outline.Section section = outline.at(span.start());
            int sectionYear = section.year != null ? section.year : docYear;
            // Sentences come in order: the line they start on is found by moving forward, not by searching back.
            for (int nl = text.indexOf('\n', lineStart); nl >= 0 && nl < span.start(); nl = text.indexOf('\n', lineStart)) {
                lineStart = nl + 1;
            }
            Role role = paragraphRole(text, lineStart, section.role, sectionYear);
            readSentence(doc, nt, span, sentenceTexts.get(i), found.get(i), role, genre, sectionYear, docMonth, quantities,
                    quantityAt);
        }
        List<ProposedTask> tasks = tasks(outline, nt, docYear, docMonth, quantities, quantityAt);
        return new Extraction(doc, docYear, nodes(outline.root, nt), quantities, tasks);
    }

    private static void readSentence(String doc, NormalisedText nt, Sentences.Span span, String s,
                                     List<QuantityFinder.Found> found, Role role, Meaning.Genre genre, int year, int docMonth,
                                     List<Quantity> out, List<Integer> positions) {
        List<Sentences.Span> clauses = Sentences.clauses(s);
        TimeWords.Mark[] marks = new TimeWords.Mark[clauses.size()];
        boolean[] hasQuantity = new boolean[clauses.size()];
        for (int c = 0; c < clauses.size(); c++) {
            marks[c] = TimeWords.in(clauses.get(c).of(s), year, docMonth);
        }
        int[] clauseOf = new int[found.size()];
        int c = 0;
        for (int q = 0; q < found.size(); q++) {
            while (c < clauses.size() - 1 && found.get(q).start() >= clauses.get(c).end()) {
                c++;
            }
            clauseOf[q] = c;
        }
        // A clause that only describes scale (总投资约1.2亿元) does not stop a later time word from
        // binding the work before it: 新建配套道路2条,总投资约1.2亿元,…,争取在年底前全面完工.
        Meaning.Judgement[] kinds = new Meaning.Judgement[found.size()];
        String[] pres = new String[found.size()];
        String[] afters = new String[found.size()];
        int[] clauseStarts = new int[found.size()];
        int[] clauseEnds = new int[found.size()];
        for (int q = 0; q < found.size(); q++) {
            QuantityFinder.Found f = found.get(q);
            Sentences.Span clause = clauses.get(clauseOf[q]);
            // Cues are read near the number: a window keeps a megabyte-long clause linear.
            clauseStarts[q] = Math.max(clause.start(), f.start() - WINDOW);
            clauseEnds[q] = Math.min(clause.end(), f.end() + WINDOW);
            pres[q] = sinceOpenParenthesis(s.substring(clauseStarts[q], f.start()));
            afters[q] = s.substring(f.end(), clauseEnds[q]);
            kinds[q] = Meaning.judge(role, genre, year, pres[q], afters[q], s.substring(clauseStarts[q], clauseEnds[q]),
                    s.substring(Math.max(0, f.start() - WINDOW), f.start()));
            if (!Meaning.OTHER.equals(kinds[q].kind())) {
                hasQuantity[clauseOf[q]] = true;
            }
        }
        int previousEnd = 0;
        for (int q = 0; q < found.size(); q++) {
            QuantityFinder.Found f = found.get(q);
            int from = Math.max(clauseStarts[q], previousEnd);
            String kind = kinds[q].kind();
            String comparator = Meaning.comparator(pres[q], afters[q]);
            String indicator = Indicators.of(s, from, f.start(), f.end(), clauseEnds[q]);
            if (indicator.isEmpty() && q > 0) {
                // 7户27人, 其中上半年完成1500户: the number measures what the one before it does.
                indicator = out.get(out.size() - 1).indicator();
            }
            // Only what is to be done falls due: a result was counted at a time, and a size or a capacity
            // (even of a road to be finished 年底前) describes, as the annotation has it.
            // In a review a forecast falls due only by a time in its own clause: the sentence's opening
            // time (上半年新建…,预计投入资金190万元) is the period reviewed, not the forecast's date.
            LocalDate deadline = !Meaning.TARGET.equals(kind) ? null
                    : role == Role.REVIEW || role == Role.PROBLEMS ? ownDeadline(marks[clauseOf[q]])
                    : deadline(marks, hasQuantity, clauseOf[q]);
            int absStart = span.start() + f.start();
            int absEnd = span.start() + f.end();
            out.add(new Quantity(doc, sentenceOf(s, f), s.substring(f.start(), f.end()), f.value(), f.unit(), f.baseValue(),
                    f.baseUnit(), kind, indicator, comparator, deadline == null ? null : deadline.toString(),
                    f.placeholder(), nt.toSource(absStart), nt.sourceEnd(absEnd), kinds[q].because()));
            positions.add(absStart);
            previousEnd = f.end();
        }
    }

    /** A paragraph's time frame: "2023年," or "2023年度,", after an optional label ("县人社局:"). */
    private static final java.util.regex.Pattern PARAGRAPH_YEAR =
            java.util.regex.Pattern.compile("^\\s*(?:[^。；;，,：:]{1,12}[：:])?(20\\d\\d)年(?:度|以来)?[，,]");
    private static final WordSet LOOKING_BACK = new WordSet("今年以来", "年初以来", "一年来", "过去一年", "以来,", "以来，");
    private static final WordSet LOOKING_AHEAD = new WordSet("下一步", "明年", "下半年", "今后");

    /**
     * A paragraph says what time it speaks of in its opening words, and that outweighs the section
     * it stands in: pasted excerpts (a department's "2023年,我局…" under another's "三、2024年工作计划")
     * and speeches that turn from review to plan mid-section. A paragraph opening with an earlier
     * year, or with 今年以来/一年来, reviews; one opening with 下一步/明年 plans.
     */
    static Role paragraphRole(String text, int lineStart, Role role, int year) {
        String opening = text.substring(lineStart, Math.min(text.length(), lineStart + 24));
        java.util.regex.Matcher m = role == Role.PLAN && opening.indexOf('年') >= 0 ? PARAGRAPH_YEAR.matcher(opening) : null;
        if (m != null && m.find() && role == Role.PLAN && Integer.parseInt(m.group(1)) < year) {
            return Role.REVIEW;
        }
        String head = opening.substring(0, Math.min(opening.length(), 12));
        if ((role == Role.PLAN || role == Role.UNKNOWN) && LOOKING_BACK.in(head)) {
            return Role.REVIEW;
        }
        if ((role == Role.REVIEW || role == Role.UNKNOWN) && LOOKING_AHEAD.in(head.substring(0, Math.min(head.length(), 5)))) {
            return Role.PLAN;
        }
        return role;
    }

    private static final java.util.regex.Pattern SUMMARY_TITLE = java.util.regex.Pattern.compile("总结|汇报|述职|工作报告|情况报告|完成情况|工作情况");
    private static final java.util.regex.Pattern PLAN_TITLE = java.util.regex.Pattern.compile("计划|方案|要点|安排|打算|实施意见|任务分解|行动");

    /**
     * The document's genre from its title (its first line, or its file name): a 总结 or 汇报 reports
     * what was done, a 计划 or 方案 what is to be done. Both in one title (上半年总结和下半年打算)
     * decide nothing; nor does a speech, which does both.
     */
    static Meaning.Genre genre(String doc, String text) {
        String title = doc == null ? "" : doc;
        for (String line : text.lines().limit(5).toList()) {
            String l = line.strip();
            if (!l.isEmpty() && l.length() <= 60) {
                title = title + " " + l;
                break;
            }
        }
        boolean summary = SUMMARY_TITLE.matcher(title).find();
        boolean plan = PLAN_TITLE.matcher(title).find();
        return summary && !plan ? Meaning.Genre.SUMMARY : plan && !summary ? Meaning.Genre.PLAN : Meaning.Genre.MIXED;
    }

    /**
     * A deadline comes only from a time word in the quantity's own sentence: a date in its own
     * clause; else one in the opening clause, which binds every clause (四季度做好…,…尽快竣工);
     * else none when its clause says 尽快 or 按期; else the clauses right after it that carry no
     * quantity of their own (…XX户,争取9月底完成); else the nearest clause before it that
     * names a time (3月底完成…XX户,其中…XX户).
     */
    private static LocalDate ownDeadline(TimeWords.Mark mark) {
        return mark != null && mark.dated() ? mark.date() : null;
    }

    static LocalDate deadline(TimeWords.Mark[] marks, boolean[] hasQuantity, int clause) {
        if (marks[clause] != null && marks[clause].dated()) {
            return marks[clause].date();
        }
        if (marks[0] != null && marks[0].dated()) {
            return marks[0].date();
        }
        if (marks[clause] != null) {
            return null;
        }
        for (int c = clause + 1; c < marks.length && c <= clause + REACH && !hasQuantity[c]; c++) {
            if (marks[c] != null) {
                return marks[c].date();
            }
        }
        for (int c = clause - 1; c >= 0 && c >= clause - REACH; c--) {
            if (marks[c] != null) {
                return marks[c].date();
            }
        }
        return null;
    }

    /**
     * The record's sentence. A "sentence" of thousands of characters is a document without
     * punctuation, not prose; its records carry the stretch around the number instead.
     */
    private static String sentenceOf(String s, QuantityFinder.Found f) {
        if (s.length() <= LONG_SENTENCE) {
            return s;
        }
        return s.substring(Math.max(0, f.start() - WINDOW), Math.min(s.length(), f.end() + WINDOW));
    }

    /** A parenthesis opens its own context: in 大棚XX个(三个村要…, the verb 新建 is not the 三个's. */
    private static String sinceOpenParenthesis(String pre) {
        int open = Math.max(pre.lastIndexOf('('), pre.lastIndexOf('（'));
        if (open >= 0 && pre.indexOf(')', open) < 0 && pre.indexOf('）', open) < 0) {
            return pre.substring(open + 1);
        }
        return pre;
    }

    /** The year the document speaks of: the one it names most often, the later on a tie. */
    static int documentYear(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int at = text.indexOf('年'); at >= 0; at = text.indexOf('年', at + 1)) {
            if (at >= 4 && Character.isDigit(text.charAt(at - 4)) && (at == 4 || !Character.isDigit(text.charAt(at - 5)))) {
                String y = text.substring(at - 4, at);
                if (y.chars().allMatch(Character::isDigit) && (y.startsWith("19") || y.startsWith("20"))) {
                    counts.merge(Integer.parseInt(y), 1, Integer::sum);
                }
            }
        }
        int best = -1;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey() > best) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        if (best > 0) {
            return best;
        }
        Matcher close = FIVE_YEAR_CLOSE.matcher(text);
        if (close.find()) {
            return 1955 + 5 * (10 + (int) ChineseNumerals.parse(close.group(1)));
        }
        return LocalDate.now().getYear();
    }

    /** The month a document was given in, for 本月: the latest month it dates an event in (3月1日, 3月份). */
    static int documentMonth(String text) {
        int month = 0;
        for (int at = text.indexOf('月'); at >= 0; at = text.indexOf('月', at + 1)) {
            int from = at;
            while (from > 0 && at - from < 2 && Character.isDigit(text.charAt(from - 1))) {
                from--;
            }
            if (from == at || from > 0 && "-—~～至到".indexOf(text.charAt(from - 1)) >= 0) {
                continue;
            }
            boolean dated = at + 1 < text.length() && (text.charAt(at + 1) == '份'
                    || Character.isDigit(text.charAt(at + 1)) && (text.indexOf('日', at) - at <= 3 && text.indexOf('日', at) > at));
            int v = Integer.parseInt(text.substring(from, at));
            if (dated && v >= 1 && v <= 12) {
                month = Math.max(month, v);
            }
        }
        return month;
    }

    private static List<OutlineNode> nodes(Outline.Section parent, NormalisedText nt) {
        List<OutlineNode> out = new ArrayList<>();
        for (Outline.Section s : parent.children) {
            out.add(new OutlineNode(s.id, s.rank, s.marker, s.title, s.role, s.year, nt.toSource(s.start),
                    nt.sourceEnd(s.end), nodes(s, nt)));
        }
        return out;
    }

    private static List<ProposedTask> tasks(Outline outline, NormalisedText nt, int docYear, int docMonth,
                                            List<Quantity> quantities, List<Integer> quantityAt) {
        List<ProposedTask> tasks = new ArrayList<>();
        String text = nt.text();
        for (Outline.Section s : outline.sections()) {
            if (!s.isLeaf() || s.end <= s.start) {
                continue;
            }
            List<Integer> mine = new ArrayList<>();
            LocalDate due = null;
            for (int q = firstAtOrAfter(quantityAt, s.start); q < quantities.size() && quantityAt.get(q) < s.end; q++) {
                mine.add(q);
                String d = quantities.get(q).deadline();
                if (d != null && (due == null || LocalDate.parse(d).isAfter(due))) {
                    due = LocalDate.parse(d);
                }
            }
            String body = text.substring(s.start, s.end).strip();
            if (body.length() <= s.marker.length() + s.title.length() && mine.isEmpty() && s.rank == 0) {
                continue; // a bare part heading such as the document's title
            }
            boolean describesDoneWork = s.role == Role.REVIEW || s.role == Role.PROBLEMS;
            if (due == null && !describesDoneWork) {
                // Work already done or a problem stated has no deadline of its own to propose.
                TimeWords.Mark mark = TimeWords.in(body, s.year != null ? s.year : docYear, docMonth);
                due = mark == null ? null : mark.date();
            }
            // A ledger task may take its section's deadline (二、上半年重点任务 → 06-30); the quantity
            // records never do, per the extraction contract.
            for (Outline.Section up = s.parent; due == null && !describesDoneWork && up != null && up != outline.root; up = up.parent) {
                TimeWords.Mark mark = TimeWords.in(up.title, up.year != null ? up.year : docYear, docMonth);
                due = mark == null ? null : mark.date();
            }
            tasks.add(new ProposedTask("T" + s.id, s.id, s.title, body, s.role, due == null ? null : due.toString(),
                    mine, OrganisationNames.in(body), nt.toSource(s.start), nt.sourceEnd(s.end)));
        }
        return tasks;
    }

    /** Index of the first position ≥ {@code pos} in the ascending list. */
    private static int firstAtOrAfter(List<Integer> positions, int pos) {
        int lo = 0;
        int hi = positions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (positions.get(mid) < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
