package cn.duban.supervision;

import cn.duban.files.Downloads;
import cn.duban.org.Organisations;
import cn.duban.time.CountyTime;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
    private final JdbcClient jdbc;
    private final CountyTime time;

    SupervisionController(Inspections inspections, Rectifications rectifications, MeetingActions actions, Problems problems,
                          SupervisionAccess access, Organisations organisations, JdbcClient jdbc, CountyTime time) {
        this.inspections = inspections;
        this.rectifications = rectifications;
        this.actions = actions;
        this.problems = problems;
        this.access = access;
        this.organisations = organisations;
        this.jdbc = jdbc;
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
        form(model, null, null);
        return "supervision/inspections";
    }

    /** The office's new-inspection form: the area's units and this year's tasks to choose from. */
    private void form(Model model, Map<String, String> typed, List<RepeatInspection.Visit> repeats) {
        boolean office = access.isOffice();
        model.addAttribute("canRecord", office);
        model.addAttribute("typed", typed);
        model.addAttribute("repeats", repeats);
        if (!office) {
            return; // the form is the office's: a leader's page does not read every unit and task to draw it
        }
        model.addAttribute("kinds", InspectionKind.values());
        model.addAttribute("units", organisations.within(access.units()).stream().filter(o -> o.id() != access.area()).toList());
        model.addAttribute("tasks", areaTasks());
    }

    private List<Map<String, Object>> areaTasks() {
        return jdbc.sql("""
                        select t.id, t.title, o.name as lead from task t join plan p on p.id = t.plan_id
                        left join organisation o on o.id = t.lead_org_id
                        where p.area_id = :a and p.year >= :y - 1 order by p.year desc, p.id, t.position""")
                .param("a", access.area()).param("y", today().getYear()).query().listOfRows();
    }

    @PostMapping("/inspections")
    String record(@RequestParam Map<String, String> form, @RequestParam(name = "units", required = false) List<Long> units,
                  @RequestParam(name = "tasks", required = false) List<Long> tasks,
                  @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  HttpServletResponse response) throws IOException {
        // The file is checked before anything is recorded: a refused file leaves no inspection without it behind.
        cn.duban.files.CheckedFile checked = null;
        try {
            if (file != null && !file.isEmpty()) {
                checked = cn.duban.files.CheckedFile.of(file.getOriginalFilename(), file.getBytes());
            }
        } catch (cn.duban.files.FileRejected e) {
            return refused(form, units, tasks, model, response, HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), "file", null);
        }
        try {
            Inspections.NewInspection in = new Inspections.NewInspection(date(form.get("heldOn"), "督查日期"),
                    kind(form.get("kind")), form.get("title"), form.get("ledBy"), form.get("participants"),
                    form.get("observations"), units, tasks, form.containsKey("confirmRepeat"));
            Inspection saved = inspections.record(access.area(), access.units(), in, access.actor(), checked);
            return "redirect:/inspections/" + saved.id();
        } catch (RepeatInspection repeat) {
            return refused(form, units, tasks, model, response, HttpStatus.CONFLICT, repeat.getMessage(), null, repeat.visits());
        } catch (SupervisionRejected e) {
            return refused(form, units, tasks, model, response, HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), null, null);
        }
    }

    /** The form again, with what was typed and why it was refused (beside {@code field} when it is one field's). */
    private String refused(Map<String, String> form, List<Long> units, List<Long> tasks, Model model, HttpServletResponse response,
                           HttpStatus status, String message, String field, List<RepeatInspection.Visit> repeats) {
        response.setStatus(status.value());
        LocalDate day = parseDay(form.get("heldOn"));
        model.addAttribute("month", YearMonth.from(day));
        model.addAttribute("inspections", inspections.month(List.of(access.area()), day));
        Map<String, String> typed = new java.util.HashMap<>(form);
        // ",3,7," so that the page can tell 3 from 13 when it re-selects what was chosen
        typed.put("units", units == null ? "," : "," + String.join(",", units.stream().map(String::valueOf).toList()) + ",");
        typed.put("tasks", tasks == null ? "," : "," + String.join(",", tasks.stream().map(String::valueOf).toList()) + ",");
        form(model, typed, repeats);
        model.addAttribute(field == null ? "error" : field + "Error", message);
        return "supervision/inspections";
    }

    private LocalDate parseDay(String text) {
        try {
            return text == null || text.isBlank() ? today() : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return today();
        }
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
        model.addAttribute("plans", jdbc.sql("select id, title from plan where area_id = :a order by year desc, id desc")
                .param("a", access.area()).query().listOfRows());
        model.addAttribute("canEdit", access.isOffice() && inspection.areaId() == access.area());
        return "supervision/inspection";
    }

    @PostMapping("/inspections/{id}/files")
    String attach(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        Inspection inspection = officeOf(id);
        inspections.attach(inspection.id(), file.getOriginalFilename(), file.getBytes(), access.actor());
        return "redirect:/inspections/" + id;
    }

    @PostMapping("/inspections/{id}/findings")
    String find(@PathVariable long id, @RequestParam Map<String, String> form,
                @RequestParam(name = "tasks", required = false) List<Long> tasks, Model model,
                jakarta.servlet.http.HttpServletResponse response) {
        Inspection inspection = officeOf(id);
        try {
            rectifications.find(inspection, access.units(), new Rectifications.NewFinding(form.get("description"), form.get("theme"),
                    number(form.get("unit")), form.get("responsiblePerson"), date(form.get("deadline"), "整改时限"),
                    form.get("requiredEvidence"), tasks), access.actor());
            return "redirect:/inspections/" + id + "#findings";
        } catch (SupervisionRejected e) {
            // The finding's form comes back as typed, the reason beside the field it concerns.
            response.setStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT.value());
            Map<String, String> typed = new java.util.HashMap<>(form);
            typed.remove("_csrf");
            model.addAttribute("findingTyped", typed);
            model.addAttribute("findingTasks", tasks == null ? List.of() : tasks);
            model.addAttribute("findingError", e.getMessage());
            model.addAttribute("findingErrorField", e.getMessage().contains("时限") ? "deadline"
                    : e.getMessage().contains("单位") ? "unit" : e.getMessage().contains("问题") ? "description" : "");
            return show(id, model);
        }
    }

    @PostMapping("/inspections/{id}/actions")
    String act(@PathVariable long id, @RequestParam Map<String, String> form) {
        Inspection meeting = officeOf(id);
        if ("DEADLINE".equals(form.get("kind"))) {
            Long task = number(form.get("task"));
            if (task == null) {
                throw new SupervisionRejected("请选择要调整的任务");
            }
            actions.moveDeadline(meeting, task, date(form.get("deadline"), "新的完成时限"), access.actor());
        } else {
            Long plan = number(form.get("plan"));
            if (plan == null) {
                throw new SupervisionRejected("请选择新增任务所属的计划");
            }
            actions.newTask(meeting, plan, form.get("title"), number(form.get("lead")), access.units(),
                    form.get("deadline") == null || form.get("deadline").isBlank() ? null : date(form.get("deadline"), "完成时限"),
                    access.actor());
        }
        return "redirect:/inspections/" + id + "#actions";
    }

    @GetMapping("/rectifications")
    String items(Model model) {
        boolean officeView = access.isOffice() || access.user().role() == cn.duban.security.Role.LEADER;
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
        var user = access.user();
        model.addAttribute("canReport", (user.role() == cn.duban.security.Role.LIAISON || user.role() == cn.duban.security.Role.UNIT_HEAD)
                && user.organisationId() == f.unitId() && (f.state() == FindingState.OPEN || f.state() == FindingState.RETURNED));
        model.addAttribute("canDecide", access.isOffice() && f.areaId() == access.area() && f.state() == FindingState.REPORTED);
        return "supervision/rectification";
    }

    @PostMapping("/rectifications/{id}/report")
    String report(@PathVariable long id, @RequestParam(required = false) String narrative, @RequestParam int version,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
                  HttpServletResponse response) throws IOException {
        access.forUnit(id);
        List<Map.Entry<String, byte[]>> uploads = new ArrayList<>();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            if (!f.isEmpty()) {
                uploads.add(Map.entry(f.getOriginalFilename() == null ? "" : f.getOriginalFilename(), f.getBytes()));
            }
        }
        try {
            rectifications.report(id, version, narrative, uploads, access.actor());
        } catch (cn.duban.files.FileRejected | SupervisionRejected e) {
            // The page again with the narrative as typed and the reason beside the field it concerns; nothing was stored.
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            item(id, model);
            model.addAttribute("narrative", narrative);
            model.addAttribute(e instanceof cn.duban.files.FileRejected ? "filesError" : "narrativeError", e.getMessage());
            return "supervision/rectification";
        }
        return "redirect:/rectifications/" + id;
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
        Inspections.StoredFile file = rectifications.file(id).orElseThrow(() -> new cn.duban.refusal.NotFound("文件不存在或无权查看"));
        Map<String, Object> owner = rectifications.ownerOf(id);
        long area = ((Number) owner.get("area_id")).longValue();
        Long unit = owner.get("unit_id") == null ? null : ((Number) owner.get("unit_id")).longValue();
        var units = access.units();
        boolean office = access.isOffice() || access.user().role() == cn.duban.security.Role.LEADER;
        if (!(office && units.contains(area)) && !(unit != null && units.contains(unit))) {
            throw new cn.duban.refusal.NotFound("文件不存在或无权查看");
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
            throw new cn.duban.refusal.NotFound("督查记录不存在或无权查看");
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

    static InspectionKind kind(String raw) {
        try {
            return InspectionKind.valueOf(raw == null ? "" : raw);
        } catch (IllegalArgumentException e) {
            throw new SupervisionRejected("请选择督查类型");
        }
    }

    static Long number(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw new SupervisionRejected("请求内容不正确，请刷新页面");
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
