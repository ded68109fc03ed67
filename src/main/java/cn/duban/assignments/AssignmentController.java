package cn.duban.assignments;

import cn.duban.files.Downloads;
import cn.duban.ledger.Tasks;
import cn.duban.org.Organisations;
import cn.duban.progress.Dashboards;
import cn.duban.refusal.PageForms;
import cn.duban.reports.OfficialDocument;
import cn.duban.security.CurrentScope;
import cn.duban.security.DubanUser;
import cn.duban.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of the paperwork. Each form is bound to its form object and validated; a refused
 * one is drawn again on the same page with what was typed and the reason beside the field
 * (status 422), and changes nothing.
 */
@Controller
class AssignmentController {

    private final Assignments assignments;
    private final Instructions instructions;
    private final Extensions extensions;
    private final CurrentScope scope;
    private final Organisations organisations;
    private final Tasks tasks;
    private final Dashboards dashboards;

    AssignmentController(Assignments assignments, Instructions instructions, Extensions extensions, CurrentScope scope,
            Organisations organisations, Tasks tasks, Dashboards dashboards) {
        this.assignments = assignments;
        this.instructions = instructions;
        this.extensions = extensions;
        this.scope = scope;
        this.organisations = organisations;
        this.tasks = tasks;
        this.dashboards = dashboards;
    }

    // ---- 交办事项 ----

    @GetMapping("/assignments")
    String list(Model model) {
        if (!model.containsAttribute("assignmentForm")) {
            model.addAttribute("assignmentForm", Forms.AssignmentForm.blank());
        }
        DubanUser user = scope.user();
        model.addAttribute("assignments", assignments.visible(user, scope.area(), scope.units()));
        if (user.role() == Role.SUPERVISOR) {
            model.addAttribute("waiting", instructions.inArea(scope.area()).stream().filter(i -> i.assignments().isEmpty()).toList());
            model.addAttribute("units", organisations.within(organisations.subtree(scope.area())));
        }
        return "assignments/list";
    }

    @PostMapping("/assignments")
    String issue(@Valid @ModelAttribute("assignmentForm") Forms.AssignmentForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        return PageForms.submit(errors, response, () -> {
            return "redirect:/assignments/" + assignments.issue(scope.area(), null, form, scope.user());
        }, () -> list(model));
    }

    @GetMapping("/assignments/{id}")
    String detail(@PathVariable long id, Model model) {
        Assignment a = viewable(id);
        model.addAttribute("a", a);
        if (!model.containsAttribute("stepForm")) {
            model.addAttribute("stepForm", Forms.StepForm.blank());
        }
        DubanUser user = scope.user();
        boolean lead = (user.role() == Role.LIAISON || user.role() == Role.UNIT_HEAD) && scope.units().contains(a.leadOrgId());
        model.addAttribute("lead", lead);
        model.addAttribute("office", user.role() == Role.SUPERVISOR);
        model.addAttribute("instruction", a.instructionId() == null ? null : instructions.find(a.instructionId()).orElse(null));
        return "assignments/detail";
    }

    private Assignment viewable(long id) {
        DubanUser user = scope.user();
        return assignments.find(id).filter(a -> assignments.mayView(a, user, scope.area(), scope.units()))
                .orElseThrow(() -> new NoSuchElementException("交办事项不存在或无权查看"));
    }

    @Operation(summary = "下载交办单（GB/T 9704 格式 .docx）")
    @GetMapping("/assignments/{id}/document")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        Assignment a = viewable(id);
        return Downloads.attachment("交办单-" + a.number() + ".docx", OfficialDocument.DOCX_TYPE, assignments.document(id).orElseThrow());
    }

    @Operation(summary = "下载交办单（OFD 版式文件，GB/T 33190）", description = "与 .docx 在交办时由同一内容同时生成；交办早于保存 OFD 的，没有 OFD 文件。")
    @GetMapping("/assignments/{id}/ofd")
    ResponseEntity<byte[]> ofd(@PathVariable long id) {
        Assignment a = viewable(id);
        byte[] ofd = assignments.ofd(id).orElseThrow(() -> new NoSuchElementException("该交办单交办时尚未保存 OFD 版式，没有 OFD 文件"));
        return Downloads.attachment("交办单-" + a.number() + ".ofd", OfficialDocument.OFD_TYPE, ofd);
    }

    @PostMapping("/assignments/{id}/sign")
    String sign(@PathVariable long id) {
        assignments.sign(id, scope.user(), scope.units());
        return "redirect:/assignments/" + id;
    }

    @PostMapping({"/assignments/{id}/progress", "/assignments/{id}/closing", "/assignments/{id}/return"})
    String step(@PathVariable long id, @Valid @ModelAttribute("stepForm") Forms.StepForm form, BindingResult errors,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        String uri = request.getRequestURI();
        return PageForms.submit(errors, response, () -> {
            if (uri.endsWith("/progress")) {
                assignments.progress(id, form.text(), scope.user(), scope.units());
            } else if (uri.endsWith("/closing")) {
                assignments.askToClose(id, form.text(), scope.user(), scope.units());
            } else {
                assignments.returnToUnit(id, form.text(), scope.user(), scope.area());
            }
            return "redirect:/assignments/" + id;
        }, () -> {
            model.addAttribute("stepAction", uri.substring(uri.lastIndexOf('/') + 1));
            return detail(id, model);
        });
    }

    @PostMapping("/assignments/{id}/close")
    String close(@PathVariable long id, @Valid @ModelAttribute("decisionForm") Forms.DecisionForm form, BindingResult errors,
            Model model, HttpServletResponse response) {
        return PageForms.submit(errors, response, () -> {
            assignments.close(id, form.reason(), scope.user(), scope.area());
            return "redirect:/assignments/" + id;
        }, () -> detail(id, model));
    }

    // ---- 批示 ----

    @GetMapping("/instructions/new")
    String newInstruction(@RequestParam String kind, @RequestParam long id, Model model) {
        model.addAttribute("instructionForm", new Forms.InstructionForm(kind, id, ""));
        return instructionPage(model, kind, id);
    }

    private String instructionPage(Model model, String kind, Long id) {
        model.addAttribute("subjectTitle", kind == null || id == null
                ? ""
                : instructions.subjectTitle(kind, id, scope.area()).orElse(""));
        model.addAttribute("earlier", kind == null || id == null ? List.of() : instructions.on(kind, id, scope.area()));
        return "assignments/instruct";
    }

    @PostMapping("/instructions")
    String instruct(@Valid @ModelAttribute("instructionForm") Forms.InstructionForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        return PageForms.submit(errors, response, () -> {
            instructions.write(form, scope.user(), scope.area());
            return "redirect:/leader";
        }, () -> instructionPage(model, form.subjectKind(), form.subjectId()));
    }

    @GetMapping("/instructions/{id}")
    String instruction(@PathVariable long id, Model model) {
        DubanUser user = scope.user();
        Instruction i = instructions.find(id)
                .filter(x -> user.role() == Role.SUPERVISOR
                        ? instructions.inArea(scope.area()).stream().anyMatch(y -> y.id() == id)
                        : x.leaderId() == user.account().id())
                .orElseThrow(() -> new NoSuchElementException("批示不存在或无权查看"));
        model.addAttribute("i", i);
        if (!model.containsAttribute("assignmentForm")) {
            model.addAttribute("assignmentForm", new Forms.AssignmentForm(i.subjectTitle(), "", null, List.of(), null, i.text()));
        }
        model.addAttribute("units", organisations.within(organisations.subtree(scope.area())));
        return "assignments/instruction";
    }

    @PostMapping("/instructions/{id}/assign")
    String assign(@PathVariable long id, @Valid @ModelAttribute("assignmentForm") Forms.AssignmentForm form, BindingResult errors,
            Model model, HttpServletResponse response) {
        return PageForms.submit(errors, response, () -> {
            return "redirect:/assignments/" + instructions.assign(id, form, scope.user(), scope.area());
        }, () -> instruction(id, model));
    }

    /** The leader's own page: the tasks he is responsible for, and his 批示 with what became of them. */
    @GetMapping("/leader")
    String leader(Model model) {
        DubanUser user = scope.user();
        // Each task's standing now: its running period's, or its roll-up's for a task handed on to the levels below.
        var led = tasks.ledBy(user.account().id()).stream()
                .map(t -> new LeaderTaskView(t, dashboards.latestStanding(t.id()).orElse(null))).toList();
        model.addAttribute("tasks", led);
        model.addAttribute("instructions", instructions.byLeader(user.account().id()));
        return "assignments/leader";
    }

    /** A task of the leader's with its latest standing (null before any period was counted). */
    record LeaderTaskView(Tasks.LeaderTask task, Dashboards.PeriodStanding latest) {
    }

    // ---- 延期申请 ----

    @GetMapping("/extensions")
    String extensionList(@RequestParam(required = false) Long taskId, Model model) {
        DubanUser user = scope.user();
        boolean office = user.role() == Role.SUPERVISOR || user.role() == Role.LEADER;
        model.addAttribute("extensions", extensions.visible(scope.area(), scope.units(), office));
        model.addAttribute("office", user.role() == Role.SUPERVISOR);
        boolean unit = user.role() == Role.LIAISON || user.role() == Role.UNIT_HEAD;
        List<Extensions.TaskChoice> received = user.role() == Role.SUPERVISOR
                ? extensions.tasksReceivedBy(scope.area())
                : List.of();
        model.addAttribute("unit", unit || !received.isEmpty());
        if (unit || !received.isEmpty()) {
            model.addAttribute("tasks", unit ? extensions.tasksLedBy(scope.units()) : received);
            if (!model.containsAttribute("extensionForm")) {
                model.addAttribute("extensionForm", new Forms.ExtensionForm(taskId, "", null));
            }
        }
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", Forms.DecisionForm.blank());
        }
        return "assignments/extensions";
    }

    @PostMapping("/extensions")
    String apply(@Valid @ModelAttribute("extensionForm") Forms.ExtensionForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        return PageForms.submit(errors, response, () -> {
            extensions.apply(form, scope.user(), scope.units());
            return "redirect:/extensions";
        }, () -> extensionList(form.taskId(), model));
    }

    @PostMapping({"/extensions/{id}/approve", "/extensions/{id}/refuse"})
    String decide(@PathVariable long id, @Valid @ModelAttribute("decisionForm") Forms.DecisionForm form, BindingResult errors,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        return PageForms.submit(errors, response, () -> {
            if (request.getRequestURI().endsWith("/approve")) {
                extensions.approve(id, form.reason(), scope.user(), scope.area());
            } else {
                extensions.refuse(id, form.reason(), scope.user(), scope.area());
            }
            return "redirect:/extensions";
        }, () -> {
            model.addAttribute("decidedId", id);
            return extensionList(null, model);
        });
    }
}
