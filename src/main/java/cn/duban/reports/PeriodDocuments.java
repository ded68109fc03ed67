package cn.duban.reports;

import cn.duban.progress.Dashboards;
import cn.duban.progress.ReportingPeriod;
import cn.duban.progress.ReportingPeriods;
import cn.duban.supervision.Rectifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of a plan's 月通报 and 工作小结 for one frozen period, from that period's snapshot
 * (its standings and the values reported by then), as blocks for {@link OfficialDocx} and the
 * preview. Each quantity written is also listed with its kind, so what a reader recovers from
 * the document can be checked against what was written.
 */
@Component
class PeriodDocuments {

    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final JdbcClient jdbc;
    private final ReportingPeriods periods;
    private final Dashboards dashboards;
    private final Rectifications rectifications;

    PeriodDocuments(JdbcClient jdbc, ReportingPeriods periods, Dashboards dashboards, Rectifications rectifications) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.dashboards = dashboards;
        this.rectifications = rectifications;
    }

    /** A quantity as written, and what kind ANNOTATION.md gives it there. */
    record Written(String surface, String kind) {
    }

    record Draft(String title, List<OfficialDocx.Block> blocks, List<Written> quantities) {
    }

    /** One task in the snapshot: its standing, and the values reported by the period's end. */
    record TaskLine(long id, String title, String unit, String status, BigDecimal completion, String reason,
                            String narrative, String problems, String nextSteps, List<Measure> measures) {
    }

    private record Measure(String name, BigDecimal target, String unit, String comparator, LocalDate deadline, BigDecimal actual) {
    }

    ReportingPeriod frozen(long periodId) {
        ReportingPeriod p = periods.find(periodId).orElseThrow(() -> new DocumentRefused("报送期不存在"));
        if (!p.frozen()) {
            throw new DocumentRefused("通报和小结只依据已冻结的报送期生成：请先在红黑榜页面冻结" + p.label());
        }
        return p;
    }

    Draft bulletin(long periodId, String office, LocalDate issued) {
        ReportingPeriod p = frozen(periodId);
        Map<String, Object> plan = plan(p.planId());
        List<TaskLine> tasks = tasks(p);
        List<OfficialDocx.Block> b = new ArrayList<>();
        String title = "关于" + plan.get("title") + p.label() + "推进情况的通报";
        b.add(new OfficialDocx.Title(title));
        b.add(new OfficialDocx.Recipients("各乡镇人民政府，县直各部门："));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (TaskLine t : tasks) {
            counts.merge(t.status(), 1L, Long::sum);
        }
        BigDecimal average = tasks.isEmpty() ? BigDecimal.ZERO : tasks.stream()
                .map(t -> t.completion() == null ? BigDecimal.ZERO : t.completion().min(BigDecimal.valueOf(100)))
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(tasks.size()), 1, RoundingMode.HALF_UP);
        b.add(new OfficialDocx.Body("现将" + plan.get("title") + p.label() + "推进情况通报如下。"));
        b.add(new OfficialDocx.Heading1("一、总体情况"));
        b.add(new OfficialDocx.Body("本期纳入调度任务" + tasks.size() + "项，平均完成率" + plain(average) + "%。其中已完成"
                + counts.getOrDefault("DONE", 0L) + "项，正常推进" + counts.getOrDefault("ON_TRACK", 0L) + "项，滞后"
                + counts.getOrDefault("LAGGING", 0L) + "项，超期" + counts.getOrDefault("OVERDUE", 0L) + "项，未报送"
                + counts.getOrDefault("NOT_REPORTED", 0L) + "项。"));
        List<Dashboards.Ranked> ranked = dashboards.ranking(periodId);
        int named = Dashboards.named(ranked.size());
        b.add(new OfficialDocx.Heading1("二、红黑榜"));
        if (named == 0) {
            b.add(new OfficialDocx.Body("本期参与排名的单位不足两个，不作排名。"));
        } else {
            b.add(new OfficialDocx.Body("红榜：" + names(ranked.subList(0, named)) + "。以上单位任务推进快、报送及时，予以通报表扬。"));
            b.add(new OfficialDocx.Body("黑榜：" + names(ranked.subList(ranked.size() - named, ranked.size()))
                    + "。以上单位要认真分析原因，切实加快进度。"));
        }
        b.add(new OfficialDocx.Heading1("三、滞后和超期任务"));
        Map<String, List<TaskLine>> behind = new LinkedHashMap<>();
        for (TaskLine t : tasks) {
            if (List.of("LAGGING", "OVERDUE", "NOT_REPORTED").contains(t.status())) {
                behind.computeIfAbsent(t.unit(), u -> new ArrayList<>()).add(t);
            }
        }
        if (behind.isEmpty()) {
            b.add(new OfficialDocx.Body("本期无滞后、超期或未报送任务。"));
        }
        int k = 0;
        for (var e : behind.entrySet()) {
            b.add(new OfficialDocx.Heading2("（" + ORDINALS[Math.min(k++, 9)] + "）" + e.getKey()));
            for (TaskLine t : e.getValue()) {
                b.add(new OfficialDocx.Body(t.title() + "：" + t.reason() + "。"));
            }
        }
        b.add(new OfficialDocx.Heading1("四、整改落实情况"));
        var rate = rectifications.areaRate(List.of(((Number) plan.get("area_id")).longValue()), issued);
        b.add(new OfficialDocx.Body(rate.map(r -> "督查发现问题" + r.total() + "个，已整改销号" + r.closed() + "个，整改完成率"
                + plain(r.rate()) + "%，超期未销号" + r.overdue() + "个。").orElse("本期无督查整改事项。")));
        b.add(new OfficialDocx.Heading1("五、下步工作要求"));
        b.add(new OfficialDocx.Body("各责任单位要对照目标任务，逐项倒排工期、挂图作战。滞后和超期任务的牵头单位要于下期报送前说明原因、"
                + "明确措施和完成时限；县政府督查室将持续跟踪督办，对连续两期排名末位的单位进行约谈。"));
        b.add(new OfficialDocx.Signature(office + "\n" + chineseDate(issued)));
        return new Draft(title, b, List.of());
    }

    Draft summary(long periodId, String office, LocalDate issued) {
        ReportingPeriod p = frozen(periodId);
        Map<String, Object> plan = plan(p.planId());
        List<TaskLine> tasks = tasks(p);
        List<OfficialDocx.Block> b = new ArrayList<>();
        List<Written> written = new ArrayList<>();
        String title = plan.get("title") + p.label() + "工作小结";
        b.add(new OfficialDocx.Title(title));
        b.add(new OfficialDocx.Heading1("一、主要工作进展情况"));
        int k = 0;
        for (TaskLine t : tasks) {
            StringBuilder s = new StringBuilder();
            for (Measure m : t.measures()) {
                if (m.actual() == null) {
                    continue;
                }
                String q = plain(m.actual()) + m.unit();
                // 公文's verbs: a rate 达到, a ≤ indicator stands at, a quantity 累计完成.
                String phrase = "%".equals(m.unit()) ? m.name() + "达到" + q
                        : "<=".equals(m.comparator()) ? m.name() + q + "，控制在目标以内" : "累计完成" + m.name() + q;
                s.append(s.isEmpty() ? "" : "，").append(phrase);
                written.add(new Written(q, "actual"));
            }
            if (t.completion() != null && !t.measures().isEmpty()) {
                String c = plain(t.completion().setScale(0, RoundingMode.HALF_UP)) + "%";
                s.append("，完成率").append(c);
                written.add(new Written(c, "actual"));
            }
            String narrative = t.narrative() == null || t.narrative().isBlank() ? "" : t.narrative().strip().replaceAll("[。；;]+$", "");
            String body = (narrative.isEmpty() ? "" : narrative + (s.isEmpty() ? "" : "，")) + s;
            b.add(new OfficialDocx.Body("（" + ORDINALS[Math.min(k++, 9)] + "）" + t.title() + "。"
                    + (body.isEmpty() ? "本期未报送进展" : body) + "。"));
        }
        b.add(new OfficialDocx.Heading1("二、存在的主要问题"));
        List<String> problems = new ArrayList<>();
        for (TaskLine t : tasks) {
            if (List.of("LAGGING", "OVERDUE").contains(t.status())) {
                problems.add(t.title() + "进度" + ("OVERDUE".equals(t.status()) ? "超期" : "滞后") + "（" + t.unit() + "）");
            }
            if (t.problems() != null && !t.problems().isBlank()) {
                problems.add(t.problems().strip().replaceAll("[。；;]+$", ""));
            }
        }
        StringBuilder listed = new StringBuilder();
        for (int i = 0; i < problems.size(); i++) {
            listed.append(i == 0 ? "" : "；").append(ORDINALS[Math.min(i, 9)]).append("是").append(problems.get(i));
        }
        b.add(new OfficialDocx.Body(problems.isEmpty() ? "各项任务总体按计划推进，未发现突出问题。" : listed + "。"));
        b.add(new OfficialDocx.Heading1("三、下一步工作打算"));
        k = 0;
        for (TaskLine t : tasks) {
            if ("DONE".equals(t.status())) {
                continue;
            }
            List<String> targets = new ArrayList<>();
            for (Measure m : t.measures()) {
                String q = plain(m.target()) + m.unit();
                String when = m.deadline() == null ? "年底前" : m.deadline().getMonthValue() + "月底前";
                targets.add("确保" + when + ("<=".equals(m.comparator()) ? "将" + m.name() + "控制在" + q + "以内"
                        : "完成" + m.name() + q));
                written.add(new Written(q, "target"));
            }
            String next = t.nextSteps() == null || t.nextSteps().isBlank() ? "" : t.nextSteps().strip().replaceAll("[。；;]+$", "");
            if (targets.isEmpty() && next.isEmpty()) {
                continue;
            }
            b.add(new OfficialDocx.Body("（" + ORDINALS[Math.min(k++, 9)] + "）" + t.title() + "。"
                    + String.join("，", targets) + (next.isEmpty() ? "" : (targets.isEmpty() ? "" : "；") + next) + "。"));
        }
        b.add(new OfficialDocx.Signature(office + "\n" + chineseDate(issued)));
        return new Draft(title, b, written);
    }

    private Map<String, Object> plan(long planId) {
        return jdbc.sql("select id, title, area_id, year from plan where id = :p").param("p", planId).query().singleRow();
    }

    /** The period's tasks as frozen (or, before the freeze, as they stand), with what was reported by then. */
    List<TaskLine> tasks(ReportingPeriod p) {
        // Each task's latest entry that had reached the office by the period's end (and by the freeze).
        Map<Long, Map<String, Object>> entries = new HashMap<>();
        jdbc.sql("""
                        select distinct on (e.task_id) e.id, e.task_id, e.narrative, e.problems, e.next_steps
                        from reporting_period q join unit_report r on r.period_id = q.id join task_entry e on e.report_id = r.id
                        where q.plan_id = :plan and q.starts <= :starts and r.state in ('APPROVED', 'ACCEPTED')
                          and e.created_at <= coalesce(cast(:frozen as timestamptz), now())
                        order by e.task_id, q.starts desc, e.revision desc""")
                .param("plan", p.planId()).param("starts", p.starts()).param("frozen", p.frozenAt())
                .query().listOfRows().forEach(r -> entries.put(((Number) r.get("task_id")).longValue(), r));
        Map<Long, Map<Long, BigDecimal>> values = new HashMap<>();
        if (!entries.isEmpty()) {
            jdbc.sql("select entry_id, indicator_id, actual from entry_value where entry_id in (:ids)")
                    .param("ids", entries.values().stream().map(r -> ((Number) r.get("id")).longValue()).toList())
                    .query((rs, n) -> values.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getBigDecimal(3)))
                    .list();
        }
        Map<Long, List<Measure>> measures = new LinkedHashMap<>();
        jdbc.sql("""
                        select i.id, i.task_id, i.name, i.target_value, i.unit, i.comparator, coalesce(i.deadline, t.deadline) as deadline
                        from indicator i join task t on t.id = i.task_id
                        where t.plan_id = :plan and i.kind = 'target' and i.target_value is not null order by t.position, i.position""")
                .param("plan", p.planId())
                .query((rs, n) -> {
                    long task = rs.getLong("task_id");
                    Map<String, Object> entry = entries.get(task);
                    BigDecimal actual = entry == null ? null
                            : values.getOrDefault(((Number) entry.get("id")).longValue(), Map.of()).get(rs.getLong("id"));
                    return measures.computeIfAbsent(task, x -> new ArrayList<>()).add(new Measure(rs.getString("name"),
                            rs.getBigDecimal("target_value"), rs.getString("unit"), rs.getString("comparator"),
                            rs.getObject("deadline", LocalDate.class), actual));
                }).list();
        return jdbc.sql("""
                        select t.id, t.title, o.name as unit, s.status, s.completion, s.reason
                        from task_standing s join task t on t.id = s.task_id join organisation o on o.id = s.organisation_id
                        where s.period_id = :period order by t.position""")
                .param("period", p.id())
                .query((rs, n) -> {
                    Map<String, Object> e = entries.getOrDefault(rs.getLong("id"), Map.of());
                    return new TaskLine(rs.getLong("id"), rs.getString("title"), rs.getString("unit"), rs.getString("status"),
                            rs.getBigDecimal("completion"), rs.getString("reason"), (String) e.get("narrative"),
                            (String) e.get("problems"), (String) e.get("next_steps"), measures.getOrDefault(rs.getLong("id"), List.of()));
                }).list();
    }

    private static String names(List<Dashboards.Ranked> ranked) {
        return String.join("、", ranked.stream().map(Dashboards.Ranked::unitName).toList());
    }

    /** Numbers as 公文 writes them: 27.68, 7000, 85 — no trailing zeros, no grouping. */
    static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
