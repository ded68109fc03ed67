package cn.duban.ledger;

import cn.duban.extract.DemoDocuments;
import cn.duban.extract.DocumentRejected;
import cn.duban.org.Organisations;
import cn.duban.security.CurrentScope;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** 台账: the plans a user may see, and the import of a plan from a document through a review page. */
@Controller
class PlanController {

    private static final String PROPOSALS = "duban.importProposals";

    private final Plans plans;
    private final PlanImports imports;
    private final CurrentScope scope;
    private final Organisations organisations;
    private final DemoDocuments demos;

    private final Levels levels;

    PlanController(Plans plans, PlanImports imports, CurrentScope scope, Organisations organisations, DemoDocuments demos,
                   Levels levels) {
        this.levels = levels;
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
        Plan plan = plans.find(id, units).orElseThrow(() -> new cn.duban.refusal.NotFound("计划不存在或无权查看"));
        List<LedgerTask> all = plans.tasks(plan, units);
        model.addAttribute("plan", plan);
        model.addAttribute("tasks", Plans.involving(all, unit));
        model.addAttribute("unit", unit);
        model.addAttribute("units", organisations.within(Plans.unitsOf(all)));
        Set<Long> handedOn = levels.handedOn(plan.id());
        model.addAttribute("unassigned", all.stream().filter(t -> t.leadOrgId() == null && !handedOn.contains(t.id())).toList());
        model.addAttribute("canEdit", scope.user().role().managesPlans() && plan.areaId() == scope.area());
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
                .orElseThrow(() -> new cn.duban.refusal.NotFound("计划不存在或无权修改"));
    }

    @GetMapping("/plans/import")
    String importForm(Model model) {
        model.addAttribute("demos", demos.all());
        return "ledger/import";
    }

    @PostMapping("/plans/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(name = "demo", required = false) String demo, HttpSession session,
                  jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
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
        model.addAttribute("p", p);
        model.addAttribute("kinds", Plan.KINDS);
        model.addAttribute("units", organisations.within(organisations.subtree(p.areaId())));
        model.addAttribute("originals", p.quantities().stream().map(cn.duban.extract.ExtractionJson::json).toList());
        return "ledger/review";
    }

    @PostMapping("/plans/import/{id}")
    String accept(@PathVariable String id, @RequestParam Map<String, String> form,
                  @RequestParam org.springframework.util.MultiValueMap<String, String> all, HttpSession session, Model model,
                  jakarta.servlet.http.HttpServletResponse response) {
        ImportProposal p = proposal(session, id);
        try {
            return acceptAsTyped(id, p, form, all, session);
        } catch (PlanRejected e) {
            // The review comes back as the office left it: every title, unit, date and choice, and the reason on top.
            response.setStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT.value());
            Map<String, String> typed = new java.util.HashMap<>(form);
            typed.remove("_csrf");
            model.addAttribute("typed", typed);
            model.addAttribute("typedCo", all);
            model.addAttribute("error", e.getMessage());
            return review(id, session, model);
        }
    }

    private String acceptAsTyped(String id, ImportProposal p, Map<String, String> form,
                                 org.springframework.util.MultiValueMap<String, String> coUnits, HttpSession session) {
        List<PlanImports.Decision> decisions = new ArrayList<>();
        for (ImportProposal.Row row : p.rows()) {
            int i = row.index();
            String lead = form.getOrDefault("lead_" + i, "");
            String deadline = form.getOrDefault("deadline_" + i, "");
            // The page sends co-units and indicator choices with markers, so "none chosen" differs from "not on the page".
            List<Long> co = form.containsKey("co_present_" + i) ? coUnits.getOrDefault("co_" + i, List.of()).stream()
                    .map(PlanController::parseId).toList() : null;
            Map<Integer, String> chosen = null;
            if (form.containsKey("ind_present_" + i)) {
                chosen = new java.util.LinkedHashMap<>();
                for (int qi : row.quantities()) {
                    if (form.containsKey("keep_" + qi)) {
                        chosen.put(qi, form.getOrDefault("ind_" + qi, ""));
                    }
                }
            }
            decisions.add(new PlanImports.Decision(i, form.containsKey("include_" + i),
                    form.getOrDefault("title_" + i, row.title()),
                    lead.isBlank() ? null : parseId(lead),
                    deadline.isBlank() ? null : parseDate(deadline, i), handling(form.get("handling_" + i)), co, chosen));
        }
        long planId = imports.accept(p, form.getOrDefault("title", p.title()), form.getOrDefault("kind", "年度重点工作"),
                Plans.Span.ofMonths(month(form.get("spanFrom"), p.span().from()), month(form.get("spanTo"), p.span().to())),
                decisions, form.containsKey("confirmDuplicate"), scope.user().getUsername());
        forget(session, id);
        return "redirect:/plans/" + planId;
    }

    private ImportProposal proposal(HttpSession session, String id) {
        ImportProposal p = proposals(session).get(id);
        if (p == null) {
            throw new cn.duban.refusal.NotFound("导入内容已过期或不存在，请重新上传文档");
        }
        return p;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ImportProposal> proposals(HttpSession session) {
        Object existing = session.getAttribute(PROPOSALS);
        return existing == null ? new java.util.LinkedHashMap<>() : (Map<String, ImportProposal>) existing;
    }

    /**
     * Sessions are stored in the database and shared by every node: a changed attribute is written
     * back only when it is set again, so the map is copied, changed and set. The last five
     * proposals are kept, which bounds what one session holds.
     */
    private static void remember(HttpSession session, ImportProposal proposal) {
        Map<String, ImportProposal> kept = new java.util.LinkedHashMap<>(proposals(session));
        kept.put(proposal.id(), proposal);
        while (kept.size() > 5) {
            kept.remove(kept.keySet().iterator().next());
        }
        session.setAttribute(PROPOSALS, kept);
    }

    private static void forget(HttpSession session, String id) {
        Map<String, ImportProposal> kept = new java.util.LinkedHashMap<>(proposals(session));
        kept.remove(id);
        session.setAttribute(PROPOSALS, kept);
    }

    private static PlanImports.Handling handling(String value) {
        if (value == null || value.isBlank()) {
            return PlanImports.Handling.KEEP;
        }
        try {
            return PlanImports.Handling.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new PlanRejected("处理方式无效");
        }
    }

    /** A month as the browser's month field sends it (2026-11); the proposal's when the field is missing. */
    static java.time.YearMonth month(String value, java.time.YearMonth otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return java.time.YearMonth.parse(value.strip());
        } catch (RuntimeException e) {
            throw new PlanRejected("月份格式应为 yyyy-mm，例如 2026-11");
        }
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new PlanRejected("牵头单位无效");
        }
    }

    private static LocalDate parseDate(String value, int row) {
        try {
            return LocalDate.parse(value);
        } catch (RuntimeException e) {
            throw new PlanRejected("第 " + (row + 1) + " 项任务的完成时限格式应为 yyyy-mm-dd");
        }
    }
}
