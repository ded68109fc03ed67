package cn.duban.ledger;

import cn.duban.org.Organisations;
import cn.duban.security.CurrentScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Editing a task of the ledger: the supervision office of its area only, every change audited. */
@Controller
@Tag(name = "台账", description = "计划和任务，按用户的单位和角色过滤")
class TaskController {

    private final Plans plans;
    private final CurrentScope scope;
    private final Organisations organisations;
    private final Levels levels;

    TaskController(Plans plans, CurrentScope scope, Organisations organisations, Levels levels) {
        this.levels = levels;
        this.plans = plans;
        this.scope = scope;
        this.organisations = organisations;
    }

    /** The task and its plan, if the office may edit it: the plan belongs to the office's area. */
    private LedgerTask editable(long taskId) {
        Set<Long> units = scope.units();
        long planId = plans.planOfTaskInArea(taskId, scope.area())
                .orElseThrow(() -> new cn.duban.refusal.NotFound("任务不存在或无权修改"));
        Plan plan = plans.find(planId, units).orElseThrow(() -> new cn.duban.refusal.NotFound("任务不存在或无权修改"));
        return plans.tasks(plan, units).stream().filter(t -> t.id() == taskId).findFirst()
                .orElseThrow(() -> new cn.duban.refusal.NotFound("任务不存在或无权修改"));
    }

    @GetMapping("/tasks/{id}/edit")
    String form(@PathVariable long id, Model model) {
        LedgerTask task = editable(id);
        model.addAttribute("task", task);
        model.addAttribute("version", plans.version(id));
        model.addAttribute("units", organisations.within(organisations.subtree(scope.area())));
        model.addAttribute("fixed", levels.fixedBecause(id).orElse(null));
        Plan plan = plans.find(task.planId(), scope.units()).orElseThrow();
        model.addAttribute("planYears", plan.starts().getYear() == plan.ends().getYear() ? List.of()
                : java.util.stream.IntStream.rangeClosed(plan.starts().getYear(), plan.ends().getYear()).boxed().toList());
        model.addAttribute("yearTargets", plans.yearTargets(id));
        return "ledger/task";
    }

    @PostMapping("/tasks/{id}")
    String save(@PathVariable long id, @RequestParam String title, @RequestParam(required = false) Long leadOrgId,
                @RequestParam(required = false) List<Long> coUnitIds, @RequestParam(defaultValue = "") String leader,
                @RequestParam(defaultValue = "") String responsiblePerson,
                @RequestParam(required = false) LocalDate startDate, @RequestParam(required = false) LocalDate deadline,
                @RequestParam int version, @RequestParam Map<String, String> form, Model model,
                jakarta.servlet.http.HttpServletResponse response) {
        LedgerTask task = editable(id);
        try {
            plans.update(id, new Plans.TaskChange(title, leadOrgId, coUnitIds, leader, responsiblePerson, startDate, deadline,
                    version, indicators(form), milestones(form)), organisations.subtree(scope.area()));
            return "redirect:/plans/" + task.planId();
        } catch (PlanRejected e) {
            // The form comes back with every value as typed and the reason beside the field it concerns.
            response.setStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT.value());
            form(id, model);
            Map<String, String> typed = new java.util.HashMap<>(form);
            typed.remove("_csrf");
            model.addAttribute("typed", typed);
            model.addAttribute("typedCoUnits", coUnitIds == null ? List.of() : coUnitIds);
            model.addAttribute("version", version);
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", e.getMessage().contains("分解") || e.getMessage().contains("交办") ? "indicators"
                    : e.getMessage().contains("完成时限") || e.getMessage().contains("开始日期") ? "deadline"
                    : e.getMessage().contains("任务名称") ? "title" : e.getMessage().contains("单位") ? "leadOrgId" : "");
            return "ledger/task";
        }
    }

    /** Indicator rows of the form (ind_name_0, ind_value_0…); a row with no name is left out. */
    private static List<LedgerTask.Indicator> indicators(Map<String, String> form) {
        List<LedgerTask.Indicator> out = new ArrayList<>();
        for (int i = 0; form.containsKey("ind_name_" + i); i++) {
            String name = form.get("ind_name_" + i).strip();
            if (name.isEmpty()) {
                continue;
            }
            out.add(new LedgerTask.Indicator(name, "", number(form.get("ind_value_" + i), name), form.getOrDefault("ind_unit_" + i, ""),
                    form.getOrDefault("ind_cmp_" + i, "="), "target", date(form.get("ind_deadline_" + i)),
                    number(form.get("ind_baseline_" + i), name)));
        }
        return out;
    }

    private static List<LedgerTask.Milestone> milestones(Map<String, String> form) {
        List<LedgerTask.Milestone> out = new ArrayList<>();
        for (int i = 0; form.containsKey("ms_due_" + i); i++) {
            LocalDate due = date(form.get("ms_due_" + i));
            BigDecimal pct = number(form.get("ms_pct_" + i), "节点");
            if (due != null || pct != null) {
                out.add(new LedgerTask.Milestone(due, pct));
            }
        }
        return out;
    }

    private static BigDecimal number(String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new PlanRejected("“" + what + "”的数值无法识别：" + value);
        }
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new PlanRejected("日期格式应为 yyyy-mm-dd：" + value);
        }
    }

    @Operation(summary = "修改任务", description = "须带上读取时的 version；他人已先保存时返回 422。")
    @PutMapping(path = "/api/tasks/{id}", produces = "application/json")
    @ResponseBody
    LedgerTask update(@PathVariable long id, @RequestBody Plans.TaskChange change) {
        LedgerTask task = editable(id);
        plans.update(id, change, organisations.subtree(scope.area()));
        return editable(task.id());
    }

    @Operation(summary = "设定分年度目标（多年度计划）", description = "indicators 每项：position（指标序号，从0起）、years（年度→目标值）；合计须等于总目标。")
    @PutMapping(path = "/api/tasks/{id}/year-targets", produces = "application/json")
    @ResponseBody
    Map<Integer, Map<Integer, BigDecimal>> yearTargetsApi(@PathVariable long id, @RequestBody YearTargetsBody body) {
        editable(id);
        plans.setYearTargets(id, body.indicators() == null ? List.of() : body.indicators());
        return plans.yearTargets(id);
    }

    record YearTargetsBody(List<Plans.YearTargets> indicators) {
    }

    /** The page's form: fields yt_{position}_{year}; an indicator whose fields are all empty has no yearly targets. */
    @PostMapping("/tasks/{id}/year-targets")
    String yearTargets(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
                       jakarta.servlet.http.HttpServletResponse response) {
        LedgerTask task = editable(id);
        Map<Integer, Map<Integer, BigDecimal>> byPosition = new java.util.TreeMap<>();
        for (int i = 0; i < task.indicators().size(); i++) {
            byPosition.put(i, new java.util.TreeMap<>());
        }
        form.forEach((k, v) -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("yt_(\\d+)_(\\d{4})").matcher(k);
            if (m.matches() && v != null && !v.isBlank()) {
                byPosition.computeIfAbsent(Integer.parseInt(m.group(1)), x -> new java.util.TreeMap<>())
                        .put(Integer.parseInt(m.group(2)), number(v, "分年度目标"));
            }
        });
        try {
            plans.setYearTargets(id, byPosition.entrySet().stream().map(e -> new Plans.YearTargets(e.getKey(), e.getValue())).toList());
            return "redirect:/tasks/" + id + "/edit";
        } catch (PlanRejected e) {
            response.setStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT.value());
            form(id, model);
            Map<String, String> typed = new java.util.HashMap<>(form);
            typed.remove("_csrf");
            model.addAttribute("typedYears", typed);
            model.addAttribute("yearError", e.getMessage());
            return "ledger/task";
        }
    }
}
