package cn.duban.ledger;

import cn.duban.extract.DemoDocuments;
import cn.duban.extract.DocumentRejected;
import cn.duban.extract.ExtractionJson;
import cn.duban.org.Organisations;
import cn.duban.refusal.NotFound;
import cn.duban.refusal.PageForms;
import cn.duban.security.CurrentScope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** 台账: the plans a user may see, and the import of a plan from a document through a review page. */
@Controller
class PlanController {

    private static final String PROPOSALS = "duban.importProposals";
    /** For each proposal in the session, the plans its document reports on (a unit's 工作汇报), if any. */
    private static final String REPORTS_ON = "duban.importReportsOn";

    private final Plans plans;
    private final PlanImports imports;
    private final CurrentScope scope;
    private final Organisations organisations;
    private final DemoDocuments demos;

    /** The marks of tasks whose work was handed on: asked of the module that hands it on (levels). */
    private final ObjectProvider<HandedOnMarks> marks;

    /** Whether a document is a unit's report on a plan already here: asked of the module that keeps reports. */
    private final ObjectProvider<ReportsOnPlans> reportsOn;

    PlanController(Plans plans, PlanImports imports, CurrentScope scope, Organisations organisations, DemoDocuments demos,
            ObjectProvider<HandedOnMarks> marks, ObjectProvider<ReportsOnPlans> reportsOn) {
        this.marks = marks;
        this.reportsOn = reportsOn;
        this.plans = plans;
        this.imports = imports;
        this.scope = scope;
        this.organisations = organisations;
        this.demos = demos;
    }

    @GetMapping("/")
    String home() {
        // Each role starts where its work is: the office and leaders at the dashboard, units at their reports.
        return switch (scope.user().role()) {
            case SUPERVISOR, LEADER -> "redirect:/dashboard";
            case LIAISON, UNIT_HEAD -> "redirect:/reports";
            case AUDITOR -> "redirect:/audit";
            case ADMIN, SECURITY_ADMIN -> "redirect:/users";
            case PENDING -> "redirect:/pending";
        };
    }

    @GetMapping("/plans")
    String list(Model model) {
        Set<Long> units = scope.units();
        model.addAttribute("plans", plans.visibleTo(units));
        return "ledger/plans";
    }

    @GetMapping("/plans/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Long unit, Model model) {
        Set<Long> units = scope.units();
        Plan plan = plans.find(id, units).orElseThrow(() -> new NotFound("计划不存在或无权查看"));
        List<LedgerTask> all = plans.tasks(plan, units);
        model.addAttribute("plan", plan);
        model.addAttribute("tasks", Plans.involving(all, unit));
        model.addAttribute("unit", unit);
        model.addAttribute("units", organisations.within(Plans.unitsOf(all)));
        Set<Long> handedOn = plans.handedOn(plan.id());
        model.addAttribute("unassigned", all.stream().filter(t -> t.leadOrgId() == null && !handedOn.contains(t.id())).toList());
        model.addAttribute("canEdit", scope.user().role().managesPlans() && plan.areaId() == scope.area());
        HandedOnMarks marked = marks.getIfAvailable();
        model.addAttribute("marks", marked == null ? Map.of() : marked.marks(plan.id()));
        return "ledger/plan";
    }

    @PostMapping("/plans/{id}/span")
    String span(@PathVariable long id, @RequestParam(required = false) String spanFrom,
            @RequestParam(required = false) String spanTo) {
        Plan plan = editablePlan(id);
        plans.setSpan(plan.id(), Plans.Span.ofMonths(month(spanFrom, null), month(spanTo, null)));
        return "redirect:/plans/" + id;
    }

    /**
     * A plan the office of its area may change. The role is checked here too: the span's path lies among
     * the plan's pages, which every unit may read.
     */
    Plan editablePlan(long id) {
        scope.require(scope.user().role().managesPlans());
        return plans.find(id, scope.units()).filter(p -> p.areaId() == scope.area())
                .orElseThrow(() -> new NotFound("计划不存在或无权修改"));
    }

    @GetMapping("/plans/import")
    String importForm(Model model) {
        model.addAttribute("demos", demos.all());
        return "ledger/import";
    }

    @PostMapping("/plans/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "demo", required = false) String demo, HttpSession session,
            HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ImportProposal proposal;
        if (demo != null && !demo.isBlank()) {
            DemoDocuments.Demo d = demos.named(demo).orElseThrow(() -> new DocumentRejected("没有这份示例文档"));
            proposal = imports.propose(d.fileName(), d.bytes(), scope.area());
        } else if (file != null && !file.isEmpty()) {
            proposal = imports.propose(file.getOriginalFilename(), file.getBytes(), scope.area());
        } else {
            throw new DocumentRejected("请选择要导入的文档");
        }
        remember(session, proposal);
        ReportsOnPlans on = reportsOn.getIfAvailable();
        List<ReportsOnPlans.Recognised> recognised = on == null
                ? List.of()
                : on.recognise(proposal.fileName(), proposal.source(), scope.area());
        Map<String, List<ReportsOnPlans.Recognised>> kept = new LinkedHashMap<>(reportsOn(session));
        kept.keySet().retainAll(proposals(session).keySet());
        kept.put(proposal.id(), List.copyOf(recognised));
        session.setAttribute(REPORTS_ON, kept);
        if (request.getHeader("HX-Request") != null) {
            // htmx showed "正在读取" while the document was read; it now takes the browser to the review page.
            response.setHeader("HX-Redirect", request.getContextPath() + "/plans/import/" + proposal.id());
            return "ledger/import :: empty";
        }
        return "redirect:/plans/import/" + proposal.id();
    }

    @GetMapping("/plans/import/{id}")
    String review(@PathVariable String id, HttpSession session, Model model) {
        ImportProposal p = proposal(session, id);
        model.addAttribute("reviewForm", ReviewForm.of(p));
        return reviewPage(p, model, session);
    }

    /**
     * Report once: the document is a unit's 工作汇报 on a plan already here, and the office fills that unit's report
     * of the current period from it, on the unit's behalf, instead of proposing a new plan.
     */
    @PostMapping("/plans/import/{id}/report/{which}")
    String fillReport(@PathVariable String id, @PathVariable int which, HttpSession session) {
        ImportProposal p = proposal(session, id);
        List<ReportsOnPlans.Recognised> recognised = reportsOn(session).getOrDefault(id, List.of());
        ReportsOnPlans on = reportsOn.getIfAvailable();
        if (on == null || which < 0 || which >= recognised.size()) {
            throw new NotFound("没有可填入的报送，请重新上传文档");
        }
        long report = on.fillOnBehalf(recognised.get(which), p.fileName(), p.source());
        forget(session, id);
        return "redirect:/reports/" + report + "?onBehalf=1&document=1";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<ReportsOnPlans.Recognised>> reportsOn(HttpSession session) {
        Object existing = session.getAttribute(REPORTS_ON);
        return existing == null ? Map.of() : (Map<String, List<ReportsOnPlans.Recognised>>) existing;
    }

    /** The review page around its form (the model holds it: as proposed, or as the office typed it). */
    private String reviewPage(ImportProposal p, Model model, HttpSession session) {
        model.addAttribute("reportsOn", reportsOn(session).getOrDefault(p.id(), List.of()));
        model.addAttribute("p", p);
        model.addAttribute("kinds", Plan.KINDS);
        model.addAttribute("units", organisations.within(organisations.subtree(p.areaId())));
        model.addAttribute("originals", p.quantities().stream().map(ExtractionJson::json).toList());
        return "ledger/review";
    }

    /** Accepted: the plan is written; refused, the review comes back as the office left it, the reason beside its field. */
    @PostMapping("/plans/import/{id}")
    String accept(@PathVariable String id, @Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult errors,
            HttpSession session, Model model, HttpServletResponse response) {
        ImportProposal p = proposal(session, id);
        return PageForms.submit(errors, response, () -> {
            long planId = imports.accept(p, form.title(), form.kind() == null ? Plan.KINDS.get(0) : form.kind(),
                    form.span(p), form.decisions(p), form.confirmDuplicate(), scope.user().getUsername());
            forget(session, id);
            return "redirect:/plans/" + planId;
        }, () -> reviewPage(p, model, session));
    }

    private ImportProposal proposal(HttpSession session, String id) {
        ImportProposal p = proposals(session).get(id);
        if (p == null) {
            throw new NotFound("导入内容已过期或不存在，请重新上传文档");
        }
        return p;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ImportProposal> proposals(HttpSession session) {
        Object existing = session.getAttribute(PROPOSALS);
        return existing == null ? new LinkedHashMap<>() : (Map<String, ImportProposal>) existing;
    }

    /**
     * Sessions are stored in the database and shared by every node: a changed attribute is written
     * back only when it is set again, so the map is copied, changed and set. The last five
     * proposals are kept, which bounds what one session holds.
     */
    private static void remember(HttpSession session, ImportProposal proposal) {
        Map<String, ImportProposal> kept = new LinkedHashMap<>(proposals(session));
        kept.put(proposal.id(), proposal);
        while (kept.size() > 5) {
            kept.remove(kept.keySet().iterator().next());
        }
        session.setAttribute(PROPOSALS, kept);
    }

    private static void forget(HttpSession session, String id) {
        Map<String, ImportProposal> kept = new LinkedHashMap<>(proposals(session));
        kept.remove(id);
        session.setAttribute(PROPOSALS, kept);
    }

    /** A month as the browser's month field sends it (2026-11); the proposal's when the field is missing. */
    static YearMonth month(String value, YearMonth otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (RuntimeException e) {
            throw new PlanRejected("月份格式应为 yyyy-mm，例如 2026-11");
        }
    }

}
