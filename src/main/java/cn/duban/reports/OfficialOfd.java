package cn.duban.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dom4j.DocumentException;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.font.Font;
import org.ofdrw.font.FontName;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.canvas.Canvas;
import org.ofdrw.layout.element.canvas.DrawContext;
import org.ofdrw.layout.element.canvas.FontSetting;

/**
 * The same document as {@link OfficialDocx} writes, from the same blocks, in OFD (GB/T 33190):
 * A4, the GB/T 9704 text block (top 37 mm, left 28 mm, 156 × 225 mm) of 22 lines of 28
 * characters of 3号 仿宋, each character a quarter point tighter as in the .docx; the 版头 in red
 * 小标宋 over a red rule, the title in 2号 小标宋, 一、 headings in 黑体, (一) in 楷体, 署名 and
 * 成文日期 placed as the .docx places them, the 版记 between its rules, and "— 1 —" in 4号 宋体
 * 7 mm below the text block at the outer edge. Lines are broken as Word and LibreOffice break
 * the .docx: a closing mark hangs in the margin rather than begin a line, an opening one never
 * ends one, a number or a Latin word is not split, a quarter em separates Han from Latin and
 * digits; a paragraph leaves no single line alone at the foot or the head of a page.
 *
 * <p>Fonts are named, not embedded (an embedded CJK font is megabytes per document): each text
 * object names the office font (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312, 宋体) with the
 * family a machine without it falls back to (仿宋, 华文中宋, 黑体, 楷体, 宋体) — the .docx's
 * font table's pairs — and Latin letters and digits are set in Times New Roman, as in the .docx.
 * Widths are those of the fonts' em squares and Times New Roman's advance widths, so the layout
 * does not depend on the fonts installed where Duban runs.
 */
public final class OfficialOfd {

    private static final double PT = 25.4 / 72;

    static final double PAGE_WIDTH = 210;
    static final double PAGE_HEIGHT = 297;
    static final double LEFT = 28;
    static final double TOP = 37;
    static final double BLOCK_WIDTH = 156;
    static final double BLOCK_HEIGHT = 225;
    static final int LINES_PER_PAGE = 22;
    static final double PITCH = BLOCK_HEIGHT / LINES_PER_PAGE;
    /** The .docx's −0.25 pt on every 3号 character. */
    static final double BODY_SPACING = OfficialDocx.BODY_CHARACTER_SPACING / 20.0 * PT;

    private static final int[] RED = {255, 0, 0};
    private static final int[] BLACK = {0, 0, 0};

    private static final double[] HAN_ASCII = new double[95];
    private static final double[] TIMES = FontName.TIMES_NEW_ROMAN_PRINTABLE_ASCII_MAP;

    static {
        Arrays.fill(HAN_ASCII, 0.5);
    }

    private static final String LATIN = "Times New Roman";

    private OfficialOfd() {
    }

    /** One piece of a line in one font: where it starts and its baseline, in millimetres. */
    record Run(String text, String font, double points, int[] color, double x, double baseline, double spacing) {
    }

    /** A rule across the text block (or part of it). */
    record Rule(double x1, double x2, double y, double points, int[] color) {
    }

    /** A laid-out page: its runs in reading order and its rules. */
    record Page(List<Run> runs, List<Rule> rules) {
    }

    public static byte[] write(List<OfficialDocx.Block> blocks) {
        return write(blocks, title(blocks));
    }

    static byte[] write(List<OfficialDocx.Block> blocks, String title) {
        List<Page> pages = layout(blocks);
        Map<String, Font> fonts = fonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OFDDoc ofd = new OFDDoc(out)) {
            PageLayout a4 = PageLayout.A4();
            a4.setMargin(0d);
            ofd.setDefaultPageLayout(a4);
            var info = ofd.getOfdDir().getOfd().getDocBody().getDocInfo();
            info.setCreator("Duban 督办 · OFD R&W");
            if (title != null) {
                info.setTile(title); // sic: ofdrw spells the Title setter so
            }
            List<Canvas> canvases = new ArrayList<>();
            for (Page page : pages) {
                VirtualPage v = new VirtualPage(a4);
                Canvas canvas = new Canvas(0, 0, PAGE_WIDTH, PAGE_HEIGHT);
                canvas.setDrawer(ctx -> draw(ctx, page, fonts));
                v.add(canvas);
                ofd.addVPage(v);
                canvases.add(canvas);
            }
            // ofdrw spaces characters by its own measure and allows no negative spacing: each text
            // object's advances are set afterwards to the layout's, before the package is written.
            ofd.onRenderFinish((ids, dir, index) -> {
                for (int i = 0; i < pages.size(); i++) {
                    advances(canvases.get(i).getPreferBlock(), pages.get(i));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void draw(DrawContext ctx, Page page, Map<String, Font> fonts) throws IOException {
        for (Run r : page.runs()) {
            ctx.setFont(new FontSetting(r.points() * PT, fonts.get(r.font())));
            ctx.setFillColor(r.color());
            ctx.fillText(r.text(), r.x(), r.baseline());
        }
        for (Rule r : page.rules()) {
            ctx.save();
            ctx.setStrokeColor(r.color());
            ctx.setLineWidth(r.points() * PT);
            ctx.beginPath();
            ctx.moveTo(r.x1(), r.y());
            ctx.lineTo(r.x2(), r.y());
            ctx.stroke();
            ctx.restore();
        }
    }

    /** The text objects of a page, in the order drawn, given each run's advances. */
    private static void advances(CT_PageBlock block, Page page) {
        int k = 0;
        for (PageBlockType o : block.getPageBlocks()) {
            if (o instanceof TextObject text) {
                Run r = page.runs().get(k++);
                TextCode code = text.getTextCodes().get(0);
                if (r.text().length() < 2) {
                    var delta = code.attribute("DeltaX");
                    if (delta != null) {
                        code.remove(delta);
                    }
                    continue;
                }
                Double[] deltas = new Double[r.text().length() - 1];
                for (int i = 0; i < deltas.length; i++) {
                    deltas[i] = Math.round(advance(r.text().charAt(i), r.points(), r.spacing()) * 1000) / 1000.0;
                }
                code.setDeltaX(deltas);
            }
        }
    }

    /** Each font as the document names it, with the family a reader falls back to. */
    private static Map<String, Font> fonts() {
        Map<String, Font> fonts = new LinkedHashMap<>();
        for (String[] f : OfficialDocx.FALLBACKS) {
            fonts.put(f[0], new Font(f[0], f[1], null, HAN_ASCII));
        }
        fonts.put(LATIN, new Font(LATIN, LATIN, null, TIMES));
        return fonts;
    }

    private static String title(List<OfficialDocx.Block> blocks) {
        return blocks.stream().filter(b -> b instanceof OfficialDocx.Title).map(OfficialDocx.Block::text).findFirst().orElse(null);
    }

    // ---- layout ----

    private enum Align {
        LEFT, CENTER, RIGHT, BOTH
    }

    /**
     * A paragraph as the .docx has it: text in one East Asian font and size, its alignment and
     * indents (millimetres), how many grid lines each of its lines takes, the lines left empty after
     * it, rules above and below, and, after a tab, text set against the right edge.
     */
    private record Para(String text, String font, double points, int[] color, Align align, double firstIndent,
            double leftIndent, double rightIndent, int gridLines, int linesAfter, double ruleAbove, double ruleBelow,
            int[] ruleColor, String right, double rightTab) {

        static Para of(String text, String font, double points, Align align, double firstIndent) {
            return new Para(text, font, points, BLACK, align, firstIndent, 0, 0, 1, 0, 0, 0, BLACK, null, 0);
        }

        Para after(int lines) {
            return new Para(text, font, points, color, align, firstIndent, leftIndent, rightIndent, gridLines, lines, ruleAbove,
                    ruleBelow, ruleColor, right, rightTab);
        }

        Para indents(double left, double rightIndent) {
            return new Para(text, font, points, color, align, firstIndent, left, rightIndent, gridLines, linesAfter, ruleAbove,
                    ruleBelow, ruleColor, right, rightTab);
        }
    }

    private static final double TWO_CHARS = 2 * 16 * PT;

    private static double twips(int twips) {
        return twips / 20.0 * PT;
    }

    /** The blocks as the .docx's paragraphs. */
    private static List<Para> paragraphs(List<OfficialDocx.Block> blocks) {
        List<Para> ps = new ArrayList<>();
        for (OfficialDocx.Block b : blocks) {
            if (b instanceof OfficialDocx.Masthead m) {
                ps.add(new Para(m.text(), OfficialDocx.XIAOBIAOSONG, 26, RED, Align.CENTER, 0, 0, 0, 2, 0, 0, 0, BLACK, null, 0));
                ps.add(new Para(OfficialDocx.MASTHEAD_NAME, OfficialDocx.XIAOBIAOSONG, 42, RED, Align.CENTER, 0, 0, 0, 2, 0, 0, 0,
                        BLACK, null, 0));
                ps.add(Para.of(m.issue(), OfficialDocx.FANGSONG, 16, Align.CENTER, 0));
                // The office on the left, the date against a right tab at the text block's edge, the red rule under both.
                ps.add(new Para(m.text(), OfficialDocx.FANGSONG, 16, BLACK, Align.LEFT, 0, 0, 0, 1, 1, 0, 18 / 8.0, RED, m.date(),
                        twips(OfficialDocx.MASTHEAD_TAB)));
            } else if (b instanceof OfficialDocx.Imprint i) {
                ps.add(Para.of("", OfficialDocx.FANGSONG, 16, Align.LEFT, 0));
                double one = 14 * PT;
                ps.add(new Para(OfficialDocx.copyLine(i), OfficialDocx.FANGSONG, 14, BLACK, Align.LEFT, 0, one, one, 1, 0, 1, 0.75,
                        BLACK, null, 0));
                ps.add(new Para(i.issuer(), OfficialDocx.FANGSONG, 14, BLACK, Align.LEFT, 0, one, one, 1, 0, 0, 1, BLACK,
                        OfficialDocx.printedOn(i), twips(OfficialDocx.IMPRINT_TAB)));
            } else if (b instanceof OfficialDocx.Title) {
                ps.add(Para.of(b.text(), OfficialDocx.XIAOBIAOSONG, 22, Align.CENTER, 0).after(1));
            } else if (b instanceof OfficialDocx.Recipients) {
                ps.add(Para.of(b.text(), OfficialDocx.FANGSONG, 16, Align.LEFT, 0));
            } else if (b instanceof OfficialDocx.Heading1) {
                ps.add(Para.of(b.text(), OfficialDocx.HEITI, 16, Align.LEFT, TWO_CHARS));
            } else if (b instanceof OfficialDocx.Heading2) {
                ps.add(Para.of(b.text(), OfficialDocx.KAITI, 16, Align.LEFT, TWO_CHARS));
            } else if (b instanceof OfficialDocx.Signature) {
                String[] parts = b.text().split("\n");
                String name = parts[0];
                String date = parts.length > 1 ? parts[1] : "";
                OfficialDocx.SignaturePlace place = OfficialDocx.SignaturePlace.of(name, date);
                ps.add(Para.of("", OfficialDocx.FANGSONG, 16, Align.LEFT, 0));
                ps.add(Para.of(name, OfficialDocx.FANGSONG, 16, Align.RIGHT, 0).indents(0, twips(place.nameRight())));
                if (!date.isEmpty()) {
                    ps.add(Para.of(date, OfficialDocx.FANGSONG, 16, Align.RIGHT, 0).indents(0, twips(place.dateRight())));
                }
            } else {
                ps.add(Para.of(b.text(), OfficialDocx.FANGSONG, 16, Align.BOTH, TWO_CHARS));
            }
        }
        return ps;
    }

    /** A line of a paragraph before it is placed on a page. */
    private record Line(Para para, List<Run> runs, boolean last) {
    }

    /** The document set on pages of 22 grid lines. */
    static List<Page> layout(List<OfficialDocx.Block> blocks) {
        List<Page> pages = new ArrayList<>();
        Page page = new Page(new ArrayList<>(), new ArrayList<>());
        pages.add(page);
        int slot = 0;
        for (Para p : paragraphs(blocks)) {
            List<List<Run>> lines = breakLines(p);
            int n = lines.size();
            int g = p.gridLines();
            int k = 0;
            while (k < n) {
                int take = Math.min(n - k, (LINES_PER_PAGE - slot) / g);
                if (take < n - k) {
                    // No last line alone at the head of the next page, no first line alone at the foot of this one.
                    if (n - k - take == 1 && take >= 2) {
                        take--;
                    }
                    if (k == 0 && take == 1) {
                        take = 0;
                    }
                }
                for (int i = k; i < k + take; i++) {
                    double top = TOP + slot * PITCH;
                    double height = g * PITCH;
                    double baseline = top + height / 2 + 0.38 * p.points() * PT;
                    for (Run r : lines.get(i)) {
                        page.runs().add(new Run(r.text(), r.font(), r.points(), r.color(), r.x(), baseline, r.spacing()));
                    }
                    double left = LEFT + p.leftIndent();
                    double right = LEFT + BLOCK_WIDTH - p.rightIndent();
                    if (i == 0 && p.ruleAbove() > 0) {
                        page.rules().add(new Rule(left, right, top + 0.4, p.ruleAbove(), p.ruleColor()));
                    }
                    if (i == n - 1 && p.ruleBelow() > 0) {
                        page.rules().add(new Rule(left, right, top + height - 0.4, p.ruleBelow(), p.ruleColor()));
                    }
                    slot += g;
                }
                k += take;
                if (k < n) {
                    page = new Page(new ArrayList<>(), new ArrayList<>());
                    pages.add(page);
                    slot = 0;
                }
            }
            // Space after a paragraph at the foot of a page is not carried to the next.
            slot = Math.min(LINES_PER_PAGE, slot + p.linesAfter());
        }
        addPageNumbers(pages);
        return pages;
    }

    /** "— 1 —" in 4号 宋体, its dashes 7 mm below the text block, one character in from the outer edge. */
    private static void addPageNumbers(List<Page> pages) {
        double size = 14 * PT;
        double baseline = TOP + BLOCK_HEIGHT + 7 + 0.35 * size;
        for (int i = 0; i < pages.size(); i++) {
            String text = "— " + (i + 1) + " —";
            double width = width(text, 14, 0);
            boolean odd = (i + 1) % 2 == 1;
            double x = odd ? LEFT + BLOCK_WIDTH - size - width : LEFT + size;
            pages.get(i).runs().addAll(runs(text, OfficialDocx.SONGTI, 14, BLACK, x, baseline, 0));
        }
    }

    // ---- lines ----

    private static final String CLOSING = "，。、；：！？）》」』】〕〉”’…—%,.;:!?)]}";
    private static final String OPENING = "（《「『【〔〈“‘([{";

    static boolean han(char c) {
        return c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF;
    }

    /** Half-width: ASCII, set in Times New Roman. Everything else is a full em in the East Asian font. */
    static boolean latin(char c) {
        return c >= 0x20 && c <= 0x7E;
    }

    private static boolean alnum(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** Advance of one character in millimetres, the character spacing included. */
    static double advance(char c, double points, double spacing) {
        double em = points * PT;
        return (latin(c) ? TIMES[c - 32] : 1.0) * em + spacing;
    }

    /** The quarter em Word and LibreOffice put between Han and Latin letters or digits. */
    static double autospace(char a, char b, double points) {
        return han(a) && alnum(b) || alnum(a) && han(b) ? 0.25 * points * PT : 0;
    }

    static double width(String s, double points, double spacing) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += advance(s.charAt(i), points, spacing);
            if (i > 0) {
                w += autospace(s.charAt(i - 1), s.charAt(i), points);
            }
        }
        return w;
    }

    private static double spacing(double points) {
        return points == 16 ? BODY_SPACING : 0;
    }

    /**
     * Where a line may end: after each character, except inside a run of Latin letters, digits and
     * their marks (a number, a word), before a closing mark, or after an opening one.
     */
    private static boolean breakAfter(String s, int i) {
        if (i >= s.length() - 1) {
            return true;
        }
        char a = s.charAt(i);
        char b = s.charAt(i + 1);
        if (latin(a) && latin(b) && a != ' ' && b != ' ') {
            return false;
        }
        return CLOSING.indexOf(b) < 0 && OPENING.indexOf(a) < 0;
    }

    private static List<List<Run>> breakLines(Para p) {
        double spacing = spacing(p.points());
        String text = p.text();
        List<List<Run>> lines = new ArrayList<>();
        if (p.right() != null) {
            double x = LEFT + p.leftIndent();
            List<Run> line = new ArrayList<>(runs(text, p.font(), p.points(), p.color(), x, 0, spacing));
            // A right tab stop, measured from the text block's left edge as Word measures it.
            double rightEdge = LEFT + p.rightTab();
            line.addAll(runs(p.right(), p.font(), p.points(), p.color(), rightEdge - width(p.right(), p.points(), spacing), 0,
                    spacing));
            lines.add(line);
            return lines;
        }
        if (text.isEmpty()) {
            lines.add(List.of());
            return lines;
        }
        int start = 0;
        boolean first = true;
        while (start < text.length()) {
            double indent = p.leftIndent() + (first ? p.firstIndent() : 0);
            double available = BLOCK_WIDTH - indent - p.rightIndent() + 0.01;
            int end = start;
            int lastBreak = -1;
            double w = 0;
            while (end < text.length()) {
                char c = text.charAt(end);
                double add = advance(c, p.points(), spacing) + (end > start ? autospace(text.charAt(end - 1), c, p.points()) : 0);
                if (w + add > available) {
                    break;
                }
                w += add;
                if (breakAfter(text, end)) {
                    lastBreak = end;
                }
                end++;
            }
            int stop;
            if (end >= text.length()) {
                stop = text.length();
            } else if (CLOSING.indexOf(text.charAt(end)) >= 0 && !latin(text.charAt(end)) && breakAfter(text, end)) {
                // A closing mark hangs in the margin rather than begin the next line.
                stop = end + 1;
            } else if (lastBreak >= start) {
                stop = lastBreak + 1;
            } else {
                stop = Math.max(end, start + 1);
            }
            String piece = text.substring(start, stop);
            boolean last = stop >= text.length();
            double natural = width(piece, p.points(), spacing);
            double left = LEFT + indent;
            double right = LEFT + BLOCK_WIDTH - p.rightIndent();
            double x = switch (p.align()) {
                case CENTER -> left + (right - left - natural) / 2;
                case RIGHT -> right - natural;
                default -> left;
            };
            double extra = 0;
            if (p.align() == Align.BOTH && !last && piece.length() > 1 && natural < right - left) {
                extra = (right - left - natural) / (piece.length() - 1);
            }
            lines.add(runs(piece, p.font(), p.points(), p.color(), x, 0, spacing + extra));
            start = stop;
            first = false;
        }
        return lines;
    }

    /**
     * A line's text cut into runs of one font: Latin letters and digits in Times New Roman, the
     * rest in the East Asian font; a space goes with the run it is in.
     */
    private static List<Run> runs(String s, String font, double points, int[] color, double x, double baseline, double spacing) {
        List<Run> runs = new ArrayList<>();
        double at = x;
        int i = 0;
        while (i < s.length()) {
            int j = i;
            Boolean isLatin = null;
            while (j < s.length()) {
                char c = s.charAt(j);
                if (c != ' ') {
                    if (isLatin == null) {
                        isLatin = latin(c);
                    } else if (latin(c) != isLatin) {
                        break;
                    }
                }
                j++;
            }
            String piece = s.substring(i, j);
            if (i > 0) {
                at += autospace(s.charAt(i - 1), s.charAt(i), points);
            }
            // ofdrw draws nothing for text that trims to nothing.
            if (!piece.trim().isEmpty()) {
                runs.add(new Run(piece, Boolean.TRUE.equals(isLatin) ? LATIN : font, points, color, at, baseline, spacing));
            }
            for (int k = 0; k < piece.length(); k++) {
                at += advance(piece.charAt(k), points, spacing);
            }
            i = j;
        }
        return runs;
    }
}
