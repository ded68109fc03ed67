package cn.duban.ledger;

import cn.duban.audit.AuditTrail;
import cn.duban.org.Organisations;
import cn.duban.refusal.NotFound;
import cn.duban.time.CountyTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's tasks one by one: edited (title, units, leader, dates, indicators, milestones, yearly targets)
 * on the version the editor saw, a deadline moved by a 调度会, signed for, asked to be closed and closed
 * (签收, 申请办结, 办结), and looked up (a task's handover, the tasks a leader answers for). Every write
 * leaves an audit record in the same transaction and tells the plan's figures.
 */
@Repository
public class Tasks {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CountyTime time;
    private final ObjectProvider<PlanWatch> watchers;
    private final Organisations organisations;

    Tasks(JdbcClient jdbc, AuditTrail audit, CountyTime time, ObjectProvider<PlanWatch> watchers, Organisations organisations) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.time = time;
        this.watchers = watchers;
        this.organisations = organisations;
    }

    /** Moves a task's deadline (a decision of a 调度会), audited with before, after and where it was decided. */
    @Transactional
    public void moveDeadline(long taskId, LocalDate deadline, String decidedAt) {
        if (deadline == null) {
            throw new PlanRejected("请填写新的完成时限");
        }
        Map<String, Object> before = snapshot(taskId);
        LocalDate old = deadlineOf(taskId);
        int updated = jdbc.sql("""
                update task set deadline = :d, version = version + 1
                where id = :id and (start_date is null or start_date <= :d)""")
                .param("d", deadline).param("id", taskId).update();
        if (updated == 0) {
            throw new PlanRejected("完成时限不能早于开始日期，或任务不存在");
        }
        carryIndicatorDeadlines(taskId, old, deadline);
        Map<String, Object> after = new LinkedHashMap<>(snapshot(taskId));
        after.put("decidedAt", decidedAt);
        audit.record("调整完成时限", "task", taskId, before, after);
        watch().changed(planOf(taskId), "调整完成时限");
    }

    /**
     * What a task edit may change. {@code outsideCoUnits}, the co-operating units named outside the
     * organisation tree, are kept as they are when null: the task page does not edit them, an edited
     * ledger's 配合单位 cell does.
     */
    public record TaskChange(String title, Long leadOrgId, List<Long> coUnitIds, String leader, String responsiblePerson,
            LocalDate startDate, LocalDate deadline, int version,
            List<LedgerTask.Indicator> indicators, List<LedgerTask.Milestone> milestones, List<String> outsideCoUnits) {

        public TaskChange(String title, Long leadOrgId, List<Long> coUnitIds, String leader, String responsiblePerson,
                LocalDate startDate, LocalDate deadline, int version,
                List<LedgerTask.Indicator> indicators, List<LedgerTask.Milestone> milestones) {
            this(title, leadOrgId, coUnitIds, leader, responsiblePerson, startDate, deadline, version, indicators, milestones, null);
        }
    }

    /**
     * Applies an edit made on {@code version} of the task; refused when someone saved a newer
     * version first, so no edit silently overwrites another.
     */
    @Transactional
    public void update(long taskId, TaskChange requested, Collection<Long> allowedUnits) {
        update(taskId, requested, allowedUnits, null);
    }

    /**
     * As {@link #update(long, TaskChange, Collection)}, with each new indicator's origin: the
     * position it had before the edit, or -1 for a new one. An indicator keeps its row, and so
     * the values reported against it, wherever it moves; one left out is removed. Without
     * origins, indicators are written by position, as the task page sends them.
     */
    @Transactional
    public void update(long taskId, TaskChange requested, Collection<Long> allowedUnits, List<Integer> indicatorOrigins) {
        // An API caller may leave the co-units out; that means none, as an empty multi-select does on the page.
        TaskChange change = requested.coUnitIds() != null
                ? requested
                : new TaskChange(requested.title(),
                        requested.leadOrgId(), List.of(), requested.leader(), requested.responsiblePerson(), requested.startDate(),
                        requested.deadline(), requested.version(), requested.indicators(), requested.milestones(),
                        requested.outsideCoUnits());
        if (change.title() == null || change.title().isBlank()) {
            throw new PlanRejected("任务名称不能为空", "title");
        }
        if (change.startDate() != null && change.deadline() != null && change.deadline().isBefore(change.startDate())) {
            throw new PlanRejected("完成时限不能早于开始日期", "deadline");
        }
        if (change.leadOrgId() != null && !allowedUnits.contains(change.leadOrgId())) {
            throw new PlanRejected("所选单位不在本区域内", "leadOrgId");
        }
        for (Long unit : change.coUnitIds()) {
            if (!allowedUnits.contains(unit)) {
                throw new PlanRejected("所选配合单位不在本区域内", "coUnitIds");
            }
        }
        Map<String, Object> before = snapshot(taskId);
        LocalDate oldDeadline = deadlineOf(taskId);
        var fixed = fixedBecause(taskId);
        if (fixed.isPresent() && (!Objects.equals(oldDeadline, change.deadline())
                || change.indicators() != null && !sameQuantities(taskId, change.indicators()))) {
            throw new PlanRejected(fixed.get(), "indicators");
        }
        List<String> outside = outsideOf(change.outsideCoUnits() != null ? change.outsideCoUnits() : outsideCoUnits(taskId),
                change.leadOrgId(), change.coUnitIds());
        int updated = jdbc.sql("""
                update task set title = :t, lead_org_id = :lead, leader = :leader, responsible_person = :person,
                                start_date = :start, deadline = :deadline, outside_co_units = :outside, version = version + 1
                where id = :id and version = :version""")
                .param("t", change.title().strip()).param("lead", change.leadOrgId()).param("leader", nz(change.leader()))
                .param("outside", OutsideCoUnits.join(outside))
                .param("person", nz(change.responsiblePerson())).param("start", change.startDate())
                .param("deadline", change.deadline()).param("id", taskId).param("version", change.version()).update();
        if (updated == 0) {
            throw new PlanRejected("此任务已被他人修改，请刷新页面后在最新内容上修改");
        }
        linkLeader(jdbc, taskId);
        jdbc.sql("delete from task_co_unit where task_id = :t").param("t", taskId).update();
        for (Long co : change.coUnitIds()) {
            if (!co.equals(change.leadOrgId())) {
                jdbc.sql("insert into task_co_unit (task_id, organisation_id) values (:t, :o) on conflict do nothing")
                        .param("t", taskId).param("o", co).update();
            }
        }
        if (change.indicators() != null && indicatorOrigins != null) {
            moveIndicators(taskId, change.indicators(), indicatorOrigins);
        } else if (change.indicators() != null) {
            replaceIndicators(taskId, change.indicators());
        } else if (!Objects.equals(oldDeadline, change.deadline())) {
            carryIndicatorDeadlines(taskId, oldDeadline, change.deadline());
        }
        if (change.milestones() != null) {
            replaceMilestones(taskId, change.milestones());
        }
        audit.record("修改任务", "task", taskId, before, snapshot(taskId));
        watch().changed(planOf(taskId), "修改任务");
    }

    /** The co-operating units a task keeps by name, outside the organisation tree. */
    private List<String> outsideCoUnits(long taskId) {
        return OutsideCoUnits.split(jdbc.sql("select outside_co_units from task where id = :id").param("id", taskId)
                .query(String.class).optional().orElse(""));
    }

    /**
     * The names to keep outside the tree: a name that is one of the units now chosen (the office added
     * 县农商银行 to the organisation tree and picked it) is that unit, not a second name beside it.
     */
    private List<String> outsideOf(List<String> names, Long leadOrgId, List<Long> coUnitIds) {
        List<String> clean = OutsideCoUnits.clean(names);
        if (clean.isEmpty()) {
            return clean;
        }
        List<Long> chosen = new ArrayList<>(coUnitIds);
        if (leadOrgId != null) {
            chosen.add(leadOrgId);
        }
        UnitMatcher units = new UnitMatcher(organisations.within(chosen));
        return clean.stream().filter(n -> units.match(n).isEmpty()).toList();
    }

    /**
     * 责任领导 is an account where one answers to the name written (李华, or 分管副县长 李华): the
     * leader then sees the task as his. A name with no account stays text, linked to nobody.
     */
    static void linkLeader(JdbcClient jdbc, long taskId) {
        jdbc.sql("""
                with recursive area(id) as (
                    select p.area_id from task t join plan p on p.id = t.plan_id where t.id = :id
                    union all
                    select o.id from organisation o join area a on o.parent_id = a.id)
                update task t set leader_user_id = (
                    select u.id from app_user u
                    where u.role = 'LEADER' and u.enabled and u.organisation_id in (select id from area) and t.leader <> ''
                      and (u.display_name = t.leader or u.display_name like '% ' || t.leader)
                    order by u.id limit 1)
                where t.id = :id""")
                .param("id", taskId).update();
    }

    /** Where a task stands between its unit and the office: 签收, a request for 办结, 办结. */
    public record Handover(long taskId, Long leadOrgId, OffsetDateTime signedAt, String signedBy,
            OffsetDateTime closingRequestedAt, String closingNote, OffsetDateTime closedAt,
            String closedBy) {
    }

    public Optional<Handover> handover(long taskId) {
        return jdbc.sql("""
                select id, lead_org_id, signed_at, signed_by, closing_requested_at, closing_note, closed_at, closed_by
                from task where id = :t""")
                .param("t", taskId)
                .query((rs, n) -> new Handover(rs.getLong(1), rs.getObject(2) == null ? null : rs.getLong(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class), rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class), rs.getString(8)))
                .optional();
    }

    /** The lead unit signs for a task: from now it is the unit's to carry out. */
    @Transactional
    public void sign(long taskId, String by) {
        step(taskId, "signed_at is null", "signed_at = :now, signed_by = :by", by, null, "签收任务", "该任务已签收");
    }

    /** The lead unit says the task is done and asks the office to close it. */
    @Transactional
    public void requestClosing(long taskId, String note, String by) {
        if (note == null || note.isBlank()) {
            throw new PlanRejected("申请办结须说明完成情况");
        }
        step(taskId, "signed_at is not null and closed_at is null and closing_requested_at is null",
                "closing_requested_at = :now, closing_note = :note", by, note.strip(), "申请办结",
                "任务须先签收，且未办结、未在申请中");
    }

    /** The office accepts: the task is closed and stops asking for reports. */
    @Transactional
    public void close(long taskId, String by) {
        step(taskId, "closing_requested_at is not null and closed_at is null", "closed_at = :now, closed_by = :by", by, null,
                "任务办结", "牵头单位申请办结后才能办结");
    }

    /** The office returns the request, saying why; the unit goes on. */
    @Transactional
    public void returnClosing(long taskId, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw new PlanRejected("退回须说明原因");
        }
        step(taskId, "closing_requested_at is not null and closed_at is null",
                "closing_requested_at = null, closing_note = :note", by, "退回：" + reason.strip(), "退回办结申请",
                "只有申请办结的任务才能退回");
    }

    private void step(long taskId, String when, String set, String by, String note, String action, String otherwise) {
        Map<String, Object> before = snapshot(taskId);
        var update = jdbc.sql("update task set " + set + ", version = version + 1 where id = :id and " + when)
                .param("id", taskId);
        if (set.contains(":by")) {
            update = update.param("by", by);
        }
        if (set.contains(":note")) {
            update = update.param("note", note);
        }
        if (set.contains(":now")) {
            update = update.param("now", time.now());
        }
        if (update.update() == 0) {
            throw new PlanRejected(otherwise);
        }
        Map<String, Object> after = new LinkedHashMap<>(snapshot(taskId));
        if (note != null) {
            after.put("note", note);
        }
        audit.record(action, "task", taskId, before, after);
        watch().changed(planOf(taskId), action);
    }

    /** Tasks whose 责任领导 is this leader's account, with their plan, in plan and ledger order. */
    public record LeaderTask(long id, long planId, String planTitle, String title, String leadOrgName, LocalDate deadline) {
    }

    public List<LeaderTask> ledBy(long leaderUserId) {
        return jdbc.sql("""
                select t.id, t.plan_id, p.title, t.title, coalesce(o.name, ''), t.deadline
                from task t join plan p on p.id = t.plan_id left join organisation o on o.id = t.lead_org_id
                where t.leader_user_id = :u order by p.year desc, p.id, t.position""")
                .param("u", leaderUserId)
                .query((rs, n) -> new LeaderTask(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class)))
                .list();
    }

    private LocalDate deadlineOf(long taskId) {
        return jdbc.sql("select deadline from task where id = :t").param("t", taskId).query(LocalDate.class).optional().orElse(null);
    }

    /**
     * A task's deadline moved: the indicators that shared it move with it, and none keeps a date
     * after the task's own (an earlier date of its own is a milestone and stays).
     */
    private void carryIndicatorDeadlines(long taskId, LocalDate old, LocalDate now) {
        if (old != null) {
            jdbc.sql("update indicator set deadline = :now where task_id = :t and deadline = :old")
                    .param("now", now).param("t", taskId).param("old", old).update();
        }
        if (now != null) {
            jdbc.sql("update indicator set deadline = :now where task_id = :t and deadline > :now")
                    .param("now", now).param("t", taskId).update();
        }
    }

    private long planOf(long taskId) {
        return jdbc.sql("select plan_id from task where id = :t").param("t", taskId).query(Long.class).single();
    }

    /** The k-th indicator's comparator (= when none); an indicator without a name or with another comparator is refused. */
    private static String comparatorOf(LedgerTask.Indicator i, int k) {
        if (i.name() == null || i.name().isBlank()) {
            throw new PlanRejected("第 " + (k + 1) + " 个指标缺少名称");
        }
        String comparator = i.comparator() == null || i.comparator().isBlank() ? "=" : i.comparator();
        if (!List.of(">=", "<=", "=").contains(comparator)) {
            throw new PlanRejected("指标“" + i.name() + "”的比较方式应为 >=、<= 或 =");
        }
        return comparator;
    }

    /**
     * Writes a task's indicators in order. An indicator keeps its row (and so every value reported
     * against it) where one stands at its position; only positions beyond the new list go.
     */
    private void replaceIndicators(long taskId, List<LedgerTask.Indicator> indicators) {
        int k = 0;
        for (LedgerTask.Indicator i : indicators) {
            String comparator = comparatorOf(i, k);
            String unit = i.unit() == null ? "" : i.unit().strip();
            String surface = i.targetValue() == null ? "" : i.targetValue().stripTrailingZeros().toPlainString() + unit;
            int updated = jdbc.sql("""
                    update indicator set name = :n, surface = :s, target_value = :v, unit = :u, base_value = :v, base_unit = :u,
                                         comparator = :c, kind = 'target', deadline = :d, baseline = :b
                    where id = (select id from indicator where task_id = :t and position = :k order by id limit 1)""")
                    .param("t", taskId).param("k", k).param("n", i.name().strip()).param("s", surface)
                    .param("v", i.targetValue()).param("u", unit).param("c", comparator).param("d", i.deadline())
                    .param("b", i.baseline()).update();
            if (updated == 0) {
                insertIndicator(taskId, k, i, comparator, unit, surface);
            }
            k++;
        }
        jdbc.sql("delete from indicator where task_id = :t and position >= :k").param("t", taskId).param("k", k).update();
    }

    /**
     * Writes a task's indicators where each came from: the rows of those kept are updated in place
     * (their reported values stay theirs), those left out are removed, new ones inserted.
     */
    private void moveIndicators(long taskId, List<LedgerTask.Indicator> indicators, List<Integer> origins) {
        if (origins.size() != indicators.size()) {
            throw new IllegalArgumentException("one origin per indicator");
        }
        List<Long> ids = jdbc.sql("select id from indicator where task_id = :t order by position, id")
                .param("t", taskId).query(Long.class).list();
        Set<Long> kept = new HashSet<>();
        for (Integer origin : origins) {
            if (origin != null && origin >= 0) {
                if (origin >= ids.size() || !kept.add(ids.get(origin))) {
                    throw new PlanRejected("指标已被他人修改，请刷新后重试");
                }
            }
        }
        for (Long id : ids) {
            if (!kept.contains(id)) {
                jdbc.sql("delete from indicator where id = :i").param("i", id).update();
            }
        }
        for (int k = 0; k < indicators.size(); k++) {
            LedgerTask.Indicator i = indicators.get(k);
            String comparator = comparatorOf(i, k);
            String unit = i.unit() == null ? "" : i.unit().strip();
            String surface = i.targetValue() == null ? "" : i.targetValue().stripTrailingZeros().toPlainString() + unit;
            Integer origin = origins.get(k);
            if (origin != null && origin >= 0) {
                jdbc.sql("""
                        update indicator set position = :k, name = :n, surface = :s, target_value = :v, unit = :u,
                                             base_value = case when target_value is not distinct from :v and unit = :u
                                                               then base_value else :v end,
                                             base_unit = case when target_value is not distinct from :v and unit = :u
                                                              then base_unit else :u end,
                                             comparator = :c, deadline = :d
                        where id = :id""")
                        .param("id", ids.get(origin)).param("k", k).param("n", i.name().strip()).param("s", surface)
                        .param("v", i.targetValue()).param("u", unit).param("c", comparator).param("d", i.deadline()).update();
            } else {
                insertIndicator(taskId, k, i, comparator, unit, surface);
            }
        }
    }

    /** A new indicator row at position k, its base value and unit the target's. */
    private void insertIndicator(long taskId, int k, LedgerTask.Indicator i, String comparator, String unit, String surface) {
        jdbc.sql("""
                insert into indicator (task_id, position, name, surface, target_value, unit, base_value, base_unit,
                                       comparator, kind, deadline, baseline)
                values (:t, :k, :n, :s, :v, :u, :v, :u, :c, 'target', :d, :b)""")
                .param("t", taskId).param("k", k).param("n", i.name().strip()).param("s", surface)
                .param("v", i.targetValue()).param("u", unit).param("c", comparator).param("d", i.deadline())
                .param("b", i.baseline()).update();
    }

    /** Whether an edit leaves the task's target quantities as they are (name, value, unit, comparator, in order). */
    private boolean sameQuantities(long taskId, List<LedgerTask.Indicator> edited) {
        List<String> now = jdbc.sql("""
                select name || '|' || coalesce(trim_scale(target_value)::text, '') || '|' || unit || '|' || comparator
                from indicator where task_id = :t order by position""")
                .param("t", taskId).query(String.class).list();
        List<String> asked = edited.stream().map(i -> (i.name() == null ? "" : i.name().strip()) + "|"
                + (i.targetValue() == null ? "" : i.targetValue().stripTrailingZeros().toPlainString()) + "|"
                + (i.unit() == null ? "" : i.unit().strip()) + "|"
                + (i.comparator() == null || i.comparator().isBlank() ? "=" : i.comparator())).toList();
        return now.equals(asked);
    }

    /** An indicator's targets year by year (三年行动), by its position in the task. */
    public record YearTargets(int position, Map<Integer, BigDecimal> years) {
    }

    /**
     * Sets the yearly targets of a task's indicators in a plan of several years: each year within
     * the plan's span, none negative, and for a ≥ or = indicator adding up to its overall target.
     * An indicator given no years goes back to being measured over the whole span. Audited.
     */
    @Transactional
    public void setYearTargets(long taskId, List<YearTargets> targets) {
        Map<String, Object> plan = jdbc.sql("""
                select extract(year from p.starts)::int as first, extract(year from p.ends)::int as last
                from task t join plan p on p.id = t.plan_id where t.id = :t""")
                .param("t", taskId).query().listOfRows().stream().findFirst().orElseThrow(() -> new NotFound("任务不存在"));
        int first = (Integer) plan.get("first");
        int last = (Integer) plan.get("last");
        if (first == last) {
            throw new PlanRejected("单一年度的计划不需要分年度目标");
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("yearTargets", yearTargets(taskId).toString());
        for (YearTargets y : targets) {
            Map<String, Object> ind = jdbc
                    .sql("select id, name, target_value, comparator, unit from indicator where task_id = :t and position = :p")
                    .param("t", taskId).param("p", y.position()).query().listOfRows().stream().findFirst()
                    .orElseThrow(() -> new PlanRejected("第 " + (y.position() + 1) + " 个指标不存在"));
            String name = (String) ind.get("name");
            BigDecimal sum = BigDecimal.ZERO;
            for (var e : y.years().entrySet()) {
                if (e.getKey() < first || e.getKey() > last) {
                    throw new PlanRejected("指标“" + name + "”的年度应在" + first + "至" + last + "年之间");
                }
                if (e.getValue() == null || e.getValue().signum() < 0) {
                    throw new PlanRejected("指标“" + name + "”" + e.getKey() + "年的目标应为不小于0的数",
                            "indicators[" + y.position() + "]");
                }
                sum = sum.add(e.getValue());
            }
            BigDecimal total = (BigDecimal) ind.get("target_value");
            if (!y.years().isEmpty() && total != null && !"<=".equals(ind.get("comparator")) && sum.compareTo(total) != 0) {
                throw new PlanRejected("指标“" + name + "”分年度目标合计" + sum.stripTrailingZeros().toPlainString() + ind.get("unit")
                        + "，应等于总目标" + total.stripTrailingZeros().toPlainString() + ind.get("unit"), "indicators[" + y.position() + "]");
            }
            long indicator = ((Number) ind.get("id")).longValue();
            jdbc.sql("delete from indicator_year_target where indicator_id = :i").param("i", indicator).update();
            y.years()
                    .forEach((year, value) -> jdbc
                            .sql("insert into indicator_year_target (indicator_id, year, target_value) values (:i, :y, :v)")
                            .param("i", indicator).param("y", year).param("v", value).update());
        }
        audit.record("设定分年度目标", "task", taskId, before, Map.of("yearTargets", yearTargets(taskId).toString()));
        watch().changed(planOf(taskId), "设定分年度目标");
    }

    /** Each indicator's yearly targets, by position. */
    public Map<Integer, Map<Integer, BigDecimal>> yearTargets(long taskId) {
        Map<Integer, Map<Integer, BigDecimal>> out = new TreeMap<>();
        jdbc.sql("""
                select i.position, y.year, y.target_value from indicator_year_target y join indicator i on i.id = y.indicator_id
                where i.task_id = :t order by i.position, y.year""")
                .param("t", taskId).query((rs, n) -> out.computeIfAbsent(rs.getInt(1), k -> new TreeMap<>())
                        .put(rs.getInt(2), rs.getBigDecimal(3)))
                .list();
        return out;
    }

    private void replaceMilestones(long taskId, List<LedgerTask.Milestone> milestones) {
        jdbc.sql("delete from milestone where task_id = :t").param("t", taskId).update();
        for (LedgerTask.Milestone m : milestones) {
            if (m.due() == null || m.expectedPercent() == null
                    || m.expectedPercent().signum() < 0 || m.expectedPercent().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new PlanRejected("节点须有日期，且应完成比例在 0 到 100 之间");
            }
            jdbc.sql("insert into milestone (task_id, due, expected_percent) values (:t, :d, :p)")
                    .param("t", taskId).param("d", m.due()).param("p", m.expectedPercent()).update();
        }
    }

    private Map<String, Object> snapshot(long taskId) {
        Map<String, Object> row = jdbc.sql("""
                select title, lead_org_id, leader, responsible_person, start_date::text as start_date,
                       deadline::text as deadline, outside_co_units, version
                from task where id = :id""").param("id", taskId).query().singleRow();
        Map<String, Object> out = new LinkedHashMap<>(row);
        out.put("co_units", jdbc.sql("select organisation_id from task_co_unit where task_id = :t order by organisation_id")
                .param("t", taskId).query(Long.class).list());
        out.put("indicators", jdbc.sql("""
                select name || ' ' || comparator || ' ' || surface || coalesce(' ' || deadline::text, '')
                from indicator where task_id = :t order by position""")
                .param("t", taskId).query(String.class).list());
        out.put("milestones", jdbc.sql("select due::text || ' ' || expected_percent::text from milestone where task_id = :t order by due")
                .param("t", taskId).query(String.class).list());
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    public int version(long taskId) {
        return jdbc.sql("select version from task where id = :id").param("id", taskId).query(Integer.class).single();
    }

    /**
     * Why a task's quantities or deadline may not be edited on its own: fixed by the level that
     * assigned it, or kept equal to the sum of its parts. Empty when they may be.
     */
    public Optional<String> fixedBecause(long taskId) {
        return jdbc.sql("""
                select case when t.origin_area_id is not null
                            then '上级交办的任务，其指标和完成时限由' || o.name || '确定；如需调整，请提出延期或调整申请，由交办单位审批'
                            when t.part_of is not null then '分解任务的指标和完成时限须在上级任务的分解方案中调整'
                            when task_handed_on(t.id) then '已分解或交办的任务，其指标由各部分合计，须在分解方案中调整' end
                from task t left join organisation o on o.id = t.origin_area_id where t.id = :t""")
                .param("t", taskId).query(String.class).optional();
    }

    /** The module that keeps the plan's figures (progress), told in this transaction; none in a context without it. */
    private PlanWatch watch() {
        return watchers.getIfAvailable(() -> PlanWatch.NONE);
    }
}
