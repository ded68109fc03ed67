package cn.duban.progress;

import cn.duban.security.CurrentScope;
import cn.duban.security.Role;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A plan's reporting rule: cadence and due day, lag threshold, evidence, reminder lead time. */
@Controller
class ReportingRuleController {

    private final ReportingPeriods periods;
    private final Standings standings;
    private final CurrentScope scope;
    private final ReportAccess access;
    private final ReportingBurden burden;

    ReportingRuleController(ReportingPeriods periods, Standings standings, CurrentScope scope, ReportAccess access,
            ReportingBurden burden) {
        this.burden = burden;
        this.periods = periods;
        this.standings = standings;
        this.scope = scope;
        this.access = access;
    }

    @GetMapping("/plans/{id}/reporting")
    String show(@PathVariable long id, Model model) {
        Map<String, Object> plan = access.plan(id);
        model.addAttribute("plan", plan);
        model.addAttribute("rule", periods.rule(id));
        model.addAttribute("periods", periods.open(id));
        model.addAttribute("cadences", Cadence.values());
        model.addAttribute("burden", burden.of(id));
        model.addAttribute("tasks", burden.tasks(id));
        model.addAttribute("canEdit", scope.user().role() == Role.SUPERVISOR
                && ((Number) plan.get("area_id")).longValue() == scope.area());
        return "progress/rule";
    }

    @PostMapping("/plans/{id}/reporting")
    String save(@PathVariable long id, @RequestParam Cadence cadence, @RequestParam int dueDay,
            @RequestParam String lagThreshold, @RequestParam(defaultValue = "false") boolean evidenceRequired,
            @RequestParam int remindDays, @RequestParam int version,
            @RequestParam(required = false) List<Long> evidenceTasks,
            @RequestParam(required = false) Integer completionWeight, @RequestParam(required = false) Integer listSize) {
        Map<String, Object> plan = access.plan(id);
        scope.require(scope.user().role() == Role.SUPERVISOR && ((Number) plan.get("area_id")).longValue() == scope.area());
        periods.setRule(new ReportingRule(id, cadence, dueDay, ReportForm.number(lagThreshold, "滞后阈值", "lagThreshold"),
                evidenceRequired, remindDays, version, listSize, completionWeight,
                evidenceTasks == null ? List.of() : evidenceTasks)); // the page lists every task: none ticked is none
        standings.refresh(id);
        return "redirect:/plans/" + id + "/reporting?saved";
    }
}
