package cn.duban.supervision;

import cn.duban.files.CheckedFile;
import cn.duban.files.Downloads;
import cn.duban.files.FileRejected;
import cn.duban.org.Organisations;
import cn.duban.refusal.NotFound;
import cn.duban.refusal.PageForms;
import cn.duban.security.Role;
import cn.duban.time.CountyTime;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 督查: the area's calendar of inspections, recording one (with the repeat warning), its
 * findings and files and a 调度会's decisions; the rectification items of an area or a unit
 * with their 整改完成率; and the problems list.
 */
@Controller
class SupervisionController {

    private final Inspections inspections;
    private final Rectifications rectifications;
    private final MeetingActions actions;
    private final Problems problems;
    private final SupervisionAccess access;
    private final Organisations organisations;
    private final CountyTime time;

    SupervisionController(Inspections inspections, Rectifications rectifications, MeetingActions actions, Problems problems,
            SupervisionAccess access, Organisations organisations, CountyTime time) {
        this.inspections = inspections;
        this.rectifications = rectifications;
        this.actions = actions;
        this.problems = problems;
        this.access = access;
        this.organisations = organisations;
        this.time = time;
    }

    private LocalDate today() {
        return time.today();
    }

    @GetMapping("/inspections")
    String calendar(@RequestParam(required = false) String month, Model model) {
        YearMonth shown = month == null || month.isBlank() ? YearMonth.from(today()) : parseMonth(month);
        model.addAttribute("month", shown);
        model.addAttribute("inspections", inspections.month(List.of(access.area()), shown.atDay(1)));
        model.addAttribute("canRecord", access.isOffice());
        return "supervision/inspections";
    }

    /**
     * The office's new-inspection form, a page of its own: its choices (every unit and this year's tasks of the
     * area) are read and drawn only when the office records one, not on every look at the calendar.
     */
    @GetMapping("/inspections/new")
    String newInspection(Model model) {
        form(model);
        return "supervision/inspection-new";
    }

    /** The office's new-inspection form: the area's units and this year's tasks to choose from. */
    private void form(Model model) {
        form(model, null);
    }

    /** The form as typed: the one bound (a refusal's redraw), else a blank one. */
    private static SupervisionForms.InspectionForm typed(Model model) {
        return model.getAttribute("inspectionForm") instanceof SupervisionForms.InspectionForm f
                ? f
                : SupervisionForms.InspectionForm.blank();
    }

    private void form(Model model, SupervisionForms.InspectionForm bound) {
        boolean office = access.isOffice();
        model.addAttribute("canRecord", office);
        if (!model.containsAttribute("inspectionForm")) {
            model.addAttribute("inspectionForm", SupervisionForms.InspectionForm.blank());
        }
        if (!office) {
            return; // the form is the office's: a leader's page does not read every unit and task to draw it
        }
        model.addAttribute("kinds", InspectionKind.values());
        model.addAttribute("units", organisations.within(access.units()).stream().filter(o -> o.id() != access.area()).toList());
        model.addAttribute("tasks", areaTasks());
        // What was chosen, as sets: each option asks once, instead of binding the whole field again per option
        // (th:field on a long select was most of this page's cost for the office).
        SupervisionForms.InspectionForm typed = bound != null ? bound : typed(model);
        model.addAttribute("chosenUnits", typed.units() == null ? Set.of() : Set.copyOf(typed.units()));
        model.addAttribute("chosenTasks", typed.tasks() == null ? Set.of() : Set.copyOf(typed.tasks()));
    }

    private List<Inspections.TaskChoice> areaTasks() {
        return inspections.taskChoices(access.area(), today().getYear());
    }

    /**
     * Records an inspection. The file is checked before anything is recorded: a refused file leaves no inspection
     * without it behind. Tasks or units inspected in the last days are refused until confirmed (409, the list shown).
     */
    @PostMapping("/inspections")
    String record(@Valid @ModelAttribute("inspectionForm") SupervisionForms.InspectionForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        return PageForms.submit(errors, response, () -> {
            MultipartFile file = form.file();
            CheckedFile checked;
            try {
                checked = file == null || file.isEmpty() ? null : CheckedFile.of(file.getOriginalFilename(), file.getBytes());
            } catch (FileRejected e) {
                throw new SupervisionRejected(e.getMessage() + "（其余内容已保留，请重新选择文件）", "file");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                return "redirect:/inspections/"
                        + inspections.record(access.area(), access.units(), form.inspection(), access.actor(), checked).id();
            } catch (RepeatInspection repeat) {
                model.addAttribute("repeats", repeat.visits()); // the page offers to record it all the same
                throw repeat;
            }
        }, () -> {
            form(model, form);
            return "supervision/inspection-new";
        });
    }

    @GetMapping("/inspections/{id}")
    String show(@PathVariable long id, Model model) {
        Inspection inspection = access.inspection(id);
        model.addAttribute("inspection", inspection);
        model.addAttribute("visitedUnits", inspections.units(id));
        model.addAttribute("visitedTasks", inspections.tasks(id));
        model.addAttribute("files", inspections.files(id));
        model.addAttribute("findings", rectifications.ofInspection(id));
        model.addAttribute("actions", actions.of(id));
        model.addAttribute("units", organisations.within(access.units()).stream().filter(o -> o.id() != access.area()).toList());
        model.addAttribute("tasks", areaTasks());
        model.addAttribute("plans", inspections.planChoices(access.area()));
        model.addAttribute("canEdit", access.isOffice() && inspection.areaId() == access.area());
        if (!model.containsAttribute("findingForm")) {
            model.addAttribute("findingForm", SupervisionForms.FindingForm.blank());
        }
        if (!model.containsAttribute("actionForm")) {
            model.addAttribute("actionForm", SupervisionForms.ActionForm.blank());
        }
        return "supervision/inspection";
    }

    @PostMapping("/inspections/{id}/files")
    String attach(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        Inspection inspection = officeOf(id);
        inspections.attach(inspection.id(), file.getOriginalFilename(), file.getBytes(), access.actor());
        return "redirect:/inspections/" + id;
    }

    /** A problem found: refused, the finding's form comes back as typed, the reason beside the field it concerns. */
    @PostMapping("/inspections/{id}/findings")
    String find(@PathVariable long id, @Valid @ModelAttribute("findingForm") SupervisionForms.FindingForm form, BindingResult errors,
            Model model, HttpServletResponse response) {
        Inspection inspection = officeOf(id);
        return PageForms.submit(errors, response, () -> {
            rectifications.find(inspection, access.units(), form.finding(), access.actor());
            return "redirect:/inspections/" + id + "#findings";
        }, () -> show(id, model));
    }

    /** A 调度会's decision on the ledger; refused, the meeting's page comes back with the decision as typed. */
    @PostMapping("/inspections/{id}/actions")
    String act(@PathVariable long id, @Valid @ModelAttribute("actionForm") SupervisionForms.ActionForm form, BindingResult errors,
            Model model, HttpServletResponse response) {
        Inspection meeting = officeOf(id);
        return PageForms.submit(errors, response, () -> {
            if ("DEADLINE".equals(form.kind())) {
                if (form.task() == null) {
                    throw new SupervisionRejected("请选择要调整的任务", "task");
                }
                if (form.deadline() == null) {
                    throw new SupervisionRejected("请填写新的完成时限（格式如 2026-11-24）", "deadline");
                }
                actions.moveDeadline(meeting, form.task(), form.deadline(), access.actor());
            } else {
                if (form.plan() == null) {
                    throw new SupervisionRejected("请选择新增任务所属的计划", "plan");
                }
                actions.newTask(meeting, form.plan(), form.title(), form.lead(), access.units(), form.deadline(),
                        access.actor());
            }
            return "redirect:/inspections/" + id + "#actions";
        }, () -> show(id, model));
    }

    @GetMapping("/rectifications")
    String items(Model model) {
        boolean officeView = access.isOffice() || access.user().role() == Role.LEADER;
        List<Long> areas = List.of(access.area());
        model.addAttribute("officeView", officeView);
        model.addAttribute("items", rectifications.ofUnits(officeView ? access.units() : List.of(access.user().organisationId())));
        model.addAttribute("rates", officeView ? rectifications.rates(areas, today()) : List.of());
        model.addAttribute("areaRate", officeView ? rectifications.areaRate(areas, today()).orElse(null) : null);
        model.addAttribute("today", today());
        return "supervision/rectifications";
    }

    @GetMapping("/rectifications/{id}")
    String item(@PathVariable long id, Model model) {
        Finding f = access.finding(id);
        model.addAttribute("item", f);
        model.addAttribute("tasks", rectifications.taskTitles(id));
        model.addAttribute("reports", rectifications.reports(id));
        model.addAttribute("today", today());
        if (!model.containsAttribute("reportForm")) {
            model.addAttribute("reportForm", SupervisionForms.RectificationReportForm.blank());
        }
        var user = access.user();
        model.addAttribute("canReport", (user.role() == Role.LIAISON || user.role() == Role.UNIT_HEAD)
                && user.organisationId() == f.unitId() && (f.state() == FindingState.OPEN || f.state() == FindingState.RETURNED));
        model.addAttribute("canDecide", access.isOffice() && f.areaId() == access.area() && f.state() == FindingState.REPORTED);
        return "supervision/rectification";
    }

    @PostMapping("/rectifications/{id}/report")
    String report(@PathVariable long id, @ModelAttribute("reportForm") SupervisionForms.RectificationReportForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        access.forUnit(id);
        // A refused report: the page again with the narrative as typed and the reason beside its field; nothing was stored.
        return PageForms.submit(errors, response, () -> {
            List<Map.Entry<String, byte[]>> uploads = new ArrayList<>();
            for (MultipartFile f : form.files() == null ? List.<MultipartFile>of() : form.files()) {
                if (!f.isEmpty()) {
                    uploads.add(Map.entry(f.getOriginalFilename() == null ? "" : f.getOriginalFilename(), bytes(f)));
                }
            }
            rectifications.report(id, form.version(), form.narrative(), uploads, access.actor());
            return "redirect:/rectifications/" + id;
        }, () -> item(id, model));
    }

    private static byte[] bytes(MultipartFile f) {
        try {
            return f.getBytes();
        } catch (IOException e) {
            throw new FileRejected("文件未能读取，请重新选择", "files");
        }
    }

    @PostMapping("/rectifications/{id}/close")
    String close(@PathVariable long id) {
        access.forOffice(id);
        rectifications.close(id, access.actor());
        return "redirect:/rectifications/" + id;
    }

    @PostMapping("/rectifications/{id}/return")
    String giveBack(@PathVariable long id, @RequestParam(required = false) String reason) {
        access.forOffice(id);
        rectifications.giveBack(id, reason);
        return "redirect:/rectifications/" + id;
    }

    @GetMapping("/supervision-files/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        Inspections.StoredFile file = rectifications.file(id).orElseThrow(() -> new NotFound("文件不存在或无权查看"));
        Map<String, Object> owner = rectifications.ownerOf(id);
        long area = ((Number) owner.get("area_id")).longValue();
        Long unit = owner.get("unit_id") == null ? null : ((Number) owner.get("unit_id")).longValue();
        var units = access.units();
        boolean office = access.isOffice() || access.user().role() == Role.LEADER;
        if (!(office && units.contains(area)) && !(unit != null && units.contains(unit))) {
            throw new NotFound("文件不存在或无权查看");
        }
        return Downloads.attachment(file.fileName(), file.contentType(), rectifications.content(id));
    }

    @GetMapping("/problems")
    String problemsList(Model model) {
        model.addAttribute("problems", problems.of(List.of(access.area()), today().getYear(), today()));
        return "supervision/problems";
    }

    private Inspection officeOf(long id) {
        Inspection inspection = access.inspection(id);
        if (inspection.areaId() != access.area()) {
            throw new NotFound("督查记录不存在或无权查看");
        }
        return inspection;
    }

    static LocalDate date(String raw, String what) {
        try {
            return LocalDate.parse(raw == null ? "" : raw.strip());
        } catch (RuntimeException e) {
            throw new SupervisionRejected("请填写" + what + "（格式如 2026-11-24）");
        }
    }

    private static YearMonth parseMonth(String raw) {
        try {
            return YearMonth.parse(raw);
        } catch (RuntimeException e) {
            throw new SupervisionRejected("月份格式应如 2026-11");
        }
    }
}
