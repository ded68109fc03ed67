package cn.duban.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An uploaded photo or document as Duban keeps it: its type read from its content (not its
 * name), a name without folders or control characters whose extension matches that type, its
 * size within the limit, and its SHA-256 so it can later be shown to be the file uploaded.
 * Accepted: JPEG and PNG photos of a photo's size that end where their image ends, whole PDFs without
 * active content, and Word .docx files that pass the same bounded look inside as the reader and the imports
 * (no macros, nested archives, symlinks or malformed XML, a central directory that agrees with the entries).
 */
public record CheckedFile(String fileName, String contentType, byte[] content, String sha256) {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** Checks an upload; the reason for a refusal is in Chinese. */
    public static CheckedFile of(String originalName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new FileRejected("请选择要上传的文件");
        }
        if (content.length > MAX_BYTES) {
            throw new FileRejected("文件不能超过 10 MB");
        }
        String type = sniff(content);
        if (type == null) {
            throw new FileRejected("只接受 JPG、PNG 图片，PDF 和 Word（.docx）文件");
        }
        if (type.startsWith("image/")) {
            checkImage(content);
            checkImageEnd(content, type);
        } else if (type.equals("application/pdf")) {
            checkPdf(content);
        }
        return new CheckedFile(safeName(originalName, type), type, content, Checksums.sha256(content));
    }

    public int size() {
        return content.length;
    }

    /** The type by the file's first bytes; a .docx is a zip holding word/document.xml. */
    static String sniff(byte[] b) {
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(b, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (starts(b, 'P', 'K', 3, 4) && isDocx(b)) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        return null;
    }

    /** A .docx, looked at with the same bounds the reader uses: a zip bomb is refused after its limits, not inflated. */
    private static boolean isDocx(byte[] b) {
        ZipBounds.Inspection seen = ZipBounds.inspect(b, 1000, 16L * 1024 * 1024, 48L * 1024 * 1024);
        if (!seen.ok()) {
            throw new FileRejected("Word 文件异常：" + seen.problem() + "，已拒绝");
        }
        return seen.names().contains("word/document.xml");
    }

    static {
        // ImageIO would otherwise buffer streams in temporary files: a hostile upload leaves nothing on disk.
        ImageIO.setUseCache(false);
    }

    /** The most pixels a photo may declare: 100 megapixels, 20,000 on a side (a phone takes 50). */
    static final long MAX_PIXELS = 100_000_000L;
    static final int MAX_SIDE = 20_000;

    /**
     * A photo must be one: its header is read (not its pixels) and its size must be a photo's, so a
     * file that only starts like a JPEG, or declares a billion pixels to stall whoever opens it, is refused.
     */
    private static void checkImage(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new FileRejected("图片文件已损坏或不是有效的 JPG/PNG 图片");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                    throw new FileRejected("图片尺寸异常（" + width + "×" + height + " 像素），已拒绝");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof FileRejected rejected) {
                throw rejected;
            }
            throw new FileRejected("图片文件已损坏或不是有效的 JPG/PNG 图片");
        }
    }

    /**
     * A photo must end where its image ends (ImageEnds walks its structure): a PNG or JPEG with HTML,
     * a zip or a script appended is a polyglot — a photo to the preview, a page or an archive to
     * whatever sniffs it otherwise — and is refused rather than re-encoded, which would change the
     * file the liaison uploaded (and its SHA-256) without telling them.
     */
    private static void checkImageEnd(byte[] content, String type) {
        ImageEnds.End end = type.equals("image/png") ? ImageEnds.png(content) : ImageEnds.jpeg(content);
        if (end == ImageEnds.End.TRAILING) {
            throw new FileRejected("图片文件末尾附带了其他数据，已拒绝；手机“动态照片”请先另存为普通照片或截图后上传");
        }
        if (end == ImageEnds.End.BROKEN) {
            throw new FileRejected("图片文件已损坏或不是有效的 JPG/PNG 图片");
        }
    }

    /**
     * A PDF must be whole (it ends with %%EOF) and carry nothing that runs when opened: scripts,
     * launch actions and embedded files are refused (a scan or an exported document has none).
     */
    private static void checkPdf(byte[] content) {
        int tail = Math.max(0, content.length - 2048);
        if (!new String(content, tail, content.length - tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
            throw new FileRejected("PDF 文件不完整（可能上传中断或已损坏）");
        }
        String raw = new String(content, StandardCharsets.ISO_8859_1);
        for (String active : new String[]{"/JavaScript", "/JS", "/Launch", "/EmbeddedFile", "/RichMedia", "/XFA"}) {
            if (raw.contains(active)) {
                throw new FileRejected("PDF 文件含有脚本、启动动作或嵌入文件，已拒绝；请重新导出或扫描后上传");
            }
        }
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String safeName(String original, String type) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
        String ext = switch (type) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "application/pdf" -> ".pdf";
            default -> ".docx";
        };
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        if (stem.isEmpty()) {
            stem = "附件";
        }
        if (stem.length() > 80) {
            stem = stem.substring(0, 80);
        }
        return stem + ext;
    }

}
