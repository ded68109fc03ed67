package cn.duban.progress;

import cn.duban.audit.AuditTrail;
import cn.duban.refusal.NotFound;
import cn.duban.time.CountyTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units' reports and their flow. Values are never overwritten: each save adds a revision of
 * the tasks that changed, and a correction after the office has the report is one more
 * revision with its reason. Every change of state is audited in the same transaction.
 */
@Component
public class Reports {

    private static final int TEXT_LIMIT = 2000;
    /** The largest value a report may carry (the form's limit, for every path). */
    static final BigDecimal MAX_VALUE = new BigDecimal("1e15");
    /** Decimal places a value may carry. */
    static final int MAX_SCALE = 6;

    private static final String REPORT = """
            select r.id, r.period_id, p.plan_id, pl.title as plan_title, pl.area_id, p.label as period_label, p.due,
                   p.frozen_at is not null as frozen, r.organisation_id as unit_id, o.name as unit_name, r.state, r.version,
                   r.return_reason, r.opened_at, r.submitted_at, r.approved_at, r.accepted_at,
                   r.items, r.prefilled_items, r.unchanged_items, r.minutes_spent, p.starts as period_starts, p.ends as period_ends,
                   r.on_behalf_by, r.on_behalf_at
            from unit_report r join reporting_period p on p.id = r.period_id join plan pl on pl.id = p.plan_id
            join organisation o on o.id = r.organisation_id
            """;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ReportingPeriods periods;
    private final ApplicationEventPublisher events;
    private final StandingRefresh refresh;
    private final CountyTime time;

    Reports(JdbcClient jdbc, AuditTrail audit, ReportingPeriods periods,
            ApplicationEventPublisher events, StandingRefresh refresh, CountyTime time) {
        this.refresh = refresh;
        this.time = time;
        this.jdbc = jdbc;
        this.audit = audit;
        this.periods = periods;
        this.events = events;
    }

    private void tell(UnitReport r, ReportState state, String reason) {
        events.publishEvent(new ReportMoved(r.id(), r.periodId(), r.unitId(), r.planTitle(), r.periodLabel(), state, reason,
                time.instant()));
    }

    public Optional<UnitReport> find(long id) {
        return jdbc.sql(REPORT + " where r.id = :id").param("id", id).query(UnitReport.class).optional();
    }

    /** The unit's report for the period, opened (and its form clock started) the first time it is asked for. */
    @Transactional
    public UnitReport open(long periodId, long unitId) {
        ReportingPeriod period = periods.find(periodId).orElseThrow(() -> new NotFound("报送期不存在"));
        if (!leadsTasks(period.planId(), unitId)) {
            throw new ReportRejected("本单位在该计划中没有牵头任务，无需报送");
        }
        Long id = jdbc.sql("""
                insert into unit_report (period_id, organisation_id, opened_at) values (:p, :u, :now)
                on conflict (period_id, organisation_id) do nothing returning id""")
                .param("now", time.now()).param("p", periodId).param("u", unitId).query(Long.class).optional().orElse(null);
        if (id != null) {
            audit.record("打开报送", "unit_report", id, null, Map.of("period", period.label(), "unit", unitId));
        }
        return jdbc.sql(REPORT + " where r.period_id = :p and r.organisation_id = :u")
                .param("p", periodId).param("u", unitId).query(UnitReport.class).single();
    }

    /** Reports of these units, newest period first. */
    public List<UnitReport> ofUnits(Collection<Long> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(REPORT + " where r.organisation_id in (:u) order by p.starts desc, pl.id, o.name")
                .param("u", units).query(UnitReport.class).list();
    }

    /** Reports of an area in the given states, oldest due first: the office's and the heads' in-trays. */
    public List<UnitReport> inState(Collection<Long> units, ReportState state) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(REPORT + " where r.organisation_id in (:u) and r.state = :s order by p.due, o.name")
                .param("u", units).param("s", state.name()).query(UnitReport.class).list();
    }

    /**
     * The unit's tasks in the report's plan that are expected this period — begun by its end, not
     * accepted as done before it — each with this and last period's entry.
     */
    public List<ReportLine> lines(UnitReport report) {
        // The tasks with their measures, and the entries with their values: two statements (a report
        // step reads its lines once or twice, under load — BENCHMARKS.md, item 5).
        record Task(String number, String title, LocalDate deadline, String basis) {
        }
        Map<Long, Task> tasks = new LinkedHashMap<>();
        Map<Long, List<ReportLine.Measure>> measures = new HashMap<>();
        jdbc.sql("""
                select t.id, t.number, t.title, t.deadline, t.body, i.id as indicator_id, i.name, i.target_value, i.unit, i.comparator
                from task t left join indicator i on i.task_id = t.id and i.kind = 'target' and i.target_value is not null
                where t.plan_id = :p and t.lead_org_id = :u and (t.start_date is null or t.start_date <= :ends)
                  and t.closed_at is null
                order by t.position, t.id, i.position""")
                .param("p", report.planId()).param("u", report.unitId()).param("ends", report.periodEnds())
                .query((rs, n) -> {
                    long taskId = rs.getLong("id");
                    if (!tasks.containsKey(taskId)) {
                        tasks.put(taskId, new Task(rs.getString("number"), rs.getString("title"),
                                rs.getObject("deadline", LocalDate.class), rs.getString("body")));
                    }
                    long indicator = rs.getLong("indicator_id");
                    if (!rs.wasNull()) {
                        measures.computeIfAbsent(taskId, k -> new ArrayList<>()).add(new ReportLine.Measure(indicator, taskId,
                                rs.getString("name"), rs.getBigDecimal("target_value"), rs.getString("unit"), rs.getString("comparator")));
                    }
                    return taskId;
                }).list();
        // This report's latest entry per task, and the latest counted one of an earlier period.
        Map<Long, ReportLine.Entry> current = new HashMap<>();
        Map<Long, ReportLine.Entry> previous = new HashMap<>();
        List<ReportLine.Entry> both = jdbc.sql("""
                select c.* from (
                    select distinct on (e.task_id) e.* from task_entry e where e.report_id = :r
                    order by e.task_id, e.revision desc) c
                union all
                select b.* from (
                    select distinct on (e.task_id) e.* from task_entry e join unit_report r on r.id = e.report_id
                    join reporting_period p on p.id = r.period_id
                    where r.organisation_id = :u and p.plan_id = :plan and p.starts < :starts and r.state in ('APPROVED', 'ACCEPTED')
                    order by e.task_id, p.starts desc, e.revision desc) b""")
                .param("r", report.id()).param("u", report.unitId()).param("plan", report.planId())
                .param("starts", report.periodStarts())
                .query(Reports::entry).list();
        for (ReportLine.Entry e : withValues(both)) {
            (e.reportId() == report.id() ? current : previous).put(e.taskId(), e);
        }
        List<ReportLine> out = new ArrayList<>();
        for (Map.Entry<Long, Task> t : tasks.entrySet()) {
            long taskId = t.getKey();
            ReportLine.Entry before = previous.get(taskId);
            ReportLine.Entry now = current.get(taskId);
            if (now == null && before != null && before.complete()) {
                continue; // done in an earlier period: nothing more to report
            }
            out.add(new ReportLine(taskId, t.getValue().number(), t.getValue().title(), t.getValue().deadline(),
                    measures.getOrDefault(taskId, List.of()), now, before, t.getValue().basis()));
        }
        return out;
    }

    /** Every revision of a task's entries across periods, newest first: the task's history. */
    public List<ReportLine.Entry> history(long taskId) {
        List<ReportLine.Entry> entries = jdbc.sql("""
                select e.* from task_entry e join unit_report r on r.id = e.report_id
                join reporting_period p on p.id = r.period_id
                where e.task_id = :t order by p.starts desc, e.revision desc""")
                .param("t", taskId).query(Reports::entry).list();
        return withValues(entries);
    }

    /**
     * One version of a task's report as a person reads its history: the period, whether it was
     * the submitted entry or a later correction, each value with its indicator's name and unit in
     * the form's order, who and when. Draft saves are not versions.
     */
    public record HistoryRow(String period, int revision, String kind, List<String> values, BigDecimal percentDone,
            String narrative, String correctionReason, String createdBy, OffsetDateTime createdAt) {
    }

    public List<HistoryRow> readableHistory(long taskId) {
        List<Map<String, Object>> rows = jdbc.sql("""
                select e.id, p.label, e.revision, e.percent_done, e.narrative, e.correction_reason, e.created_by, e.created_at,
                       r.state
                from task_entry e join unit_report r on r.id = e.report_id join reporting_period p on p.id = r.period_id
                where e.task_id = :t and r.submitted_at is not null
                  and (e.correction_reason is not null or e.revision = (
                        select max(e2.revision) from task_entry e2
                        where e2.report_id = e.report_id and e2.task_id = e.task_id and e2.correction_reason is null
                          and e2.created_at <= r.submitted_at))
                order by p.starts desc, e.revision desc""")
                .param("t", taskId).query().listOfRows();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> values = new HashMap<>();
        jdbc.sql("""
                select v.entry_id, i.name, v.actual, i.unit from entry_value v join indicator i on i.id = v.indicator_id
                where v.entry_id in (:ids) order by v.entry_id, i.position""")
                .param("ids", rows.stream().map(r -> ((Number) r.get("id")).longValue()).toList())
                .query((rs, n) -> values.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getString(2) + " "
                                + (rs.getBigDecimal(3) == null ? "—" : rs.getBigDecimal(3).stripTrailingZeros().toPlainString())
                                + rs.getString(4)))
                .list();
        List<HistoryRow> out = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            long id = ((Number) r.get("id")).longValue();
            String correction = (String) r.get("correction_reason");
            // Where the report stands says what the entry is: a returned report's figures do not count.
            String kind = correction != null ? "更正" : switch (ReportState.valueOf((String) r.get("state"))) {
                case RETURNED -> "报送（已退回）";
                case SUBMITTED -> "报送（待单位审核）";
                default -> "报送";
            };
            out.add(new HistoryRow((String) r.get("label"), ((Number) r.get("revision")).intValue(), kind,
                    values.getOrDefault(id, List.of()), (BigDecimal) r.get("percent_done"), (String) r.get("narrative"), correction,
                    (String) r.get("created_by"),
                    time.at(((Timestamp) r.get("created_at")).toInstant())));
        }
        return out;
    }

    /** Saves a draft. Refused when someone saved since {@code version}: the caller keeps its input. */
    @Transactional
    public UnitReport save(long reportId, int version, List<LineInput> input, Duration formOpen) {
        UnitReport report = bump(reportId, version, true);
        boolean timed = spent(reportId, formOpen);
        write(report, input, false);
        audit.record("保存报送草稿", "unit_report", reportId, Map.of("version", version), Map.of("version", version + 1));
        return timed ? find(reportId).orElseThrow() : report; // a draft changes nothing else of the report
    }

    /**
     * Saves and submits to the unit head. The key is made when the form is shown: the same
     * submit sent again (a double click, a retry) finds its key taken and changes nothing.
     */
    @Transactional
    public UnitReport submit(long reportId, int version, UUID key, List<LineInput> input, Duration formOpen) {
        if (!claim(key, reportId, "submit")) {
            return find(reportId).orElseThrow();
        }
        UnitReport report = bump(reportId, version, true);
        spent(reportId, formOpen);
        List<ReportLine> lines = write(report, input, true);
        if (lines.isEmpty()) {
            throw new ReportRejected("本期没有需要报送的任务");
        }
        ReportingRule rule = periods.rule(report.planId());
        if (rule.evidenceRequired() && evidenceCount(reportId) == 0) {
            throw new ReportRejected("本计划要求上传佐证材料，请先上传后再提交", "evidence");
        }
        // Evidence is optional (减负) except on the lines of the tasks the office named for it.
        for (ReportLine l : lines) {
            if (rule.needsEvidence(l.taskId()) && evidenceCount(reportId, l.taskId()) == 0) {
                throw new ReportRejected("任务“" + l.title() + "”要求附佐证材料，请先为该任务上传后再提交", "evidence");
            }
        }
        int prefilled = 0;
        int unchanged = 0;
        for (ReportLine l : lines) {
            prefilled += l.current().prefilled() ? 1 : 0;
            unchanged += l.current().unchanged() ? 1 : 0;
        }
        jdbc.sql("""
                update unit_report set state = 'SUBMITTED', submitted_at = :now, return_reason = null,
                    items = :i, prefilled_items = :p, unchanged_items = :n where id = :id""")
                .param("now", time.now()).param("i", lines.size()).param("p", prefilled).param("n", unchanged).param("id", reportId)
                .update();
        audit.record("提交报送", "unit_report", reportId, Map.of("state", report.state().name()),
                Map.of("state", "SUBMITTED", "items", lines.size(), "prefilled", prefilled, "unchanged", unchanged));
        refresh.requestedFrom(report.planId(), report.periodStarts(), report.unitId()); // the period's burden totals count this submission
        tell(report, ReportState.SUBMITTED, null);
        io.micrometer.core.instrument.Metrics.counter("duban.reports.submitted").increment();
        return find(reportId).orElseThrow();
    }

    /** The unit head approves: the report now counts as 报送 and goes to the office. */
    @Transactional
    public UnitReport approve(long reportId, UUID key) {
        return move(reportId, key, "approve", ReportState.SUBMITTED, ReportState.APPROVED, "approved_at", null);
    }

    /**
     * 补录: a report taken in after the fact (a paper report of a month before Duban, or the demo's history)
     * carries the days it really moved — opened, sent, approved by its head, accepted — counted back from
     * {@code arrived}, the day it reached the office. Audited; its timeliness follows from these dates.
     */
    @Transactional
    public void recordHistory(long reportId, LocalDateTime arrived) {
        OffsetDateTime at = arrived.atZone(time.zone()).toOffsetDateTime();
        jdbc.sql("""
                update unit_report set opened_at = :at - interval '2 days', submitted_at = :at - interval '1 day',
                    approved_at = :at, accepted_at = :at + interval '1 day' where id = :id""")
                .param("at", at).param("id", reportId).update();
        audit.record("补录报送时间", "unit_report", reportId, null, Map.of("approvedAt", at.toString()));
    }

    /** The office accepts the report. */
    @Transactional
    public UnitReport accept(long reportId, UUID key) {
        return move(reportId, key, "accept", ReportState.APPROVED, ReportState.ACCEPTED, "accepted_at", null);
    }

    /** The head (from SUBMITTED) or the office (from APPROVED) returns the report to the liaison, saying why. */
    @Transactional
    public UnitReport returnToUnit(long reportId, UUID key, ReportState from, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new ReportRejected("请填写退回原因（不超过 500 字）");
        }
        return move(reportId, key, "return", from, ReportState.RETURNED, null, why);
    }

    /**
     * Corrects a task's values in a report the office already has: a new revision with its
     * reason. In a frozen period the snapshot stays as issued; the correction is marked as
     * made after the freeze.
     */
    @Transactional
    public UnitReport correct(long reportId, LineInput line, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new ReportRejected("更正须写明原因（不超过 500 字）");
        }
        UnitReport report = find(reportId).orElseThrow(() -> new NotFound("报送不存在"));
        if (!report.state().counted()) {
            throw new ReportRejected("报告尚未报送，直接修改后提交即可，无需更正");
        }
        jdbc.sql("update unit_report set version = version + 1 where id = :id").param("id", reportId).update();
        ReportLine target = lines(report).stream().filter(l -> l.taskId() == line.taskId()).findFirst()
                .orElseThrow(() -> new ReportRejected("该任务不在本期报送中"));
        // A correction is held to the same limits as the form: the same validation on every path.
        validate(target, line, false);
        ReportLine.Entry entry = insert(report, target, line, false, true, why);
        audit.record("更正报送数据", "unit_report", reportId, target.current() == null ? null : describe(target.current()),
                describe(entry));
        refresh.requestedFrom(report.planId(), report.periodStarts(), report.unitId());
        return find(reportId).orElseThrow();
    }

    /**
     * Marks a report as filled by the office on the unit's behalf (from the unit's own 工作汇报), in the
     * transaction of the save or submit it goes with. The first time is kept: who began it and when.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    void filledOnBehalf(long reportId, String office) {
        int marked = jdbc.sql("update unit_report set on_behalf_by = :by, on_behalf_at = :at where id = :id and on_behalf_by is null")
                .param("by", office).param("at", time.now()).param("id", reportId).update();
        if (marked > 0) {
            audit.record("代为填报", "unit_report", reportId, null, Map.of("on_behalf_by", office));
        }
    }

    public int evidenceCount(long reportId) {
        return jdbc.sql("select count(*) from evidence where report_id = :r").param("r", reportId).query(Integer.class).single();
    }

    private int evidenceCount(long reportId, long taskId) {
        return jdbc.sql("select count(*) from evidence where report_id = :r and task_id = :t").param("r", reportId)
                .param("t", taskId).query(Integer.class).single();
    }

    /** Adds the time the form was open to the report's burden; a form left open over lunch counts one hour at most. */
    private boolean spent(long reportId, Duration formOpen) {
        if (formOpen == null || formOpen.isNegative()) {
            return false;
        }
        double minutes = Math.min(formOpen.toSeconds(), 3600) / 60.0;
        jdbc.sql("update unit_report set minutes_spent = minutes_spent + :m where id = :id")
                .param("m", BigDecimal.valueOf(minutes).setScale(2, RoundingMode.HALF_UP)).param("id", reportId).update();
        return true;
    }

    // --- the flow ---

    private boolean claim(UUID key, long reportId, String action) {
        if (key == null) {
            throw new ReportRejected("提交缺少防重复标识，请刷新页面后再提交");
        }
        int inserted = jdbc.sql("""
                insert into report_submission (key, report_id, action) values (:k, :r, :a) on conflict (key) do nothing""")
                .param("k", key).param("r", reportId).param("a", action).update();
        if (inserted == 0) {
            boolean same = jdbc.sql("select count(*) from report_submission where key = :k and report_id = :r and action = :a")
                    .param("k", key).param("r", reportId).param("a", action).query(Integer.class).single() > 0;
            if (!same) {
                throw new ReportRejected("提交标识已被使用，请刷新页面后再提交");
            }
        }
        return inserted > 0;
    }

    /** Takes the report's next version, or says who got there first; the row lock orders concurrent saves. */
    private UnitReport bump(long reportId, int version, boolean mustBeEditable) {
        int updated = jdbc.sql("""
                update unit_report set version = version + 1
                where id = :id and version = :v and (not :editable or state in ('DRAFT', 'RETURNED'))""")
                .param("id", reportId).param("v", version).param("editable", mustBeEditable).update();
        UnitReport now = find(reportId).orElseThrow(() -> new NotFound("报送不存在"));
        if (updated == 0) {
            if (mustBeEditable && !now.state().editable()) {
                throw new ReportRejected("报告当前状态为“" + now.state().label() + "”，不能修改");
            }
            throw new ReportConflict("本报告已被他人修改（现为第 " + now.version() + " 版，您打开的是第 " + version
                    + " 版）。您填写的内容仍在页面上，请核对后再次保存。", now.version());
        }
        return now;
    }

    private UnitReport move(long reportId, UUID key, String action, ReportState from, ReportState to,
            String stampColumn, String reason) {
        if (!claim(key, reportId, action)) {
            return find(reportId).orElseThrow();
        }
        UnitReport before = find(reportId).orElseThrow(() -> new NotFound("报送不存在"));
        int moved = jdbc.sql("update unit_report set state = :to, version = version + 1, return_reason = :reason"
                + (stampColumn == null ? "" : ", " + stampColumn + " = :now")
                + " where id = :id and state = :from")
                .param("now", time.now()).param("to", to.name()).param("from", from.name()).param("reason", reason).param("id", reportId)
                .update();
        if (moved == 0) {
            throw new ReportRejected("报告当前状态为“" + before.state().label() + "”，不能执行此操作");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", to.name());
        if (reason != null) {
            after.put("reason", reason);
        }
        audit.record(switch (action) {
            case "approve" -> "审核通过报送";
            case "accept" -> "采纳报送";
            default -> "退回报送";
        }, "unit_report", reportId, Map.of("state", before.state().name()), after);
        refresh.requestedFrom(before.planId(), before.periodStarts(), before.unitId());
        tell(before, to, reason);
        return find(reportId).orElseThrow();
    }

    // --- entries ---

    /** Writes a revision for each task whose content changed; on submit every open task must have one. */
    private List<ReportLine> write(UnitReport report, List<LineInput> input, boolean submitting) {
        Map<Long, LineInput> byTask = new HashMap<>();
        for (LineInput l : input) {
            byTask.put(l.taskId(), l);
        }
        List<ReportLine> lines = lines(report);
        List<ReportLine> after = new ArrayList<>(lines.size());
        for (ReportLine line : lines) {
            after.add(line);
            LineInput in = byTask.get(line.taskId());
            if (in == null) {
                if (!submitting) {
                    continue;
                }
                if (line.current() != null) {
                    continue;
                }
                if (line.previous() == null) {
                    throw new ReportRejected("“" + line.title() + "”还没有填写进展");
                }
                in = asInput(line.previous(), false); // submitted as pre-filled, untouched
            }
            validate(line, in, submitting);
            ReportLine.Entry now = insert(report, line, in, line.previous() != null && sameContent(asInput(line.previous(), false), in),
                    false, null);
            after.set(after.size() - 1, line.withCurrent(now));
        }
        byTask.keySet().removeAll(lines.stream().map(ReportLine::taskId).toList());
        if (!byTask.isEmpty()) {
            throw new ReportRejected("提交的任务不在本期报送中，请刷新页面");
        }
        return after; // as lines(report) would now read them
    }

    private void validate(ReportLine line, LineInput in, boolean submitting) {
        if (in.unchanged()) {
            if (line.previous() == null) {
                throw new ReportRejected("“" + line.title() + "”上期没有报送，不能标记为无变化");
            }
            return;
        }
        for (ReportLine.Measure m : line.measures()) {
            BigDecimal v = in.values().get(m.indicatorId());
            if (v == null && submitting) {
                throw new ReportRejected("请填写“" + line.title() + "”中“" + m.name() + "”的累计完成值");
            }
            if (v != null && v.signum() < 0) {
                throw new ReportRejected("“" + m.name() + "”的累计完成值不能为负数");
            }
            if (v != null && (v.abs().compareTo(MAX_VALUE) > 0 || v.scale() > MAX_SCALE)) {
                throw new ReportRejected("“" + m.name() + "”的累计完成值超出范围（不超过 10^15，最多 " + MAX_SCALE + " 位小数）");
            }
        }
        if (line.qualitative()) {
            BigDecimal p = in.percentDone();
            if (p == null && submitting) {
                throw new ReportRejected("请填写“" + line.title() + "”的完成进度（0–100%）");
            }
            if (p != null && (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0 || p.scale() > MAX_SCALE)) {
                throw new ReportRejected("“" + line.title() + "”的完成进度应在 0 到 100 之间");
            }
        }
        if (submitting && blank(in.narrative())) {
            throw new ReportRejected("请填写“" + line.title() + "”的进展情况，或标记为“与上期相比无变化”");
        }
        for (String text : new String[]{in.narrative(), in.problems(), in.nextSteps()}) {
            if (text != null && text.length() > TEXT_LIMIT) {
                throw new ReportRejected("“" + line.title() + "”的文字超过 " + TEXT_LIMIT + " 字，请精简");
            }
        }
    }

    /** Adds a revision unless it would repeat the latest one word for word. */
    private ReportLine.Entry insert(UnitReport report, ReportLine line, LineInput requested, boolean prefilled,
            boolean correction, String reason) {
        LineInput in = requested.unchanged() ? withTexts(asInput(line.previous(), true), requested) : requested;
        ReportLine.Entry latest = line.current();
        if (!correction && latest != null && sameContent(asInput(latest, latest.unchanged()), in)
                && latest.prefilled() == prefilled) {
            return latest;
        }
        boolean complete = complete(line, in);
        int revision = latest == null ? 1 : latest.revision() + 1;
        String by = AuditTrail.actor();
        boolean afterFreeze = correction && report.frozen();
        Map<String, Object> inserted = jdbc.sql("""
                insert into task_entry (report_id, task_id, revision, percent_done, narrative, problems, next_steps,
                    unchanged, prefilled, complete, correction_reason, after_freeze, created_by, created_at)
                values (:r, :t, :rev, :pct, :n, :p, :s, :u, :pre, :c, :reason, :frozen, :by, :now) returning id, created_at""")
                .param("r", report.id()).param("t", line.taskId()).param("rev", revision)
                .param("pct", in.percentDone()).param("n", text(in.narrative())).param("p", text(in.problems()))
                .param("s", text(in.nextSteps())).param("u", in.unchanged()).param("pre", prefilled).param("c", complete)
                .param("reason", reason).param("frozen", afterFreeze)
                .param("by", by).param("now", time.now())
                .query().singleRow();
        long id = ((Number) inserted.get("id")).longValue();
        Map<Long, BigDecimal> values = new HashMap<>();
        for (ReportLine.Measure m : line.measures()) {
            BigDecimal v = in.values().get(m.indicatorId());
            if (v != null) {
                jdbc.sql("insert into entry_value (entry_id, indicator_id, actual) values (:e, :i, :a)")
                        .param("e", id).param("i", m.indicatorId()).param("a", v).update();
                values.put(m.indicatorId(), v);
            }
        }
        // The entry as written, without reading it back (what the columns hold: texts stripped, "" for none).
        return new ReportLine.Entry(id, report.id(), line.taskId(), revision, Map.copyOf(values), in.percentDone(),
                text(in.narrative()), text(in.problems()), text(in.nextSteps()), in.unchanged(), prefilled, complete, reason,
                afterFreeze, by, time.at(((Timestamp) inserted.get("created_at")).toInstant()));
    }

    /** Done by its own numbers: every ≥ indicator reached, or 100% for a task without indicators. */
    private static boolean complete(ReportLine line, LineInput in) {
        if (line.qualitative()) {
            return in.percentDone() != null && in.percentDone().compareTo(BigDecimal.valueOf(100)) >= 0;
        }
        for (ReportLine.Measure m : line.measures()) {
            BigDecimal v = in.values().get(m.indicatorId());
            if ("<=".equals(m.comparator()) || v == null || v.compareTo(m.target()) < 0) {
                return false;
            }
        }
        return true;
    }

    private static LineInput asInput(ReportLine.Entry e, boolean unchanged) {
        return new LineInput(e.taskId(), e.values(), e.percentDone(), e.narrative(), e.problems(), e.nextSteps(), unchanged);
    }

    /** "No change": last period's numbers, with whatever the unit wrote this time (or last time's words). */
    private static LineInput withTexts(LineInput previous, LineInput typed) {
        return new LineInput(previous.taskId(), previous.values(), previous.percentDone(),
                blank(typed.narrative()) ? previous.narrative() : typed.narrative(),
                blank(typed.problems()) ? previous.problems() : typed.problems(),
                blank(typed.nextSteps()) ? previous.nextSteps() : typed.nextSteps(), true);
    }

    private static boolean sameContent(LineInput a, LineInput b) {
        return a.unchanged() == b.unchanged() && sameNumbers(a.values(), b.values())
                && sameNumber(a.percentDone(), b.percentDone())
                && text(a.narrative()).equals(text(b.narrative())) && text(a.problems()).equals(text(b.problems()))
                && text(a.nextSteps()).equals(text(b.nextSteps()));
    }

    private static boolean sameNumbers(Map<Long, BigDecimal> a, Map<Long, BigDecimal> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> sameNumber(e.getValue(), b.get(e.getKey())));
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private List<ReportLine.Entry> withValues(List<ReportLine.Entry> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        Map<Long, Map<Long, BigDecimal>> values = new HashMap<>();
        jdbc.sql("select entry_id, indicator_id, actual from entry_value where entry_id in (:ids)")
                .param("ids", entries.stream().map(ReportLine.Entry::id).toList())
                .query((rs, n) -> values.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                        .put(rs.getLong(2), rs.getBigDecimal(3)))
                .list();
        return entries.stream().map(e -> new ReportLine.Entry(e.id(), e.reportId(), e.taskId(), e.revision(),
                Map.copyOf(values.getOrDefault(e.id(), Map.of())), e.percentDone(), e.narrative(), e.problems(),
                e.nextSteps(), e.unchanged(), e.prefilled(), e.complete(), e.correctionReason(), e.afterFreeze(),
                e.createdBy(), e.createdAt())).toList();
    }

    private static ReportLine.Entry entry(ResultSet rs, int n) throws SQLException {
        return new ReportLine.Entry(rs.getLong("id"), rs.getLong("report_id"), rs.getLong("task_id"), rs.getInt("revision"),
                Map.of(), rs.getBigDecimal("percent_done"), rs.getString("narrative"), rs.getString("problems"),
                rs.getString("next_steps"), rs.getBoolean("unchanged"), rs.getBoolean("prefilled"), rs.getBoolean("complete"),
                rs.getString("correction_reason"), rs.getBoolean("after_freeze"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    private static Map<String, Object> describe(ReportLine.Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("task", e.taskId());
        m.put("revision", e.revision());
        m.put("values", e.values());
        m.put("percent_done", e.percentDone());
        if (e.correctionReason() != null) {
            m.put("reason", e.correctionReason());
        }
        return m;
    }

    private boolean leadsTasks(long planId, long unitId) {
        return jdbc.sql("select exists (select 1 from task where plan_id = :p and lead_org_id = :u)")
                .param("p", planId).param("u", unitId).query(Boolean.class).single();
    }
}
