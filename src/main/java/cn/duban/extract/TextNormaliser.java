package cn.duban.extract;

import java.util.regex.Pattern;

/**
 * Turns what a document says into the text the rest of the reader works on: Traditional to
 * Simplified ({@link Simplifier}), pinyin glosses left by converters dropped ({@code 檢驗(yàn)} → {@code 检验}),
 * runs of white space folded to one space, and the boilerplate that web copies of speeches
 * carry (reading time, QR-code prompts, page counters) skipped line by line.
 */
final class TextNormaliser {

    /** Lines of site furniture. Matched only on short lines, so a sentence that mentions 分享 survives. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "阅读时长|预计阅读|扫码|领取福利|加入收藏|精选图文|专注.{0,12}范文|记住我|返回顶部|上一篇|下一篇|"
                    + "免责声明|版权所有|打印本页|关闭窗口|点击(查看|进入|下载)|分享到|^admin\\b|www\\.|\\.com|\\.cn\\b|http");
    private static final Pattern PAGE_COUNTER = Pattern.compile(
            "^[(（]?(第\\s*\\d+\\s*/\\s*\\d+\\s*页|第\\s*\\d+\\s*页|共\\s*\\d+\\s*页|\\d+\\s*/\\s*\\d+)[)）]?$"
                    + "|^[—–\\-－]\\s*\\d{1,3}\\s*[—–\\-－]$");
    /** The first characters of BOILERPLATE's words: a line without any of them is not furniture. */
    private static final String BOILERPLATE_TRIGGERS = "阅预扫领加精专记返上下免版打关点分awh.";
    private static final int SHORT_LINE = 80;

    private TextNormaliser() {
    }

    static NormalisedText normalise(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int[] offsets = new int[source.length() + 1];
        int lineStart = 0;
        int n = source.length();
        // The lines as written, read once for what a PDF's paste would show: its width, its opening, its page headers.
        String[] written = source.split("\n");
        for (int i = 0; i < written.length; i++) {
            written[i] = written[i].strip();
        }
        int wrap = wrapWidth(written);
        java.util.Set<String> opening = java.util.Set.of();
        java.util.Map<String, Integer> repeated = new java.util.HashMap<>();
        if (wrap > 0) {
            opening = openingLines(written);
            for (String bare : written) {
                if (!bare.isEmpty() && bare.length() <= 60) {
                    repeated.merge(bare, 1, Integer::sum);
                }
            }
        }
        int seen = 0;
        boolean joining = false;
        while (lineStart <= n) {
            int lineEnd = source.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            String line = simplified(source, lineStart, lineEnd);
            String bare = line.strip();
            seen += bare.isEmpty() ? 0 : 1;
            // Text copied out of a PDF: its page headers repeat the opening lines, and its lines are cut at the page's width.
            // A page's header stands between a cut line and the rest of its sentence; it repeats on every page.
            boolean runningHeader = wrap > 0 && (joining || seen > 10) && (seen > 10 && opening.contains(bare)
                    || repeated.getOrDefault(bare, 0) >= 2);
            if (!isBoilerplate(line) && !runningHeader && !(joining && bare.isEmpty())) {
                if (joining && ITEM_START.matcher(bare).lookingAt()) {
                    // A bullet or a list marker starts an item of its own: the line before ended there, whatever its length.
                    offsets[out.length()] = lineStart;
                    out.append('\n');
                }
                int before = out.length();
                appendFolded(line, lineStart, out, offsets);
                if (out.length() > before) {
                    joining = wrap > 0 && cutAtWidth(bare, wrap) && bare.indexOf('\t') < 0;
                    if (!joining) {
                        offsets[out.length()] = lineEnd;
                        out.append('\n');
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        int[] exact = new int[out.length()];
        System.arraycopy(offsets, 0, exact, 0, exact.length);
        return new NormalisedText(out.toString(), exact, source.length());
    }

    /**
     * A line that opens an item: a bullet (——, ◆, ●, ■…) or a Chinese list marker (一、, （一）, 一是). A 汇报提纲 is made of
     * such lines, none closed by a stop; they are items, not a PDF's cut lines.
     */
    private static final Pattern ITEM_START = Pattern.compile("——|[◆◇●○■□▲△★☆•·▪►➢√※]|[一二三四五六七八九十]{1,3}[、是]|[（(][一二三四五六七八九十\\d]{1,3}[）)]"
            // 1 岚江大桥…, 2、…, 3．…: a row or an item numbered in figures (not 1.5万, not 2026年)
            + "|\\d{1,3}(?:、|[．.](?![\\d０-９])|[ 　\\t](?![\\d月日年万亿户人个元亩公米吨家]))");

    /** Sentence ends and closers: a line ending in one of these ends where its writer ended it. */
    private static final String ENDS = "。！？!?；;：:”」』）)";

    /**
     * The width a PDF's text was cut at, or 0 when its lines are its writer's: at least five lines of 20 characters or
     * more end mid-sentence, they are four in ten of such lines, and seven in ten of them are within a fifth of their
     * median length, which is the width.
     */
    private static int wrapWidth(String[] lines) {
        java.util.List<Integer> cut = new java.util.ArrayList<>();
        int long_ = 0;
        for (String bare : lines) {
            if (bare.length() < 20 || bare.indexOf('\t') >= 0) {
                continue; // (a table's row is cut at its cells, not at a page's width)
            }
            long_++;
            if (ENDS.indexOf(bare.charAt(bare.length() - 1)) < 0 && !TITLE.matcher(bare).find() && !ITEM_START.matcher(bare).lookingAt()) {
                cut.add(bare.length());
            }
        }
        if (cut.size() < 5 || cut.size() * 10 < long_ * 4) {
            return 0;
        }
        java.util.Collections.sort(cut);
        int median = cut.get(cut.size() / 2);
        // A page's width cuts its lines alike; lines a web page or an editor broke anywhere are of every length.
        long alike = cut.stream().filter(l -> l * 10 >= median * 8 && l * 10 <= median * 12).count();
        return alike * 10 >= cut.size() * 7 ? median : 0;
    }

    /** A title's last words: a long title line ends without punctuation and is no cut line. */
    private static final Pattern TITLE = Pattern.compile("(报告|通知|方案|意见|总结|汇报|讲话|通报|纪要|文件|要点|计划|决定|批复|函)$");

    /** A line cut at the page's width rather than ended: as long as the width, not closed by a sentence end. */
    private static boolean cutAtWidth(String bare, int wrap) {
        return bare.length() * 4 >= wrap * 3 && ENDS.indexOf(bare.charAt(bare.length() - 1)) < 0 && !TITLE.matcher(bare).find();
    }

    /** The first ten non-empty lines: a page header repeats one of them. */
    private static java.util.Set<String> openingLines(String[] lines) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String bare : lines) {
            if (!bare.isEmpty() && out.size() < 10) {
                out.add(bare);
            }
        }
        return out;
    }

    /** Simplified text of one line; same length as the original so offsets stay one to one. */
    private static String simplified(String source, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Simplifier.isTraditional(source.charAt(i))) {
                return Simplifier.simplify(source.substring(from, to));
            }
        }
        return source.substring(from, to);
    }

    static boolean isBoilerplate(String line) {
        if (line.length() > 2 * SHORT_LINE) {
            return false; // a paragraph, whatever white space surrounds it
        }
        String t = line.strip();
        if (t.isEmpty()) {
            return true;
        }
        if (t.length() > SHORT_LINE) {
            return false;
        }
        if (allDigits(t)) {
            return true;
        }
        if ((t.indexOf('页') >= 0 || t.indexOf('/') >= 0 || t.indexOf('—') >= 0 || t.indexOf('-') >= 0 || t.indexOf('－') >= 0
                || t.indexOf('–') >= 0) && PAGE_COUNTER.matcher(t).matches()) {
            return true;
        }
        for (int i = 0; i < t.length(); i++) {
            if (BOILERPLATE_TRIGGERS.indexOf(t.charAt(i)) >= 0) {
                return BOILERPLATE.matcher(t).find();
            }
        }
        return false;
    }

    private static boolean allDigits(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Appends one line with white space folded and pinyin glosses removed, recording where each
     * kept character came from. A gloss is a parenthesised run of Latin letters carrying a tone
     * mark right after a Han character: {@code (yàn)}, {@code (fā)}.
     */
    private static void appendFolded(String line, int base, StringBuilder out, int[] offsets) {
        int n = line.length();
        boolean pendingSpace = false;
        boolean any = false;
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF && !pendingSpace) {
                // Most characters are Han and need neither gloss nor space handling.
                offsets[out.length()] = base + i;
                out.append(c);
                any = true;
                continue;
            }
            if (c == '(' || c == '（') {
                int end = glossEnd(line, i);
                if (end > 0) {
                    i = end;
                    continue;
                }
            }
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || c == '\ufeff' || Character.isISOControl(c)) {
                pendingSpace = any;
                continue;
            }
            if (pendingSpace) {
                offsets[out.length()] = base + i - 1;
                out.append(' ');
                pendingSpace = false;
            }
            offsets[out.length()] = base + i;
            out.append(c);
            any = true;
        }
    }

    /** Index of the closing parenthesis when {@code open} starts a pinyin gloss, else -1. */
    private static int glossEnd(String line, int open) {
        if (open == 0 || !isHan(line.charAt(open - 1))) {
            return -1;
        }
        boolean toned = false;
        int limit = Math.min(line.length(), open + 9);
        for (int j = open + 1; j < limit; j++) {
            char c = line.charAt(j);
            if (c == ')' || c == '）') {
                return toned && j > open + 1 ? j : -1;
            }
            if (c >= 'a' && c <= 'z') {
                continue;
            }
            if (isTonedVowel(c)) {
                toned = true;
                continue;
            }
            return -1;
        }
        return -1;
    }

    private static boolean isTonedVowel(char c) {
        return "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ".indexOf(c) >= 0;
    }

    static boolean isHan(char c) {
        return c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF;
    }

}
