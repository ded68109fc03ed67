package cn.duban.progress;

import cn.duban.ledger.Plan;
import cn.duban.ledger.Plans;
import cn.duban.refusal.NotFound;
import cn.duban.security.CurrentScope;
import cn.duban.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** 年度收官 of a plan whose span has ended: the page, and the API beside it. */
@Controller
@Tag(name = "年度收官", description = "计划期满后逐项记录已完成/未完成及最终数据，移出日常列表和看板")
class CloseOutController {

    private final CloseOut closeOut;
    private final Plans plans;
    private final Dashboards dashboards;
    private final CurrentScope scope;
    private final ReportingPeriods periods;

    CloseOutController(CloseOut closeOut, Plans plans, Dashboards dashboards, CurrentScope scope,
            ReportingPeriods periods) {
        this.periods = periods;
        this.closeOut = closeOut;
        this.plans = plans;
        this.dashboards = dashboards;
        this.scope = scope;
    }

    /** A plan's close-out: recorded (closed) or what it would record, and whether this user may do it now. */
    record View(long planId, String title, LocalDate ends, Optional<CloseOut.Closed> closed, boolean due, boolean mayClose,
            List<CloseOut.Outcome> outcomes) {
        public long done() {
            return outcomes.stream().filter(CloseOut.Outcome::done).count();
        }
    }

    private View view(long id) {
        Plan plan = plans.find(id, scope.units()).orElseThrow(() -> new NotFound("计划不存在或无权查看"));
        Optional<CloseOut.Closed> closed = closeOut.closed(id);
        boolean due = closed.isEmpty() && periods.today().isAfter(plan.ends());
        boolean may = due && scope.user().role() == Role.SUPERVISOR && dashboards.areaOfPlan(id) == scope.area();
        return new View(id, plan.title(), plan.ends(), closed, due, may, closeOut.outcomes(id));
    }

    private long closeAsOffice(long id) {
        plans.find(id, scope.units()).orElseThrow(() -> new NotFound("计划不存在或无权查看"));
        scope.require(scope.user().role() == Role.SUPERVISOR && dashboards.areaOfPlan(id) == scope.area());
        closeOut.close(id, scope.user().getUsername());
        return id;
    }

    @GetMapping("/plans/{id}/close-out")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("v", view(id));
        return "progress/close-out";
    }

    @PostMapping("/plans/{id}/close-out")
    String close(@PathVariable long id) {
        closeAsOffice(id);
        return "redirect:/plans/" + id + "/close-out";
    }

    @Operation(summary = "计划的年度收官情况", description = "已收官：各任务的记录；未收官：按计划期末状态将记录的内容。")
    @GetMapping(path = "/api/plans/{id}/close-out", produces = "application/json")
    @ResponseBody
    View api(@PathVariable long id) {
        return view(id);
    }

    @Operation(summary = "年度收官（督查室，计划期满后）", description = "逐项记录已完成/未完成及最终完成率和说明；计划移出日常列表和看板，仍可检索、考核和导出。")
    @PostMapping(path = "/api/plans/{id}/close-out", produces = "application/json")
    @ResponseBody
    View closeApi(@PathVariable long id) {
        return view(closeAsOffice(id));
    }
}
