package cn.duban.ledger;

import cn.duban.org.Organisations;
import cn.duban.refusal.NotFound;
import cn.duban.refusal.PageForms;
import cn.duban.security.CurrentScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/** Editing a task of the ledger: the supervision office of its area only, every change audited. */
@Controller
@Tag(name = "台账", description = "计划和任务，按用户的单位和角色过滤")
class TaskController {

    private final Plans plans;
    private final Tasks tasks;
    private final CurrentScope scope;
    private final Organisations organisations;

    TaskController(Plans plans, Tasks tasks, CurrentScope scope, Organisations organisations) {
        this.plans = plans;
        this.tasks = tasks;
        this.scope = scope;
        this.organisations = organisations;
    }

    /** The task and its plan, if the office may edit it: the plan belongs to the office's area. */
    private LedgerTask editable(long taskId) {
        Set<Long> units = scope.units();
        long planId = plans.planOfTaskInArea(taskId, scope.area())
                .orElseThrow(() -> new NotFound("任务不存在或无权修改"));
        Plan plan = plans.find(planId, units).orElseThrow(() -> new NotFound("任务不存在或无权修改"));
        return plans.tasks(plan, units).stream().filter(t -> t.id() == taskId).findFirst()
                .orElseThrow(() -> new NotFound("任务不存在或无权修改"));
    }

    @GetMapping("/tasks/{id}/edit")
    String form(@PathVariable long id, Model model) {
        LedgerTask task = editable(id);
        model.addAttribute("taskForm", TaskForm.of(task, tasks.version(id)));
        model.addAttribute("yearTargetsForm", YearTargetsForm.of(task, planYears(task), tasks.yearTargets(id)));
        return page(task, model);
    }

    /** The task page around its forms (which the model already holds: as stored, or as typed). */
    private String page(LedgerTask task, Model model) {
        model.addAttribute("task", task);
        model.addAttribute("units", organisations.within(organisations.subtree(scope.area())));
        model.addAttribute("fixed", tasks.fixedBecause(task.id()).orElse(null));
        model.addAttribute("planYears", planYears(task));
        return "ledger/task";
    }

    /** The years of a plan spanning more than one (empty for a plan of one year). */
    private List<Integer> planYears(LedgerTask task) {
        Plan plan = plans.find(task.planId(), scope.units()).orElseThrow();
        return plan.starts().getYear() == plan.ends().getYear()
                ? List.of()
                : IntStream.rangeClosed(plan.starts().getYear(), plan.ends().getYear()).boxed().toList();
    }

    @PostMapping("/tasks/{id}")
    String save(@PathVariable long id, @Valid @ModelAttribute("taskForm") TaskForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        LedgerTask task = editable(id);
        return PageForms.submit(errors, response, () -> {
            tasks.update(id, form.change(), organisations.subtree(scope.area()));
            return "redirect:/plans/" + task.planId();
        }, () -> {
            model.addAttribute("yearTargetsForm", YearTargetsForm.of(task, planYears(task), tasks.yearTargets(id)));
            return page(task, model);
        });
    }

    @Operation(summary = "修改任务", description = "须带上读取时的 version；他人已先保存时返回 422。"
            + "outsideCoUnits 为不在组织机构中、按名称保存的配合单位，不传则保持不变。")
    @PutMapping(path = "/api/tasks/{id}", produces = "application/json")
    @ResponseBody
    LedgerTask update(@PathVariable long id, @RequestBody Tasks.TaskChange change) {
        LedgerTask task = editable(id);
        tasks.update(id, change, organisations.subtree(scope.area()));
        return editable(task.id());
    }

    @Operation(summary = "设定分年度目标（多年度计划）", description = "indicators 每项：position（指标序号，从0起）、years（年度→目标值）；合计须等于总目标。")
    @PutMapping(path = "/api/tasks/{id}/year-targets", produces = "application/json")
    @ResponseBody
    Map<Integer, Map<Integer, BigDecimal>> yearTargetsApi(@PathVariable long id, @RequestBody YearTargetsBody body) {
        editable(id);
        tasks.setYearTargets(id, body.indicators() == null ? List.of() : body.indicators());
        return tasks.yearTargets(id);
    }

    record YearTargetsBody(List<Tasks.YearTargets> indicators) {
    }

    /** The page's form of yearly targets: {@code indicators[k].years[j]}, the k-th indicator's target in the j-th year of the plan. */
    @PostMapping("/tasks/{id}/year-targets")
    String yearTargets(@PathVariable long id, @Valid @ModelAttribute("yearTargetsForm") YearTargetsForm form, BindingResult errors,
            Model model, HttpServletResponse response) {
        LedgerTask task = editable(id);
        return PageForms.submit(errors, response, () -> {
            tasks.setYearTargets(id, form.targets(planYears(task)));
            return "redirect:/tasks/" + id + "/edit";
        }, () -> {
            model.addAttribute("taskForm", TaskForm.of(task, tasks.version(id)));
            return page(task, model);
        });
    }
}
