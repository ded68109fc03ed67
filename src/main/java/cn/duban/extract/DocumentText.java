package cn.duban.extract;

import cn.duban.files.ZipBounds;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The plain text of an uploaded document: a .txt in UTF-8 or GB18030, or a .docx with its
 * paragraphs, tables and list numbers as Word shows them. Everything else is refused with a
 * reason a liaison officer can act on.
 */
public final class DocumentText {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final int MAX_CHARS = 2_000_000;
    /** The most any part of a .docx may inflate to. */
    public static final long MAX_ENTRY = 10L * 1024 * 1024;

    static {
        // Zip bombs and entry floods in .docx: POI checks these while it inflates.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(10_000_000L);
        ZipSecureFile.setMaxFileCount(1000);
    }

    private DocumentText() {
    }

    /** Reads {@code bytes} named {@code fileName}; throws {@link DocumentRejected} with a Chinese reason. */
    public static String read(String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new DocumentRejected("文件超过 20 MB 上限，请拆分后再上传");
        }
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String text;
        if (looksLikeOle2(bytes) && encrypted(bytes)) {
            throw new DocumentRejected("文档设置了打开密码（已加密），无法读取；请取消密码后另存为 .docx 再上传");
        } else if (looksLikeOle2(bytes)) {
            throw new DocumentRejected("不支持旧版 Word（.doc）或其他 Office 97-2003 格式，请另存为 .docx 后上传");
        } else if (startsWith(bytes, "%PDF")) {
            throw new DocumentRejected("不支持 PDF 文件，请上传 .docx 或 .txt 格式的原文");
        } else if (lower.endsWith(".docx")) {
            text = docx(bytes);
        } else if (lower.endsWith(".txt") || lower.endsWith(".text")) {
            text = plain(bytes);
        } else {
            throw new DocumentRejected("不支持的文件格式" + extension(lower) + "，请上传 .docx 或 .txt 文件");
        }
        if (text.length() > MAX_CHARS) {
            throw new DocumentRejected("文档正文超过 200 万字上限，请拆分后再上传");
        }
        if (text.isBlank()) {
            throw new DocumentRejected("文档中没有可读取的文字（可能是扫描图片或空文档），请上传含文字的 .docx 或 .txt 原文");
        }
        return text;
    }

    private static String extension(String lower) {
        int dot = lower.lastIndexOf('.');
        return dot < 0 ? "" : "（" + lower.substring(dot) + "）";
    }

    static String plain(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return checkedText(new String(bytes, StandardCharsets.UTF_16));
        }
        String text = decodeStrict(bytes, start, StandardCharsets.UTF_8);
        if (text == null) {
            text = decodeStrict(bytes, start, Charset.forName("GB18030"));
        }
        if (text == null) {
            throw new DocumentRejected("无法识别文本编码（支持 UTF-8 和 GBK/GB18030），请另存为 UTF-8 文本后上传");
        }
        return checkedText(text);
    }

    private static String checkedText(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control > 16 && control * 20 > text.length()) {
            throw new DocumentRejected("文件内容不是文本，请上传 .docx 或 .txt 格式的原文");
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String decodeStrict(byte[] bytes, int start, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static String docx(byte[] bytes) {
        if (!startsWith(bytes, "PK")) {
            throw new DocumentRejected("文件扩展名为 .docx，但内容不是 Word 文档，可能已损坏");
        }
        // Bounded before anything parses it: entries, sizes and names (a zip bomb stops at its limits);
        // then document.xml is streamed, never held whole (DocxText). 10 MB is some million characters.
        ZipBounds.Inspection seen = ZipBounds.inspect(bytes, 1000, MAX_ENTRY, 3 * MAX_ENTRY);
        if (!seen.ok()) {
            throw new DocumentRejected("Word 文档异常：" + seen.problem() + "，已拒绝读取");
        }
        try {
            return DocxText.read(bytes, MAX_ENTRY, MAX_CHARS);
        } catch (DocxText.Unreadable e) {
            throw new DocumentRejected(e.getMessage());
        }
    }

    /** An encrypted .docx is an OLE2 container holding an "EncryptionInfo" stream (its name is in UTF-16LE). */
    private static boolean encrypted(byte[] b) {
        byte[] name = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);
        outer : for (int i = 0; i + name.length <= Math.min(b.length, 1 << 20); i++) {
            for (int j = 0; j < name.length; j++) {
                if (b[i + j] != name[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean looksLikeOle2(byte[] b) {
        return b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0;
    }

    private static boolean startsWith(byte[] b, String ascii) {
        if (b.length < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
