package cn.duban.demo;

import cn.duban.ledger.Plans;
import cn.duban.ledger.Tasks;
import cn.duban.progress.LineInput;
import cn.duban.progress.ReportLine;
import cn.duban.progress.ReportingPeriod;
import cn.duban.progress.ReportingPeriods;
import cn.duban.progress.Reports;
import cn.duban.progress.Standings;
import cn.duban.progress.UnitReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A demo history for this year's demo plan: every unit has reported each month before this
 * one, at its own pace (one ahead, one behind, one that skipped last month), through the real
 * report flow, so the dashboard, the 红黑榜 and the reminders have something true to show.
 * The reports are dated a few days before each due date, as a unit that reports on time would.
 */
@Component
class DemoProgress {

    private final JdbcClient jdbc;
    private final Reports reports;
    private final ReportingPeriods periods;
    private final Standings standings;
    private final Plans plans;
    private final Tasks tasks;

    DemoProgress(JdbcClient jdbc, Reports reports, ReportingPeriods periods, Standings standings, Plans plans,
            Tasks tasks) {
        this.plans = plans;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.reports = reports;
        this.periods = periods;
        this.standings = standings;
    }

    void seed(long planId) {
        // The units of the demo's current-year plan signed for their tasks when it was given to them.
        jdbc.sql("select id from task where plan_id = :p and lead_org_id is not null and signed_at is null order by position")
                .param("p", planId).query(Long.class).list().forEach(task -> tasks.sign(task, "（示例数据）"));
        // The demo leader is 责任领导 of the current-year plan, so 我的工作 shows his tasks on the first day.
        plans.giveLeader(planId, "李华");
        List<ReportingPeriod> past = periods.open(planId).stream().filter(p -> p.due().isBefore(periods.today())).toList();
        List<Long> units = jdbc.sql("select distinct lead_org_id from task where plan_id = :p and lead_org_id is not null order by 1")
                .param("p", planId).query(Long.class).list();
        Map<Long, Double> pace = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            pace.put(units.get(i), new double[]{1.08, 0.95, 0.7, 0.88, 1.0, 0.6}[i % 6]);
        }
        Map<Long, LocalDate> deadlines = new HashMap<>();
        jdbc.sql("""
                select i.id, coalesce(i.deadline, t.deadline, make_date(p.year, 12, 31)) from indicator i
                join task t on t.id = i.task_id join plan p on p.id = t.plan_id where p.id = :p""")
                .param("p", planId).query((rs, n) -> deadlines.put(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                .list();
        for (int k = 0; k < past.size(); k++) {
            ReportingPeriod period = past.get(k);
            for (Long unit : units) {
                boolean skipsLastMonth = pace.get(unit) == 0.7 && k == past.size() - 1;
                if (!skipsLastMonth) {
                    report(period, unit, pace.get(unit), deadlines, k);
                }
            }
        }
        standings.refresh(planId);
    }

    /** What a unit at this pace has done by the period's end: its share of the time to each indicator's deadline. */
    private static double share(ReportingPeriod period, LocalDate deadline, double pace) {
        LocalDate start = period.starts().withDayOfYear(1);
        double elapsed = (double) ChronoUnit.DAYS.between(start, period.ends())
                / Math.max(1, ChronoUnit.DAYS.between(start, deadline));
        return Math.min(1.0, Math.min(1.0, elapsed) * pace);
    }

    private void report(ReportingPeriod period, long unit, double pace, Map<Long, LocalDate> deadlines, int month) {
        double share = share(period, period.starts().withDayOfYear(1).plusYears(1).minusDays(1), pace);
        UnitReport r = reports.open(period.id(), unit);
        List<LineInput> lines = new ArrayList<>();
        // (an opened report with nothing to report stays a draft, as it would for a unit that is done)
        for (ReportLine l : reports.lines(r)) {
            Map<Long, BigDecimal> values = new HashMap<>();
            for (ReportLine.Measure m : l.measures()) {
                // A ≤ target (事故起数) stays within it; the rest grow with the unit's pace.
                BigDecimal v = "<=".equals(m.comparator())
                        ? BigDecimal.valueOf(month >= 6 ? 1 : 0)
                        : m.target().multiply(BigDecimal.valueOf(share(period, deadlines.get(m.indicatorId()), pace)))
                                .setScale(m.target().scale() > 0 ? 2 : 0, RoundingMode.HALF_UP);
                values.put(m.indicatorId(), v);
            }
            BigDecimal percent = l.qualitative() ? BigDecimal.valueOf(Math.round(share * 100)) : null;
            lines.add(new LineInput(l.taskId(), values, percent, pace < 0.9
                    ? "受前期手续和资金到位影响，本月推进偏慢。"
                    : "本月完成阶段性任务，各项工作有序推进。",
                    share < 0.5 ? "项目前期手续办理较慢。" : "", "加快进度，确保按期完成。", false));
        }
        if (lines.isEmpty()) {
            return; // everything done in earlier months: nothing left to report
        }
        UnitReport submitted = reports.submit(r.id(), r.version(), UUID.randomUUID(), lines, Duration.ofMinutes(6 + month % 5));
        reports.approve(submitted.id(), UUID.randomUUID());
        reports.accept(submitted.id(), UUID.randomUUID());
        // Dated as a unit that reports on time would have: it reached the office two days before the due day.
        reports.recordHistory(r.id(), period.due().minusDays(2).atTime(10, 0));
    }
}
