package cn.duban.progress;

import cn.duban.audit.AuditTrail;
import cn.duban.time.CountyTime;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 年度收官: once a plan's span has ended, the office closes it out. Each task is recorded 已完成 or
 * 未完成 with its last standing (the plan's last period, as of the plan's end) — the figures every
 * output showed; the plan then leaves the dashboard, the daily lists and the daily computation, and
 * stays for search, 考核 and export. Until then a plan that has ended stays on the dashboard, where its
 * undone tasks show as 超期.
 */
@Service
public class CloseOut {

    private final JdbcClient jdbc;
    private final ReportingPeriods periods;
    private final Standings standings;
    private final AuditTrail audit;

    CloseOut(JdbcClient jdbc, ReportingPeriods periods, Standings standings, AuditTrail audit) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.standings = standings;
        this.audit = audit;
    }

    /** A task as the close-out records it. */
    public record Outcome(long taskId, String number, String title, String unit, boolean done, TaskStatus status,
            BigDecimal completion, String reason) {
    }

    /** A closed plan: when, by whom, as of which day. */
    public record Closed(long planId, LocalDate asOf, OffsetDateTime closedAt, String closedBy) {
    }

    /** Plans of the areas whose span has ended and which are not closed out yet: the office's to-do. */
    public record Due(long planId, String title, LocalDate ends) {
    }

    public List<Due> due(Collection<Long> areas) {
        return jdbc.sql("""
                select pl.id as plan_id, pl.title, pl.ends from plan pl
                where pl.area_id in (:a) and pl.ends < :today
                  and not exists (select 1 from plan_closeout c where c.plan_id = pl.id)
                  and exists (select 1 from task t where t.plan_id = pl.id)
                order by pl.ends, pl.id""")
                .param("a", areas).param("today", periods.today()).query(Due.class).list();
    }

    public Optional<Closed> closed(long planId) {
        return jdbc.sql("select plan_id, as_of, closed_at, closed_by from plan_closeout where plan_id = :p")
                .param("p", planId).query(Closed.class).optional();
    }

    /**
     * What closing out would record (before) or did record (after): each led task with its last
     * standing. Before the close-out the standings are brought up to the plan's end first.
     */
    public List<Outcome> outcomes(long planId) {
        if (closed(planId).isPresent()) {
            return jdbc.sql("""
                    select o.task_id, t.number, t.title, coalesce(u.name, '') as unit, o.outcome = 'DONE' as done, o.status,
                           o.completion, o.reason
                    from task_outcome o join task t on t.id = o.task_id left join organisation u on u.id = t.lead_org_id
                    where o.plan_id = :p order by t.position""")
                    .param("p", planId).query(Outcome.class).list();
        }
        return lastStandings(planId);
    }

    private List<Outcome> lastStandings(long planId) {
        return jdbc.sql("""
                select t.id as task_id, t.number, t.title, coalesce(u.name, '') as unit, s.status = 'DONE' as done, s.status,
                       s.completion, s.reason
                from task t left join organisation u on u.id = t.lead_org_id
                join lateral (
                    select ts.status, ts.completion, ts.reason from task_standing ts
                    join reporting_period p on p.id = ts.period_id
                    where ts.task_id = t.id order by p.starts desc limit 1) s on true
                where t.plan_id = :p order by t.position""")
                .param("p", planId).query(Outcome.class).list();
    }

    /** Closes the plan out; refused while its span runs, and once done. */
    @Transactional
    public List<Outcome> close(long planId, String by) {
        Map<String, Object> plan = jdbc.sql("select title, ends from plan where id = :p").param("p", planId).query().singleRow();
        LocalDate ends = ((Date) plan.get("ends")).toLocalDate();
        if (!periods.today().isAfter(ends)) {
            throw new ReportRejected("计划的期限到" + CountyTime.dayOf(ends) + "，期满后才能年度收官");
        }
        if (closed(planId).isPresent()) {
            throw new ReportRejected("该计划已年度收官");
        }
        // The last figures as of the plan's end: the same standings every page showed, brought up to date once more.
        standings.refresh(planId);
        List<Outcome> outcomes = lastStandings(planId);
        for (Outcome o : outcomes) {
            jdbc.sql("""
                    insert into task_outcome (task_id, plan_id, outcome, status, completion, reason)
                    values (:t, :p, :o, :s, :c, :r)""")
                    .param("t", o.taskId()).param("p", planId).param("o", o.done() ? "DONE" : "UNDONE").param("s", o.status().name())
                    .param("c", o.completion()).param("r", o.reason()).update();
        }
        jdbc.sql("insert into plan_closeout (plan_id, as_of, closed_by) values (:p, :d, :by)")
                .param("p", planId).param("d", ends).param("by", by).update();
        jdbc.sql("delete from attention_item where plan_id = :p").param("p", planId).update();
        long done = outcomes.stream().filter(Outcome::done).count();
        audit.record("年度收官", "plan", planId, null, Map.of("title", plan.get("title"), "tasks", outcomes.size(), "done", done,
                "undone", outcomes.size() - done));
        return outcomes;
    }
}
