package cn.duban.reports;

import cn.duban.audit.AuditTrail;
import cn.duban.files.Checksums;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The documents Duban has written, each with the snapshot it came from and its SHA-256. */
@Component
class GeneratedDocuments {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    GeneratedDocuments(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    record Stored(long id, String kind, long periodId, OffsetDateTime snapshotAt, String title, String fileName, String sha256,
                  String createdBy, OffsetDateTime createdAt) {
    }

    @Transactional
    Stored keep(String kind, long periodId, OffsetDateTime snapshotAt, String title, byte[] docx, String by) {
        String sha = Checksums.sha256(docx);
        long id = jdbc.sql("""
                        insert into generated_document (kind, period_id, snapshot_at, title, file_name, sha256, content, created_by)
                        values (:k, :p, :s, :t, :f, :h, :c, :by) returning id""")
                .param("k", kind).param("p", periodId).param("s", snapshotAt).param("t", title).param("f", title + ".docx")
                .param("h", sha).param("c", docx).param("by", by).query(Long.class).single();
        audit.record("生成公文", "generated_document", id, null, Map.of("kind", kind, "period", periodId, "sha256", sha));
        return find(id).orElseThrow();
    }

    Optional<Stored> find(long id) {
        return jdbc.sql("""
                        select id, kind, period_id, snapshot_at, title, file_name, sha256, created_by, created_at
                        from generated_document where id = :id""").param("id", id).query(Stored.class).optional();
    }

    List<Stored> ofPeriod(long periodId) {
        return jdbc.sql("""
                        select id, kind, period_id, snapshot_at, title, file_name, sha256, created_by, created_at
                        from generated_document where period_id = :p order by created_at desc, id desc""")
                .param("p", periodId).query(Stored.class).list();
    }

    byte[] content(long id) {
        return jdbc.sql("select content from generated_document where id = :id").param("id", id).query(byte[].class).single();
    }

}
