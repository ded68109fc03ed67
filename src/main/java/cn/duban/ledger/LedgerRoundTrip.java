package cn.duban.ledger;

import cn.duban.audit.AuditTrail;
import cn.duban.extract.Quantity;
import cn.duban.org.Organisation;
import cn.duban.org.Organisations;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An edited export of a plan back into that plan. The preview compares, cell by cell, three
 * versions of each task: as exported (the workbook's hidden 原值 sheets), as the sheet now says,
 * and as Duban now holds it. What only the sheet changed is an edit; what only Duban changed stays;
 * what both changed, differently, is a conflict — shown with both values and never overwritten.
 * Applying computes the same comparison again in one transaction and writes it only if it is
 * still the one previewed (its fingerprint), through the methods the task editor uses, so every
 * task keeps its id and with it its reports, extensions and 交办.
 *
 * <p>A task missing from the sheet is listed and kept: Duban has no deletion of a task (it would
 * take its reports with it), and an edited spreadsheet is not where one should begin. A row
 * without a task id is a new task, added after the plan's last.
 */
@Service
public class LedgerRoundTrip {

    private final Plans plans;
    private final Tasks tasks;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final ObjectProvider<ReportedWork> reports;

    LedgerRoundTrip(Plans plans, Tasks tasks, Organisations organisations, AuditTrail audit, JdbcClient jdbc,
            ObjectProvider<ReportedWork> reports) {
        this.reports = reports;
        this.plans = plans;
        this.tasks = tasks;
        this.organisations = organisations;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** What a change is; the first four are written when the office confirms, the others only shown. */
    public enum Kind {
        ADDED("新增任务", true), EDITED("修改", true), DEADLINE("调整完成时限", true), INDICATOR("指标变化", true), DROPPED("表中已删除（保留）",
                false), CONFLICT("冲突（未覆盖）", false), BLOCKED("不能修改", false), NOT_IMPORTED("不导入", false);

        private final String label;
        private final boolean applies;

        Kind(String label, boolean applies) {
            this.label = label;
            this.applies = applies;
        }

        public String label() {
            return label;
        }

        public boolean applies() {
            return applies;
        }
    }

    /**
     * One change by row: {@code before} is Duban's value (for a conflict: the value exported),
     * {@code after} the sheet's, {@code duban} for a conflict what Duban holds now.
     */
    public record Change(Kind kind, Integer row, Long taskId, String number, String task, String field, String before,
            String after, String duban, String note) implements Serializable {
        public String label() {
            return kind.label();
        }

        public boolean applies() {
            return kind.applies();
        }
    }

    /** Every change the workbook makes to the plan, and the fingerprint that confirming must present. */
    public record Preview(long planId, String planTitle, String exportedAt, String fileSha256, String fingerprint,
            List<Change> changes) implements Serializable {
        public long count(Kind kind) {
            return changes.stream().filter(c -> c.kind() == kind).count();
        }

        /** Whether confirming writes anything. */
        public boolean writes() {
            return changes.stream().anyMatch(Change::applies);
        }

        public String summary() {
            if (changes.isEmpty()) {
                return "表中内容与本计划一致，没有需要更新的内容";
            }
            List<String> parts = new ArrayList<>();
            for (Kind k : Kind.values()) {
                long n = count(k);
                if (n > 0) {
                    parts.add(k.label() + " " + n + (k == Kind.ADDED || k == Kind.DROPPED ? " 项" : " 处"));
                }
            }
            return String.join("；", parts);
        }
    }

    /** What was written: the preview as confirmed and the ids of the tasks added. */
    public record Applied(Preview preview, List<Long> addedTaskIds) {
    }

    private record TaskWrite(long taskId, Tasks.TaskChange change, List<Integer> origins) {
    }

    private record NewRow(int row, Plans.NewTask task) {
    }

    private record Diff(Preview preview, List<TaskWrite> writes, List<NewRow> adds) {
    }

    /** An indicator row placed on its task: {@code origin} its position in the task as exported, or null for a new one. */
    private record Placed(LedgerWorkbook.IndicatorRow row, Integer origin) {
    }

    /** The changes the workbook would make; nothing is written. */
    public Preview preview(Plan plan, LedgerWorkbook.LedgerFile file) {
        return diff(plan, file).preview();
    }

    /**
     * Writes the changes the preview listed, in one transaction, audited; refused with nothing
     * written when they are no longer those of the preview with that fingerprint. Without a
     * fingerprint (an API caller that did not preview) it writes what a preview would now show —
     * conflicts are never written either way.
     */
    @Transactional
    public Applied apply(Plan plan, LedgerWorkbook.LedgerFile file, String fingerprint, String fileName) {
        // One import into a plan at a time: the comparison and the writes see the same plan.
        jdbc.sql("select id from plan where id = :p for update").param("p", plan.id()).query(Long.class).single();
        Diff diff = diff(plan, file);
        if (fingerprint != null && !fingerprint.isBlank() && !fingerprint.strip().equals(diff.preview().fingerprint())) {
            throw new PreviewOutdated();
        }
        Set<Long> allowed = organisations.subtree(plan.areaId());
        for (TaskWrite w : diff.writes()) {
            tasks.update(w.taskId(), w.change(), allowed, w.origins());
        }
        List<Long> added = new ArrayList<>();
        for (NewRow n : diff.adds()) {
            Map<String, Object> from = new LinkedHashMap<>();
            from.put("planId", plan.id());
            from.put("file", fileName == null ? "" : fileName);
            from.put("row", n.row());
            added.add(plans.addTask(plan.id(), n.task(), "Excel 台账新增任务", from));
        }
        Preview p = diff.preview();
        if (p.writes()) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("file", fileName == null ? "" : fileName);
            after.put("sha256", file.sha256());
            after.put("exportedAt", p.exportedAt());
            after.put("added", p.count(Kind.ADDED));
            after.put("edited", p.count(Kind.EDITED) + p.count(Kind.DEADLINE) + p.count(Kind.INDICATOR));
            after.put("conflicts", p.count(Kind.CONFLICT));
            after.put("dropped", p.count(Kind.DROPPED));
            audit.record("Excel 更新计划", "plan", plan.id(), null, after);
        }
        return new Applied(p, added);
    }

    private Diff diff(Plan plan, LedgerWorkbook.LedgerFile file) {
        List<String> problems = new ArrayList<>();
        belongs(plan, file);
        List<LedgerTask> tasks = plans.tasks(plan, Set.of(plan.areaId()));
        Map<Long, LedgerTask> current = tasks.stream().collect(Collectors.toMap(LedgerTask::id, Function.identity()));
        UnitMatcher units = new UnitMatcher(organisations.within(organisations.subtree(plan.areaId())));
        Map<Long, LedgerWorkbook.LedgerRow> base = file.baseRows() == null
                ? null
                : file.baseRows().stream()
                        .filter(r -> r.taskId() != null).collect(Collectors.toMap(LedgerWorkbook.LedgerRow::taskId, r -> r, (a, b) -> a));
        Map<Long, List<LedgerWorkbook.IndicatorRow>> baseIndicators = file.baseIndicators() == null
                ? null
                : file.baseIndicators().stream().filter(i -> i.taskId() != null && i.position() != null)
                        .sorted(Comparator.comparing(LedgerWorkbook.IndicatorRow::position))
                        .collect(Collectors.groupingBy(LedgerWorkbook.IndicatorRow::taskId, LinkedHashMap::new, Collectors.toList()));

        // Which rows are which tasks: an id that is no task of this plan, or one task on two rows, is refused.
        Map<Long, Integer> seen = new HashMap<>();
        List<LedgerWorkbook.LedgerRow> rows = new ArrayList<>();
        for (LedgerWorkbook.LedgerRow r : file.rows()) {
            if (r.taskId() != null && !current.containsKey(r.taskId())) {
                problems.add("第 " + r.rowNumber() + " 行的任务ID " + r.taskId() + " 不是本计划的任务（可能是从别的计划复制来的行，"
                        + "或隐藏的“任务ID”列被改动）；新增的任务请在空白行填写");
            } else if (r.taskId() != null && seen.containsKey(r.taskId())) {
                problems.add("第 " + r.rowNumber() + " 行与第 " + seen.get(r.taskId()) + " 行带有同一项任务的标识（整行复制时隐藏的"
                        + "“任务ID”列也被复制）；如是新增任务，请在空白行填写，或删除重复的行");
            } else {
                if (r.taskId() != null) {
                    seen.put(r.taskId(), r.rowNumber());
                }
                rows.add(r);
            }
        }
        Map<Integer, List<Placed>> placed = place(file, rows, base == null ? Map.of() : base, baseIndicators, problems);

        List<Change> changes = new ArrayList<>();
        List<TaskWrite> writes = new ArrayList<>();
        List<NewRow> adds = new ArrayList<>();
        for (LedgerWorkbook.LedgerRow r : rows) {
            if (r.taskId() == null) {
                added(plan, r, placed.get(r.rowNumber()), units, changes, adds, problems);
            } else {
                edited(r, current.get(r.taskId()), base == null ? null : base.get(r.taskId()),
                        baseIndicators == null ? null : baseIndicators.getOrDefault(r.taskId(), List.of()),
                        file.indicators() != null, placed.getOrDefault(r.rowNumber(), List.of()), units, changes, writes, problems);
            }
        }
        Set<Long> exported = base != null ? base.keySet() : current.keySet();
        for (LedgerTask t : tasks) {
            if (exported.contains(t.id()) && !seen.containsKey(t.id())) {
                changes.add(new Change(Kind.DROPPED, null, t.id(), t.number(), t.title(), "", "", "", "",
                        "表中没有这项任务；本计划中保留，不删除（任务的报送、延期和交办随之保留）"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ExcelImports.SheetRejected(problems);
        }
        String fingerprint = fingerprint(file, tasks, changes);
        Preview preview = new Preview(plan.id(), plan.title(), file.identity() == null ? "" : file.identity().exportedAt(),
                file.sha256(), fingerprint, List.copyOf(changes));
        return new Diff(preview, writes, adds);
    }

    /** The workbook must be this plan's own export: another plan's, or a sheet with no identity, is refused. */
    private void belongs(Plan plan, LedgerWorkbook.LedgerFile file) {
        if (file.identity() != null && file.identity().planId() != plan.id()) {
            Optional<Plans.PlanName> other = plans.named(file.identity().planId());
            throw new ExcelImports.SheetRejected(List.of("此工作簿是从" + other.map(p -> "计划“" + p.title() + "”（编号 " + p.id() + "）")
                    .orElse("另一个计划") + "导出的，不是本计划的台账；请在该计划中导入，或先导出本计划再修改"));
        }
        if (file.identity() == null && !file.carriesTaskIds()) {
            throw new ExcelImports.SheetRejected(List.of("此工作簿不是从本计划导出的台账（没有 Duban 的任务标识），导入会把每项任务再建一遍；"
                    + "要修改本计划，请先“导出 Excel”，在导出的表上修改后再导入；单位自己的台账请用“从 Excel 导入”建为新计划"));
        }
    }

    /**
     * Each 指标 row on its ledger row. The hidden task id places it, unless the office changed its
     * visible 任务序号 from the exported one (it moved the indicator to another task): then the
     * 序号 does, and it is a new indicator there. A hidden position names the indicator it was,
     * the first time only (a copied row is a new indicator).
     */
    private static Map<Integer, List<Placed>> place(LedgerWorkbook.LedgerFile file, List<LedgerWorkbook.LedgerRow> rows,
            Map<Long, LedgerWorkbook.LedgerRow> base,
            Map<Long, List<LedgerWorkbook.IndicatorRow>> baseIndicators,
            List<String> problems) {
        Map<Integer, List<Placed>> out = new HashMap<>();
        if (file.indicators() == null) {
            return out;
        }
        Map<Long, LedgerWorkbook.LedgerRow> byId = rows.stream().filter(r -> r.taskId() != null)
                .collect(Collectors.toMap(LedgerWorkbook.LedgerRow::taskId, r -> r));
        Set<String> used = new HashSet<>();
        for (LedgerWorkbook.IndicatorRow i : file.indicators()) {
            LedgerWorkbook.IndicatorRow exported = i.taskId() == null || i.position() == null || baseIndicators == null
                    ? null
                    : baseIndicators.getOrDefault(i.taskId(), List.of()).stream()
                            .filter(b -> b.position().equals(i.position())).findFirst().orElse(null);
            boolean moved = exported != null && !i.taskNumber().isEmpty() && !i.taskNumber().equals(exported.taskNumber());
            if (!moved && i.taskId() != null && !byId.containsKey(i.taskId())) {
                continue; // an indicator of a task the sheet no longer lists: the task is kept, and so is it
            }
            LedgerWorkbook.LedgerRow row = moved || i.taskId() == null ? null : byId.get(i.taskId());
            Integer origin = null;
            if (row != null) {
                origin = i.position() != null && used.add(i.taskId() + "/" + i.position()) ? i.position() : null;
            } else {
                LedgerWorkbook.IndicatorRow unplaced = new LedgerWorkbook.IndicatorRow(i.rowNumber(), i.taskNumber(), i.name(),
                        i.comparator(), i.target(), i.unit(), i.deadline(), null, null);
                row = ExcelImports.rowOf(rows, unplaced, problems).orElse(null);
            }
            if (row != null) {
                out.computeIfAbsent(row.rowNumber(), k -> new ArrayList<>()).add(new Placed(i, origin));
            }
        }
        return out;
    }

    private void added(Plan plan, LedgerWorkbook.LedgerRow r, List<Placed> indicators, UnitMatcher units,
            List<Change> changes, List<NewRow> adds, List<String> problems) {
        Optional<Organisation> lead = r.lead().isEmpty() ? Optional.empty() : units.match(r.lead());
        if (r.lead().isEmpty()) {
            problems.add("第 " + r.rowNumber() + " 行（新增任务）缺少“牵头单位”");
        } else if (lead.isEmpty()) {
            problems.add("第 " + r.rowNumber() + " 行牵头单位“" + r.lead() + "”不在本区域的组织机构中");
        }
        ExcelImports.CoUnits co = ExcelImports.coUnits(r, lead.orElse(null), units);
        List<Quantity> quantities = indicators != null
                ? indicators.stream().map(p -> ExcelImports.quantity(p.row())).toList()
                : LedgerWorkbook.indicators(r.requirement(), plan.year());
        if (lead.isEmpty()) {
            return;
        }
        adds.add(new NewRow(r.rowNumber(), new Plans.NewTask(r.number(), r.title(), r.remark(), lead.get().id(), co.ids(),
                co.outside(), r.deadline(), quantities, null, null, r.leader(), r.responsiblePerson())));
        String what = "牵头单位 " + lead.get().name() + "；完成时限 " + show(r.deadline())
                + (quantities.isEmpty()
                        ? ""
                        : "；指标 " + quantities.stream().map(q -> q.indicator() + " " + q.surface())
                                .collect(Collectors.joining("、")));
        changes.add(new Change(Kind.ADDED, r.rowNumber(), null, r.number(), r.title(), "", "", what, "",
                co.outside().isEmpty() ? "" : OutsideCoUnits.notice(r.rowNumber(), co.outside())));
    }

    /** The three values of a cell and what they make: no change, an edit of the sheet's, or a conflict. */
    private enum Outcome {
        NONE, EDIT, CONFLICT
    }

    private static Outcome outcome(String exported, String sheet, String duban) {
        if (exported == null) {
            // Nothing tells what was exported: an edit only where Duban has not moved since (same version).
            return sheet.equals(duban) ? Outcome.NONE : Outcome.CONFLICT;
        }
        if (sheet.equals(exported) || sheet.equals(duban)) {
            return Outcome.NONE;
        }
        return duban.equals(exported) ? Outcome.EDIT : Outcome.CONFLICT;
    }

    private void edited(LedgerWorkbook.LedgerRow r, LedgerTask now, LedgerWorkbook.LedgerRow exported,
            List<LedgerWorkbook.IndicatorRow> exportedIndicators, boolean indicatorSheet, List<Placed> indicators,
            UnitMatcher units, List<Change> changes, List<TaskWrite> writes, List<String> problems) {
        // The same version in Duban as in the sheet: nothing has changed there since the export.
        boolean unchanged = r.version() != null && r.version() == now.version();
        Function<LedgerWorkbook.LedgerRow, String[]> cells = e -> new String[]{e.title(), e.lead(), sorted(e.coUnits()), e.leader(),
                e.responsiblePerson(), show(e.deadline()), e.number(), e.requirement(), e.remark()};
        String[] dubanNow = {now.title(), nz(now.leadOrgName()), sorted(now.coUnits()), nz(now.leader()),
                nz(now.responsiblePerson()), show(now.deadline()), nz(now.number()), LedgerWorkbook.requirement(now), ""};
        String[] exportedCells = unchanged ? dubanNow : exported == null ? new String[dubanNow.length] : cells.apply(exported);
        String[] sheet = cells.apply(r);

        // Unit names are matched only where the office changed them: a name left as exported stays as it is.
        int before = problems.size();
        Long leadId = now.leadOrgId();
        if (outcome(exportedCells[1], sheet[1], dubanNow[1]) == Outcome.EDIT && !r.lead().isEmpty()) {
            Optional<Organisation> lead = units.match(r.lead());
            if (lead.isEmpty()) {
                problems.add("第 " + r.rowNumber() + " 行牵头单位“" + r.lead() + "”不在本区域的组织机构中");
            } else {
                sheet[1] = lead.get().name();
                leadId = lead.get().id();
            }
        }
        List<Long> coIds = now.coUnitIds();
        List<String> outside = now.outsideCoUnits();
        if (outcome(exportedCells[2], sheet[2], dubanNow[2]) == Outcome.EDIT) {
            // A name the tree does not hold is kept by name, as a new ledger's is (ExcelImports.coUnits).
            Map<String, Long> coByName = new LinkedHashMap<>();
            List<String> named = new ArrayList<>();
            for (String name : OutsideCoUnits.clean(r.coUnits())) {
                Optional<Organisation> unit = units.match(name);
                if (unit.isEmpty()) {
                    named.add(name);
                } else {
                    coByName.put(unit.get().name(), unit.get().id());
                }
            }
            List<String> all = new ArrayList<>(coByName.keySet());
            all.addAll(named);
            sheet[2] = sorted(all);
            coIds = List.copyOf(coByName.values());
            outside = List.copyOf(named);
        }
        if (problems.size() > before) {
            return;
        }

        Map<String, String[]> fields = new LinkedHashMap<>();
        String[] names = {"工作任务", "牵头单位", "配合单位", "责任领导", "责任人", "完成时限"};
        for (int k = 0; k < names.length; k++) {
            fields.put(names[k], new String[]{exportedCells[k], sheet[k], dubanNow[k]});
        }

        Optional<String> fixed = tasks.fixedBecause(now.id());
        Map<String, String> edits = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> f : fields.entrySet()) {
            String[] v = f.getValue();
            String field = f.getKey();
            switch (outcome(v[0], v[1], v[2])) {
                case NONE -> {
                }
                case CONFLICT -> changes.add(new Change(Kind.CONFLICT, r.rowNumber(), now.id(), now.number(), now.title(), field,
                        v[0] == null ? "" : v[0], v[1], v[2], "导出后 Duban 中已修改，表中的修改未覆盖；如需改动，请在任务页面修改"));
                case EDIT -> {
                    if (field.equals("牵头单位") && v[1].isEmpty()) {
                        changes.add(blocked(r, now, field, v, "牵头单位不能清空；如需交办下级或分解，请在任务页面操作"));
                    } else if (field.equals("完成时限") && fixed.isPresent()) {
                        changes.add(blocked(r, now, field, v, fixed.get()));
                    } else if (field.equals("完成时限") && r.deadline() != null && now.startDate() != null
                            && r.deadline().isBefore(now.startDate())) {
                        changes.add(blocked(r, now, field, v, "完成时限不能早于开始日期 " + now.startDate()));
                    } else {
                        edits.put(field, v[1]);
                        changes.add(new Change(field.equals("完成时限") ? Kind.DEADLINE : Kind.EDITED, r.rowNumber(), now.id(),
                                now.number(), now.title(), field, v[2], v[1], "",
                                field.equals("完成时限")
                                        ? "与任务同日的指标时限随之调整"
                                        : field.equals("配合单位") && !outside.isEmpty()
                                                ? OutsideCoUnits.notice(r.rowNumber(), outside)
                                                : ""));
                    }
                }
            }
        }
        // Cells that are Duban's to set, or text the 指标 sheet stands for: listed, not written.
        if (outcome(exportedCells[6], sheet[6], dubanNow[6]) != Outcome.NONE) {
            changes.add(new Change(Kind.NOT_IMPORTED, r.rowNumber(), now.id(), now.number(), now.title(), "序号", dubanNow[6],
                    sheet[6], "", "序号按计划中的顺序编排，表中的修改不导入"));
        }
        if (outcome(exportedCells[7], sheet[7], dubanNow[7]) != Outcome.NONE) {
            changes.add(new Change(Kind.NOT_IMPORTED, r.rowNumber(), now.id(), now.number(), now.title(), "目标要求", dubanNow[7],
                    sheet[7], "", indicatorSheet
                            ? "目标要求由指标生成：请在“指标”表中修改指标，文字的修改不导入"
                            : "工作簿中没有“指标”表，指标不变；目标要求文字的修改不导入"));
        }
        if (!sheet[8].isEmpty() && outcome(exportedCells[8], sheet[8], dubanNow[8]) != Outcome.NONE) {
            changes.add(new Change(Kind.NOT_IMPORTED, r.rowNumber(), now.id(), now.number(), now.title(), "备注", "", sheet[8],
                    "", "备注不保存到已有任务"));
        }

        List<LedgerTask.Indicator> newIndicators = null;
        List<Integer> origins = null;
        if (indicatorSheet) {
            List<String> sheetList = indicators.stream().map(p -> describe(p.row())).toList();
            List<String> nowList = now.indicators().stream().map(LedgerRoundTrip::describe).toList();
            List<String> wasList = unchanged
                    ? nowList
                    : exportedIndicators == null
                            ? null
                            : exportedIndicators.stream().map(LedgerRoundTrip::describe).toList();
            Outcome o = outcome(wasList == null ? null : String.join("\n", wasList), String.join("\n", sheetList),
                    String.join("\n", nowList));
            if (o == Outcome.CONFLICT) {
                changes.add(new Change(Kind.CONFLICT, r.rowNumber(), now.id(), now.number(), now.title(), "指标",
                        wasList == null ? "" : String.join("；", wasList), String.join("；", sheetList), String.join("；", nowList),
                        "导出后 Duban 中指标已修改，表中的修改未覆盖；如需改动，请在任务页面修改"));
            } else if (o == Outcome.EDIT && fixed.isPresent()) {
                changes.add(new Change(Kind.BLOCKED, r.rowNumber(), now.id(), now.number(), now.title(), "指标",
                        String.join("；", nowList), String.join("；", sheetList), "", fixed.get()));
            } else if (o == Outcome.EDIT) {
                newIndicators = new ArrayList<>();
                origins = new ArrayList<>();
                Set<Integer> kept = new LinkedHashSet<>();
                for (Placed p : indicators) {
                    Integer origin = p.origin() != null && p.origin() < now.indicators().size() ? p.origin() : null;
                    LedgerTask.Indicator old = origin == null ? null : now.indicators().get(origin);
                    LedgerWorkbook.IndicatorRow i = p.row();
                    newIndicators.add(new LedgerTask.Indicator(i.name(), i.surface(), i.target(), nz(i.unit()), i.comparator(),
                            "target", i.deadline(), old == null ? null : old.baseline()));
                    origins.add(origin == null ? -1 : origin);
                    if (old == null) {
                        changes.add(indicator(r, now, "新增指标 " + i.name(), "", describe(i), ""));
                    } else {
                        kept.add(origin);
                        if (!describe(old).equals(describe(i))) {
                            changes.add(indicator(r, now, "指标 " + old.name(), describe(old), describe(i), ""));
                        }
                    }
                }
                Set<Integer> reported = reported(now.id());
                for (int k = 0; k < now.indicators().size(); k++) {
                    if (!kept.contains(k)) {
                        LedgerTask.Indicator gone = now.indicators().get(k);
                        changes.add(indicator(r, now, "删除指标 " + gone.name(), describe(gone), "",
                                reported.contains(k) ? "该指标已有报送数值，将随之删除" : ""));
                    }
                }
                if (changes.stream().noneMatch(c -> c.kind() == Kind.INDICATOR && Objects.equals(c.taskId(), now.id()))) {
                    changes.add(indicator(r, now, "指标顺序", String.join("；", nowList), String.join("；", sheetList), ""));
                }
            }
        }

        if (edits.isEmpty() && newIndicators == null) {
            return;
        }
        Tasks.TaskChange change = new Tasks.TaskChange(
                edits.getOrDefault("工作任务", now.title()),
                edits.containsKey("牵头单位") ? leadId : now.leadOrgId(),
                edits.containsKey("配合单位") ? coIds : now.coUnitIds(),
                edits.getOrDefault("责任领导", nz(now.leader())),
                edits.getOrDefault("责任人", nz(now.responsiblePerson())),
                now.startDate(),
                edits.containsKey("完成时限") ? r.deadline() : now.deadline(),
                now.version(), newIndicators, null, edits.containsKey("配合单位") ? outside : null);
        writes.add(new TaskWrite(now.id(), change, origins));
    }

    private static Change blocked(LedgerWorkbook.LedgerRow r, LedgerTask now, String field, String[] v, String why) {
        return new Change(Kind.BLOCKED, r.rowNumber(), now.id(), now.number(), now.title(), field, v[2], v[1], "", why);
    }

    private static Change indicator(LedgerWorkbook.LedgerRow r, LedgerTask now, String field, String before, String after,
            String note) {
        return new Change(Kind.INDICATOR, r.rowNumber(), now.id(), now.number(), now.title(), field, before, after, "", note);
    }

    private static String describe(LedgerWorkbook.IndicatorRow i) {
        return i.describe();
    }

    private static String describe(LedgerTask.Indicator i) {
        return new LedgerWorkbook.IndicatorRow(0, "", i.name(), i.comparator() == null || i.comparator().isBlank()
                ? "="
                : i.comparator(), i.targetValue() == null ? null : i.targetValue().stripTrailingZeros(), nz(i.unit()),
                i.deadline(), null, null).describe();
    }

    /**
     * What the preview saw: the file, every task's version and the changes. Confirming presents it;
     * a plan that moved since (an edit, a 签收, a new task) gives another and the write is refused.
     */
    private static String fingerprint(LedgerWorkbook.LedgerFile file, List<LedgerTask> tasks, List<Change> changes) {
        StringBuilder s = new StringBuilder(file.sha256());
        tasks.stream().sorted(Comparator.comparingLong(LedgerTask::id))
                .forEach(t -> s.append('|').append(t.id()).append(':').append(t.version()));
        changes.forEach(c -> s.append('\n').append(c));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sorted(Collection<String> names) {
        return names.stream().map(String::strip).filter(n -> !n.isEmpty()).sorted().collect(Collectors.joining("、"));
    }

    private static String show(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    /** The positions of a task's indicators that carry reported values, asked of the module that keeps the reports. */
    private Set<Integer> reported(long taskId) {
        ReportedWork work = reports.getIfAvailable();
        return work == null ? Set.of() : new HashSet<>(work.reportedIndicators(taskId));
    }
}
