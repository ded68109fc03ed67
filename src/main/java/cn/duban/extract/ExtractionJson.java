package cn.duban.extract;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reader's output in the contract's field names: JSONL quantities and an outline document. */
public final class ExtractionJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private ExtractionJson() {
    }

    /** One record of ANNOTATION.md, plus the surface's offsets in the original text and the kind's evidence. */
    public static Map<String, Object> record(Quantity q) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("doc", q.doc());
        r.put("sentence", q.sentence());
        r.put("surface", q.surface());
        r.put("value", q.value());
        r.put("unit", q.unit());
        r.put("base_value", q.baseValue());
        r.put("base_unit", q.baseUnit());
        r.put("kind", q.kind());
        r.put("indicator", q.indicator());
        r.put("comparator", q.comparator());
        r.put("deadline", q.deadline());
        r.put("placeholder", q.placeholder());
        r.put("start", q.start());
        r.put("end", q.end());
        // Not part of the annotation contract: what decided the kind, for the reviewer.
        r.put("evidence", q.evidence());
        return r;
    }

    /** One record as a line of JSON. */
    public static String json(Quantity q) {
        return JSON.writeValueAsString(record(q));
    }

    public static String jsonl(List<Quantity> quantities) {
        StringBuilder out = new StringBuilder();
        for (Quantity q : quantities) {
            out.append(JSON.writeValueAsString(record(q))).append('\n');
        }
        return out.toString();
    }

    public static String outline(Extraction e) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("doc", e.doc());
        doc.put("year", e.year());
        doc.put("outline", e.outline());
        doc.put("tasks", e.tasks());
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    }
}
