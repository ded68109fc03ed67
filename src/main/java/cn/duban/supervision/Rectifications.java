package cn.duban.supervision;

import cn.duban.audit.AuditTrail;
import cn.duban.files.CheckedFile;
import cn.duban.files.FileRejected;
import cn.duban.refusal.NotFound;
import cn.duban.time.CountyTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Findings and their rectification (整改): a finding becomes an item for a unit with a person,
 * a deadline and the evidence required; the unit reports what it did (each report kept, with
 * its files); the office closes it (销号) once there is evidence, or returns it with a reason.
 * 整改完成率 = closed items / all items, per unit and for the area.
 */
@Component
public class Rectifications {

    private static final String FINDING = """
            select f.id, f.inspection_id, i.title as inspection_title, i.held_on as inspected_on, i.area_id, f.description,
                   f.theme, f.unit_id, o.name as unit_name, f.responsible_person, f.deadline, f.required_evidence, f.state,
                   f.return_reason, f.closed_at, f.closed_by, f.version, f.created_at
            from finding f join inspection i on i.id = f.inspection_id join organisation o on o.id = f.unit_id""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    private final CountyTime time;

    Rectifications(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events,
            CountyTime time) {
        this.time = time;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    public record NewFinding(String description, String theme, Long unitId, String responsiblePerson, LocalDate deadline,
            String requiredEvidence, List<Long> taskIds) {
    }

    public record Report(long id, long findingId, String narrative, String createdBy, OffsetDateTime createdAt,
            List<Inspections.StoredFile> files) {
    }

    public record Rate(long unitId, String unitName, long total, long closed, long overdue, BigDecimal rate) {
    }

    @Transactional
    public Finding find(Inspection inspection, Collection<Long> areaUnits, NewFinding in, String by) {
        if (in.description() == null || in.description().isBlank() || in.description().strip().length() > 2000) {
            throw new SupervisionRejected("请填写发现的问题（不超过 2000 字）", "description");
        }
        if (in.unitId() == null || !areaUnits.contains(in.unitId())) {
            throw new SupervisionRejected("请选择本区域内的整改责任单位", "unit");
        }
        if (in.deadline() == null || in.deadline().isBefore(inspection.heldOn())) {
            throw new SupervisionRejected("请填写整改时限（不早于督查日期）", "deadline");
        }
        List<Long> tasks = in.taskIds() == null ? List.of() : in.taskIds().stream().distinct().toList();
        if (!tasks.isEmpty() && jdbc.sql("""
                select count(*) from task t join plan p on p.id = t.plan_id where t.id in (:t) and p.area_id = :a""")
                .param("t", tasks).param("a", inspection.areaId()).query(Long.class).single() != tasks.size()) {
            throw new SupervisionRejected("所选任务不在本区域的计划中", "tasks");
        }
        long id = jdbc.sql("""
                insert into finding (inspection_id, description, theme, unit_id, responsible_person, deadline,
                                     required_evidence, created_by)
                values (:i, :d, :t, :u, :p, :dl, :e, :by) returning id""")
                .param("i", inspection.id()).param("d", in.description().strip()).param("t", text(in.theme()))
                .param("u", in.unitId()).param("p", text(in.responsiblePerson())).param("dl", in.deadline())
                .param("e", text(in.requiredEvidence())).param("by", by).query(Long.class).single();
        for (Long t : tasks) {
            jdbc.sql("insert into finding_task (finding_id, task_id) values (:f, :t)").param("f", id).param("t", t).update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("inspection", inspection.id());
        after.put("unit", in.unitId());
        after.put("deadline", in.deadline().toString());
        after.put("description", in.description().strip());
        after.put("tasks", tasks);
        audit.record("新增整改事项", "finding", id, null, after);
        events.publishEvent(new RectificationAssigned(id, in.unitId(), in.description().strip(), in.deadline(), null,
                time.instant()));
        return get(id).orElseThrow();
    }

    public Optional<Finding> get(long id) {
        return jdbc.sql(FINDING + " where f.id = :id").param("id", id).query(Finding.class).optional();
    }

    public List<Finding> ofInspection(long inspectionId) {
        return jdbc.sql(FINDING + " where f.inspection_id = :i order by f.id").param("i", inspectionId).query(Finding.class).list();
    }

    /** Items of these units, open ones first, then by deadline. */
    public List<Finding> ofUnits(Collection<Long> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(FINDING + " where f.unit_id in (:u) order by f.state = 'CLOSED', f.deadline, f.id")
                .param("u", units).query(Finding.class).list();
    }

    public List<String> taskTitles(long findingId) {
        return jdbc.sql("select t.title from finding_task ft join task t on t.id = ft.task_id where ft.finding_id = :f order by t.id")
                .param("f", findingId).query(String.class).list();
    }

    /** A file checked as evidence of 整改; a refusal names the form's field of files (what was written stays). */
    private static CheckedFile checked(String name, byte[] content) {
        try {
            return CheckedFile.of(name, content);
        } catch (FileRejected e) {
            throw new FileRejected(e.getMessage() + "（整改情况已保留，请重新选择文件）", "files");
        }
    }

    /** The unit says what it did, with its evidence files; the item goes to the office for 销号. */
    @Transactional
    public Finding report(long findingId, int version, String narrative, List<Map.Entry<String, byte[]>> files, String by) {
        if (narrative == null || narrative.isBlank() || narrative.strip().length() > 2000) {
            throw new SupervisionRejected("请填写整改情况（不超过 2000 字）", "narrative");
        }
        List<CheckedFile> checked = files.stream().filter(f -> f.getValue() != null && f.getValue().length > 0)
                .map(f -> checked(f.getKey(), f.getValue())).toList();
        int moved = jdbc.sql("""
                update finding set state = 'REPORTED', version = version + 1, return_reason = null
                where id = :id and version = :v and state in ('OPEN', 'RETURNED')""")
                .param("id", findingId).param("v", version).update();
        if (moved == 0) {
            Finding now = get(findingId).orElseThrow(() -> new NotFound("整改事项不存在"));
            throw new SupervisionRejected(now.state() == FindingState.REPORTED || now.state() == FindingState.CLOSED
                    ? "该事项当前为“" + now.state().label() + "”，不能再报整改"
                    : "该事项已被他人更新，请刷新后再报");
        }
        long report = jdbc.sql("insert into rectification_report (finding_id, narrative, created_by) values (:f, :n, :by) returning id")
                .param("f", findingId).param("n", narrative.strip()).param("by", by).query(Long.class).single();
        for (CheckedFile f : checked) {
            jdbc.sql("""
                    insert into supervision_file (rectification_report_id, file_name, content_type, size, sha256, content, uploaded_by)
                    values (:r, :n, :c, :s, :h, :b, :by)""")
                    .param("r", report).param("n", f.fileName()).param("c", f.contentType()).param("s", f.size())
                    .param("h", f.sha256()).param("b", f.content()).param("by", by).update();
        }
        audit.record("报送整改情况", "finding", findingId, Map.of("version", version),
                Map.of("state", "REPORTED", "report", report, "files", checked.stream().map(CheckedFile::sha256).toList()));
        return get(findingId).orElseThrow();
    }

    /** 销号: the office closes a reported item, which must carry evidence. */
    @Transactional
    public Finding close(long findingId, String by) {
        Finding f = get(findingId).orElseThrow(() -> new NotFound("整改事项不存在"));
        if (f.state() != FindingState.REPORTED) {
            throw new SupervisionRejected("该事项当前为“" + f.state().label() + "”，单位报送整改情况后才能销号");
        }
        if (evidenceCount(findingId) == 0) {
            throw new SupervisionRejected("销号须有整改佐证材料，请退回单位补充");
        }
        jdbc.sql("""
                update finding set state = 'CLOSED', closed_at = :now, closed_by = :by, version = version + 1
                where id = :id and state = 'REPORTED'""").param("now", time.now()).param("by", by).param("id", findingId).update();
        audit.record("整改销号", "finding", findingId, Map.of("state", "REPORTED"), Map.of("state", "CLOSED"));
        return get(findingId).orElseThrow();
    }

    @Transactional
    public Finding giveBack(long findingId, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new SupervisionRejected("请填写退回原因（不超过 500 字）");
        }
        int moved = jdbc.sql("""
                update finding set state = 'RETURNED', return_reason = :r, version = version + 1
                where id = :id and state = 'REPORTED'""").param("r", reason.strip()).param("id", findingId).update();
        if (moved == 0) {
            throw new SupervisionRejected("只有已报整改的事项可以退回");
        }
        audit.record("退回整改", "finding", findingId, Map.of("state", "REPORTED"),
                Map.of("state", "RETURNED", "reason", reason.strip()));
        Finding f = get(findingId).orElseThrow();
        events.publishEvent(new RectificationAssigned(findingId, f.unitId(), f.description(), f.deadline(), reason.strip(),
                time.instant()));
        return f;
    }

    public List<Report> reports(long findingId) {
        return jdbc
                .sql("select id, finding_id, narrative, created_by, created_at from rectification_report where finding_id = :f order by id")
                .param("f", findingId).query((rs, n) -> new Report(rs.getLong("id"), rs.getLong("finding_id"),
                        rs.getString("narrative"), rs.getString("created_by"),
                        rs.getObject("created_at", OffsetDateTime.class), files(rs.getLong("id"))))
                .list();
    }

    private List<Inspections.StoredFile> files(long reportId) {
        return jdbc.sql(
                "select id, file_name, content_type, size, sha256 from supervision_file where rectification_report_id = :r order by id")
                .param("r", reportId).query(Inspections.StoredFile.class).list();
    }

    private int evidenceCount(long findingId) {
        return jdbc.sql("""
                select count(*) from supervision_file s join rectification_report r on r.id = s.rectification_report_id
                where r.finding_id = :f""").param("f", findingId).query(Integer.class).single();
    }

    /** 整改完成率 per unit of the area, lowest first, and overdue items counted as of {@code today}. */
    public List<Rate> rates(Collection<Long> areas, LocalDate today) {
        return jdbc.sql("""
                select f.unit_id, o.name as unit_name, count(*) as total,
                       count(*) filter (where f.state = 'CLOSED') as closed,
                       count(*) filter (where f.state <> 'CLOSED' and f.deadline < :today) as overdue,
                       round(100.0 * count(*) filter (where f.state = 'CLOSED') / count(*), 1) as rate
                from finding f join inspection i on i.id = f.inspection_id join organisation o on o.id = f.unit_id
                where i.area_id in (:a) group by f.unit_id, o.name order by rate, o.name""")
                .param("a", areas).param("today", today).query(Rate.class).list();
    }

    /** The area's rate over all its items; none when there is no item. */
    public Optional<Rate> areaRate(Collection<Long> areas, LocalDate today) {
        List<Rate> units = rates(areas, today);
        long total = units.stream().mapToLong(Rate::total).sum();
        if (total == 0) {
            return Optional.empty();
        }
        long closed = units.stream().mapToLong(Rate::closed).sum();
        return Optional.of(new Rate(0, "全区域", total, closed, units.stream().mapToLong(Rate::overdue).sum(),
                BigDecimal.valueOf(closed * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP)));
    }

    public Optional<Inspections.StoredFile> file(long fileId) {
        return jdbc.sql("select id, file_name, content_type, size, sha256 from supervision_file where id = :id")
                .param("id", fileId).query(Inspections.StoredFile.class).optional();
    }

    public byte[] content(long fileId) {
        return jdbc.sql("select content from supervision_file where id = :id").param("id", fileId).query(byte[].class).single();
    }

    /** The area and, when it belongs to a rectification, the unit that may see a file. */
    public Map<String, Object> ownerOf(long fileId) {
        return jdbc.sql("""
                select coalesce(i.area_id, i2.area_id) as area_id, f.unit_id
                from supervision_file s
                left join inspection i on i.id = s.inspection_id
                left join rectification_report r on r.id = s.rectification_report_id
                left join finding f on f.id = r.finding_id
                left join inspection i2 on i2.id = f.inspection_id
                where s.id = :id""").param("id", fileId).query().singleRow();
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
