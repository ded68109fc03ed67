package cn.duban.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Writes the dev sets' Word reports ({@code src/test/resources/once/<township>/<name>.docx}) from their text
 * ({@code <name>.docx.txt}), as Word keeps such a file: headings numbered by Word's own list (一、 and （一） live in
 * numbering.xml, not in the text), the body in 仿宋 runs, a sentence now and then split over two runs as editing
 * leaves it, and a table where lines of tab-separated cells follow one another. Lines starting "#1 " or "#2 " are
 * the list's two levels. The .docx files are committed; run this (test classpath) after changing a text:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) cn.duban.progress.OnceDevSetDocx}.
 */
final class OnceDevSetDocx {

    private OnceDevSetDocx() {
    }

    public static void main(String[] args) throws IOException {
        try (var files = Files.walk(Path.of("src/test/resources/once"))) {
            for (Path text : files.filter(f -> f.toString().endsWith(".docx.txt")).toList()) {
                String name = text.getFileName().toString();
                Files.write(text.resolveSibling(name.substring(0, name.length() - ".txt".length())),
                        docx(Files.readString(text, StandardCharsets.UTF_8)));
            }
        }
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BigInteger list = outline(doc);
            int line = 0;
            String[] lines = text.split("\n");
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i];
                if (l.indexOf('\t') >= 0) {
                    int end = i;
                    while (end < lines.length && lines[end].indexOf('\t') >= 0) {
                        end++;
                    }
                    int columns = lines[i].split("\t", -1).length;
                    XWPFTable table = doc.createTable(end - i, columns);
                    for (int r = i; r < end; r++) {
                        String[] cells = lines[r].split("\t", -1);
                        for (int c = 0; c < columns && c < cells.length; c++) {
                            table.getRow(r - i).getCell(c).setText(cells[c]);
                        }
                    }
                    i = end - 1;
                    continue;
                }
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
