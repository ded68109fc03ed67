package cn.duban.progress;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the dev set's Word report ({@code src/test/resources/once/qinghe/b-qinghe-november.docx}) from its text
 * ({@code b-qinghe-november.docx.txt}), as Word keeps such a file: headings numbered by Word's own list (一、 and
 * （一） live in numbering.xml, not in the text), the body in 仿宋 runs, a sentence now and then split over two runs
 * as editing leaves it. Lines starting "#1 " or "#2 " are the list's two levels. The .docx is committed; run
 * this (test classpath) after changing the text:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) cn.duban.progress.OnceDevSetDocx}.
 */
final class OnceDevSetDocx {

    private OnceDevSetDocx() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of("src/test/resources/once/qinghe");
        Files.write(dir.resolve("b-qinghe-november.docx"),
                docx(Files.readString(dir.resolve("b-qinghe-november.docx.txt"), StandardCharsets.UTF_8)));
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BigInteger list = outline(doc);
            int line = 0;
            for (String l : text.split("\n")) {
                XWPFParagraph p = doc.createParagraph();
                String body = l;
                if (l.startsWith("#1 ") || l.startsWith("#2 ")) {
                    p.setNumID(list);
                    p.setNumILvl(BigInteger.valueOf(l.charAt(1) - '1'));
                    body = l.substring(3);
                }
                // Every third paragraph is split mid-sentence into two runs, as Word leaves an edited line.
                int cut = line++ % 3 == 2 && body.length() > 20 ? body.length() / 2 : body.length();
                run(p, body.substring(0, cut));
                if (cut < body.length()) {
                    run(p, body.substring(cut));
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void run(XWPFParagraph p, String text) {
        XWPFRun r = p.createRun();
        r.setFontFamily("仿宋_GB2312");
        r.setFontSize(16);
        r.setText(text);
    }

    private static BigInteger outline(XWPFDocument doc) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(3));
        String[] texts = {"%1、", "（%2）"};
        for (int level = 0; level < texts.length; level++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.CHINESE_COUNTING);
            lvl.addNewLvlText().setVal(texts[level]);
        }
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(abstractId);
    }
}
