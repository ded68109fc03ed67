package cn.duban.progress;

import cn.duban.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evidence (佐证材料) attached to a report: photos, PDF and Word files, each checked by its
 * content (not its name) and size, stored with its SHA-256 so a file can be shown to be the
 * one uploaded.
 */
@Component
public class EvidenceFiles {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    EvidenceFiles(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public record Evidence(long id, long reportId, Long taskId, String fileName, String contentType, int size,
                           String sha256, String uploadedBy, java.time.OffsetDateTime uploadedAt) {
    }

    public record Download(String fileName, String contentType, byte[] content) {
    }

    @Transactional
    public Evidence add(UnitReport report, Long taskId, String originalName, byte[] content, String by) {
        if (!report.state().editable()) {
            throw new ReportRejected("报告已提交，不能再上传佐证材料");
        }
        if (content == null || content.length == 0) {
            throw new ReportRejected("请选择要上传的文件");
        }
        if (content.length > MAX_BYTES) {
            throw new ReportRejected("佐证材料不能超过 10 MB");
        }
        String type = sniff(content);
        if (type == null) {
            throw new ReportRejected("只接受 JPG、PNG 图片，PDF 和 Word（.docx）文件");
        }
        String name = safeName(originalName, type);
        String sha = sha256(content);
        long id = jdbc.sql("""
                        insert into evidence (report_id, task_id, file_name, content_type, size, sha256, content, uploaded_by)
                        values (:r, :t, :n, :c, :s, :h, :b, :by) returning id""")
                .param("r", report.id()).param("t", taskId).param("n", name).param("c", type).param("s", content.length)
                .param("h", sha).param("b", content).param("by", by).query(Long.class).single();
        audit.record("上传佐证材料", "unit_report", report.id(), null, Map.of("file", name, "sha256", sha, "size", content.length));
        return list(report.id()).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    public List<Evidence> list(long reportId) {
        return jdbc.sql("""
                        select id, report_id, task_id, file_name, content_type, size, sha256, uploaded_by, uploaded_at
                        from evidence where report_id = :r order by id""")
                .param("r", reportId).query(Evidence.class).list();
    }

    public Optional<Long> reportOf(long evidenceId) {
        return jdbc.sql("select report_id from evidence where id = :id").param("id", evidenceId).query(Long.class).optional();
    }

    public Download download(long evidenceId) {
        return jdbc.sql("select file_name, content_type, content from evidence where id = :id")
                .param("id", evidenceId).query(Download.class).single();
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

    private static boolean isDocx(byte[] b) {
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(b))) {
            java.util.zip.ZipEntry e;
            int entries = 0;
            while ((e = zip.getNextEntry()) != null && entries++ < 1000) {
                if (e.getName().equals("word/document.xml")) {
                    return true;
                }
            }
        } catch (java.io.IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
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

    /** The name without folders or control characters, its extension matching its content. */
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
            stem = "佐证材料";
        }
        if (stem.length() > 80) {
            stem = stem.substring(0, 80);
        }
        return stem + ext;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
