package cn.duban.ledger;

import cn.duban.audit.AuditTrail;
import cn.duban.org.Organisation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One ledger across levels. 上级交办: an office gives a task of its own plan to the areas
 * directly below it, each with its share of every quantity and a deadline no later than the
 * task's; the receiving office's 签收 puts the task in its own ledger, marked with its origin,
 * its quantities and deadline fixed by the level that gave it. 分解下达: an office splits a task
 * of its ledger among its units, each part a task its unit reports on as on any other.
 *
 * <p>Either way the task whose work was handed on keeps no lead unit of its own: its progress is
 * its parts' (see {@code progress.Rollups}), and it is never counted beside them — not in
 * reports, standings, rankings nor reminders, which all follow a task's lead unit.
 */
@Component
public class Levels {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private org.springframework.beans.factory.ObjectProvider<PlanWatch> watchers;
    private final cn.duban.time.CountyTime time;
    private final org.springframework.beans.factory.ObjectProvider<ReportedWork> reports;

    Levels(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events, cn.duban.time.CountyTime time,
           org.springframework.beans.factory.ObjectProvider<ReportedWork> reports) {
        this.reports = reports;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.time = time;
    }

    /** The day work is handed on, in the offices' time zone: a part begins then, and no share may be due before it. */
    private LocalDate today() {
        return time.today();
    }

    private void notBefore(List<Share> shares, Map<Long, String> names) {
        for (Share s : shares) {
            if (s.deadline() != null && s.deadline().isBefore(today())) {
                throw new PlanRejected(names.getOrDefault(s.unitId(), "所选单位") + "的完成时限（" + s.deadline() + "）早于今天");
            }
        }
    }

    /** A quantity of the task to hand on: its indicator at {@code position}. */
    public record Target(int position, String name, String unit, String comparator, BigDecimal value) {
        boolean atMost() {
            return "<=".equals(comparator);
        }
    }

    /** One unit's (or one area's) share: a value for each target, in the targets' order, and its deadline. */
    public record Share(long unitId, List<BigDecimal> values, LocalDate deadline) {
    }

    /**
     * Whether the shares may be handed on, as a list of problems (empty when they may). Every
     * share has a value for every quantity and a deadline no later than the task's; for a ≥ or =
     * quantity the shares add up to it, or exceed it when the office says so knowingly (分解
     * 加码); for a ≤ quantity (a cap) they may not add up to more than it.
     */
    public static List<String> check(List<Target> targets, LocalDate deadline, List<Share> shares, boolean exceed,
                                     Map<Long, String> names) {
        List<String> problems = new ArrayList<>();
        if (shares.isEmpty()) {
            problems.add("请至少分配给一个单位");
            return problems;
        }
        Set<Long> seen = new HashSet<>();
        for (Share s : shares) {
            String who = names.getOrDefault(s.unitId(), "所选单位");
            if (!seen.add(s.unitId())) {
                problems.add(who + "重复分配");
            }
            if (s.deadline() == null) {
                problems.add(who + "缺少完成时限");
            } else if (deadline != null && s.deadline().isAfter(deadline)) {
                problems.add(who + "的完成时限（" + s.deadline() + "）晚于交办的时限（" + deadline + "）");
            }
            if (s.values().size() != targets.size() || s.values().stream().anyMatch(v -> v == null || v.signum() < 0)) {
                problems.add(who + "须为每个指标填写不小于0的数量");
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            int k = i;
            BigDecimal sum = shares.stream().map(s -> s.values().get(k)).reduce(BigDecimal.ZERO, BigDecimal::add);
            int c = sum.compareTo(t.value());
            String label = "指标“" + t.name() + "”分配合计" + plain(sum) + t.unit();
            if (t.atMost()) {
                if (c > 0) {
                    problems.add(label + "，超过上限" + plain(t.value()) + t.unit());
                }
            } else if (c < 0) {
                problems.add(label + "，少于任务的" + plain(t.value()) + t.unit());
            } else if (c > 0 && !exceed) {
                problems.add(label + "，超过任务的" + plain(t.value()) + t.unit() + "；如确需加码分解，请勾选“超额分解”");
            }
        }
        return problems;
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /** What a task hands on: its target quantities, its deadline (its plan's end without one), its plan and area. */
    public record Source(long taskId, long planId, long areaId, String number, String title, LocalDate deadline,
                         List<Target> targets, boolean handedOn) {
    }

    public Source source(long taskId) {
        Map<String, Object> t = jdbc.sql("""
                        select t.id, t.plan_id, p.area_id, t.number, t.title, coalesce(t.deadline, p.ends) as deadline,
                               task_handed_on(t.id) as handed_on
                        from task t join plan p on p.id = t.plan_id where t.id = :t""")
                .param("t", taskId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new cn.duban.refusal.NotFound("任务不存在"));
        List<Target> targets = jdbc.sql("""
                        select position, name, unit, comparator, target_value from indicator
                        where task_id = :t and kind = 'target' and target_value is not null order by position""")
                .param("t", taskId).query((rs, n) -> new Target(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5))).list();
        return new Source(taskId, ((Number) t.get("plan_id")).longValue(), ((Number) t.get("area_id")).longValue(),
                (String) t.get("number"), (String) t.get("title"), ((java.sql.Date) t.get("deadline")).toLocalDate(),
                targets, (Boolean) t.get("handed_on"));
    }

    // ---- 上级交办 ----

    /**
     * The office of {@code areaId} assigns its task to areas directly below it. Audited; the task
     * keeps no lead unit from now, its progress being the areas'.
     */
    @Transactional
    public List<Long> assign(long taskId, long areaId, List<Share> shares, String requirement, boolean exceed, String by) {
        Source s = lockedSource(taskId, areaId);
        if (s.handedOn()) {
            throw new PlanRejected("该任务已分解或已交办，不能再交办");
        }
        Map<Long, String> below = new HashMap<>();
        areasBelow(areaId).forEach(o -> below.put(o.id(), o.name()));
        for (Share share : shares) {
            if (!below.containsKey(share.unitId())) {
                throw new PlanRejected("只能交办给本级直接管辖的市、县（区）");
            }
        }
        refuse(check(s.targets(), s.deadline(), shares, exceed, below));
        notBefore(shares, below);
        String req = requirement == null ? "" : requirement.strip();
        if (req.length() > 1000) {
            throw new PlanRejected("交办要求不能超过1000字");
        }
        List<Long> ids = new ArrayList<>();
        for (Share share : shares) {
            long id = jdbc.sql("""
                            insert into level_assignment (task_id, area_id, deadline, requirement, assigned_by, assigned_at)
                            values (:t, :a, :d, :r, :by, :now) returning id""")
                    .param("now", time.now()).param("t", taskId).param("a", share.unitId()).param("d", share.deadline()).param("r", req).param("by", by)
                    .query(Long.class).single();
            for (int i = 0; i < s.targets().size(); i++) {
                jdbc.sql("insert into level_assignment_target (assignment_id, position, target_value) values (:a, :p, :v)")
                        .param("a", id).param("p", s.targets().get(i).position()).param("v", share.values().get(i)).update();
            }
            ids.add(id);
        }
        Long lead = jdbc.sql("select lead_org_id from task where id = :t").param("t", taskId).query(Long.class).optional().orElse(null);
        jdbc.sql("update task set lead_org_id = null, version = version + 1 where id = :t").param("t", taskId).update();
        audit.record("上级交办", "task", taskId, lead == null ? Map.of() : Map.of("leadOrgId", lead),
                Map.of("areas", describe(s, shares, below), "requirement", req, "exceed", exceed));
        watch().changed(s.planId(), "上级交办");
        String from = jdbc.sql("select name from organisation where id = :a").param("a", areaId).query(String.class).single();
        for (int k = 0; k < shares.size(); k++) {
            StringBuilder targets = new StringBuilder();
            for (int i = 0; i < s.targets().size(); i++) {
                targets.append(i == 0 ? "" : "、").append(s.targets().get(i).name()).append(plain(shares.get(k).values().get(i)))
                        .append(s.targets().get(i).unit());
            }
            events.publishEvent(new LevelAssigned(ids.get(k), shares.get(k).unitId(), from, s.title(), targets.toString(),
                    shares.get(k).deadline()));
        }
        return ids;
    }

    /** An area's share of a whole plan, as a percentage of each of its tasks' quantities. */
    public record AreaShare(long areaId, BigDecimal percent) {
    }

    /**
     * 整体交办: the office assigns every task of a plan still its own to the areas directly below,
     * each area taking the same percentage of every quantity (the last area the remainder, so the
     * shares add up exactly), by the task's own deadline; a task without quantities goes to each
     * area whole. The percentages make 100. Returns how many tasks were assigned.
     */
    @Transactional
    public int assignPlan(long planId, long areaId, List<AreaShare> shares, String requirement, String by) {
        Long area = jdbc.sql("select area_id from plan where id = :p").param("p", planId).query(Long.class).optional()
                .orElseThrow(() -> new cn.duban.refusal.NotFound("计划不存在"));
        if (area != areaId) {
            throw new PlanRejected("只能交办本级的计划");
        }
        if (shares.isEmpty()) {
            throw new PlanRejected("请至少为一个地区填写分配比例");
        }
        BigDecimal total = shares.stream().map(AreaShare::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (shares.stream().anyMatch(a -> a.percent() == null || a.percent().signum() <= 0)
                || total.compareTo(BigDecimal.valueOf(100)) != 0) {
            throw new PlanRejected("各地区的分配比例应大于0，合计为100%（现为" + plain(total) + "%）");
        }
        List<Long> tasks = jdbc.sql("""
                        select t.id from task t where t.plan_id = :p and t.part_of is null and not task_handed_on(t.id)
                        order by t.position""")
                .param("p", planId).query(Long.class).list();
        if (tasks.isEmpty()) {
            throw new PlanRejected("该计划的任务均已分解或交办");
        }
        for (long task : tasks) {
            Source s = source(task);
            List<Share> each = new ArrayList<>();
            List<BigDecimal> given = new ArrayList<>(java.util.Collections.nCopies(s.targets().size(), BigDecimal.ZERO));
            for (int k = 0; k < shares.size(); k++) {
                boolean last = k == shares.size() - 1;
                List<BigDecimal> values = new ArrayList<>();
                for (int i = 0; i < s.targets().size(); i++) {
                    BigDecimal whole = s.targets().get(i).value();
                    BigDecimal v = last ? whole.subtract(given.get(i))
                            : whole.multiply(shares.get(k).percent()).divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
                    given.set(i, given.get(i).add(v));
                    values.add(v.stripTrailingZeros());
                }
                each.add(new Share(shares.get(k).areaId(), values, s.deadline()));
            }
            assign(task, areaId, each, requirement, false, by);
        }
        return tasks.size();
    }

    /** The areas an office may assign to: the cities or counties directly below its own, by kind and name. */
    public List<Organisation> areasBelow(long areaId) {
        return jdbc.sql("""
                        select id, name, kind, parent_id from organisation where parent_id = :a and kind in ('CITY', 'COUNTY')
                        order by kind, name""")
                .param("a", areaId).query(Organisation.class).list();
    }

    /** A task assigned to an area, as its office sees it before and after 签收. */
    public record Received(long id, long taskId, String fromArea, long areaId, String areaName, String number, String title,
                           String targets, LocalDate deadline, String requirement, OffsetDateTime assignedAt,
                           Long receivedTaskId, Long receivedPlanId, OffsetDateTime signedAt, String signedBy) {
    }

    /** What was assigned to the area, unsigned first. */
    public List<Received> receivedBy(long areaId) {
        return received("a.area_id = :a", Map.of("a", areaId));
    }

    /** Every area's share of a task, as the assigning office follows them. */
    public List<Received> assignmentsOf(long taskId) {
        return received("a.task_id = :t", Map.of("t", taskId));
    }

    private List<Received> received(String where, Map<String, Object> params) {
        return jdbc.sql("""
                select a.id, a.task_id, src.name as from_area, a.area_id, dst.name as area_name, t.number, t.title,
                       coalesce((select string_agg(i.name || ' ' || trim_scale(v.target_value)::text || i.unit, '；' order by i.position)
                                 from level_assignment_target v join indicator i on i.task_id = a.task_id and i.position = v.position
                                 where v.assignment_id = a.id), '') as targets,
                       a.deadline, a.requirement, a.assigned_at, a.received_task_id, rt.plan_id as received_plan_id,
                       -- Signed is one fact: the share became a task of the receiving office (the table and its lists agree).
                       case when a.received_task_id is null then null else a.signed_at end as signed_at,
                       case when a.received_task_id is null then null else a.signed_by end as signed_by
                from level_assignment a join task t on t.id = a.task_id join plan p on p.id = t.plan_id
                join organisation src on src.id = p.area_id join organisation dst on dst.id = a.area_id
                left join task rt on rt.id = a.received_task_id
                where\s""" + where + " order by a.signed_at nulls first, a.assigned_at desc, dst.name")
                .params(params).query(Received.class).list();
    }

    /**
     * The receiving office signs for what was assigned to it: the task enters its ledger, in a
     * plan that gathers what the same plan above assigned (its title names where it came from),
     * with the share's quantities and deadline, marked with its origin. Returns the new task.
     */
    @Transactional
    public long sign(long assignmentId, long areaId, String by) {
        Map<String, Object> a = jdbc.sql("""
                        select a.id, a.task_id, a.deadline, a.requirement, a.signed_at, t.plan_id, t.number, t.title,
                               p.area_id as origin, p.title as plan_title, p.starts, p.ends, src.name as origin_name
                        from level_assignment a join task t on t.id = a.task_id join plan p on p.id = t.plan_id
                        join organisation src on src.id = p.area_id
                        where a.id = :id and a.area_id = :area for update of a""")
                .param("id", assignmentId).param("area", areaId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new cn.duban.refusal.NotFound("交办事项不存在或不是交给本级的"));
        if (a.get("signed_at") != null) {
            throw new PlanRejected("该交办事项已签收");
        }
        long origin = ((Number) a.get("origin")).longValue();
        long originTask = ((Number) a.get("task_id")).longValue();
        long originPlan = ((Number) a.get("plan_id")).longValue();
        String marker = "levels:" + originPlan;
        String title = a.get("plan_title") + "（" + a.get("origin_name") + "交办）";
        long planId = jdbc.sql("select id from plan where area_id = :a and source_name = :m")
                .param("a", areaId).param("m", marker).query(Long.class).optional().orElseGet(() -> {
                    long id = jdbc.sql("""
                                    insert into plan (title, year, starts, ends, area_id, source_name, created_by, kind)
                                    values (:t, :y, :s, :e, :a, :m, :by, '上级交办') returning id""")
                            .param("t", title).param("y", ((java.sql.Date) a.get("starts")).toLocalDate().getYear())
                            .param("s", a.get("starts")).param("e", a.get("ends")).param("a", areaId).param("m", marker)
                            .param("by", by).query(Long.class).single();
                    audit.record("建立上级交办台账", "plan", id, null, Map.of("title", title, "originPlanId", originPlan));
                    return id;
                });
        int position = jdbc.sql("select coalesce(max(position), -1) + 1 from task where plan_id = :p")
                .param("p", planId).query(Integer.class).single();
        LocalDate deadline = ((java.sql.Date) a.get("deadline")).toLocalDate();
        long taskId = jdbc.sql("""
                        insert into task (plan_id, position, number, title, body, start_date, deadline, part_of, origin_area_id,
                                          signed_at, signed_by)
                        values (:p, :pos, :num, :t, :b, :start, :d, :from, :origin, :now, :by) returning id""")
                .param("now", time.now()).param("p", planId).param("pos", position).param("num", a.get("number")).param("t", a.get("title"))
                .param("start", earliest(today(), deadline))
                .param("b", a.get("requirement")).param("d", deadline).param("from", originTask).param("origin", origin)
                .param("by", by).query(Long.class).single();
        jdbc.sql("""
                        insert into indicator (task_id, position, name, surface, target_value, unit, base_value, base_unit, comparator, kind,
                                               deadline)
                        select :t, i.position, i.name, trim_scale(v.target_value)::text || i.unit,
                               v.target_value, i.unit, v.target_value, i.unit, i.comparator, 'target',
                               case when i.deadline <= :d then i.deadline end
                        from indicator i join level_assignment_target v on v.position = i.position and v.assignment_id = :a
                        where i.task_id = :from""")
                .param("t", taskId).param("d", deadline).param("a", assignmentId).param("from", originTask).update();
        copyMilestones(originTask, taskId, deadline);
        jdbc.sql("update level_assignment set received_task_id = :t, signed_at = :now, signed_by = :by where id = :id")
                .param("now", time.now()).param("t", taskId).param("by", by).param("id", assignmentId).update();
        audit.record("签收上级交办", "level_assignment", assignmentId, Map.of("signed", false),
                Map.of("signed", true, "taskId", taskId, "planId", planId));
        watch().changed(planId, "签收上级交办");
        watch().changed(originPlan, "签收上级交办");
        return taskId;
    }

    // ---- 调整申请 ----

    /** A request to change a received task's share of a quantity, as both offices see it. */
    public record Adjustment(long id, long taskId, String title, long areaId, String areaName, String indicator, String unit, BigDecimal oldValue,
                             BigDecimal proposed, String reason, String state, String requestedBy, OffsetDateTime requestedAt,
                             String decidedBy, OffsetDateTime decidedAt, String decisionReason) {
        public String stateLabel() {
            return switch (state) {
                case "PENDING" -> "待审批";
                case "APPROVED" -> "已批准";
                default -> "未批准";
            };
        }
    }

    /**
     * The office that received a task from above asks the assigning level to change its share of
     * one quantity, with its reasons. One request at a time per task. Audited.
     */
    @Transactional
    public long requestAdjustment(long taskId, long areaId, int position, BigDecimal proposed, String reason, String by) {
        Map<String, Object> t = jdbc.sql("""
                        select t.origin_area_id, p.area_id, i.target_value, i.name from task t join plan p on p.id = t.plan_id
                        left join indicator i on i.task_id = t.id and i.position = :pos where t.id = :t""")
                .param("t", taskId).param("pos", position).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new cn.duban.refusal.NotFound("任务不存在"));
        if (t.get("origin_area_id") == null || ((Number) t.get("area_id")).longValue() != areaId) {
            throw new PlanRejected("只有收到上级交办任务的单位可以申请调整其指标");
        }
        if (t.get("target_value") == null) {
            throw new PlanRejected("该指标不存在");
        }
        BigDecimal old = (BigDecimal) t.get("target_value");
        if (proposed == null || proposed.signum() < 0 || proposed.compareTo(old) == 0) {
            throw new PlanRejected("请填写与现指标（" + plain(old) + "）不同、不小于0的调整后数量");
        }
        if (reason == null || reason.strip().length() < 2) {
            throw new PlanRejected("请说明调整理由");
        }
        long id;
        try {
            id = jdbc.sql("""
                            insert into adjustment_request (task_id, position, old_value, proposed, reason, requested_by)
                            values (:t, :p, :old, :v, :r, :by) returning id""")
                    .param("t", taskId).param("p", position).param("old", old).param("v", proposed).param("r", reason.strip())
                    .param("by", by).query(Long.class).single();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new PlanRejected("该任务已有一份待审批的调整申请，请等交办单位答复");
        }
        audit.record("申请调整指标", "adjustment_request", id, Map.of("target", plain(old)),
                Map.of("taskId", taskId, "indicator", t.get("name"), "proposed", plain(proposed), "reason", reason.strip()));
        return id;
    }

    /**
     * The assigning level decides. Approved, the received task's target and the area's share
     * become the proposed value (the assigning task's own target stays: the level that assigned
     * it re-allocates the difference among its areas if it must). Refused, with a reason. Audited.
     */
    @Transactional
    public void decideAdjustment(long id, long areaId, boolean approve, String reason, String by) {
        Adjustment a = adjustments("r.id = :id", Map.of("id", id)).stream().findFirst()
                .orElseThrow(() -> new cn.duban.refusal.NotFound("调整申请不存在或无权审批"));
        Long origin = jdbc.sql("select origin_area_id from task where id = :t").param("t", a.taskId()).query(Long.class).optional()
                .orElse(null);
        if (origin == null || origin != areaId) {
            throw new cn.duban.refusal.NotFound("调整申请不存在或无权审批");
        }
        if (!approve && (reason == null || reason.isBlank())) {
            throw new PlanRejected("不批准调整须说明理由");
        }
        int updated = jdbc.sql("""
                        update adjustment_request set state = :s, decided_by = :by, decided_at = :now, decision_reason = :r
                        where id = :id and state = 'PENDING'""")
                .param("now", time.now()).param("s", approve ? "APPROVED" : "REFUSED").param("by", by).param("r", reason == null ? "" : reason.strip())
                .param("id", id).update();
        if (updated == 0) {
            throw new PlanRejected("该申请已处理");
        }
        int position = jdbc.sql("select position from adjustment_request where id = :id").param("id", id).query(Integer.class).single();
        if (approve) {
            jdbc.sql("update indicator set target_value = :v, base_value = :v, surface = :s where task_id = :t and position = :p")
                    .param("v", a.proposed()).param("s", plain(a.proposed()) + a.unit()).param("t", a.taskId()).param("p", position).update();
            jdbc.sql("""
                            update level_assignment_target v set target_value = :v
                            from level_assignment l where l.id = v.assignment_id and l.received_task_id = :t and v.position = :p""")
                    .param("v", a.proposed()).param("t", a.taskId()).param("p", position).update();
            long plan = jdbc.sql("select plan_id from task where id = :t").param("t", a.taskId()).query(Long.class).single();
            watch().changed(plan, "批准调整指标");
        }
        audit.record(approve ? "批准调整指标" : "不批准调整指标", "adjustment_request", id, Map.of("state", "PENDING"),
                Map.of("state", approve ? "APPROVED" : "REFUSED", "taskId", a.taskId(), "reason", reason == null ? "" : reason.strip()));
    }

    /** The requests about one received task, newest first. */
    public List<Adjustment> adjustmentsOfTask(long taskId) {
        return adjustments("r.task_id = :t", Map.of("t", taskId));
    }

    /** Requests made by the area (about tasks it received) and made to it (about tasks it assigned). */
    public List<Adjustment> adjustmentsOf(long areaId) {
        return adjustments("(p.area_id = :a or t.origin_area_id = :a)", Map.of("a", areaId));
    }

    private List<Adjustment> adjustments(String where, Map<String, Object> params) {
        return jdbc.sql("""
                select r.id, r.task_id, t.title, p.area_id, o.name as area_name, i.name as indicator, i.unit, r.old_value, r.proposed, r.reason,
                       r.state, r.requested_by, r.requested_at, r.decided_by, r.decided_at, r.decision_reason
                from adjustment_request r join task t on t.id = r.task_id join plan p on p.id = t.plan_id
                join organisation o on o.id = p.area_id
                join indicator i on i.task_id = r.task_id and i.position = r.position
                where\s""" + where + " order by r.state = 'PENDING' desc, r.requested_at desc")
                .params(params).query(Adjustment.class).list();
    }

    // ---- 分解下达 ----

    /** A part of a split task as its form shows it. */
    public record Part(long taskId, long unitId, String unitName, List<BigDecimal> values, LocalDate deadline, boolean reported) {
    }

    /**
     * Records when work handed on really began, for a county bringing in its history (the demo, or an office
     * that assigned on paper before Duban): the task and its parts start on {@code started}, its shares were
     * assigned on {@code assigned} and — those already taken into a county's ledger — signed for on {@code signed}.
     */
    @Transactional
    public void recordHistory(long taskId, LocalDate started, LocalDate assigned, LocalDate signed) {
        jdbc.sql("update task set start_date = :d where id = :t or part_of = :t").param("d", started).param("t", taskId).update();
        jdbc.sql("update level_assignment set assigned_at = :a where task_id = :t").param("a", assigned.atStartOfDay(time.zone()).toOffsetDateTime())
                .param("t", taskId).update();
        jdbc.sql("update level_assignment set signed_at = :s where task_id = :t and received_task_id is not null")
                .param("s", signed.atStartOfDay(time.zone()).toOffsetDateTime()).param("t", taskId).update();
        audit.record("补录交办时间", "task", taskId, null, Map.of("started", started.toString(), "assigned", assigned.toString(),
                "signed", signed.toString()));
    }

    /** Whether a part has been reported on: asked of the module that keeps the reports. */
    private boolean reported(long taskId) {
        ReportedWork work = reports.getIfAvailable();
        return work != null && work.reported(taskId);
    }

    public List<Part> parts(long taskId) {
        Source s = source(taskId);
        Map<Long, List<BigDecimal>> values = new HashMap<>();
        jdbc.sql("""
                        select c.id, i.position, i.target_value from task c join indicator i on i.task_id = c.id
                        where c.part_of = :t and i.kind = 'target' order by i.position""")
                .param("t", taskId).query((rs, n) -> values.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getBigDecimal(3))).list();
        return jdbc.sql("""
                        select c.id, c.lead_org_id, o.name, c.deadline
                        from task c join organisation o on o.id = c.lead_org_id
                        where c.part_of = :t and c.origin_area_id is null order by c.position""")
                .param("t", taskId).query((rs, n) -> new Part(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        values.getOrDefault(rs.getLong(1), List.of()), rs.getObject(4, LocalDate.class), reported(rs.getLong(1))))
                .list().stream().filter(p -> p.values().size() == s.targets().size() || s.targets().isEmpty()).toList();
    }

    /**
     * The office splits a task of its area among its units (or changes an earlier split): each
     * part is a task of the same plan, right after the task, led by its unit, with its share and
     * deadline. A part already reported on may have its share changed but is not removed. The
     * split is a ledger change like any other: audited with before and after.
     */
    @Transactional
    public List<Long> split(long taskId, long areaId, List<Share> shares, boolean exceed, java.util.Collection<Long> units) {
        Source s = lockedSource(taskId, areaId);
        if (!jdbc.sql("select id from level_assignment where task_id = :t").param("t", taskId).query(Long.class).list().isEmpty()) {
            throw new PlanRejected("该任务已交办给下级，不能再分解给本级单位");
        }
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("select id, name from organisation where id in (:ids) and kind not in ('PROVINCE', 'CITY', 'COUNTY')")
                .param("ids", units.isEmpty() ? List.of(-1L) : units).query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        for (Share share : shares) {
            if (!names.containsKey(share.unitId())) {
                throw new PlanRejected("所选单位不在本区域内");
            }
        }
        refuse(check(s.targets(), s.deadline(), shares, exceed, names));
        notBefore(shares, names);
        List<Part> before = parts(taskId);
        Map<Long, Part> byUnit = new LinkedHashMap<>();
        before.forEach(p -> byUnit.put(p.unitId(), p));
        Set<Long> kept = new HashSet<>();
        shares.forEach(sh -> kept.add(sh.unitId()));
        for (Part p : before) {
            if (!kept.contains(p.unitId())) {
                if (p.reported()) {
                    throw new PlanRejected(p.unitName() + "已报送进展，不能从分解中移除（可把其分配数量调整为0）");
                }
                jdbc.sql("delete from task where id = :id").param("id", p.taskId()).update();
            }
        }
        Map<String, Object> task = jdbc.sql("select position, number, title, lead_org_id from task where id = :t")
                .param("t", taskId).query().singleRow();
        int position = (Integer) task.get("position");
        List<Long> ids = new ArrayList<>();
        int k = 0;
        for (Share share : shares) {
            k++;
            Part existing = byUnit.get(share.unitId());
            long partId;
            if (existing != null) {
                partId = existing.taskId();
                jdbc.sql("update task set deadline = :d, version = version + 1 where id = :id")
                        .param("d", share.deadline()).param("id", partId).update();
            } else {
                jdbc.sql("update task set position = position + 1 where plan_id = :p and position > :pos")
                        .param("p", s.planId()).param("pos", position + k - 1).update();
                partId = jdbc.sql("""
                                insert into task (plan_id, position, number, title, lead_org_id, start_date, deadline, part_of)
                                values (:p, :pos, :num, :t, :lead, :start, :d, :from) returning id""")
                        .param("start", earliest(today(), share.deadline()))
                        .param("p", s.planId()).param("pos", position + k).param("num", task.get("number") + "-" + k)
                        .param("t", task.get("title")).param("lead", share.unitId()).param("d", share.deadline())
                        .param("from", taskId).query(Long.class).single();
                jdbc.sql("""
                                insert into indicator (task_id, position, name, surface, target_value, unit, base_value, base_unit,
                                                       comparator, kind, deadline)
                                select :t, position, name, '', null, unit, null, unit, comparator, 'target',
                                       case when deadline <= :d then deadline end
                                from indicator where task_id = :from and kind = 'target' and target_value is not null""")
                        .param("t", partId).param("d", share.deadline()).param("from", taskId).update();
                copyMilestones(taskId, partId, share.deadline());
            }
            for (int i = 0; i < s.targets().size(); i++) {
                BigDecimal v = share.values().get(i);
                jdbc.sql("""
                                update indicator set target_value = :v, base_value = :v, surface = :surface
                                where task_id = :t and position = :pos""")
                        .param("v", v).param("surface", plain(v) + s.targets().get(i).unit()).param("t", partId)
                        .param("pos", s.targets().get(i).position()).update();
            }
            ids.add(partId);
        }
        jdbc.sql("update task set lead_org_id = null, version = version + 1 where id = :t").param("t", taskId).update();
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("leadOrgId", task.get("lead_org_id"));
        was.put("parts", before.stream().map(p -> p.unitName() + " " + p.values() + " " + p.deadline()).toList());
        audit.record("分解下达", "task", taskId, was, Map.of("parts", describe(s, shares, names), "exceed", exceed));
        watch().changed(s.planId(), "分解下达");
        return ids;
    }

    /** A task's origin for its page: where it came from and how its work was handed on. */
    public record Lineage(Long partOf, String partOfTitle, String originArea, boolean split, boolean assigned) {
    }

    public Lineage lineage(long taskId) {
        return jdbc.sql("""
                        select t.part_of, up.title as part_of_title, o.name as origin_area,
                               exists (select 1 from task c where c.part_of = t.id and c.origin_area_id is null) as split,
                               exists (select 1 from level_assignment a where a.task_id = t.id) as assigned
                        from task t left join task up on up.id = t.part_of left join organisation o on o.id = t.origin_area_id
                        where t.id = :t""")
                .param("t", taskId).query(Lineage.class).optional().orElse(new Lineage(null, null, null, false, false));
    }

    /** The tasks of a plan whose work was handed on (split or assigned below): they need no lead of their own. */
    public Set<Long> handedOn(long planId) {
        return Set.copyOf(jdbc.sql("""
                        select t.id from task t where t.plan_id = :p and task_handed_on(t.id)""")
                .param("p", planId).query(Long.class).list());
    }

    /** Marks for a plan's table: 上级交办 (from where), 已分解/已交办, 分解自. */
    public Map<Long, String> marks(long planId) {
        Map<Long, String> out = new HashMap<>();
        jdbc.sql("""
                        select t.id,
                               case when t.origin_area_id is not null then '上级交办（' || o.name || '）'
                                    when exists (select 1 from level_assignment a where a.task_id = t.id) then '已交办下级'
                                    when exists (select 1 from task c where c.part_of = t.id) then '已分解'
                                    when t.part_of is not null then '分解任务' end as mark
                        from task t left join organisation o on o.id = t.origin_area_id where t.plan_id = :p""")
                .param("p", planId).query((rs, n) -> {
                    if (rs.getString(2) != null) {
                        out.put(rs.getLong(1), rs.getString(2));
                    }
                    return null;
                }).list();
        return out;
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

    /** The area a plan belongs to. */
    public Optional<Long> areaOfPlan(long planId) {
        return jdbc.sql("select area_id from plan where id = :p").param("p", planId).query(Long.class).optional();
    }

    /** A task of an area's ledger whose work was handed on: split among its units or assigned below. */
    public record HandedOn(long taskId, long planId, String planTitle, String number, String title, LocalDate deadline,
                           boolean assigned, int parts) {
    }

    public List<HandedOn> handedOnBy(long areaId) {
        return jdbc.sql("""
                        select t.id as task_id, t.plan_id, p.title as plan_title, t.number, t.title, coalesce(t.deadline, p.ends) as deadline,
                               exists (select 1 from level_assignment a where a.task_id = t.id) as assigned,
                               (select count(*) from task c where c.part_of = t.id)
                               + (select count(*) from level_assignment a where a.task_id = t.id and a.received_task_id is null) as parts
                        from task t join plan p on p.id = t.plan_id
                        where p.area_id = :a
                          and task_handed_on(t.id)
                        order by p.starts desc, p.id, t.position""")
                .param("a", areaId).query(HandedOn.class).list();
    }

    private Source lockedSource(long taskId, long areaId) {
        jdbc.sql("select id from task where id = :t for update").param("t", taskId).query(Long.class).optional();
        Source s = source(taskId);
        if (s.areaId() != areaId) {
            throw new cn.duban.refusal.NotFound("任务不存在或不在本级台账中");
        }
        return s;
    }

    private void copyMilestones(long from, long to, LocalDate deadline) {
        jdbc.sql("""
                        insert into milestone (task_id, due, expected_percent)
                        select :to, due, expected_percent from milestone where task_id = :from and due <= :d""")
                .param("to", to).param("from", from).param("d", deadline).update();
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }

    private static void refuse(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new PlanRejected(String.join("；", problems));
        }
    }

    private static List<String> describe(Source s, List<Share> shares, Map<Long, String> names) {
        List<String> out = new ArrayList<>();
        for (Share share : shares) {
            StringBuilder b = new StringBuilder(names.getOrDefault(share.unitId(), String.valueOf(share.unitId())));
            for (int i = 0; i < s.targets().size(); i++) {
                b.append(' ').append(s.targets().get(i).name()).append(' ').append(plain(share.values().get(i)))
                        .append(s.targets().get(i).unit());
            }
            out.add(b.append(' ').append(share.deadline()).toString());
        }
        return out;
    }

    /** The module that keeps the plan's figures (progress), told in this transaction; none in a context without it. */
    private PlanWatch watch() {
        PlanWatch w = watchers == null ? null : watchers.getIfAvailable();
        return w != null ? w : NO_WATCH;
    }

    private static final PlanWatch NO_WATCH = new PlanWatch() {
        @Override
        public void changed(long planId, String what) {
        }

        @Override
        public void spanChanged(long planId) {
        }
    };

    @org.springframework.beans.factory.annotation.Autowired
    void watchedBy(org.springframework.beans.factory.ObjectProvider<PlanWatch> watchers) {
        this.watchers = watchers;
    }
}
