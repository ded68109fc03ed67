package cn.duban.extract;

import cn.duban.files.ZipBounds;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * The text of a .docx read as a stream: {@code word/document.xml} is parsed event by event
 * straight out of the zip, so memory grows with the text kept (at most {@link DocumentText#MAX_CHARS}
 * characters, where reading stops) and never with the size of the XML — a DOM of the same part
 * takes fifty times its size (measured: 9 MB of paragraphs took 485 MB in POI's model).
 *
 * <p>It renders what a reader of the document sees, as POI's model did before: body paragraphs
 * with their list labels ("一、" lives in numbering.xml, not in the text), tables row by row with
 * cells separated by tabs; tabs and line breaks inside a paragraph; hyperlinks, fields, inserted
 * text and content controls inside a paragraph. It leaves out what the reader does not see:
 * deleted text of tracked changes, field codes, body-level content controls (as before).
 * A DTD anywhere is refused: a Word file never has one, an attack does.
 */
final class DocxText {

    /** The parts we read: WordprocessingML transitional and strict. */
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private static final long MAX_NUMBERING = 4L * 1024 * 1024;
    /** Word nests a few dozen levels at most (tables in tables); thousands are an attack on the parser. */
    private static final int MAX_DEPTH = 500;

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XML.setProperty(XMLInputFactory.IS_COALESCING, false);
    }

    private DocxText() {
    }

    /** Why a document could not be read, in the user's words. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    /**
     * Reads the body text; {@code maxEntry} bounds what any part may inflate to and {@code maxChars}
     * the text kept. The zip's limits have been checked already ({@code ZipBounds}).
     */
    static String read(byte[] docx, long maxEntry, int maxChars) throws Unreadable {
        Numbering numbering = new Numbering();
        boolean sawDocument = false;
        try {
            byte[] numberingXml = part(docx, "word/numbering.xml", Math.min(maxEntry, MAX_NUMBERING));
            if (numberingXml != null) {
                numbering = Numbering.parse(numberingXml);
            }
            try (ZipArchiveInputStream zip = ZipBounds.open(docx)) {
                ZipArchiveEntry e;
                while ((e = zip.getNextEntry()) != null) {
                    if (e.getName().equals("word/document.xml")) {
                        sawDocument = true;
                        return new Body(numbering, maxChars).read(new Bounded(zip, maxEntry));
                    }
                }
            }
        } catch (XMLStreamException | IllegalStateException e) {
            if (e.getMessage() != null && (e.getMessage().contains("DOCTYPE") || e.getMessage().contains("DTD")
                    || e.getMessage().contains("entity"))) {
                throw new Unreadable("文档含有不安全的 XML 内容（外部实体），已拒绝读取");
            }
            throw new Unreadable("无法读取该 Word 文档，文件可能已损坏或不是 .docx 格式");
        } catch (TooLong e) {
            throw new Unreadable(e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            throw new Unreadable("无法读取该 Word 文档，文件可能已损坏或不是 .docx 格式");
        }
        if (!sawDocument) {
            throw new Unreadable("无法读取该 Word 文档，文件中没有正文（word/document.xml）");
        }
        return "";
    }

    /** A stop while streaming: the text or a part went past its bound. */
    private static final class TooLong extends RuntimeException {
        TooLong(String message) {
            super(message, null, false, false);
        }
    }

    private static byte[] part(byte[] docx, String name, long max) throws IOException {
        try (ZipArchiveInputStream zip = ZipBounds.open(docx)) {
            ZipArchiveEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return new Bounded(zip, max).readAllBytes();
                }
            }
        }
        return null;
    }

    /** An entry's stream that stops at a number of inflated bytes. */
    private static final class Bounded extends FilterInputStream {
        private final long max;
        private long read;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new TooLong("Word 文档异常：内部文件解压后超过 " + max / (1024 * 1024) + " MB，已拒绝读取");
            }
        }

        @Override
        public void close() {
            // the zip stream is closed by its owner
        }
    }

    private static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return XML.createXMLStreamReader(in);
    }

    private static boolean isW(XMLStreamReader x) {
        String ns = x.getNamespaceURI();
        return W.equals(ns) || W_STRICT.equals(ns);
    }

    private static String val(XMLStreamReader x) {
        String v = x.getAttributeValue(W, "val");
        return v != null ? v : x.getAttributeValue(W_STRICT, "val");
    }

    private static BigInteger number(String s) {
        try {
            return s == null ? null : new BigInteger(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** numbering.xml, reduced to what a label needs: each list's levels and their start overrides. */
    static final class Numbering {
        record Level(String text, String format) {
        }

        final Map<BigInteger, BigInteger> abstractOf = new HashMap<>();
        final Map<BigInteger, Map<BigInteger, BigInteger>> startOverrides = new HashMap<>();
        final Map<BigInteger, Map<BigInteger, Level>> levels = new HashMap<>();

        static Numbering parse(byte[] xml) throws XMLStreamException {
            Numbering n = new Numbering();
            XMLStreamReader x = open(new ByteArrayInputStream(xml));
            try {
                BigInteger abstractId = null;
                BigInteger numId = null;
                BigInteger levelId = null;
                BigInteger overrideLevel = null;
                String text = null;
                String format = null;
                boolean inLevel = false;
                while (x.hasNext()) {
                    int event = x.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new XMLStreamException("DOCTYPE");
                    }
                    if (event == XMLStreamConstants.START_ELEMENT && isW(x)) {
                        switch (x.getLocalName()) {
                            case "abstractNum" -> abstractId = number(x.getAttributeValue(x.getNamespaceURI(), "abstractNumId"));
                            case "num" -> numId = number(x.getAttributeValue(x.getNamespaceURI(), "numId"));
                            case "abstractNumId" -> {
                                if (numId != null) {
                                    n.abstractOf.put(numId, number(val(x)));
                                }
                            }
                            case "lvlOverride" -> overrideLevel = number(x.getAttributeValue(x.getNamespaceURI(), "ilvl"));
                            case "startOverride" -> {
                                if (numId != null && overrideLevel != null && number(val(x)) != null) {
                                    n.startOverrides.computeIfAbsent(numId, k -> new HashMap<>()).put(overrideLevel, number(val(x)));
                                }
                            }
                            case "lvl" -> {
                                // Only the abstract list's own levels count (a level inside lvlOverride does not, as in Word's model here).
                                inLevel = abstractId != null && numId == null;
                                levelId = number(x.getAttributeValue(x.getNamespaceURI(), "ilvl"));
                                text = null;
                                format = null;
                            }
                            case "lvlText" -> text = inLevel ? val(x) : text;
                            case "numFmt" -> format = inLevel ? val(x) : format;
                            default -> {
                            }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && isW(x)) {
                        switch (x.getLocalName()) {
                            case "abstractNum" -> abstractId = null;
                            case "num" -> numId = null;
                            case "lvlOverride" -> overrideLevel = null;
                            case "lvl" -> {
                                if (inLevel && levelId != null) {
                                    n.levels.computeIfAbsent(abstractId, k -> new HashMap<>()).putIfAbsent(levelId,
                                            new Level(text, format));
                                }
                                inLevel = false;
                            }
                            default -> {
                            }
                        }
                    }
                }
            } finally {
                x.close();
            }
            return n;
        }

        Level level(BigInteger numId, BigInteger ilvl) {
            BigInteger abstractId = abstractOf.get(numId);
            if (abstractId == null || ilvl == null) {
                return null;
            }
            return levels.getOrDefault(abstractId, Map.of()).get(ilvl);
        }

        BigInteger startOverride(BigInteger numId, BigInteger ilvl) {
            return ilvl == null ? null : startOverrides.getOrDefault(numId, Map.of()).get(ilvl);
        }
    }

    /** document.xml, event by event. */
    private static final class Body {
        private final Numbering numbering;
        private final int maxChars;
        private final StringBuilder out = new StringBuilder();
        private final Map<BigInteger, int[]> counters = new HashMap<>();
        /** The enclosing elements that decide what text means here. */
        private final Deque<String> open = new ArrayDeque<>();

        // The paragraph being read (body paragraphs and paragraphs in cells alike).
        private StringBuilder paragraph;
        private BigInteger numId;
        private BigInteger ilvl;
        // The table being read at body level: its row's cells so far, and the cell's text.
        private int tableDepth;
        private StringBuilder row;
        private StringBuilder cell;
        private boolean firstCell;
        /** Grid columns the open cell spans (its gridSpan), and the cells of the open row so far. */
        private int span = 1;
        private int cells;
        /** The empty cells a row's spanning cells stand for, written once the row shows it has more than one cell. */
        private final StringBuilder spanned = new StringBuilder();
        private int skipDepth; // inside something whose text is not shown (deleted text, field code, body-level sdt)
        private boolean inText;

        Body(Numbering numbering, int maxChars) {
            this.numbering = numbering;
            this.maxChars = maxChars;
        }

        String read(InputStream in) throws XMLStreamException {
            XMLStreamReader x = open(in);
            try {
                while (x.hasNext()) {
                    int event = x.next();
                    switch (event) {
                        case XMLStreamConstants.DTD -> throw new XMLStreamException("DOCTYPE");
                        case XMLStreamConstants.START_ELEMENT -> start(x);
                        case XMLStreamConstants.END_ELEMENT -> end(x);
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                            if (inText && skipDepth == 0 && paragraph != null) {
                                paragraph.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
                                if (paragraph.length() > maxChars) {
                                    throw tooLong();
                                }
                            }
                        }
                        case XMLStreamConstants.ENTITY_REFERENCE -> throw new XMLStreamException("entity");
                        default -> {
                        }
                    }
                }
            } finally {
                x.close();
            }
            return out.toString();
        }

        private TooLong tooLong() {
            return new TooLong("文档正文超过 200 万字上限，请拆分后再上传");
        }

        private void start(XMLStreamReader x) {
            String name = isW(x) ? x.getLocalName() : "";
            String parent = open.peek();
            open.push(name);
            if (open.size() > MAX_DEPTH) {
                throw new TooLong("Word 文档结构异常（嵌套超过 " + MAX_DEPTH + " 层），已拒绝读取");
            }
            if (skipDepth > 0) {
                skipDepth++;
                return;
            }
            switch (name) {
                case "sdt" -> {
                    if ("body".equals(parent)) {
                        skipDepth = 1; // a body-level content control: left out, as before
                    }
                }
                // Deleted text, field codes, and text boxes (drawn objects, not the body's flow) are not read.
                case "del", "delText", "instrText", "delInstrText", "txbxContent" -> skipDepth = 1;
                case "tbl" -> tableDepth++;
                case "tr" -> {
                    if (tableDepth == 1) {
                        row = new StringBuilder();
                        firstCell = true;
                        cells = 0;
                    }
                }
                case "tc" -> {
                    if (tableDepth == 1) {
                        cell = new StringBuilder();
                        span = 1;
                    }
                }
                case "gridSpan" -> {
                    // 完成情况 over 11月 | 1—11月累计: a cell over two columns stands for both, so the columns line up with
                    // the rows below (a row of one cell across the table stays one cell: it groups the rows after it)
                    if (tableDepth == 1 && "tcPr".equals(parent) && cell != null) {
                        BigInteger n = number(val(x));
                        span = n == null ? 1 : Math.max(1, Math.min(n.min(BigInteger.valueOf(64)).intValue(), 64));
                    }
                }
                case "p" -> {
                    paragraph = new StringBuilder();
                    numId = null;
                    ilvl = null;
                }
                case "numId" -> {
                    if ("numPr".equals(parent) && paragraph != null && inParagraphProperties()) {
                        numId = number(val(x));
                    }
                }
                case "ilvl" -> {
                    if ("numPr".equals(parent) && paragraph != null && inParagraphProperties()) {
                        ilvl = number(val(x));
                    }
                }
                case "t" -> inText = true;
                case "tab", "ptab" -> {
                    if (inRun()) {
                        paragraph.append('\t');
                    }
                }
                case "br", "cr" -> {
                    if (inRun()) {
                        paragraph.append('\n');
                    }
                }
                case "noBreakHyphen" -> {
                    if (inRun()) {
                        paragraph.append('‑');
                    }
                }
                default -> {
                }
            }
        }

        private boolean inRun() {
            return paragraph != null && "r".equals(open.size() > 1 ? secondFromTop() : null);
        }

        private String secondFromTop() {
            var it = open.iterator();
            it.next();
            return it.next();
        }

        private boolean inParagraphProperties() {
            // numPr sits in pPr directly under the paragraph (not in a run's or a change record's properties)
            var it = open.iterator();
            it.next(); // numId / ilvl
            return it.hasNext() && "numPr".equals(it.next()) && it.hasNext() && "pPr".equals(it.next())
                    && it.hasNext() && "p".equals(it.next());
        }

        private void end(XMLStreamReader x) {
            String name = open.pop();
            if (skipDepth > 0) {
                skipDepth--;
                return;
            }
            switch (name) {
                case "t" -> inText = false;
                case "p" -> endParagraph();
                case "tc" -> {
                    if (tableDepth == 1 && cell != null && row != null) {
                        if (!firstCell) {
                            row.append(spanned).append('\t');
                        }
                        spanned.setLength(0);
                        row.append(cell.toString().replace('\n', ' '));
                        spanned.append("\t".repeat(span - 1));
                        firstCell = false;
                        cells++;
                        cell = null;
                    }
                }
                case "tr" -> {
                    if (tableDepth == 1 && row != null) {
                        if (cells > 1) {
                            row.append(spanned); // (the last cell's span, where the row has more than one)
                        }
                        spanned.setLength(0);
                        out.append(row).append('\n');
                        row = null;
                        check();
                    }
                }
                case "tbl" -> tableDepth--;
                default -> {
                }
            }
        }

        private void endParagraph() {
            if (paragraph == null) {
                return;
            }
            String text = paragraph.toString();
            paragraph = null;
            String where = open.peek();
            if (tableDepth == 0 && "body".equals(where)) {
                out.append(label()).append(text).append('\n');
                check();
            } else if (tableDepth == 1 && cell != null && "tc".equals(where)) {
                cell.append(text); // a cell's paragraphs run together, as Word's own cell text does
            } else if (tableDepth > 1 && cell != null) {
                cell.append(text); // a table inside a cell: its text belongs to the cell
            }
        }

        private void check() {
            if (out.length() > maxChars) {
                throw tooLong();
            }
        }

        private String label() {
            if (numId == null) {
                return "";
            }
            try {
                int level = ilvl == null ? 0 : Math.min(8, Math.max(0, ilvl.intValue()));
                int[] count = counters.computeIfAbsent(numId, k -> new int[9]);
                if (count[level] == 0) {
                    BigInteger start = numbering.startOverride(numId, ilvl);
                    count[level] = start == null ? 0 : start.intValue() - 1;
                }
                count[level]++;
                for (int deeper = level + 1; deeper < count.length; deeper++) {
                    count[deeper] = 0;
                }
                Numbering.Level lvl = numbering.level(numId, ilvl);
                if (lvl == null || lvl.text() == null) {
                    return "";
                }
                String text = lvl.text();
                StringBuilder label = new StringBuilder();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                        int l = text.charAt(++i) - '1';
                        label.append(ListNumbers.format(l >= 0 && l < count.length ? Math.max(1, count[l]) : 1, lvl.format()));
                    } else {
                        label.append(c);
                    }
                }
                return label.toString();
            } catch (RuntimeException e) {
                return ""; // a malformed list: the text still counts
            }
        }
    }
}
