package cn.duban.audit;

import cn.duban.crypto.FieldCipher;
import cn.duban.time.CountyTime;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail as a hash chain (等保 安全审计; SM3 as 密评 expects). Events are written in their
 * business transactions, in parallel; a sealer then takes the committed ones in order and
 * appends a seal for each: SM3(previous hash ‖ the event's content). Sealing after commit keeps
 * writers from queueing behind one lock; an event is sealed within seconds. Verification walks
 * the seals and finds every edited or deleted event or seal. (A database superuser could rebuild
 * the whole chain: the head hash shown to the auditor is what to note down outside the system.)
 */
@Component
public class AuditChain {

    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);
    static final String GENESIS = "0".repeat(64);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final FieldCipher cipher;

    private final CountyTime time;

    AuditChain(JdbcClient jdbc, TransactionTemplate tx, FieldCipher cipher,
            CountyTime time) {
        this.time = time;
        this.jdbc = jdbc;
        this.tx = tx;
        this.cipher = cipher;
    }

    /** An event's content as it is hashed and tagged: every column, in a fixed form (source and request id only when known). */
    static final String CONTENT = """
            e.id::text || '|' || to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '|' || e.actor || '|'
              || e.action || '|' || e.entity || '|' || coalesce(e.entity_id::text, '') || '|' || coalesce(e.before::text, '') || '|'
              || coalesce(e.after::text, '')
              || case when e.address is null and e.request_id is null then ''
                      else '|' || coalesce(e.address, '') || '|' || coalesce(e.request_id, '') end""";

    @Scheduled(initialDelayString = "${duban.audit.seal-first:PT5S}", fixedDelayString = "${duban.audit.seal-every:PT5S}")
    void scheduled() {
        try {
            seal();
        } catch (RuntimeException e) {
            log.error("审计记录封存失败，下次重试", e);
        }
    }

    /**
     * Seals every committed event not yet sealed, oldest first; one sealer at a time across nodes
     * and threads (the lock lives as long as the transaction, which this method opens itself, as
     * the scheduler calls it from inside the bean). Returns how many.
     */
    public int seal() {
        return tx.execute(status -> sealInTransaction());
    }

    private int sealInTransaction() {
        // Waits for a sealer already at work rather than skipping: a caller that asks to seal finds its events sealed.
        jdbc.sql("select pg_advisory_xact_lock(7200)").query().listOfRows();
        String prev = jdbc.sql("select hash from audit_seal order by seq desc limit 1").query(String.class).optional().orElse(GENESIS);
        List<Map<String, Object>> events = jdbc.sql("""
                select e.id, %s as content from audit_event e
                where not exists (select 1 from audit_seal s where s.event_id = e.id)
                order by e.id limit 5000""".formatted(CONTENT)).query().listOfRows();
        for (Map<String, Object> e : events) {
            String hash = sm3(prev + "\n" + e.get("content"));
            jdbc.sql("insert into audit_seal (event_id, prev_hash, hash) values (:e, :p, :h)")
                    .param("e", ((Number) e.get("id")).longValue()).param("p", prev).param("h", hash).update();
            prev = hash;
        }
        return events.size();
    }

    /** What the auditor's verification found. */
    public record Verification(long sealed, long unsealed, List<String> problems, String head, OffsetDateTime checkedAt) {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    /** Walks the whole chain: each seal must follow the one before and hash its event as it stands now. */
    @Transactional(readOnly = true)
    public Verification verify() {
        List<String> problems = new ArrayList<>();
        String[] prev = {GENESIS};
        long[] count = {0, 0};
        jdbc.sql("""
                select s.seq, s.event_id, s.prev_hash, s.hash, %s as content
                from audit_seal s left join audit_event e on e.id = s.event_id order by s.seq"""
                .formatted(CONTENT))
                .query(rs -> {
                    long seq = rs.getLong("seq");
                    long event = rs.getLong("event_id");
                    String content = rs.getString("content");
                    count[0]++;
                    if (problems.size() < 100) {
                        if (!rs.getString("prev_hash").equals(prev[0])) {
                            problems.add("第 " + seq + " 个封存记录与前一个不衔接（封存记录被删除或改动）");
                        }
                        if (content == null) {
                            problems.add("审计记录 " + event + " 已被删除");
                        } else if (!sm3(rs.getString("prev_hash") + "\n" + content).equals(rs.getString("hash"))) {
                            problems.add("审计记录 " + event + " 的内容已被改动");
                        }
                    }
                    prev[0] = rs.getString("hash");
                });
        count[1] = jdbc.sql("""
                select count(*) from audit_event e where not exists (select 1 from audit_seal s where s.event_id = e.id)""")
                .query(Long.class).single();
        checkTags(problems);
        return new Verification(count[0], count[1], problems, prev[0], time.now());
    }

    /** Every event since tagging began must carry the tag the application computed when it wrote it. */
    private void checkTags(List<String> problems) {
        jdbc.sql("""
                select e.id, %s as content, t.tag from audit_event e left join audit_tag t on t.event_id = e.id
                where e.id >= (select coalesce(max(first_event_id), 1) from audit_tag_from) order by e.id"""
                .formatted(CONTENT))
                .query(rs -> {
                    if (problems.size() >= 100) {
                        return;
                    }
                    long event = rs.getLong("id");
                    String tag = rs.getString("tag");
                    if (tag == null) {
                        problems.add("审计记录 " + event + " 没有应用签名：不是 Duban 写入的，疑似直接插入数据库的伪造记录");
                    } else if (!cipher.auditTag(rs.getString("content")).equals(tag)) {
                        problems.add("审计记录 " + event + " 的应用签名不符：内容与写入时不同，或签名是伪造的");
                    }
                });
    }

    static String sm3(String text) {
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        SM3Digest d = new SM3Digest();
        d.update(in, 0, in.length);
        byte[] out = new byte[d.getDigestSize()];
        d.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
