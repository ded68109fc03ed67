package cn.duban.progress;

import cn.duban.ledger.PlanRejected;
import cn.duban.ledger.Plans;
import cn.duban.ledger.Tasks;
import cn.duban.refusal.NotFound;
import cn.duban.security.CurrentScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A task's 签收 and 办结 from its page: the lead unit signs for it and asks to close it, the
 * office of its area closes it or returns the request. Once closed it asks for no more reports.
 */
@Controller
@Tag(name = "任务签收与办结")
class TaskHandoverController {

    private final Plans plans;
    private final Tasks tasks;
    private final CurrentScope scope;

    TaskHandoverController(Plans plans, Tasks tasks, CurrentScope scope) {
        this.plans = plans;
        this.tasks = tasks;
        this.scope = scope;
    }

    private Tasks.Handover ofLeadUnit(long id) {
        Tasks.Handover h = tasks.handover(id).orElseThrow(() -> new NotFound("任务不存在"));
        if (h.leadOrgId() == null || !scope.units().contains(h.leadOrgId())) {
            throw new PlanRejected("只有牵头单位可以签收和申请办结");
        }
        return h;
    }

    private void ofOffice(long id) {
        if (plans.planOfTaskInArea(id, scope.area()).isEmpty()) {
            throw new NotFound("任务不存在或不在本县范围内");
        }
    }

    /** The lead unit's steps on a task handed to it: 签收, then asking for 办结 with a note. */
    @PostMapping({"/progress/tasks/{id}/sign", "/progress/tasks/{id}/closing"})
    String unitStep(@PathVariable long id, @RequestParam(defaultValue = "") String note, HttpServletRequest request) {
        ofLeadUnit(id);
        if (request.getRequestURI().endsWith("/sign")) {
            tasks.sign(id, scope.user().getUsername());
        } else {
            tasks.requestClosing(id, note, scope.user().getUsername());
        }
        return "redirect:/progress/tasks/" + id;
    }

    /** The office's answer to a request for 办结: closed, or returned with its reason. */
    @PostMapping({"/progress/tasks/{id}/close", "/progress/tasks/{id}/return-closing"})
    String officeStep(@PathVariable long id, @RequestParam(defaultValue = "") String reason, HttpServletRequest request) {
        ofOffice(id);
        if (request.getRequestURI().endsWith("/close")) {
            tasks.close(id, scope.user().getUsername());
        } else {
            tasks.returnClosing(id, reason, scope.user().getUsername());
        }
        return "redirect:/progress/tasks/" + id;
    }

    @Operation(summary = "签收任务（牵头单位）")
    @PostMapping(path = "/api/progress/tasks/{id}/sign", produces = "application/json")
    @ResponseBody
    Tasks.Handover signApi(@PathVariable long id) {
        ofLeadUnit(id);
        tasks.sign(id, scope.user().getUsername());
        return tasks.handover(id).orElseThrow();
    }

    @Operation(summary = "申请办结（牵头单位，须说明完成情况）")
    @PostMapping(path = "/api/progress/tasks/{id}/closing", produces = "application/json")
    @ResponseBody
    Tasks.Handover closingApi(@PathVariable long id, @RequestParam(defaultValue = "") String note) {
        ofLeadUnit(id);
        tasks.requestClosing(id, note, scope.user().getUsername());
        return tasks.handover(id).orElseThrow();
    }

    @Operation(summary = "办结（督查室），此后不再要求报送")
    @PostMapping(path = "/api/progress/tasks/{id}/close", produces = "application/json")
    @ResponseBody
    Tasks.Handover closeApi(@PathVariable long id) {
        ofOffice(id);
        tasks.close(id, scope.user().getUsername());
        return tasks.handover(id).orElseThrow();
    }
}
