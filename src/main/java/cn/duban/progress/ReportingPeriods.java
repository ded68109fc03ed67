package cn.duban.progress;

import cn.duban.audit.AuditTrail;
import cn.duban.refusal.NotFound;
import cn.duban.time.CountyTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's reporting rule and its periods. Periods are opened as time reaches them (each call
 * adds the ones that have begun), so a plan set up in November has its past months too, and a
 * restart loses nothing.
 */
@Component
public class ReportingPeriods {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CountyTime time;

    ReportingPeriods(JdbcClient jdbc, AuditTrail audit, CountyTime time) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.time = time;
    }

    public LocalDate today() {
        return time.today();
    }

    /** Now, from the same clock as {@link #today()}. */
    public Instant instant() {
        return time.instant();
    }

    public ReportingRule rule(long planId) {
        return jdbc.sql("""
                select plan_id, cadence, due_day, lag_threshold, evidence_required, remind_days, version,
                       list_size, completion_weight
                from reporting_rule where plan_id = :p""")
                .param("p", planId).query((rs, n) -> new ReportingRule(planId, Cadence.valueOf(rs.getString("cadence")),
                        rs.getInt("due_day"), rs.getBigDecimal("lag_threshold"), rs.getBoolean("evidence_required"),
                        rs.getInt("remind_days"), rs.getInt("version"), rs.getObject("list_size", Integer.class),
                        rs.getObject("completion_weight", Integer.class), List.of()))
                .optional().orElseGet(() -> ReportingRule.defaults(planId)).withEvidenceTasks(evidenceTasks(planId));
    }

    /** The tasks of the plan whose report lines the office requires evidence for, in the plan's order. */
    private List<Long> evidenceTasks(long planId) {
        return jdbc.sql("select task_id from evidence_demand where plan_id = :p order by task_id").param("p", planId)
                .query(Long.class).list();
    }

    /**
     * Replaces the tasks that need evidence; null leaves them as they are (a client that does not
     * know of them). Each must be a task of this plan.
     */
    private void demandEvidence(long planId, List<Long> tasks) {
        if (tasks == null) {
            return;
        }
        Set<Long> wanted = new java.util.LinkedHashSet<>(tasks);
        if (!wanted.isEmpty()) {
            long ofPlan = jdbc.sql("select count(*) from task where plan_id = :p and id in (:t)").param("p", planId)
                    .param("t", wanted).query(Long.class).single();
            if (ofPlan != wanted.size()) {
                throw new ReportRejected("须附佐证的任务应为本计划的任务", "evidenceTasks");
            }
        }
        jdbc.sql("delete from evidence_demand where plan_id = :p and task_id not in (:t)").param("p", planId)
                .param("t", wanted.isEmpty() ? List.of(-1L) : wanted).update();
        for (Long t : wanted) {
            jdbc.sql("""
                    insert into evidence_demand (task_id, plan_id, set_by, set_at) values (:t, :p, :by, :at)
                    on conflict (task_id) do nothing""")
                    .param("t", t).param("p", planId).param("by", AuditTrail.actor()).param("at", time.now()).update();
        }
    }

    /** Sets a plan's rule. The cadence is fixed once a unit has reported, since its periods hold reports. */
    @Transactional
    public ReportingRule setRule(ReportingRule requested) {
        if (requested.dueDay() < 1 || requested.dueDay() > (requested.cadence() == Cadence.WEEKLY ? 7 : 31)) {
            throw new ReportRejected(requested.cadence() == Cadence.WEEKLY
                    ? "每周报送日应为 1（周一）到 7（周日）"
                    : "报送日应为每月 1 到 31 日");
        }
        if (requested.lagThreshold() == null || requested.lagThreshold().signum() < 0
                || requested.lagThreshold().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new ReportRejected("滞后阈值应在 0 到 100 个百分点之间");
        }
        if (requested.remindDays() < 0 || requested.remindDays() > 30) {
            throw new ReportRejected("提前提醒天数应在 0 到 30 天之间");
        }
        if (requested.listSize() != null && (requested.listSize() < 1 || requested.listSize() > 10)) {
            throw new ReportRejected("红榜、黑榜名额应在 1 到 10 个之间（留空为参与单位的三分之一，一到三个）");
        }
        int weight = requested.completionWeight() == null ? RankingRule.DEFAULT_COMPLETION_WEIGHT : requested.completionWeight();
        if (weight < 0 || weight > 100) {
            throw new ReportRejected("完成率权重应在 0 到 100 之间");
        }
        ReportingRule before = rule(requested.planId());
        if (before.cadence() != requested.cadence() && hasReports(requested.planId())) {
            throw new ReportRejected("本计划已有单位报送，不能再更改报送周期");
        }
        int changed = jdbc.sql("""
                insert into reporting_rule (plan_id, cadence, due_day, lag_threshold, evidence_required, remind_days,
                                            list_size, completion_weight, version)
                values (:p, :c, :d, :t, :e, :r, :ls, :w, 1)
                on conflict (plan_id) do update set cadence = excluded.cadence, due_day = excluded.due_day,
                    lag_threshold = excluded.lag_threshold, evidence_required = excluded.evidence_required,
                    remind_days = excluded.remind_days, list_size = excluded.list_size,
                    completion_weight = excluded.completion_weight, version = reporting_rule.version + 1
                where reporting_rule.version = :v""")
                .param("p", requested.planId()).param("c", requested.cadence().name()).param("d", requested.dueDay())
                .param("t", requested.lagThreshold()).param("e", requested.evidenceRequired())
                .param("r", requested.remindDays()).param("ls", requested.listSize()).param("w", weight)
                .param("v", requested.version()).update();
        if (changed == 0) {
            throw new ReportConflict("报送规则已被他人修改，请刷新后再改", before.version());
        }
        demandEvidence(requested.planId(), requested.evidenceTasks());
        if (before.cadence() != requested.cadence()) {
            // No report exists yet: the periods of the old cadence go, the new ones open below.
            jdbc.sql("delete from reporting_period where plan_id = :p").param("p", requested.planId()).update();
        }
        ReportingRule after = rule(requested.planId());
        redue(after);
        audit.record("设置报送规则", "plan", requested.planId(), describe(before), describe(after));
        return after;
    }

    /** The plan's span: the first day of its first month and the last day of its last month. */
    public record PlanSpan(LocalDate starts, LocalDate ends) {
    }

    PlanSpan span(long planId) {
        return jdbc.sql("select starts, ends from plan where id = :p").param("p", planId).query(PlanSpan.class).optional()
                .orElseThrow(() -> new NotFound("计划不存在"));
    }

    /**
     * The periods of the plan that have begun, oldest first; the ones the calendar has reached
     * since the last call are added (only those: every standings computation calls this, and
     * re-inserting a year of weeks each time was 46 statements of nothing).
     */
    @Transactional
    public List<ReportingPeriod> open(long planId) {
        PlanSpan span = span(planId);
        ReportingRule rule = rule(planId);
        LocalDate today = today();
        List<ReportingPeriod> known = periods(planId);
        Set<LocalDate> starts = new HashSet<>();
        known.forEach(p -> starts.add(p.starts()));
        boolean added = false;
        for (Cadence.Span s : rule.cadence().spans(span.starts(), span.ends(), rule.dueDay())) {
            if (s.starts().isAfter(today)) {
                break;
            }
            if (starts.contains(s.starts())) {
                continue;
            }
            jdbc.sql("""
                    insert into reporting_period (plan_id, starts, ends, due, label) values (:p, :s, :e, :d, :l)
                    on conflict (plan_id, starts) do nothing""")
                    .param("p", planId).param("s", s.starts()).param("e", s.ends()).param("d", s.due()).param("l", s.label())
                    .update();
            added = true;
        }
        return added ? periods(planId) : known;
    }

    /**
     * After the plan's span changed: periods outside it go, a period cut by a new edge is
     * reshaped, new ones open as the calendar reaches them. A period that holds reports or an
     * issued bulletin is never dropped or reshaped: such a span is refused, and nothing changes.
     */
    @Transactional
    public void rederive(long planId) {
        PlanSpan span = span(planId);
        ReportingRule rule = rule(planId);
        Map<LocalDate, Cadence.Span> wanted = new LinkedHashMap<>();
        for (Cadence.Span s : rule.cadence().spans(span.starts(), span.ends(), rule.dueDay())) {
            wanted.put(s.starts(), s);
        }
        for (ReportingPeriod p : periods(planId)) {
            Cadence.Span w = wanted.get(p.starts());
            boolean same = w != null && w.ends().equals(p.ends());
            if (same) {
                continue;
            }
            if (p.frozen() || hasReports(p)) {
                throw new ReportRejected(p.label() + "已有单位报送" + (p.frozen() ? "并已发布通报" : "")
                        + "，计划期限须包含该期全部日期（" + p.starts() + " 至 " + p.ends() + "）");
            }
            if (w == null) {
                jdbc.sql("delete from reporting_period where id = :id").param("id", p.id()).update();
            } else {
                jdbc.sql("update reporting_period set ends = :e, due = :d, label = :l where id = :id")
                        .param("e", w.ends()).param("d", w.due()).param("l", w.label()).param("id", p.id()).update();
            }
        }
        open(planId);
    }

    private boolean hasReports(ReportingPeriod p) {
        return jdbc.sql("select exists (select 1 from unit_report where period_id = :p)").param("p", p.id())
                .query(Boolean.class).single();
    }

    public List<ReportingPeriod> periods(long planId) {
        return jdbc.sql("""
                select id, plan_id, starts, ends, due, label, frozen_at, frozen_by from reporting_period
                where plan_id = :p order by starts""")
                .param("p", planId).query(ReportingPeriod.class).list();
    }

    /** The period today falls in, else the last one begun (a plan of a past year). */
    /**
     * The plan's periods that have begun, as {@link #open} gives them, but written only when
     * today's period has not been opened yet: a page that reads them writes nothing once a day.
     */
    public List<ReportingPeriod> begun(long planId) {
        LocalDate today = today();
        List<ReportingPeriod> known = periods(planId);
        if (known.stream().anyMatch(p -> p.contains(today))) {
            return known;
        }
        PlanSpan span = span(planId);
        return today.isBefore(span.starts()) || today.isAfter(span.ends()) && !known.isEmpty() ? known : open(planId);
    }

    public Optional<ReportingPeriod> current(long planId) {
        LocalDate today = today();
        List<ReportingPeriod> all = begun(planId);
        return all.stream().filter(p -> p.contains(today)).findFirst()
                .or(() -> all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1)));
    }

    public Optional<ReportingPeriod> find(long periodId) {
        return jdbc.sql("select id, plan_id, starts, ends, due, label, frozen_at, frozen_by from reporting_period where id = :id")
                .param("id", periodId).query(ReportingPeriod.class).optional();
    }

    private boolean hasReports(long planId) {
        return jdbc.sql("select exists (select 1 from unit_report r join reporting_period p on p.id = r.period_id where p.plan_id = :p)")
                .param("p", planId).query(Boolean.class).single();
    }

    /** A changed due day applies to the periods that are neither frozen nor past their due date. */
    private void redue(ReportingRule rule) {
        LocalDate today = today();
        PlanSpan span = span(rule.planId());
        for (Cadence.Span s : rule.cadence().spans(span.starts(), span.ends(), rule.dueDay())) {
            if (!s.due().isBefore(today)) {
                jdbc.sql("update reporting_period set due = :d where plan_id = :p and starts = :s and frozen_at is null")
                        .param("d", s.due()).param("p", rule.planId()).param("s", s.starts()).update();
            }
        }
    }

    private static Map<String, Object> describe(ReportingRule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cadence", r.cadence().name());
        m.put("due_day", r.dueDay());
        m.put("lag_threshold", r.lagThreshold());
        m.put("evidence_required", r.evidenceRequired());
        m.put("evidence_tasks", r.evidenceTasks());
        m.put("remind_days", r.remindDays());
        m.put("list_size", r.listSize());
        m.put("completion_weight", r.completionWeight());
        return m;
    }
}
