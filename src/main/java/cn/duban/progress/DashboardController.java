package cn.duban.progress;

import cn.duban.refusal.NotFound;
import cn.duban.security.CurrentScope;
import cn.duban.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's and leaders' view: the dashboard (ECharts), the 红黑榜 of a period with the
 * freeze that fixes it for the bulletin, and a task's history across periods.
 */
@Controller
class DashboardController {

    private final Dashboards dashboards;
    private final CloseOut closeOut;
    private final PeriodFreeze freezes;
    private final ReportingPeriods periods;
    private final Reports reports;
    private final CurrentScope scope;
    private final JdbcClient jdbc;

    DashboardController(Dashboards dashboards, PeriodFreeze freezes, ReportingPeriods periods, Reports reports,
            CurrentScope scope, JdbcClient jdbc, CloseOut closeOut) {
        this.closeOut = closeOut;
        this.dashboards = dashboards;
        this.freezes = freezes;
        this.periods = periods;
        this.reports = reports;
        this.scope = scope;
        this.jdbc = jdbc;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) Long plan, Model model) {
        model.addAllAttributes(DashboardView.of(dashboards, scope, periods, closeOut, plan).asModel());
        return "progress/dashboard";
    }

    @GetMapping("/ranking")
    String ranking(@RequestParam(required = false) Long plan, @RequestParam(required = false) Long period, Model model) {
        List<Long> areas = dashboards.areasUnder(scope.area());
        List<Map.Entry<Long, String>> plans = dashboards.plansOf(areas);
        Long chosenPlan = plan != null && plans.stream().anyMatch(p -> p.getKey().equals(plan))
                ? plan
                : plans.isEmpty() ? null : plans.get(0).getKey();
        model.addAttribute("plans", plans);
        model.addAttribute("plan", chosenPlan);
        if (chosenPlan == null) {
            model.addAttribute("ranked", List.of());
            return "progress/ranking";
        }
        List<ReportingPeriod> all = periods.begun(chosenPlan);
        // By default the last period whose due date has passed: the one a bulletin would rank.
        Optional<ReportingPeriod> chosen = period != null
                ? all.stream().filter(p -> p.id() == period).findFirst()
                : all.stream().filter(p -> p.due().isBefore(periods.today())).reduce((a, b) -> b)
                        .or(() -> all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1)));
        Optional<RankingRule.Ranking> ranking = chosen.map(p -> dashboards.ranking(p.id()));
        model.addAttribute("periods", all);
        model.addAttribute("period", chosen.orElse(null));
        model.addAttribute("ranked", ranking.map(RankingRule.Ranking::ranked).orElse(List.of()));
        model.addAttribute("ranking", ranking.orElse(null));
        model.addAttribute("unreported", chosen.filter(p -> !p.frozen()).map(p -> freezes.unreported(p.id())).orElse(List.of()));
        model.addAttribute("freezable", chosen.map(p -> !p.frozen() && periods.today().isAfter(p.due())).orElse(false));
        model.addAttribute("canFreeze", scope.user().role() == Role.SUPERVISOR && chosen.map(p -> !p.frozen()).orElse(false)
                && dashboards.areaOfPlan(chosenPlan) == scope.area());
        return "progress/ranking";
    }

    /** Issuing the period's bulletin freezes it: the standings it quotes stay as they were. */
    @PostMapping("/periods/{id}/freeze")
    String freeze(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmUnreported,
            RedirectAttributes redirect) {
        // Another area's period is, to this office, a period that does not exist.
        ReportingPeriod p = periods.find(id).filter(x -> dashboards.areaOfPlan(x.planId()) == scope.area())
                .orElseThrow(() -> new NotFound("报送期不存在或无权查看"));
        try {
            freezes.freeze(id, scope.user().getUsername(), confirmUnreported);
        } catch (ReportRejected refused) {
            // Told on the same page, beside the button, with what it needs (the units to confirm).
            redirect.addFlashAttribute("freezeRefused", refused.getMessage());
        }
        return "redirect:/ranking?plan=" + p.planId() + "&period=" + id;
    }

    @GetMapping("/progress/tasks/{id}")
    String task(@PathVariable long id, Model model) {
        Map<String, Object> task = jdbc
                .sql("""
                        select t.id, t.title, t.number, t.deadline, t.lead_org_id, o.name as lead, pl.area_id, pl.id as plan_id, pl.title as plan_title
                        from task t join plan pl on pl.id = t.plan_id left join organisation o on o.id = t.lead_org_id where t.id = :id""")
                .param("id", id).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new NotFound("任务不存在或无权查看"));
        var units = scope.units();
        if (!units.contains(((Number) task.get("area_id")).longValue())
                && (task.get("lead_org_id") == null || !units.contains(((Number) task.get("lead_org_id")).longValue()))) {
            throw new NotFound("任务不存在或无权查看");
        }
        model.addAttribute("task", task);
        List<Dashboards.PeriodStanding> standings = dashboards.standingsOf(id);
        // A task handed on reports through its parts: its page shows the roll-up every list shows for it.
        model.addAttribute("handedOn", standings.isEmpty() && dashboards.latestStanding(id).isPresent());
        model.addAttribute("standings", standings.isEmpty() ? dashboards.latestStanding(id).stream().toList() : standings);
        model.addAttribute("entries", reports.readableHistory(id));
        return "progress/task";
    }
}
