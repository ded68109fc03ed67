package cn.duban.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The hostile-upload battery of issue 10: files built to exhaust memory, CPU or disk, to reach
 * the network or the file system through XML, or to pass for what they are not. Each names the
 * door it is pushed through: the reader (documents), evidence (photos and attachments), or the
 * Excel import.
 */
public final class HostileFiles {

    public enum Door {
        READER, EVIDENCE, EXCEL
    }

    public record Hostile(String label, Door door, String fileName, byte[] bytes) {
        @Override
        public String toString() {
            return label + " (" + fileName + ", " + bytes.length / 1024 + " KB)";
        }
    }

    private HostileFiles() {
    }

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
            + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
            + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
    static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
            + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
            + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    /** Every file of the battery; {@code listenerPort} is where XXE attempts would call. */
    public static List<Hostile> all(int listenerPort) {
        List<Hostile> all = new ArrayList<>();
        byte[] paragraphs = manySmallParagraphs(60);
        byte[] zeros = zerosThenDocument(1024);
        String url = "http://127.0.0.1:" + listenerPort;

        // Memory and CPU, through the reader.
        all.add(new Hostile("60 MB of small paragraphs (ratio passes)", Door.READER, "段落.docx", paragraphs));
        all.add(new Hostile("1 GiB of zeros before the document", Door.READER, "炸弹.docx", zeros));
        all.add(new Hostile("10,000 entries", Door.READER, "条目.docx", entries(10_000)));
        all.add(new Hostile("duplicate document.xml", Door.READER, "重名.docx", docx(
                "word/document.xml", document("<w:p><w:r><w:t>甲</w:t></w:r></w:p>"), "word/document.xml", document("<w:p/>"))));
        all.add(new Hostile("entity expansion (billion laughs)", Door.READER, "实体.docx", docxWithDocument(billionLaughs())));
        all.add(new Hostile("XXE to a local file", Door.READER, "xxe1.docx", docxWithDocument(
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document xmlns:w=\"" + W
                        + "\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>")));
        all.add(new Hostile("XXE to a local listener", Door.READER, "xxe2.docx", docxWithDocument(
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"" + url + "/doc\">]><w:document xmlns:w=\"" + W
                        + "\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>")));
        all.add(new Hostile("XXE by parameter entity", Door.READER, "xxe3.docx", docxWithDocument(
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY % p SYSTEM \"" + url + "/param\"> %p;]><w:document xmlns:w=\""
                        + W + "\"/>")));
        all.add(new Hostile("external DTD", Door.READER, "xxe4.docx", docxWithDocument(
                "<?xml version=\"1.0\"?><!DOCTYPE d SYSTEM \"" + url + "/dtd\"><w:document xmlns:w=\"" + W + "\"/>")));
        all.add(new Hostile("XXE in the numbering part", Door.READER, "xxe5.docx", docx(
                "word/numbering.xml", ("<?xml version=\"1.0\"?><!DOCTYPE n [<!ENTITY x SYSTEM \"" + url + "/num\">]><w:numbering xmlns:w=\""
                        + W + "\">&x;</w:numbering>").getBytes(StandardCharsets.UTF_8),
                "word/document.xml", document("<w:p><w:r><w:t>正文</w:t></w:r></w:p>"))));
        all.add(new Hostile("XXE in the content types", Door.READER, "xxe6.docx", zip(
                "[Content_Types].xml", ("<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM \"" + url + "/ct\">]><Types>&x;</Types>")
                        .getBytes(StandardCharsets.UTF_8),
                "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8),
                "word/document.xml", document("<w:p><w:r><w:t>正文</w:t></w:r></w:p>"))));
        all.add(new Hostile("a zip of zip bombs named .docx", Door.READER, "套娃.docx", zip(
                "a.zip", zerosZip(64), "b.zip", zerosZip(64), "c.zip", zerosZip(64))));
        all.add(new Hostile("document.xml that is itself a zip bomb", Door.READER, "内嵌.docx", docx("word/document.xml", zerosZip(256))));
        all.add(new Hostile("100,000 nested elements", Door.READER, "嵌套.docx", docxWithDocument(
                "<?xml version=\"1.0\"?><w:document xmlns:w=\"" + W + "\"><w:body>" + "<w:tbl><w:tr><w:tc>".repeat(33_000)
                        + "</w:tc></w:tr></w:tbl>".repeat(33_000) + "</w:body></w:document>")));
        all.add(new Hostile("one 9 MB attribute", Door.READER, "属性.docx", docxWithDocument(
                "<?xml version=\"1.0\"?><w:document xmlns:w=\"" + W + "\"><w:body><w:p w:rsidR=\"" + "A".repeat(9 * 1024 * 1024)
                        + "\"/></w:body></w:document>")));
        all.add(new Hostile("3 million characters in one run", Door.READER, "长段.docx", docx("word/document.xml", document(
                "<w:p><w:r><w:t>" + randomHan(3_000_000, 7) + "</w:t></w:r></w:p>"))));
        all.add(new Hostile("a 20 MB numbering part", Door.READER, "编号.docx", docx(
                "word/numbering.xml", ("<w:numbering xmlns:w=\"" + W + "\">" + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>"
                        .repeat(330_000) + "</w:numbering>").getBytes(StandardCharsets.UTF_8),
                "word/document.xml", document("<w:p><w:r><w:t>正文</w:t></w:r></w:p>"))));
        all.add(new Hostile("entry names climbing out of the folder", Door.READER, "路径.docx", zip(
                "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8), "../../../etc/cron.d/x", "x".getBytes(),
                "word/document.xml", document("<w:p><w:r><w:t>正文</w:t></w:r></w:p>"))));
        byte[] good = docx("word/document.xml", document("<w:p><w:r><w:t>到2026年底新建高标准农田3万亩。</w:t></w:r></w:p>"));
        for (int cut : new int[]{30, good.length / 2, good.length - 22}) {
            all.add(new Hostile("truncated at " + cut + " bytes", Door.READER, "截断" + cut + ".docx", Arrays.copyOf(good, cut)));
        }
        all.add(new Hostile("encrypted Word file", Door.READER, "加密.docx", encrypted()));
        all.add(new Hostile("an Excel workbook named .docx", Door.READER, "表格.docx", zip(
                "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8), "xl/workbook.xml", "<workbook/>".getBytes())));
        all.add(new Hostile("a document with no text", Door.READER, "空白.docx", docx("word/document.xml", document("<w:p/>"))));
        all.add(new Hostile("empty file", Door.READER, "空.docx", new byte[0]));
        all.add(new Hostile("a PDF to the reader", Door.READER, "扫描.pdf", "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII)));
        all.add(new Hostile("an old .doc", Door.READER, "旧版.doc", ole2("WordDocument")));
        all.add(new Hostile("22 MB of text", Door.READER, "大.txt", "任务".repeat(4 * 1024 * 1024).getBytes(StandardCharsets.UTF_8)));
        all.add(new Hostile("binary passed off as text", Door.READER, "乱码.txt", random(200_000, 3)));
        all.add(new Hostile("2.5 million characters of text", Door.READER, "长.txt",
                "a".repeat(2_500_000).getBytes(StandardCharsets.US_ASCII)));

        // Issue 22, item 7: containers that pass the bounds but carry what no Word file should, through both doors.
        for (Door door : new Door[]{Door.READER, Door.EVIDENCE}) {
            String d = door == Door.READER ? "reader" : "evidence";
            all.add(new Hostile(d + ": an embedded zip inflating to 512 MiB", door, "嵌入.docx", embeddedZipBomb(512)));
            all.add(new Hostile(d + ": a macro-enabled Word file", door, "宏.docx", macroEnabled()));
            all.add(new Hostile(d + ": 200,000 levels deep in the styles part", door, "深.docx", deepPart("word/styles.xml", 200_000)));
            all.add(new Hostile(d + ": 200,000 levels deep in the document", door, "深2.docx", deepPart("word/document.xml", 200_000)));
            all.add(new Hostile(d + ": a part that is not well-formed XML", door, "坏.docx", docx(
                    "word/settings.xml",
                    ("<w:settings xmlns:w=\"" + W + "\"><w:zoom w:percent=\"100\"></w:settings>").getBytes(StandardCharsets.UTF_8),
                    "word/document.xml", document(TEXT))));
            all.add(new Hostile(d + ": a symlink entry", door, "链接.docx", withSymlink("word/media/image1.png", "/etc/passwd")));
            all.add(new Hostile(d + ": a central directory naming another part", door, "目录.docx", lyingDirectoryName()));
            all.add(new Hostile(d + ": a central directory declaring another size", door, "目录2.docx", lyingDirectorySize()));
            all.add(new Hostile(d + ": a Word file with HTML appended", door, "尾随.docx",
                    concat(docx("word/document.xml", document(TEXT)), HTML)));
        }
        all.add(new Hostile("evidence: a PNG with HTML appended", Door.EVIDENCE, "照片3.png", concat(image("png"), HTML)));
        all.add(new Hostile("evidence: a JPEG with HTML appended", Door.EVIDENCE, "照片4.jpg", concat(image("jpg"), HTML)));

        // Evidence: a photo or an attachment must be one.
        all.add(new Hostile("evidence: the zeros bomb as Word", Door.EVIDENCE, "证明.docx", zeros));
        all.add(new Hostile("evidence: 10,000 entries as Word", Door.EVIDENCE, "证明2.docx", entries(10_000)));
        all.add(new Hostile("evidence: XXE in Word", Door.EVIDENCE, "证明3.docx", docxWithDocument(
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"" + url + "/evidence\">]><w:document xmlns:w=\"" + W
                        + "\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>")));
        all.add(new Hostile("evidence: JPEG magic then garbage", Door.EVIDENCE, "照片.jpg", concat(new byte[]{(byte) 0xFF, (byte) 0xD8,
                (byte) 0xFF, (byte) 0xE0}, random(5_000, 5))));
        all.add(new Hostile("evidence: PNG declaring 100,000 × 100,000 pixels", Door.EVIDENCE, "巨图.png", pngDeclaring(100_000, 100_000)));
        all.add(new Hostile("evidence: JPEG declaring 65,000 × 65,000 pixels", Door.EVIDENCE, "巨图.jpg", jpegDeclaring(65_000, 65_000)));
        all.add(new Hostile("evidence: truncated PDF", Door.EVIDENCE, "材料.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >>".getBytes()));
        all.add(new Hostile("evidence: PDF with a script", Door.EVIDENCE, "材料2.pdf", ("%PDF-1.7\n1 0 obj << /Type /Catalog /OpenAction"
                + " << /S /JavaScript /JS (app.alert(1)) >> >>\nendobj\n%%EOF").getBytes(StandardCharsets.US_ASCII)));
        all.add(new Hostile("evidence: HTML named .jpg", Door.EVIDENCE, "照片2.jpg", "<html><script>alert(1)</script></html>".getBytes()));
        all.add(new Hostile("evidence: SVG with a script", Door.EVIDENCE, "图.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes()));
        all.add(new Hostile("evidence: a Windows program", Door.EVIDENCE, "说明.pdf", concat("MZ".getBytes(), random(4_000, 9))));
        all.add(new Hostile("evidence: 11 MB", Door.EVIDENCE, "大.pdf", concat("%PDF-1.7\n".getBytes(), random(11 * 1024 * 1024, 11))));
        all.add(new Hostile("evidence: a zip named .pdf", Door.EVIDENCE, "压缩.pdf", zerosZip(8)));
        all.add(new Hostile("evidence: empty", Door.EVIDENCE, "空.jpg", new byte[0]));

        // The Excel import.
        all.add(new Hostile("workbook: 60 MB of shared strings", Door.EXCEL, "台账.xlsx", xlsxSharedStrings(60)));
        all.add(new Hostile("workbook: zeros bomb", Door.EXCEL, "台账2.xlsx", zeros));
        all.add(new Hostile("workbook: 10,000 entries", Door.EXCEL, "台账3.xlsx", entries(10_000)));
        all.add(new Hostile("workbook: XXE in the sheet", Door.EXCEL, "台账4.xlsx", zip(
                "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8),
                "xl/worksheets/sheet1.xml",
                ("<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY x SYSTEM \"" + url + "/sheet\">]><worksheet>&x;</worksheet>")
                        .getBytes(StandardCharsets.UTF_8))));
        all.add(new Hostile("workbook: truncated", Door.EXCEL, "台账5.xlsx", Arrays.copyOf(xlsxSharedStrings(1), 400)));
        all.add(new Hostile("workbook: a Word file", Door.EXCEL, "台账6.xlsx", good));
        all.add(new Hostile("workbook: an encrypted file", Door.EXCEL, "台账7.xlsx", encrypted()));
        return all;
    }

    // ---- builders ----

    /** Readable body text, so that a file passing every check would be read (200) by the reader. */
    static final String TEXT = "<w:p><w:r><w:t>到2026年底新建高标准农田3万亩。</w:t></w:r></w:p>";
    static final byte[] HTML = "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);

    /** A Word file with an embedded workbook that is a zip of {@code mebibytes} of zeros (a few KB as stored: deflated zeros deflate again). */
    static byte[] embeddedZipBomb(int mebibytes) {
        return docx("word/document.xml", document(TEXT), "word/embeddings/Microsoft_Excel_Worksheet.xlsx", zerosZip(mebibytes));
    }

    /** A macro-enabled Word file (.docm) named .docx: its content types declare it, and it carries the VBA project. */
    static byte[] macroEnabled() {
        String types = CONTENT_TYPES.replace("</Types>", "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                + "vnd.ms-word.document.macroEnabled.main+xml\"/><Default Extension=\"bin\" ContentType=\"application/"
                + "vnd.ms-office.vbaProject\"/></Types>");
        return zip("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8), "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8),
                "word/document.xml", document(TEXT), "word/vbaProject.bin", ole2("VBA"));
    }

    /** A Word file whose part {@code name} nests {@code depth} elements (the body text is elsewhere when the part is not the document). */
    static byte[] deepPart(String name, int depth) {
        String deep = "<w:x xmlns:w=\"" + W + "\">" + "<w:x>".repeat(depth) + "</w:x>".repeat(depth) + "</w:x>";
        if (name.equals("word/document.xml")) {
            return docxWithDocument("<?xml version=\"1.0\"?><w:document xmlns:w=\"" + W + "\"><w:body>" + TEXT
                    + "<w:p>" + "<w:r>".repeat(depth) + "</w:r>".repeat(depth) + "</w:p></w:body></w:document>");
        }
        return docx(name, deep.getBytes(StandardCharsets.UTF_8), "word/document.xml", document(TEXT));
    }

    /** A Word file with an entry {@code name} that the central directory marks as a Unix symlink to {@code target}. */
    static byte[] withSymlink(String name, String target) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            Object[] parts = {"[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8), "_rels/.rels",
                    RELS.getBytes(StandardCharsets.UTF_8), "word/document.xml", document(TEXT), name,
                    target.getBytes(StandardCharsets.UTF_8)};
            for (int i = 0; i < parts.length; i += 2) {
                var entry = new ZipArchiveEntry((String) parts[i]);
                if (parts[i].equals(name)) {
                    entry.setUnixMode(0120777);
                }
                zip.putArchiveEntry(entry);
                zip.write((byte[]) parts[i + 1]);
                zip.closeArchiveEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A Word file whose central directory names a part the entries do not hold: the local header says
     * word/document.xml, the directory word/documenT.xml (a program reading the directory sees another file).
     */
    static byte[] lyingDirectoryName() {
        byte[] b = docx("word/document.xml", document(TEXT), "word/settings.xml",
                "<w:settings xmlns:w=\"W\"/>".getBytes(StandardCharsets.UTF_8));
        int header = centralHeader(b, "word/document.xml");
        b[header + 46 + "word/documen".length()] = 'T';
        return b;
    }

    /** A Word file whose central directory declares for word/document.xml an uncompressed size other than what it inflates to. */
    static byte[] lyingDirectorySize() {
        byte[] b = docx("word/document.xml", document(TEXT));
        int header = centralHeader(b, "word/document.xml");
        putIntLittle(b, header + 24, 64);
        return b;
    }

    /** Where the central directory's record (PK 1 2) for {@code name} begins. */
    static int centralHeader(byte[] zip, String name) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 + n.length <= zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2
                    && Arrays.equals(zip, i + 46, i + 46 + n.length, n, 0, n.length)) {
                return i;
            }
        }
        throw new IllegalStateException("no central record for " + name);
    }

    static void putIntLittle(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >> 8);
        b[at + 2] = (byte) (v >> 16);
        b[at + 3] = (byte) (v >> 24);
    }

    public static byte[] zip(Object... namesAndContents) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                zip.write((byte[]) namesAndContents[i + 1]);
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .docx with the given parts beside its content types and relationships; duplicate names are written as given. */
    static byte[] docx(Object... namesAndContents) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(RELS.getBytes(StandardCharsets.UTF_8));
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < namesAndContents.length; i += 2) {
                String name = (String) namesAndContents[i];
                if (!seen.add(name)) {
                    // ZipOutputStream refuses a name twice; write the second under a placeholder and patch it after.
                    name = name.replace('/', '~');
                }
                zip.putNextEntry(new ZipEntry(name));
                zip.write((byte[]) namesAndContents[i + 1]);
                zip.closeEntry();
            }
            zip.finish();
            byte[] bytes = out.toByteArray();
            return patchNames(bytes, "word~document.xml", "word/document.xml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] patchNames(byte[] bytes, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.US_ASCII);
        byte[] t = to.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + f.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + f.length, f, 0, f.length)) {
                System.arraycopy(t, 0, bytes, i, t.length);
            }
        }
        return bytes;
    }

    static byte[] docxWithDocument(String xml) {
        return docx("word/document.xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] document(String body) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W + "\"><w:body>" + body + "</w:body></w:document>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The first file: megabytes of tiny paragraphs of varied characters, so it compresses like a real document. */
    public static byte[] manySmallParagraphs(int megabytes) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"" + W + "\"><w:body>").getBytes(StandardCharsets.UTF_8));
            Random r = new Random(megabytes);
            long target = megabytes * 1024L * 1024;
            StringBuilder p = new StringBuilder();
            for (long written = 0; written < target;) {
                p.setLength(0);
                p.append("<w:p><w:r><w:t>");
                for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
                    p.append((char) (0x4E00 + r.nextInt(3000)));
                }
                p.append("</w:t></w:r></w:p>");
                byte[] b = p.toString().getBytes(StandardCharsets.UTF_8);
                zip.write(b);
                written += b.length;
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip bomb that passes for Word: {@code mebibytes} of zeros (a few KB zipped), then the part Word files have. */
    static byte[] zerosThenDocument(int mebibytes) {
        return zeros(mebibytes, document("<w:p><w:r><w:t>正文</w:t></w:r></w:p>"));
    }

    static byte[] zerosZip(int mebibytes) {
        return zeros(mebibytes, null);
    }

    /** A first entry of {@code mebibytes} of zeros, then, when given, {@code word/document.xml}. */
    private static byte[] zeros(int mebibytes, byte[] documentAfter) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] chunk = new byte[1 << 20];
            for (int i = 0; i < mebibytes; i++) {
                zip.write(chunk);
            }
            zip.closeEntry();
            if (documentAfter != null) {
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                zip.write(documentAfter);
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] entries(int count) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(document("<w:p><w:r><w:t>正文</w:t></w:r></w:p>"));
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry("word/media/p" + i + ".xml"));
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String billionLaughs() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY l0 \"哈哈哈哈哈哈哈哈哈哈\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return dtd + "]><w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>";
    }

    static byte[] xlsxSharedStrings(int megabytes) {
        StringBuilder s = new StringBuilder(
                "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        Random r = new Random(megabytes);
        while (s.length() < megabytes * 1024L * 1024 / 2) {
            s.append("<si><t>");
            for (int i = 0; i < 6; i++) {
                s.append((char) (0x4E00 + r.nextInt(3000)));
            }
            s.append("</t></si>");
        }
        s.append("</sst>");
        return zip("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8),
                "xl/sharedStrings.xml", s.toString().getBytes(StandardCharsets.UTF_8),
                "xl/worksheets/sheet1.xml", "<worksheet/>".getBytes(StandardCharsets.UTF_8));
    }

    static String randomHan(int count, long seed) {
        Random r = new Random(seed);
        StringBuilder s = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            s.append((char) (0x4E00 + r.nextInt(3000)));
        }
        return s.toString();
    }

    static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** An OLE2 (Office 97–2003) container holding one stream of the given name. */
    static byte[] ole2(String stream) {
        try (POIFSFileSystem fs = new POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), stream);
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A password-protected .docx as Office writes it: an OLE2 container with EncryptionInfo and EncryptedPackage. */
    static byte[] encrypted() {
        try (POIFSFileSystem fs = new POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(random(1024, 1)), "EncryptionInfo");
            fs.createDocument(new ByteArrayInputStream(random(8192, 2)), "EncryptedPackage");
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG whose header declares the given size (and whose one data chunk is tiny). */
    static byte[] pngDeclaring(int width, int height) {
        byte[] real = image("png");
        // IHDR's width and height are the 4-byte big-endian values at offsets 16 and 20; its CRC follows the data.
        byte[] b = real.clone();
        putInt(b, 16, width);
        putInt(b, 20, height);
        CRC32 crc = new CRC32();
        crc.update(b, 12, 17);
        putInt(b, 29, (int) crc.getValue());
        return b;
    }

    /** A JPEG whose start-of-frame declares the given size. */
    static byte[] jpegDeclaring(int width, int height) {
        byte[] b = image("jpg").clone();
        for (int i = 2; i + 9 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xFF && ((b[i + 1] & 0xFF) == 0xC0 || (b[i + 1] & 0xFF) == 0xC2)) {
                b[i + 5] = (byte) (height >> 8);
                b[i + 6] = (byte) height;
                b[i + 7] = (byte) (width >> 8);
                b[i + 8] = (byte) width;
                return b;
            }
        }
        throw new IllegalStateException("no SOF marker");
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >> 24);
        b[at + 1] = (byte) (v >> 16);
        b[at + 2] = (byte) (v >> 8);
        b[at + 3] = (byte) v;
    }

    static byte[] image(String format) {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
