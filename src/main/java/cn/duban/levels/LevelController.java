package cn.duban.levels;

import cn.duban.files.Downloads;
import cn.duban.files.OfficeSheet;
import cn.duban.org.Organisation;
import cn.duban.org.Organisations;
import cn.duban.progress.ReportingPeriods;
import cn.duban.progress.StatusRule;
import cn.duban.refusal.NotFound;
import cn.duban.refusal.PageForms;
import cn.duban.security.CurrentScope;
import cn.duban.security.Role;
import cn.duban.time.CountyTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 上级交办, 分解下达 and 逐级汇总 on pages and in the API: the office's inbox of what was
 * assigned to it and list of what it handed on; the forms that hand a task on; and a handed-on
 * task's roll-up down to the units that report, with its export.
 */
@Controller
@Tag(name = "上级交办与逐级汇总")
class LevelController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Levels levels;
    private final LevelAssignments assignments;
    private final Adjustments adjustments;
    private final HandedOnTasks handedOn;
    private final Rollups rollups;
    private final CurrentScope scope;
    private final Organisations organisations;
    private final ReportingPeriods periods;

    LevelController(Levels levels, LevelAssignments assignments, Adjustments adjustments, HandedOnTasks handedOn, Rollups rollups,
            CurrentScope scope, Organisations organisations, ReportingPeriods periods) {
        this.levels = levels;
        this.assignments = assignments;
        this.adjustments = adjustments;
        this.handedOn = handedOn;
        this.rollups = rollups;
        this.scope = scope;
        this.organisations = organisations;
        this.periods = periods;
    }

    /** What the area received from above, what it handed on, and the 调整申请 between them. */
    record Overview(List<LevelAssignments.Received> received, List<HandedOnTasks.HandedOn> handedOn,
            List<Adjustments.Adjustment> adjustments) {
    }

    private Overview overview() {
        long area = scope.area();
        return new Overview(assignments.receivedBy(area), handedOn.handedOnBy(area), adjustments.adjustmentsOf(area));
    }

    @GetMapping("/levels")
    String index(Model model) {
        model.addAttribute("overview", overview());
        model.addAttribute("area", scope.area());
        model.addAttribute("office", scope.user().role() == Role.SUPERVISOR);
        return "levels/index";
    }

    @Operation(summary = "本级收到的上级交办事项与已交办、分解的任务")
    @GetMapping(path = "/api/levels", produces = "application/json")
    @ResponseBody
    Overview indexApi() {
        return overview();
    }

    @PostMapping("/levels/received/{id}/sign")
    String sign(@PathVariable long id) {
        long task = signed(id);
        return "redirect:/levels/tasks/" + task;
    }

    @Operation(summary = "签收上级交办事项", description = "签收后任务进入本级台账，返回新任务的编号。")
    @PostMapping(path = "/api/levels/received/{id}/sign", produces = "application/json")
    @ResponseBody
    Map<String, Long> signApi(@PathVariable long id) {
        return Map.of("taskId", signed(id));
    }

    private long signed(long id) {
        return assignments.sign(id, scope.area(), scope.user().getUsername());
    }

    // ---- handing a task on ----

    /** The receivers a task may go to: the areas directly below (交办) or the area's own units (分解). */
    private List<Organisation> receivers(boolean assign) {
        long area = scope.area();
        if (assign) {
            return assignments.areasBelow(area);
        }
        return organisations.within(organisations.subtree(area)).stream().filter(o -> !o.kind().isArea()).toList();
    }

    private Levels.Source ownTask(long id) {
        Levels.Source s = levels.source(id);
        if (s.areaId() != scope.area()) {
            throw new NotFound("任务不存在或不在本级台账中");
        }
        return s;
    }

    @GetMapping({"/levels/tasks/{id}/assign", "/levels/tasks/{id}/split"})
    String shareForm(@PathVariable long id, HttpServletRequest request, Model model) {
        boolean assign = request.getRequestURI().endsWith("/assign");
        Levels.Source s = ownTask(id);
        List<ShareForm.Row> rows = new ArrayList<>();
        if (assign) {
            for (Organisation o : receivers(true)) {
                rows.add(new ShareForm.Row(o.id(), Collections.nCopies(s.targets().size(), null), null));
            }
        } else {
            for (Levels.Part p : levels.parts(id)) {
                rows.add(new ShareForm.Row(p.unitId(), p.values(), p.deadline()));
            }
            while (rows.size() < 8) {
                rows.add(new ShareForm.Row(null, Collections.nCopies(s.targets().size(), null), null));
            }
        }
        return drawShares(model, s, ShareForm.of(rows), assign);
    }

    private String drawShares(Model model, Levels.Source s, ShareForm form, boolean assign) {
        model.addAttribute("source", s);
        model.addAttribute("shareForm", form);
        model.addAttribute("assign", assign);
        model.addAttribute("receivers", receivers(assign));
        return "levels/share";
    }

    @PostMapping({"/levels/tasks/{id}/assign", "/levels/tasks/{id}/split"})
    String share(@PathVariable long id, @Valid @ModelAttribute("shareForm") ShareForm form, BindingResult errors,
            HttpServletRequest request, Model model, HttpServletResponse response) {
        boolean assign = request.getRequestURI().endsWith("/assign");
        Levels.Source s = ownTask(id);
        List<Levels.Share> shares = form.shares(s.targets().size(), errors);
        return PageForms.submit(errors, response, () -> {
            handOn(s, shares, form, assign);
            return "redirect:/levels/tasks/" + id;
        }, () -> drawShares(model, s, form, assign));
    }

    @Operation(summary = "上级交办：把本级任务交办给下一级的市、县（区）", description = "rows 每行一个地区：unitId、values（按任务指标顺序的分配数量）、deadline；合计须等于任务指标，超额须 exceed=true。")
    @PostMapping(path = "/api/levels/tasks/{id}/assign", produces = "application/json")
    @ResponseBody
    Map<String, Object> assignApi(@PathVariable long id, @Valid @RequestBody ShareForm form) {
        return handOnApi(id, form, true);
    }

    @Operation(summary = "分解下达：把本级任务分解给本区域的单位", description = "再次提交即调整分解方案：已报送的部分不能移除，可把数量调整为0。")
    @PostMapping(path = "/api/levels/tasks/{id}/split", produces = "application/json")
    @ResponseBody
    Map<String, Object> splitApi(@PathVariable long id, @Valid @RequestBody ShareForm form) {
        return handOnApi(id, form, false);
    }

    private Map<String, Object> handOnApi(long id, ShareForm form, boolean assign) {
        Levels.Source s = ownTask(id);
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "shareForm");
        List<Levels.Share> shares = form.shares(s.targets().size(), errors);
        if (errors.hasErrors()) {
            List<String> messages = new ArrayList<>();
            errors.getFieldErrors().forEach(e -> messages.add(e.getField() + "：" + e.getDefaultMessage()));
            errors.getGlobalErrors().forEach(e -> messages.add(e.getDefaultMessage()));
            throw new LevelRejected(String.join("；", messages));
        }
        return Map.of("ids", handOn(s, shares, form, assign));
    }

    private List<Long> handOn(Levels.Source s, List<Levels.Share> shares, ShareForm form, boolean assign) {
        if (assign) {
            return assignments.assign(s.taskId(), scope.area(), shares, form.requirement(), form.exceed(),
                    scope.user().getUsername());
        }
        return levels.split(s.taskId(), scope.area(), shares, form.exceed(), scope.units());
    }

    // ---- 调整申请 ----

    @PostMapping("/levels/tasks/{id}/adjustment")
    String adjust(@PathVariable long id, @Valid @ModelAttribute("adjustmentForm") AdjustmentForm form, BindingResult errors,
            Model model, HttpServletResponse response) {
        return PageForms.submit(errors, response, () -> {
            adjustments.requestAdjustment(id, scope.area(), form.position(), form.proposed(), form.reason(),
                    scope.user().getUsername());
            return "redirect:/levels/tasks/" + id;
        }, () -> rollupPage(id, model));
    }

    @Operation(summary = "调整申请：收到上级交办任务的单位申请调整某项指标的分配数量，由交办单位审批")
    @PostMapping(path = "/api/levels/tasks/{id}/adjustments", produces = "application/json")
    @ResponseBody
    Map<String, Long> adjustApi(@PathVariable long id, @Valid @RequestBody AdjustmentForm form) {
        return Map.of("id", adjustments.requestAdjustment(id, scope.area(), form.position(), form.proposed(), form.reason(),
                scope.user().getUsername()));
    }

    @PostMapping({"/levels/adjustments/{id}/approve", "/levels/adjustments/{id}/refuse"})
    String decide(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            HttpServletRequest request) {
        adjustments.decideAdjustment(id, scope.area(), request.getRequestURI().endsWith("/approve"), reason, scope.user().getUsername());
        return "redirect:/levels";
    }

    @Operation(summary = "审批调整申请（交办单位）", description = "批准后该地区的分配数量和其任务的指标改为申请的数量；不批准须说明理由。")
    @PostMapping(path = {"/api/levels/adjustments/{id}/approve", "/api/levels/adjustments/{id}/refuse"}, produces = "application/json")
    @ResponseBody
    Map<String, Object> decideApi(@PathVariable long id, @RequestBody(required = false) Map<String, String> body,
            HttpServletRequest request) {
        boolean approve = request.getRequestURI().endsWith("/approve");
        adjustments.decideAdjustment(id, scope.area(), approve, body == null ? null : body.get("reason"), scope.user().getUsername());
        return Map.of("id", id, "approved", approve);
    }

    // ---- 整体交办 ----

    private void ownPlan(long planId) {
        if (handedOn.areaOfPlan(planId).orElse(-1L) != scope.area()) {
            throw new NotFound("计划不存在或不是本级的计划");
        }
    }

    @GetMapping("/levels/plans/{id}/assign")
    String planForm(@PathVariable long id, Model model) {
        ownPlan(id);
        List<PlanShareForm.Row> rows = receivers(true).stream().map(o -> new PlanShareForm.Row(o.id(), null)).toList();
        return drawPlan(id, new PlanShareForm(rows, ""), model);
    }

    private String drawPlan(long id, PlanShareForm form, Model model) {
        model.addAttribute("planId", id);
        model.addAttribute("planShareForm", form);
        model.addAttribute("receivers", receivers(true));
        return "levels/plan-share";
    }

    @PostMapping("/levels/plans/{id}/assign")
    String assignPlan(@PathVariable long id, @Valid @ModelAttribute("planShareForm") PlanShareForm form, BindingResult errors,
            Model model, HttpServletResponse response) {
        ownPlan(id);
        return PageForms.submit(errors, response, () -> {
            assignments.assignPlan(id, scope.area(), form.shares(), form.requirement(), scope.user().getUsername());
            return "redirect:/levels";
        }, () -> drawPlan(id, form, model));
    }

    @Operation(summary = "整体交办：把本级计划中尚未分解、交办的任务按比例交办给下一级各地区", description = "rows 每行 areaId 与 percent（各地区比例合计 100）；无量化指标的任务整项交办给每个地区。")
    @PostMapping(path = "/api/levels/plans/{id}/assign", produces = "application/json")
    @ResponseBody
    Map<String, Integer> assignPlanApi(@PathVariable long id, @Valid @RequestBody PlanShareForm form) {
        ownPlan(id);
        return Map.of("tasks", assignments.assignPlan(id, scope.area(), form.shares(), form.requirement(), scope.user().getUsername()));
    }

    // ---- 逐级汇总 ----

    /** The task, when its plan is in the user's sight. */
    private Levels.Source visible(long id) {
        Set<Long> units = scope.units();
        Levels.Source s = levels.source(id);
        if (!units.contains(s.areaId())) {
            throw new NotFound("任务不存在或无权查看");
        }
        return s;
    }

    private Rollups.Node rollup(long id) {
        visible(id);
        return rollups.of(id, periods.today());
    }

    @GetMapping("/levels/tasks/{id}")
    String rollupPage(@PathVariable long id, Model model) {
        Levels.Source s = visible(id);
        Rollups.Node root = rollups.of(id, periods.today());
        HandedOnTasks.Lineage lineage = handedOn.lineage(id);
        model.addAttribute("root", root);
        model.addAttribute("rows", Rollups.flat(root));
        model.addAttribute("lineage", lineage);
        model.addAttribute("assignments", assignments.assignmentsOf(id));
        boolean office = scope.user().role() == Role.SUPERVISOR && s.areaId() == scope.area();
        model.addAttribute("office", office);
        model.addAttribute("canAssign", office && root.parts().isEmpty() && !receivers(true).isEmpty());
        model.addAttribute("canAdjust", office && lineage.originArea() != null && !root.quantities().isEmpty());
        model.addAttribute("adjustments", adjustments.adjustmentsOfTask(id));
        if (!model.containsAttribute("adjustmentForm")) {
            model.addAttribute("adjustmentForm", AdjustmentForm.blank());
        }
        model.addAttribute("asOf", periods.today());
        return "levels/rollup";
    }

    @Operation(summary = "逐级汇总：任务及其各级分解部分的进展", description = "数量为各部分之和，状态取最差的部分，原因列出滞后、未报送的部分。")
    @GetMapping(path = "/api/levels/tasks/{id}", produces = "application/json")
    @ResponseBody
    Rollups.Node rollupApi(@PathVariable long id) {
        return rollup(id);
    }

    @Operation(summary = "导出逐级汇总表（.xlsx）")
    @GetMapping("/levels/tasks/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        Rollups.Node root = rollup(id);
        return Downloads.attachment("逐级汇总-" + root.title() + ".xlsx", XLSX, workbook(root));
    }

    private byte[] workbook(Rollups.Node root) {
        List<OfficeSheet.Column> columns = new ArrayList<>(List.of(OfficeSheet.column("序号", 6),
                OfficeSheet.column("层级", 8), OfficeSheet.column("承担单位", 22),
                OfficeSheet.column("完成时限", 12)));
        for (Rollups.Quantity q : root.quantities()) {
            columns.add(OfficeSheet.column(q.name() + "目标（" + q.unit() + "）", 14));
            columns.add(OfficeSheet.column(q.name() + "完成（" + q.unit() + "）", 14));
        }
        columns.addAll(List.of(OfficeSheet.column("完成率", 10), OfficeSheet.column("状态", 10),
                OfficeSheet.column("情况说明", 40)));
        try (var book = new OfficeSheet()) {
            var table = book.table("逐级汇总", root.title() + "逐级汇总", "截至" + CountyTime.dayOf(periods.today()), columns);
            int n = 1;
            for (Rollups.Node node : Rollups.flat(root)) {
                List<Object> row = new ArrayList<>(List.of(n++, node.depth() == 0 ? "本级" : "第" + node.depth() + "级",
                        "　".repeat(node.depth()) + node.name()));
                row.add(node.deadline());
                for (Rollups.Quantity q : root.quantities()) {
                    Rollups.Quantity own = node.quantities().stream().filter(v -> v.position() == q.position()).findFirst().orElse(null);
                    row.add(own == null ? null : own.target());
                    row.add(own == null ? null : own.actual());
                }
                row.add(node.completion() == null
                        ? null
                        : OfficeSheet.Percent.of(new BigDecimal(StatusRule.figure(node.completion()))));
                row.add(node.status().label());
                row.add(node.reason());
                table.row(row.toArray());
            }
            return book.titled(root.title() + "逐级汇总").bytes();
        }
    }
}
