package cn.duban.progress;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each task stands in each period, by {@link StatusRule}, kept in task_standing so that
 * dashboards and rankings read a table instead of recomputing. A period's rows are recomputed
 * whenever its reports change and once a day (expected progress moves with the calendar) until
 * the period is frozen; then a trigger keeps them as the snapshot its bulletin quotes.
 */
@Component
public class Standings {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ReportingPeriods periods;

    Standings(JdbcClient jdbc, JdbcTemplate batch, ReportingPeriods periods) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.periods = periods;
    }

    private record TaskFacts(long id, Long unit, LocalDate start, LocalDate deadline, List<Measure> measures,
                             List<StatusRule.Milestone> milestones) {
    }

    private record Measure(long id, BigDecimal target, boolean atMost, LocalDate deadline) {
    }

    private record Counted(long taskId, LocalDate periodStarts, String periodLabel, BigDecimal percent, boolean complete,
                           Map<Long, BigDecimal> values) {
    }

    /**
     * Plans whose open periods were last computed before today: the daily job's list. Plans of
     * this year and last have their periods opened first, so a new month is computed on its first day.
     */
    public List<Long> stalePlans() {
        int year = periods.today().getYear();
        jdbc.sql("""
                        select p.id from plan p where p.year between :y - 1 and :y
                        and exists (select 1 from task t where t.plan_id = p.id and t.lead_org_id is not null)""")
                .param("y", year).query(Long.class).list().forEach(periods::open);
        return jdbc.sql("""
                        select distinct p.plan_id from reporting_period p
                        where p.frozen_at is null and p.starts <= :today
                          and not exists (select 1 from task_standing s where s.period_id = p.id and s.computed_on >= :today)
                          and exists (select 1 from task t where t.plan_id = p.plan_id and t.lead_org_id is not null)""")
                .param("today", periods.today()).query(Long.class).list();
    }

    @Transactional
    public void refresh(long planId) {
        // One refresh of a plan at a time, across instances: two would delete and insert the same rows.
        jdbc.sql("select pg_advisory_xact_lock(7001, cast(:p as int))").param("p", planId).query().listOfRows();
        LocalDate today = periods.today();
        List<ReportingPeriod> open = periods.open(planId).stream().filter(p -> !p.frozen()).toList();
        if (open.isEmpty()) {
            return;
        }
        int year = jdbc.sql("select year from plan where id = :p").param("p", planId).query(Integer.class).single();
        BigDecimal threshold = periods.rule(planId).lagThreshold();
        List<TaskFacts> tasks = tasks(planId, year);
        Map<String, Map<String, Object>> reports = new HashMap<>();
        jdbc.sql("""
                        select r.period_id, r.organisation_id, r.state, r.approved_at::date as approved_on
                        from unit_report r join reporting_period p on p.id = r.period_id where p.plan_id = :p""")
                .param("p", planId).query().listOfRows()
                .forEach(r -> reports.put(r.get("period_id") + ":" + r.get("organisation_id"), r));
        Map<Long, List<Counted>> counted = counted(planId);

        jdbc.sql("delete from task_standing where period_id in (:ids)")
                .param("ids", open.stream().map(ReportingPeriod::id).toList()).update();
        List<Object[]> rows = new ArrayList<>();
        for (ReportingPeriod period : open) {
            LocalDate asOf = today.isAfter(period.ends()) ? period.ends() : today;
            for (TaskFacts t : tasks) {
                Map<String, Object> report = reports.get(period.id() + ":" + t.unit());
                boolean reported = report != null && ReportState.valueOf((String) report.get("state")).counted();
                boolean onTime = reported && report.get("approved_on") != null
                        && !((Date) report.get("approved_on")).toLocalDate().isAfter(period.due());
                Counted last = counted.getOrDefault(t.id(), List.of()).stream()
                        .filter(c -> !c.periodStarts().isAfter(period.starts()))
                        .max(Comparator.comparing(Counted::periodStarts)).orElse(null);
                StatusRule.Verdict v = judge(t, last, reported, period, asOf, threshold);
                rows.add(new Object[]{t.id(), period.id(), t.unit(), v.status().name(), v.completion(), v.expected(),
                        v.reason(), onTime, Date.valueOf(today)});
            }
        }
        batch.batchUpdate("""
                insert into task_standing (task_id, period_id, organisation_id, status, completion, expected, reason,
                    reported_on_time, computed_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        summarise(open.stream().map(ReportingPeriod::id).toList());
        listAttention(planId, today);
    }

    /** The plan's current period's lagging, overdue and unreported tasks, the worst first by severity. */
    private void listAttention(long planId, LocalDate today) {
        jdbc.sql("delete from attention_item where plan_id = :p").param("p", planId).update();
        jdbc.sql("""
                        insert into attention_item (task_id, plan_id, area_id, year, organisation_id, status, severity, completion, reason)
                        select s.task_id, pl.id, pl.area_id, pl.year, s.organisation_id, s.status,
                               case s.status when 'OVERDUE' then 0 when 'NOT_REPORTED' then 1 else 2 end,
                               coalesce(s.completion, 0), s.reason
                        from plan pl
                        join reporting_period p on p.plan_id = pl.id and p.starts = (
                            select max(q.starts) from reporting_period q where q.plan_id = pl.id and q.starts <= :today)
                        join task_standing s on s.period_id = p.id
                        where pl.id = :p and s.status in ('OVERDUE', 'NOT_REPORTED', 'LAGGING') and s.organisation_id is not null""")
                .param("p", planId).param("today", today).update();
    }

    /** Rewrites the per-unit counts of the given (open) periods from their standings. */
    private void summarise(List<Long> periodIds) {
        jdbc.sql("delete from period_summary where period_id in (:ids)").param("ids", periodIds).update();
        jdbc.sql("""
                        insert into period_summary (period_id, organisation_id, tasks, done, on_track, lagging, overdue,
                                                    not_reported, completion_sum)
                        select period_id, organisation_id, count(*),
                               count(*) filter (where status = 'DONE'), count(*) filter (where status = 'ON_TRACK'),
                               count(*) filter (where status = 'LAGGING'), count(*) filter (where status = 'OVERDUE'),
                               count(*) filter (where status = 'NOT_REPORTED'), sum(least(coalesce(completion, 0), 100))
                        from task_standing where period_id in (:ids) and organisation_id is not null
                        group by period_id, organisation_id""")
                .param("ids", periodIds).update();
        jdbc.sql("delete from period_total where period_id in (:ids)").param("ids", periodIds).update();
        jdbc.sql("""
                        insert into period_total (period_id, tasks, done, on_track, lagging, overdue, not_reported, completion_sum,
                                                  reports, items, prefilled, unchanged, minutes)
                        select p.id, coalesce(sum(ps.tasks), 0), coalesce(sum(ps.done), 0), coalesce(sum(ps.on_track), 0),
                               coalesce(sum(ps.lagging), 0), coalesce(sum(ps.overdue), 0), coalesce(sum(ps.not_reported), 0),
                               coalesce(sum(ps.completion_sum), 0), b.reports, b.items, b.prefilled, b.unchanged, b.minutes
                        from reporting_period p left join period_summary ps on ps.period_id = p.id
                        cross join lateral (
                            select count(*) as reports, coalesce(sum(r.items), 0) as items,
                                   coalesce(sum(r.prefilled_items), 0) as prefilled, coalesce(sum(r.unchanged_items), 0) as unchanged,
                                   coalesce(sum(r.minutes_spent), 0) as minutes
                            from unit_report r where r.period_id = p.id and r.submitted_at is not null) b
                        where p.id in (:ids)
                        group by p.id, b.reports, b.items, b.prefilled, b.unchanged, b.minutes""")
                .param("ids", periodIds).update();
    }

    /** A task in a period: done stays done, a missing report past its due date is 未报送, else the rule on the latest numbers. */
    static StatusRule.Verdict judge(TaskFacts t, Counted last, boolean reported, ReportingPeriod period, LocalDate asOf,
                                    BigDecimal threshold) {
        if (last != null && last.complete() && last.periodStarts().isBefore(period.starts())) {
            return new StatusRule.Verdict(TaskStatus.DONE, BigDecimal.valueOf(100), null, "已于" + last.periodLabel() + "报告完成");
        }
        if (!reported && asOf.isAfter(period.due())) {
            return new StatusRule.Verdict(TaskStatus.NOT_REPORTED, null, null,
                    period.label() + "未报送（截止 " + period.due().format(DAY) + "）");
        }
        String prefix = reported ? "" : "本期尚未报送（截止 " + period.due().format(DAY) + "），按上期数据：";
        if (last == null) {
            return new StatusRule.Verdict(TaskStatus.NOT_REPORTED, null, null, "尚无报送数据" + (reported ? "" : "（本期截止 "
                    + period.due().format(DAY) + "）"));
        }
        List<StatusRule.Verdict> verdicts = new ArrayList<>();
        if (t.measures().isEmpty()) {
            verdicts.add(StatusRule.judge(new StatusRule.Facts(BigDecimal.valueOf(100), false, last.percent(), t.start(),
                    t.deadline(), t.milestones(), threshold, asOf)));
        }
        for (Measure m : t.measures()) {
            verdicts.add(StatusRule.judge(new StatusRule.Facts(m.target(), m.atMost(), last.values().get(m.id()), t.start(),
                    m.deadline() != null ? m.deadline() : t.deadline(), t.milestones(), threshold, asOf)));
        }
        StatusRule.Verdict worst = verdicts.stream().max(Comparator.comparingInt(v -> severity(v.status()))).orElseThrow();
        BigDecimal completion = average(verdicts);
        return new StatusRule.Verdict(worst.status(), completion, worst.expected(), prefix + worst.reason());
    }

    private static int severity(TaskStatus s) {
        return switch (s) {
            case DONE -> 0;
            case ON_TRACK -> 1;
            case LAGGING -> 2;
            case NOT_REPORTED -> 3;
            case OVERDUE -> 4;
        };
    }

    /** The mean of the indicators' completions, each capped at 100%: over-fulfilling one does not hide another. */
    private static BigDecimal average(List<StatusRule.Verdict> verdicts) {
        List<BigDecimal> known = verdicts.stream().map(StatusRule.Verdict::completion).filter(java.util.Objects::nonNull)
                .map(c -> c.min(BigDecimal.valueOf(100))).toList();
        if (known.isEmpty()) {
            return null;
        }
        return known.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(known.size()), 1, RoundingMode.HALF_UP);
    }

    private List<TaskFacts> tasks(long planId, int year) {
        Map<Long, List<Measure>> measures = new HashMap<>();
        jdbc.sql("""
                        select i.id, i.task_id, i.target_value, i.comparator, i.deadline from indicator i join task t on t.id = i.task_id
                        where t.plan_id = :p and i.kind = 'target' and i.target_value is not null order by i.position""")
                .param("p", planId).query((rs, n) -> measures.computeIfAbsent(rs.getLong("task_id"), k -> new ArrayList<>())
                        .add(new Measure(rs.getLong("id"), rs.getBigDecimal("target_value"), "<=".equals(rs.getString("comparator")),
                                rs.getObject("deadline", LocalDate.class)))).list();
        Map<Long, List<StatusRule.Milestone>> milestones = new HashMap<>();
        jdbc.sql("select m.task_id, m.due, m.expected_percent from milestone m join task t on t.id = m.task_id where t.plan_id = :p")
                .param("p", planId).query((rs, n) -> milestones.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new StatusRule.Milestone(rs.getObject(2, LocalDate.class), rs.getBigDecimal(3)))).list();
        return jdbc.sql("select id, lead_org_id, start_date, deadline from task where plan_id = :p and lead_org_id is not null")
                .param("p", planId).query((rs, n) -> {
                    long id = rs.getLong("id");
                    LocalDate start = rs.getObject("start_date", LocalDate.class);
                    LocalDate deadline = rs.getObject("deadline", LocalDate.class);
                    // Without dates of its own a task runs over its plan's year.
                    return new TaskFacts(id, rs.getLong("lead_org_id"), start != null ? start : LocalDate.of(year, 1, 1),
                            deadline != null ? deadline : LocalDate.of(year, 12, 31), measures.getOrDefault(id, List.of()),
                            milestones.getOrDefault(id, List.of()));
                }).list();
    }

    /** The latest revision of each task's entry in each period whose report reached the office. */
    private Map<Long, List<Counted>> counted(long planId) {
        Map<Long, Map<Long, BigDecimal>> values = new HashMap<>();
        List<Map<String, Object>> rows = jdbc.sql("""
                        select distinct on (e.task_id, p.id) e.id, e.task_id, p.starts, p.label, e.percent_done, e.complete
                        from task_entry e join unit_report r on r.id = e.report_id join reporting_period p on p.id = r.period_id
                        where p.plan_id = :p and r.state in ('APPROVED', 'ACCEPTED')
                        order by e.task_id, p.id, e.revision desc""")
                .param("p", planId).query().listOfRows();
        if (!rows.isEmpty()) {
            jdbc.sql("select entry_id, indicator_id, actual from entry_value where entry_id in (:ids)")
                    .param("ids", rows.stream().map(r -> ((Number) r.get("id")).longValue()).toList())
                    .query((rs, n) -> values.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getBigDecimal(3)))
                    .list();
        }
        Map<Long, List<Counted>> out = new HashMap<>();
        for (Map<String, Object> r : rows) {
            long entry = ((Number) r.get("id")).longValue();
            long task = ((Number) r.get("task_id")).longValue();
            out.computeIfAbsent(task, k -> new ArrayList<>()).add(new Counted(task, ((Date) r.get("starts")).toLocalDate(),
                    (String) r.get("label"), (BigDecimal) r.get("percent_done"), (Boolean) r.get("complete"),
                    values.getOrDefault(entry, Map.of())));
        }
        return out;
    }
}
