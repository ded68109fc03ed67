package cn.duban.extract;

import org.springframework.stereotype.Service;

/** The reader as the web and the API use it: bytes in, an extraction and its source out. */
@Service
public class ReaderService {

    /** What a read returns to a page: the extraction and the original text it points into. */
    public record Reading(Extraction extraction, String source) {
    }

    /** At most two documents are parsed at once, whoever asks: the rest wait their turn, briefly. */
    private static final java.util.concurrent.Semaphore PARSES = new java.util.concurrent.Semaphore(2, true);

    public Reading read(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new DocumentRejected("文件为空，请选择要读取的文档");
        }
        boolean turn;
        try {
            turn = PARSES.tryAcquire(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            throw new DocumentRejected("正在读取的文档较多，请稍后再试");
        }
        try {
            String source = DocumentText.read(fileName, bytes);
            String doc = fileName == null || fileName.isBlank() ? "文档" : baseName(fileName);
            return new Reading(Reader.read(doc, source, null), source);
        } finally {
            PARSES.release();
        }
    }

    static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
