package cn.duban.reports;

import cn.duban.progress.Dashboards;
import cn.duban.progress.RankingRule;
import cn.duban.progress.ReportingPeriod;
import cn.duban.progress.ReportingPeriods;
import cn.duban.progress.StatusRule;
import cn.duban.refusal.NotFound;
import cn.duban.supervision.Rectifications;
import cn.duban.time.CountyTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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

    private final CountyTime time;

    PeriodDocuments(JdbcClient jdbc, ReportingPeriods periods, Dashboards dashboards, Rectifications rectifications,
            CountyTime time) {
        this.time = time;
        this.jdbc = jdbc;
        this.periods = periods;
        this.dashboards = dashboards;
        this.rectifications = rectifications;
    }

    /** A quantity as written, and what kind ANNOTATION.md gives it there. */
    record Written(String surface, String kind) {
    }

    /** A document ready to write; {@code issue} is a bulletin's 第X期 (null for a summary). */
    record Draft(String title, List<OfficialDocx.Block> blocks, List<Written> quantities, Integer issue) {
        Draft(String title, List<OfficialDocx.Block> blocks, List<Written> quantities) {
            this(title, blocks, quantities, null);
        }
    }

    /** One task in the snapshot: its standing, and the values reported by the period's end. */
    record TaskLine(long id, String title, String unit, String status, BigDecimal completion, BigDecimal expected,
            LocalDate deadline, String basis, boolean needsReport, String reason, String narrative, String problems,
            String nextSteps, List<Measure> measures) {
    }

    private record Measure(String name, BigDecimal target, String unit, String comparator, LocalDate deadline, BigDecimal actual) {
    }

    ReportingPeriod frozen(long periodId) {
        ReportingPeriod p = periods.find(periodId).orElseThrow(() -> new NotFound("报送期不存在"));
        if (!p.frozen()) {
            throw new DocumentRefused("通报和小结只依据已冻结的报送期生成：请先在红黑榜页面冻结" + p.label());
        }
        return p;
    }

    /**
     * Who issues a 督查通报 and under which number: the office's full name (青川县人民政府督查室),
     * 第X期 of the year, and to whom it is copied.
     */
    record Letterhead(String office, int issue, String copyTo) {
        static final String COPY_TO = "县委办公室，县人大常委会办公室，县政协办公室";
    }

    Draft bulletin(long periodId, Letterhead head, LocalDate issued) {
        ReportingPeriod p = frozen(periodId);
        Map<String, Object> plan = plan(p.planId());
        List<TaskLine> tasks = tasks(p);
        String office = head.office();
        List<OfficialDocx.Block> b = new ArrayList<>();
        String title = "关于" + of(plan, p) + "推进情况的通报";
        b.add(new OfficialDocx.Masthead(office, "第" + head.issue() + "期", CountyTime.dayOf(issued)));
        b.add(new OfficialDocx.Title(title));
        b.add(new OfficialDocx.Recipients("各乡镇人民政府，县直各部门："));
        // Every count below is taken from the same snapshot rows the lists are written from.
        Map<String, Long> counts = new LinkedHashMap<>();
        for (TaskLine t : tasks) {
            counts.merge(t.status(), 1L, Long::sum);
        }
        BigDecimal average = tasks.isEmpty()
                ? BigDecimal.ZERO
                : StatusRule.percent(tasks.stream()
                        .map(t -> t.completion() == null ? BigDecimal.ZERO : t.completion().min(BigDecimal.valueOf(100)))
                        .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(tasks.size()), 6, RoundingMode.HALF_UP),
                        tasks.stream().allMatch(t -> "DONE".equals(t.status())));
        b.add(new OfficialDocx.Body("现将" + of(plan, p) + "推进情况通报如下。"));
        b.add(new OfficialDocx.Heading1("一、总体情况"));
        RankingRule.Ranking ranking = dashboards.ranking(periodId);
        int unassigned = unassigned(p.planId());
        // Every unit of the ranking is counted once, by how its report came in: the parts add up to the whole.
        Map<String, List<String>> byTimeliness = new LinkedHashMap<>();
        for (RankingRule.Timeliness t : RankingRule.Timeliness.values()) {
            byTimeliness.put(t.label(), new ArrayList<>());
        }
        ranking.ranked().forEach(r -> byTimeliness.get(r.timeliness()).add(r.unitName()));
        List<String> missingUnits = byTimeliness.get(RankingRule.Timeliness.MISSING.label());
        List<String> notNeeded = byTimeliness.get(RankingRule.Timeliness.NOT_NEEDED.label());
        b.add(new OfficialDocx.Body("本期纳入调度任务" + tasks.size() + "项，平均完成率" + plain(average) + "%。其中已完成"
                + counts.getOrDefault("DONE", 0L) + "项，正常推进" + counts.getOrDefault("ON_TRACK", 0L) + "项，滞后"
                + counts.getOrDefault("LAGGING", 0L) + "项，超期" + counts.getOrDefault("OVERDUE", 0L) + "项，未报送"
                + counts.getOrDefault("NOT_REPORTED", 0L) + "项。" + "参与排名单位" + ranking.ranked().size() + "个，其中按时报送"
                + byTimeliness.get(RankingRule.Timeliness.ON_TIME.label()).size() + "个，逾期报送"
                + byTimeliness.get(RankingRule.Timeliness.LATE.label()).size() + "个，未报送" + missingUnits.size() + "个"
                + (missingUnits.isEmpty() ? "" : "（" + String.join("、", missingUnits) + "）")
                + (notNeeded.isEmpty() ? "" : "，任务已全部完成、本期无需报送" + notNeeded.size() + "个（" + String.join("、", notNeeded) + "）")
                + "。" + (unassigned == 0 ? "" : "另有" + unassigned + "项任务尚未明确牵头单位，未纳入调度。")));
        b.add(new OfficialDocx.Heading1("二、红黑榜"));
        b.add(new OfficialDocx.Body("排名规则：" + ranking.rules()));
        if (!ranking.red().isEmpty()) {
            // Praised for what each did: a unit that owed no report this period is not praised for reporting on time.
            boolean allReported = ranking.red().stream().allMatch(r -> r.timeliness().equals(RankingRule.Timeliness.ON_TIME.label()));
            b.add(new OfficialDocx.Body("红榜：" + names(ranking.red()) + "。以上单位任务推进快、"
                    + (allReported ? "报送及时" : "成效明显") + "，予以通报表扬。"));
        }
        if (!ranking.black().isEmpty()) {
            b.add(new OfficialDocx.Body("黑榜：" + names(ranking.black()) + "。以上单位要认真分析原因，切实加快进度。"));
        }
        if (!ranking.note().isEmpty()) {
            b.add(new OfficialDocx.Body(ranking.note()));
        }
        b.add(new OfficialDocx.Heading1("三、超期、未报送和滞后任务"));
        List<TaskLine> behind = new ArrayList<>();
        for (String status : List.of("OVERDUE", "NOT_REPORTED", "LAGGING")) {
            tasks.stream().filter(t -> t.status().equals(status)).forEach(behind::add);
        }
        if (behind.isEmpty()) {
            b.add(new OfficialDocx.Body("本期无超期、未报送或滞后任务。"));
        }
        int k = 0;
        for (TaskLine t : behind) {
            // The standing's own sentence, as every page and the period's ledger say it: never a figure of the document's own.
            b.add(new OfficialDocx.Body(++k + "." + named(t) + unstopped(t.reason()) + "。"));
        }
        b.add(new OfficialDocx.Heading1("四、整改落实情况"));
        var rate = rectifications.areaRate(List.of(((Number) plan.get("area_id")).longValue()), issued);
        b.add(new OfficialDocx.Body(rate.map(r -> "督查发现问题" + r.total() + "个，已整改销号" + r.closed() + "个，整改完成率"
                + plain(r.rate()) + "%，超期未销号" + r.overdue() + "个。").orElse("本期无督查整改事项。")));
        b.add(new OfficialDocx.Heading1("五、下步工作要求"));
        b.add(new OfficialDocx.Body("各责任单位要对照目标任务，逐项倒排工期、挂图作战。超期、未报送和滞后任务的牵头单位要于下期报送前说明原因、"
                + "明确措施和完成时限；县政府督查室将持续跟踪督办，对连续两期排名末位的单位进行约谈。"));
        b.add(new OfficialDocx.Signature(office + "\n" + CountyTime.dayOf(issued)));
        b.add(new OfficialDocx.Imprint(head.copyTo(), office, CountyTime.dayOf(issued)));
        return new Draft(title, b, List.of(), head.issue());
    }

    /**
     * 青川县2026年重点工作 + 10月份: the period without the year the plan's title already names, in
     * whatever form the title names it (2026年, 2026, 二〇二六年).
     */
    static String of(Map<String, Object> plan, ReportingPeriod p) {
        String title = ((String) plan.get("title")).strip();
        int y = p.starts().getYear();
        String label = p.label();
        boolean named = title.contains(String.valueOf(y)) || title.contains(chineseYear(y));
        if (named) {
            label = label.replace(y + "年", "").strip();
        }
        if (label.matches("\\d{1,2}月")) {
            label = label + "份";
        }
        return title + label;
    }

    private static String chineseYear(int year) {
        StringBuilder out = new StringBuilder();
        for (char c : String.valueOf(year).toCharArray()) {
            out.append("〇一二三四五六七八九".charAt(c - '0'));
        }
        return out.toString();
    }

    /** A task as a sentence names it: 养老服务提升（县民政局）; a task named after its unit, 龙坪乡目标任务. */
    private static String named(TaskLine t) {
        return t.title().equals(t.unit()) ? t.unit() + "目标任务" : t.title() + "（" + t.unit() + "）";
    }

    private int unassigned(long planId) {
        // A task split among units or assigned below has its parts' leads, not one of its own.
        return jdbc.sql("""
                select count(*) from task t where t.plan_id = :p and t.lead_org_id is null
                and not task_handed_on(t.id)""").param("p", planId)
                .query(Integer.class).single();
    }

    Draft summary(long periodId, String office, LocalDate issued) {
        ReportingPeriod p = frozen(periodId);
        Map<String, Object> plan = plan(p.planId());
        List<TaskLine> tasks = tasks(p);
        List<OfficialDocx.Block> b = new ArrayList<>();
        List<Written> written = new ArrayList<>();
        String title = of(plan, p) + "工作小结";
        b.add(new OfficialDocx.Title(title));
        b.add(new OfficialDocx.Heading1("一、主要工作进展情况"));
        int k = 0;
        for (TaskLine t : tasks) {
            String opening = "（" + ORDINALS[Math.min(k++, 9)] + "）" + unstopped(t.title()) + "。";
            if ("NOT_REPORTED".equals(t.status())) {
                // Last period's words would read as this period's: the summary says only what is known.
                b.add(new OfficialDocx.Body(opening + "本期未报送进展" + (t.completion() == null
                        ? ""
                        : "，截至上期完成率" + StatusRule.figure(t.completion()) + "%") + "。"));
                if (t.completion() != null) {
                    written.add(new Written(StatusRule.figure(t.completion()) + "%", "actual"));
                }
                continue;
            }
            StringBuilder s = new StringBuilder();
            for (Measure m : t.measures()) {
                if (m.actual() == null) {
                    continue;
                }
                String q = plain(m.actual()) + m.unit();
                // 公文's verbs: a rate 达到, a ≤ indicator stands at, a quantity 累计完成.
                String phrase = "%".equals(m.unit())
                        ? m.name() + "达到" + q
                        : "<=".equals(m.comparator()) ? m.name() + q + "，控制在目标以内" : "累计完成" + m.name() + q;
                s.append(s.isEmpty() ? "" : "，").append(phrase);
                written.add(new Written(q, "actual"));
            }
            if (t.completion() != null && !t.measures().isEmpty()) {
                String c = StatusRule.figure(t.completion()) + "%";
                s.append("，完成率").append(c);
                written.add(new Written(c, "actual"));
            }
            // A task behind schedule is told by its figures and its status, not by the unit's own account
            // of it (which stays in the ledger's 进展情况): the office's summary never calls it on plan.
            String behind = switch (t.status()) {
                case "LAGGING" -> "，进度滞后于时序要求";
                case "OVERDUE" -> "，已超过完成时限，尚未完成";
                default -> "";
            };
            String narrative = !behind.isEmpty() || t.narrative() == null || t.narrative().isBlank()
                    ? ""
                    : t.narrative().strip().replaceAll("[。；;]+$", "");
            String body = (narrative.isEmpty() ? "" : narrative + (s.isEmpty() ? "" : "，")) + s + behind;
            if (body.startsWith("，")) {
                body = body.substring(1);
            }
            b.add(new OfficialDocx.Body(opening + (body.isEmpty() ? "本期未报送进展" : body) + "。"));
        }
        b.add(new OfficialDocx.Heading1("二、存在的主要问题"));
        List<String> problems = new ArrayList<>();
        for (TaskLine t : tasks) {
            // The summary names what is behind and why in words; the bulletin gives the figures.
            switch (t.status()) {
                case "LAGGING" -> problems.add(named(t) + "进度滞后");
                case "OVERDUE" -> problems.add(named(t) + "已超过完成时限仍未完成");
                case "NOT_REPORTED" -> problems.add(named(t) + "本期未报送进展");
                default -> {
                }
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
                // Next steps promise only what is still ahead: a target whose date has passed is a problem (二), not a plan.
                if (m.deadline() == null || !m.deadline().isAfter(issued)) {
                    continue;
                }
                String q = plain(m.target()) + m.unit();
                targets.add("确保" + by(m.deadline(), issued) + ("<=".equals(m.comparator())
                        ? "将" + m.name() + "控制在" + q + "以内"
                        : "完成" + m.name() + q));
                written.add(new Written(q, "target"));
            }
            String next = t.nextSteps() == null || t.nextSteps().isBlank() ? "" : t.nextSteps().strip().replaceAll("[。；;]+$", "");
            if (targets.isEmpty() && next.isEmpty()) {
                continue;
            }
            b.add(new OfficialDocx.Body("（" + ORDINALS[Math.min(k++, 9)] + "）" + unstopped(t.title()) + "。"
                    + String.join("，", targets) + (next.isEmpty() ? "" : (targets.isEmpty() ? "" : "；") + next) + "。"));
        }
        b.add(new OfficialDocx.Signature(office + "\n" + CountyTime.dayOf(issued)));
        return new Draft(title, b, written);
    }

    /** 6月底前 for a month's last day, 6月15日前 otherwise; the year named when it is not the year of writing. */
    private static String by(LocalDate d, LocalDate issued) {
        String year = d.getYear() == issued.getYear() ? "" : d.getYear() + "年";
        boolean monthEnd = d.getDayOfMonth() == d.lengthOfMonth();
        return year + d.getMonthValue() + "月" + (monthEnd ? "底" : d.getDayOfMonth() + "日") + "前";
    }

    private Map<String, Object> plan(long planId) {
        return jdbc.sql("select id, title, area_id, year from plan where id = :p").param("p", planId).query().singleRow();
    }

    /** The period's tasks as frozen (or, before the freeze, as they stand), with what was reported by then. */
    List<TaskLine> tasks(ReportingPeriod p) {
        // Each task's latest entry that had reached the office by the period's end (and by the freeze).
        Map<Long, Map<String, Object>> entries = new HashMap<>();
        jdbc.sql("""
                select distinct on (c.task_id) c.entry_id as id, c.task_id, c.narrative, c.problems, c.next_steps
                from counted_entry(:plan, coalesce(cast(:frozen as timestamptz), :now)) c
                where c.period_starts <= :starts
                order by c.task_id, c.period_starts desc""")
                .param("plan", p.planId()).param("starts", p.starts()).param("frozen", p.frozenAt()).param("now", time.now())
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
                    BigDecimal actual = entry == null
                            ? null
                            : values.getOrDefault(((Number) entry.get("id")).longValue(), Map.of()).get(rs.getLong("id"));
                    return measures.computeIfAbsent(task, x -> new ArrayList<>()).add(new Measure(rs.getString("name"),
                            rs.getBigDecimal("target_value"), rs.getString("unit"), rs.getString("comparator"),
                            rs.getObject("deadline", LocalDate.class), actual));
                }).list();
        return jdbc.sql("""
                select t.id, t.title, o.name as unit, s.status, s.completion, s.expected, s.deadline, s.basis,
                       s.needs_report, s.reason
                from task_standing s join task t on t.id = s.task_id join organisation o on o.id = s.organisation_id
                where s.period_id = :period order by t.position""")
                .param("period", p.id())
                .query((rs, n) -> {
                    Map<String, Object> e = entries.getOrDefault(rs.getLong("id"), Map.of());
                    return new TaskLine(rs.getLong("id"), rs.getString("title"), rs.getString("unit"), rs.getString("status"),
                            rs.getBigDecimal("completion"), rs.getBigDecimal("expected"), rs.getObject("deadline", LocalDate.class),
                            rs.getString("basis"), rs.getBoolean("needs_report"), rs.getString("reason"), (String) e.get("narrative"),
                            (String) e.get("problems"), (String) e.get("next_steps"), measures.getOrDefault(rs.getLong("id"), List.of()));
                }).list();
    }

    /** A title or a unit's words without the full stop it may end with, so that a sentence built on it ends once. */
    static String unstopped(String text) {
        return text == null ? "" : text.strip().replaceAll("[。．；;]+$", "");
    }

    private static String names(List<RankingRule.Ranked> ranked) {
        return String.join("、", ranked.stream().map(RankingRule.Ranked::unitName).toList());
    }

    /** Numbers as 公文 writes them: 27.68, 7000, 85 — no trailing zeros, no grouping. */
    static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }
}
