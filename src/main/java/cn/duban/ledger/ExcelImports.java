package cn.duban.ledger;

import cn.duban.extract.Quantity;
import cn.duban.org.Organisation;
import cn.duban.org.Organisations;
import cn.duban.refusal.Conflict;
import cn.duban.refusal.Refusal;
import cn.duban.time.CountyTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A ledger sheet into a new plan: every row checked first, and nothing saved unless all are right.
 * A co-operating unit outside the organisation tree is not wrong: it is kept on its task by name.
 * A workbook Duban exported from a plan is that plan's ledger and is refused here, naming the plan:
 * it goes back into it ({@link LedgerRoundTrip}), never into a second plan.
 */
@Service
public class ExcelImports {

    private final Organisations organisations;
    private final Plans plans;
    private final CountyTime time;

    ExcelImports(Organisations organisations, Plans plans, CountyTime time) {
        this.organisations = organisations;
        this.plans = plans;
        this.time = time;
    }

    /** Refused rows, each with its number and reason. */
    public static class SheetRejected extends Refusal {
        private final List<String> problems;

        SheetRejected(List<String> problems) {
            super("Excel 台账有 " + problems.size() + " 处问题，未导入任何内容：" + String.join("；", problems.subList(0, Math.min(20, problems.size())))
                    + (problems.size() > 20 ? "……" : ""));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("problems", problems);
        }
    }

    /** A workbook exported from an existing plan, offered as a new one: it belongs to that plan. */
    public static class FromExistingPlan extends Conflict {
        private final long planId;
        private final String planTitle;

        FromExistingPlan(Plans.PlanName plan) {
            super("此工作簿是从计划“" + plan.title() + "”（编号 " + plan.id() + "）导出的台账，不能再导入为新计划；"
                    + "请在该计划页面用“从 Excel 更新本计划”导入修改");
            this.planId = plan.id();
            this.planTitle = plan.title();
        }

        public long planId() {
            return planId;
        }

        public String planTitle() {
            return planTitle;
        }

        @Override
        public String title() {
            return "该台账属于已有计划";
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("planId", planId, "planTitle", planTitle, "updateWith", "/api/plans/" + planId + "/excel");
        }
    }

    /** A co-operating unit a row named that is not in the organisation tree, kept on its task by name. */
    public record OutsideCoUnit(int row, String name) {
    }

    /**
     * The plan a ledger became, and what the office should know of it: the co-operating units kept
     * by name (they take no part in reporting until they are in the organisation tree), one notice a row.
     */
    public record Imported(long planId, List<OutsideCoUnit> outsideCoUnits, List<String> notices) {
    }

    public long importSheet(byte[] bytes, String title, int year, long areaId, String fileName, String user) {
        return importLedger(bytes, title, year, areaId, fileName, user).planId();
    }

    /**
     * The sheet into a new plan. A lead unit must be in the area's organisation tree (a task needs a
     * unit that reports); a co-operating unit need not — a city bureau's branch, a bank, a centre —
     * and one that is not is kept on the task by name, and told.
     */
    public Imported importLedger(byte[] bytes, String title, int year, long areaId, String fileName, String user) {
        List<String> problems = new ArrayList<>();
        LedgerWorkbook.LedgerFile file = LedgerWorkbook.readFile(bytes, problems);
        // Before anything else: a plan's own export goes back into that plan, whatever else is wrong with it.
        exportedFrom(file).ifPresent(plan -> {
            throw new FromExistingPlan(plan);
        });
        String name = title != null && !title.isBlank() ? title.strip() : defaultTitle(file, fileName);
        if (name.isEmpty()) {
            problems.add("请填写计划名称");
        }
        List<LedgerWorkbook.LedgerRow> rows = file.rows();
        UnitMatcher units = new UnitMatcher(organisations.within(organisations.subtree(areaId)));
        Map<Integer, List<Quantity>> targets = targets(file, problems);
        List<Plans.NewTask> tasks = new ArrayList<>();
        List<OutsideCoUnit> outside = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        for (LedgerWorkbook.LedgerRow r : rows) {
            Optional<Organisation> lead = r.lead().isEmpty() ? Optional.empty() : units.match(r.lead());
            if (r.lead().isEmpty()) {
                problems.add("第 " + r.rowNumber() + " 行缺少“牵头单位”");
            } else if (lead.isEmpty()) {
                problems.add("第 " + r.rowNumber() + " 行牵头单位“" + r.lead() + "”不在本区域的组织机构中");
            }
            CoUnits co = coUnits(r, lead.orElse(null), units);
            if (!co.outside().isEmpty()) {
                co.outside().forEach(n -> outside.add(new OutsideCoUnit(r.rowNumber(), n)));
                notices.add(OutsideCoUnits.notice(r.rowNumber(), co.outside()));
            }
            if (lead.isPresent()) {
                List<Quantity> quantities = targets.containsKey(r.rowNumber())
                        ? targets.get(r.rowNumber())
                        : LedgerWorkbook.indicators(r.requirement(), year);
                tasks.add(new Plans.NewTask(r.number(), r.title(), r.remark(), lead.get().id(), co.ids(), co.outside(),
                        r.deadline(), quantities, null, null, r.leader(), r.responsiblePerson()));
            }
        }
        if (!problems.isEmpty()) {
            throw new SheetRejected(problems);
        }
        long planId = plans.create(name, span(year, tasks, time.today()), areaId, fileName, PlanImports.sha256(bytes), null,
                user, tasks);
        return new Imported(planId, List.copyOf(outside), List.copyOf(notices));
    }

    /**
     * The plan a workbook was exported from, when it still exists: by its 导出标识 sheet, or by the
     * task ids in its hidden column when that sheet was deleted.
     */
    Optional<Plans.PlanName> exportedFrom(LedgerWorkbook.LedgerFile file) {
        if (file.identity() != null) {
            Optional<Plans.PlanName> plan = plans.named(file.identity().planId());
            if (plan.isPresent()) {
                return plan;
            }
        }
        return plans.planOfAny(file.rows().stream().map(LedgerWorkbook.LedgerRow::taskId).filter(Objects::nonNull).toList());
    }

    /** The sheet's title row without its 台账 (XX镇2026年重点工作台账 → XX镇2026年重点工作), else the file's name. */
    static String defaultTitle(LedgerWorkbook.LedgerFile file, String fileName) {
        String heading = file.heading().strip();
        if (heading.isEmpty() && fileName != null) {
            heading = fileName.replaceFirst("(?i)\\.xlsx$", "").strip();
        }
        return heading.replaceFirst("(台账|一览表|清单)$", "").strip();
    }

    /** A row's co-operating units: those of the area's organisation tree by id, the others by the name the ledger gives. */
    record CoUnits(List<Long> ids, List<String> outside) {
    }

    /**
     * The co-operating units of a row. One the area's tree does not hold is not refused: real ledgers name
     * units Duban need not know (市生态环境局澄川分局, 县农商银行), and refusing the whole ledger for them
     * leaves an office unable to import its own 台账.
     */
    static CoUnits coUnits(LedgerWorkbook.LedgerRow r, Organisation lead, UnitMatcher units) {
        List<Long> co = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        for (String name : OutsideCoUnits.clean(r.coUnits())) {
            Optional<Organisation> unit = units.match(name);
            if (unit.isEmpty()) {
                outside.add(name);
            } else if ((lead == null || unit.get().id() != lead.id()) && !co.contains(unit.get().id())) {
                co.add(unit.get().id());
            }
        }
        return new CoUnits(List.copyOf(co), List.copyOf(outside));
    }

    /**
     * The targets of the 指标 sheet, by the ledger row they belong to: a row is found by its task
     * id where the sheet carries one, else by its 序号, which must then name one row. A task the
     * 指标 sheet says nothing of takes its targets from its 目标要求 text.
     */
    static Map<Integer, List<Quantity>> targets(LedgerWorkbook.LedgerFile file, List<String> problems) {
        Map<Integer, List<Quantity>> out = new HashMap<>();
        if (file.indicators() == null) {
            return out;
        }
        for (LedgerWorkbook.IndicatorRow i : file.indicators()) {
            Optional<LedgerWorkbook.LedgerRow> row = rowOf(file.rows(), i, problems);
            row.ifPresent(r -> out.computeIfAbsent(r.rowNumber(), k -> new ArrayList<>()).add(quantity(i)));
        }
        return out;
    }

    /** The ledger row an indicator row belongs to; a problem when none or several match. */
    static Optional<LedgerWorkbook.LedgerRow> rowOf(List<LedgerWorkbook.LedgerRow> rows, LedgerWorkbook.IndicatorRow i,
            List<String> problems) {
        if (i.taskId() != null) {
            Optional<LedgerWorkbook.LedgerRow> byId = rows.stream().filter(r -> i.taskId().equals(r.taskId())).findFirst();
            if (byId.isPresent()) {
                return byId;
            }
        }
        if (i.taskNumber().isEmpty()) {
            problems.add("“指标”表第 " + i.rowNumber() + " 行缺少“任务序号”，无法确定属于哪项任务");
            return Optional.empty();
        }
        List<LedgerWorkbook.LedgerRow> numbered = rows.stream().filter(r -> r.number().equals(i.taskNumber())).toList();
        if (numbered.size() != 1) {
            problems.add("“指标”表第 " + i.rowNumber() + " 行的任务序号“" + i.taskNumber() + "”"
                    + (numbered.isEmpty() ? "在台账中找不到" : "在台账中有 " + numbered.size() + " 行，无法确定是哪一项"));
            return Optional.empty();
        }
        return Optional.of(numbered.get(0));
    }

    static Quantity quantity(LedgerWorkbook.IndicatorRow i) {
        String unit = i.unit() == null ? "" : i.unit();
        return new Quantity("", "", i.surface(), i.target(), unit, i.target(), unit, "target", i.name(), i.comparator(),
                i.deadline() == null ? null : i.deadline().toString(), i.target() == null, 0, 0, "台账：指标表");
    }

    /**
     * The span of a plan imported from a ledger. Tracking starts no earlier than this month: nobody
     * can report for the months before the plan was in Duban, and a span back-dated to January asks
     * every unit for reports it could not have made (the dashboard then counts them 未报送). A plan
     * for a later year starts in its January. A ledger wholly in the past (a year gone, or every
     * deadline before this month) says otherwise: it is kept for the record over its own months.
     * It ends at the year's end, or at the latest deadline when that is later (within five years).
     */
    static Plans.Span span(int year, List<Plans.NewTask> tasks, LocalDate today) {
        YearMonth from = YearMonth.of(year, 1);
        YearMonth to = YearMonth.of(year, 12);
        for (Plans.NewTask t : tasks) {
            for (LocalDate due : deadlines(t)) {
                YearMonth month = YearMonth.from(due);
                if (month.isAfter(to) && !month.isAfter(from.plusMonths(59))) {
                    to = month;
                }
            }
        }
        YearMonth now = YearMonth.from(today);
        boolean anyAhead = tasks.stream().flatMap(t -> deadlines(t).stream()).anyMatch(d -> !YearMonth.from(d).isBefore(now))
                || tasks.stream().anyMatch(t -> t.deadline() == null);
        if (from.isBefore(now) && !to.isBefore(now) && anyAhead) {
            from = now;
        }
        return Plans.Span.ofMonths(from, to);
    }

    private static List<LocalDate> deadlines(Plans.NewTask t) {
        List<LocalDate> out = new ArrayList<>();
        if (t.deadline() != null) {
            out.add(t.deadline());
        }
        for (Quantity q : t.indicators()) {
            if (q.deadline() != null) {
                out.add(LocalDate.parse(q.deadline()));
            }
        }
        return out;
    }
}
