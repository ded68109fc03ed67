package cn.duban.assignments;

import cn.duban.ledger.Tasks;
import cn.duban.security.CurrentScope;
import cn.duban.security.DubanUser;
import cn.duban.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The paperwork as JSON: the same forms, rules and refusals as the pages (400 with field messages, 422 with the reason). */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
@Tag(name = "交办督办", description = "领导批示、交办事项（签收、办理情况、办结）、延期申请")
class AssignmentApi {

    private final Assignments assignments;
    private final Instructions instructions;
    private final Extensions extensions;
    private final CurrentScope scope;
    private final Tasks tasks;

    AssignmentApi(Assignments assignments, Instructions instructions, Extensions extensions, CurrentScope scope, Tasks tasks) {
        this.assignments = assignments;
        this.instructions = instructions;
        this.extensions = extensions;
        this.scope = scope;
        this.tasks = tasks;
    }

    @Operation(summary = "批示列表", description = "督查室：本县全部批示；领导：本人的批示。各带由其产生的交办事项。")
    @GetMapping("/instructions")
    List<Instruction> instructions() {
        DubanUser user = scope.user();
        return user.role() == Role.SUPERVISOR ? instructions.inArea(scope.area()) : instructions.byLeader(user.account().id());
    }

    @Operation(summary = "领导批示", description = "对本县的任务（TASK）、报送（REPORT）、督查问题（FINDING）或通报（BULLETIN）作出批示。")
    @PostMapping("/instructions")
    @ResponseStatus(HttpStatus.CREATED)
    Instruction instruct(@Valid @RequestBody Forms.InstructionForm form) {
        return instructions.find(instructions.write(form, scope.user(), scope.area())).orElseThrow();
    }

    @Operation(summary = "据批示交办", description = "生成交办事项、文号和交办单。")
    @PostMapping("/instructions/{id}/assignments")
    @ResponseStatus(HttpStatus.CREATED)
    Assignment assign(@PathVariable long id, @Valid @RequestBody Forms.AssignmentForm form) {
        return assignments.find(instructions.assign(id, form, scope.user(), scope.area())).orElseThrow();
    }

    @Operation(summary = "交办事项列表", description = "督查室和领导：本县全部；单位：本单位牵头或配合的。")
    @GetMapping("/assignments")
    List<Assignment> list() {
        return assignments.visible(scope.user(), scope.area(), scope.units());
    }

    @GetMapping("/assignments/{id}")
    Assignment one(@PathVariable long id) {
        return viewable(id);
    }

    private Assignment viewable(long id) {
        DubanUser user = scope.user();
        return assignments.find(id).filter(a -> assignments.mayView(a, user, scope.area(), scope.units()))
                .orElseThrow(() -> new NoSuchElementException("交办事项不存在或无权查看"));
    }

    @Operation(summary = "直接交办（不经批示）")
    @PostMapping("/assignments")
    @ResponseStatus(HttpStatus.CREATED)
    Assignment issue(@Valid @RequestBody Forms.AssignmentForm form) {
        return assignments.find(assignments.issue(scope.area(), null, form, scope.user())).orElseThrow();
    }

    @Operation(summary = "签收", description = "牵头单位的联络员或负责人。")
    @PostMapping("/assignments/{id}/sign")
    Assignment sign(@PathVariable long id) {
        assignments.sign(id, scope.user(), scope.units());
        return viewable(id);
    }

    @Operation(summary = "报送办理情况")
    @PostMapping("/assignments/{id}/progress")
    Assignment progress(@PathVariable long id, @Valid @RequestBody Forms.StepForm form) {
        assignments.progress(id, form.text(), scope.user(), scope.units());
        return viewable(id);
    }

    @Operation(summary = "申请办结")
    @PostMapping("/assignments/{id}/closing")
    Assignment closing(@PathVariable long id, @Valid @RequestBody Forms.StepForm form) {
        assignments.askToClose(id, form.text(), scope.user(), scope.units());
        return viewable(id);
    }

    @Operation(summary = "办结", description = "督查室同意牵头单位的办结申请。")
    @PostMapping("/assignments/{id}/close")
    Assignment close(@PathVariable long id, @Valid @RequestBody(required = false) Forms.DecisionForm form) {
        assignments.close(id, form == null ? "" : form.reason(), scope.user(), scope.area());
        return viewable(id);
    }

    @Operation(summary = "退回办结申请", description = "须说明原因；单位继续办理。")
    @PostMapping("/assignments/{id}/return")
    Assignment returnToUnit(@PathVariable long id, @Valid @RequestBody Forms.StepForm form) {
        assignments.returnToUnit(id, form.text(), scope.user(), scope.area());
        return viewable(id);
    }

    @Operation(summary = "我分管的任务", description = "以本人为责任领导的任务。")
    @GetMapping("/leader/tasks")
    List<Tasks.LeaderTask> leaderTasks() {
        return tasks.ledBy(scope.user().account().id());
    }

    @Operation(summary = "延期申请列表", description = "督查室和领导：本县全部；单位：本单位的。")
    @GetMapping("/extensions")
    List<Extension> extensions() {
        DubanUser user = scope.user();
        return extensions.visible(scope.area(), scope.units(), user.role() == Role.SUPERVISOR || user.role() == Role.LEADER);
    }

    @Operation(summary = "申请延期", description = "任务的牵头单位提出；同一任务同时只能有一份待审批的申请。")
    @PostMapping("/extensions")
    @ResponseStatus(HttpStatus.CREATED)
    Extension apply(@Valid @RequestBody Forms.ExtensionForm form) {
        return extensions.find(extensions.apply(form, scope.user(), scope.units())).orElseThrow();
    }

    @Operation(summary = "批准延期", description = "任务的完成时限改为申请的日期，状态自此按新时限计算。")
    @PostMapping("/extensions/{id}/approve")
    Extension approve(@PathVariable long id, @Valid @RequestBody(required = false) Forms.DecisionForm form) {
        extensions.approve(id, form == null ? "" : form.reason(), scope.user(), scope.area());
        return extensions.find(id).orElseThrow();
    }

    @Operation(summary = "不批准延期", description = "须说明理由。")
    @PostMapping("/extensions/{id}/refuse")
    Extension refuse(@PathVariable long id, @Valid @RequestBody Forms.DecisionForm form) {
        extensions.refuse(id, form.reason(), scope.user(), scope.area());
        return extensions.find(id).orElseThrow();
    }
}
