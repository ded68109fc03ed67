package cn.duban.progress;

import cn.duban.audit.AuditTrail;
import cn.duban.files.CheckedFile;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence (佐证材料) attached to a report: photos, PDF and Word files, checked as
 * {@link CheckedFile} describes and stored with their SHA-256.
 */
@Component
public class EvidenceFiles {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    EvidenceFiles(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public record Evidence(long id, long reportId, Long taskId, String fileName, String contentType, int size,
            String sha256, String uploadedBy, OffsetDateTime uploadedAt) {
    }

    public record Download(String fileName, String contentType, byte[] content) {
    }

    @Transactional
    public Evidence add(UnitReport report, Long taskId, String originalName, byte[] content, String by) {
        if (!report.state().editable()) {
            throw new ReportRejected("报告已提交，不能再上传佐证材料");
        }
        // Evidence proves a line of this report: a task of this unit in this report's plan, or none.
        if (taskId != null && !jdbc.sql("select exists (select 1 from task where id = :t and plan_id = :p and lead_org_id = :u)")
                .param("t", taskId).param("p", report.planId()).param("u", report.unitId()).query(Boolean.class).single()) {
            throw new ReportRejected("佐证材料只能对应本单位本期报送中的任务");
        }
        CheckedFile file = CheckedFile.of(originalName, content);
        long id = jdbc.sql("""
                insert into evidence (report_id, task_id, file_name, content_type, size, sha256, content, uploaded_by)
                values (:r, :t, :n, :c, :s, :h, :b, :by) returning id""")
                .param("r", report.id()).param("t", taskId).param("n", file.fileName()).param("c", file.contentType())
                .param("s", file.size()).param("h", file.sha256()).param("b", file.content()).param("by", by)
                .query(Long.class).single();
        audit.record("上传佐证材料", "unit_report", report.id(), null,
                Map.of("file", file.fileName(), "sha256", file.sha256(), "size", file.size()));
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
}
