package cn.duban.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * A document in the layout of GB/T 9704-2012 (党政机关公文格式): A4, top margin 37 mm, left
 * 28 mm, a text block of 156 × 225 mm holding 22 lines (a line grid) of 28 characters of 3号
 * (16 pt) 仿宋;
 * title in 2号 小标宋 centred; 一、 headings in 黑体, (一) in 楷体, 1. and (1) in 仿宋; page
 * numbers "— 1 —" in 4号 宋体 at the outer edge (right on odd pages, left on even ones). Fonts
 * are named as offices have them (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312, 宋体), and the
 * font table names each one's fallback (仿宋, 华文中宋, 黑体, 楷体, 宋体) for machines without it.
 */
public final class OfficialDocx {

    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;

    static final int PAGE_WIDTH = mm(210);
    static final int PAGE_HEIGHT = mm(297);
    static final int MARGIN_TOP = mm(37);
    static final int MARGIN_LEFT = mm(28);
    static final int MARGIN_RIGHT = mm(210 - 28 - 156);
    static final int MARGIN_BOTTOM = mm(297 - 37 - 225);
    /** 225 mm over 22 lines. */
    static final int LINE_PITCH = (int) Math.round(225 * TWIPS_PER_MM / 22);
    /**
     * 28 characters of 16 pt need 448 pt, the text block is 442 pt wide: each character is set
     * a quarter point tighter (−5 twentieths), which Word and LibreOffice both honour — a
     * character grid with a negative pitch adjustment is honoured by Word only.
     */
    static final int BODY_CHARACTER_SPACING = -5;

    static final String FANGSONG = "仿宋_GB2312";
    static final String XIAOBIAOSONG = "方正小标宋简体";
    static final String HEITI = "黑体";
    static final String KAITI = "楷体_GB2312";
    static final String SONGTI = "宋体";

    /** The name of the document in the 版头, under the office's. */
    static final String MASTHEAD_NAME = "督查通报";
    /** The right tab of the 版头's office-and-date line: the text block's right edge. */
    static final int MASTHEAD_TAB = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /** The right tab of the 版记's 印发 line: two characters of 4号 in from that edge. */
    static final int IMPRINT_TAB = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT - 560;

    /** What a document is made of, in order. */
    public sealed interface Block permits Masthead, Title, Recipients, Heading1, Heading2, Body, Signature, Imprint {
        String text();
    }

    /**
     * The 版头 of a 督查通报: the office's name and 督查通报 in red 小标宋, 第X期, the issuing office
     * and date on one line, and the red line under them.
     */
    public record Masthead(String text, String issue, String date) implements Block {
    }

    /** The 版记 at the end: 抄送, then 印发机关 and 印发日期, between rules. */
    public record Imprint(String text, String issuer, String printedOn) implements Block {
    }

    /** The 版记's first line. */
    static String copyLine(Imprint i) {
        return "抄送：" + i.text();
    }

    /** The 版记's 印发日期 as it is written, right of the 印发机关. */
    static String printedOn(Imprint i) {
        return i.printedOn() + "印发";
    }

    public record Title(String text) implements Block {
    }

    public record Recipients(String text) implements Block {
    }

    public record Heading1(String text) implements Block {
    }

    public record Heading2(String text) implements Block {
    }

    public record Body(String text) implements Block {
    }

    /** The issuing office and date, right-aligned below the text. */
    public record Signature(String text) implements Block {
    }

    private OfficialDocx() {
    }

    public static byte[] write(List<Block> blocks) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            defaults(doc);
            page(doc);
            for (Block b : blocks) {
                if (b instanceof Masthead m) {
                    masthead(doc, m);
                } else if (b instanceof Imprint i) {
                    imprint(doc, i);
                } else if (b instanceof Title) {
                    title(doc, b.text());
                } else if (b instanceof Recipients) {
                    line(doc, b.text(), FANGSONG, false, ParagraphAlignment.LEFT, 0);
                } else if (b instanceof Heading1) {
                    line(doc, b.text(), HEITI, false, ParagraphAlignment.LEFT, 2);
                } else if (b instanceof Heading2) {
                    line(doc, b.text(), KAITI, false, ParagraphAlignment.LEFT, 2);
                } else if (b instanceof Signature) {
                    signature(doc, b.text());
                } else {
                    line(doc, b.text(), FANGSONG, false, ParagraphAlignment.BOTH, 2);
                }
            }
            pageNumbers(doc);
            fontTable(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document's default run: 3号 仿宋, so that whatever a reader adds (an empty paragraph,
     * a list) is set like the body.
     */
    private static void defaults(XWPFDocument doc) {
        var styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setEastAsia(FANGSONG);
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
        styles.setDefaultFonts(fonts);
        var ct = styles.getCtStyles();
        var rPr = ct.isSetDocDefaults() && ct.getDocDefaults().isSetRPrDefault() && ct.getDocDefaults().getRPrDefault().isSetRPr()
                ? ct.getDocDefaults().getRPrDefault().getRPr()
                : null;
        if (rPr != null) {
            var size = rPr.sizeOfSzArray() > 0 ? rPr.getSzArray(0) : rPr.addNewSz();
            size.setVal(BigInteger.valueOf(32));
            var sizeCs = rPr.sizeOfSzCsArray() > 0 ? rPr.getSzCsArray(0) : rPr.addNewSzCs();
            sizeCs.setVal(BigInteger.valueOf(32));
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        mar.setHeader(BigInteger.valueOf(mm(15)));
        mar.setFooter(BigInteger.valueOf(mm(28) - mm(7)));
        CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES);
        grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
    }

    private static void title(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(LINE_PITCH);
        run(p, text, XIAOBIAOSONG, 22, false);
    }

    private static void line(XWPFDocument doc, String text, String font, boolean bold, ParagraphAlignment align, int indentChars) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        if (indentChars > 0) {
            // Two characters of 16 pt: the first-line indent of every 公文 paragraph.
            p.setIndentationFirstLine(indentChars * 320);
        }
        run(p, text, font, 16, bold);
    }

    /**
     * 署名 and 成文日期 as GB/T 9704 places them for a document without a seal: one empty line
     * below the text, the office's name two characters in from the right, the date on the next
     * line starting two characters right of the name's first character; where the date is the
     * longer, the date is two characters in and the name moves left to keep the offset.
     */
    private static void signature(XWPFDocument doc, String text) {
        String[] parts = text.split("\n");
        doc.createParagraph();
        String name = parts[0];
        String date = parts.length > 1 ? parts[1] : "";
        SignaturePlace place = SignaturePlace.of(name, date);
        XWPFParagraph n = doc.createParagraph();
        n.setAlignment(ParagraphAlignment.RIGHT);
        n.setIndentationRight(place.nameRight());
        run(n, name, FANGSONG, 16, false);
        if (!date.isEmpty()) {
            XWPFParagraph d = doc.createParagraph();
            d.setAlignment(ParagraphAlignment.RIGHT);
            d.setIndentationRight(place.dateRight());
            run(d, date, FANGSONG, 16, false);
        }
    }

    /** The right indents (twentieths of a point) of the 署名 and of the 成文日期. */
    record SignaturePlace(int nameRight, int dateRight) {
        static SignaturePlace of(String name, String date) {
            int nameWidth = width(name);
            int dateWidth = width(date);
            int twoChars = 2 * 320;
            int nameRight = Math.max(twoChars, twoChars + dateWidth + twoChars - nameWidth);
            int dateRight = nameRight + nameWidth - twoChars - dateWidth;
            return new SignaturePlace(nameRight, Math.max(0, dateRight));
        }
    }

    /** Width of a line of 3号 text in twentieths of a point: a Han character is 16 pt, a digit half that. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) < 0x2E80 ? 160 : 320;
        }
        return w;
    }

    private static final String RED = "FF0000";

    private static void masthead(XWPFDocument doc, Masthead m) {
        XWPFParagraph organ = doc.createParagraph();
        organ.setAlignment(ParagraphAlignment.CENTER);
        run(organ, m.text(), XIAOBIAOSONG, 26, false).setColor(RED);
        XWPFParagraph name = doc.createParagraph();
        name.setAlignment(ParagraphAlignment.CENTER);
        run(name, MASTHEAD_NAME, XIAOBIAOSONG, 42, false).setColor(RED);
        XWPFParagraph issue = doc.createParagraph();
        issue.setAlignment(ParagraphAlignment.CENTER);
        run(issue, m.issue(), FANGSONG, 16, false);
        // The office on the left, the date on the right, and the red line under both.
        XWPFParagraph line = doc.createParagraph();
        var pPr = line.getCTP().isSetPPr() ? line.getCTP().getPPr() : line.getCTP().addNewPPr();
        var tab = pPr.addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(MASTHEAD_TAB));
        var bottom = pPr.addNewPBdr().addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(18));
        bottom.setColor(RED);
        bottom.setSpace(BigInteger.valueOf(4));
        run(line, m.text(), FANGSONG, 16, false);
        run(line, "", FANGSONG, 16, false).addTab();
        run(line, m.date(), FANGSONG, 16, false);
        line.setSpacingAfter(LINE_PITCH);
    }

    /**
     * 版记: 4号 仿宋, one character in from each side; 抄送 above, 印发机关 left and 印发日期 right
     * below, a thick rule above the first line and below the last, a thin one between.
     */
    private static void imprint(XWPFDocument doc, Imprint i) {
        doc.createParagraph();
        XWPFParagraph copy = doc.createParagraph();
        rules(copy, 8, 6);
        copy.setIndentationLeft(280);
        copy.setIndentationRight(280);
        run(copy, copyLine(i), FANGSONG, 14, false);
        XWPFParagraph printed = doc.createParagraph();
        var pPr = printed.getCTP().isSetPPr() ? printed.getCTP().getPPr() : printed.getCTP().addNewPPr();
        var tab = pPr.addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(IMPRINT_TAB));
        rules(printed, 0, 8);
        printed.setIndentationLeft(280);
        printed.setIndentationRight(280);
        run(printed, i.issuer(), FANGSONG, 14, false);
        run(printed, "", FANGSONG, 14, false).addTab();
        run(printed, printedOn(i), FANGSONG, 14, false);
    }

    /** Rules above (thickness in eighths of a point, 0 for none) and below a paragraph, black. */
    private static void rules(XWPFParagraph p, int top, int bottom) {
        var pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        var borders = pPr.isSetPBdr() ? pPr.getPBdr() : pPr.addNewPBdr();
        if (top > 0) {
            var t = borders.addNewTop();
            t.setVal(STBorder.SINGLE);
            t.setSz(BigInteger.valueOf(top));
            t.setColor("000000");
        }
        var b = borders.addNewBottom();
        b.setVal(STBorder.SINGLE);
        b.setSz(BigInteger.valueOf(bottom));
        b.setColor("000000");
    }

    static XWPFRun run(XWPFParagraph p, String text, String eastAsiaFont, int points, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontSize(points);
        r.setBold(bold);
        var rPr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        CTFonts fonts = rPr.sizeOfRFontsArray() > 0 ? rPr.getRFontsArray(0) : rPr.addNewRFonts();
        fonts.setEastAsia(eastAsiaFont);
        // Latin letters and digits in Times New Roman, as offices set them beside 仿宋.
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
        fonts.setHint(STHint.EAST_ASIA);
        if (points == 16) {
            r.setCharacterSpacing(BODY_CHARACTER_SPACING);
        }
        return r;
    }

    /** Each office font with the name a machine without it falls back to (Word reads w:altName). */
    static final String[][] FALLBACKS = {
            {FANGSONG, "仿宋", "FangSong"}, {XIAOBIAOSONG, "华文中宋", "STZhongsong"}, {HEITI, "黑体", "SimHei"},
            {KAITI, "楷体", "KaiTi"}, {SONGTI, "宋体", "SimSun"}};

    private static void fontTable(XWPFDocument doc) throws IOException {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">""");
        for (String[] f : FALLBACKS) {
            xml.append("<w:font w:name=\"").append(f[0]).append("\"><w:altName w:val=\"").append(f[1])
                    .append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"auto\"/><w:pitch w:val=\"variable\"/></w:font>");
        }
        xml.append("<w:font w:name=\"Times New Roman\"><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/>"
                + "<w:pitch w:val=\"variable\"/></w:font></w:fonts>");
        try {
            var name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            var part = doc.getPackage().createPart(name,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
            try (var os = part.getOutputStream()) {
                os.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "— 1 —" in 4号 宋体: right on odd pages, left on even ones, one character in from the edge. */
    private static void pageNumbers(XWPFDocument doc) {
        doc.setEvenAndOddHeadings(true);
        footer(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        footer(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    private static void footer(XWPFFooter footer, ParagraphAlignment side) {
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(side);
        if (side == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(280);
        } else {
            p.setIndentationLeft(280);
        }
        run(p, "— ", SONGTI, 14, false);
        XWPFRun begin = run(p, "", SONGTI, 14, false);
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = run(p, "", SONGTI, 14, false);
        instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
        XWPFRun separate = run(p, "", SONGTI, 14, false);
        separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "1", SONGTI, 14, false);
        XWPFRun end = run(p, "", SONGTI, 14, false);
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(p, " —", SONGTI, 14, false);
    }

    private static int mm(double millimetres) {
        return (int) Math.round(millimetres * TWIPS_PER_MM);
    }
}
