package cn.duban.ledger;

import cn.duban.audit.AuditTrail;
import cn.duban.extract.ExtractionJson;
import cn.duban.extract.Reader;
import cn.duban.refusal.Refusal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * 纠正读取结果: what a reviewer sets right in what the reader read, kept as labelled examples.
 * Each is checked (the surface stands in the sentence; a kind is one of three; a deadline a
 * date), stored with the reader's own record beside it, audited, and exported as JSONL in
 * ANNOTATION.md's fields — a gold file of the office's own documents.
 */
@Service
public class ReaderCorrections {

    static final Set<String> KINDS = Set.of("actual", "target", "other");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> RECORD = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ObjectProvider<LabelledExamples> more;

    ReaderCorrections(JdbcClient jdbc, AuditTrail audit, ObjectProvider<LabelledExamples> more) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.more = more;
    }

    /** A correction as a reviewer gives it. {@code change}: CORRECTED, DROPPED (no indicator quantity) or ADDED (missed). */
    public record Correction(String doc, String sentence, String surface, String change, String kind, String deadline,
            String indicator, String original) {
    }

    /** A field that was refused, and why, for the message beside it. */
    public static class Refused extends Refusal {
        Refused(String field, String message) {
            super(message, field);
        }
    }

    /** The reader's record a page sends beside a correction is a few hundred characters; more is not one. */
    static final int MAX_ORIGINAL = 4000;
    /** The fields of the reader's record (ANNOTATION.md's) that the export takes from it; anything else is dropped. */
    static final Set<String> RECORD_FIELDS = Set.of("doc", "sentence", "surface", "value", "unit", "base_value", "base_unit", "kind",
            "indicator", "comparator", "deadline", "placeholder");

    /** Records a correction made by {@code by}, an office of {@code area}: only that area's offices export it. */
    @Transactional
    public long record(Correction c, String by, long area) {
        String doc = text(c.doc(), "doc", "文档名", 200);
        String sentence = text(c.sentence(), "sentence", "句子", 4000);
        String surface = text(c.surface(), "surface", "数量", 100);
        if (!sentence.contains(surface)) {
            throw new Refused("surface", "“" + surface + "”不在这句话里，请照原文填写数量");
        }
        String change = c.change() == null ? "CORRECTED" : c.change().strip().toUpperCase(Locale.ROOT);
        if (!Set.of("CORRECTED", "DROPPED", "ADDED").contains(change)) {
            throw new Refused("change", "纠正类型应为 CORRECTED（更正）、DROPPED（不是指标数量）或 ADDED（补充遗漏）");
        }
        String kind = blankToNull(c.kind());
        if (kind != null && !KINDS.contains(kind)) {
            throw new Refused("kind", "类别应为 已完成(actual)、目标(target) 或 其他(other)");
        }
        LocalDate deadline = null;
        if (blankToNull(c.deadline()) != null) {
            try {
                deadline = LocalDate.parse(c.deadline().strip());
            } catch (DateTimeParseException e) {
                throw new Refused("deadline", "时限应为日期，如 2025-12-31");
            }
        }
        String indicator = blankToNull(c.indicator());
        if (indicator != null && indicator.length() > 100) {
            throw new Refused("indicator", "指标名称最多 100 个字");
        }
        if (change.equals("ADDED")) {
            if (kind == null) {
                throw new Refused("kind", "补充遗漏的数量时请选择类别");
            }
            if (Reader.quantityIn(doc, sentence, surface).isEmpty()) {
                throw new Refused("surface", "“" + surface + "”读不出数值和单位，请只填数字和单位，如 3万亩");
            }
        }
        String original = original(c.original());
        long id = jdbc.sql("""
                insert into reader_correction (doc, sentence, surface, change, original, kind, deadline, indicator, corrected_by,
                                               area_id)
                values (:doc, :sentence, :surface, :change, cast(:original as jsonb), :kind, :deadline, :indicator, :by,
                        :area)
                returning id""")
                .param("doc", doc).param("sentence", sentence).param("surface", surface).param("change", change)
                .param("original", original).param("kind", kind).param("deadline", deadline).param("indicator", indicator)
                .param("by", by).param("area", area).query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("doc", doc);
        after.put("surface", surface);
        after.put("change", change);
        after.put("kind", kind);
        after.put("deadline", deadline == null ? null : deadline.toString());
        after.put("indicator", indicator);
        audit.record("纠正读取结果", "reader_correction", id, null, after);
        return id;
    }

    /**
     * Every correction as a labelled record in ANNOTATION.md's fields: the reader's record with the
     * reviewer's values over it (a missed quantity read afresh from its sentence), plus
     * {@code change}, and {@code dropped: true} where the number is no indicator quantity.
     */
    public String jsonl(Collection<Long> areas) {
        StringBuilder out = new StringBuilder();
        for (Map<String, Object> row : jdbc.sql("""
                select doc, sentence, surface, change, original::text as original, kind, deadline::text as deadline, indicator
                from reader_correction where area_id in (:areas) order by id""")
                .param("areas", areas.isEmpty() ? List.of(-1L) : areas).query().listOfRows()) {
            Map<String, Object> r = new LinkedHashMap<>();
            String original = (String) row.get("original");
            if (original != null && original.length() <= MAX_ORIGINAL * 2) {
                JSON.readValue(original, RECORD).forEach((k, v) -> {
                    if (RECORD_FIELDS.contains(k)) {
                        r.put(k, v);
                    }
                });
            } else {
                Reader.quantityIn((String) row.get("doc"), (String) row.get("sentence"), (String) row.get("surface"))
                        .map(ExtractionJson::record).ifPresent(r::putAll);
            }
            r.put("doc", row.get("doc"));
            r.put("sentence", row.get("sentence"));
            r.put("surface", row.get("surface"));
            if (row.get("kind") != null) {
                r.put("kind", row.get("kind"));
            }
            if (row.get("deadline") != null) {
                r.put("deadline", row.get("deadline"));
            }
            if (row.get("indicator") != null) {
                r.put("indicator", row.get("indicator"));
            }
            r.remove("start");
            r.remove("end");
            r.remove("evidence");
            r.put("change", row.get("change"));
            if ("DROPPED".equals(row.get("change"))) {
                r.put("dropped", true);
            }
            out.append(JSON.writeValueAsString(r)).append('\n');
        }
        // Then what units confirmed or changed of the values read from their own 工作汇报 (report once).
        for (Map<String, Object> example : more.getIfAvailable(() -> LabelledExamples.NONE).examples(areas)) {
            out.append(JSON.writeValueAsString(example)).append('\n');
        }
        return out.toString();
    }

    /**
     * The page's copy of the reader's record: kept when it is a small JSON object, reduced to the
     * record's own fields; anything else is dropped (the correction stands without it).
     */
    private static String original(String given) {
        String original = blankToNull(given);
        if (original == null || original.length() > MAX_ORIGINAL) {
            return null;
        }
        try {
            Map<String, Object> record = JSON.readValue(original, RECORD);
            Map<String, Object> kept = new LinkedHashMap<>();
            record.forEach((k, v) -> {
                if (RECORD_FIELDS.contains(k) && (v == null || v instanceof String || v instanceof Number || v instanceof Boolean)) {
                    kept.put(k, v);
                }
            });
            return kept.isEmpty() ? null : JSON.writeValueAsString(kept);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String text(String value, String field, String label, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new Refused(field, "请填写" + label);
        }
        if (v.length() > max) {
            throw new Refused(field, label + "最多 " + max + " 个字");
        }
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
