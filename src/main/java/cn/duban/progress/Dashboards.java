package cn.duban.progress;

import cn.duban.refusal.NotFound;
import cn.duban.time.CountyTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the office and leaders read: completion by unit, status counts, the trend over periods,
 * what is lagging or overdue, the 红黑榜 and each unit's reporting burden. All of it reads
 * task_standing for each plan's current period (the one today falls in; for a plan of a past
 * year, its last), for the plans of the given areas (a county, or every county of a province
 * for the roll-up).
 */
@Component
public class Dashboards {

    /** Each plan's current period: the latest begun by today; this year's plans unless one plan is asked for. */
    private static final String CURRENT_PERIODS = """
            from plan pl
            join reporting_period p on p.plan_id = pl.id and p.starts = (
                select max(q.starts) from reporting_period q where q.plan_id = pl.id and q.starts <= :today)
            """;
    private static final String OF_AREAS = """
            where pl.area_id in (:areas)
              and (pl.id = :plan or (:plan::bigint is null and %s))
            """.formatted(Dashboards.COVERED);

    /**
     * The plans the dashboard covers: every plan begun by the year's end and not closed out — a plan of an
     * earlier year stays, its undone tasks 超期, until the office closes it out (年度收官).
     */
    static final String COVERED = """
            pl.starts <= make_date(:year, 12, 31) and not exists (select 1 from plan_closeout c where c.plan_id = pl.id)""";

    private final JdbcClient jdbc;
    private final ReportingPeriods periods;
    private final ObjectProvider<AssessmentBasis> assessment;
    private final HandedOnWork handedOn;
    private final ObjectProvider<OverdueRectifications> overdue;

    Dashboards(JdbcClient jdbc, ReportingPeriods periods, ObjectProvider<AssessmentBasis> assessment,
            HandedOnWork handedOn, ObjectProvider<OverdueRectifications> overdue) {
        this.overdue = overdue;
        this.jdbc = jdbc;
        this.periods = periods;
        this.assessment = assessment;
        this.handedOn = handedOn;
    }

    /**
     * A task's standing now: its newest period's, or — for a task handed on (split among units or
     * assigned to the areas below), which reports through its parts — its roll-up as the roll-up page
     * computes it. Every list that shows one status per task shows this one.
     */
    public Optional<PeriodStanding> latestStanding(long taskId) {
        List<PeriodStanding> all = standingsOf(taskId);
        if (!all.isEmpty()) {
            return Optional.of(all.get(0));
        }
        boolean handedOn = jdbc.sql("select task_handed_on(:t)").param("t", taskId).query(Boolean.class).single();
        if (!handedOn) {
            return Optional.empty();
        }
        HandedOnWork.RollUp n = this.handedOn.of(taskId, periods.today());
        return Optional.of(new PeriodStanding(0, "逐级汇总（截至" + CountyTime.dayOf(periods.today()) + "）", n.status(),
                n.completion(), null, n.reason(), false));
    }

    /** The period's 红黑榜 settings: the plan's, scored by its 考核 scheme where it has one. */
    public RankingRule.Settings rankingSettings(ReportingPeriod period) {
        RankingRule.Settings settings = periods.rule(period.planId()).ranking();
        AssessmentBasis basis = assessment.getIfAvailable();
        return basis == null ? settings : basis.of(period.planId(), period.ends()).map(settings::assessedBy).orElse(settings);
    }

    /** A unit's (or, for a roll-up, an area's) figures; {@code unsigned} counts shares assigned to an area not yet signed for. */
    public record UnitCompletion(long unitId, String unitName, long tasks, BigDecimal completion, long done,
            long onTrack, long lagging, long overdue, long notReported, long unsigned) {
    }

    public record StatusCount(TaskStatus status, long count) {
    }

    public record TrendPoint(String label, LocalDate starts, Map<TaskStatus, Long> counts) {
    }

    public record Attention(long taskId, String title, long unitId, String unitName, TaskStatus status, BigDecimal completion,
            String reason, long planId) {
    }

    public record Burden(long unitId, String unitName, long reports, long items, long prefilled, long unchanged,
            BigDecimal minutes) {
    }

    /**
     * Completion by unit, worst first; for a roll-up ({@code byArea}) by county, from the
     * per-period totals (one row per plan) rather than one row per unit.
     */
    public List<UnitCompletion> byUnit(Collection<Long> areas, Long plan, LocalDate today, boolean byArea) {
        if (byArea) {
            return byArea(areas, plan, today);
        }
        return jdbc.sql("""
                select ps.organisation_id as unit_id, o.name as unit_name, sum(ps.tasks) as tasks,
                       %4$s as completion,
                       sum(ps.done) as done, sum(ps.on_track) as on_track, sum(ps.lagging) as lagging,
                       sum(ps.overdue) as overdue, sum(ps.not_reported) as not_reported, 0 as unsigned
                %1$s join period_summary ps on ps.period_id = p.id join organisation o on o.id = ps.organisation_id
                %2$s
                group by ps.organisation_id, o.name having sum(ps.tasks) > 0
                order by completion, o.name""".formatted(CURRENT_PERIODS, OF_AREAS, null,
                StatusRule.PERCENT_SQL.formatted("sum(ps.completion_sum) / nullif(sum(ps.tasks), 0)", "sum(ps.done) = sum(ps.tasks)")))
                .param("areas", areas).param("plan", plan).param("today", today).param("year", today.getYear()).query(UnitCompletion.class)
                .list();
    }

    /**
     * A roll-up by area (a city's view): every area below the office's own — a county with no plan yet and
     * work assigned to it but not signed for included, so that no county the city assigned to is missing —
     * from the per-period totals of its plans, the office's own plans left out (their work is the areas').
     */
    private List<UnitCompletion> byArea(Collection<Long> areas, Long plan, LocalDate today) {
        // Shares the office assigned and not yet signed for: asked of the module that hands work on.
        Map<Long, Long> unsigned = handedOn.unsignedByArea(jdbc.sql("""
                select id from organisation where id in (:areas) and (parent_id is null or parent_id not in (:areas))""")
                .param("areas", areas).query(Long.class).list());
        return jdbc.sql("""
                with own as (select id from organisation where id in (:areas)
                             and (parent_id is null or parent_id not in (:areas))),
                figures as (
                    select pl.area_id, sum(ps.tasks) as tasks, sum(ps.completion_sum) as completion_sum, sum(ps.done) as done,
                           sum(ps.on_track) as on_track, sum(ps.lagging) as lagging, sum(ps.overdue) as overdue,
                           sum(ps.not_reported) as not_reported
                    %1$s join period_total ps on ps.period_id = p.id
                    %2$s
                    group by pl.area_id)
                select o.id as unit_id, o.name as unit_name, coalesce(f.tasks, 0) as tasks,
                       case when coalesce(f.tasks, 0) = 0 then null else %3$s end as completion,
                       coalesce(f.done, 0) as done, coalesce(f.on_track, 0) as on_track, coalesce(f.lagging, 0) as lagging,
                       coalesce(f.overdue, 0) as overdue, coalesce(f.not_reported, 0) as not_reported, 0 as unsigned
                from organisation o left join figures f on f.area_id = o.id
                where o.id in (:areas) and o.id not in (select id from own)
                  and (coalesce(f.tasks, 0) > 0 or o.id in (:unsigned))
                order by completion nulls first, o.name""".formatted(CURRENT_PERIODS, OF_AREAS,
                StatusRule.PERCENT_SQL.formatted("f.completion_sum / nullif(f.tasks, 0)", "f.done = f.tasks")))
                .param("areas", areas).param("plan", plan).param("today", today).param("year", today.getYear())
                .param("unsigned", unsigned.isEmpty() ? List.of(-1L) : unsigned.keySet()).query(UnitCompletion.class).list()
                .stream().map(u -> new UnitCompletion(u.unitId(), u.unitName(), u.tasks(), u.completion(), u.done(), u.onTrack(),
                        u.lagging(), u.overdue(), u.notReported(), unsigned.getOrDefault(u.unitId(), 0L)))
                .toList();
    }

    /** The office's own tasks handed on to the areas below, each with its roll-up as its roll-up page shows it. */
    public List<HandedOnWork.RollUp> handedOn(long area, LocalDate today) {
        return jdbc.sql("""
                select t.id from task t join plan pl on pl.id = t.plan_id
                where pl.area_id = :a and t.part_of is null and task_handed_on(t.id)
                  and not exists (select 1 from plan_closeout c where c.plan_id = pl.id)
                order by pl.id, t.position limit 50""")
                .param("a", area).query(Long.class).list().stream().map(id -> handedOn.of(id, today)).toList();
    }

    public List<StatusCount> statusCounts(Collection<Long> areas, Long plan, LocalDate today) {
        Map<String, Object> row = jdbc.sql("""
                select coalesce(sum(ps.done), 0) as done, coalesce(sum(ps.on_track), 0) as on_track,
                       coalesce(sum(ps.lagging), 0) as lagging, coalesce(sum(ps.overdue), 0) as overdue,
                       coalesce(sum(ps.not_reported), 0) as not_reported
                """ + CURRENT_PERIODS + " join period_total ps on ps.period_id = p.id " + OF_AREAS)
                .param("areas", areas).param("plan", plan).param("today", today).param("year", today.getYear()).query().singleRow();
        return List.of(new StatusCount(TaskStatus.DONE, ((Number) row.get("done")).longValue()),
                new StatusCount(TaskStatus.ON_TRACK, ((Number) row.get("on_track")).longValue()),
                new StatusCount(TaskStatus.LAGGING, ((Number) row.get("lagging")).longValue()),
                new StatusCount(TaskStatus.OVERDUE, ((Number) row.get("overdue")).longValue()),
                new StatusCount(TaskStatus.NOT_REPORTED, ((Number) row.get("not_reported")).longValue()));
    }

    /** Status counts period by period for the year's plans (frozen periods as issued). */
    public List<TrendPoint> trend(Collection<Long> areas, Long plan, int year) {
        return jdbc
                .sql("""
                        select p.label, min(p.starts) as starts, sum(ps.done) as done, sum(ps.on_track) as on_track,
                               sum(ps.lagging) as lagging, sum(ps.overdue) as overdue, sum(ps.not_reported) as not_reported
                        from plan pl join reporting_period p on p.plan_id = pl.id join period_total ps on ps.period_id = p.id
                        where pl.area_id in (:areas) and p.starts between make_date(:year, 1, 1) and make_date(:year, 12, 31) and (:plan::bigint is null or pl.id = :plan)
                        group by p.label order by starts, p.label""")
                .param("areas", areas).param("year", year).param("plan", plan)
                .query((rs, n) -> {
                    Map<TaskStatus, Long> counts = new LinkedHashMap<>();
                    counts.put(TaskStatus.DONE, rs.getLong("done"));
                    counts.put(TaskStatus.ON_TRACK, rs.getLong("on_track"));
                    counts.put(TaskStatus.LAGGING, rs.getLong("lagging"));
                    counts.put(TaskStatus.OVERDUE, rs.getLong("overdue"));
                    counts.put(TaskStatus.NOT_REPORTED, rs.getLong("not_reported"));
                    return new TrendPoint(rs.getString("label"), rs.getObject("starts", LocalDate.class), counts);
                }).list();
    }

    /** The areas whose plans an office at {@code area} oversees: itself, and for a province or city every area below. */
    public List<Long> areasUnder(long area) {
        return jdbc.sql("""
                with recursive below(id, kind) as (
                    select id, kind from organisation where id = :a
                    union all
                    select o.id, o.kind from organisation o join below b on o.parent_id = b.id
                    where o.kind in ('PROVINCE', 'CITY', 'COUNTY'))
                select id from below""")
                .param("a", area).query(Long.class).list();
    }

    /** The area a plan belongs to; none for a plan that does not exist. */
    public long areaOfPlan(long planId) {
        return jdbc.sql("select area_id from plan where id = :p").param("p", planId).query(Long.class).optional()
                .orElseThrow(() -> new NotFound("计划不存在或无权查看"));
    }

    /** The plans of the areas, newest first, for the filters. */
    public List<Map.Entry<Long, String>> plansOf(Collection<Long> areas) {
        return jdbc.sql("select id, title from plan where area_id in (:a) order by year desc, id desc")
                .param("a", areas).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
    }

    /** One task's standing in each period, newest first. */
    public record PeriodStanding(long periodId, String label, TaskStatus status, BigDecimal completion, BigDecimal expected,
            String reason, boolean frozen) {
    }

    public List<PeriodStanding> standingsOf(long taskId) {
        return jdbc.sql("""
                select p.id as period_id, p.label, s.status, s.completion, s.expected, s.reason, p.frozen_at is not null as frozen
                from task_standing s join reporting_period p on p.id = s.period_id
                where s.task_id = :t order by p.starts desc""")
                .param("t", taskId).query(PeriodStanding.class).list();
    }

    /** The plans in which a unit leads a task, with their titles. */
    public List<Map.Entry<Long, String>> plansLedBy(long unit) {
        return jdbc.sql("""
                select pl.id, pl.title from plan pl
                where exists (select 1 from task t where t.plan_id = pl.id and t.lead_org_id = :u)
                order by pl.year desc, pl.id desc""")
                .param("u", unit).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
    }

    /** Lagging, overdue and unreported tasks (of one unit, when given), the furthest behind first. */
    public List<Attention> attention(Collection<Long> areas, Long plan, LocalDate today, int limit, Long unit) {
        // attention_item holds each plan's current list, kept by Standings; the worst come first off its index.
        return jdbc.sql("""
                with worst as (
                    select a.task_id, a.organisation_id, a.status, a.completion, a.reason, a.plan_id, a.severity
                    from attention_item a join plan pl on pl.id = a.plan_id
                    where a.area_id in (:areas) and (a.plan_id = :plan or (:plan::bigint is null and %s))
                      and (:unit::bigint is null or a.organisation_id = :unit)
                    order by a.severity, a.completion, a.task_id limit :limit)
                select w.task_id, t.title, w.organisation_id as unit_id, o.name as unit_name, w.status,
                       w.completion,
                       w.reason, w.plan_id
                from worst w join task t on t.id = w.task_id join organisation o on o.id = w.organisation_id
                order by w.severity, w.completion, w.task_id""".formatted(COVERED))
                .param("areas", areas).param("plan", plan).param("today", today).param("year", today.getYear()).param("limit", limit)
                .param("unit", unit).query(Attention.class).list();
    }

    /**
     * The 红黑榜 of one period by {@link RankingRule}, with the plan's settings. A frozen period's
     * is the one kept when it was frozen; before that it is computed from the period's standings,
     * its reports' timeliness, and the 整改事项 overdue by the period's end (or today, if sooner).
     */
    public RankingRule.Ranking ranking(long periodId) {
        ReportingPeriod period = periods.find(periodId).orElseThrow(() -> new NotFound("报送期不存在或无权查看"));
        RankingRule.Settings settings = rankingSettings(period);
        if (period.frozen()) {
            List<RankingRule.Ranked> kept = jdbc.sql("""
                    select rank, organisation_id as unit_id, unit_name, tasks, completion, timeliness,
                           overdue_rectifications, score, list
                    from period_ranking where period_id = :p order by rank, unit_name""")
                    .param("p", periodId).query(RankingRule.Ranked.class).list();
            if (!kept.isEmpty()) { // (periods frozen before rankings were kept are computed as below)
                return RankingRule.kept(kept, settings);
            }
        }
        return RankingRule.rank(rankingFacts(period), settings);
    }

    /** Each unit's facts for the period, as {@link RankingRule} weighs them. */
    List<RankingRule.UnitFacts> rankingFacts(ReportingPeriod period) {
        LocalDate asOf = period.ends().isBefore(periods.today()) ? period.ends() : periods.today();
        List<RankingRule.UnitFacts> facts = jdbc.sql("""
                select s.organisation_id as unit_id, o.name as unit_name, count(*) as tasks,
                       """ + StatusRule.PERCENT_SQL.formatted("avg(least(coalesce(s.completion, 0), 100))", "bool_and(s.status = 'DONE')")
                + """
                                as completion,
                               avg(case when s.completion is null then 0
                                        when s.expected is null or s.expected <= 0 then least(s.completion, 100)
                                        else least(100, s.completion * 100 / s.expected) end) as schedule_completion,
                               count(*) filter (where s.reported_on_time)::numeric / count(*) as on_time_share,
                               case when not bool_or(s.needs_report) then 'NOT_NEEDED'
                                    when r.state in ('APPROVED', 'ACCEPTED') and r.approved_at::date <= p.due then 'ON_TIME'
                                    when r.state in ('APPROVED', 'ACCEPTED') then 'LATE' else 'MISSING' end as timeliness
                        from task_standing s join reporting_period p on p.id = s.period_id
                        join organisation o on o.id = s.organisation_id
                        left join unit_report r on r.period_id = s.period_id and r.organisation_id = s.organisation_id
                        where s.period_id = :p
                        group by s.organisation_id, o.name, r.state, r.approved_at, p.due""")
                .param("p", period.id())
                .query((rs, n) -> new RankingRule.UnitFacts(rs.getLong("unit_id"), rs.getString("unit_name"), rs.getLong("tasks"),
                        rs.getBigDecimal("completion"), RankingRule.Timeliness.valueOf(rs.getString("timeliness")), 0,
                        rs.getBigDecimal("schedule_completion"), rs.getBigDecimal("on_time_share")))
                .list();
        // Overdue 整改事项 are the findings' module's to count (it implements the port); none where it is absent.
        OverdueRectifications findings = overdue.getIfAvailable();
        Map<Long, Long> counts = findings == null
                ? Map.of()
                : findings.overdueOn(facts.stream().map(RankingRule.UnitFacts::unitId).toList(), asOf);
        return facts.stream().map(u -> new RankingRule.UnitFacts(u.unitId(), u.unitName(), u.tasks(), u.completion(), u.timeliness(),
                counts.getOrDefault(u.unitId(), 0L), u.scheduleCompletion(), u.onTimeShare())).toList();
    }

    /** A task with no 牵头单位: nobody is asked to report it, so the office must see it listed. */
    public record Unassigned(long taskId, String title, long planId) {
    }

    /** The tasks still 待明确牵头单位 in the plans the dashboard covers (plans whose span reaches today's year). */
    public List<Unassigned> unassigned(Collection<Long> areas, Long plan, LocalDate today) {
        return jdbc.sql("""
                select t.id as task_id, t.title, t.plan_id from task t join plan pl on pl.id = t.plan_id
                where t.lead_org_id is null and pl.area_id in (:areas)
                  and not task_handed_on(t.id)
                  and (pl.id = :plan or (:plan::bigint is null and pl.starts <= :yearEnd and pl.ends >= :yearStart))
                order by pl.id, t.position limit 200""")
                .param("areas", areas).param("plan", plan).param("yearStart", today.withDayOfYear(1))
                .param("yearEnd", today.withDayOfYear(today.lengthOfYear())).query(Unassigned.class).list();
    }

    /** Reporting burden per unit: items reported, how many pre-filled or "no change", minutes with the form open. */
    public List<Burden> burden(Collection<Long> areas, int year, boolean byArea) {
        if (byArea) {
            // A roll-up reads the per-period totals: one row per plan and period.
            return jdbc.sql("""
                    select pl.area_id as unit_id, o.name as unit_name, sum(t.reports) as reports, sum(t.items) as items,
                           sum(t.prefilled) as prefilled, sum(t.unchanged) as unchanged, round(sum(t.minutes), 1) as minutes
                    from plan pl join reporting_period p on p.plan_id = pl.id join period_total t on t.period_id = p.id
                    join organisation o on o.id = pl.area_id
                    where pl.area_id in (:areas) and p.starts between make_date(:year, 1, 1) and make_date(:year, 12, 31)
                    group by pl.area_id, o.name having sum(t.reports) > 0 order by items desc, o.name""")
                    .param("areas", areas).param("year", year).query(Burden.class).list();
        }
        return jdbc
                .sql("""
                        select r.organisation_id as unit_id, o.name as unit_name, count(*) as reports,
                               coalesce(sum(r.items), 0) as items, coalesce(sum(r.prefilled_items), 0) as prefilled,
                               coalesce(sum(r.unchanged_items), 0) as unchanged, round(sum(r.minutes_spent), 1) as minutes
                        from unit_report r join reporting_period p on p.id = r.period_id join plan pl on pl.id = p.plan_id
                        join organisation o on o.id = r.organisation_id
                        where pl.area_id in (:areas) and p.starts between make_date(:year, 1, 1) and make_date(:year, 12, 31) and r.submitted_at is not null
                        group by r.organisation_id, o.name order by items desc, o.name""")
                .param("areas", areas).param("year", year).query(Burden.class).list();
    }

}
