package cn.duban.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

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

    /**
     * The proposed tasks (those the import review ticks) in TASKS.md's fields, a line each: the order, the title, the item's first sentence as in
     * the text ({@code source}), the surfaces of its quantities, its deadline, the units it names (lead first) and
     * the heading path above it.
     */
    public static String tasksJsonl(Extraction e, String text) {
        Map<String, OutlineNode> nodes = new LinkedHashMap<>();
        Map<String, String> above = new LinkedHashMap<>();
        headingPaths(e.outline(), "", nodes, above);
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (ProposedTask t : e.tasks()) {
            if (!t.proposed()) {
                continue; // a review or problem part gives no task (the review page offers it unticked)
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("doc", e.doc());
            r.put("n", ++n);
            r.put("title", t.title());
            r.put("source", firstSentence(text, t.start(), t.end()));
            r.put("quantities", t.quantities().stream().map(i -> e.quantities().get(i).surface()).toList());
            r.put("deadline", t.deadline());
            r.put("units", t.units());
            // The headings above the item: its section's own heading too, unless the item is that heading's line.
            OutlineNode section = nodes.get(t.sectionId());
            String path = above.getOrDefault(t.sectionId(), "");
            if (section != null && section.start() != t.start()) {
                path = path.isEmpty() ? heading(section) : path + " > " + heading(section);
            }
            r.put("parent", path);
            out.append(JSON.writeValueAsString(r)).append('\n');
        }
        return out.toString();
    }

    /**
     * Each outline node by id, with the path of headings above it as TASKS.md writes {@code parent}; the
     * document's title (a top node without a marker) is not a heading of the work.
     */
    private static void headingPaths(List<OutlineNode> level, String path, Map<String, OutlineNode> nodes, Map<String, String> above) {
        for (OutlineNode node : level) {
            nodes.put(node.id(), node);
            above.put(node.id(), path);
            boolean title = path.isEmpty() && (node.marker() == null || node.marker().isBlank()) && !node.children().isEmpty();
            String below = title ? path : path.isEmpty() ? heading(node) : path + " > " + heading(node);
            headingPaths(node.children(), below, nodes, above);
        }
    }

    private static String heading(OutlineNode node) {
        return node.marker() != null && !node.title().startsWith(node.marker()) ? node.marker() + node.title() : node.title();
    }

    /**
     * The item's first sentence, up to and including its first full stop or semicolon (the whole item when none); a run-in
     * heading sentence (（一）抓好党员发展。) is read with the sentence after it, which says what the work is.
     */
    static String firstSentence(String text, int start, int end) {
        int from = Math.max(0, Math.min(start, text.length()));
        int to = Math.max(from, Math.min(end, text.length()));
        boolean heading = Outline.opensItem(text.substring(from, Math.min(to, from + 8)));
        int bracketed = 0;
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
            bracketed += depth > 0 ? 1 : 0;
            if (c == '。' && heading && i - from - bracketed <= RUN_IN_HEADING && i + 1 < to
                    && SENTENCE_OPENS.indexOf(text.charAt(i + 1)) < 0) {
                heading = false;
                // （一）抓好党员发展。9月底前，…, or on the line below: the heading names the item, the sentence after it its work
                // (（一）启动部署（2031年2月—3月）。: its dates in brackets are no part of its length)
                if (text.charAt(i + 1) == '\n') {
                    i++;
                }
                continue;
            }
            if (c == '。' || c == '；' || c == ';' || c == '！' || c == '？' || c == '\n') {
                return text.substring(from, c == '\n' ? i : i + 1).strip();
            }
        }
        return text.substring(from, to).strip();
    }

    /** The longest run-in heading sentence, marker included: （十三）深化“三资”清理。 */
    private static final int RUN_IN_HEADING = 20;
    /** Characters no sentence opens with (a closing quote or bracket after a stop belongs to the sentence before). */
    private static final String SENTENCE_OPENS = "”’）)」』";

    public static String outline(Extraction e) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("doc", e.doc());
        doc.put("year", e.year());
        doc.put("outline", e.outline());
        doc.put("tasks", e.tasks());
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    }
}
