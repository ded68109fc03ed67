package cn.duban.supervision;

import cn.duban.audit.AuditTrail;
import cn.duban.files.CheckedFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspections of an area: recording one (with the warning when its tasks or units were
 * inspected in the last {@code duban.supervision.repeat-days} days), the calendar, and the
 * photos and files taken.
 */
@Component
public class Inspections {

    private static final String INSPECTION = """
            select id, area_id, held_on, kind, title, led_by, participants, observations, created_by, created_at
            from inspection""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final int repeatDays;

    Inspections(JdbcClient jdbc, AuditTrail audit, @Value("${duban.supervision.repeat-days:30}") int repeatDays) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.repeatDays = repeatDays;
    }

    /** What an office records. Units and tasks must be of its area. */
    public record NewInspection(LocalDate heldOn, InspectionKind kind, String title, String ledBy, String participants,
            String observations, List<Long> unitIds, List<Long> taskIds, Boolean confirmRepeat) {
    }

    public record Visited(long id, String name) {
    }

    public record StoredFile(long id, String fileName, String contentType, int size, String sha256) {
    }

    /** A task to choose in a form: its title and lead unit. */
    public record TaskChoice(long id, String title, String lead) {
    }

    /** A plan to choose in a form. */
    public record PlanChoice(long id, String title) {
    }

    /** The area's tasks of this year and last, to choose from when recording an inspection or a problem found. */
    public List<TaskChoice> taskChoices(long areaId, int year) {
        return jdbc.sql("""
                select t.id, t.title, o.name as lead from task t join plan p on p.id = t.plan_id
                left join organisation o on o.id = t.lead_org_id
                where p.area_id = :a and p.year >= :y - 1 order by p.year desc, p.id, t.position""")
                .param("a", areaId).param("y", year).query(TaskChoice.class).list();
    }

    /** The area's plans, newest first, for a meeting's decision to add a task to. */
    public List<PlanChoice> planChoices(long areaId) {
        return jdbc.sql("select id, title from plan where area_id = :a order by year desc, id desc")
                .param("a", areaId).query(PlanChoice.class).list();
    }

    public int repeatDays() {
        return repeatDays;
    }

    @Transactional
    public Inspection record(long areaId, Collection<Long> areaUnits, NewInspection in, String by) {
        return record(areaId, areaUnits, in, by, null);
    }

    /** As above, with a file already checked, stored in the same transaction: both or neither. */
    @Transactional
    public Inspection record(long areaId, Collection<Long> areaUnits, NewInspection in, String by, CheckedFile file) {
        if (in.heldOn() == null || in.kind() == null) {
            throw new SupervisionRejected("请填写督查日期和类型", "heldOn");
        }
        if (blank(in.title()) || in.title().strip().length() > 200) {
            throw new SupervisionRejected("请填写督查事项（不超过 200 字）", "title");
        }
        if (blank(in.ledBy())) {
            throw new SupervisionRejected("请填写带队领导", "ledBy");
        }
        List<Long> units = in.unitIds() == null ? List.of() : in.unitIds().stream().distinct().toList();
        List<Long> tasks = in.taskIds() == null ? List.of() : in.taskIds().stream().distinct().toList();
        if (!areaUnits.containsAll(units)) {
            throw new SupervisionRejected("所选单位不在本区域内", "units");
        }
        if (!tasks.isEmpty() && jdbc.sql("""
                select count(*) from task t join plan p on p.id = t.plan_id where t.id in (:t) and p.area_id = :a""")
                .param("t", tasks).param("a", areaId).query(Long.class).single() != tasks.size()) {
            throw new SupervisionRejected("所选任务不在本区域的计划中", "tasks");
        }
        List<RepeatInspection.Visit> repeats = recentVisits(units, tasks, in.heldOn());
        if (!repeats.isEmpty() && !Boolean.TRUE.equals(in.confirmRepeat())) {
            throw new RepeatInspection(repeats, repeatDays);
        }
        long id = jdbc.sql("""
                insert into inspection (area_id, held_on, kind, title, led_by, participants, observations, created_by)
                values (:a, :d, :k, :t, :l, :p, :o, :by) returning id""")
                .param("a", areaId).param("d", in.heldOn()).param("k", in.kind().name()).param("t", in.title().strip())
                .param("l", in.ledBy().strip()).param("p", text(in.participants())).param("o", text(in.observations()))
                .param("by", by).query(Long.class).single();
        for (Long u : units) {
            jdbc.sql("insert into inspection_unit (inspection_id, organisation_id) values (:i, :u)").param("i", id).param("u", u).update();
        }
        for (Long t : tasks) {
            jdbc.sql("insert into inspection_task (inspection_id, task_id) values (:i, :t)").param("i", id).param("t", t).update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", in.kind().name());
        after.put("heldOn", in.heldOn().toString());
        after.put("title", in.title().strip());
        after.put("units", units);
        after.put("tasks", tasks);
        if (!repeats.isEmpty()) {
            after.put("repeatConfirmed", repeats.stream().map(RepeatInspection.Visit::sentence).toList());
        }
        audit.record("记录督查", "inspection", id, null, after);
        if (file != null) {
            store(id, file, by);
        }
        return find(id).orElseThrow();
    }

    /** The tasks and units among these that were inspected within the last days before {@code day}. */
    public List<RepeatInspection.Visit> recentVisits(Collection<Long> units, Collection<Long> tasks, LocalDate day) {
        List<RepeatInspection.Visit> out = new ArrayList<>();
        if (!tasks.isEmpty()) {
            out.addAll(jdbc.sql("""
                    select '任务' as what, t.title as name, count(*)::int as times, max(i.held_on) as last
                    from inspection_task it join inspection i on i.id = it.inspection_id join task t on t.id = it.task_id
                    where it.task_id in (:ids) and i.held_on between :from and :day
                    group by t.id, t.title order by t.title""")
                    .param("ids", tasks).param("from", day.minusDays(repeatDays)).param("day", day)
                    .query(RepeatInspection.Visit.class).list());
        }
        if (!units.isEmpty()) {
            out.addAll(jdbc.sql("""
                    select '单位' as what, o.name, count(*)::int as times, max(i.held_on) as last
                    from inspection_unit iu join inspection i on i.id = iu.inspection_id join organisation o on o.id = iu.organisation_id
                    where iu.organisation_id in (:ids) and i.held_on between :from and :day
                    group by o.id, o.name order by o.name""")
                    .param("ids", units).param("from", day.minusDays(repeatDays)).param("day", day)
                    .query(RepeatInspection.Visit.class).list());
        }
        return out;
    }

    public Optional<Inspection> find(long id) {
        return jdbc.sql(INSPECTION + " where id = :id").param("id", id).query(Inspection.class).optional();
    }

    /** The area's inspections in a month, by day: the calendar. */
    public List<Inspection> month(Collection<Long> areas, LocalDate anyDayOfMonth) {
        LocalDate first = anyDayOfMonth.withDayOfMonth(1);
        return jdbc.sql(INSPECTION + " where area_id in (:a) and held_on between :f and :l order by held_on, id")
                .param("a", areas).param("f", first).param("l", first.plusMonths(1).minusDays(1))
                .query(Inspection.class).list();
    }

    public List<Visited> units(long inspectionId) {
        return jdbc.sql("""
                select o.id, o.name from inspection_unit iu join organisation o on o.id = iu.organisation_id
                where iu.inspection_id = :i order by o.name""").param("i", inspectionId).query(Visited.class).list();
    }

    public List<Visited> tasks(long inspectionId) {
        return jdbc.sql("""
                select t.id, t.title as name from inspection_task it join task t on t.id = it.task_id
                where it.inspection_id = :i order by t.plan_id, t.position""").param("i", inspectionId).query(Visited.class).list();
    }

    @Transactional
    public StoredFile attach(long inspectionId, String originalName, byte[] content, String by) {
        return store(inspectionId, CheckedFile.of(originalName, content), by);
    }

    private StoredFile store(long inspectionId, CheckedFile file, String by) {
        long id = jdbc.sql("""
                insert into supervision_file (inspection_id, file_name, content_type, size, sha256, content, uploaded_by)
                values (:i, :n, :c, :s, :h, :b, :by) returning id""")
                .param("i", inspectionId).param("n", file.fileName()).param("c", file.contentType()).param("s", file.size())
                .param("h", file.sha256()).param("b", file.content()).param("by", by).query(Long.class).single();
        audit.record("上传督查材料", "inspection", inspectionId, null, Map.of("file", file.fileName(), "sha256", file.sha256()));
        return new StoredFile(id, file.fileName(), file.contentType(), file.size(), file.sha256());
    }

    public List<StoredFile> files(long inspectionId) {
        return jdbc.sql("select id, file_name, content_type, size, sha256 from supervision_file where inspection_id = :i order by id")
                .param("i", inspectionId).query(StoredFile.class).list();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
