package cn.duban.extract;

import cn.duban.files.ParseGate;
import cn.duban.time.CountyTime;
import org.springframework.stereotype.Service;

/** The reader as the web and the API use it: bytes in, an extraction and its source out. */
@Service
public class ReaderService {

    private final CountyTime time;

    /** A document naming no year of its own is read as of the county's current year. */
    public ReaderService(CountyTime time) {
        this.time = time;
    }

    /** What a read returns to a page: the extraction and the original text it points into. */
    public record Reading(Extraction extraction, String source) {
    }

    /** At most two documents or workbooks are parsed at once, whoever asks (files.ParseGate). */
    public Reading read(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new DocumentRejected("文件为空，请选择要读取的文档");
        }
        // Reader time, for the operators' metrics (duban_reader_seconds).
        return io.micrometer.core.instrument.Metrics.timer("duban.reader").record(() -> ParseGate.run(() -> {
            String source = DocumentText.read(fileName, bytes);
            String doc = fileName == null || fileName.isBlank() ? "文档" : baseName(fileName);
            return new Reading(Reader.read(doc, source, null, time.year()), source);
        }, () -> new DocumentRejected("正在读取的文档较多，请稍后再试")));
    }

    static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
