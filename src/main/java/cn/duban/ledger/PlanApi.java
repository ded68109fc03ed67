package cn.duban.ledger;

import cn.duban.security.CurrentScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

@RestController
@RequestMapping("/api/plans")
@Tag(name = "台账", description = "计划和任务，按用户的单位和角色过滤")
class PlanApi {

    private final Plans plans;
    private final CurrentScope scope;

    PlanApi(Plans plans, CurrentScope scope) {
        this.plans = plans;
        this.scope = scope;
    }

    record PlanWithTasks(Plan plan, List<LedgerTask> tasks) {
    }

    @Operation(summary = "可查看的计划")
    @GetMapping
    List<Plan> list() {
        scope.require(scope.user().role().seesBusinessData());
        return plans.visibleTo(scope.units());
    }

    @Operation(summary = "一个计划及其可查看的任务")
    @GetMapping("/{id}")
    PlanWithTasks one(@PathVariable long id) {
        Set<Long> units = scope.units();
        scope.require(scope.user().role().seesBusinessData());
        Plan plan = plans.find(id, units).orElseThrow(() -> new PlanRejected("计划不存在或无权查看"));
        return new PlanWithTasks(plan, plans.tasks(plan, units));
    }
}
