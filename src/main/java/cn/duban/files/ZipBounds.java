package cn.duban.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Looks inside an Office file (a zip) with bounded work before anything parses it, for every door
 * that takes one (the reader, evidence, the Excel imports). Refused:
 * <ul>
 * <li>more than {@code maxEntries} entries, one inflating past {@code maxEntry} bytes, all together
 * past {@code maxTotal}; it stops at the first byte over a limit, so a zip bomb costs no more than
 * the limits it breaks (skipping an entry would inflate it in full);</li>
 * <li>a name twice, a name that climbs out of its folder;</li>
 * <li>an archive inside (an entry starting with a zip header): it is looked at in the same way with
 * what is left of the budgets, one level deep — a workbook embedded in a Word file is one level and
 * small; a zip in a zip in a zip is only ever an attack;</li>
 * <li>macros and ActiveX controls (a .docm or .xlsm renamed: the liaison opening it would be asked
 * to run code);</li>
 * <li>symlinks (an unpacking tool would follow them out of its folder);</li>
 * <li>a central directory that disagrees with the entries: we read the entries in order (as POI
 * does) but Word, Excel and unzip read the directory, so a file that says one thing to each would
 * pass our checks with one content and open with another;</li>
 * <li>any XML part that is not well-formed, declares a DTD or an entity (Office never writes one;
 * an XXE or entity-expansion attack must), or nests deeper than {@value #MAX_XML_DEPTH} elements (a
 * parser's stack is the target; Word nests a few dozen).</li>
 * </ul>
 * The XML is parsed as it inflates, never held; an embedded archive is held up to {@code maxEntry}.
 */
public final class ZipBounds {

    /** What was seen: the names, and whether the limits held; {@code problem} says which did not. */
    public record Inspection(Set<String> names, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    static final int MAX_XML_DEPTH = 256;
    /** The file itself is level 0; an archive inside it level 1, and nothing deeper. */
    private static final int MAX_NESTING = 1;

    private static final XMLInputFactory XML = XMLInputFactory.newDefaultFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XML.setProperty(XMLInputFactory.IS_COALESCING, false);
    }

    private ZipBounds() {
    }

    public static Inspection inspect(byte[] bytes, int maxEntries, long maxEntry, long maxTotal) {
        Set<String> names = new HashSet<>();
        String problem = new Look(new Budget(maxEntries, maxEntry, maxTotal), 0).problem(bytes, names);
        return new Inspection(names, problem);
    }

    /** What is left to spend, shared by the file and the archives inside it. */
    private static final class Budget {
        final int maxEntries;
        final long maxEntry;
        final long maxTotal;
        int entries;
        long total;

        Budget(int maxEntries, long maxEntry, long maxTotal) {
            this.maxEntries = maxEntries;
            this.maxEntry = maxEntry;
            this.maxTotal = maxTotal;
        }
    }

    /** A refusal raised while an entry is read, carrying its reason through the parser. */
    private static final class Refused extends IOException {
        final String problem;

        Refused(String problem) {
            super(problem, null);
            this.problem = problem;
        }
    }

    /**
     * What the entries said of one entry, to be held against the central directory: the sizes its
     * local header declared (-1 when they follow in a data descriptor), what it inflated to and its
     * CRC; {@code entry} has the descriptor's sizes once the next entry has been reached.
     */
    private record Local(ZipArchiveEntry entry, long declaredSize, long declaredCompressed, long size, long crc) {
    }

    /** One archive (the file, or an archive inside it) at a level of nesting. */
    private static final class Look {
        private final Budget budget;
        private final int depth;

        Look(Budget budget, int depth) {
            this.budget = budget;
            this.depth = depth;
        }

        String problem(byte[] bytes, Set<String> names) {
            int end = endRecord(bytes);
            if (end == NO_END) {
                return "文件不完整（缺少压缩目录，可能上传中断或已损坏）";
            }
            if (end == NOT_AT_END) {
                return "压缩文件末尾附带了其他数据（Office 文件不会有）";
            }
            // The directory is parsed into objects: count its records first, so a directory of a
            // million tiny records is refused before it is parsed (an overcount only errs safe).
            if (centralRecords(bytes) > budget.maxEntries - budget.entries) {
                return "内部文件数量超过 " + budget.maxEntries + " 个";
            }
            Map<String, ZipArchiveEntry> directory = new HashMap<>();
            try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
                    .setCharset("UTF-8").setUseUnicodeExtraFields(true).setIgnoreLocalFileHeader(true).get()) {
                for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                    if (directory.put(e.getName(), e) != null) {
                        return "内部文件名重复（" + printable(e.getName()) + "）";
                    }
                    if (symlink(e)) {
                        return "内部文件 " + printable(e.getName()) + " 是符号链接（可指向服务器上的其他文件）";
                    }
                }
            } catch (IOException | RuntimeException ex) {
                return "文件已损坏或不是有效的压缩格式";
            }
            Map<String, Local> locals = new HashMap<>();
            try {
                String problem = entries(bytes, names, locals);
                if (problem != null) {
                    return problem;
                }
            } catch (Refused r) {
                return r.problem;
            } catch (IOException | RuntimeException ex) {
                return "文件已损坏或不是有效的压缩格式";
            }
            return agree(locals, directory) ? null : "压缩目录与文件内容不一致（文件被篡改过，打开时看到的可能不是检查过的内容）";
        }

        /** The entries in order, each read through to its end within the budgets. */
        private String entries(byte[] bytes, Set<String> names, Map<String, Local> locals) throws IOException {
            try (ZipArchiveInputStream zip = open(bytes)) {
                ZipArchiveEntry e;
                while ((e = zip.getNextEntry()) != null) {
                    String name = e.getName();
                    if (++budget.entries > budget.maxEntries) {
                        return "内部文件数量超过 " + budget.maxEntries + " 个";
                    }
                    if (!names.add(name)) {
                        return "内部文件名重复（" + printable(name) + "）";
                    }
                    if (unsafeName(name)) {
                        return "内部文件名异常（" + printable(name) + "）";
                    }
                    String active = activeContent(name);
                    if (active != null) {
                        return "内部文件 " + printable(name) + " " + active;
                    }
                    long declaredSize = e.getSize();
                    long declaredCompressed = e.getCompressedSize();
                    Counted part = new Counted(zip, name, budget);
                    String problem = content(name, part);
                    if (problem != null) {
                        return problem;
                    }
                    part.drain();
                    locals.put(name, new Local(e, declaredSize, declaredCompressed, part.count, part.crc.getValue()));
                }
            }
            return null;
        }

        /** Looks at one entry's content as it inflates: an archive inside, an XML part, or bytes only counted. */
        private String content(String name, Counted part) throws IOException {
            PushbackInputStream in = new PushbackInputStream(part, 4);
            byte[] head = in.readNBytes(4);
            in.unread(head);
            if (head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                if (depth >= MAX_NESTING) {
                    return "内部文件 " + printable(name) + " 是压缩文件中的压缩文件（层层嵌套，疑似压缩炸弹）";
                }
                // Held up to the per-entry limit (the counting stream stops it there), then looked at with what is left.
                ByteArrayOutputStream inner = new ByteArrayOutputStream();
                in.transferTo(inner);
                String problem = new Look(budget, depth + 1).problem(inner.toByteArray(), new HashSet<>());
                return problem == null ? null : "嵌入的压缩文件 " + printable(name) + " 中：" + problem;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".xml") || lower.endsWith(".rels")) {
                return xml(name, in, lower.equals("[content_types].xml") || lower.endsWith(".rels"));
            }
            return null;
        }
    }

    /**
     * An XML part streamed through a parser that knows no DTD: a DTD or an entity, a nesting past
     * the limit, or anything not well-formed is refused. In the content types and relationships, a
     * declaration of a macro project or a macro-enabled document is refused (a .docm renamed .docx).
     */
    private static String xml(String name, InputStream in, boolean declarations) throws IOException {
        XMLStreamReader r = null;
        try {
            r = XML.createXMLStreamReader(in);
            int depth = 0;
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++depth > MAX_XML_DEPTH) {
                            return "内部文件 " + printable(name) + " 的 XML 层级过深（超过 " + MAX_XML_DEPTH + " 层）";
                        }
                        if (declarations) {
                            for (int i = 0; i < r.getAttributeCount(); i++) {
                                String value = r.getAttributeValue(i).toLowerCase(Locale.ROOT);
                                if (value.contains("macroenabled") || value.contains("vbaproject")) {
                                    return "内部文件 " + printable(name) + " 声明了宏（启用宏的文档）";
                                }
                            }
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION -> {
                        return dtd(name);
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> {
                        return "内部文件 " + printable(name) + " 引用了实体（" + r.getLocalName() + "），Office 文件不会有，疑似 XXE 攻击";
                    }
                    default -> {
                    }
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            Refused refused = refusal(e);
            if (refused != null) {
                throw refused;
            }
            String message = String.valueOf(e.getMessage());
            if (message.contains("DOCTYPE") || message.contains("DTD")) {
                return dtd(name);
            }
            return "内部文件 " + printable(name) + " 不是格式正确的 XML（文件已损坏）";
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // Closing a reader that has failed: nothing more to learn from it.
                }
            }
        }
    }

    /** A limit reached while the parser read: it comes back wrapped in the parser's exception. */
    private static Refused refusal(Throwable e) {
        for (int i = 0; e != null && i < 8; i++) {
            if (e instanceof Refused refused) {
                return refused;
            }
            e = e.getCause() != null ? e.getCause() : e instanceof XMLStreamException x ? x.getNestedException() : null;
        }
        return null;
    }

    private static String dtd(String name) {
        return "内部文件 " + printable(name) + " 含有 DTD 或外部实体声明（Office 文件不会有，疑似 XXE 攻击）";
    }

    /** An entry's stream that counts what it inflates against the budgets and sums its CRC; past a limit it stops. */
    private static final class Counted extends FilterInputStream {
        private final String name;
        private final Budget budget;
        final CRC32 crc = new CRC32();
        long count;

        Counted(InputStream in, String name, Budget budget) {
            super(in);
            this.name = name;
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                crc.update(b, off, n);
                count += n;
                budget.total += n;
                if (count > budget.maxEntry) {
                    throw new Refused("内部文件 " + printable(name) + " 解压后超过 " + budget.maxEntry / (1024 * 1024) + " MB");
                }
                if (budget.total > budget.maxTotal) {
                    throw new Refused("解压后总大小超过 " + budget.maxTotal / (1024 * 1024) + " MB（疑似压缩炸弹）");
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            return read(new byte[(int) Math.min(n, 8192)]);
        }

        @Override
        public void close() {
            // The zip's stream stays open for the next entry (a parser closing its input must not end it).
        }

        void drain() throws IOException {
            byte[] buffer = new byte[64 * 1024];
            while (read(buffer, 0, buffer.length) >= 0) {
                // counted in read
            }
        }
    }

    /**
     * Whether every entry the directory lists was read at the same place with the same sizes and
     * CRC, and the directory lists no other: what Word opens is what was checked.
     */
    private static boolean agree(Map<String, Local> locals, Map<String, ZipArchiveEntry> directory) {
        if (directory.size() != locals.size()) {
            return false;
        }
        for (Map.Entry<String, Local> l : locals.entrySet()) {
            ZipArchiveEntry c = directory.get(l.getKey());
            Local local = l.getValue();
            if (c == null || c.getLocalHeaderOffset() != local.entry().getLocalHeaderOffset() || c.getSize() != local.size()
                    || c.getCrc() != local.crc()
                    || !same(local.declaredSize(), local.size()) || !same(local.entry().getSize(), local.size())
                    || !same(local.declaredCompressed(), c.getCompressedSize())
                    || !same(local.entry().getCompressedSize(), c.getCompressedSize())) {
                return false;
            }
        }
        return true;
    }

    /** A size the local entry declared agrees when it is unknown (-1) or equal. */
    private static boolean same(long declared, long actual) {
        return declared < 0 || declared == actual;
    }

    /** A symlink by its Unix mode (in the high half of the external attributes, whatever system the zip says it was made on) or a Windows reparse point. */
    private static boolean symlink(ZipArchiveEntry e) {
        long attributes = e.getExternalAttributes();
        return e.isUnixSymlink() || ((attributes >>> 16) & 0170000) == 0120000
                || e.getPlatform() == ZipArchiveEntry.PLATFORM_FAT && (attributes & 0x400) != 0;
    }

    /** Macro projects and ActiveX controls, by the names Office gives their parts; null for anything else. */
    private static String activeContent(String name) {
        String n = name.replace('\\', '/').toLowerCase(Locale.ROOT);
        if (n.endsWith("vbaproject.bin")) {
            return "含有宏（vbaProject.bin）";
        }
        if (n.endsWith("vbadata.xml")) {
            return "含有宏（vbaData.xml）";
        }
        if (n.startsWith("activex/") || n.contains("/activex/")) {
            return "是 ActiveX 控件（打开时会运行程序）";
        }
        return null;
    }

    private static final int NO_END = -1;
    private static final int NOT_AT_END = -2;

    /**
     * A zip ends with its central directory's end record (PK 5 6) and its comment: the record is in
     * the last 64 KB, and its comment length reaches exactly the file's end. A file cut short in
     * transfer lacks the record (though its first entries still read); a file with something
     * appended (a page, a script: a polyglot, as with a photo) has it, but not at the end.
     */
    private static int endRecord(byte[] b) {
        boolean seen = false;
        for (int i = b.length - 22; i >= 0 && i >= b.length - 22 - 65_535; i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                int comment = (b[i + 20] & 0xFF) | (b[i + 21] & 0xFF) << 8;
                if (i + 22 + comment == b.length) {
                    return i;
                }
                seen = true;
            }
        }
        return seen ? NOT_AT_END : NO_END;
    }

    /** How many central directory records (PK 1 2) the bytes could hold: at least as many as there are. */
    private static int centralRecords(byte[] b) {
        int count = 0;
        for (int i = 0; i + 3 < b.length; i++) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2) {
                count++;
            }
        }
        return count;
    }

    /** A name that climbs out of its folder, is absolute, or holds control characters: no Office program writes one. */
    static boolean unsafeName(String name) {
        String n = name.replace('\\', '/');
        return n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.equals("..") || n.startsWith("../") || n.contains("/../")
                || n.endsWith("/..") || n.chars().anyMatch(c -> c < 0x20);
    }

    private static String printable(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }

    /**
     * Entries are read in order, as POI reads them, with commons-compress rather than java.util.zip:
     * it accepts what POI's own streaming writer produces (stored sizes in a data descriptor), which
     * java.util.zip refuses.
     */
    public static ZipArchiveInputStream open(byte[] bytes) {
        return new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", true, true);
    }
}
