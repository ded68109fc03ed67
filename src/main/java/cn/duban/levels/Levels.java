package cn.duban.levels;

import cn.duban.audit.AuditTrail;
import cn.duban.ledger.PlanWatch;
import cn.duban.ledger.ReportedWork;
import cn.duban.refusal.NotFound;
import cn.duban.time.CountyTime;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One ledger across levels: what a task hands on (its quantities and deadline, {@link Source}), the
 * shares it is handed on in ({@link Share}) and the rule they keep ({@link #check}); and 分解下达: an
 * office splits a task of its ledger among its units, each part a task its unit reports on as on any
 * other. 上级交办 and its 签收 are {@link LevelAssignments}', 调整申请 {@link Adjustments}', the
 * roll-up {@link Rollups}'.
 *
 * <p>Either way the task whose work was handed on keeps no lead unit of its own: its progress is
 * its parts' (see {@link Rollups}), and it is never counted beside them — not in reports,
 * standings, rankings nor reminders, which all follow a task's lead unit.
 */
@Component
public class Levels {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ObjectProvider<PlanWatch> watchers;
    private final CountyTime time;
    private final ObjectProvider<ReportedWork> reports;

    Levels(JdbcClient jdbc, AuditTrail audit, CountyTime time, ObjectProvider<ReportedWork> reports,
            ObjectProvider<PlanWatch> watchers) {
        this.reports = reports;
        this.jdbc = jdbc;
        this.audit = audit;
        this.time = time;
        this.watchers = watchers;
    }

    /** The day work is handed on, in the offices' time zone: a part begins then, and no share may be due before it. */
    LocalDate today() {
        return time.today();
    }

    void notBefore(List<Share> shares, Map<Long, String> names) {
        for (Share s : shares) {
            if (s.deadline() != null && s.deadline().isBefore(today())) {
                throw new LevelRejected(names.getOrDefault(s.unitId(), "所选单位") + "的完成时限（" + s.deadline() + "）早于今天");
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
                .orElseThrow(() -> new NotFound("任务不存在"));
        List<Target> targets = jdbc.sql("""
                select position, name, unit, comparator, target_value from indicator
                where task_id = :t and kind = 'target' and target_value is not null order by position""")
                .param("t", taskId).query((rs, n) -> new Target(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5)))
                .list();
        return new Source(taskId, ((Number) t.get("plan_id")).longValue(), ((Number) t.get("area_id")).longValue(),
                (String) t.get("number"), (String) t.get("title"), ((Date) t.get("deadline")).toLocalDate(),
                targets, (Boolean) t.get("handed_on"));
    }

    /** The task to hand on, locked, when it is of the office's own ledger. */
    Source lockedSource(long taskId, long areaId) {
        jdbc.sql("select id from task where id = :t for update").param("t", taskId).query(Long.class).optional();
        Source s = source(taskId);
        if (s.areaId() != areaId) {
            throw new NotFound("任务不存在或不在本级台账中");
        }
        return s;
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
        jdbc.sql("update level_assignment set assigned_at = :a where task_id = :t")
                .param("a", assigned.atStartOfDay(time.zone()).toOffsetDateTime())
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
                        .add(rs.getBigDecimal(3)))
                .list();
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
    public List<Long> split(long taskId, long areaId, List<Share> shares, boolean exceed, Collection<Long> units) {
        Source s = lockedSource(taskId, areaId);
        if (!jdbc.sql("select id from level_assignment where task_id = :t").param("t", taskId).query(Long.class).list().isEmpty()) {
            throw new LevelRejected("该任务已交办给下级，不能再分解给本级单位");
        }
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("select id, name from organisation where id in (:ids) and kind not in ('PROVINCE', 'CITY', 'COUNTY')")
                .param("ids", units.isEmpty() ? List.of(-1L) : units).query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        for (Share share : shares) {
            if (!names.containsKey(share.unitId())) {
                throw new LevelRejected("所选单位不在本区域内");
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
                    throw new LevelRejected(p.unitName() + "已报送进展，不能从分解中移除（可把其分配数量调整为0）");
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

    void copyMilestones(long from, long to, LocalDate deadline) {
        jdbc.sql("""
                insert into milestone (task_id, due, expected_percent)
                select :to, due, expected_percent from milestone where task_id = :from and due <= :d""")
                .param("to", to).param("from", from).param("d", deadline).update();
    }

    static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }

    static void refuse(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new LevelRejected(String.join("；", problems));
        }
    }

    static List<String> describe(Source s, List<Share> shares, Map<Long, String> names) {
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
    PlanWatch watch() {
        return watchers.getIfAvailable(() -> PlanWatch.NONE);
    }
}
