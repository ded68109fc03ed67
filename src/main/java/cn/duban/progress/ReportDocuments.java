package cn.duban.progress;

import cn.duban.audit.AuditTrail;
import cn.duban.extract.DocumentRejected;
import cn.duban.extract.ExtractionJson;
import cn.duban.extract.Reader;
import cn.duban.extract.ReaderService;
import cn.duban.ledger.LabelledExamples;
import cn.duban.org.Organisation;
import cn.duban.org.Organisations;
import cn.duban.time.CountyTime;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Report once (减负): a unit's own 工作汇报 read for its report. The document is read with the reader (bounded
 * and hardened as every upload), its figures matched to the report's indicators ({@link AchievementMatcher}) —
 * nothing is saved. What the liaison confirms is saved as the draft through {@link Reports#save}; what was
 * proposed and what became of it is kept as labelled examples ({@code report_wording}), which the unit's later
 * uploads weigh and the office exports with the reader's corrections.
 */
@Component
public class ReportDocuments implements LabelledExamples {

    /** A 工作汇报 is text: a .docx of it is some tens of kilobytes, a hundred pages of it a few megabytes. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final ReaderService reader;
    private final Reports reports;
    private final Organisations organisations;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CountyTime time;

    ReportDocuments(ReaderService reader, Reports reports, Organisations organisations, JdbcClient jdbc, AuditTrail audit,
            CountyTime time) {
        this.reader = reader;
        this.reports = reports;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.audit = audit;
        this.time = time;
    }

    /** A document read for a report: its name, its text as uploaded, and what Duban proposes from it. */
    public record Read(String documentName, String text, List<ReportLine> lines, AchievementMatcher.Reading reading) {
    }

    /**
     * Reads {@code bytes} for the report; refused (nothing changed) with a reason beside {@code field} when the
     * file is empty, too large, not a .docx or .txt, unreadable, or the report can no longer be changed.
     */
    public Read read(UnitReport report, String fileName, byte[] bytes, String field) {
        if (!report.state().editable()) {
            throw new ReportRejected("报告当前状态为“" + report.state().label() + "”，不能再按工作汇报填报", field);
        }
        if (bytes == null || bytes.length == 0) {
            throw new ReportRejected("请选择本单位的工作汇报（.docx 或 .txt 文件）；所选文件为空", field);
        }
        if (bytes.length > MAX_BYTES) {
            throw new ReportRejected("文件超过 10 MB 上限；工作汇报请上传 .docx 或 .txt 原文（不含图片）", field);
        }
        ReaderService.Reading read;
        try {
            read = reader.read(fileName, bytes);
        } catch (DocumentRejected e) {
            throw new ReportRejected(e.getMessage(), field);
        }
        String name = fileName == null || fileName.isBlank() ? "工作汇报" : baseName(fileName);
        return matched(report, name, read);
    }

    /** What a document already read proposes for the report's lines. */
    Read matched(UnitReport report, String documentName, ReaderService.Reading read) {
        List<ReportLine> lines = reports.lines(report);
        AchievementMatcher.Reading reading = AchievementMatcher.match(read.extraction(), read.source(), lines, setting(report, lines));
        return new Read(documentName, read.source(), lines, reading);
    }

    /**
     * Keeps a unit's document with its report (brought to the import page and recognised as a report on the plan),
     * to be read into the report's form when its page is opened.
     */
    @Transactional
    public void keep(long reportId, String documentName, String text) {
        jdbc.sql("""
                insert into report_document (report_id, file_name, text, stored_by, stored_at) values (:r, :n, :t, :by, :at)
                on conflict (report_id) do update set file_name = excluded.file_name, text = excluded.text,
                    stored_by = excluded.stored_by, stored_at = excluded.stored_at""")
                .param("r", reportId).param("n", documentName).param("t", text).param("by", AuditTrail.actor())
                .param("at", time.now()).update();
        audit.record("保存单位工作汇报", "unit_report", reportId, null, Map.of("document", documentName, "chars", text.length()));
    }

    /** The document kept with the report, read for it again; empty when none is kept. */
    public Optional<Read> kept(UnitReport report) {
        return jdbc.sql("select file_name, text from report_document where report_id = :r").param("r", report.id())
                .query((rs, n) -> {
                    // Kept as the text the reader gave: read again as text, under the document's own name.
                    Read r = read(report, "汇报.txt", rs.getString(2).getBytes(StandardCharsets.UTF_8), "document");
                    return new Read(rs.getString(1), r.text(), r.lines(), r.reading());
                }).optional();
    }

    /** What the matcher is told of the report: its unit, the other units of its area, its period, its last values. */
    AchievementMatcher.Setting setting(UnitReport report, List<ReportLine> lines) {
        Set<Long> own = new HashSet<>();
        for (Long at = report.unitId(); at != null;) {
            own.add(at);
            at = organisations.find(at).map(Organisation::parentId).orElse(null);
        }
        List<String> others = new ArrayList<>();
        for (Organisation o : organisations.within(organisations.subtree(report.areaId()))) {
            if (!own.contains(o.id())) {
                others.addAll(names(o));
            }
        }
        others.sort((a, b) -> b.length() - a.length());
        Map<Long, LocalDate> previousEnds = new HashMap<>();
        Map<Long, Long> reportOfTask = new HashMap<>();
        for (ReportLine l : lines) {
            if (l.previous() != null) {
                reportOfTask.put(l.taskId(), l.previous().reportId());
            }
        }
        if (!reportOfTask.isEmpty()) {
            Map<Long, LocalDate> ends = new HashMap<>();
            jdbc.sql("select r.id, p.ends from unit_report r join reporting_period p on p.id = r.period_id where r.id in (:ids)")
                    .param("ids", new HashSet<>(reportOfTask.values()))
                    .query((rs, n) -> ends.put(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
            reportOfTask.forEach((task, r) -> previousEnds.put(task, ends.get(r)));
        }
        return new AchievementMatcher.Setting(report.unitName(), others, report.periodStarts(), report.periodEnds(), previousEnds,
                learned(report.unitId()));
    }

    /** A unit's name and its short form: 县农业农村局 is written 农业农村局 as often as not. */
    static List<String> names(Organisation o) {
        String n = o.name();
        boolean levelPrefixed = n.length() > 3 && (n.startsWith("县") || n.startsWith("市") || n.startsWith("区"));
        return levelPrefixed ? List.of(n, n.substring(1)) : List.of(n);
    }

    /** The unit's own examples: for each indicator, the wordings its liaisons kept, changed or placed by hand. */
    Map<Long, List<String>> learned(long unitId) {
        Map<Long, List<String>> out = new HashMap<>();
        jdbc.sql("""
                select distinct indicator_id, wording from report_wording
                where unit_id = :u and decision in ('CONFIRMED', 'CHANGED', 'ASSIGNED')""")
                .param("u", unitId)
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2))).list();
        return out;
    }

    /** The document the confirmed values were read from, and what Duban proposed from it. */
    public record Confirmed(String documentName, List<ReportForm.Proposed> proposed) {
    }

    /** Saves the draft ({@link Reports#save}); when its values were read from a document, records what became of them. */
    @Transactional
    public UnitReport save(long reportId, int version, List<LineInput> input, Duration formOpen, Confirmed read) {
        return save(reportId, version, input, formOpen, read, null);
    }

    /** Marks the report as filled by the office on the unit's behalf (evidence it uploads with nothing typed yet). */
    @Transactional
    public void filledOnBehalf(long reportId, String onBehalfBy) {
        reports.filledOnBehalf(reportId, onBehalfBy);
    }

    /** The same, filled by the office on the unit's behalf when {@code onBehalfBy} names an office user. */
    @Transactional
    public UnitReport save(long reportId, int version, List<LineInput> input, Duration formOpen, Confirmed read,
            String onBehalfBy) {
        UnitReport saved = reports.save(reportId, version, input, formOpen);
        if (onBehalfBy != null) {
            reports.filledOnBehalf(reportId, onBehalfBy);
            saved = reports.find(reportId).orElseThrow();
        }
        if (read != null) {
            confirmed(saved, read.documentName(), read.proposed(), input);
        }
        return saved;
    }

    /** Saves and submits ({@link Reports#submit}); when its values were read from a document, records what became of them. */
    @Transactional
    public UnitReport submit(long reportId, int version, UUID key, List<LineInput> input, Duration formOpen,
            Confirmed read) {
        return submit(reportId, version, key, input, formOpen, read, null);
    }

    /** The same, submitted by the office on the unit's behalf when {@code onBehalfBy} names an office user. */
    @Transactional
    public UnitReport submit(long reportId, int version, UUID key, List<LineInput> input, Duration formOpen,
            Confirmed read, String onBehalfBy) {
        UnitReport submitted = reports.submit(reportId, version, key, input, formOpen);
        if (onBehalfBy != null) {
            reports.filledOnBehalf(reportId, onBehalfBy);
            submitted = reports.find(reportId).orElseThrow();
        }
        if (read != null) {
            confirmed(submitted, read.documentName(), read.proposed(), input);
        }
        return submitted;
    }

    /**
     * After the confirmed values were saved as the draft: each proposal as a labelled example — kept (CONFIRMED),
     * changed (CHANGED), emptied (CLEARED), or an unmatched figure placed by hand (ASSIGNED). Audited with the
     * document's name. Proposals for indicators not in the report are passed over.
     */
    private void confirmed(UnitReport report, String documentName, List<ReportForm.Proposed> proposed, List<LineInput> saved) {
        Map<Long, BigDecimal> values = new HashMap<>();
        Set<Long> indicators = new HashSet<>();
        for (ReportLine l : reports.lines(report)) {
            l.measures().forEach(m -> indicators.add(m.indicatorId()));
        }
        saved.forEach(l -> values.putAll(l.values()));
        String document = documentName == null || documentName.isBlank() ? "工作汇报" : clip(documentName.strip(), 200);
        Map<String, Integer> decisions = new LinkedHashMap<>();
        String by = AuditTrail.actor();
        for (ReportForm.Proposed p : proposed) {
            if (p == null || p.indicatorId() == null || !indicators.contains(p.indicatorId())) {
                continue;
            }
            String wording = p.wording() == null ? "" : clip(p.wording().strip(), 100);
            if (wording.isEmpty()) {
                continue;
            }
            BigDecimal was = number(p.value());
            BigDecimal now = values.get(p.indicatorId());
            String decision = "unmatched".equals(p.how())
                    ? (now == null ? null : "ASSIGNED")
                    : now == null ? "CLEARED" : was != null && was.compareTo(now) == 0 ? "CONFIRMED" : "CHANGED";
            if (decision == null) {
                continue;
            }
            jdbc.sql("""
                    insert into report_wording (unit_id, area_id, report_id, indicator_id, document, wording, surface, sentence,
                                                how, proposed, confirmed, decision, decided_by, decided_at)
                    values (:u, :a, :r, :i, :d, :w, :s, :sentence, :how, :p, :c, :decision, :by, :at)""")
                    .param("u", report.unitId()).param("a", report.areaId()).param("r", report.id()).param("i", p.indicatorId())
                    .param("d", document).param("w", wording).param("s", clip(orEmpty(p.surface()), 100))
                    .param("sentence", clip(orEmpty(p.sentence()), 4000)).param("how", clip(orEmpty(p.how()), 20))
                    .param("p", "unmatched".equals(p.how()) ? null : was).param("c", now).param("decision", decision)
                    .param("by", by).param("at", time.now()).update();
            decisions.merge(decision, 1, Integer::sum);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("document", document);
        after.put("decisions", decisions);
        audit.record("按工作汇报填报", "unit_report", report.id(), null, after);
    }

    /**
     * The examples of these areas as labelled records in the reader's fields (ANNOTATION.md): the figure read afresh
     * from its sentence, its kind {@code actual} (an achievement of the unit, as the liaison confirmed it) or, when the
     * liaison emptied the value, marked {@code dropped}; its {@code indicator} the ledger's name of what it measures.
     * Then what is particular to them: {@code change} (REPORT_CONFIRMED, REPORT_CHANGED, REPORT_CLEARED,
     * REPORT_ASSIGNED), the wording, how it was read, the value proposed and the value confirmed.
     */
    @Override
    public List<Map<String, Object>> examples(Collection<Long> areas) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> row : jdbc.sql("""
                select w.document, w.sentence, w.surface, w.wording, i.name as indicator, i.unit, w.how, w.proposed,
                       w.confirmed, w.decision
                from report_wording w join indicator i on i.id = w.indicator_id
                where w.area_id in (:areas) order by w.id""")
                .param("areas", areas.isEmpty() ? List.of(-1L) : areas).query().listOfRows()) {
            Map<String, Object> r = new LinkedHashMap<>();
            String doc = (String) row.get("document");
            String sentence = (String) row.get("sentence");
            String surface = (String) row.get("surface");
            Reader.quantityIn(doc, sentence, surface).map(ExtractionJson::record).ifPresent(r::putAll);
            r.put("doc", doc);
            r.put("sentence", sentence);
            r.put("surface", surface);
            r.put("kind", "actual");
            r.put("indicator", row.get("indicator"));
            r.remove("start");
            r.remove("end");
            r.remove("evidence");
            r.put("change", "REPORT_" + row.get("decision"));
            if ("CLEARED".equals(row.get("decision"))) {
                r.put("dropped", true);
            }
            r.put("wording", row.get("wording"));
            r.put("how", row.get("how"));
            r.put("indicator_unit", row.get("unit"));
            r.put("proposed", row.get("proposed"));
            r.put("confirmed", row.get("confirmed"));
            out.add(r);
        }
        return out;
    }

    private static BigDecimal number(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
