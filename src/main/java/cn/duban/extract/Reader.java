package cn.duban.extract;

import cn.duban.time.CountyTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
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
    public static Optional<Quantity> quantityIn(String doc, String sentence, String surface) {
        for (QuantityFinder.Found f : QuantityFinder.find(sentence)) {
            if (sentence.substring(f.start(), f.end()).equals(surface)) {
                return Optional.of(new Quantity(doc, sentence, surface, f.value(), f.unit(), f.baseValue(), f.baseUnit(),
                        "", "", Meaning.comparator(sentence.substring(0, f.start()), sentence.substring(f.end())), null,
                        f.placeholder(), f.start(), f.end(), ""));
            }
        }
        return Optional.empty();
    }

    /**
     * A text as the reader reads it: Simplified, glosses and boilerplate removed, white space folded, with where
     * each character stood in the original. For a caller reading parts of a document the reader passes over as
     * prose (a table's cells).
     */
    public static NormalisedText normalise(String source) {
        return TextNormaliser.normalise(source);
    }

    /** The Simplified form of a text, character for character (every offset stands): 累計完成 → 累计完成. */
    public static String simplified(String source) {
        return Simplifier.simplify(source);
    }

    /**
     * A table cell's text as the reader reads it. A cell with no Chinese in it (45, 12.5%, —) is kept as it is, spaces
     * collapsed: normalised as a line of its own, a lone figure would be taken for a page number and dropped.
     */
    public static String cell(String cell) {
        String c = cell.strip();
        if (c.codePoints().noneMatch(Character::isIdeographic)) {
            return c.replaceAll("\\s+", " ");
        }
        return normalise(c).text().strip();
    }

    /**
     * Reads a document's text; {@code year} may be null to take it from the text, or failing that to
     * take the county's current year (outside Spring: the real clock in duban.zone).
     */
    public static Extraction read(String doc, String source, Integer year) {
        return read(doc, source, year, year != null ? year : CountyTime.standalone().year());
    }

    /** Reads a document's text; {@code year} may be null to take it from the text, else {@code thisYear}. */
    public static Extraction read(String doc, String source, Integer year, int thisYear) {
        NormalisedText nt = TextNormaliser.normalise(source);
        String text = nt.text();
        Outline outline = Outline.of(text);
        int docYear = year != null ? year : spokenIn(outline, documentYear(text, thisYear));
        int[] given = dateLine(outline);
        String title = firstLine(text);
        Matcher yearSpan = Outline.YEAR_SPAN.matcher(title);
        Matcher titleYear = TITLE_YEAR.matcher(title);
        if (year == null && yearSpan.find()) {
            // A plan over several years (三年行动方案（2027—2029年）) speaks from its first year, whichever it names most.
            docYear = Integer.parseInt(yearSpan.group(1));
        } else if (year == null && !titleYear.find() && DIRECTING_TITLE.matcher(title).find()) {
            // Minutes or a notice dated 2026年12月4日 that names 2027 more often (2027年拟改造…) still speaks in 2026.
            // Dated under the title, or in the 落款 at the end.
            Matcher issued = ISSUED_ON.matcher(text.substring(0, Math.min(text.length(), 200)));
            Matcher signed = ISSUED_ON.matcher(text.substring(Math.max(0, text.length() - 200)));
            if (issued.find()) {
                docYear = Integer.parseInt(issued.group(1));
            } else if (signed.find()) {
                docYear = Integer.parseInt(signed.group(1));
            }
        }
        int docMonth = documentMonth(text);
        // When the text was written (the date line under its title, else the date under its signature): a plan does not
        // set its work a date already past (蕤溪镇2027年1月份重点工作计划, dated 2026年12月28日: 1月底前 is January 2027).
        Written written = Written.of(given, text);
        // A 督查专报 dated 2027年5月20日 that names 2026 most (2026年以来签约的项目): written after the year's first quarter
        // and naming no year in its title, it speaks of the year it was written in (年内 is 2027).
        if (year == null && written.year() != null && written.monthStart().getMonthValue() >= 4 && !TITLE_YEAR.matcher(title).find()
                && !Outline.YEAR_SPAN.matcher(title).find()) {
            docYear = written.year();
        }
        if (written.monthStart() != null) {
            docMonth = written.monthStart().getMonthValue(); // 本月 and the next 春节 count from when it was written
        }
        // Dated in December, its plan parts speak of the next year: a 总结's 下一步 (docYear the year reviewed), or a plan whose
        // title names the next year (县农业农村局2027年工作要点, dated 2026年12月28日: 年底前 is the end of 2027).
        if (given != null && given[1] == 12 && (given[0] == docYear || given[0] + 1 == docYear) && !DIRECTING_TITLE.matcher(title).find()) {
            outline.planNextYearFrom(given[0]);
        }
        Meaning.Genre genre = genre(doc, text);
        // The whole text's tense is weighed only if some passage needs it, and then once.
        Meaning.Genre[] tense = new Meaning.Genre[1];
        Supplier<Meaning.Genre> textGenre = () -> tense[0] != null
                ? tense[0]
                : (tense[0] = Segment.tense(text, 0, text.length()));

        // Find every number first, so a document of nothing but numbers is refused before the costly reading.
        List<Sentences.Span> sentences = Sentences.split(text);
        List<List<QuantityFinder.Found>> found = new ArrayList<>(sentences.size());
        List<String> sentenceTexts = new ArrayList<>(sentences.size());
        int total = 0;
        for (Sentences.Span span : sentences) {
            String sentence = span.of(text);
            sentenceTexts.add(sentence);
            List<QuantityFinder.Found> inSentence = QuantityFinder.find(sentence, MAX_QUANTITIES - total);
            total += inSentence.size();
            if (total > MAX_QUANTITIES) {
                throw new DocumentRejected("文档中的数量超过 " + MAX_QUANTITIES + " 个，不像一份工作文档，已停止读取");
            }
            found.add(inSentence);
        }
        List<Quantity> quantities = new ArrayList<>();
        List<Integer> quantityAt = new ArrayList<>();
        int lineStart = 0;
        Segment segment = null;
        int pastRun = 0;
        Outline.Section pastRunSection = null;
        int segmentLine = -1;
        int fieldAt = -1;
        int aimList = -1;
        String aimLead = "";
        Outline.Section segmentSection = null;
        Table table = new Table(source);
        for (int i = 0; i < sentences.size(); i++) {
            Sentences.Span span = sentences.get(i);
            Outline.Section section = outline.at(span.start());
            int sectionYear = section.year != null ? section.year : docYear;
            int[] cellStarts = null;
            // A row of a table: its cells' figures take their units and kinds from its name and its columns' headings.
            if (table.row(nt.toSource(span.start()))) {
                cellStarts = cellStarts(sentenceTexts.get(i), table.cells());
                if (cellStarts == null) {
                    // 累计整治销号1129处；11月入户排查…: a sentence that ends or starts inside a cell holds only part of its row;
                    // its cells still begin where the source has a tab.
                    cellStarts = tabStarts(nt, source, span.start(), sentenceTexts.get(i));
                }
                boolean planned = section.role == Role.PLAN || section.role == Role.UNKNOWN && genre == Meaning.Genre.PLAN;
                List<TableRows.Cell> cells = TableRows.read(sentenceTexts.get(i), table.cells(), table.headings(), planned);
                if (cells != null && !cells.isEmpty()) {
                    String s = sentenceTexts.get(i);
                    for (TableRows.Cell cell : cells) {
                        int absStart = span.start() + cell.start();
                        quantities.add(new Quantity(doc, s, s.substring(cell.start(), cell.end()), cell.value(), cell.unit(),
                                cell.baseValue(),
                                cell.baseUnit(), cell.kind(), cell.indicator(), cell.comparator(), null, false, nt.toSource(absStart),
                                nt.sourceEnd(span.start() + cell.end()), Quantity.TABLE_CELL + cell.heading()));
                        quantityAt.add(absStart);
                    }
                    // A cell that writes its own unit (6.12亿元) or tells in words is read as prose is.
                    found.set(i, found.get(i).stream()
                            .filter(f -> cells.stream().noneMatch(cell -> f.start() < cell.end() && cell.start() < f.end())).toList());
                }
            } else if (table.lineCells() != null) {
                // 1.产业园项目 / 总投资12.5亿元 / 年度计划投资4.2亿元 / 本周完成投资2600万元: a row that names its figures in its own
                // cells, under no heading row, is still cells — each speaks for itself (本周完成 is not read as 年度计划).
                cellStarts = cellStarts(sentenceTexts.get(i), table.lineCells());
            }
            // 2030年，全县发生生产安全事故11起…。全年先后经历自然灾害过程5次…: a plan's opening paragraphs that begin with last
            // year's results go on telling them, sentence after sentence, until one turns to this year (同时也要清醒看到, 今年…) or
            // a heading begins.
            String said = sentenceTexts.get(i);
            Matcher past = PAST_OPENING.matcher(said);
            if (past.lookingAt() && Integer.parseInt(past.group(1)) < sectionYear) {
                pastRun = Integer.parseInt(past.group(1));
                pastRunSection = section;
            } else if (pastRun > 0 && (section != pastRunSection || cellStarts != null || TURNS_TO_NOW.matcher(said).lookingAt()
                    || NAMES_NOW.matcher(said).find())) {
                pastRun = 0;
            }
            if (Segment.RUN_IN_FIELD.matcher(said).lookingAt()) {
                fieldAt = span.start();
            }
            // 年初设定的主要目标值为：主动公开政府信息1250条；原创信息360篇；…。: the items of a list a target's label opens, one
            // sentence each up to the 。 that closes it, restate the targets.
            boolean listedAim = aimList > 0 && aimList <= span.start() && text.lastIndexOf('\n', span.start() - 1) < aimList;
            Matcher lead = AIM_LIST.matcher(said);
            if (lead.find() && LIST_GOES_ON.matcher(said).find()) {
                aimList = span.start() + 1;
                aimLead = lead.group().replaceAll("[：:]$", "");
            } else if (!LIST_GOES_ON.matcher(said).find()) {
                aimList = -1;
            }
            if (found.get(i).isEmpty()) {
                continue;
            }
            // Sentences come in order: the line they start on is found by moving forward, not by searching back.
            for (int nl = text.indexOf('\n', lineStart); nl >= 0 && nl < span.start(); nl = text.indexOf('\n', lineStart)) {
                lineStart = nl + 1;
            }
            // (a labelled field inside the line, 进展：… 下步措施：…, opens a segment of its own)
            int opensAt = fieldAt > lineStart ? fieldAt : lineStart;
            if (segmentLine != opensAt || segmentSection != section) {
                Role lineRole = section.handedFrom > lineStart ? section.roleBefore : section.role;
                segment = Segment.at(text, opensAt, lineRole, sectionYear, genre, textGenre);
                segmentLine = opensAt;
                segmentSection = section;
            }
            int readFrom = quantities.size();
            readSentence(doc, nt, span, sentenceTexts.get(i), found.get(i), segment, docYear, docMonth, written, cellStarts, quantities,
                    quantityAt, pastRun);
            for (int k = readFrom; listedAim && k < quantities.size(); k++) {
                if (!Meaning.OTHER.equals(quantities.get(k).kind())) {
                    quantities.set(k, quantities.get(k).withKind(Meaning.TARGET, "目标（列举）：" + aimLead));
                }
            }
        }
        // A table row's cells and the figures written with their own units in it were read apart: put them in text order.
        if (table.seen()) {
            List<Integer> order = new ArrayList<>();
            for (int k = 0; k < quantities.size(); k++) {
                order.add(k);
            }
            order.sort(java.util.Comparator.comparingInt(quantityAt::get));
            List<Quantity> sortedQuantities = order.stream().map(quantities::get).toList();
            List<Integer> sortedAt = order.stream().map(quantityAt::get).toList();
            quantities = new ArrayList<>(sortedQuantities);
            quantityAt = new ArrayList<>(sortedAt);
        }
        List<ProposedTask> tasks = tasks(outline, nt, docYear, docMonth, written, quantities, quantityAt);
        return new Extraction(doc, docYear, nodes(outline.root, nt), quantities, tasks);
    }

    private static void readSentence(String doc, NormalisedText nt, Sentences.Span span, String s,
            List<QuantityFinder.Found> found, Segment segment, int docYear, int docMonth, Written written, int[] cellStarts,
            List<Quantity> out, List<Integer> positions, int pastRun) {
        Role role = segment.role();
        int year = segment.year();
        // A table row's cells are clauses of their own: its 完成时限 cell dates the row's task, not the figures in the other
        // cells (a time word binds its own clause unless it opens the sentence, ANNOTATION.md).
        List<Sentences.Span> clauses = cellStarts == null ? Sentences.clauses(s) : splitAt(Sentences.clauses(s), cellStarts);
        TimeWords.Mark[] marks = new TimeWords.Mark[clauses.size()];
        boolean[] hasQuantity = new boolean[clauses.size()];
        boolean planning = role == Role.PLAN || role == Role.UNKNOWN && segment.genre() == Meaning.Genre.PLAN;
        for (int c = 0; c < clauses.size(); c++) {
            String clause = clauses.get(c).of(s);
            marks[c] = TimeWords.in(clause, year, written.spokenIn(docYear), docMonth);
            // 分别安排在3月下旬、6月下旬和9月下旬, 第一轮安排在二季度: a schedule of rounds, no date the work falls due by
            if (marks[c] != null && marks[c].dated() && SCHEDULE.matcher(clause).find()) {
                marks[c] = new TimeWords.Mark(marks[c].at(), null);
            }
            if (planning) {
                marks[c] = written.ahead(marks[c], clause);
            }
        }
        // 2027年全镇…的主要预期目标是：… in a plan: a year opening the sentence binds its clauses (ANNOTATION.md), due when
        // that year ends — read only for targets, since a result is counted at a time, not due by one.
        Matcher opensWithYear = marks.length > 0 && marks[0] == null && role != Role.REVIEW && role != Role.PROBLEMS
                ? SENTENCE_YEAR.matcher(s)
                : null;
        if (opensWithYear != null && opensWithYear.lookingAt() && Integer.parseInt(opensWithYear.group(1)) >= docYear) {
            marks[0] = new TimeWords.Mark(opensWithYear.start(1), LocalDate.of(Integer.parseInt(opensWithYear.group(1)), 12, 31));
        }
        // Only a time word that opens the sentence binds all its clauses (ANNOTATION.md); one later in its clause binds that
        // clause (全镇计划年底前完成改厕400户,…: not the clauses after it), and a 其中 part goes back to its whole's.
        int opener = opener(s, clauses, marks);
        boolean[] parts = new boolean[clauses.size()];
        for (int k = 0; k < clauses.size(); k++) {
            parts[k] = PART_OPENING.matcher(clauses.get(k).of(s)).lookingAt()
                    || k > 0 && PART_ALONE.matcher(clauses.get(k - 1).of(s)).matches();
        }
        // Each figure's clause is the last one starting at or before it. (A table row's cells cut its clauses where each cell
        // starts; a figure of a cell read again as prose may come before one already placed, so each is placed on its own.)
        int[] clauseOf = new int[found.size()];
        int c = 0;
        for (int q = 0; q < found.size(); q++) {
            int at = found.get(q).start();
            while (c > 0 && clauses.get(c).start() > at) {
                c--;
            }
            while (c < clauses.size() - 1 && clauses.get(c + 1).start() <= at) {
                c++;
            }
            clauseOf[q] = c;
        }
        // 截至10月底,… : a cut-off opening the sentence says its figures were counted then.
        String opening = clauses.isEmpty() ? "" : clauses.get(0).of(s);
        String cutOff = opening.contains("截至") ? "截至" : opening.contains("截止") ? "截止" : null;
        // A clause that only describes scale (总投资约1.2亿元) does not stop a later time word from
        // binding the work before it: 新建配套道路2条,总投资约1.2亿元,…,争取在年底前全面完工.
        Meaning.Judgement[] kinds = new Meaning.Judgement[found.size()];
        String[] pres = new String[found.size()];
        String[] afters = new String[found.size()];
        String[] rests = new String[found.size()];
        int[] clauseStarts = new int[found.size()];
        int[] clauseEnds = new int[found.size()];
        for (int q = 0; q < found.size(); q++) {
            QuantityFinder.Found f = found.get(q);
            Sentences.Span clause = clauses.get(clauseOf[q]);
            // Cues are read near the number: a window keeps a megabyte-long clause linear.
            clauseStarts[q] = Math.min(f.start(), Math.max(clause.start(), f.start() - WINDOW));
            clauseEnds[q] = Math.max(f.end(), Math.min(clause.end(), f.end() + WINDOW));
            pres[q] = sinceOpenParenthesis(s.substring(clauseStarts[q], f.start()));
            afters[q] = s.substring(f.end(), clauseEnds[q]);
            rests[q] = s.substring(f.end(), Math.min(s.length(), f.end() + WINDOW));
            kinds[q] = Meaning.judge(new Meaning.Frame(role, segment.because(), segment.genre(), year, null, cutOff), pres[q], afters[q],
                    s.substring(clauseStarts[q], clauseEnds[q]), s.substring(beforeFrom(f.start(), cellStarts), f.start()), rests[q]);
            // 乙园项目总投资3.4亿元，一期已建成投产: a plan part telling where a project stands describes its size.
            if (kinds[q].because().startsWith(Meaning.PLANNED_SIZE) && s.length() <= LONG_SENTENCE && Meaning.tellsState(s)) {
                kinds[q] = new Meaning.Judgement(Meaning.OTHER, "规模（项目现状）：" + kinds[q].because().substring(Meaning.PLANNED_SIZE.length()));
            }
            // (a planned work's size — 总投资约1.2亿元 — is part of its goal, yet no work of its own for a time word to bind)
            if (!Meaning.OTHER.equals(kinds[q].kind()) && !kinds[q].because().startsWith(Meaning.PLANNED_SIZE)) {
                hasQuantity[clauseOf[q]] = true;
            }
        }
        // A firm deadline is weighed once it is known which clauses hold work of their own.
        for (int q = 0; q < found.size(); q++) {
            String firm = Meaning.TARGET.equals(kinds[q].kind())
                    ? null
                    : firmDeadline(s, clauses, marks, hasQuantity, opener, parts, clauseOf[q]);
            if (firm != null) {
                QuantityFinder.Found f = found.get(q);
                kinds[q] = Meaning.judge(new Meaning.Frame(role, segment.because(), segment.genre(), year, firm, cutOff), pres[q],
                        afters[q], s.substring(clauseStarts[q], clauseEnds[q]), s.substring(beforeFrom(f.start(), cellStarts), f.start()),
                        rests[q]);
            }
        }
        // 2025年，…地区生产总值完成152.6亿元 opening a plan: last year's results, told before the plan; 初步确定2027年度…项目8项
        // in a review: next year's plan, told in the review.
        Matcher yearOpens = PAST_OPENING.matcher(s);
        int opensIn = yearOpens.lookingAt() ? Integer.parseInt(yearOpens.group(1)) : pastRun;
        for (int q = 0; q < found.size(); q++) {
            String because = kinds[q].because();
            if (opensIn > 0 && opensIn < year && (role == Role.PLAN || role == Role.UNKNOWN) && Meaning.TARGET.equals(kinds[q].kind())
                    && (because.startsWith("计划") || because.startsWith("目标（前文）"))) {
                kinds[q] = new Meaning.Judgement(Meaning.ACTUAL, "往年：" + opensIn + "年");
            }
            String lead = s.substring(Math.max(0, found.get(q).start() - WINDOW), found.get(q).start());
            Matcher later = LATER_YEAR.matcher(lead);
            // 2031年度城乡居民医保已缴费21364人: a later year's season already under way (premiums paid ahead) is work done now.
            int laterYear = later.find() && lead.indexOf('已', later.end()) < 0 ? Integer.parseInt(later.group(1)) : 0;
            if (laterYear > year && role == Role.REVIEW && Meaning.ACTUAL.equals(kinds[q].kind()) && because.startsWith("回顾")) {
                kinds[q] = new Meaning.Judgement(Meaning.TARGET, "来年：" + laterYear + "年");
            }
        }
        boolean hasParts = s.contains("其中");
        for (int q = 0; q < found.size(); q++) {
            QuantityFinder.Found f = found.get(q);
            // A sentence is read around each figure: a "sentence" of a hundred thousand characters (a list with no full stop)
            // must not be searched whole from each of its figures.
            kinds[q] = Meaning.underWay(kinds[q], around(s, f.start(), f.end()), f.baseUnit(), pres[q]);
            // 总资金265万元,其中省级资金项目4个148万元: a part of a whole that describes describes too.
            int part = hasParts ? lastWithin(s, "其中", f.start()) : -1;
            if (part >= 0 && !Meaning.OTHER.equals(kinds[q].kind())) {
                for (int w = q - 1; w >= 0; w--) {
                    if (found.get(w).start() < part && found.get(w).baseUnit().equals(f.baseUnit())) {
                        if (Meaning.OTHER.equals(kinds[w].kind())) {
                            kinds[q] = new Meaning.Judgement(Meaning.OTHER, "其中部分，同其总数");
                        }
                        break;
                    }
                }
            }
        }
        int previousEnd = 0;
        for (int q = 0; q < found.size(); q++) {
            QuantityFinder.Found f = found.get(q);
            int from = Math.max(clauseStarts[q], previousEnd);
            String kind = kinds[q].kind();
            String comparator = Meaning.comparator(pres[q], afters[q]);
            String indicator = Indicators.of(s, from, f.start(), f.end(), clauseEnds[q]);
            int respectively = lastWithin(s, "分别", f.start());
            if (respectively >= clauseStarts[q] && q > 0) {
                // 接待游客XX万人次，实现旅游综合收入*亿元，分别增长15.2%和18.6%: the numbers after 分别
                // measure, in order, as many numbers named before it, and say what of them (增长).
                int firstAfter = q;
                while (firstAfter > 0 && found.get(firstAfter - 1).start() > respectively) {
                    firstAfter--;
                }
                int group = 0;
                while (firstAfter + group < found.size() && clauseOf[firstAfter + group] == clauseOf[q]) {
                    group++;
                }
                int target = firstAfter - group + (q - firstAfter);
                // Only where the numbers follow 分别 and a verb at once (分别增长15.2%, 分别同比增长…, 分别完成年度目标的108%),
                // not a list of names (分别为荣山村…等8个).
                String between = s.substring(respectively + 2, found.get(firstAfter).start());
                Matcher moved = RESPECTIVE_MOVE.matcher(between);
                boolean atOnce = between.length() <= 4 || moved.matches();
                if (atOnce && target >= 0 && target < firstAfter) {
                    String said = moved.matches() ? moved.group(1) : s.substring(respectively + 2, Math.min(f.start(), respectively + 4));
                    indicator = out.get(out.size() - (q - target)).indicator()
                            + (said.equals("增长") || said.equals("下降") || said.equals("提高") || moved.matches() ? said : "");
                }
            }
            if (q > 0 && BARE_MEASURE.contains(indicator)) {
                // 实施重点项目18个，完成投资5.73亿元; 发生生产安全事故9起、死亡4人: a bare measure is of what the figure before it counts.
                String prior = "";
                for (int back = 1; back <= q && prior.isEmpty(); back++) {
                    String named = out.get(out.size() - back).indicator();
                    prior = BARE_MEASURE.contains(named) || named.endsWith("投资") ? "" : MEASURE_OF_PRIOR.matcher(named).replaceFirst("");
                }
                if (prior.length() >= 2 && prior.length() <= 12 && !prior.endsWith(indicator)) {
                    indicator = prior + indicator;
                }
            }
            Indicators.Unsaid unsaid = q > 0 ? Indicators.unsaid(indicator) : null;
            if (unsaid != null && !(unsaid == Indicators.Unsaid.WHOLE && "%".equals(f.unit()))) {
                // 农林水支出7.35亿元，下降2.4%; 发现隐患612个，已整改548个; 完成固定资产投资3.86亿元，…完成全年任务5亿元: what the
                // name leaves unsaid the sentence said with the figure before it.
                boolean rate = "%".equals(f.unit()) || f.unit().endsWith("百分点");
                // (the figures just before only: a list of hundreds of figures is not searched back from each)
                for (int back = 1; back <= Math.min(q, 8); back++) {
                    Quantity prior = out.get(out.size() - back);
                    String named = prior.indicator();
                    boolean fits = unsaid == Indicators.Unsaid.CHANGE && rate
                            ? !named.startsWith("占") && !named.endsWith("占比") && !named.endsWith("比例")
                                    && !Meaning.TARGET.equals(prior.kind())
                            : prior.baseUnit().equals(f.baseUnit());
                    if (fits) {
                        String done = Indicators.completed(indicator, unsaid, named, s.substring(from, f.start()));
                        indicator = done != null ? done : indicator;
                        break;
                    }
                }
            }
            // 参加测试的干部累计172人，成绩合格的167人: a relative clause whose head is left unsaid (…的167人) takes the head the
            // figure before it was named by.
            // (对评为C级的3家门店: a head written after the figure is said)
            boolean headless = f.end() >= s.length() || "，,。；;、）)".indexOf(s.charAt(f.end())) >= 0;
            if (q > 0 && headless && !indicator.isEmpty() && indicator.indexOf('的') < 0
                    && s.substring(from, f.start()).endsWith("的")) {
                for (int back = 1; back <= Math.min(q, 3); back++) {
                    Quantity prior = out.get(out.size() - back);
                    if (prior.baseUnit().equals(f.baseUnit())) {
                        String named = prior.indicator();
                        int de = named.lastIndexOf('的');
                        if (de > 0 && named.length() - de - 1 >= 1 && named.length() - de - 1 <= 4) {
                            indicator = indicator + named.substring(de);
                        }
                        break;
                    }
                }
            }
            if (indicator.isEmpty() && q > 0) {
                // 7户27人, 其中上半年完成1500户: the number measures what the one before it does.
                indicator = out.get(out.size() - 1).indicator();
                String moved = Indicators.changeBefore(s, from, f.start(), f.end());
                if (moved != null) {
                    // 完成固定资产投资2.21亿元，占全年目标任务2.6亿元的85%，同比增长6.8%: what moved is the amount done, the
                    // last figure before that is neither a share nor a target, and it is named with its move.
                    for (int back = 1; back <= q; back++) {
                        Quantity prior = out.get(out.size() - back);
                        if (!prior.unit().equals("%") && !Meaning.TARGET.equals(prior.kind()) && !prior.indicator().startsWith("占")) {
                            indicator = prior.indicator();
                            break;
                        }
                    }
                    indicator = indicator.endsWith(moved) ? indicator : indicator + moved;
                }
            }
            // Only what is to be done falls due: a result was counted at a time, and a size or a capacity
            // (even of a road to be finished 年底前) describes, as the annotation has it.
            // In a review a forecast falls due only by a time in its own clause: the sentence's opening
            // time (上半年新建…,预计投入资金190万元) is the period reviewed, not the forecast's date.
            // (those the planned work serves or checks — 春节前对全镇97户…走访慰问 — fall due with it)
            boolean served = Meaning.OTHER.equals(kind) && (kinds[q].because().startsWith("服务或检查对象")
                    || kinds[q].because().startsWith("范围"));
            LocalDate deadline = !Meaning.TARGET.equals(kind) && !served
                    ? null
                    : role == Role.REVIEW || role == Role.PROBLEMS || cellStarts != null
                            ? ownDeadline(marks[clauseOf[q]])
                            : deadline(marks, hasQuantity, opener, parts, clauseOf[q]);
            // An annual quota (年度任务为210公里, 年度计划投资118亿元) or a figure that is the year's (400户年度改厕任务) is
            // due when the year ends (ANNOTATION.md's annual figure); a quota that names no year (任务数为520户) is undated.
            if (Meaning.TARGET.equals(kind) && (deadline == null && Meaning.annualQuota(pres[q]) || Meaning.theYears(afters[q]))) {
                deadline = LocalDate.of(year, 12, 31);
            }
            int absStart = span.start() + f.start();
            int absEnd = span.start() + f.end();
            out.add(new Quantity(doc, sentenceOf(s, f), s.substring(f.start(), f.end()), f.value(), f.unit(), f.baseValue(),
                    f.baseUnit(), kind, indicator, comparator, deadline == null ? null : deadline.toString(),
                    f.placeholder(), nt.toSource(absStart), nt.sourceEnd(absEnd), kinds[q].because()));
            positions.add(absStart);
            previousEnd = f.end();
        }
    }

    /** 主要目标值为：, 年度目标：, 绩效目标是：: a target's label opening a list of items. */
    private static final Pattern AIM_LIST = Pattern.compile("(?:目标值|目标|目标任务|绩效目标|预期目标|主要目标|年度目标|目标要求)(?:为|是)?[：:]");
    /** A sentence that ends with ；: the list it belongs to goes on. */
    private static final Pattern LIST_GOES_ON = Pattern.compile("[；;]\\s*$");

    /**
     * The table, if any, a sentence stands in: the source line around a position, whether it is a row (tab-separated
     * cells), its cells, and the heading row of its block of rows. Sentences come in order, so a block's heading is
     * found once.
     */
    private static final class Table {
        private final String source;
        private int blockStart = -1;
        private int blockEnd = -1;
        private String[] headings;
        private String[] simpleHeadings;
        private String[] cells;
        private int lineFrom = -1;
        private int lineTo = -1;
        private String[] lineCells;

        Table(String source) {
            this.source = source;
        }

        /** Whether the source line at {@code at} is a row below a heading row of a table; its cells are kept. */
        boolean row(int at) {
            if (at < 0 || at >= source.length()) {
                return false;
            }
            // Sentences come in order: the line found for the last one is reused while this one stands in it, so a long
            // line of many sentences is walked once.
            if (at < lineFrom || at >= lineTo) {
                lineFrom = source.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
                if (at == 0) {
                    lineFrom = 0;
                }
                lineTo = source.indexOf('\n', at);
                if (lineTo < 0) {
                    lineTo = source.length();
                }
                lineCells = cellsOf(source.substring(lineFrom, lineTo));
            }
            int lineStart = lineFrom;
            int lineEnd = lineTo;
            if (lineCells == null) {
                return false;
            }
            if (lineStart < blockStart || lineStart > blockEnd + 1) {
                // A new block of rows: its first line heads it, if it is labels. A line of one cell between rows of as many
                // cells as this one's (（二）市政设施建设 over its rows) is a section of the same table, not its end.
                int first = lineStart;
                while (first > 0) {
                    int previous = source.lastIndexOf('\n', first - 2) + 1;
                    String[] above = cellsOf(source.substring(previous, first - 1));
                    if (above == null && previous > 0 && SECTION_ROW.matcher(source.substring(previous, first - 1)).matches()) {
                        int beyond = source.lastIndexOf('\n', previous - 2) + 1;
                        String[] over = cellsOf(source.substring(beyond, previous - 1));
                        if (over != null && over.length == lineCells.length) {
                            first = beyond;
                            continue;
                        }
                    }
                    if (above == null) {
                        break;
                    }
                    first = previous;
                }
                int firstEnd = source.indexOf('\n', first);
                String[] top = cellsOf(source.substring(first, firstEnd < 0 ? source.length() : firstEnd));
                headings = top != null && TableRows.isHeading(top) ? top : null;
                simpleHeadings = headings == null ? null : TableRows.simplified(headings);
                blockStart = first;
            }
            blockEnd = lineEnd;
            cells = lineCells;
            // A second table right under the first: its own heading row heads the rows after it.
            if (lineStart != blockStart && TableRows.isHeading(cells)) {
                headings = cells;
                simpleHeadings = TableRows.simplified(cells);
                return false;
            }
            return headings != null && !java.util.Arrays.equals(cells, headings);
        }

        String[] cells() {
            return cells;
        }

        /** The cells of the line last asked about, when it is a row of cells (with a heading row above it or not); else null. */
        String[] lineCells() {
            return lineCells;
        }

        /** A table's section row written alone on its line: （一）市容环境卫生, 二、民生保障 — short, and no sentence. */
        private static final Pattern SECTION_ROW = Pattern
                .compile("^\\s*(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)[^。；，,/\\t]{1,20}$");

        /**
         * A line's cells when it is a row of a table: tab-separated (a .docx's table, a pasted sheet), or typed with " / " between
         * them as a table is written out in plain text; null when the line is prose.
         */
        static String[] cellsOf(String line) {
            return line.indexOf('\t') >= 0 ? line.split("\t", -1) : TableRows.slashed(line);
        }

        /** Whether any row of a table was met. */
        boolean seen() {
            return blockStart >= 0;
        }

        /** The heading row's cells, normalised as the rows are read against them. */
        String[] headings() {
            return simpleHeadings;
        }
    }

    /** 、 or 和 between two dates listed: 3月下旬、6月下旬和9月下旬, 春节前和国庆节前. */
    private static final Pattern LISTED_DATE = Pattern.compile(
            "[、和及与](?=(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月|[一二三四]季度|春节|国庆|元旦|年底|年内|汛期)");

    /**
     * Where the words before a figure that its kind is read from begin: a window back, and never before its cell in a table's
     * row (超计划完成 | 利用春节前返乡时机集中摸排 | 累计入库1425人: each cell speaks for itself).
     */
    private static int beforeFrom(int start, int[] cellStarts) {
        int from = Math.max(0, start - WINDOW);
        if (cellStarts != null) {
            for (int at : cellStarts) {
                if (at <= start) {
                    from = Math.max(from, at);
                }
            }
        }
        return from;
    }

    /** Where the cells of a part of a row begin in its normalised text: after each space that stands for a tab. */
    private static int[] tabStarts(NormalisedText nt, String source, int sentenceStart, String s) {
        int[] at = new int[s.length()];
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            int src = nt.toSource(sentenceStart + k);
            if (s.charAt(k) == ' ' && src >= 0 && src < source.length() && source.charAt(src) == '\t') {
                at[n++] = k + 1;
            }
        }
        return n == 0 ? null : java.util.Arrays.copyOf(at, n);
    }

    /** Where each cell of a table row starts in the row's normalised text (its cells one space apart). */
    private static int[] cellStarts(String row, String[] cells) {
        if (cells == null) {
            return null;
        }
        int[] at = new int[cells.length];
        int cursor = 0;
        int n = 0;
        for (String cell : cells) {
            String c = cell(cell);
            if (c.isEmpty()) {
                continue;
            }
            int found = row.indexOf(c, cursor);
            if (found < 0) {
                return null;
            }
            at[n++] = found;
            cursor = found + c.length();
        }
        return java.util.Arrays.copyOf(at, n);
    }

    /** Clauses cut again where a cell starts inside them. */
    private static List<Sentences.Span> splitAt(List<Sentences.Span> clauses, int[] starts) {
        List<Sentences.Span> out = new ArrayList<>();
        for (Sentences.Span c : clauses) {
            int from = c.start();
            for (int at : starts) {
                if (at > from && at < c.end()) {
                    out.add(new Sentences.Span(from, at));
                    from = at;
                }
            }
            out.add(new Sentences.Span(from, c.end()));
        }
        return out;
    }

    /** A schedule of times, one per round or each in turn: 分别安排在…、…, 第一轮安排在二季度. */
    private static final Pattern SCHEDULE = Pattern.compile("分别(?:安排)?(?:在|于)|第[一二三四1-4](?:轮|次|批)(?:安排)?(?:在|于)");

    /** 2025年，… opening a sentence: the year it tells of, set apart by its comma. */
    private static final Pattern PAST_OPENING = Pattern.compile("^\\s*(20\\d\\d)年[，,]");
    /** 同时也要清醒看到, 但, 当前: a sentence turning from last year's results to where things stand now. */
    private static final Pattern TURNS_TO_NOW = Pattern.compile("^\\s*(?:同时|但|但是|然而|当前|目前|面对|展望|与此同时|总的看|总体看|客观看)");
    /** 今年, 明年, 下一步, 2031年: a sentence that speaks of this year or a later one, or names a year of its own. */
    private static final Pattern NAMES_NOW = Pattern.compile("今年|本年|明年|新的一年|下一步|20\\d\\d年");
    /** A year named as a period's (2027年度, 2027年的), not as a start (2027年以来) or a cut-off (2027年底). */
    private static final Pattern LATER_YEAR = Pattern.compile("(20\\d\\d)年(?:度|的|全年|内)");

    /** A sentence that opens with a year and speaks of it (2027年全镇…), not of a span from it (2025年以来) or its end. */
    private static final Pattern SENTENCE_YEAR = Pattern.compile("^\\s*(?:在|于)?(20\\d\\d)年(?![以底末前内度初])[，,]?");

    /** What follows 分别 before its figures: a move (同比增长) or a share (完成年度目标的), named with each figure. */
    private static final Pattern RESPECTIVE_MOVE = Pattern.compile(
            "((?:同比|环比|比上年|较上年)(?:增长|下降|提高|增加|减少)|完成(?:年度|全年)?(?:目标|任务|计划)(?:任务)?)(?:的|了)?");

    /** A measure that names nothing measured on its own (投资, 死亡): it is of what the figure before it counts. */
    private static final Set<String> BARE_MEASURE = Set.of("投资", "总投资", "死亡", "受伤", "资金", "产值", "面积", "金额",
            "收入", "人数", "户数");
    /** What the figure before measured of its thing, not the thing itself: 改建工程|全长. */
    private static final Pattern MEASURE_OF_PRIOR = Pattern.compile("(?:全长|总长|长度|面积|规模|数量)$");

    /**
     * Minutes, notices and bulletins direct work to be done now: their 12月底前 is this December's, not next year's as in a
     * year-end report's plan part.
     */
    private static final Pattern DIRECTING_TITLE = Pattern.compile("纪要|通知|通报|批示|交办|督办|函|反馈意见|督查意见|整改意见");

    private static final Pattern TITLE_YEAR = Pattern.compile("20\\d\\d年");

    /** A part that states the plan's goals: 工作目标, 年度目标, 目标任务, 整改目标. */
    private static final Pattern GOALS_HEADING = Pattern.compile("(?:工作|主要|总体|年度|整改|发展|具体|主要预期|预期)?目标(?:任务)?");
    /** What a title's plan is of, between the issuer or place, the year, and the kind of document. */
    private static final Pattern TITLE_QUOTED = Pattern.compile("《([^》]{4,60})》");
    private static final Pattern TITLE_PLACE = Pattern.compile("^[\\p{IsHan}]{2,4}?[县市区镇乡](?![委政人])");
    private static final Pattern TITLE_KIND = Pattern.compile(
            "(?:方案|计划|要点|实施|工作|行动|专项|的通知|通知|的报告|报告|的请示|情况|进展|的)$");

    /** The line among the first few that titles the document (关于…, 《…》, …方案): not the issuer's masthead above it. */
    private static String titleLine(String text) {
        int from = 0;
        for (int n = 0; n < 6 && from < text.length(); n++) {
            int nl = text.indexOf('\n', from);
            String line = (nl < 0 ? text.substring(from) : text.substring(from, nl)).strip();
            if (line.length() <= TITLE_LINE_MAX && (line.contains("关于") || line.contains("《") || DOCUMENT_KIND.matcher(line).find())) {
                return line;
            }
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return "";
    }

    /** 关于印发《滍阳县2027年春耕备耕生产工作方案》的通知 → 春耕备耕生产; "" when the title names nothing to go by. */
    static String planSubject(String title) {
        Matcher quoted = TITLE_QUOTED.matcher(title);
        String t = quoted.find() ? quoted.group(1) : title;
        int about = t.indexOf("关于");
        if (about >= 0) {
            t = t.substring(about + 2);
        }
        t = t.replaceFirst("^印发", "");
        t = TITLE_PLACE.matcher(t).replaceFirst("");
        t = t.replaceFirst("^20\\d\\d年度?", "");
        for (String cut = TITLE_KIND.matcher(t).replaceFirst(""); !cut.equals(t); cut = TITLE_KIND.matcher(t).replaceFirst("")) {
            t = cut;
        }
        return t.length() >= 2 && t.length() <= 20 && t.chars().allMatch(c -> TextNormaliser.isHan((char) c)) ? t : "";
    }

    /** 春耕备耕生产 + 工作目标; 巡察反馈意见整改 + 整改目标 → 巡察反馈意见整改目标. */
    private static String goalsOf(String subject, String heading) {
        if (subject.isEmpty()) {
            return heading;
        }
        String lead = heading.substring(0, Math.min(2, heading.length()));
        return (subject.endsWith(lead) ? subject.substring(0, subject.length() - lead.length()) : subject) + heading;
    }
    /** The line under a title that says who issued it and when: 麓源县人民政府办公室 2026年12月4日. */
    private static final Pattern ISSUED_ON = Pattern
            .compile("(?m)^[\\p{IsHan}（）()\\s\u3000]{0,30}(20\\d\\d)年\\d{1,2}月\\d{1,2}日\\s*(?:印发|签发)?\\s*$");

    /** 镇长办公会议纪要, …工作要点: a line naming the kind of document it titles. */
    private static final Pattern DOCUMENT_KIND = Pattern.compile("(?:纪要|通报|通知|方案|计划|要点|报告|意见|总结|汇报|专报|简报)$");

    /** The document's title: its first line when it is short enough to be one, else "" (a text with no title). */
    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        String line = (nl < 0 ? text : text.substring(0, nl)).strip();
        // 中共蕖阳县委督查室 / 关于…的督查反馈意见: a 版头 naming the issuer stands above the title, which is the next line.
        if (nl >= 0 && MASTHEAD.matcher(line).matches()) {
            int next = text.indexOf('\n', nl + 1);
            String second = (next < 0 ? text.substring(nl + 1) : text.substring(nl + 1, next)).strip();
            // (桂岭镇人民政府 / 镇长办公会议纪要: the title names the kind of document it is)
            if ((second.startsWith("关于") || DOCUMENT_KIND.matcher(second).find()) && line.length() + second.length() <= TITLE_LINE_MAX) {
                return line + second;
            }
        }
        return line.length() <= TITLE_LINE_MAX ? line : "";
    }

    /**
     * A 版头's issuer alone on its line (中共蕖阳县委督查室, two organs 中共X县委办公室　X县人民政府办公室), or the organ's
     * name and 文件 (县人民政府文件): the masthead over a title.
     */
    private static final Pattern MASTHEAD = Pattern.compile(
            "^[\\p{IsHan}（）()][\\p{IsHan}（）()\\s\u3000]{1,40}(?:室|局|委|委员会|政府|办公室|办|党委|党工委|办事处|街道|镇|乡|中心|指挥部)(?:文件)?$");

    private static final int TITLE_LINE_MAX = 60;

    /** (关于…考核工作的自查报告, 关于…自查情况的报告: a self-check reports what was done, item by item) */
    private static final Pattern SUMMARY_TITLE = Pattern.compile("总结|汇报|述职|工作报告|情况报告|情况的报告|完成情况|工作情况|自查报告|自评报告"
            // 调研报告, 审计报告, 评估报告: a report of what was found
            + "|调研报告|调查报告|审计报告|评估报告|检查报告");
    // (…第十六个五年规划纲要, …发展规划: a plan for years ahead, not a 村庄规划编制 a summary may report)
    // (…民生实事候选项目公示（征求意见稿）: the candidates are work proposed, a draft put out for comment is a plan not yet adopted)
    // (…目标管理责任书, …责任状: the targets a body signs up to for the year ahead)
    private static final Pattern PLAN_TITLE = Pattern.compile("计划|方案|要点|安排|打算|实施意见|任务分解|行动|规划纲要|五年规划|发展规划|候选项目|征求意见稿|责任书|责任状");
    /** A notice or an opinion that sets work going: 关于开展…的通知, 关于做好…工作的通知, 关于加快…的意见. */
    private static final Pattern DIRECTING_WORK = Pattern.compile("关于(?:开展|做好|加强|加快|推进|进一步|实施|组织|落实|深入)[^。]{0,40}(?:通知|意见)");
    private static final Pattern REPORTED_TITLE = Pattern.compile("通报|推进情况|进展情况|完成情况|督查情况|进度情况");
    private static final Pattern PLAN_WORD_TITLE = Pattern.compile("计划|打算|安排|方案|要点|思路");

    /**
     * The document's genre from its title (its first line, or its file name): a 总结 or 汇报 reports
     * what was done, a 计划 or 方案 what is to be done. Both in one title (上半年总结和下半年打算)
     * decide nothing; nor does a speech, which does both.
     */
    static Meaning.Genre genre(String doc, String text) {
        String title = doc == null ? "" : doc;
        for (String line : text.lines().limit(5).toList()) {
            String l = line.strip();
            if (Outline.isNumberedHeading(l)) {
                break; // a document that opens with "一、2023年工作完成情况" has no title, and that heading is no genre
            }
            if (!l.isEmpty() && l.length() <= 60) {
                title = title + " " + l;
                if (!MASTHEAD.matcher(l).matches()) {
                    break; // (杉沅县安全生产委员会办公室 above 关于…的通知: the issuer, then the title)
                }
            }
        }
        // 关于开展…的通知, 关于做好…的意见: a notice that sets work going plans it.
        if (DIRECTING_WORK.matcher(title).find()) {
            return Meaning.Genre.PLAN;
        }
        // …专项行动推进情况的督查通报: a bulletin or an account of progress reports, whatever campaign it is of.
        if (REPORTED_TITLE.matcher(title).find() && !PLAN_WORD_TITLE.matcher(title).find()) {
            return Meaning.Genre.SUMMARY;
        }
        boolean summary = SUMMARY_TITLE.matcher(title).find();
        boolean plan = PLAN_TITLE.matcher(title).find();
        return summary && !plan ? Meaning.Genre.SUMMARY : plan && !summary ? Meaning.Genre.PLAN : Meaning.Genre.MIXED;
    }

    /**
     * A deadline comes only from a time word in the quantity's own sentence: a date in its own
     * clause; else one that opens the sentence, which binds every clause (四季度做好…,…尽快竣工);
     * else none when its clause says 尽快 or 按期; else the clauses right after it that carry no
     * quantity of their own (…XX户,争取9月底完成); else, for a 其中 part, the nearest clause before
     * it that names a time (3月底完成…XX户,其中…XX户).
     */
    private static LocalDate ownDeadline(TimeWords.Mark mark) {
        return mark != null && mark.dated() ? mark.date() : null;
    }

    static LocalDate deadline(TimeWords.Mark[] marks, boolean[] hasQuantity, int opener, boolean[] part, int clause) {
        int from = binding(marks, hasQuantity, opener, part, clause, true);
        return from < 0 ? null : marks[from].date();
    }

    /**
     * The clause whose time word binds {@code clause}, by the reach rules above, or -1: its own dated
     * word; the dated word that opens the sentence ({@code opener}); none when its own word gives no
     * date; the first time word in the clauses after it that hold no work of their own; with
     * {@code lookBack} and {@code clause} a 其中 part, the nearest one before it.
     */
    private static int binding(TimeWords.Mark[] marks, boolean[] hasQuantity, int opener, boolean[] part, int clause,
            boolean lookBack) {
        if (marks[clause] != null && marks[clause].dated()) {
            return clause;
        }
        if (opener >= 0 && marks[opener].dated()) {
            return opener;
        }
        if (marks[clause] != null) {
            return -1;
        }
        for (int c = clause + 1; c < marks.length && c <= clause + REACH && !hasQuantity[c]; c++) {
            if (marks[c] != null) {
                return c;
            }
        }
        // a 其中 part goes back to its whole's time word (ANNOTATION.md)
        for (int c = clause - 1; lookBack && part[clause] && c >= 0 && c >= clause - REACH; c--) {
            if (marks[c] != null) {
                return c;
            }
        }
        return -1;
    }

    /** What may stand before a time word that opens its sentence: a label (办理要求：), a list marker (一是, (二)), then 力争/确保…在. */
    private static final Pattern OPENING_BEFORE = Pattern.compile("\\s*(?:[^，,。；;：:]{0,16}[：:])?\\s*"
            + "(?:[（(]?[一二三四五六七八九十0-9]{1,3}[)）.、．]|[一二三四五六七八九十]是|第[一二三四五六七八九十]+[，,、]?)?\\s*"
            // 会议要求年底前…: what minutes say a meeting required, before the date it set
            + "(?:" + Segment.MEETING_REQUIRED + ")?"
            + "(?:力争|确保|争取|计划|预计|拟|要|务必)?(?:在|于|到)?(?:明年|今年|当年|次年|来年)?\\s*");
    /** 会议要求，: the clause of minutes that says what follows was required; the sentence opens after it. */
    private static final Pattern REQUIRED_LEAD = Pattern.compile("\\s*" + Segment.MEETING_REQUIRED + "\\s*[，,]\\s*");
    /** 办理要求：, 整改措施：, 重点办好以下民生实事：: a label, after which the sentence opens. */
    private static final Pattern LABEL = Pattern.compile("[^，,。；;]{0,20}[：:]\\s*");

    /** The clause whose time word opens the sentence (after at most a label and a list marker), or -1. */
    private static int opener(String s, List<Sentences.Span> clauses, TimeWords.Mark[] marks) {
        int k = 0;
        while (k < clauses.size() - 1 && marks[k] == null
                && (LABEL.matcher(clauses.get(k).of(s)).matches() || REQUIRED_LEAD.matcher(clauses.get(k).of(s)).matches())) {
            k++;
        }
        if (k >= clauses.size() || marks[k] == null) {
            return -1;
        }
        String text = clauses.get(k).of(s);
        return OPENING_BEFORE.matcher(text.substring(0, Math.min(marks[k].at(), text.length()))).matches() ? k : -1;
    }

    /** 其中, 含: a part of the whole before it. */
    private static final Pattern PART_OPENING = Pattern.compile("\\s*(?:其中|含|包括)");
    private static final Pattern PART_ALONE = Pattern.compile("\\s*(?:其中|含|包括)\\s*[,，:：]?\\s*");

    /** 原计划, 原定于, 按计划应于: the date a plan set before, that the work is measured against. */
    private static final Pattern FORMER_PLAN = Pattern.compile("(?:原计划|原定|原要求|按计划应|按要求应|本应)(?:于|在)?$");

    /**
     * The firm deadline (年底前, 9月底前, 年内) that binds a clause, as written: the clause's own time
     * word, else the one that opens the sentence, else the first in the clauses right after it that hold
     * no work of their own (a size does not count) (…新建配套道路2条,…,争取在年底前全面完工). Null when the time word
     * that binds it is no firm deadline, or there is none.
     */
    private static String firmDeadline(String s, List<Sentences.Span> clauses, TimeWords.Mark[] marks, boolean[] hasQuantity,
            int opener, boolean[] part, int clause) {
        // A time word of the clause's own that gives no date (尽快) leaves it without a firm deadline.
        int from = marks[clause] != null && !marks[clause].dated() ? -1 : binding(marks, hasQuantity, opener, part, clause, false);
        if (from < 0 || !marks[from].firm()) {
            return null;
        }
        String text = clauses.get(from).of(s);
        int at = marks[from].at();
        if (FORMER_PLAN.matcher(text.substring(Math.max(0, at - 5), at)).find()) {
            return null; // 原计划9月底前建成: the plan the work has missed, no deadline still ahead
        }
        int end = at;
        while (end < text.length() && end - at < 10 && "前内".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(at, Math.min(text.length(), end + 1));
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

    /**
     * A year-end report reviews one year and plans the next (一、2023年工作总结 … 三、2024年工作计划):
     * it was given in the year it reviews, whatever year it names most, so 明年 is the planned year.
     */
    static int spokenIn(Outline outline, int named) {
        Set<Integer> reviewed = new HashSet<>();
        Set<Integer> planned = new HashSet<>();
        for (Outline.Section s : outline.sections()) {
            if (s.year != null && (s.parent == null || !s.year.equals(s.parent.year))) {
                (s.role == Role.PLAN ? planned : s.role == Role.REVIEW ? reviewed : new HashSet<Integer>()).add(s.year);
            }
        }
        for (int y : reviewed) {
            if (planned.contains(y + 1) && (named == y || named == y + 1)) {
                return y;
            }
        }
        return named;
    }

    /** The year the document speaks of: the one it names most often, the later on a tie. */
    static int documentYear(String text, int thisYear) {
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
        return thisYear;
    }

    /** The year and month of the date line under a document's title (2025年12月16日), among its first lines; else null. */
    static int[] dateLine(Outline outline) {
        int seen = 0;
        for (Outline.Section s : outline.sections()) {
            if (++seen > 3) {
                break;
            }
            Matcher m = s.marker.isEmpty() ? DATE_LINE.matcher(s.title) : null;
            if (m != null && m.matches()) {
                Matcher d = DATE_PARTS.matcher(s.title);
                if (d.find()) {
                    return new int[]{Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2))};
                }
            }
        }
        return null;
    }

    private static final Pattern DATE_PARTS = Pattern.compile("(\\d{4})年(\\d{1,2})月");

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
            out.add(new OutlineNode(s.id, s.rank, s.marker, s.title, s.role, s.year, s.runIn, nt.toSource(s.start),
                    nt.sourceEnd(s.end), nodes(s, nt)));
        }
        return out;
    }

    /**
     * A clause that says how a work is to be done rather than a work: a few words, 要, a short predicate
     * (排查识别要准确，纳入监测要及时). Items made only of such clauses are the aspects of the item above them,
     * which is the task (TASKS.md: one item of work, not its manner).
     */
    private static final Pattern MANNER = Pattern.compile("^[^，,。；;：:（(]{1,10}要[^，,。；;：:（(]{1,4}(?:[，,。；;（(]|$)");
    /**
     * A line that dates a document: 2022年10月28日, perhaps where and at what (在…镇第十九届人民代表大会…上), perhaps after a dash
     * (——2027年1月8日在…人民代表大会…上, under a 政府工作报告's title; ——在…会议上（2027年11月24日）), or after its issuer.
     */
    private static final Pattern DATE_LINE = Pattern
            .compile("^\\s*(?:[—－\\-―–─]{1,2}\\s*)?[（(]?\\d{4}年\\d{1,2}月\\d{1,2}日[^。；;！!？?]{0,40}$"
                    // ——在县十九届人大常委会第十二次会议上（2027年11月24日）: where first, the date in brackets after it
                    + "|^\\s*[—－\\-―–─]{1,2}\\s*[^。；;！!？?（()）]{2,40}[（(]\\d{4}年\\d{1,2}月\\d{1,2}日[)）]\\s*$"
                    // 澴溪县人民政府督查室2028年2月22日: the issuer and the date on one line, under a 专报's masthead
                    + "|^\\s*[\\p{IsHan}（）()]{2,30}?(?:局|室|办公室|委员会|委|办|政府|院|中心|镇|乡|街道)[\\s\u3000]*\\d{4}年\\d{1,2}月\\d{1,2}日\\s*$");
    /** A document framed as one period's plan in its opening (四季度…攻坚战, 上半年工作安排): its items are due at the period's end. */
    private static final Pattern PERIOD = Pattern.compile("(?:第)?([一二三四1-4])季度|([上下])半年");

    private static List<ProposedTask> tasks(Outline outline, NormalisedText nt, int docYear, int docMonth, Written written,
            List<Quantity> quantities, List<Integer> quantityAt) {
        int spoken = written.spokenIn(docYear);
        List<ProposedTask> tasks = new ArrayList<>();
        String text = nt.text();
        String planSubject = planSubject(titleLine(text));
        LocalDate periodEnd = periodEnd(text, outline, docYear);
        Set<Outline.Section> mannerParents = new HashSet<>();
        for (Outline.Section s : outline.sections()) {
            if (s.children.size() >= 2 && s.children.stream().allMatch(c -> c.isLeaf() && isManner(c, text, quantityAt))) {
                mannerParents.add(s);
            }
        }
        for (Outline.Section s : outline.sections()) {
            if (s.parent != null && mannerParents.contains(s.parent)) {
                continue; // an aspect of the item above, which is proposed itself
            }
            if (!(s.isLeaf() || mannerParents.contains(s)) || s.end <= s.start) {
                continue;
            }
            int itemYear = s.year != null ? s.year : docYear; // (the year the item's own date words speak in)
            List<Integer> mine = new ArrayList<>();
            LocalDate due = null;
            for (int q = firstAtOrAfter(quantityAt, s.start); q < quantities.size() && quantityAt.get(q) < s.end; q++) {
                mine.add(q);
                String d = quantities.get(q).deadline();
                if (d != null && (due == null || LocalDate.parse(d).isAfter(due))) {
                    due = LocalDate.parse(d);
                }
            }
            // The last part runs into the signature under the text (中共蕖阳县委督查室 / 2026年12月2日): the date it was
            // signed on is no deadline of the part's work.
            String body = withoutSignature(text.substring(s.start, s.end).strip());
            // (the title with the byline under it — 中共菖溪镇委员会书记 葛砚秋 — is bare too)
            boolean byline = s.start == 0
                    && body.lines().skip(1).map(String::strip).allMatch(l -> l.isEmpty() || ISSUER.matcher(l).matches());
            if ((body.length() <= s.marker.length() + s.title.length() || byline) && mine.isEmpty() && s.rank == 0) {
                continue; // a bare part heading such as the document's title
            }
            if (mine.isEmpty() && (body.endsWith("：") || body.endsWith(":"))) {
                continue; // a part that only introduces the items after it (突出抓好以下六个方面工作：) groups them, it is no work
            }
            if (mine.isEmpty() && INTRODUCES.matcher(body).find()) {
                continue; // 现将…情况报告如下, 现将有关事项通知如下：: the opening that introduces the parts after it, no work
            }
            // 四、有关要求 with no item of its own, or the items a lead introduces as its 有关要求如下: an exhortation to close
            // the text; a report-back it asks for (于1月28日前将落实情况报镇党政办) is no work of the plan.
            if (mine.isEmpty() && (SAFEGUARDS.matcher(s.title).find() || demanded(s))
                    && latestDate(REPORT_BACK.matcher(body).replaceAll(""), docYear, docYear, docMonth) == null) {
                continue;
            }
            if (REQUEST_PART.matcher(s.title).find() || s.parent != null && REQUEST_PART.matcher(s.parent.title).find()) {
                continue; // 五、需要协调解决的事项: what the unit asks of the level above, no work of its own to track
            }
            if (s.marker.isEmpty() && (mine.isEmpty() || ISSUED_HEREWITH.matcher(body).find())
                    && (ISSUING.matcher(s.title.strip()).find() || ISSUE_NUMBER.matcher(s.title.strip()).matches())) {
                // 关于印发《…计划》的通知: the cover that issues the plan below, whose items are the work (the figures its note
                // names — 十件民生实事 — are the plan's own, counted there); 第9期: an issue's number
                continue;
            }
            if (s.start == 0 && s.marker.isEmpty() && MASTHEAD.matcher(s.title.strip()).matches()) {
                continue; // 槭阳县市场监督管理局文件, 葳川县蕤溪镇人民政府: the masthead over the title, no work
            }
            // (an annex's task table left inside such a part — 附件：…项目清单 — is still read below)
            // (（四）加强宣传引导。县融媒体中心要…全年刊发报道不少于60篇: a managing heading over work of its own — a doer and a
            // figure — is that work)
            // (（一）强化责任落实。局办公室要在1月底前完成…任务分解: a doer and a date of its own are work too)
            boolean ownWork = MANAGING.matcher(s.title).find()
                    && (!mine.isEmpty() || latestDate(body, itemYear, spoken, docMonth, false, written) != null)
                    && !TaskUnits.of(body).isEmpty();
            if ((framesOrTerms(s.title) || s.parent != null && framesOrTerms(s.parent.title)) && !ownWork
                    && listRows(s, text, nt, quantityAt, itemYear, docMonth, written).rows().isEmpty()) {
                continue; // 指导思想, 基本原则, 发展基础: the frame a plan sets out before its work, no work of its own (TASKS.md)
            }
            // Under a closing 整改要求 or 有关要求 part, an item with no date and no figure exhorts (压实整改责任); one the
            // office dates (12月15日前整改到位) is still work, kept below.
            if (mine.isEmpty() && s.parent != null && SAFEGUARDS.matcher(s.parent.title).find()
                    && latestDate(body, docYear, docYear, docMonth) == null) {
                continue; // 保障措施: 加强组织领导, 严格督导问责 — how the work is to be backed, no work of its own (TASKS.md)
            }
            if (s.marker.isEmpty() && Outline.DOCUMENT_NUMBER.matcher(s.title.strip()).matches()) {
                continue; // 苇办发〔2027〕6号: the document's number, no work
            }
            if (s.marker.isEmpty() && DATE_LINE.matcher(s.title).matches()) {
                continue; // the date (and place) line under a report's title, and the address to the meeting below it
            }
            if (s.marker.isEmpty() && mine.isEmpty() && (isSignature(body) || body.isEmpty() && s.rank == 0)) {
                continue; // the signature under the text: who issued it and when (柳河镇人民政府 / 2025年12月20日)
            }
            // A problem an office orders put right (整改要求：…12月15日前完成) is work to be done: a clerk keeps it in the
            // 整改台账 as a task, led by whom the demand names.
            boolean rectification = s.role == Role.PROBLEMS && (RECTIFY.matcher(body).find()
                    || s.parent != null && RECTIFY.matcher(s.parent.title).find());
            Role role = rectification ? Role.PLAN : s.role;
            if (s.role == Role.PROBLEMS && !rectification) {
                continue; // 存在的问题 states what is wrong; the remedy, where one is ordered, is the task (TASKS.md: plan parts only)
            }
            boolean describesDoneWork = s.role == Role.REVIEW;
            LocalDate ownDate = null;
            if (!describesDoneWork) {
                // Work already done or a problem stated has no deadline of its own to propose. An item's own words may
                // set a later date than its figures do (上半年全部开工，11月底前全部完工): the item is due at the latest.
                // (批示内容：…“3月20日前整改到位。”, 办理情况：2月10日完成招标: the instruction quoted and the work reported are dated
                // before the bulletin; what the item is still due by is in its 办结时限 and 剩余工作)
                LocalDate own = latestDate(REPORTED_LINE.matcher(body).replaceAll(""), itemYear, spoken,
                        docMonth, false, written);
                if (own != null && (due == null || own.isAfter(due))) {
                    due = own;
                }
                ownDate = own;
            }
            // A ledger task may take its section's deadline (二、上半年重点任务 → 06-30); the quantity
            // records never do, per the extraction contract. The date line under a title dates the document, not its work.
            LocalDate inherited = null;
            for (Outline.Section up = s.parent; inherited == null && !describesDoneWork && up != null
                    && up != outline.root; up = up.parent) {
                if (up.marker.isEmpty() && DATE_LINE.matcher(up.title).matches()) {
                    continue;
                }
                // 关于2029年上半年…情况的通报 above 五、工作要求: the period a review looks back on is no date its demands are due by.
                if (up.role == Role.REVIEW) {
                    continue;
                }
                TimeWords.Mark mark = written.ahead(TimeWords.in(up.title, up.year != null ? up.year : docYear, spoken, docMonth),
                        up.title);
                inherited = mark == null ? null : mark.date();
                // 以下项目…均须于2027年12月底前全面完成: the words that open a part, before its first item, date its items.
                if (inherited == null && !up.children.isEmpty()) {
                    int leadFrom = Math.min(text.length(), up.lineEnd + 1);
                    int leadTo = up.children.get(0).start;
                    if (leadTo > leadFrom && leadTo - leadFrom <= PART_LEAD_MAX) {
                        String lead = text.substring(leadFrom, leadTo);
                        inherited = latestDate(lead, up.year != null ? up.year : docYear, spoken, docMonth, true, written);
                    }
                }
            }
            if (inherited == null && !describesDoneWork && s.role == Role.UNKNOWN) {
                inherited = periodEnd; // a quarter's or half-year's plan: its items are due when the period ends
            }
            // 攻坚时限：6月27日前 on the item's own line: the office set the date in a field of its own — it wins over the year
            // its figures are planned for (年度计划投资6亿元 is the project's year, not this work's); a later date the item's
            // own words set (剩余工作：4月20日前 after a lapsed 办结时限) still stands.
            LocalDate labelled = describesDoneWork ? null : labelledDue(body, itemYear, spoken, docMonth, written);
            if (labelled != null) {
                due = ownDate != null && ownDate.isAfter(labelled) ? ownDate : labelled;
            }
            due = due == null ? inherited : due;
            Rows table = listRows(s, text, nt, quantityAt, itemYear, docMonth, written);
            // (a 问题整改清单 ordered put right — 序号 问题 责任单位 整改时限 — is a list of work, as its part is)
            List<ProposedTask> rows = table.rows().stream().map(r -> role == Role.PLAN ? r.withRole(role) : r).toList();
            if (!rows.isEmpty()) {
                // A task list (附件：…任务清单): one task a row, as the office drew them up — unless it restates the tasks
                // the body set out already, which stay one task each. A list of projects (项目名称 | 建设内容 | …) names
                // works of its own, each tracked apart, whatever tasks the body grouped them under.
                if (table.projects() || !restates(rows, tasks)) {
                    tasks.addAll(rows);
                } else if (unitsNamedIn(rows) * 2 > rows.size() && unitsNamedIn(tasks) * 3 < tasks.size()) {
                    // A 任务分解表 that restates a body naming no one (目标任务 by field, with only their 分值): the table,
                    // which names the lead and the date of each, is the ledger the office keeps.
                    List<ProposedTask> restated = tasks.stream().filter(t -> restatedBy(t, rows)).toList();
                    Set<String> parts = new HashSet<>();
                    restated.forEach(t -> parts.add(topPart(t.sectionId())));
                    // The body's other items of those parts name no one either: the table stands for the whole of them.
                    tasks.removeIf(t -> restated.contains(t) || t.units().isEmpty() && parts.contains(topPart(t.sectionId())));
                    tasks.addAll(rows);
                }
                continue;
            }
            // 此外，A要在4月25日前…；B要在5月31日前…: one task a work where the doers and the dates differ (TASKS.md). So too an
            // item whose works, cut at its ；, each name a lead of their own (…（县发改局牵头）；…（县工业园区管委会负责）): a
            // work without a date of its own there is due when its part is.
            // 1.峄溪经济开发区锂电正极材料产业园项目。总投资…。建设…，3月底前…，2028年6月底前竣工投产: an item of a list of
            // projects, naming one and telling its scale, is that project's work, tracked whole however many dates its steps
            // have. (4.镇卫生院综合楼项目。镇财政所要…；镇卫生院要…: a bulletin's demands of several doers about one project
            // stay works of their own.)
            boolean oneProject = ONE_PROJECT.matcher(s.title).matches() && PROJECT_SCALE.matcher(body).find();
            if ((s.besides || s.children.isEmpty()) && !describesDoneWork && !oneProject) {
                List<ProposedTask> works = besides(s, text, nt, quantityAt, itemYear, docMonth,
                        written, role, s.besides ? null : inherited);
                if (works.size() >= 2) {
                    tasks.addAll(works);
                    continue;
                }
                if (!s.besides) {
                    works = datedWorks(s, text, nt, quantityAt, itemYear, docMonth, written, role,
                            TaskUnits.of(body));
                    if (works.size() >= 2) {
                        tasks.addAll(works);
                        continue;
                    }
                }
            }
            String taskTitle = title(s.title, body.substring(Math.min(body.length(), s.marker.length())));
            int taskStart = s.start;
            // 一、工作目标 over its paragraph: the item is the paragraph (its first sentence is the task's), named as an office
            // names it, by what the plan is about (春耕备耕生产工作目标).
            int headingEnd = body.indexOf('\n');
            if (GOALS_HEADING.matcher(taskTitle).matches() && headingEnd > 0 && !body.substring(headingEnd).isBlank()) {
                taskStart = s.start + headingEnd + 1;
                while (taskStart < s.end && Character.isWhitespace(text.charAt(taskStart))) {
                    taskStart++;
                }
                taskTitle = goalsOf(planSubject, taskTitle);
            }
            tasks.add(new ProposedTask("T" + s.id, s.id, taskTitle, body, role, due == null ? null : due.toString(),
                    mine, TaskUnits.of(body), nt.toSource(taskStart), nt.sourceEnd(s.end)));
        }
        sharedFieldLine(tasks, docYear, spoken, docMonth, written);
        return tasks;
    }

    /** 攻坚时限：6月27日前, 完成时限：2027年8月31日前: a field naming the date the work is due. */
    private static final Pattern DUE_FIELD = Pattern.compile("(?:完成|攻坚|办结|整改|办理)时限[：:]\\s*([^\\s　，,。；;]{2,20})");

    private static LocalDate labelledDue(String body, int year, int spoken, int docMonth, Written written) {
        LocalDate latest = null;
        for (Matcher m = DUE_FIELD.matcher(body); m.find();) {
            LocalDate d = latestDate(m.group(1), year, spoken, docMonth, false, written);
            latest = d == null || latest != null && latest.isAfter(d) ? latest : d;
        }
        return latest;
    }

    /** 牵头单位：县教育局　配合单位：…　完成时限：2027年8月31日前, a line of its own. */
    private static final Pattern FIELD_LINE = Pattern.compile("^\\s*(?:牵头单位|责任单位|牵头部门|责任部门)[：:].*$");

    /**
     * （一）教育扩容工程 / 1.… / 2.… / 3.… / 牵头单位：县教育局　配合单位：…　完成时限：8月31日前: a line of fields closing a
     * heading's items names the doers and the date of each of them, not of the last alone (an item's own date, if earlier,
     * still stands: TASKS.md, the item's own words first).
     */
    private static void sharedFieldLine(List<ProposedTask> tasks, int docYear, int spoken, int docMonth, Written written) {
        for (int i = 0; i < tasks.size(); i++) {
            ProposedTask last = tasks.get(i);
            String parent = parentOf(last.sectionId());
            boolean lastOfGroup = i + 1 == tasks.size() || !parentOf(tasks.get(i + 1).sectionId()).equals(parent);
            String[] lines = last.text().strip().split("\n");
            if (!lastOfGroup || parent.isEmpty() || lines.length < 2 || !FIELD_LINE.matcher(lines[lines.length - 1]).matches()) {
                continue;
            }
            String fields = lines[lines.length - 1];
            List<String> units = TaskUnits.of(fields);
            LocalDate due = latestDate(fields, docYear, spoken, docMonth, false, written);
            for (int k = i - 1; k >= 0 && parentOf(tasks.get(k).sectionId()).equals(parent); k--) {
                ProposedTask t = tasks.get(k);
                if (!t.units().isEmpty() || t.sectionId().equals(last.sectionId())) {
                    continue;
                }
                String deadline = t.deadline() != null || due == null ? t.deadline() : due.toString();
                tasks.set(k, new ProposedTask(t.id(), t.sectionId(), t.title(), t.text(), t.role(), deadline, t.quantities(), units,
                        t.start(), t.end()));
            }
        }
    }

    /** 2.1 for 2.1.3; "" for a top-level section. */
    private static String parentOf(String sectionId) {
        int dot = sectionId.lastIndexOf('.');
        return dot < 0 ? "" : sectionId.substring(0, dot);
    }

    /** 县电子元器件产业园标准厂房项目, 县城第二水厂及配套管网工程: a heading that is one project's name. */
    private static final Pattern ONE_PROJECT = Pattern.compile("[\\p{IsHan}（）()0-9]{4,30}(?<!重点|重大|民生|实事|十大)(?:项目|工程)");
    /** 总投资32亿元, 建设内容：, 建设规模: a project told by its scale, as a list of projects tells each. */
    private static final Pattern PROJECT_SCALE = Pattern.compile("总投资|建设内容|建设规模");

    /** The lines of a handled item that quote what was asked or report what was done: 批示内容：, 办理情况：, 办理状态：. */
    private static final Pattern REPORTED_LINE = Pattern.compile(
            "(?m)^\\s*(?:批示内容|批示要求|领导批示|办理情况|办理结果|办理状态|整改情况|整改状态|办结情况)[：:].*$");

    /** The longest opening of a part (before its first item) read for a date that binds its items. */
    private static final int PART_LEAD_MAX = 300;

    /** The formula that opens a text by announcing what follows: 现将…报告如下, …通知如下：, 具体如下. */
    private static final Pattern INTRODUCES = Pattern.compile(
            "现将[^。]{0,60}(?:如下|予以|印发给你们|印发你们)|(?:报告|通知|通报|反馈|汇报|述职|安排|说明)如下|具体如下|现印发给你们|印发给你们，请");

    /** A part that frames a plan rather than assigning work: its principles, its guiding thought, where things stand. */
    private static final Pattern FRAMING = Pattern.compile(
            "^(?:指导思想|基本原则|工作原则|总体要求|发展基础|基本情况|发展现状|现状分析|总体思路|重要意义|编制依据|督查对象|督查内容|督查重点|督查范围|检查内容|检查对象|检查重点)$");
    /** 加强调度通报, 严格奖惩兑现, 压实工作责任: how the work is managed and backed, no work of its own. */
    private static final Pattern MANAGING = Pattern.compile(
            "^(?:加强|强化|严格|健全|完善|压实|落实)(?:调度|通报|督查|督导|考核|奖惩|问责|约谈|组织领导|统筹协调|宣传引导|宣传发动|工作责任|责任落实|责任)"
                    + "(?:通报|考核|兑现|问责|调度|检查|机制|落实)?$");

    /** The terms of a 目标责任书 or a 考核办法: how it is assessed, rewarded and signed, no work of its own. */
    private static final Pattern TERMS = Pattern.compile(
            "^(?:[一二三四五六七八九十]+、)?(?:考核(?:方式|办法|评价|组织|计分|结果运用)|奖惩(?:措施|办法|兑现)?|奖励(?:和|与)?惩处|结果运用|双方责任|甲方责任|乙方责任|附则|容错纠错|一票否决)$");

    private static boolean framesOrTerms(String title) {
        return FRAMING.matcher(title).find() || TERMS.matcher(title).find() || MANAGING.matcher(title).find();
    }

    /** Whether an item is one of those a 有关要求如下： lead introduces: the first after the lead, and its siblings after it. */
    private static boolean demanded(Outline.Section s) {
        if (s.parent == null) {
            return false;
        }
        boolean under = false;
        for (Outline.Section sibling : s.parent.children) {
            if (!sibling.introducedBy.isEmpty()) {
                under = REQUIREMENTS_LEAD.matcher(sibling.introducedBy).find();
            }
            if (sibling == s) {
                return under;
            }
        }
        return false;
    }

    /** 现将《…》印发给你们: the cover note that hands the plan on. */
    private static final Pattern ISSUED_HEREWITH = Pattern.compile("(?:印发|转发|下达)给你们");
    // (the issuer may stand before it: 罍山县人民政府办公室关于印发…的通知)
    private static final Pattern ISSUING = Pattern.compile("^[\\p{IsHan}（）()]{0,30}?关于(?:印发|转发|下达)");
    private static final Pattern ISSUE_NUMBER = Pattern.compile("^[（(]?(?:20\\d\\d年)?第\\s*[0-9一二三四五六七八九十]+\\s*期[)）]?$");

    /** 需要协调解决的事项, 请求支持事项, 恳请…帮助解决的问题: a part that asks the level above for help. */
    private static final Pattern REQUEST_PART = Pattern.compile(
            "^(?:需要?|请求|恳请|提请)[^，。；]{0,10}(?:协调|解决|支持|帮助)[^，。；]{0,8}(?:事项|问题|困难)$|^(?:请示|建议|请求)事项$");

    /** 有关要求如下：, 具体要求如下: a lead whose items are demands on how the work is done. */
    private static final Pattern REQUIREMENTS_LEAD = Pattern.compile("(?:有关|工作|具体|几点|相关)要求(?:如下)?[：:]?\\s*$");
    /** 于1月28日前将落实情况报镇党政办: a report back to the office, asked of everyone. */
    private static final Pattern REPORT_BACK = Pattern.compile(
            "(?:^|(?<=[。；;\\n]))[^。；;\\n]*?(?:将|把)[^。；;\\n]{0,24}(?:情况|进展|结果|材料|总结|台账)[^。；;\\n]{0,8}(?:报送|上报|报告|报)[^。；;\\n]*");
    /** A part on how the work is backed: its items exhort, they assign no work. */
    private static final Pattern SAFEGUARDS = Pattern.compile("保障措施|组织保障|工作保障|保障机制|保障体系|^(?:[一二三四五六七八九十]+、)?(?:有关要求|工作要求|相关要求|整改要求)$");
    /** A demand that a problem be put right. */
    private static final Pattern RECTIFY = Pattern.compile("整改要求|限期整改|立即整改|整改时限|(?<!被)责令|前(?:完成)?整改|(?<![未没])整改到位|督促[^。；]{0,20}(?:整改|完成)");

    /** The top-level part a section stands in: 2 for 2.3.1. */
    private static String topPart(String sectionId) {
        int dot = sectionId.indexOf('.');
        return dot < 0 ? sectionId : sectionId.substring(0, dot);
    }

    private static long unitsNamedIn(List<ProposedTask> tasks) {
        return tasks.stream().filter(t -> !t.units().isEmpty()).count();
    }

    /** Whether any row of the table restates the task. */
    private static boolean restatedBy(ProposedTask task, List<ProposedTask> rows) {
        return rows.stream().anyMatch(row -> restatesTask(row, task));
    }

    /** Whether a row restates a task: six in ten of the row title's two-character words stand in the task's text. */
    private static boolean restatesTask(ProposedTask row, ProposedTask task) {
        Set<String> words = bigrams(row.title());
        long in = words.stream().filter(task.text()::contains).count();
        return !words.isEmpty() && in * 10 >= words.size() * 6;
    }

    /** Whether most rows of a task list (six in ten) restate work the body set out already. */
    private static boolean restates(List<ProposedTask> rows, List<ProposedTask> before) {
        long same = rows.stream().filter(row -> before.stream().anyMatch(t -> restatesTask(row, t))).count();
        return same * 10 >= rows.size() * 6;
    }

    private static Set<String> bigrams(String text) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            if (TextNormaliser.isHan(text.charAt(i)) && TextNormaliser.isHan(text.charAt(i + 1))) {
                out.add(text.substring(i, i + 2));
            }
        }
        return out;
    }

    private static final int TITLE_MAX = 20;
    private static final Pattern TITLE_MOOD = Pattern.compile("^(?:确保|力争|要|全力|切实|进一步|持续|着力|全面)+");
    private static final Pattern TITLE_TIME = Pattern.compile(
            "(?:20\\d\\d年)?(?:\\d{1,2}月(?:\\d{1,2}日)?(?:底|末|中旬|上旬|下旬)?|年底|年内|全年|年末|一季度|二季度|三季度|四季度|上半年|下半年)(?:前|以前|之前|内)?|(?:春节|元旦)(?:前|以前|之前)");
    /** 动员部署阶段（2027年3月—6月）: the time in brackets after a phase's name is its deadline, not its title. */
    private static final Pattern BRACKETED_TIME = Pattern.compile("[（(][^（）()]*(?:\\d|[一二三四五六七八九十])月[^（）()]*[）)]$");

    /** A task named in a field of its own: 任务名称：…；, 项目名称：…，. */
    private static final Pattern NAMED_TASK = Pattern.compile("(?:任务名称|项目名称|事项名称|工作任务|任务内容|事项)[：:]([^；;。，,]{2,40})");

    /** Opening clauses of who leads (由党政办牵头，会同…，) and a span of days (1月10日至2月28日，), each closed by its comma. */
    private static final Pattern OPENING_WHO_OR_WHEN = Pattern.compile("^(?:(?:由[^，,；;。]{2,24}?(?:牵头|负责)|会同[^，,；;。]{2,30}|"
            + "(?:\\d{1,2}月\\d{1,2}日?)(?:至|—|-)(?:\\d{1,2}月)?\\d{1,2}日?|春运期间)[，,])+");
    /** Who is to act and how they were told, before the work a directive names: 会议原则同意, 由…, …要, 会同…. */
    private static final Pattern DIRECTED = Pattern.compile("^(?:会议(?:原则)?(?:同意|决定|要求|明确))?(?:由)?");
    private static final Pattern AFTER_DOER = Pattern.compile("^(?:要|将|须|必须|负责|牵头|于|在|根据[^，,；;。]{0,12}(?:意见|要求|部署))+");
    private static final Pattern WITH_OTHERS = Pattern.compile("^会同[^，,；;。]*?(?=加强|开展|做好|推进|完成|落实|组织|建立|制定|督促|实施|$)");

    /**
     * An item that opens with who does it (县住建局要…, 由县发展改革局牵头，…, 会议同意由县财政局于12月底前追加拨付…) is titled
     * by the work it names, not by its doer: the doer, its 要/牵头/会同…, and a clause that only names a lead or a time
     * are passed over.
     */
    static String title(String heading, String body) {
        // 1.任务名称：建设县级公共仓储配送中心；目标要求：…: a task list names its work in a field of its own.
        Matcher named = NAMED_TASK.matcher(body.strip());
        if (named.lookingAt()) {
            return title(named.group(1).strip());
        }
        // （一）由党政办牵头，对照…, （一）1月10日至2月28日，由应急管理办牵头在全镇开展…: the clauses that say who and when open
        // the item; the work is named after them.
        String opened = OPENING_WHO_OR_WHEN.matcher(heading.strip()).replaceFirst("");
        if (!opened.equals(heading.strip()) && opened.length() >= 4) {
            String rest = OPENING_WHO_OR_WHEN.matcher(body.strip()).replaceFirst("");
            return title(opened, rest.isEmpty() ? opened : rest);
        }
        String t = title(heading);
        String first = DIRECTED.matcher(heading.split("[，,；;。：:]", 2)[0].strip()).replaceFirst("");
        TaskUnits.Subjects doers = TaskUnits.subjects(first);
        String afterDoers = first.substring(doers.end());
        boolean directed = !doers.names().isEmpty()
                && (AFTER_DOER.matcher(afterDoers).lookingAt() || afterDoers.startsWith("会同") || afterDoers.isEmpty());
        // 北坪乡收储点建设滞后 names a place and what is wrong there: the place stays in the title.
        if (!directed && !TITLE_TIME.matcher(first).matches()) {
            return t;
        }
        for (String clause : body.split("[。；;]", 2)[0].split("[，,：:]")) {
            String c = DIRECTED.matcher(clause.strip()).replaceFirst("");
            TaskUnits.Subjects who = TaskUnits.subjects(c);
            c = c.substring(who.end());
            c = AFTER_DOER.matcher(c).replaceFirst("");
            c = WITH_OTHERS.matcher(c).replaceFirst("");
            c = TITLE_TIME.matcher(c).replaceAll("");
            c = AFTER_DOER.matcher(c.strip()).replaceFirst("").strip();
            if (c.length() >= 4) {
                String cleaned = cleaned(c);
                return cleaned.isEmpty() ? t : cleaned;
            }
        }
        return t;
    }

    /**
     * The title an office writes for an item (TASKS.md): its own heading when short; else the work its first clause
     * names, without mood words, dates or the quantity (确保全年完成地区生产总值18.7亿元、固定资产投资8亿元以上 →
     * 完成地区生产总值、固定资产投资).
     */
    static String title(String heading) {
        heading = BRACKETED_TIME.matcher(heading).replaceFirst("");
        if (heading.length() <= TITLE_MAX) {
            return heading;
        }
        String t = cleaned(heading.split("[，,；;。：:]", 2)[0]);
        return t.isEmpty() ? heading.substring(0, TITLE_MAX) : t;
    }

    /** A clause without its quantities, mood words and times, at most {@link #TITLE_MAX} long; "" when nothing is left. */
    private static String cleaned(String clause) {
        StringBuilder out = new StringBuilder(clause);
        List<QuantityFinder.Found> found = QuantityFinder.find(clause);
        for (int i = found.size() - 1; i >= 0; i--) {
            QuantityFinder.Found f = found.get(i);
            int end = f.end();
            for (String bound : new String[]{"以上", "以内", "左右", "以下"}) {
                if (clause.startsWith(bound, end)) {
                    end += bound.length();
                }
            }
            out.delete(f.start(), end);
        }
        String t = TITLE_TIME.matcher(TITLE_MOOD.matcher(out.toString().strip()).replaceFirst("")).replaceAll("");
        t = TITLE_MOOD.matcher(t).replaceFirst("").replaceAll("^[、和及与]+|[、和及与]+$", "").strip();
        return t.length() > TITLE_MAX ? t.substring(0, TITLE_MAX) : t;
    }

    /** How far around a figure its sentence is read. */
    private static final int AROUND = 300;

    private static String around(String s, int start, int end) {
        return s.length() <= 2 * AROUND ? s : s.substring(Math.max(0, start - AROUND), Math.min(s.length(), end + AROUND));
    }

    /** The last {@code word} before {@code at}, no further back than {@link #AROUND}; -1 when none. */
    private static int lastWithin(String s, String word, int at) {
        int from = Math.max(0, at - AROUND);
        int found = s.substring(from, Math.min(s.length(), at + word.length())).lastIndexOf(word);
        return found < 0 || from + found > at ? -1 : from + found;
    }

    /** The column a task list names its work in. */
    private static final Set<String> TITLE_COLUMNS = Set.of("项目名称", "工作任务", "任务名称", "重点任务", "任务内容", "项目", "任务", "事项",
            "工作事项", "工作内容", "具体任务");
    private static final Set<String> DUE_COLUMNS = Set.of("完成时限", "完成时间", "时限", "时间节点", "完成期限", "时间要求", "节点目标",
            "进度安排", "时间安排", "节点安排");
    private static final Pattern CELLS = Pattern.compile("[\\t ]+");
    /** 目标任务, 重点任务, 工作事项, 项目名称: the column a task's title stands in. */
    private static final Pattern TITLE_COLUMN = Pattern.compile("^(?:目标|重点|具体|主要|年度|存在)?(?:任务|项目|事项|工作|指标|问题)(?:名称|内容|事项|描述)?$");
    /** 牵头单位, 责任股室（单位）, 责任部门: the column of who does it. */
    private static final Pattern LEAD_COLUMN = Pattern
            .compile("^(?:牵头|责任|实施|承办|主办|主责)(?:单位|部门|股室|科室|处室|站所|领导单位|主体)(?:[（(][^）)]{1,6}[）)])?$");
    /** 完成时限, 完成时间, 时间节点: the column of when. */
    private static final Pattern DUE_COLUMN = Pattern.compile("^(?:完成|办结|整改|竣工)(?:时限|时间|期限)(?:要求)?$|^(?:时限|期限)(?:要求)?$");

    private static boolean titleColumn(String cell) {
        return TITLE_COLUMNS.contains(cell) || TITLE_COLUMN.matcher(cell).matches();
    }

    private static boolean leadColumn(String cell) {
        return LEAD_COLUMN.matcher(cell).matches(); // 牵头单位, 责任部门, 承办单位: every such name, no list beside it
    }

    private static boolean dueColumn(String cell) {
        return DUE_COLUMNS.contains(cell) || DUE_COLUMN.matcher(cell).matches();
    }

    /** A bracketed label closing a stretch of text: …。（责任单位：…）; matched whole, a label standing alone. */
    private static final Pattern CLOSING_LABEL = Pattern.compile("[（(][^（）()]{0,8}?(?:单位|牵头|负责|责任)[^（）()]*[）)]。?$");

    /**
     * A 此外 paragraph or an item cut at its ；: the works it names, each with its own lead and date (a work without a date
     * of its own takes {@code undated} where there is one), or fewer than two when they share a lead, one names no lead
     * or only helpers (…，各乡镇配合).
     */
    private static List<ProposedTask> besides(Outline.Section s, String text, NormalisedText nt, List<Integer> quantityAt, int year,
            int docMonth, Written written, Role role, LocalDate undated) {
        List<ProposedTask> works = new ArrayList<>();
        Set<String> doers = new HashSet<>();
        int from = s.start;
        int lineEnd = indexIn(text, '\n', s.start, s.end);
        int end = lineEnd < 0 ? s.end : lineEnd;
        int k = 0;
        LocalDate previousDue = null;
        // （三）健全长效管护机制。各乡镇要在11月底前…；县财政局要…: the heading sentence names the item, the works follow it.
        int headingEnd = indexIn(text, '。', from, Math.min(end, from + HEADING_SENTENCE_MAX + 1));
        if (!s.marker.isEmpty() && headingEnd >= 0 && headingEnd + 1 < end
                && text.substring(from, headingEnd).indexOf('；') < 0) {
            from = headingEnd + 1;
        }
        // （一）项目建设。 / 县发展和改革局牵头，一季度… / 县交通运输局要… / 县自然资源局要…: a heading alone on its line over
        // paragraphs, each a charge to a doer of its own (a speech's 重点工作和责任分工), is read as one item's works are, and a
        // paragraph ends a work as a full stop before another doer does.
        boolean paragraphs = !s.marker.isEmpty() && headingEnd >= 0 && headingEnd + 1 == end && lineEnd >= 0
                && !text.substring(lineEnd, s.end).isBlank();
        if (paragraphs) {
            from = lineEnd + 1;
            end = s.end;
        }
        // (an item's works told apart by their leads — …（牵头：镇经济发展办）。…（牵头：镇重点项目服务中心）。 — may end at a
        // full stop; a sentence after one that names no doer goes on with the work before it)
        boolean byLead = !s.besides;
        while (from < end) {
            while (paragraphs && from < end && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            int paragraphEnd = paragraphs ? indexIn(text, '\n', from, end) : -1;
            int workEnd = paragraphEnd >= 0 ? paragraphEnd : end;
            int stop = nextWork(text, from, workEnd, byLead);
            int to = stop < 0 ? workEnd : stop + 1;
            if (to <= from) {
                break;
            }
            String clause = text.substring(from, to).strip();
            List<String> units = TaskUnits.of(clause);
            // (…各乡镇要在…10月底前全部投入使用。（责任单位：县住建局、各乡镇牵头）: the item's closing label names the works
            // before as well; a later work's own subject is its doer)
            Matcher closing = CLOSING_LABEL.matcher(clause);
            if (!works.isEmpty() && closing.find() && closing.start() > 0) {
                List<String> own = TaskUnits.of(clause.substring(0, closing.start()));
                units = own.isEmpty() ? units : own;
            }
            char before = previousMark(text, from);
            boolean afterStop = before == '。';
            // (…。 / 对审批…诉求，实行台账管理: a paragraph with no figure and no date of its own after a heading's works is said
            // of them; 各位委员，…县政府将逐条梳理、限时办理 turns to the audience to close the speech or report, no work)
            List<Integer> here = quantitiesIn(quantityAt, from, to);
            LocalDate own = latestDate(clause, year, written.spokenIn(year), docMonth, false, written);
            boolean said = paragraphs && (here.isEmpty() && own == null || AUDIENCE.matcher(clause).lookingAt());
            if ((units.isEmpty() && byLead && afterStop || said) && !works.isEmpty()) {
                ProposedTask last = works.remove(works.size() - 1);
                List<Integer> mine = new ArrayList<>(last.quantities());
                mine.addAll(here);
                works.add(new ProposedTask(last.id(), last.sectionId(), last.title(), last.text() + clause, last.role(), last.deadline(),
                        mine,
                        last.units(), last.start(), nt.sourceEnd(to)));
                from = to;
                continue;
            }
            // …；各乡镇要在…10月底前全部投入使用。（责任单位：县住建局、各乡镇牵头，…配合）: the item's label after works told apart
            // by their own subjects names those works' units again; it is no work of its own.
            if (!works.isEmpty() && CLOSING_LABEL.matcher(clause).matches()) {
                from = to;
                continue;
            }
            // 春节前，由社会事务办牵头…，由派出所牵头…: a work cut at a comma is in the sentence whose opening dated the one before.
            boolean sameSentence = before != 0 && before != '；' && before != '。';
            LocalDate due = own != null ? own : sameSentence && previousDue != null ? previousDue : undated;
            previousDue = due;
            // (a work told apart by a lead label of its own needs no date of its own: its leads differ)
            boolean labelled = byLead && LEAD_LABEL.matcher(clause).find();
            if (due == null && !labelled || units.isEmpty() || !doers.add(units.get(0)) || HELPS_ONLY.matcher(clause).find()
                    && !LEADS.matcher(clause).find()) {
                return List.of(); // a work with no date or no doer of its own: the paragraph is one task
            }
            String body = BESIDES_OPENING.matcher(clause).replaceFirst("");
            // (the first of a heading's paragraphs opens with the heading, which names the item its works are cut from)
            int opens = paragraphs && works.isEmpty() ? s.start : from;
            works.add(new ProposedTask("T" + s.id + "." + ++k, s.id, title(body, body), clause, role, due == null ? null : due.toString(),
                    here, units, nt.toSource(opens), nt.sourceEnd(to)));
            from = to;
        }
        return works;
    }

    /** 各位委员，, 同志们！: the speaker turning to the audience, as a speech or a report to a congress closes. */
    private static final Pattern AUDIENCE = Pattern.compile("(?:各位(?:委员|代表|领导)|同志们)[，,！!：:]");

    /** The mark that ends what stands before {@code at}, past the line breaks between paragraphs (0 at the text's start). */
    private static char previousMark(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 ? 0 : text.charAt(i);
    }

    /** 完成时限：, 时间节点：: an item's own label of when it is due. */
    private static final Pattern DUE_LABEL = Pattern.compile("(?:时限|期限|时间节点)[：:]");

    /** Where {@code c} first stands in {@code text} between {@code from} and {@code to} outside brackets (（牵头：…；配合：…）), or -1. */
    private static int outsideBrackets(String text, char c, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch == '（' || ch == '(') {
                depth++;
            } else if ((ch == '）' || ch == ')') && depth > 0) {
                depth--;
            } else if (ch == c && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * An item whose sentences after its heading each set a work its own date — 一季度末前，完成…储备库更新…。全年争取上级水利资金…。 —
     * is a task a work when the dates differ (TASKS.md: different deadlines, tracked apart), and so is each half of a sentence
     * at its ； (…9月底前完成秋粮收获…；11月底前完成秋冬播油菜…); a sentence with no date goes on with the work before it (or
     * opens the first). One sentence of steps joined by commas (11月中旬完成…，年底前完成投资…) stays one work.
     * The item's lead leads each work that names none of its own.
     */
    private static List<ProposedTask> datedWorks(Outline.Section s, String text, NormalisedText nt, List<Integer> quantityAt, int year,
            int docMonth, Written written, Role role, List<String> itemUnits) {
        int from = s.start;
        int lineEnd = indexIn(text, '\n', s.start, s.end);
        int end = lineEnd < 0 ? s.end : lineEnd;
        int headingEnd = indexIn(text, '。', from, Math.min(end, from + HEADING_SENTENCE_MAX + 1));
        if (s.marker.isEmpty() || headingEnd < 0 || headingEnd + 1 >= end) {
            return List.of(); // no heading sentence of its own: the item is its one work
        }
        if (DUE_LABEL.matcher(text.substring(s.start, s.end)).find()) {
            return List.of(); // （责任单位：…，完成时限：2028年12月底前）: the item is dated as one work, whatever its sentences say
        }
        from = headingEnd + 1;
        List<int[]> spans = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        while (from < end) {
            // (…9月底前完成秋粮收获2.3万亩…；11月底前完成秋冬播油菜1.1万亩…: the halves of a sentence at its ； are works as
            // sentences are)
            int stop = indexIn(text, '。', from, end);
            int half = outsideBrackets(text, '；', from, stop < 0 ? end : stop);
            stop = half >= 0 ? half : stop;
            int to = stop < 0 ? end : stop + 1;
            String sentence = text.substring(from, to);
            LocalDate due = latestDate(sentence, year, written.spokenIn(year), docMonth, false, written);
            if (due == null && !spans.isEmpty()) {
                spans.get(spans.size() - 1)[1] = to;
            } else if (due != null && !spans.isEmpty() && dates.get(dates.size() - 1) == null) {
                spans.get(spans.size() - 1)[1] = to;
                dates.set(dates.size() - 1, due);
            } else {
                spans.add(new int[]{from, to});
                dates.add(due);
            }
            from = to;
        }
        if (spans.size() < 2 || dates.contains(null) || new HashSet<>(dates).size() < 2) {
            return List.of();
        }
        List<ProposedTask> works = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            String clause = text.substring(spans.get(k)[0], spans.get(k)[1]).strip();
            List<Integer> mine = quantitiesIn(quantityAt, spans.get(k)[0], spans.get(k)[1]);
            List<String> units = TaskUnits.of(clause);
            if (mine.isEmpty() && (units.isEmpty() || HELPS_ONLY.matcher(clause).find() && !LEADS.matcher(clause).find())) {
                // a sentence of manner, not a work with a figure of its own: the item stays one task (蔚岗乡要…6月底前完成立项,
                // dated and with a doer of its own, is a work though it counts nothing; 6月底前通过验收，各村配合 names only helpers)
                return List.of();
            }
            // (the first work opens with the item's heading sentence — （一）抓好党员发展。 — which names the item it is cut from)
            int opens = k == 0 ? s.start : spans.get(k)[0];
            works.add(new ProposedTask("T" + s.id + "." + (k + 1), s.id, title(clause, clause), clause, role, dates.get(k).toString(), mine,
                    units.isEmpty() ? itemUnits : units, nt.toSource(opens), nt.sourceEnd(spans.get(k)[1])));
        }
        return works;
    }

    private static final Pattern BESIDES_OPENING = Pattern.compile("^(?:此外|另外)[，,]");
    private static final int HEADING_SENTENCE_MAX = 30;

    /** The indexes of the quantities that start between {@code from} and {@code to}, in order. */
    private static List<Integer> quantitiesIn(List<Integer> quantityAt, int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int q = firstAtOrAfter(quantityAt, from); q < quantityAt.size() && quantityAt.get(q) < to; q++) {
            out.add(q);
        }
        return out;
    }

    /** Where {@code c} first stands in {@code text} between {@code from} and {@code to}, or -1: a search that stops at its item. */
    private static int indexIn(String text, char c, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * ，由派出所牵头开展…: a comma that hands the next work to another lead (not ，由县住建局牵头； closing the work before it).
     */
    private static final Pattern HANDED_ON = Pattern.compile("[，,](?=由[^，,。；;]{2,20}?(?:牵头|负责)[^，,。；;）)])");

    /**
     * Where the work that starts at {@code from} ends: its ；, or a comma after which 由X牵头 opens another once this one has
     * named its own lead (春节前，由社会事务办牵头… opens the first work); -1 at the end.
     */
    private static int nextWork(String text, int from, int end, boolean byLead) {
        int stop = outsideBrackets(text, '；', from, end);
        if (byLead) {
            // …6月底前完成赶超计划。县交通运输局要会同…: a full stop before a sentence whose subject is another doer ends a work
            int limit = stop < 0 ? end : stop;
            for (int full = indexIn(text, '。', from, limit); full >= 0 && full + 1 < limit; full = indexIn(text, '。', full + 1, limit)) {
                if (SUBJECT_OPENS.matcher(text).region(full + 1, limit).lookingAt()) {
                    return full;
                }
            }
            // a full stop ends a work that has named its lead by a label (…（牵头：镇经济发展办）。) — the first full stop after
            // the first label, found in one pass whatever the item's length
            Matcher label = LEAD_LABEL.matcher(text).region(from, limit);
            if (label.find()) {
                int full = indexIn(text, '。', label.end(), limit);
                if (full >= 0) {
                    stop = full;
                }
            }
        }
        Matcher handed = HANDED_ON.matcher(text).region(from, stop < 0 ? end : stop);
        while (handed.find()) {
            if (!TaskUnits.of(text.substring(from, handed.start())).isEmpty()) {
                return handed.start();
            }
        }
        return stop;
    }

    /** 县交通运输局要…, 蔚岗乡要…, 各乡镇负责…: a sentence opened by the unit that is to do its work. */
    private static final Pattern SUBJECT_OPENS = Pattern.compile(
            "(?:(?:县|市|镇|乡|各)[\\p{IsHan}、]{1,18}?(?:局|委|办|中心|公司|站|所|院|队|部|镇|乡|街道|村|社区|单位|部门)"
                    + "|[\\p{IsHan}]{1,4}(?:乡|镇|街道))(?:要|负责|牵头)(?!求)");
    /** （牵头：镇经济发展办）, 牵头单位：, 由县住建局牵头, 县发改局负责: a work's lead named by a label of its own. */
    private static final Pattern LEAD_LABEL = Pattern
            .compile("牵头(?:单位|股室|处室|科室)?[：:]|由[^，,。；;]{2,20}?(?:牵头|负责)|[（(][^（）()]{2,20}?(?:牵头|负责)[）)]");

    /** 各乡镇配合, 协助做好: a work whose doers only help. */
    private static final Pattern HELPS_ONLY = Pattern.compile("配合|协助|协同|参与");
    /** 牵头, 负责, X要…, 牵头股室：: a work whose doer leads it. */
    private static final Pattern LEADS = Pattern.compile("牵头|负责|主抓|要|[：:]");

    /** A task table's rows, and whether it lists projects (its title column is 项目名称). */
    private record Rows(List<ProposedTask> rows, boolean projects) {
    }

    /**
     * A task list laid out as a table (序号 项目名称 建设内容 牵头单位 完成时限, in a Word table or in lines of
     * spaced cells): one task a row, titled by its name column, led by its lead column, due by its deadline column.
     * Columns after the name are counted from the row's end, so a cell with spaces of its own does not shift them.
     */
    private static Rows listRows(Outline.Section s, String text, NormalisedText nt, List<Integer> quantityAt, int year, int docMonth,
            Written written) {
        List<ProposedTask> rows = new ArrayList<>();
        int at = s.start;
        List<String> header = null;
        int titleColumn = -1;
        boolean assigns = false;
        int k = 0;
        while (at < s.end) {
            int lineEnd = text.indexOf('\n', at);
            lineEnd = lineEnd < 0 || lineEnd > s.end ? s.end : lineEnd;
            String line = text.substring(at, lineEnd).strip();
            List<String> cells = line.isEmpty() ? List.of() : List.of(CELLS.split(line));
            if (header == null) {
                int title = -1;
                boolean leadOrDue = false;
                for (int c = 0; c < cells.size(); c++) {
                    title = title < 0 && titleColumn(cells.get(c)) ? c : title;
                    leadOrDue |= leadColumn(cells.get(c)) || dueColumn(cells.get(c));
                }
                if (title >= 0 && leadOrDue && cells.size() >= 3) {
                    header = cells;
                    titleColumn = title;
                    assigns = cells.stream().anyMatch(Reader::leadColumn) && cells.stream().anyMatch(Reader::dueColumn);
                }
            } else if (cells.size() >= header.size() && cells.size() >= 2) {
                String title = title(cells.get(titleColumn)); // (a problem told at length is titled by its first clause)
                List<String> units = new ArrayList<>();
                LocalDate due = null;
                for (int c = titleColumn + 1; c < header.size(); c++) {
                    String cell = cells.get(cells.size() - (header.size() - c));
                    if (leadColumn(header.get(c))) {
                        for (String unit : cell.split("[、，,/；;]")) {
                            // 登记注册股（牵头）: the unit, its role in brackets
                            String named = unit.strip().replaceAll("[（(](?:牵头|主责|负责|配合|协办)[）)]$", "");
                            if (!named.isBlank()) {
                                units.add(named);
                            }
                        }
                    } else if (dueColumn(header.get(c))) {
                        // 9月底前完成主体封顶，12月底前交付使用: a row's milestones end with its last.
                        due = latestDate(cell, year, written.spokenIn(year), docMonth, false, written); // 3月底前、9月底前: the last
                    }
                }
                List<Integer> mine = quantitiesIn(quantityAt, at, lineEnd);
                // (a list whose columns name who does each row and by when — 责任单位, 整改时限 — assigns work, whatever the
                // part it stands in reviews: a 督查通报's 问题整改清单)
                Role role = s.role == Role.REVIEW && assigns ? Role.PLAN : s.role;
                rows.add(new ProposedTask("T" + s.id + "." + ++k, s.id, title, line, role, due == null ? null : due.toString(), mine,
                        units, nt.toSource(at), nt.sourceEnd(lineEnd)));
            } else if (!rows.isEmpty()) {
                break; // the table ends where its rows do
            }
            at = lineEnd + 1;
        }
        return new Rows(rows.size() >= 2 ? rows : List.of(), header != null && header.get(titleColumn).contains("项目"));
    }

    /** A line of a signature naming who issued the text: a name, no punctuation, no figure. */
    // (县文化广电旅游局党组书记、局长　蒋立群: posts listed with 、, a name written with ·)
    private static final Pattern ISSUER = Pattern.compile("^[\\p{IsHan}（）()][\\p{IsHan}（）()、·\\s\\u3000]{1,39}$");

    /** A note that closes the text itself, not its last item: 欢迎…提出意见建议，请于…前反馈, 联系电话, 特此通知. */
    private static final Pattern CLOSING_NOTE = Pattern.compile("联系电话|联系人[：:]|^特此(?:通知|报告|函告|通报)|欢迎[^。]{0,20}(?:意见|建议)|^附件[：:]"
            + "|^(?:抄送|抄报|主送|印发)[：:]");

    /** A body without the lines that close the text under its last part (the issuer's names, the date, a closing note; up to six). */
    private static String withoutSignature(String body) {
        List<String> lines = body.lines().toList();
        int keep = lines.size();
        boolean dated = false;
        while (keep > 1 && lines.size() - keep < 6) {
            String l = lines.get(keep - 1).strip();
            if (l.isEmpty() || ISSUER.matcher(l).matches() || DATE_LINE.matcher(l).matches() || CLOSING_NOTE.matcher(l).find()) {
                dated |= DATE_LINE.matcher(l).matches() || CLOSING_NOTE.matcher(l).find();
                keep--;
            } else {
                break;
            }
        }
        return dated ? String.join("\n", lines.subList(0, keep)).strip() : body;
    }

    /**
     * A signature (落款), or the issuers of a 督查通报's head: a few short lines, each an issuer's name or a date line (or both
     * on one line, 滃川县人民政府督查室　　　2027年5月10日), one of them dated.
     */
    private static boolean isSignature(String body) {
        List<String> lines = body.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty() || lines.size() > 4
                || lines.stream().noneMatch(l -> DATE_LINE.matcher(l).matches() || ISSUER_DATED.matcher(l).matches())) {
            return false;
        }
        return lines.stream()
                .allMatch(l -> DATE_LINE.matcher(l).matches() || ISSUER.matcher(l).matches() || ISSUER_DATED.matcher(l).matches());
    }

    /** 滃川县人民政府督查室　　　　2027年5月10日: an issuer and the date, spaced apart on one line. */
    private static final Pattern ISSUER_DATED = Pattern.compile(
            "^[\\p{IsHan}（）()]{1,28}(?:政府|办公室|督查室|委员会|党委|局|委|办|镇|乡|街道|中心)[ \\u3000]+\\d{4}年\\d{1,2}月\\d{1,2}日$");

    /** Where an item's clauses end: each clause's time word binds that clause only. */
    private static final Pattern CLAUSE_END = Pattern.compile("[，,。；;！!？?\\n]");

    /**
     * The latest date an item's own words set, clause by clause: an item that builds one thing by 6月底 and finishes
     * another 年内 is done at the year's end, as its quantities' latest deadline would say (TASKS.md).
     * (The year the text was written in, {@code spokenIn}, keeps 年底前 in a year-end report's plan for next year from
     * moving twice.)
     */
    private static LocalDate latestDate(String body, int year, int spokenIn, int docMonth) {
        return latestDate(body, year, spokenIn, docMonth, false, null);
    }

    /** As above, each clause's date a year on where a plan written later would otherwise have set it already past. */
    private static LocalDate latestDate(String body, int year, int spokenIn, int docMonth, boolean limitsOnly, Written written) {
        LocalDate latest = null;
        // (分别安排在3月下旬、6月下旬和9月下旬: each date listed is read, the last wins)
        for (String clause : CLAUSE_END.split(LISTED_DATE.matcher(body).replaceAll("，"))) {
            TimeWords.Mark mark = TimeWords.in(clause, year, spokenIn, docMonth);
            mark = written == null ? mark : written.ahead(mark, clause);
            if (mark != null && mark.date() != null && (!limitsOnly || mark.firm()) && (latest == null || mark.date().isAfter(latest))) {
                latest = mark.date();
            }
        }
        return latest;
    }

    private static boolean isManner(Outline.Section c, String text, List<Integer> quantityAt) {
        int q = firstAtOrAfter(quantityAt, c.start);
        if (q < quantityAt.size() && quantityAt.get(q) < c.end) {
            return false;
        }
        String body = text.substring(c.start, c.end).strip();
        if (body.startsWith(c.marker)) {
            body = body.substring(c.marker.length());
        }
        return MANNER.matcher(body).find();
    }

    /**
     * The end of the period a document frames itself as the plan of, from its opening before the first heading
     * (四季度…冲刺期 → 12-31, 上半年 → 06-30); null when it names none. Only a quarter or a half-year: a year's
     * plan leaves undated items undated, as TASKS.md asks.
     */
    static LocalDate periodEnd(String text, Outline outline, int year) {
        int until = Math.min(text.length(), 400);
        for (Outline.Section s : outline.sections()) {
            if (s.rank > 0 || !s.marker.isEmpty()) {
                until = Math.min(until, s.start);
                break;
            }
        }
        Matcher m = PERIOD.matcher(text.substring(0, until));
        if (!m.find()) {
            return null;
        }
        if (m.group(1) != null) {
            int quarter = "一二三四".indexOf(m.group(1)) >= 0 ? "一二三四".indexOf(m.group(1)) + 1 : Integer.parseInt(m.group(1));
            return YearMonth.of(year, quarter * 3).atEndOfMonth();
        }
        return m.group(2).equals("上") ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
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

    /**
     * When a text was written, as far as it says: the year and month of the date line under its title, else of the date
     * under its signature. A plan's relative dates are never before it.
     */
    record Written(LocalDate monthStart) {

        /**
         * A line that is a date alone, or an issuer and the date (中共椴川县委督查室　2027年5月20日): not a table row ending in a
         * date cell, which has more cells before it.
         */
        private static final Pattern SIGNED = Pattern
                .compile("(?m)^[\\s（(]*(?:[\\p{IsHan}（）()]{2,30}[\\s\u3000]+)?(20\\d\\d)年(\\d{1,2})月\\d{1,2}日\\s*[)）]?\\s*(?:印发|签发)?\\s*$");
        private static final Pattern EXPLICIT_YEAR = Pattern.compile("20\\d\\d\\s*年|明年|今年|去年|次年");
        private static final Pattern LIMIT = Pattern.compile("^[^，,；;。：:]{0,8}?(?:前|以前|之前)");
        /** 截至3月底, 3月份水质通报显示, 已于…: a date the words tell of, already past, not one they set. */
        private static final Pattern TOLD = Pattern.compile("截至|截止|以来|显示|通报|已|了|曾|期间|上年|去年");

        static Written of(int[] given, String text) {
            int[] at = given;
            if (at == null) {
                // the last line that is a date alone: under the signature, which an annex may follow
                Matcher m = SIGNED.matcher(text);
                while (m.find()) {
                    at = new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
                }
            }
            if (at == null || at[1] < 1 || at[1] > 12) {
                return new Written(null);
            }
            return new Written(LocalDate.of(at[0], at[1], 1));
        }

        /** The year it was written in, where it says. */
        Integer year() {
            return monthStart == null ? null : monthStart.getYear();
        }

        /** The year the text was said in: written, else the year it speaks of. */
        int spokenIn(int docYear) {
            return monthStart != null ? monthStart.getYear() : docYear;
        }

        /** A date a plan sets, a year on when it would fall before the month the plan was written (unless it names its year). */
        LocalDate ahead(LocalDate date, String words) {
            if (date == null || monthStart == null || !date.isBefore(monthStart) || EXPLICIT_YEAR.matcher(words).find()
                    || TOLD.matcher(words).find()) {
                return date;
            }
            return date.plusYears(1);
        }

        TimeWords.Mark ahead(TimeWords.Mark mark, String words) {
            if (mark == null || mark.date() == null) {
                return mark;
            }
            // Only a date set as a limit (1月底前, 春节前) or opening its clause (1月份开展…, 一季度新开发…) is the plan's;
            // 上半年考核结果运用 names a period past as what the work is about.
            int at = Math.max(0, Math.min(mark.at(), words.length()));
            String from = words.substring(at, Math.min(words.length(), at + 10));
            boolean limit = LIMIT.matcher(from).find();
            boolean opens = words.substring(0, at).replaceAll("[\\s在于到自从]", "").isEmpty();
            if (!limit && !opens) {
                return mark;
            }
            LocalDate moved = ahead(mark.date(), words);
            return moved == mark.date() ? mark : new TimeWords.Mark(mark.at(), moved, mark.firm());
        }
    }
}
