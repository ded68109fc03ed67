package cn.duban;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.ofdrw.converter.FontLoader;
import org.ofdrw.converter.ImageMaker;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;

/**
 * An OFD as ofdrw's reader opens it: its pages' lines of text (the text objects that share a
 * baseline, in the order written), compared with a .docx's paragraphs; and its pages rendered
 * by ofdrw's converter to PNG under target/screenshots. The fonts the documents name are not on
 * a build machine: the renderer is told to draw them all with WenQuanYi Micro Hei where that is
 * installed (fonts-wqy-microhei), which is what the page images show.
 */
public final class OfdReading {

    private static final Pattern PAGE_NUMBER = Pattern.compile("— ?\\d+ ?—");
    private static final Path FALLBACK = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static boolean fontsMapped;

    private OfdReading() {
    }

    /** An opened OFD: its pages' lines of text (page numbers included) and how many pages it has. */
    public record Read(List<List<String>> pages) {
        /** The lines of text, page after page, without the page numbers. */
        public List<String> lines() {
            List<String> all = new ArrayList<>();
            pages.forEach(p -> p.stream().filter(l -> !PAGE_NUMBER.matcher(l).matches()).forEach(all::add));
            return all;
        }

        /** Each page's number as printed at its foot. */
        public List<String> pageNumbers() {
            return pages.stream().map(p -> p.stream().filter(l -> PAGE_NUMBER.matcher(l).matches()).findFirst().orElse(""))
                    .toList();
        }
    }

    public static Read read(byte[] ofd) throws Exception {
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd))) {
            ContentExtractor extractor = new ContentExtractor(reader);
            List<List<String>> pages = new ArrayList<>();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                Map<Long, StringBuilder> lines = new LinkedHashMap<>();
                for (TextObject o : extractor.getPageTextObject(p)) {
                    for (TextCode code : o.getTextCodes()) {
                        long baseline = Math.round(code.getY() * 100);
                        lines.computeIfAbsent(baseline, k -> new StringBuilder()).append(code.getContent());
                    }
                }
                pages.add(lines.values().stream().map(StringBuilder::toString).toList());
            }
            return new Read(pages);
        }
    }

    /** The paragraphs of a .docx with text, a tab read as nothing (the OFD places the text after it). */
    public static List<String> paragraphs(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).map(t -> t.replace("\t", ""))
                    .filter(t -> !t.isEmpty()).toList();
        }
    }

    /**
     * The OFD says what the .docx says: its lines, read in order, make up the .docx's paragraphs
     * one after another, each paragraph beginning on a line of its own. Returns the OFD as read.
     */
    public static Read assertSameText(byte[] docx, byte[] ofd) throws Exception {
        Read read = read(ofd);
        List<String> lines = read.lines();
        List<String> paragraphs = paragraphs(docx);
        assertThat(String.join("", lines)).as("the OFD's text against the .docx's").isEqualTo(String.join("", paragraphs));
        int at = 0;
        for (String paragraph : paragraphs) {
            StringBuilder got = new StringBuilder();
            while (got.length() < paragraph.length() && at < lines.size()) {
                got.append(lines.get(at++));
            }
            assertThat(got.toString()).as("a paragraph of the .docx, read from whole lines of the OFD").isEqualTo(paragraph);
        }
        assertThat(at).isEqualTo(lines.size());
        for (int i = 0; i < read.pages().size(); i++) {
            assertThat(read.pageNumbers().get(i).replace(" ", "")).isEqualTo("—" + (i + 1) + "—");
        }
        return read;
    }

    /** Renders each page to target/screenshots/{name}-ofd-page{n}.png; returns the page count. */
    public static int render(byte[] ofd, String name) throws Exception {
        mapFonts();
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd))) {
            ImageMaker maker = new ImageMaker(reader, 4); // pixels per millimetre: about 100 dpi
            int pages = reader.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                Path png = dir.resolve(name + "-ofd-page" + (i + 1) + ".png");
                ImageIO.write(maker.makePage(i), "png", png.toFile());
                assertThat(png).exists();
            }
            return pages;
        }
    }

    private static synchronized void mapFonts() {
        if (fontsMapped || !Files.exists(FALLBACK)) {
            return;
        }
        FontLoader loader = FontLoader.getInstance();
        FontLoader.loadAsDefaultFont(FALLBACK.toString());
        for (String name : List.of("仿宋_GB2312", "仿宋", "方正小标宋简体", "华文中宋", "黑体", "楷体_GB2312", "楷体", "宋体")) {
            loader.addSystemFontMapping(name, FALLBACK.toString());
        }
        fontsMapped = true;
    }
}
