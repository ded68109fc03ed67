package cn.duban.progress;

import cn.duban.audit.AuditTrail;
import cn.duban.refusal.NotFound;
import cn.duban.time.CountyTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Freezing a period when its bulletin is issued: its standings, summaries and 红黑榜 become the
 * snapshot the bulletin quotes. Not before the due date has passed (until then units may still
 * report, and every unit would look late); while units are still 未报送, only when the office
 * confirms it, having been told which.
 */
@Component
public class PeriodFreeze {

    private final JdbcClient jdbc;
    private final ReportingPeriods periods;
    private final Standings standings;
    private final Dashboards dashboards;
    private final AuditTrail audit;

    private final CountyTime time;

    PeriodFreeze(JdbcClient jdbc, ReportingPeriods periods, Standings standings, Dashboards dashboards, AuditTrail audit,
            CountyTime time) {
        this.time = time;
        this.jdbc = jdbc;
        this.periods = periods;
        this.standings = standings;
        this.dashboards = dashboards;
        this.audit = audit;
    }

    /** Refused with the names of the units still 未报送, until the office confirms. */
    public static class UnitsNotReported extends ReportRejected {
        private final List<String> units;

        UnitsNotReported(String period, List<String> units) {
            super(period + "尚有 " + units.size() + " 个单位未报送：" + String.join("、", units)
                    + "。冻结后这些单位按未报送计入通报，请确认后再冻结。");
            this.units = units;
        }

        public List<String> units() {
            return units;
        }

        @Override
        public int status() {
            return 409;
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("unreported", units);
        }
    }

    /** The units whose report for the period has not reached the office although they had tasks to report. */
    public List<String> unreported(long periodId) {
        return jdbc.sql("""
                select o.name from task_standing s join organisation o on o.id = s.organisation_id
                left join unit_report r on r.period_id = s.period_id and r.organisation_id = s.organisation_id
                where s.period_id = :p and s.needs_report and coalesce(r.state, 'DRAFT') not in ('APPROVED', 'ACCEPTED')
                group by o.name order by o.name""")
                .param("p", periodId).query(String.class).list();
    }

    @Transactional
    public void freeze(long periodId, String by, boolean confirmUnreported) {
        ReportingPeriod period = periods.find(periodId).orElseThrow(() -> new NotFound("报送期不存在或无权查看"));
        if (period.frozen()) {
            throw new ReportRejected("该期已冻结，不能重复冻结");
        }
        if (!periods.today().isAfter(period.due())) {
            throw new ReportRejected(period.label() + "的报送截止日为 " + CountyTime.dayOf(period.due())
                    + "，截止日过后才能冻结发布通报：在此之前各单位仍可报送");
        }
        standings.refresh(period.planId()); // the snapshot is of today, not of the last scheduled run
        List<String> missing = unreported(periodId);
        if (!missing.isEmpty() && !confirmUnreported) {
            throw new UnitsNotReported(period.label(), missing);
        }
        RankingRule.Ranking ranking = dashboards.ranking(periodId);
        for (RankingRule.Ranked r : ranking.ranked()) {
            jdbc.sql("""
                    insert into period_ranking (period_id, organisation_id, rank, unit_name, tasks, completion, timeliness,
                                                overdue_rectifications, score, list)
                    values (:p, :u, :rank, :name, :tasks, :c, :t, :o, :s, :l)""")
                    .param("p", periodId).param("u", r.unitId()).param("rank", r.rank()).param("name", r.unitName())
                    .param("tasks", r.tasks()).param("c", r.completion()).param("t", r.timeliness())
                    .param("o", r.overdueRectifications()).param("s", r.score()).param("l", r.list()).update();
        }
        jdbc.sql("update reporting_period set frozen_at = :now, frozen_by = :by where id = :id")
                .param("now", time.now()).param("id", periodId).param("by", by).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("by", by);
        after.put("unreported", missing);
        after.put("red", ranking.red().stream().map(RankingRule.Ranked::unitName).toList());
        after.put("black", ranking.black().stream().map(RankingRule.Ranked::unitName).toList());
        audit.record("冻结报送期", "reporting_period", periodId, null, after);
    }
}
