package cn.duban.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outline of a work document, read from its heading markers in the order offices nest
 * them: 一、 → (一) → 1. → (1), and inside a paragraph 一要… / 一是…. A short line without
 * closing punctuation ("2022年度上半年工作回顾") is a part heading above them all.
 * Positions here are in normalised text.
 */
final class Outline {

    private static final Pattern CHINESE_DUN = Pattern.compile("^[一二三四五六七八九十]{1,3}[、.．]");
    private static final Pattern PAREN_CHINESE = Pattern.compile("^[(（][一二三四五六七八九十]{1,3}[)）]");
    /**
     * 1. / 2、 — but not 2.5 (a decimal); 2.2024年6月底前… is item 2 opening with a year, 2.6月底前… item 2 opening with a month
     * (no decimal counts months).
     */
    private static final Pattern ARABIC_DOT = Pattern.compile(
            "^\\d{1,2}(?:[.．、](?!\\d)|[.．](?=(?:19|20)\\d\\d年)|[.．](?=(?:1[0-2]|[1-9])月(?:底|末|份|前|中旬|上旬|下旬|\\d)))");
    private static final Pattern PAREN_ARABIC = Pattern.compile("^([(（]\\d{1,2}[)）]|[①-⑳])");
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)年");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;。]");
    /** What makes a year a deadline's: 2027年6月底前, 2027年底前. */
    private static final Pattern A_DATE_AFTER_YEAR = Pattern.compile("\\d{1,2}月|底|末|内|前|上半年|下半年");
    /** A time of the item's own, before a later clause's year: 年底前, 年内, 11月底前, 一季度. */
    private static final Pattern OWN_TIME = Pattern.compile("年底|年末|年内|月底|月末|季度|[上中下]旬|\\d{1,2}月\\d{1,2}日前");
    /** 2027—2029年, 2027-2029年: the years a plan runs over. */
    static final Pattern YEAR_SPAN = Pattern.compile("(20\\d\\d)\\s*(?:年\\s*)?[-—－~～至到]\\s*20\\d\\d年");
    private static final int PART_HEADING_MAX = 40;
    private static final Chars SENTENCE_PUNCTUATION = Chars.of("。；;！!？?，, ");

    // Under a section whose role is known, only a heading's strong words change it: (二)圆满完成防汛任务 stays a review, 三、存在的
    // 问题 does not. Each role's words are its strong ones and the weaker ones that only set a role where none is known.
    private static final String[] PROBLEM_WORDS = {"问题", "短板", "不足"};
    private static final String[] REVIEW_WORDS = {"回顾", "进展情况", "完成情况", "推进情况", "总体情况", "红黑榜", "红榜", "黑榜", "排名", "背景",
            "形势", "现状", "基本情况", "发展基础", "工作基础", "现实基础",
            // 一、本周工作进展 under a 周调度通报: what the week did, whatever the title's 重点工作 says
            "工作进展", "主要进展", "调度通报"};
    private static final String[] PLAN_WORDS = {"下一步", "下步", "打算", "安排", "计划", "展望", "今后", "思路", "工作重点", "重点任务", "工作要求",
            // 五、限期办结要求, 整改要求: what a bulletin demands is work to be done
            "办结要求", "整改要求", "督办要求",
            // 四、对策建议 closing a 调研报告 under its title's 情况: what the report proposes is work to be done
            "对策建议", "对策措施", "几点建议", "工作建议", "意见和建议",
            // 五、二季度目标和工作措施 closing a quarter's 汇报: the next quarter's aims and how they are to be met
            "工作措施", "季度目标"};

    private static final WordSet PROBLEMS = new WordSet(and(PROBLEM_WORDS, "差距", "困难", "瓶颈", "挑战", "薄弱"));
    private static final WordSet REVIEW = new WordSet(and(REVIEW_WORDS, "进展", "成效", "成绩", "工作情况", "开展情况", "总结", "以来", "取得",
            "督查通报", "情况通报", "情况",
            // 考核工作的自查报告, 自评情况: a self-check reports what was done
            "自查", "自评",
            // 考核结果, 评估结果: what an assessment found
            "考核结果", "评估结果", "检查结果", "督查结果", "评价结果",
            // 正在解决的建议, 正在推进的项目: a report sorts items by where they stand (办理状态：正在办理 is an item's own line)
            "正在解决", "正在办理的", "正在推进的", "正在实施的", "正在落实的",
            // 已完成的重点任务（31项）, 未完成的指标: a report on the year's tasks sorts them by how far they got
            "已完成", "基本完成", "未完成的",
            // 附件：三季度进度一览: an annex listing where each project stands
            "进度一览", "进展一览"));
    private static final WordSet PLAN = new WordSet(and(PLAN_WORDS, "目标", "重点工作", "措施", "举措", "部署", "任务", "下半年", "明年", "要点",
            "方案", "实施意见", "草案", "议定事项", "决定事项",
            // 会议议定的事项, 会议决定的事项: what minutes record as decided is work to be done
            "议定的事项", "决定的事项",
            // 12月重点提示, 下月工作提示: what is to be done, given as reminders
            "重点提示", "工作提示",
            // 考核指标体系, 考核办法, 实施细则: the rules an assessment sets are what units are to reach
            "指标体系", "考核办法", "细则"));
    private static final WordSet STRONG = new WordSet(and(and(PROBLEM_WORDS, REVIEW_WORDS), PLAN_WORDS));

    private static String[] and(String[] words, String... more) {
        String[] all = Arrays.copyOf(words, words.length + more.length);
        System.arraycopy(more, 0, all, words.length, more.length);
        return all;
    }

    /** A heading with its span; mutable while the outline is being built. */
    static final class Section {
        final int rank;
        final String marker;
        final String title;
        final int start;
        int end;
        final boolean inline;
        final int lineEnd;
        Section parent;
        final List<Section> children = new ArrayList<>();
        Role role = Role.UNKNOWN;
        String lead = "";
        /** The line just before the heading when it introduces it (会议议定：, 会议要求：), else "". */
        String introducedBy = "";
        /** A 下一步： line inside an item: the work the item goes on to, whatever the item reports. */
        boolean nextStep;
        /** A line that numbers, signs or dates a report under its title: the parts below it report unless they say otherwise. */
        boolean underReport;
        /** Where what is to be done about a problem handed over begins (办理要求：), or -1: the lines before tell the problem. */
        int handedFrom = -1;
        /** What the lines before {@link #handedFrom} do: tell the problem, or report what was done about it so far. */
        Role roleBefore = Role.PROBLEMS;
        /** A 此外，… paragraph after a numbered list: work of its own, one task a doer and date (TASKS.md). */
        boolean besides;
        /** A paragraph run in with a short heading sentence of its own (做强主导产业。深入实施…): an item of the heading above. */
        boolean runIn;
        /** 附件：…进度一览: an annex, a part of its own after the text, its role from its own title. */
        boolean annex;
        Integer year;
        String id = "";

        Section(int rank, String marker, String title, int start, int lineEnd, boolean inline) {
            this.rank = rank;
            this.marker = marker;
            this.title = title;
            this.start = start;
            this.end = start;
            this.lineEnd = lineEnd;
            this.inline = inline;
        }

        boolean isLeaf() {
            return children.isEmpty();
        }
    }

    final Section root;
    private boolean numbered;
    private final List<Section> all = new ArrayList<>();

    private Outline(Section root) {
        this.root = root;
    }

    /** A line that is one bracketed labelled note: （责任单位：…）, （牵头：…；配合：…）. */
    private static final Pattern BRACKETED_NOTE = Pattern.compile("^[（(][^（）()]{1,12}[：:][^（）()]*[）)]$");
    /** 附件：title, 附件2 title: an annex's heading line. */
    private static final Pattern ANNEX = Pattern.compile("^附件\\s*\\d{0,2}\\s*[：:]?\\s*([^，,。；;：:]{2,40})$");
    /** A document's number (文号): 楮政发〔2026〕5号. */
    static final Pattern DOCUMENT_NUMBER = Pattern.compile("[\\p{IsHan}]{1,10}[〔\\[［(（]\\d{4}[〕\\]］)）]\\d{1,4}号");

    /** A slide's heading in a presentation's text: 第4页 | 市场主体培育, 第3页：总体进度. */
    private static final Pattern SLIDE = Pattern.compile("^\\s*第\\s*\\d{1,3}\\s*页\\s*[|｜丨:：]\\s*(\\S.{0,29})$");

    /** A table of contents' own line: 目录, 目　录, 第2页 | 目录. */
    private static final Pattern CONTENTS = Pattern.compile("^\\s*(?:第\\s*\\d+\\s*页\\s*[|｜丨]\\s*)?目\\s*录\\s*$");

    static Outline of(String text) {
        Section root = new Section(-1, "", "", 0, text.length(), false);
        root.end = text.length();
        Outline outline = new Outline(root);
        List<Section> stack = new ArrayList<>();
        stack.add(root);
        int lineStart = 0;
        String previousLine = "";
        boolean previousRunIn = false;
        boolean contents = false;
        String firstEntry = null;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            // 目录 and the headings listed under it: a table of contents names the parts, it heads none of them
            // (its last entry, 五、问题与下步打算, would make all that follows a plan).
            if (CONTENTS.matcher(line).matches()) {
                contents = true;
                firstEntry = null;
                lineStart = lineEnd + 1;
                continue;
            }
            Section heading = lineHeading(line, lineStart, lineEnd);
            // 椤木村2026—2028年重点项目安排表 over the table's rows, inside a numbered part: the caption of the part's table, the
            // deepest of its headings — the next numbered part (五、保障措施) is no part of the table.
            if (heading != null && heading.rank == 0 && heading.marker.isEmpty() && outline.numbered
                    && CAPTION.matcher(heading.title).find() && nextLineHasTab(text, lineEnd)) {
                heading = new Section(CAPTION_RANK, "", heading.title, lineStart, lineEnd, false);
            }
            // 下一步：镇水利站将建立…台账 inside a 督办事项's reply: the item's next steps, a plan part of its own.
            Matcher nextStep = heading == null ? NEXT_STEP_LABEL.matcher(line) : null;
            if (nextStep != null && nextStep.lookingAt() && !line.substring(nextStep.end()).isBlank()) {
                heading = new Section(7, line.substring(0, nextStep.end()), title(line, nextStep.end()), lineStart, lineEnd, false);
                heading.nextStep = true;
            }
            // 此外，镇规划建设办要在4月25日前…；镇供电所要在5月31日前…: after a numbered list, work of its own, not the last item's.
            Section last = stack.get(stack.size() - 1);
            if (heading == null && outline.numbered && !last.marker.isEmpty() && !last.inline && last.rank >= 1
                    && BESIDES.matcher(line).lookingAt()) {
                heading = new Section(last.rank, "", title(line, 0), lineStart, lineEnd, false);
                heading.besides = true;
            }
            // 做强主导产业。深入实施产业链链长制…: a work report runs each paragraph under a numbered heading in with a short
            // heading sentence of its own. Two or more such paragraphs in a row are the heading's items, each an item of work
            // (TASKS.md), as 1. 2. would be; one alone is a paragraph that happens to open shortly.
            String runInTitle = heading == null && !contents ? runInTitle(line) : null;
            boolean runIn = runInTitle != null;
            if (runIn && (previousRunIn || runInTitle(nextNonBlankLine(text, lineEnd)) != null) && underTitleOnlyHeading(stack, text)) {
                heading = new Section(RUN_IN_RANK, "", runInTitle, lineStart, lineEnd, false);
                heading.runIn = true;
            }
            if (!line.isBlank()) {
                previousRunIn = runIn;
            }
            if (contents) {
                // The contents run over blank lines, to the first line that is no heading or to the first entry's heading
                // met again, which begins the text itself.
                if (line.isBlank()) {
                    lineStart = lineEnd + 1;
                    continue;
                }
                if (heading != null && !heading.title.equals(firstEntry)) {
                    firstEntry = firstEntry == null ? heading.title : firstEntry;
                    lineStart = lineEnd + 1;
                    continue;
                }
                contents = false;
            }
            String introducing = previousLine.endsWith("：") || previousLine.endsWith(":") ? previousLine : "";
            if (!line.isBlank()) {
                previousLine = line.strip();
            }
            if (heading != null && heading.rank == 0 && outline.numbered && !heading.annex && !namesRole(heading.title)
                    && !Segment.isUnitName(heading.title) && !CLOSING_PART.matcher(heading.title.strip()).matches()) {
                // A short line in the middle of numbered sections is a wrapped fragment, not a part heading;
                // a unit's name alone on its line heads the next excerpt of a collage.
                heading = null;
            }
            int bodyFrom = 0;
            if (heading != null) {
                outline.numbered |= heading.rank > 0;
                heading.introducedBy = introducing;
                outline.open(stack, heading, lineStart);
                bodyFrom = heading.marker.length();
            } else {
                closeInline(stack, lineStart);
            }
            int leadEnd = -1;
            int[] mid = midLineHeading(line, bodyFrom);
            for (int[] found = inlineItem(line, bodyFrom); found != null || mid != null;) {
                if (mid != null && (found == null || mid[0] < found[0])) {
                    // "…收入12万元。二、2024年工作计划 …": pasted text keeps a part heading mid-line.
                    Section part = new Section(1, line.substring(mid[0], mid[1]), midTitle(line, mid[1]), lineStart + mid[0], lineEnd,
                            false);
                    outline.numbered = true;
                    outline.open(stack, part, lineStart + mid[0]);
                    bodyFrom = mid[1];
                    leadEnd = -1;
                    int next = mid[1];
                    mid = midLineHeading(line, next);
                    if (found != null && found[0] < next) {
                        found = inlineItem(line, next);
                    }
                    continue;
                }
                int at = found[0];
                String marker = line.substring(at, found[1]);
                int rank = marker.endsWith("要") ? 5 : 6;
                int[] next = inlineItem(line, found[1]);
                Section item = new Section(rank, marker, itemTitle(line, at + marker.length(), next == null ? line.length() : next[0]),
                        lineStart + at, lineEnd, true);
                if (leadEnd < 0) {
                    leadEnd = at;
                }
                // "我们也清醒地看到面临的问题和挑战:一是…": the paragraph's lead says what its items are.
                item.lead = line.substring(bodyFrom, leadEnd);
                // 下一步措施：一是…；二是…: the items a next-steps label opens on its line are next steps too.
                item.nextStep = heading != null && heading.nextStep || NEXT_STEP_RUN_IN.matcher(marker).lookingAt();
                outline.open(stack, item, lineStart + at);
                found = inlineItem(line, found[1]);
            }
            lineStart = lineEnd + 1;
        }
        while (stack.size() > 1) {
            Section s = stack.remove(stack.size() - 1);
            s.end = s.inline ? Math.min(s.lineEnd, text.length()) : text.length();
        }
        outline.assign(root, "");
        // （一）关于部分村组冬季饮水困难问题 …… 办理要求：12月15日前…: a problem a 督办通知 hands over with what is to be done about
        // it is a matter to be handled, work to be tracked, not a problem stated.
        // So too an item of a 批示件办理情况 bulletin still open (办结时限：5月31日前, 办理状态：正在办理, 剩余工作：…): what was done
        // so far is reported, what remains is work the office goes on tracking. One closed (办理状态：已办结) with nothing left
        // is finished work, no task.
        for (Section s : outline.sections()) {
            boolean handedRole = s.role == Role.PROBLEMS || s.role == Role.REVIEW;
            Matcher handling = handedRole && s.isLeaf() && s.end <= text.length()
                    ? HANDLING.matcher(text).region(s.start, s.end)
                    : null;
            if (handling == null || !handling.find()) {
                continue;
            }
            String body = text.substring(s.start, s.end);
            boolean remaining = REMAINING.matcher(body).find();
            boolean closed = CLOSED.matcher(body).find() && !remaining;
            boolean open = OPEN.matcher(body).find() || remaining;
            if (closed || s.role == Role.REVIEW && !open) {
                continue;
            }
            s.roleBefore = s.role; // (what the problem is, or what was done so far, told before, still describes)
            s.role = Role.PLAN;
            s.handedFrom = handling.start();
        }
        return outline;
    }

    /** A run-in heading sentence: a short phrase of work (动宾, no figure, no comma) closed by 。 with the paragraph after it. */
    private static final Pattern RUN_IN = Pattern.compile("^\\s*([\\p{IsHan}、“”《》]{3,16})。(?=\\S)");
    /** 一是…, 二要…: items an office numbers inline, read as such. */
    /** 一是, 二要: the marker of an item numbered inline. */
    private static final String INLINE_MARK = "[一二三四五六七八九十]{1,2}[是要]";
    /** 第一，第二、: the marker of a speech's point. */
    // (第一件，第三件事， 第二条， 第二个方面，: a speech may count its points as things, articles or aspects)
    private static final String ORDINAL_MARK = "第[一二三四五六七八九十]{1,2}(?:件事|件|条|项|个方面|方面)?[，,、]";
    private static final Pattern INLINE_NUMBERED = Pattern.compile("^\\s*" + INLINE_MARK);
    /** Run-in items sit under 一、 (一) or 1. headings and close at the next heading of any of those ranks. */
    private static final int RUN_IN_RANK = 4;

    private static String runInTitle(String line) {
        Matcher m = RUN_IN.matcher(line);
        return m.find() && !INLINE_NUMBERED.matcher(line).lookingAt() ? m.group(1) : null;
    }

    private static String nextNonBlankLine(String text, int lineEnd) {
        int from = lineEnd + 1;
        while (from < text.length()) {
            int end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end;
            String line = text.substring(from, end);
            if (!line.isBlank()) {
                return line;
            }
            from = end + 1;
        }
        return "";
    }

    /**
     * Whether a run-in paragraph would stand under a numbered heading (一、 (一) 1.) whose line is the heading alone (a
     * heading that runs on into its own text is an item itself, its paragraphs its body).
     */
    private static boolean underTitleOnlyHeading(List<Section> stack, String text) {
        for (int i = stack.size() - 1; i > 0; i--) {
            Section s = stack.get(i);
            if (s.inline || s.runIn) {
                continue;
            }
            if (s.marker.isEmpty() || s.rank < 1 || s.rank >= RUN_IN_RANK) {
                return false;
            }
            String rest = text.substring(Math.min(text.length(), s.start + s.marker.length()), Math.min(text.length(), s.lineEnd)).strip();
            return rest.replaceAll("[。；;：:]$", "").equals(s.title);
        }
        return false;
    }

    /** 办理状态：已办结（2月3日办结）: a handled item closed. */
    private static final Pattern CLOSED = Pattern.compile("(?m)^\\s*(?:办理状态|办理结果|整改状态|办结情况)[：:]\\s*(?:已办结|已完成|已销号|已整改到位|办结)");
    /** 办理状态：正在办理 / 逾期未办结: a handled item still open. */
    private static final Pattern OPEN = Pattern.compile("(?m)^\\s*(?:办理状态|整改状态)[：:]\\s*(?:正在办理|办理中|推进中|整改中|逾期|未办结|未完成|尚未)");
    /** 剩余工作：…: what an item still has to do. */
    private static final Pattern REMAINING = Pattern.compile("(?m)^\\s*(?:剩余工作|未完成事项|下步工作|下一步工作)[：:]");

    private static final Pattern HANDLING = Pattern.compile("(?m)^\\s*(?:办理要求|督办要求|整改要求|办结时限|办理时限)[：:]");

    /** Whether a line opens with a numbered heading's marker (一、, (一), 1.). */
    static boolean isNumberedHeading(String line) {
        return CHINESE_DUN.matcher(line).find() || PAREN_CHINESE.matcher(line).find() || ARABIC_DOT.matcher(line).find();
    }

    /** Whether a text opens with an item's marker: a numbered heading's, or one numbered inline (二是, 三要, 第一，). */
    static boolean opensItem(String text) {
        return isNumberedHeading(text) || INLINE_NUMBERED.matcher(text).lookingAt() || ORDINAL_ITEM.matcher(text).lookingAt();
    }

    private void open(List<Section> stack, Section heading, int at) {
        while (stack.size() > 1 && (stack.get(stack.size() - 1).rank >= heading.rank
                || stack.get(stack.size() - 1).inline && stack.get(stack.size() - 1).lineEnd < at)) {
            Section closed = stack.remove(stack.size() - 1);
            closed.end = closed.inline ? Math.min(closed.lineEnd, at) : at;
        }
        Section parent = stack.get(stack.size() - 1);
        heading.parent = parent;
        parent.children.add(heading);
        stack.add(heading);
        all.add(heading);
    }

    /**
     * The next 一是/二要… from {@code from}: one or two numerals and 是 or 要, at the start of the
     * line or after punctuation. Returns {start, end} or null.
     */
    private static int[] inlineItem(String line, int from) {
        int[] numbered = numberedItem(line, from);
        int[] ordinal = ordinalItem(line, from);
        if (ordinal != null && (numbered == null || ordinal[0] < numbered[0])) {
            numbered = ordinal;
        }
        int[] next = nextStepItem(line, from);
        return next != null && (numbered == null || next[0] < numbered[0]) ? next : numbered;
    }

    /** 一要抓好汛前检查。, 第二，工业要挑大梁。: an inline-numbered item's short heading sentence, alone on its line. */
    private static final Pattern INLINE_ALONE = Pattern
            .compile("^(" + INLINE_MARK + "|" + ORDINAL_MARK + ")([^，,。；;：:！？]{2,20})。$");
    /** 第一，项目要早开工。: a speech numbers its points 第一，第二，… at a line's or a sentence's start. */
    private static final Pattern ORDINAL_ITEM = Pattern.compile(ORDINAL_MARK);

    /** ——邶沅大道东延工程。: a dash opening a line lists an item under the point above (not a subtitle, ——在…会议上的讲话, ——在县人大常委会会议上). */
    private static final Pattern DASH_ITEM = Pattern.compile("^\\s*——(?=\\p{IsHan})(?!在[^。]{0,40}(?:会议|大会|会上|上\\s*$|讲话|发言|报告|致辞))");

    private static int[] ordinalItem(String line, int from) {
        Matcher dash = DASH_ITEM.matcher(line);
        if (from == 0 && dash.lookingAt()) {
            return new int[]{dash.end() - 2, dash.end()};
        }
        for (int i = line.indexOf('第', from); i >= 0; i = line.indexOf('第', i + 1)) {
            Matcher m = ORDINAL_ITEM.matcher(line).region(i, line.length());
            if (m.lookingAt() && (i == 0 || "。；;：:！!？? ".indexOf(line.charAt(i - 1)) >= 0)) {
                return new int[]{i, m.end()};
            }
        }
        return null;
    }

    /**
     * 下一步，县农业农村局将于11月底前完成…: inside an item that reports, the sentence that opens with 下一步 promises the
     * work still to come — an item of its own, after a sentence's end. Returns {start, end of the marker} or null.
     */
    private static int[] nextStepItem(String line, int from) {
        for (int i = line.indexOf("下", Math.max(from, 1)); i >= 0; i = line.indexOf("下", i + 1)) {
            Matcher m = NEXT_STEP_RUN_IN.matcher(line).region(i, line.length());
            if (m.lookingAt() && "。；;".indexOf(line.charAt(i - 1)) >= 0) {
                return new int[]{i, m.end()};
            }
        }
        return null;
    }

    private static final Pattern NEXT_STEP_RUN_IN = Pattern.compile("下一?步[，,]");

    private static int[] numberedItem(String line, int from) {
        for (int i = Math.max(from, 1); i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '是' && c != '要') {
                continue;
            }
            int start = i;
            while (start > 0 && i - start < 2 && "一二三四五六七八九十".indexOf(line.charAt(start - 1)) >= 0) {
                start--;
            }
            if (start < i && start >= from && (start == 0 || "。；;：:，,！!？? ".indexOf(line.charAt(start - 1)) >= 0)) {
                return new int[]{start, i + 1};
            }
        }
        return null;
    }

    /**
     * A part heading inside a line, as pasted text keeps it: after a sentence's end, a numeral with
     * 、 and a short title that names a part's role (工作计划, 存在问题, 工作总结). Returns the
     * marker's {start, end}, or null. Scanned by hand from each 、: a regex class tried at every
     * character of every line cost the reader a tenth of its time.
     */
    private static int[] midLineHeading(String line, int from) {
        for (int dun = line.indexOf('、', Math.max(from, 1)); dun >= 0; dun = line.indexOf('、', dun + 1)) {
            int start = dun;
            while (start > 0 && dun - start < 3 && "一二三四五六七八九十".indexOf(line.charAt(start - 1)) >= 0) {
                start--;
            }
            if (start == dun || start < from) {
                continue;
            }
            int before = start - 1;
            while (before >= 0 && Character.isWhitespace(line.charAt(before))) {
                before--;
            }
            if (before < 0 || "。！？!?；;".indexOf(line.charAt(before)) < 0) {
                continue;
            }
            String t = midTitle(line, dun + 1);
            if (t.length() <= 30 && namesRole(t)) {
                return new int[]{start, dun + 1};
            }
        }
        return null;
    }

    /** A mid-line heading's title ends where its body begins: at punctuation or a space. */
    private static String midTitle(String line, int from) {
        String t = title(line, from);
        for (int i = 0; i < t.length(); i++) {
            if (Character.isWhitespace(t.charAt(i)) || "，,".indexOf(t.charAt(i)) >= 0) {
                return t.substring(0, i);
            }
        }
        return t;
    }

    private static void closeInline(List<Section> stack, int at) {
        while (stack.size() > 1 && stack.get(stack.size() - 1).inline && stack.get(stack.size() - 1).lineEnd < at) {
            Section closed = stack.remove(stack.size() - 1);
            closed.end = closed.lineEnd;
        }
    }

    private static Section lineHeading(String line, int lineStart, int lineEnd) {
        char first = line.isEmpty() ? ' ' : line.charAt(0);
        // 一要抓好汛前检查和执法检查。 alone on its line, its work in the lines below: a heading of the items numbered inline, over
        // those lines as (一) is over its own
        Matcher inlineAlone = INLINE_ALONE.matcher(line.strip());
        if (inlineAlone.matches()) {
            String marker = inlineAlone.group(1);
            return new Section(marker.endsWith("要") ? 5 : 6, marker, inlineAlone.group(2), lineStart, lineEnd, false);
        }
        // Only a line starting with a numeral, a digit or a parenthesis can carry a marker.
        if (ChineseNumerals.isNumeralChar(first) || Character.isDigit(first) || first == '(' || first == '（'
                || first >= '①' && first <= '⑳') {
            Pattern[] byRank = {CHINESE_DUN, PAREN_CHINESE, ARABIC_DOT, PAREN_ARABIC};
            for (int rank = 0; rank < byRank.length; rank++) {
                Matcher m = byRank[rank].matcher(line);
                if (m.find()) {
                    return new Section(rank + 1, m.group(), title(line, m.end()), lineStart, lineEnd, false);
                }
            }
        }
        // 第4页 | 市场主体培育: a presentation's text heads each slide with its number and title, a part of its own.
        Matcher slide = SLIDE.matcher(line);
        if (slide.matches()) {
            return new Section(1, line.substring(0, slide.start(1)), slide.group(1).strip(), lineStart, lineEnd, false);
        }
        String t = line.strip();
        // 附件：2028年县级民生实事项目三季度进度一览 after the signature: the annex is a part of its own, read by its own title, not
        // the last part of the text above it (四、下步工作要求 would make a table of progress a plan).
        Matcher annex = ANNEX.matcher(t);
        if (annex.matches()) {
            Section part = new Section(0, t.substring(0, annex.start(1)), annex.group(1), lineStart, lineEnd, false);
            part.annex = true;
            return part;
        }
        // 楮政发〔2026〕5号 under the title: the document's number heads nothing (the title above it heads the text).
        if (DOCUMENT_NUMBER.matcher(t).matches()) {
            return null;
        }
        // （责任股室：规划计划股、工程建设管理股） on its own line: a note closing the item above, not a part's heading.
        if (BRACKETED_NOTE.matcher(t).matches()) {
            return null;
        }
        // ◆ 下步打算: a 汇报提纲 heads its parts with a bullet; its title is what follows.
        if (t.length() > 1 && PART_BULLETS.indexOf(t.charAt(0)) >= 0) {
            String rest = t.substring(1).strip();
            if (!rest.isEmpty() && rest.length() <= PART_HEADING_MAX && !SENTENCE_PUNCTUATION.anyIn(rest)) {
                String marker = line.substring(0, line.indexOf(rest));
                return new Section(0, marker, rest, lineStart, lineEnd, false);
            }
        }
        if (!t.isEmpty() && t.length() <= PART_HEADING_MAX && "：:、".indexOf(t.charAt(t.length() - 1)) < 0
                && !SENTENCE_PUNCTUATION.anyIn(t)) {
            return new Section(0, "", t, lineStart, lineEnd, false);
        }
        return null;
    }

    /** Whether a part, or one above it, is a plan to put problems right (整改工作方案, 反馈问题及整改措施). */
    private static boolean remedying(Section part) {
        for (Section up = part; up != null; up = up.parent) {
            if (up.role == Role.PLAN && up.title.contains("整改")) {
                return true;
            }
        }
        return false;
    }

    /** 保障措施, 组织保障: a part on how a plan is to be backed. */
    private static final Pattern SAFEGUARD_PART = Pattern.compile("^(?:主要|工作|组织)?保障(?:措施|机制)?$|^组织保障$|^工作保障$");

    /** A part of a rectification plan that sets out the remedies: its items are work to be done, by their dates. */
    private static final Pattern REMEDY_PART = Pattern.compile("^(?:整改措施|整改任务|整改目标|具体整改措施|主要整改措施|整改举措|整改要求|整改意见)$");

    /** A closing part an office heads without a number (有关要求, 附则): a part of its own, not a wrapped line. */
    private static final Pattern CLOSING_PART = Pattern.compile("有关要求|工作要求|相关要求|整改要求|保障措施|附则|其他事项|附件\\d*");

    /** Bullets that head a part of an outline of notes (◆ 镇情概况, ■ 下步打算). */
    private static final String PART_BULLETS = "◆◇★";

    /** 此外，, 另外， opening a paragraph. */
    private static final Pattern BESIDES = Pattern.compile("^\\s*(?:此外|另外)[，,]");

    /** A table's caption: 表1, …安排表, …任务清单, …一览表. */
    private static final Pattern CAPTION = Pattern.compile("^表\\s*\\d|(?:表|清单|一览表|台账|明细)$");

    private static final int CAPTION_RANK = 9;
    private static final Pattern ROW = Pattern.compile("^\\S+(?: \\S+){3,}$");

    private static boolean nextLineHasTab(String text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return false;
        }
        int nextEnd = text.indexOf('\n', lineEnd + 1);
        // (the normalised text folds a row's tabs to single spaces: a row is a line of four or more such cells)
        String next = text.substring(lineEnd + 1, nextEnd < 0 ? text.length() : nextEnd);
        return next.indexOf('\t') >= 0 || ROW.matcher(next).matches();
    }

    /** 下一步：, 下步打算：, 下一步工作： opening a line inside an item (not a numbered part's heading). */
    private static final Pattern NEXT_STEP_LABEL = Pattern.compile("^\\s*(?:下一步|下步)(?:工作)?(?:打算|计划|措施|安排|举措)?[：:]\\s*");

    /** A line that introduces what a meeting or a leader decided or required (会议议定：, 会议要求：, 并议定：). */
    private static final Pattern DIRECTIVE = Pattern.compile("(?:会议|并)[^：:]{0,12}?(?:议定|要求|决定|强调|部署|明确)(?:如下)?[：:]$|议定事项[：:]?$");

    private static boolean namesRole(String title) {
        return STRONG.in(title) || PLAN.in(title) || REVIEW.in(title);
    }

    /** The longest title an inline item keeps before it is cut at its first comma. */
    private static final int ITEM_TITLE = 24;

    /**
     * An inline item's title: its own words up to the next item (一是…,二是… are separate tasks),
     * the sentence's end or the closing punctuation before the next marker; a long one is cut
     * at its first comma, as a ledger title is short.
     */
    static String itemTitle(String line, int from, int nextItem) {
        String t = title(line.substring(0, Math.max(from, Math.min(nextItem, line.length()))), from);
        // An aside in parentheses (产业、就业、就医…) explains the item; the title does without it.
        t = t.replaceAll("[(（][^()（）]*[)）]", "").replaceAll("[,，、;；\\s]+$", "");
        if (t.length() > ITEM_TITLE) {
            for (int i = 4; i < t.length(); i++) {
                if ("，,(（".indexOf(t.charAt(i)) >= 0) {
                    return t.substring(0, i);
                }
            }
        }
        return t;
    }

    private static String title(String line, int from) {
        int end = line.length();
        for (int i = from; i < line.length(); i++) {
            if ("。；;：:！!？?".indexOf(line.charAt(i)) >= 0) {
                end = i;
                break;
            }
        }
        end = Math.min(end, from + 60);
        return line.substring(from, end).strip();
    }

    private void assign(Section parent, String prefix) {
        int n = 0;
        boolean directed = false;
        boolean reportAbove = false; // a report's title, then only lines that number, sign or date it
        for (Section s : parent.children) {
            s.id = prefix.isEmpty() ? Integer.toString(++n) : prefix + "." + ++n;
            Matcher year = s.title.indexOf('年') >= 0 ? YEAR.matcher(s.title) : null;
            Integer own = year != null && year.find() ? Integer.valueOf(year.group(1)) : null;
            // 三年行动方案（2027—2029年）: a plan over several years speaks from its first; its later years are targets ahead.
            Matcher span = own != null ? YEAR_SPAN.matcher(s.title) : null;
            if (span != null && span.find()) {
                own = Integer.valueOf(span.group(1));
            }
            // 县自然资源局年底前再完成5处修复，剩余3处2027年6月底前…: a year in a later clause of an item's sentence dates that
            // clause, not the item (its 年底前 is the document's).
            String beforeYear = own != null ? s.title.substring(0, year.start()) : "";
            if (own != null && s.title.length() > 20 && CLAUSE_BREAK.matcher(beforeYear).find() && OWN_TIME.matcher(beforeYear).find()
                    && A_DATE_AFTER_YEAR.matcher(s.title).region(year.end(), s.title.length()).lookingAt()) {
                own = null;
            }
            // 较2025年下降8%, 在2024年基础上: a year the item measures from is not the year it speaks of.
            if (own != null && (Meaning.measuredFrom(s.title, year.start()) || Meaning.preparedFor(s.title, year.start())
                    || parent.year != null && own < parent.year && Meaning.cohort(s.title, year.start()))) {
                own = null;
            }
            s.year = own != null ? own : parent.year;
            // (a run-in heading is the item's name; the part it stands in says whether it reviews or plans)
            s.role = s.inline ? leadRole(s.lead, parent.role) : s.runIn ? parent.role : roleOf(s.title, parent.role);
            // 会议议定：（一）由县发展改革局牵头…（二）…: what a meeting decided or required is work to be done, item after item.
            if (!s.inline && !s.introducedBy.isEmpty()) {
                // a sibling introduced otherwise ends the directive's run; 下一步工作： introduces next steps, item after item
                directed = DIRECTIVE.matcher(s.introducedBy).find() || NEXT_STEP_LABEL.matcher(s.introducedBy).matches();
            }
            // 整改工作方案 > 反馈问题及整改措施 > （二）群众就医问题回应不够 > （1）1月底前…全面推行预约诊疗: the numbered items under
            // a problem named in a rectification plan are its remedies, work to be done (the problem's own lines still tell it).
            if (!s.inline && s.isLeaf() && !s.marker.isEmpty() && !parent.marker.isEmpty() && remedying(parent.parent)) {
                s.role = Role.PLAN;
            }
            // 四、保障措施 after 三、2027年工作计划: the plan's backing is of the plan's year, not the report's.
            if (own == null && !s.inline && SAFEGUARD_PART.matcher(s.title).matches()) {
                for (Section before : parent.children) {
                    if (before == s) {
                        break;
                    }
                    if (before.role == Role.PLAN && before.year != null) {
                        s.year = before.year;
                    }
                }
            }
            if (s.nextStep) {
                s.role = Role.PLAN;
            }
            if (directed && !s.inline) {
                s.role = Role.PLAN;
            }
            if (!s.inline && own != null && parent.year != null && !own.equals(parent.year) && !PROBLEMS.in(s.title)) {
                // "三、2023年工作思路" under "…2022年工作总结及2023年工作思路": a later year than the part above plans, an earlier one reviews.
                s.role = own > parent.year ? Role.PLAN : Role.REVIEW;
            }
            // …办理情况通报 / （2030年第11期） / 党政办公室 / 2030年12月3日 / 一、已办结事项: the lines under a report's title that
            // number, sign or date it say nothing of their own; a part below them that its own words leave open is the
            // report's, as under its title (三、发现的问题及整改要求 still says what it is; a title that also plans — …情况和下步
            // 打算 — leaves its parts to their own words)
            boolean masthead = s.marker.isEmpty() && s.rank == 0 && !s.inline
                    && (MASTHEAD_LINE.matcher(s.title.strip()).matches() || Segment.isUnitName(s.title.strip()));
            s.underReport = s.role == Role.UNKNOWN && reportAbove && masthead;
            if (s.role == Role.UNKNOWN && parent.underReport && !s.inline) {
                s.role = Role.REVIEW;
            }
            reportAbove = masthead && reportAbove
                    || s.role == Role.REVIEW && REPORT_TITLE.matcher(s.title.strip()).find() && !PLAN.in(s.title);
            assign(s, s.id);
        }
    }

    /** …办理情况通报, …整改情况的报告, …运行情况分析: a title that reports (a 总结 or a speech may go on to plan). */
    private static final Pattern REPORT_TITLE = Pattern.compile("(?:通报|报告|分析)$");
    /** （2030年第11期）, 2030年12月3日, 第5期: a line that numbers or dates the document under its title. */
    private static final Pattern MASTHEAD_LINE = Pattern
            .compile("^[（(]?(?:\\d{4}年(?:第\\d{1,3}期|\\d{1,2}月\\d{1,2}日)|第\\d{1,3}期)[）)]?$");

    /** 补齐…短板, 解决…问题, 破解…瓶颈: the problem word is what the work removes, so the heading names work, not problems. */
    private static boolean remedied(String title) {
        int problem = PROBLEMS.indexIn(title);
        int remedy = REMEDY.indexIn(title);
        // 尚未整改到位的问题: a remedy not yet made leaves the problem standing.
        boolean undone = remedy > 0 && (title.startsWith("未", remedy - 1) || remedy > 1 && title.startsWith("尚未", remedy - 2)
                || remedy > 1 && title.startsWith("没有", remedy - 2));
        // 对反弹和虚假销号问题重新整改, 超期问题攻坚: the remedy named after the problem it puts right, unless what follows it
        // says it failed (问题整改不到位).
        boolean after = remedy > problem && problem >= 0 && !FAILED.matcher(title.substring(remedy)).find();
        return problem >= 0 && remedy >= 0 && (remedy < problem || after) && !undone;
    }

    private static final Pattern FAILED = Pattern.compile("不到位|不彻底|不力|不实|不及时|不够|不高|未完成|滞后|缓慢|流于形式|虚假|反弹|难");

    private static final WordSet REMEDY = new WordSet("补齐", "补足", "补强", "补短", "弥补", "解决", "破解", "化解", "攻克", "缩小", "突破",
            "整改", "补上", "根治", "纠正", "消除", "杜绝", "遏制", "整治", "攻坚");

    private static Role leadRole(String lead, Role inherited) {
        if (PROBLEMS.in(lead) && (lead.contains("看到") || lead.contains("存在") || lead.contains("面临"))) {
            return Role.PROBLEMS;
        }
        return inherited;
    }

    /** (奠定了, 打下了: a base laid already is a review's) */
    private static final Pattern BASE_LAID = Pattern.compile("(?:夯实|筑牢|打牢|夯牢|厚植|巩固|奠定|打下|筑实)(?!了)[\\p{IsHan}]{0,4}?基础");

    static Role roleOf(String heading, Role inherited) {
        String title = heading.replace("计划生育", "计生"); // family planning is a field of work, not a plan
        // 目标责任制考核, 目标管理考核: the regime of assessment is named, no target set
        title = title.replace("目标责任制", "责任制").replace("目标责任书", "责任书").replace("目标管理", "管理")
                .replace("目标责任考核", "责任考核").replace("目标考核", "考核");
        // （五）雨露计划职业教育补助项目: a programme's name (雨露计划, 春风计划) in a project's heading is no plan
        title = NAMED_PROGRAMME.matcher(title).replaceAll("");
        // （二）“妇女微家”和“春蕾计划”: a programme named in quotation marks is a field of work, wherever it stands
        title = QUOTED_PROGRAMME.matcher(title).replaceAll("");
        // 聚力项目建设，夯实发展基础: a base laid or made firm is work to be done, not the 发展基础 a review describes
        title = BASE_LAID.matcher(title).replaceAll("");
        // 三、正在解决和列入计划的建议: what is already in a plan, or being put right, is told where it stands
        title = LISTED_IN_PLAN.matcher(title).replaceAll("列入");
        // 1.产业园项目 / 总投资12.5亿元 / 年度计划投资4.2亿元 / 本周完成投资2600万元: a numbered row of cells names its
        // figures (计划投资 is a column's name), not the part's role.
        if (TableRows.slashed(title) != null) {
            return inherited;
        }
        if (REMEDY_PART.matcher(title).find()) {
            return Role.PLAN; // 二、整改措施 under a 问题整改方案: how the problems are to be put right is work to be done
        }
        if (SAFEGUARD_PART.matcher(title).matches()) {
            return Role.PLAN; // 四、保障措施 closing a 总结和计划: how the plan is to be backed looks ahead, whatever the title above
        }
        if (inherited != Role.UNKNOWN && (!STRONG.in(title) || remedied(title))) {
            return inherited;
        }
        // （一）对红榜单位，在年度目标考核中加3分… under 五、奖惩措施和工作要求: an item that is a sentence of work names whom or what
        // the work concerns (红榜, 问题, 情况); only a heading's own words change the part's role.
        if (inherited == Role.PLAN && workSentence(title)) {
            return inherited;
        }
        // （一）关于资金拨付不及时问题 under 整改工作开展情况: a label of what the item is about, not a problem stated.
        if (inherited != Role.UNKNOWN && title.startsWith("关于") && title.endsWith("问题")) {
            return inherited;
        }
        // 四、尚未整改到位问题的整改计划: what follows the last 的 is what the part is — a plan, whatever problems it is for
        if (PLAN_HEAD.matcher(title).find()) {
            return Role.PLAN;
        }
        if (PROBLEMS.in(title) && !remedied(title)) {
            return Role.PROBLEMS;
        }
        // 一、6月底前完成的项目（3件）: what is to be done by a date still ahead is planned, whatever its 完成 says
        if (DUE_HEADING.matcher(title).find() && !title.contains("已") && !title.contains("未")) {
            return Role.PLAN;
        }
        if (REVIEW.in(title)) {
            return Role.REVIEW;
        }
        if (PLAN.in(title)) {
            return Role.PLAN;
        }
        return inherited;
    }

    /** A title that runs on past a clause break (its line has no heading of its own, only a sentence's first clauses). */
    private static boolean workSentence(String title) {
        int comma = title.indexOf('，');
        return comma >= 4 && title.length() >= 16;
    }

    /** …的整改计划, …的工作安排, …的措施: a heading whose head noun, after its last 的, is a plan. */
    private static final Pattern PLAN_HEAD = Pattern.compile("的(?:整改|工作|推进|落实|下步|下一步)?(?:计划|安排|打算|措施|举措|思路)$");

    /** 雨露计划 before the words of a project (…补助项目): a programme's name, not a plan (年度计划, 工作计划 are plans). */
    private static final Pattern NAMED_PROGRAMME = Pattern
            .compile("(?<=(?:^|[^\\p{IsHan}])[\\p{IsHan}&&[^年作步度期划]]{2})计划(?=[\\p{IsHan}]{2,12}(?:项目|工程)$)");
    private static final Pattern QUOTED_PROGRAMME = Pattern.compile("[“\"‘「][^”\"’」]{1,12}计划[”\"’」]");
    private static final Pattern LISTED_IN_PLAN = Pattern.compile("(?:列入|纳入|编入)[\\p{IsHan}]{0,10}?计划");

    /** 6月底前完成, 年底前建成: a heading's date the work is due by. */
    private static final Pattern DUE_HEADING = Pattern.compile("(?:(?:1[0-2]|[1-9])月(?:底|末|上旬|中旬|下旬)?|年底)前(?:完成|建成|竣工|投用|实施)");

    /** The deepest section holding normalised position {@code pos}. */
    Section at(int pos) {
        Section current = root;
        while (true) {
            List<Section> children = current.children;
            int lo = 0;
            int hi = children.size() - 1;
            Section hit = null;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                Section child = children.get(mid);
                if (pos < child.start) {
                    hi = mid - 1;
                } else if (pos >= child.end) {
                    lo = mid + 1;
                } else {
                    hit = child;
                    break;
                }
            }
            if (hit == null) {
                return current;
            }
            current = hit;
        }
    }

    List<Section> sections() {
        return all;
    }

    /**
     * A document given in December (its date line says so) that plans without naming a year plans the next: a
     * year-end 总结's 下一步工作打算 is the coming year's work, so its 年底前 and 6月底前 fall then. Parts that name their
     * year keep it; a later part of the same plan inherits the next year.
     */
    void planNextYearFrom(int givenYear) {
        for (Section s : root.children) {
            planNextYear(s, givenYear, false);
        }
    }

    private static void planNextYear(Section s, int givenYear, boolean moved) {
        boolean own = s.title.indexOf('年') >= 0 && YEAR.matcher(s.title).find();
        boolean move = !own && s.year != null && s.year == givenYear && (moved || s.role == Role.PLAN);
        if (move) {
            s.year = givenYear + 1;
        }
        for (Section c : s.children) {
            planNextYear(c, givenYear, move);
        }
    }
}
