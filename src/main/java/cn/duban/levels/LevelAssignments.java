package cn.duban.levels;

import static cn.duban.levels.Levels.Share;
import static cn.duban.levels.Levels.Source;
import static cn.duban.levels.Levels.check;
import static cn.duban.levels.Levels.describe;
import static cn.duban.levels.Levels.earliest;
import static cn.duban.levels.Levels.plain;
import static cn.duban.levels.Levels.refuse;

import cn.duban.audit.AuditTrail;
import cn.duban.org.Organisation;
import cn.duban.refusal.NotFound;
import cn.duban.time.CountyTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 上级交办: an office gives a task of its own plan to the areas directly below it, each with its share
 * of every quantity and a deadline no later than the task's — one task, or a whole plan by percentages
 * (整体交办); the receiving office's 签收 puts the task in its own ledger, marked with its origin, its
 * quantities and deadline fixed by the level that gave it.
 */
@Component
public class LevelAssignments {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final CountyTime time;
    private final Levels levels;

    LevelAssignments(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events, CountyTime time,
            Levels levels) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.time = time;
        this.levels = levels;
    }

    /**
     * The office of {@code areaId} assigns its task to areas directly below it. Audited; the task
     * keeps no lead unit from now, its progress being the areas'.
     */
    @Transactional
    public List<Long> assign(long taskId, long areaId, List<Share> shares, String requirement, boolean exceed, String by) {
        Source s = levels.lockedSource(taskId, areaId);
        if (s.handedOn()) {
            throw new LevelRejected("该任务已分解或已交办，不能再交办");
        }
        Map<Long, String> below = new HashMap<>();
        areasBelow(areaId).forEach(o -> below.put(o.id(), o.name()));
        for (Share share : shares) {
            if (!below.containsKey(share.unitId())) {
                throw new LevelRejected("只能交办给本级直接管辖的市、县（区）");
            }
        }
        refuse(check(s.targets(), s.deadline(), shares, exceed, below));
        levels.notBefore(shares, below);
        String req = requirement == null ? "" : requirement.strip();
        if (req.length() > 1000) {
            throw new LevelRejected("交办要求不能超过1000字");
        }
        List<Long> ids = new ArrayList<>();
        for (Share share : shares) {
            long id = jdbc.sql("""
                    insert into level_assignment (task_id, area_id, deadline, requirement, assigned_by, assigned_at)
                    values (:t, :a, :d, :r, :by, :now) returning id""")
                    .param("now", time.now()).param("t", taskId).param("a", share.unitId()).param("d", share.deadline()).param("r", req)
                    .param("by", by)
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
        levels.watch().changed(s.planId(), "上级交办");
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
                .orElseThrow(() -> new NotFound("计划不存在"));
        if (area != areaId) {
            throw new LevelRejected("只能交办本级的计划");
        }
        if (shares.isEmpty()) {
            throw new LevelRejected("请至少为一个地区填写分配比例");
        }
        BigDecimal total = shares.stream().map(AreaShare::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (shares.stream().anyMatch(a -> a.percent() == null || a.percent().signum() <= 0)
                || total.compareTo(BigDecimal.valueOf(100)) != 0) {
            throw new LevelRejected("各地区的分配比例应大于0，合计为100%（现为" + plain(total) + "%）");
        }
        List<Long> tasks = jdbc.sql("""
                select t.id from task t where t.plan_id = :p and t.part_of is null and not task_handed_on(t.id)
                order by t.position""")
                .param("p", planId).query(Long.class).list();
        if (tasks.isEmpty()) {
            throw new LevelRejected("该计划的任务均已分解或交办");
        }
        for (long task : tasks) {
            Source s = levels.source(task);
            List<Share> each = new ArrayList<>();
            List<BigDecimal> given = new ArrayList<>(Collections.nCopies(s.targets().size(), BigDecimal.ZERO));
            for (int k = 0; k < shares.size(); k++) {
                boolean last = k == shares.size() - 1;
                List<BigDecimal> values = new ArrayList<>();
                for (int i = 0; i < s.targets().size(); i++) {
                    BigDecimal whole = s.targets().get(i).value();
                    BigDecimal v = last
                            ? whole.subtract(given.get(i))
                            : whole.multiply(shares.get(k).percent()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
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
                .orElseThrow(() -> new NotFound("交办事项不存在或不是交给本级的"));
        if (a.get("signed_at") != null) {
            throw new LevelRejected("该交办事项已签收");
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
                            .param("t", title).param("y", ((Date) a.get("starts")).toLocalDate().getYear())
                            .param("s", a.get("starts")).param("e", a.get("ends")).param("a", areaId).param("m", marker)
                            .param("by", by).query(Long.class).single();
                    audit.record("建立上级交办台账", "plan", id, null, Map.of("title", title, "originPlanId", originPlan));
                    return id;
                });
        int position = jdbc.sql("select coalesce(max(position), -1) + 1 from task where plan_id = :p")
                .param("p", planId).query(Integer.class).single();
        LocalDate deadline = ((Date) a.get("deadline")).toLocalDate();
        long taskId = jdbc.sql("""
                insert into task (plan_id, position, number, title, body, start_date, deadline, part_of, origin_area_id,
                                  signed_at, signed_by)
                values (:p, :pos, :num, :t, :b, :start, :d, :from, :origin, :now, :by) returning id""")
                .param("now", time.now()).param("p", planId).param("pos", position).param("num", a.get("number")).param("t", a.get("title"))
                .param("start", earliest(levels.today(), deadline))
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
        levels.copyMilestones(originTask, taskId, deadline);
        jdbc.sql("update level_assignment set received_task_id = :t, signed_at = :now, signed_by = :by where id = :id")
                .param("now", time.now()).param("t", taskId).param("by", by).param("id", assignmentId).update();
        audit.record("签收上级交办", "level_assignment", assignmentId, Map.of("signed", false),
                Map.of("signed", true, "taskId", taskId, "planId", planId));
        levels.watch().changed(planId, "签收上级交办");
        levels.watch().changed(originPlan, "签收上级交办");
        return taskId;
    }
}
