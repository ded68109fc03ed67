package cn.duban.progress;

import cn.duban.files.Downloads;
import cn.duban.security.CurrentScope;
import cn.duban.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 报送: a unit's home (what is due, what came back, what is late), the report form a liaison
 * fills (on a phone as well), and the head's and the office's decisions on it.
 */
@Controller
class ReportController {

    private final Reports reports;
    private final ReportAccess access;
    private final ReportingPeriods periods;
    private final Dashboards dashboards;
    private final EvidenceFiles evidence;
    private final CurrentScope scope;

    ReportController(Reports reports, ReportAccess access, ReportingPeriods periods, Dashboards dashboards,
                     EvidenceFiles evidence, CurrentScope scope) {
        this.reports = reports;
        this.access = access;
        this.periods = periods;
        this.dashboards = dashboards;
        this.evidence = evidence;
        this.scope = scope;
    }

    /** A plan the unit reports on, with this period's report if it has been opened. */
    record Due(long planId, String planTitle, ReportingPeriod period, UnitReport report) {
    }

    @GetMapping("/reports")
    String home(Model model) {
        Role role = scope.user().role();
        if (role == Role.LEADER) {
            return "redirect:/dashboard";
        }
        long unit = scope.user().organisationId();
        if (role == Role.SUPERVISOR) {
            model.addAttribute("inTray", reports.inState(scope.units(), ReportState.APPROVED));
            model.addAttribute("office", true);
            return "progress/home";
        }
        List<UnitReport> mine = reports.ofUnits(List.of(unit));
        List<Due> due = dashboards.plansLedBy(unit).stream()
                .flatMap(p -> periods.current(p.getKey()).stream().map(period -> new Due(p.getKey(), p.getValue(), period,
                        mine.stream().filter(r -> r.periodId() == period.id()).findFirst().orElse(null))))
                .toList();
        model.addAttribute("due", due);
        model.addAttribute("returned", mine.stream().filter(r -> r.state() == ReportState.RETURNED).toList());
        model.addAttribute("inTray", role == Role.UNIT_HEAD ? reports.inState(List.of(unit), ReportState.SUBMITTED) : List.of());
        model.addAttribute("late", dashboards.attention(List.of(scope.area()), null, periods.today(), 50, unit));
        model.addAttribute("office", false);
        return "progress/home";
    }

    /** The liaison opens this period's report for a plan; the form's clock starts now. */
    @PostMapping("/reports/open")
    String open(@RequestParam long period) {
        ReportingPeriod p = periods.find(period).orElseThrow(() -> new cn.duban.refusal.NotFound("报送期不存在"));
        UnitReport report = reports.open(p.id(), scope.user().organisationId());
        return "redirect:/reports/" + report.id();
    }

    @GetMapping("/reports/{id}")
    String show(@PathVariable long id, Model model) {
        UnitReport report = access.readable(id);
        return page(report, model, null, null);
    }

    @PostMapping("/reports/{id}")
    String save(@PathVariable long id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        UnitReport report = access.forLiaison(id);
        try {
            List<LineInput> input = ReportForm.lines(reports.lines(report), form);
            int version = Integer.parseInt(form.getOrDefault("version", "-1"));
            Duration open = formOpen(form.get("opened"));
            if ("submit".equals(form.get("action"))) {
                reports.submit(id, version, key(form.get("submission")), input, open);
                return "redirect:/reports/" + id + "?submitted";
            }
            reports.save(id, version, input, open);
            return "redirect:/reports/" + id + "?saved";
        } catch (ReportConflict e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("version", e.currentVersion());
            return page(reports.find(id).orElseThrow(), model, e.getMessage(), ReportForm.typed(form));
        } catch (ReportRejected | NumberFormatException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(reports.find(id).orElseThrow(), model,
                    e instanceof ReportRejected ? e.getMessage() : "请求内容不完整，请刷新页面", ReportForm.typed(form));
        }
    }

    @PostMapping("/reports/{id}/approve")
    String approve(@PathVariable long id, @RequestParam String submission) {
        access.forHead(id);
        reports.approve(id, key(submission));
        return "redirect:/reports/" + id;
    }

    @PostMapping("/reports/{id}/accept")
    String accept(@PathVariable long id, @RequestParam String submission) {
        access.forOffice(id);
        reports.accept(id, key(submission));
        return "redirect:/reports/" + id;
    }

    @PostMapping("/reports/{id}/return")
    String giveBack(@PathVariable long id, @RequestParam String submission, @RequestParam(required = false) String reason) {
        UnitReport r = reports.find(id).orElseThrow(() -> new cn.duban.refusal.NotFound("报送不存在或无权查看"));
        if (scope.user().role() == Role.UNIT_HEAD) {
            access.forHead(id);
            reports.returnToUnit(id, key(submission), ReportState.SUBMITTED, reason);
        } else {
            access.forOffice(r.id());
            reports.returnToUnit(id, key(submission), ReportState.APPROVED, reason);
        }
        return "redirect:/reports/" + id;
    }

    @PostMapping("/reports/{id}/correct")
    String correct(@PathVariable long id, @RequestParam long task, @RequestParam Map<String, String> form) {
        UnitReport report = access.forCorrection(id);
        List<LineInput> lines = ReportForm.lines(reports.lines(report).stream().filter(l -> l.taskId() == task).toList(), form);
        if (lines.isEmpty()) {
            throw new ReportRejected("该任务不在本期报送中");
        }
        reports.correct(id, lines.get(0), form.get("reason"));
        return "redirect:/reports/" + id + "?corrected";
    }

    /**
     * Evidence for a line of the report (or the whole report). Sent from the report's own form,
     * the typed values are saved as the draft first, so choosing and uploading a file loses
     * nothing; a refused file redraws the page with the values and the reason.
     */
    @PostMapping("/reports/{id}/evidence")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam Map<String, String> form, Model model, HttpServletResponse response) throws IOException {
        UnitReport report = access.forLiaison(id);
        Long task = form.get("task") == null || form.get("task").isBlank() ? null : Long.valueOf(form.get("task"));
        try {
            if (form.containsKey("version")) {
                reports.save(id, Integer.parseInt(form.get("version")), ReportForm.lines(reports.lines(report), form),
                        formOpen(form.get("opened")));
                report = reports.find(id).orElseThrow();
            }
            if (file == null || file.isEmpty()) {
                throw new ReportRejected("请选择要上传的文件（草稿已保存）");
            }
            evidence.add(report, task, file.getOriginalFilename(), file.getBytes(), access.actor());
            return "redirect:/reports/" + id + "?saved#evidence";
        } catch (ReportConflict e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("version", e.currentVersion());
            return page(reports.find(id).orElseThrow(), model, e.getMessage(), ReportForm.typed(form));
        } catch (ReportRejected | cn.duban.files.FileRejected | NumberFormatException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(reports.find(id).orElseThrow(), model,
                    e instanceof NumberFormatException ? "请求内容不完整，请刷新页面" : e.getMessage(), ReportForm.typed(form));
        }
    }

    /**
     * An image of the evidence shown in the page (a thumbnail, or full size in a new tab): only
     * files checked as images at upload, never as a page of this site (nosniff, a sandboxing CSP).
     */
    @GetMapping("/evidence/{id}/preview")
    ResponseEntity<byte[]> preview(@PathVariable long id) {
        long report = evidence.reportOf(id).orElseThrow(() -> new cn.duban.refusal.NotFound("文件不存在或无权查看"));
        access.readable(report);
        EvidenceFiles.Download file = evidence.download(id);
        if (!file.contentType().equals("image/jpeg") && !file.contentType().equals("image/png")) {
            throw new ReportRejected("只有图片可以预览，其他文件请下载查看");
        }
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType(file.contentType()))
                .header("Content-Disposition", "inline")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", "private, max-age=300")
                .body(file.content());
    }

    /** Evidence downloads as an attachment, never rendered by the browser as a page of this site. */
    @GetMapping("/evidence/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        long report = evidence.reportOf(id).orElseThrow(() -> new cn.duban.refusal.NotFound("文件不存在或无权查看"));
        access.readable(report);
        EvidenceFiles.Download file = evidence.download(id);
        return Downloads.attachment(file.fileName(), file.contentType(), file.content());
    }

    private String page(UnitReport report, Model model, String error, Map<String, String> typed) {
        model.addAttribute("report", report);
        List<ReportLine> lines = reports.lines(report);
        model.addAttribute("lines", lines);
        model.addAttribute("evidence", evidence.list(report.id()));
        Map<Long, String> lineTitles = new java.util.HashMap<>();
        lines.forEach(l -> lineTitles.put(l.taskId(), l.number() + " " + l.title()));
        model.addAttribute("lineTitles", lineTitles);
        model.addAttribute("rule", periods.rule(report.planId()));
        model.addAttribute("error", error);
        model.addAttribute("typed", typed);
        if (!model.containsAttribute("version")) {
            model.addAttribute("version", report.version());
        }
        model.addAttribute("submission", UUID.randomUUID());
        model.addAttribute("opened", periods.instant().toEpochMilli());
        model.addAttribute("canEdit", access.isLiaisonOf(report) && report.state().editable());
        model.addAttribute("canApprove", access.isHeadOf(report) && report.state() == ReportState.SUBMITTED);
        model.addAttribute("canAccept", access.isOfficeOf(report) && report.state() == ReportState.APPROVED);
        model.addAttribute("canCorrect", report.state().counted() && (access.isLiaisonOf(report) || access.isOfficeOf(report)));
        return "progress/report";
    }

    private static UUID key(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ReportRejected("提交缺少防重复标识，请刷新页面后再提交");
        }
    }

    private Duration formOpen(String openedMillis) {
        try {
            return Duration.between(Instant.ofEpochMilli(Long.parseLong(openedMillis)), periods.instant());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
