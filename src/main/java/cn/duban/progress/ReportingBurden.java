package cn.duban.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a plan's cadence asks of each unit (报送负担, shown beside the cadence so that the office
 * sets it knowing the cost, as the 2024 rules against formalism ask): how many periods the plan's
 * span holds, how many tasks the unit fills in each, how many items that makes over the span,
 * how many lines need evidence, and what it has cost so far — reports submitted, items
 * pre-filled, minutes with the form open.
 *
 * <p>
 * One definition, used by the rule page, the plan page and {@code GET /api/plans/{id}/reporting/burden}.
 */
@Component
public class ReportingBurden {

    private final JdbcClient jdbc;
    private final ReportingPeriods periods;

    ReportingBurden(JdbcClient jdbc, ReportingPeriods periods) {
        this.jdbc = jdbc;
        this.periods = periods;
    }

    /**
     * One unit's burden in the plan. {@code items} is {@code periods × tasks}: every task filled
     * in every period (a pre-filled or "no change" line still counts: it is still looked at).
     */
    public record Unit(long unitId, String unitName, int tasks, int evidenceTasks, int items, int submitted,
            int prefilled, BigDecimal minutesPerReport) {
    }

    /** The plan's burden under its cadence, and the periods each other cadence would make of its span. */
    public record Plan(long planId, Cadence cadence, int periods, Map<Cadence, Integer> periodsBy, List<Unit> units) {

        /** The fewest and most tasks a unit fills in one period ("每期 2–5 项"), or "—" when no unit reports. */
        public String tasksPerPeriod() {
            if (units.isEmpty()) {
                return "—";
            }
            int least = units.stream().mapToInt(Unit::tasks).min().orElse(0);
            int most = units.stream().mapToInt(Unit::tasks).max().orElse(0);
            return least == most ? String.valueOf(most) : least + "–" + most;
        }

        /** The periods the plan's span would hold under another cadence. */
        public int periodsOf(Cadence other) {
            return periodsBy.getOrDefault(other, 0);
        }

        /** What the plan page prints beside the cadence. */
        public String summary() {
            return cadence.label() + "报送，共 " + periods + " 期；" + units.size() + " 个单位，每期各填 " + tasksPerPeriod() + " 项";
        }
    }

    public Plan of(long planId) {
        ReportingRule rule = periods.rule(planId);
        ReportingPeriods.PlanSpan span = periods.span(planId);
        Map<Cadence, Integer> by = new EnumMap<>(Cadence.class);
        for (Cadence c : Cadence.values()) {
            by.put(c, c.spans(span.starts(), span.ends(), rule.dueDay()).size());
        }
        int n = by.get(rule.cadence());
        List<Unit> units = jdbc.sql("""
                select o.id as unit_id, o.name as unit_name, count(*) as tasks,
                       count(*) filter (where d.task_id is not null) as evidence_tasks,
                       coalesce(max(r.submitted), 0) as submitted, coalesce(max(r.prefilled), 0) as prefilled,
                       max(r.minutes) as minutes
                from task t join organisation o on o.id = t.lead_org_id
                left join evidence_demand d on d.task_id = t.id
                left join (select u.organisation_id, count(*) as submitted, sum(coalesce(u.prefilled_items, 0)) as prefilled,
                                  round(avg(u.minutes_spent), 1) as minutes
                           from unit_report u join reporting_period p on p.id = u.period_id
                           where p.plan_id = :p and u.submitted_at is not null group by u.organisation_id) r
                       on r.organisation_id = o.id
                where t.plan_id = :p and t.closed_at is null
                group by o.id, o.name order by count(*) desc, o.name""")
                .param("p", planId)
                .query((rs, i) -> {
                    int tasks = rs.getInt("tasks");
                    BigDecimal minutes = rs.getBigDecimal("minutes");
                    return new Unit(rs.getLong("unit_id"), rs.getString("unit_name"), tasks, rs.getInt("evidence_tasks"),
                            tasks * n, rs.getInt("submitted"), rs.getInt("prefilled"),
                            minutes == null ? null : minutes.setScale(1, RoundingMode.HALF_UP));
                }).list();
        return new Plan(planId, rule.cadence(), n, by, units);
    }

    /** A task of the plan as the rule page lists it, to tick the ones whose lines need evidence. */
    public record Task(long id, String number, String title, String unitName, boolean evidence) {
    }

    public List<Task> tasks(long planId) {
        return jdbc.sql("""
                select t.id, t.number, t.title, coalesce(o.name, '待明确') as unit_name, d.task_id is not null as evidence
                from task t left join organisation o on o.id = t.lead_org_id left join evidence_demand d on d.task_id = t.id
                where t.plan_id = :p and t.closed_at is null order by t.position, t.id""")
                .param("p", planId).query(Task.class).list();
    }
}
