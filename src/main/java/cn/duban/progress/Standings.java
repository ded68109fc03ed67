package cn.duban.progress;

import cn.duban.time.CountyTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where each task stands in each period, by {@link StatusRule}, kept in task_standing so that
 * dashboards and rankings read a table instead of recomputing. A period's rows are recomputed
 * whenever its reports change and once a day (expected progress moves with the calendar) until
 * the period is frozen; then a trigger keeps them as the snapshot its bulletin quotes.
 */
@Component
public class Standings {

    /** A standing row as written: task, period, unit, status, completion, expected, reason, on time, computed on, needs report, basis, deadline, lag, behind. */
    private static final int COLUMNS = 14;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ReportingPeriods periods;

    Standings(JdbcClient jdbc, JdbcTemplate batch, ReportingPeriods periods) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.periods = periods;
    }

    record TaskFacts(long id, Long unit, LocalDate start, LocalDate deadline, List<Measure> measures,
            List<StatusRule.Milestone> milestones, LocalDate closedOn) {

        TaskFacts(long id, Long unit, LocalDate start, LocalDate deadline, List<Measure> measures,
                List<StatusRule.Milestone> milestones) {
            this(id, unit, start, deadline, measures, milestones, null);
        }

        /**
         * The task as the given year measures it (三年行动): an indicator with a target for that year
         * is held to it, the year running from its first day (or the task's start) to its last (or the
         * task's deadline); the task unchanged when no indicator has a target for the year.
         */
        TaskFacts inYear(int year) {
            if (measures.stream().noneMatch(m -> m.years().containsKey(year))) {
                return this;
            }
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = LocalDate.of(year, 12, 31);
            LocalDate from = start.isAfter(first) ? start : first;
            LocalDate to = deadline.isBefore(last) ? deadline : last;
            List<Measure> yearly = measures.stream().map(m -> !m.years().containsKey(year)
                    ? m
                    : new Measure(m.id(), m.name() + "（" + year + "年）", m.years().get(year), m.atMost(),
                            m.deadline() != null && m.deadline().isBefore(to) ? m.deadline() : null, Map.of(year, m.years().get(year))))
                    .toList();
            List<StatusRule.Milestone> within = milestones.stream()
                    .filter(ms -> !ms.due().isBefore(from) && !ms.due().isAfter(to)).toList();
            return new TaskFacts(id, unit, from, to, yearly, within, closedOn);
        }
    }

    /** An indicator's target; {@code years} its yearly targets in a plan of several years (empty in a plan of one). */
    record Measure(long id, String name, BigDecimal target, boolean atMost, LocalDate deadline, Map<Integer, BigDecimal> years) {
        Measure(long id, String name, BigDecimal target, boolean atMost, LocalDate deadline) {
            this(id, name, target, atMost, deadline, Map.of());
        }
    }

    record Counted(long taskId, LocalDate periodStarts, String periodLabel, BigDecimal percent, boolean complete,
            Map<Long, BigDecimal> values) {
    }

    /** A task's standing in a period and what it rests on. */
    record Judged(StatusRule.Verdict verdict, boolean needsReport, String basis) {
    }

    /**
     * Plans with a period open today whose standings were last computed before today: the daily
     * job's list (expected progress moves with the calendar, and a due date passing makes 未报送).
     * Every plan whose span reaches today has its periods opened first, so a new month is
     * computed on its first day.
     */
    public List<Long> stalePlans() {
        LocalDate today = periods.today();
        jdbc.sql("""
                select p.id from plan p where p.starts <= :today and p.ends >= :today - 60
                and exists (select 1 from task t where t.plan_id = p.id and t.lead_org_id is not null)""")
                .param("today", today).query(Long.class).list().forEach(periods::open);
        return jdbc.sql("""
                select distinct p.plan_id from reporting_period p
                where p.frozen_at is null and p.starts <= :today
                  and not exists (select 1 from task_standing s where s.period_id = p.id and s.computed_on >= :today)
                  and exists (select 1 from task t where t.plan_id = p.plan_id and t.lead_org_id is not null)
                  and not exists (select 1 from plan_closeout c where c.plan_id = p.plan_id)
                union select plan_id from standing_request""")
                .param("today", today).query(Long.class).list();
    }

    @Transactional
    public void refresh(long planId) {
        refresh(planId, null, null);
    }

    /**
     * As {@link #refresh(long)}, computing only the open periods that end on or after {@code from}
     * (null: all) — a report step changes its own period and, through what it counts, the later
     * ones, never an earlier one; the daily refresh of stale plans computes them all — and only
     * the tasks one unit leads ({@code unit}; null: every task) — a unit's step changes its own
     * tasks' standings and nothing else's: a task's standing rests on its own facts and its lead
     * unit's report (StatusRule). The plan's summaries, totals and attention list are then
     * rewritten from the stored standings as always. Only the stored rows of the unit's tasks are
     * compared and written, so other units' rows stay as they are.
     */
    @Transactional
    public void refresh(long planId, LocalDate from, Long unit) {
        // One refresh of a plan at a time, across instances: two would delete and insert the same rows.
        jdbc.sql("select pg_advisory_xact_lock(7001, cast(:p as int))").param("p", planId).query().listOfRows();
        LocalDate today = periods.today();
        List<ReportingPeriod> open = periods.open(planId).stream().filter(p -> !p.frozen()).toList();
        if (open.isEmpty()) {
            jdbc.sql("delete from attention_item where plan_id = :p").param("p", planId).update();
            return;
        }
        BigDecimal threshold = periods.rule(planId).lagThreshold();
        List<TaskFacts> tasks = tasks(planId, unit);
        Map<String, Map<String, Object>> reports = new HashMap<>();
        jdbc.sql("""
                select r.period_id, r.organisation_id, r.state, r.approved_at::date as approved_on
                from unit_report r join reporting_period p on p.id = r.period_id
                where p.plan_id = :p and (cast(:u as bigint) is null or r.organisation_id = :u)""")
                .param("p", planId).param("u", unit).query().listOfRows()
                .forEach(r -> reports.put(r.get("period_id") + ":" + r.get("organisation_id"), r));
        Map<Long, List<Counted>> counted = counted(planId, unit);

        List<Long> openIds = open.stream().map(ReportingPeriod::id).toList();
        List<ReportingPeriod> computed = from == null ? open : open.stream().filter(p -> !p.ends().isBefore(from)).toList();
        // The last period of a plan whose span has ended stands for the plan until it is closed out: it is
        // measured as of today, so work due at the plan's end and not done reads 超期 the day after, not 未报送 forever.
        LocalDate planEnds = periods.span(planId).ends();
        List<Object[]> rows = new ArrayList<>();
        for (ReportingPeriod period : computed) {
            boolean closing = !period.ends().isBefore(planEnds);
            LocalDate asOf = today.isAfter(period.ends()) && !closing ? period.ends() : today;
            for (TaskFacts t : tasks) {
                if (t.start().isAfter(period.due())) {
                    // Not begun, or given after this period's report was due (a task handed on
                    // mid-month): nothing is expected of it in this period.
                    continue;
                }
                Map<String, Object> report = reports.get(period.id() + ":" + t.unit());
                boolean reported = report != null && ReportState.valueOf((String) report.get("state")).counted();
                boolean returned = report != null && ReportState.valueOf((String) report.get("state")) == ReportState.RETURNED;
                boolean onTime = reported && report.get("approved_on") != null
                        && !((Date) report.get("approved_on")).toLocalDate().isAfter(period.due());
                List<Counted> history = counted.getOrDefault(t.id(), List.of());
                Counted last = history.stream().filter(c -> !c.periodStarts().isAfter(period.starts()))
                        .max(Comparator.comparing(Counted::periodStarts)).orElse(null);
                int year = period.ends().getYear();
                TaskFacts measured = t.inYear(year);
                Judged j = judge(measured, measured == t ? last : sinceYearStart(t, last, history, year), reported, returned, period,
                        asOf, threshold);
                StatusRule.Verdict v = j.verdict();
                rows.add(new Object[]{t.id(), period.id(), t.unit(), v.status().name(), v.completion(), v.expected(),
                        v.reason(), onTime || !j.needsReport(), Date.valueOf(today), j.needsReport(), j.basis(),
                        Date.valueOf(t.deadline()), v.lag(), v.behind()});
            }
        }
        List<Long> computedIds = computed.stream().map(ReportingPeriod::id).toList();
        List<Long> changed = computedIds.isEmpty() ? List.of() : write(planId, unit, computedIds, rows);
        if (!changed.isEmpty()) {
            summarise(changed);
        }
        // Reports submitted count even where no standing changed. A step's refresh (from a day)
        // changes only the periods it computed; the daily one, all of them.
        List<Long> totalled = from == null ? openIds : computedIds;
        if (!totalled.isEmpty()) {
            total(totalled);
        }
        if (from == null || !changed.isEmpty()) {
            listAttention(planId, today); // read from standings: unchanged standings, unchanged list
        }
    }

    /**
     * Writes the computed standings of the given periods, touching only the rows that differ from
     * what is stored (a submission changes one unit's rows of one period; rewriting every row of
     * every open period on each step kept PostgreSQL busy with thousands of row writes and their
     * snapshot-guard triggers — BENCHMARKS.md, "Report saves and submits under load"). A new day
     * changes every row once ({@code computed_on}). Returns the periods in which anything changed.
     */
    private List<Long> write(long planId, Long unit, List<Long> periodIds, List<Object[]> rows) {
        Map<String, Object[]> stored = new HashMap<>();
        jdbc.sql("""
                select task_id, period_id, organisation_id, status, completion, expected, reason, reported_on_time,
                       computed_on, needs_report, basis, deadline, lag, behind
                from task_standing where period_id in (:ids)
                  and (cast(:u as bigint) is null or task_id in (select id from task where plan_id = :p and lead_org_id = :u))""")
                .param("ids", periodIds).param("u", unit).param("p", planId).query((rs, n) -> {
                    Object[] row = new Object[COLUMNS];
                    for (int i = 0; i < COLUMNS; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    return row;
                }).list().forEach(r -> stored.put(r[0] + ":" + r[1], r));
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        Set<Long> changed = new TreeSet<>();
        for (Object[] row : rows) {
            Object[] before = stored.remove(row[0] + ":" + row[1]);
            if (before == null) {
                inserts.add(row);
                changed.add((Long) row[1]);
            } else if (!sameRow(before, row)) {
                Object[] update = new Object[COLUMNS];
                System.arraycopy(row, 2, update, 0, COLUMNS - 2);
                update[COLUMNS - 2] = row[0];
                update[COLUMNS - 1] = row[1];
                updates.add(update);
                changed.add((Long) row[1]);
            }
        }
        List<Object[]> deletes = new ArrayList<>();
        for (Object[] gone : stored.values()) {
            deletes.add(new Object[]{gone[0], gone[1]});
            changed.add(((Number) gone[1]).longValue());
        }
        if (!deletes.isEmpty()) {
            batch.batchUpdate("delete from task_standing where task_id = ? and period_id = ?", deletes);
        }
        if (!updates.isEmpty()) {
            batch.batchUpdate("""
                    update task_standing set organisation_id = ?, status = ?, completion = ?, expected = ?, reason = ?,
                        reported_on_time = ?, computed_on = ?, needs_report = ?, basis = ?, deadline = ?, lag = ?, behind = ?
                    where task_id = ? and period_id = ?""", updates);
        }
        if (!inserts.isEmpty()) {
            batch.batchUpdate("""
                    insert into task_standing (task_id, period_id, organisation_id, status, completion, expected, reason,
                        reported_on_time, computed_on, needs_report, basis, deadline, lag, behind)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserts);
        }
        return List.copyOf(changed);
    }

    /** The same standing, column by column: numbers by value (2 = 2.00), dates by day. */
    private static boolean sameRow(Object[] stored, Object[] computed) {
        for (int i = 2; i < COLUMNS; i++) {
            if (!sameValue(stored[i], computed[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameValue(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        if (a instanceof java.util.Date x && b instanceof java.util.Date y) {
            return new Date(x.getTime()).toLocalDate().equals(new Date(y.getTime()).toLocalDate());
        }
        return a.toString().equals(b.toString());
    }

    /** The plan's current period's lagging, overdue and unreported tasks, the worst first by severity. */
    private void listAttention(long planId, LocalDate today) {
        jdbc.sql("delete from attention_item where plan_id = :p").param("p", planId).update();
        jdbc.sql("""
                insert into attention_item (task_id, plan_id, area_id, year, organisation_id, status, severity, completion, reason)
                select s.task_id, pl.id, pl.area_id, extract(year from p.starts)::int, s.organisation_id, s.status,
                       case s.status when 'OVERDUE' then 0 when 'NOT_REPORTED' then 1 else 2 end,
                       s.completion, s.reason
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
    }

    /** Rewrites the totals of the given (open) periods: one row each, from their summaries and submitted reports. */
    private void total(List<Long> periodIds) {
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

    /**
     * Cumulative values as the year's own progress: for each indicator with a target for the year,
     * what was reached since the last report counted before the year began.
     */
    static Counted sinceYearStart(TaskFacts t, Counted last, List<Counted> history, int year) {
        if (last == null) {
            return null;
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        Counted before = history.stream().filter(c -> c.periodStarts().isBefore(first))
                .max(Comparator.comparing(Counted::periodStarts)).orElse(null);
        if (before == null) {
            return last; // nothing reported in earlier years: all of it was reached in this one
        }
        Map<Long, BigDecimal> values = new HashMap<>(last.values());
        if (last.periodStarts().isBefore(first)) {
            // Nothing reported yet this year: of this year's target, nothing is reached.
            t.measures().stream().filter(m -> m.years().containsKey(year)).forEach(m -> values.put(m.id(), BigDecimal.ZERO));
            return new Counted(last.taskId(), last.periodStarts(), last.periodLabel(), last.percent(), false, values);
        }
        for (Measure m : t.measures()) {
            BigDecimal now = values.get(m.id());
            BigDecimal then = before.values().get(m.id());
            if (m.years().containsKey(year) && now != null && then != null) {
                values.put(m.id(), now.subtract(then));
            }
        }
        return new Counted(last.taskId(), last.periodStarts(), last.periodLabel(), last.percent(), last.complete(), values);
    }

    /**
     * A task in a period, told in one sentence that every output quotes. Accepted as done earlier:
     * done, 100 %, no report needed. Otherwise the figure comes from the latest counted values (this
     * period's, or the last before it) and the status from them — except that a task past its
     * deadline and not done is 超期 whatever else is true of it (a missing report is said beside it,
     * conventions.md), and a report missing past its due date is otherwise 未报送, keeping the
     * figure it had, so completion means the same thing on every page.
     */
    static Judged judge(TaskFacts t, Counted last, boolean reported, boolean returned, ReportingPeriod period, LocalDate asOf,
            BigDecimal threshold) {
        if (t.closedOn() != null && !t.closedOn().isAfter(period.ends())) {
            // The office accepted the unit's 办结: done, and no report is asked for any more.
            return new Judged(new StatusRule.Verdict(TaskStatus.DONE, BigDecimal.valueOf(100), null,
                    "已于" + CountyTime.monthDayOf(t.closedOn()) + "办结"), false, null);
        }
        if (last != null && last.complete() && last.periodStarts().isBefore(period.starts())) {
            return new Judged(new StatusRule.Verdict(TaskStatus.DONE, BigDecimal.valueOf(100), null,
                    "已于" + last.periodLabel() + "报告完成"), false, last.periodLabel());
        }
        boolean missing = !reported && asOf.isAfter(period.due());
        boolean thisPeriod = last != null && last.periodStarts().equals(period.starts());
        boolean pastDeadline = asOf.isAfter(t.deadline());
        String basis = last == null ? null : last.periodLabel();
        // How this period's report stands, when it is not (yet) what the figures rest on.
        String owed = returned
                ? "本期报送已退回，尚未重报"
                : missing
                        ? "本期未报送"
                        : reported
                                ? ""
                                : "本期尚未报送（截止" + CountyTime.monthDayOf(period.due()) + "）";
        if (last == null) {
            if (pastDeadline) {
                return new Judged(new StatusRule.Verdict(TaskStatus.OVERDUE, null, null,
                        StatusRule.overdue(t.deadline(), asOf) + "，" + (owed.isEmpty() ? "" : owed + "，") + "尚无报送数据"), true, null);
            }
            return new Judged(new StatusRule.Verdict(TaskStatus.NOT_REPORTED, null, null,
                    (owed.isEmpty() ? "" : owed + "，") + "尚无报送数据"), true, null);
        }
        StatusRule.Verdict figures = byValues(t, last, asOf, threshold);
        if (reported || thisPeriod) {
            return new Judged(figures, true, basis);
        }
        // The figures are an earlier period's: the sentence says whose, and how this period's report stands.
        String said = owed + "，按" + last.periodLabel() + "报送数据：";
        if (figures.status() == TaskStatus.OVERDUE || figures.status() == TaskStatus.DONE) {
            return new Judged(figures.saying(figures.status(), said + figures.reason()), true, basis);
        }
        if (pastDeadline) {
            return new Judged(figures.saying(TaskStatus.OVERDUE, said + figures.reason() + "，" + StatusRule.overdue(t.deadline(), asOf)),
                    true, basis);
        }
        return new Judged(figures.saying(missing || returned ? TaskStatus.NOT_REPORTED : figures.status(), said + figures.reason()),
                true, basis);
    }

    /**
     * The status and the one completion figure from a set of reported values: the worst
     * indicator's status, expected progress and lag (a lagging indicator is not hidden by one ahead
     * of schedule); completion the mean of the indicators' completions, each capped at 100. With
     * several indicators the sentence names the one the status rests on:
     * 完成61.7%，其中新建村级互助养老服务站完成58.3%，按时序应达91.5%，滞后33.2个百分点.
     */
    static StatusRule.Verdict byValues(TaskFacts t, Counted last, LocalDate asOf, BigDecimal threshold) {
        if (t.measures().isEmpty()) {
            StatusRule.Verdict v = StatusRule.judge(new StatusRule.Facts(BigDecimal.valueOf(100), false, last.percent(), t.start(),
                    t.deadline(), t.milestones(), threshold, asOf));
            BigDecimal c = v.completion() == null ? null : v.completion().min(BigDecimal.valueOf(100));
            return new StatusRule.Verdict(v.status(), c, v.expected(), v.lag(), null, lead(c, v.reason()));
        }
        List<StatusRule.Verdict> verdicts = new ArrayList<>();
        for (Measure m : t.measures()) {
            verdicts.add(StatusRule.judge(facts(t, m, last.values().get(m.id()), threshold, asOf)));
        }
        int worst = 0;
        for (int i = 1; i < verdicts.size(); i++) {
            if (verdicts.get(i).status().severity() > verdicts.get(worst).status().severity()) {
                worst = i;
            }
        }
        StatusRule.Verdict w = verdicts.get(worst);
        BigDecimal completion = average(verdicts);
        if (verdicts.size() == 1) {
            return new StatusRule.Verdict(w.status(), completion, w.expected(), w.lag(), null, lead(completion, w.reason()));
        }
        String name = t.measures().get(worst).name();
        String reason = (completion == null ? "" : "完成" + StatusRule.figure(completion) + "%，") + "其中" + name
                + (w.reason().startsWith("完成") ? "" : "：") + w.reason();
        return new StatusRule.Verdict(w.status(), completion, w.expected(), w.lag(), name, reason);
    }

    /**
     * An indicator with a date of its own before the task's deadline (6月底前建成6个 within a task
     * due at the year's end) is a milestone of the task: until that date it is measured by time
     * towards it; after it, it is expected whole, and falling short makes the task 滞后 — 超期 only
     * when the task's own deadline has passed. So moving a task's deadline moves what 超期 means.
     */
    private static StatusRule.Facts facts(TaskFacts t, Measure m, BigDecimal actual, BigDecimal threshold, LocalDate asOf) {
        LocalDate own = m.deadline();
        if (own == null || !own.isBefore(t.deadline()) || !asOf.isAfter(own)) {
            LocalDate deadline = own != null ? own : t.deadline();
            return new StatusRule.Facts(m.target(), m.atMost(), actual, t.start(), deadline, t.milestones(), threshold, asOf);
        }
        List<StatusRule.Milestone> milestones = new ArrayList<>(t.milestones());
        milestones.add(new StatusRule.Milestone(own, BigDecimal.valueOf(100)));
        return new StatusRule.Facts(m.target(), m.atMost(), actual, t.start(), t.deadline(), milestones, threshold, asOf);
    }

    /** A reason that opens with the task's completion figure (a ≤ target or a capped over-fulfilment says 100). */
    private static String lead(BigDecimal completion, String reason) {
        if (completion == null) {
            return reason;
        }
        String figure = "完成" + StatusRule.figure(completion) + "%";
        if (reason.startsWith(figure)) {
            return reason;
        }
        String rest = reason.startsWith("完成") && reason.indexOf('，') > 0 ? reason.substring(reason.indexOf('，') + 1) : reason;
        return figure + "（" + rest + "）";
    }

    /** The mean of the indicators' completions, each capped at 100%: over-fulfilling one does not hide another. */
    private static BigDecimal average(List<StatusRule.Verdict> verdicts) {
        List<BigDecimal> known = verdicts.stream().map(StatusRule.Verdict::completion).filter(Objects::nonNull)
                .map(c -> c.min(BigDecimal.valueOf(100))).toList();
        if (known.isEmpty()) {
            return null;
        }
        boolean done = verdicts.stream().allMatch(v -> v.status() == TaskStatus.DONE);
        return StatusRule.percent(known.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(known.size()), 6, RoundingMode.HALF_UP), done);
    }

    private List<TaskFacts> tasks(long planId, Long unit) {
        // unit: only the tasks it leads (null: all); the same condition in each statement.
        String only = " and (cast(:u as bigint) is null or t.lead_org_id = :u)";
        Map<Long, Map<Integer, BigDecimal>> years = new HashMap<>();
        jdbc.sql("""
                select y.indicator_id, y.year, y.target_value from indicator_year_target y join indicator i on i.id = y.indicator_id
                join task t on t.id = i.task_id where t.plan_id = :p""" + only)
                .param("p", planId).param("u", unit).query((rs, n) -> years.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .put(rs.getInt(2), rs.getBigDecimal(3)))
                .list();
        Map<Long, List<Measure>> measures = new HashMap<>();
        jdbc.sql("""
                select i.id, i.task_id, i.name, i.target_value, i.comparator, i.deadline from indicator i join task t on t.id = i.task_id
                where t.plan_id = :p and i.kind = 'target' and i.target_value is not null""" + only + " order by i.position")
                .param("p", planId).param("u", unit)
                .query((rs, n) -> measures.computeIfAbsent(rs.getLong("task_id"), k -> new ArrayList<>())
                        .add(new Measure(rs.getLong("id"), rs.getString("name"), rs.getBigDecimal("target_value"),
                                "<=".equals(rs.getString("comparator")), rs.getObject("deadline", LocalDate.class),
                                years.getOrDefault(rs.getLong("id"), Map.of()))))
                .list();
        Map<Long, List<StatusRule.Milestone>> milestones = new HashMap<>();
        jdbc.sql("select m.task_id, m.due, m.expected_percent from milestone m join task t on t.id = m.task_id where t.plan_id = :p" + only)
                .param("p", planId).param("u", unit).query((rs, n) -> milestones.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new StatusRule.Milestone(rs.getObject(2, LocalDate.class), rs.getBigDecimal(3))))
                .list();
        // Without dates of its own a task runs over its plan's span.
        return jdbc.sql("""
                select t.id, t.lead_org_id, coalesce(t.start_date, pl.starts) as starts, coalesce(t.deadline, pl.ends) as deadline,
                       t.closed_at::date as closed_on
                from task t join plan pl on pl.id = t.plan_id where t.plan_id = :p and t.lead_org_id is not null""" + only)
                .param("p", planId).param("u", unit).query((rs, n) -> {
                    long id = rs.getLong("id");
                    return new TaskFacts(id, rs.getLong("lead_org_id"), rs.getObject("starts", LocalDate.class),
                            rs.getObject("deadline", LocalDate.class), measures.getOrDefault(id, List.of()),
                            milestones.getOrDefault(id, List.of()), rs.getObject("closed_on", LocalDate.class));
                }).list();
    }

    /** Each task's counted entry in each period (see counted_entry in V7), with its values. */
    private Map<Long, List<Counted>> counted(long planId, Long unit) {
        String only = " where (cast(:u as bigint) is null or c.task_id in (select id from task where plan_id = :p and lead_org_id = :u))";
        Map<Long, Map<Long, BigDecimal>> values = new HashMap<>();
        List<Map<String, Object>> rows = jdbc.sql("""
                select entry_id, task_id, period_starts, period_label, percent_done, complete from counted_entry(:p) c""" + only)
                .param("p", planId).param("u", unit).query().listOfRows();
        if (!rows.isEmpty()) {
            jdbc.sql("select entry_id, indicator_id, actual from entry_value where entry_id in (select c.entry_id from counted_entry(:p) c"
                    + only + ")")
                    .param("p", planId).param("u", unit)
                    .query((rs, n) -> values.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getBigDecimal(3)))
                    .list();
        }
        Map<Long, List<Counted>> out = new HashMap<>();
        for (Map<String, Object> r : rows) {
            long entry = ((Number) r.get("entry_id")).longValue();
            long task = ((Number) r.get("task_id")).longValue();
            out.computeIfAbsent(task, k -> new ArrayList<>()).add(new Counted(task, ((Date) r.get("period_starts")).toLocalDate(),
                    (String) r.get("period_label"), (BigDecimal) r.get("percent_done"), (Boolean) r.get("complete"),
                    values.getOrDefault(entry, Map.of())));
        }
        return out;
    }
}
