package cn.duban.ledger;

import cn.duban.refusal.NotFound;
import cn.duban.security.CurrentScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/plans")
@Tag(name = "台账", description = "计划和任务，按用户的单位和角色过滤")
class PlanApi {

    private final Plans plans;
    private final CurrentScope scope;
    private final PlanController web;

    PlanApi(Plans plans, CurrentScope scope, PlanController web) {
        this.plans = plans;
        this.scope = scope;
        this.web = web;
    }

    /** A plan, its tasks (each with the version an edit must carry) and those still 待明确牵头单位. */
    record PlanWithTasks(Plan plan, List<LedgerTask> tasks, List<Long> unassignedTaskIds) {
    }

    record SpanBody(String from, String to) {
    }

    @Operation(summary = "可查看的计划")
    @GetMapping
    List<Plan> list() {
        return plans.visibleTo(scope.units());
    }

    @Operation(summary = "一个计划及其可查看的任务")
    @GetMapping("/{id}")
    PlanWithTasks one(@PathVariable long id) {
        Set<Long> units = scope.units();
        Plan plan = plans.find(id, units).orElseThrow(() -> new NotFound("计划不存在或无权查看"));
        List<LedgerTask> tasks = plans.tasks(plan, units);
        return new PlanWithTasks(plan, tasks, tasks.stream().filter(t -> t.leadOrgId() == null).map(LedgerTask::id).toList());
    }

    @Operation(summary = "修改计划期限（起止月份，如 2026-06 至 2026-12）", description = "报送期随之重新生成；已有报送或已冻结的期次须在新期限内，否则返回 422，不作任何修改。")
    @PutMapping("/{id}/span")
    PlanWithTasks span(@PathVariable long id, @RequestBody SpanBody body) {
        Plan plan = web.editablePlan(id);
        if (body == null) {
            throw new PlanRejected("请提供起止月份");
        }
        plans.setSpan(plan.id(), Plans.Span.ofMonths(PlanController.month(body.from(), null), PlanController.month(body.to(), null)));
        return one(id);
    }
}
