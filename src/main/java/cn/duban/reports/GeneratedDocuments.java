package cn.duban.reports;

import cn.duban.audit.AuditTrail;
import cn.duban.files.Checksums;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents Duban has written, each with the snapshot it came from, as .docx and as OFD
 * (written together from the same blocks), each with its SHA-256.
 */
@Component
class GeneratedDocuments {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    GeneratedDocuments(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A kept document; {@code ofdSha256} is null for one written before documents were kept in OFD too. */
    record Stored(long id, String kind, long periodId, OffsetDateTime snapshotAt, String title, String fileName, String sha256,
            String ofdSha256, String createdBy, OffsetDateTime createdAt) {
    }

    @Transactional
    Stored keep(String kind, long periodId, OffsetDateTime snapshotAt, String title, OfficialDocument document, String by) {
        return keep(kind, periodId, snapshotAt, title, document, by, null);
    }

    @Transactional
    Stored keep(String kind, long periodId, OffsetDateTime snapshotAt, String title, OfficialDocument document, String by,
            Integer issue) {
        String sha = Checksums.sha256(document.docx());
        String ofdSha = Checksums.sha256(document.ofd());
        long id = jdbc.sql("""
                insert into generated_document (kind, period_id, snapshot_at, title, file_name, sha256, content, ofd, ofd_sha256,
                                                created_by, issue)
                values (:k, :p, :s, :t, :f, :h, :c, :ofd, :ofdSha, :by, :issue) returning id""")
                .param("k", kind).param("p", periodId).param("s", snapshotAt).param("t", title).param("f", title + ".docx")
                .param("h", sha).param("c", document.docx()).param("ofd", document.ofd()).param("ofdSha", ofdSha).param("by", by)
                .param("issue", issue).query(Long.class).single();
        audit.record("生成公文", "generated_document", id, null,
                Map.of("kind", kind, "period", periodId, "sha256", sha, "ofdSha256", ofdSha));
        return find(id).orElseThrow();
    }

    Optional<Stored> find(long id) {
        return jdbc.sql("""
                select id, kind, period_id, snapshot_at, title, file_name, sha256, ofd_sha256, created_by, created_at
                from generated_document where id = :id""").param("id", id).query(Stored.class).optional();
    }

    List<Stored> ofPeriod(long periodId) {
        return jdbc.sql("""
                select id, kind, period_id, snapshot_at, title, file_name, sha256, ofd_sha256, created_by, created_at
                from generated_document where period_id = :p order by created_at desc, id desc""")
                .param("p", periodId).query(Stored.class).list();
    }

    /**
     * The 期号 a bulletin of this period carries: the one it already has if it was written before,
     * else the next of the office's bulletins of the year (the county's year: the session's zone is
     * the county's, so extract reads created_at there).
     */
    int issueFor(long periodId, long areaId, int year) {
        Integer kept = jdbc.sql("select max(issue) from generated_document where period_id = :p and kind = 'BULLETIN'")
                .param("p", periodId).query((rs, n) -> (Integer) rs.getObject(1)).list().get(0);
        if (kept != null) {
            return kept;
        }
        Integer last = jdbc.sql("""
                select max(d.issue) from generated_document d join reporting_period rp on rp.id = d.period_id
                join plan p on p.id = rp.plan_id
                where d.kind = 'BULLETIN' and p.area_id = :a and extract(year from d.created_at) = :y""")
                .param("a", areaId).param("y", year).query((rs, n) -> (Integer) rs.getObject(1)).list().get(0);
        return last == null ? 1 : last + 1;
    }

    byte[] content(long id) {
        return jdbc.sql("select content from generated_document where id = :id").param("id", id).query(byte[].class).single();
    }

    /** The document in OFD, if it was written since documents are kept in OFD too. */
    Optional<byte[]> ofd(long id) {
        return jdbc.sql("select ofd from generated_document where id = :id and ofd is not null").param("id", id)
                .query(byte[].class).optional();
    }

}
