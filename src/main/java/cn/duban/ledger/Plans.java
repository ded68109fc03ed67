package cn.duban.ledger;

import cn.duban.audit.AuditTrail;
import cn.duban.extract.Quantity;
import cn.duban.refusal.NotFound;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans in PostgreSQL: created from a document or a workbook with their tasks, their span and kind, tasks
 * added by a 调度会, which plans and which of their tasks a unit sees. A task's own edits, steps and
 * lookups are {@link Tasks}'. Every write leaves an audit record in the same transaction.
 */
@Repository
public class Plans {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ObjectProvider<PlanWatch> watchers;

    Plans(JdbcClient jdbc, AuditTrail audit, ObjectProvider<PlanWatch> watchers) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.watchers = watchers;
    }

    /**
     * An accepted task as the review page left it. {@code outsideCoUnits} are co-operating units a ledger
     * names that are not in the organisation tree (a bank, a city bureau's branch): kept by name only.
     */
    public record NewTask(String number, String title, String body, Long leadOrgId, List<Long> coUnitIds,
            List<String> outsideCoUnits, LocalDate deadline, List<Quantity> indicators, Integer sourceStart, Integer sourceEnd,
            String leader, String responsiblePerson) {
        public NewTask {
            outsideCoUnits = OutsideCoUnits.clean(outsideCoUnits);
        }

        public NewTask(String number, String title, String body, Long leadOrgId, List<Long> coUnitIds, LocalDate deadline,
                List<Quantity> indicators, Integer sourceStart, Integer sourceEnd, String leader, String responsiblePerson) {
            this(number, title, body, leadOrgId, coUnitIds, List.of(), deadline, indicators, sourceStart, sourceEnd, leader,
                    responsiblePerson);
        }

        public NewTask(String number, String title, String body, Long leadOrgId, List<Long> coUnitIds, LocalDate deadline,
                List<Quantity> indicators, Integer sourceStart, Integer sourceEnd) {
            this(number, title, body, leadOrgId, coUnitIds, deadline, indicators, sourceStart, sourceEnd, "", "");
        }
    }

    @Transactional
    public long create(String title, int year, long areaId, String sourceName, String sha256, String sourceText,
            String createdBy, List<NewTask> tasks) {
        return create(title, new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)), areaId, sourceName, sha256,
                sourceText, createdBy, tasks);
    }

    /** A plan's span of months: from the first day of its first month to the last day of its last month. */
    public record Span(LocalDate starts, LocalDate ends) {
        public Span {
            if (starts == null || ends == null) {
                throw new PlanRejected("请填写计划的起止月份");
            }
            starts = starts.withDayOfMonth(1);
            ends = ends.withDayOfMonth(ends.lengthOfMonth());
            if (ends.isBefore(starts)) {
                throw new PlanRejected("计划的结束月份不能早于开始月份");
            }
            if (ChronoUnit.MONTHS.between(starts, ends) >= 60) {
                throw new PlanRejected("计划期限不能超过五年");
            }
        }

        public static Span ofMonths(YearMonth from, YearMonth to) {
            if (from == null || to == null) {
                throw new PlanRejected("请填写计划的起止月份");
            }
            return new Span(from.atDay(1), to.atEndOfMonth());
        }
    }

    @Transactional
    public long create(String title, Span span, long areaId, String sourceName, String sha256, String sourceText,
            String createdBy, List<NewTask> tasks) {
        int year = span.starts().getYear();
        if (title == null || title.isBlank()) {
            throw new PlanRejected("计划名称不能为空");
        }
        if (tasks.isEmpty()) {
            throw new PlanRejected("至少保留一项任务");
        }
        long planId = jdbc.sql("""
                insert into plan (title, year, starts, ends, area_id, source_name, source_sha256, source_text, created_by)
                values (:t, :y, :from, :to, :a, :n, :s, :x, :c) returning id""")
                .param("t", title.strip()).param("y", year).param("from", span.starts()).param("to", span.ends())
                .param("a", areaId).param("n", sourceName)
                .param("s", sha256).param("x", sourceText).param("c", createdBy).query(Long.class).single();
        audit.record("导入计划", "plan", planId, null, Map.of("title", title.strip(), "year", year, "areaId", areaId,
                "starts", span.starts().toString(), "ends", span.ends().toString(),
                "source", sourceName == null ? "" : sourceName, "tasks", tasks.size()));
        int position = 0;
        for (NewTask t : tasks) {
            insertTask(planId, position++, t);
        }
        watch().changed(planId, "导入计划");
        return planId;
    }

    /**
     * Changes a plan's span; its periods follow (see {@link PlanWatch#spanChanged}), and a span that
     * would drop a period already reported is refused with nothing changed. Audited.
     */
    @Transactional
    public void setSpan(long planId, Span span) {
        Map<String, Object> before = jdbc.sql("select starts::text as starts, ends::text as ends from plan where id = :p")
                .param("p", planId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new NotFound("计划不存在或无权修改"));
        jdbc.sql("update plan set starts = :s, ends = :e, year = :y where id = :p")
                .param("s", span.starts()).param("e", span.ends()).param("y", span.starts().getYear()).param("p", planId).update();
        audit.record("修改计划期限", "plan", planId, before,
                Map.of("starts", span.starts().toString(), "ends", span.ends().toString()));
        watch().spanChanged(planId);
    }

    /**
     * Adds a task to an existing plan, after its last one (a decision of a 调度会); audited with
     * where the decision came from.
     */
    @Transactional
    public long addTask(long planId, NewTask task, String decidedAt) {
        return addTask(planId, task, "会议新增任务", Map.of("planId", planId, "decidedAt", decidedAt));
    }

    /**
     * Adds a task to an existing plan, after its last one, audited under {@code action} with where
     * it came from (a 调度会, an edited ledger).
     */
    @Transactional
    public long addTask(long planId, NewTask task, String action, Map<String, Object> from) {
        int position = jdbc.sql("select coalesce(max(position), -1) + 1 from task where plan_id = :p")
                .param("p", planId).query(Integer.class).single();
        long id = insertTask(planId, position, task);
        audit.record(action, "task", id, null, from);
        watch().changed(planId, action);
        return id;
    }

    private long insertTask(long planId, int position, NewTask t) {
        if (t.title() == null || t.title().isBlank()) {
            throw new PlanRejected("第 " + (position + 1) + " 项任务的名称不能为空");
        }
        long taskId = jdbc.sql("""
                insert into task (plan_id, position, number, title, body, lead_org_id, deadline, source_start, source_end,
                                  leader, responsible_person, outside_co_units)
                values (:p, :pos, :num, :t, :b, :lead, :d, :ss, :se, :leader, :person, :outside) returning id""")
                .param("p", planId).param("pos", position).param("num", t.number()).param("t", t.title().strip())
                .param("b", t.body() == null ? "" : t.body()).param("lead", t.leadOrgId()).param("d", t.deadline())
                .param("outside", OutsideCoUnits.join(t.outsideCoUnits()))
                .param("ss", t.sourceStart()).param("se", t.sourceEnd())
                .param("leader", t.leader() == null ? "" : t.leader())
                .param("person", t.responsiblePerson() == null ? "" : t.responsiblePerson()).query(Long.class).single();
        for (Long co : t.coUnitIds()) {
            jdbc.sql("insert into task_co_unit (task_id, organisation_id) values (:t, :o) on conflict do nothing")
                    .param("t", taskId).param("o", co).update();
        }
        int k = 0;
        for (Quantity q : t.indicators()) {
            jdbc.sql("""
                    insert into indicator (task_id, position, name, surface, target_value, unit, base_value, base_unit,
                                           comparator, kind, deadline)
                    values (:t, :k, :n, :s, :v, :u, :bv, :bu, :c, :kind, :d)""")
                    .param("t", taskId).param("k", k++).param("n", q.indicator().isBlank() ? q.surface() : q.indicator())
                    .param("s", q.surface()).param("v", q.value()).param("u", q.unit()).param("bv", q.baseValue())
                    .param("bu", q.baseUnit()).param("c", q.comparator()).param("kind", q.kind())
                    .param("d", q.deadline() == null ? null : LocalDate.parse(q.deadline())).update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("planId", planId);
        after.put("title", t.title().strip());
        after.put("leadOrgId", t.leadOrgId());
        after.put("coUnitIds", t.coUnitIds());
        if (!t.outsideCoUnits().isEmpty()) {
            after.put("outsideCoUnits", t.outsideCoUnits());
        }
        after.put("deadline", t.deadline() == null ? null : t.deadline().toString());
        after.put("leader", t.leader());
        after.put("responsiblePerson", t.responsiblePerson());
        after.put("indicators", t.indicators().stream().map(Quantity::surface).toList());
        if (t.leader() != null && !t.leader().isBlank()) {
            Tasks.linkLeader(jdbc, taskId);
        }
        audit.record("新增任务", "task", taskId, null, after);
        return taskId;
    }

    /**
     * Names the 责任领导 of every task of a plan that has none yet (a plan read from a document rarely names
     * one), linking each to the leader's account as a task edit does. Audited per plan.
     */
    @Transactional
    public int giveLeader(long planId, String leader) {
        List<Long> ids = jdbc.sql("select id from task where plan_id = :p and leader = ''").param("p", planId).query(Long.class).list();
        for (long id : ids) {
            jdbc.sql("update task set leader = :l, version = version + 1 where id = :id").param("l", leader).param("id", id).update();
            Tasks.linkLeader(jdbc, id);
        }
        if (!ids.isEmpty()) {
            audit.record("设定责任领导", "plan", planId, null, Map.of("leader", leader, "tasks", ids.size()));
            watch().changed(planId, "设定责任领导");
        }
        return ids.size();
    }

    /** Files a plan under a kind (年度重点工作, 民生实事…), audited. */
    @Transactional
    public void setKind(long planId, String kind) {
        if (!Plan.KINDS.contains(kind)) {
            throw new PlanRejected("计划类型应为：" + String.join("、", Plan.KINDS));
        }
        String before = jdbc.sql("select kind from plan where id = :p").param("p", planId).query(String.class).single();
        if (!before.equals(kind)) {
            jdbc.sql("update plan set kind = :k where id = :p").param("k", kind).param("p", planId).update();
            audit.record("设置计划类型", "plan", planId, Map.of("kind", before), Map.of("kind", kind));
        }
    }

    /** The tasks of a plan whose work was handed on (split or assigned below): they need no lead of their own. */
    public Set<Long> handedOn(long planId) {
        return Set.copyOf(jdbc.sql("""
                select t.id from task t where t.plan_id = :p and task_handed_on(t.id)""")
                .param("p", planId).query(Long.class).list());
    }

    /** A plan by its id and title, whichever area it is of: what a refusal names. */
    public record PlanName(long id, String title) {
    }

    /** The plan of that id, in any area (an exported workbook names its plan wherever it travels). */
    public Optional<PlanName> named(long planId) {
        return jdbc.sql("select id, title from plan where id = :p").param("p", planId)
                .query((rs, n) -> new PlanName(rs.getLong(1), rs.getString(2))).optional();
    }

    /** The plan, in any area, that one of these tasks belongs to. */
    public Optional<PlanName> planOfAny(Collection<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select p.id, p.title from task t join plan p on p.id = t.plan_id
                where t.id in (:t) order by p.id limit 1""").param("t", taskIds)
                .query((rs, n) -> new PlanName(rs.getLong(1), rs.getString(2))).optional();
    }

    public Optional<Long> sameSource(long areaId, String sha256) {
        return jdbc.sql("select id from plan where area_id = :a and source_sha256 = :s order by id limit 1")
                .param("a", areaId).param("s", sha256).query(Long.class).optional();
    }

    /**
     * Plans the given units may see: those of their area, and those with a task they lead or help with.
     */
    public List<Plan> visibleTo(Collection<Long> units) {
        return visible(units, null);
    }

    public Optional<Plan> find(long id, Collection<Long> units) {
        return visible(units, id).stream().findFirst();
    }

    /** The plan a task belongs to, when that plan is of the given area (the office that may edit it). */
    public Optional<Long> planOfTaskInArea(long taskId, long areaId) {
        return jdbc.sql("select t.plan_id from task t join plan p on p.id = t.plan_id where t.id = :t and p.area_id = :a")
                .param("t", taskId).param("a", areaId).query(Long.class).optional();
    }

    /** Plans of the units' area, or with a task they lead or help with; one plan when {@code only} is given. */
    private List<Plan> visible(Collection<Long> units, Long only) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select p.id, p.title, p.year, p.starts, p.ends, p.area_id, p.source_name, p.created_by, p.created_at, p.kind,
                       (select count(*) from task t where t.plan_id = p.id
                          and (p.area_id in (:units) or t.lead_org_id in (:units)
                               or exists (select 1 from task_co_unit c where c.task_id = t.id and c.organisation_id in (:units))))
                         as task_count
                from plan p
                where (:only::bigint is null or p.id = :only)
                  and (p.area_id in (:units)
                   or exists (select 1 from task t where t.plan_id = p.id and (t.lead_org_id in (:units)
                              or exists (select 1 from task_co_unit c where c.task_id = t.id and c.organisation_id in (:units)))))
                order by p.created_at desc, p.id desc""")
                .param("units", units).param("only", only).query(Plan.class).list();
    }

    /** The plan's tasks the units may see: all of them for its area's office, else those they take part in. */
    public List<LedgerTask> tasks(Plan plan, Collection<Long> units) {
        boolean whole = units.contains(plan.areaId());
        List<TaskRow> rows = jdbc.sql("""
                select t.id, t.plan_id, t.position, t.number, t.title, t.body, t.lead_org_id, o.name as lead_org_name,
                       t.leader, t.responsible_person, t.start_date, t.deadline, t.version, t.outside_co_units
                from task t left join organisation o on o.id = t.lead_org_id
                where t.plan_id = :p and (:whole or t.lead_org_id in (:units)
                      or exists (select 1 from task_co_unit c where c.task_id = t.id and c.organisation_id in (:units)))
                order by t.position""")
                .param("p", plan.id()).param("whole", whole).param("units", units).query(TaskRow.class).list();
        // Co-units, indicators and milestones in one query each for the whole plan, not three per task.
        Map<Long, List<Map<String, Object>>> coByTask = new HashMap<>();
        jdbc.sql("""
                select c.task_id, o.id, o.name from task_co_unit c join organisation o on o.id = c.organisation_id
                join task t on t.id = c.task_id where t.plan_id = :p order by o.name""")
                .param("p", plan.id()).query().listOfRows()
                .forEach(m -> coByTask.computeIfAbsent(((Number) m.get("task_id")).longValue(), k -> new ArrayList<>()).add(m));
        Map<Long, List<LedgerTask.Indicator>> indicatorsByTask = new HashMap<>();
        jdbc.sql("""
                select i.task_id, i.name, i.surface, i.target_value, i.unit, i.comparator, i.kind, i.deadline, i.baseline
                from indicator i join task t on t.id = i.task_id where t.plan_id = :p order by i.position""")
                .param("p", plan.id()).query((rs, n) -> {
                    indicatorsByTask.computeIfAbsent(rs.getLong("task_id"), k -> new ArrayList<>()).add(new LedgerTask.Indicator(
                            rs.getString("name"), rs.getString("surface"), rs.getBigDecimal("target_value"), rs.getString("unit"),
                            rs.getString("comparator"), rs.getString("kind"), rs.getObject("deadline", LocalDate.class),
                            rs.getBigDecimal("baseline")));
                    return null;
                }).list();
        Map<Long, List<LedgerTask.Milestone>> milestonesByTask = new HashMap<>();
        jdbc.sql("""
                select m.task_id, m.due, m.expected_percent from milestone m join task t on t.id = m.task_id
                where t.plan_id = :p order by m.due""")
                .param("p", plan.id()).query((rs, n) -> {
                    milestonesByTask.computeIfAbsent(rs.getLong("task_id"), k -> new ArrayList<>()).add(new LedgerTask.Milestone(
                            rs.getObject("due", LocalDate.class), rs.getBigDecimal("expected_percent")));
                    return null;
                }).list();
        List<LedgerTask> out = new ArrayList<>();
        for (TaskRow r : rows) {
            List<Map<String, Object>> coRows = coByTask.getOrDefault(r.id(), List.of());
            // Every page, the export and the 进展台账 print coUnits: the units of the tree, then the names outside it.
            List<String> outside = OutsideCoUnits.split(r.outsideCoUnits());
            List<String> co = new ArrayList<>(coRows.stream().map(m -> (String) m.get("name")).toList());
            outside.stream().filter(n -> !co.contains(n)).forEach(co::add);
            List<Long> coIds = coRows.stream().map(m -> ((Number) m.get("id")).longValue()).toList();
            out.add(new LedgerTask(r.id(), r.planId(), r.position(), r.number(), r.title(), r.body(), r.leadOrgId(),
                    r.leadOrgName(), r.leader(), r.responsiblePerson(), r.startDate(), r.deadline(), List.copyOf(co), coIds,
                    outside,
                    indicatorsByTask.getOrDefault(r.id(), List.of()), milestonesByTask.getOrDefault(r.id(), List.of()),
                    r.version()));
        }
        return out;
    }

    /** The tasks a unit leads or helps with; all of them when no unit is given. */
    public static List<LedgerTask> involving(List<LedgerTask> tasks, Long unit) {
        if (unit == null) {
            return tasks;
        }
        return tasks.stream().filter(t -> unit.equals(t.leadOrgId()) || t.coUnitIds().contains(unit)).toList();
    }

    /** Every unit that leads or helps with one of the tasks. */
    public static Set<Long> unitsOf(List<LedgerTask> tasks) {
        Set<Long> ids = new TreeSet<>();
        for (LedgerTask t : tasks) {
            if (t.leadOrgId() != null) {
                ids.add(t.leadOrgId());
            }
            ids.addAll(t.coUnitIds());
        }
        return ids;
    }

    record TaskRow(long id, long planId, int position, String number, String title, String body, Long leadOrgId,
            String leadOrgName, String leader, String responsiblePerson, LocalDate startDate, LocalDate deadline,
            int version, String outsideCoUnits) {
    }

    /** The module that keeps the plan's figures (progress), told in this transaction; none in a context without it. */
    private PlanWatch watch() {
        return watchers.getIfAvailable(() -> PlanWatch.NONE);
    }
}
