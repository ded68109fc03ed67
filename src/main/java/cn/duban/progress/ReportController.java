package cn.duban.progress;

import cn.duban.files.Downloads;
import cn.duban.refusal.NotFound;
import cn.duban.refusal.PageForms;
import cn.duban.security.CurrentScope;
import cn.duban.security.Role;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.MediaType;
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
    private final ReportDocuments documents;

    ReportController(Reports reports, ReportAccess access, ReportingPeriods periods, Dashboards dashboards,
            EvidenceFiles evidence, CurrentScope scope, ReportDocuments documents) {
        this.documents = documents;
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
    String open(@RequestParam long period, @RequestParam(required = false) Long unit) {
        ReportingPeriod p = periods.find(period).orElseThrow(() -> new NotFound("报送期不存在"));
        if (unit != null && unit != scope.user().organisationId()) {
            // 代为填报: the office opens the report of a unit of its area that sent its 工作汇报 in.
            access.requireOfficeFor(p.planId(), unit);
            return "redirect:/reports/" + reports.open(p.id(), unit).id() + "?onBehalf=1";
        }
        UnitReport report = reports.open(p.id(), scope.user().organisationId());
        return "redirect:/reports/" + report.id();
    }

    @GetMapping("/reports/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String onBehalf,
            @RequestParam(required = false) String document, Model model) {
        UnitReport report = access.readable(id);
        ReportForm form = ReportForm.of(report, reports.lines(report));
        boolean office = onBehalf != null && access.isOfficeOf(report);
        model.addAttribute("onBehalf", office);
        if (document != null && (office || access.isLiaisonOf(report)) && report.state().editable()) {
            // The unit's 工作汇报 kept from the import page: read into the form now, saved only when confirmed.
            Optional<ReportDocuments.Read> read = documents.kept(report);
            if (read.isPresent()) {
                form = form.withProposals(read.get().lines(), read.get().documentName(), read.get().reading());
                model.addAttribute("documentRead", ReportDocumentPage.of(read.get()));
            }
        }
        model.addAttribute("reportForm", form);
        return page(report, model);
    }

    /** Saves the draft or submits it; refused, the page comes back as typed with the reason beside its field. */
    @PostMapping("/reports/{id}")
    String save(@PathVariable long id, @Valid @ModelAttribute("reportForm") ReportForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        ReportAccess.Filler filler = access.forFiller(id);
        UnitReport report = filler.report();
        String by = filler.onBehalfBy();
        model.addAttribute("onBehalf", by != null);
        String back = by == null ? "" : "&onBehalf=1";
        return PageForms.submit(errors, response, () -> {
            List<LineInput> input = form.inputs(reports.lines(report));
            int version = form.version() == null ? -1 : form.version();
            // Values read from the unit's 工作汇报 are saved only now, as the liaison confirms them.
            ReportDocuments.Confirmed read = form.document() == null || form.document().isBlank()
                    ? null
                    : new ReportDocuments.Confirmed(form.document(), form.proposed());
            if ("submit".equals(form.action())) {
                documents.submit(id, version, key(form.submission()), input, formOpen(form.opened()), read, by);
                return "redirect:/reports/" + id + "?submitted";
            }
            documents.save(id, version, input, formOpen(form.opened()), read, by);
            return "redirect:/reports/" + id + (read == null ? "?saved" : "?confirmed") + back;
        }, () -> redraw(id, form, errors, model));
    }

    /**
     * Report once: the unit's own 工作汇报 read for this report. The page comes back with the values Duban proposes
     * in the form's fields (what else was typed stays), the document beside it, each proposal linked to its sentence;
     * nothing is saved until the liaison confirms. A file refused (empty, too large, not a .docx or .txt) is said
     * beside the file field, with what was typed kept.
     */
    @PostMapping("/reports/{id}/document")
    String readDocument(@PathVariable long id, @RequestParam(name = "documentFile", required = false) MultipartFile file,
            @Valid @ModelAttribute("reportForm") ReportForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        ReportAccess.Filler filler = access.forFiller(id);
        UnitReport report = filler.report();
        model.addAttribute("onBehalf", filler.onBehalfBy() != null);
        return PageForms.submit(errors, response, () -> {
            ReportDocuments.Read read = documents.read(report, file == null ? null : file.getOriginalFilename(), bytes(file), "document");
            PageForms.redisplay(model, errors, form.withProposals(read.lines(), read.documentName(), read.reading()));
            model.addAttribute("documentRead", ReportDocumentPage.of(read));
            return page(report, model);
        }, () -> redraw(id, form, errors, model));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? new byte[0] : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report's page again with what was typed; after a conflict, on the version now stored (saving again then wins). */
    private String redraw(long id, ReportForm form, BindingResult errors, Model model) {
        UnitReport now = reports.find(id).orElseThrow();
        PageForms.redisplay(model, errors, form.redrawnOn(now.version(), reports.lines(now)));
        return page(now, model);
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
        UnitReport r = reports.find(id).orElseThrow(() -> new NotFound("报送不存在或无权查看"));
        if (scope.user().role() == Role.UNIT_HEAD) {
            access.forHead(id);
            reports.returnToUnit(id, key(submission), ReportState.SUBMITTED, reason);
        } else {
            access.forOffice(r.id());
            reports.returnToUnit(id, key(submission), ReportState.APPROVED, reason);
        }
        return "redirect:/reports/" + id;
    }

    /** A correction of one task's values in a report the office has: the correction form sends that task's line and a reason. */
    @PostMapping("/reports/{id}/correct")
    String correct(@PathVariable long id, @Valid @ModelAttribute("reportForm") ReportForm form, BindingResult errors) {
        UnitReport report = access.forCorrection(id);
        if (errors.hasErrors()) {
            throw new ReportRejected(errors.getAllErrors().get(0).getDefaultMessage());
        }
        List<LineInput> lines = form.inputs(reports.lines(report));
        if (lines.size() != 1) {
            throw new ReportRejected("该任务不在本期报送中");
        }
        reports.correct(id, lines.get(0), form.reason());
        return "redirect:/reports/" + id + "?corrected";
    }

    /**
     * Evidence for a line of the report (or the whole report). Sent from the report's own form,
     * the typed values are saved as the draft first, so choosing and uploading a file loses
     * nothing; a refused file redraws the page with the values and the reason.
     */
    @PostMapping("/reports/{id}/evidence")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            @Valid @ModelAttribute("reportForm") ReportForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        ReportAccess.Filler filler = access.forFiller(id);
        UnitReport report = filler.report();
        model.addAttribute("onBehalf", filler.onBehalfBy() != null);
        return PageForms.submit(errors, response, () -> {
            UnitReport current = report;
            if (form.version() != null) {
                current = documents.save(id, form.version(), form.inputs(reports.lines(report)), formOpen(form.opened()), null,
                        filler.onBehalfBy());
                // saved: a refused file leaves the draft on this version, which the redrawn page carries
            }
            if (file == null || file.isEmpty()) {
                throw new ReportRejected("请选择要上传的文件（草稿已保存）", "task");
            }
            if (form.version() == null && filler.onBehalfBy() != null) {
                documents.filledOnBehalf(id, filler.onBehalfBy()); // the office's evidence marks the report as theirs to have filled
            }
            try {
                evidence.add(current, form.task(), file.getOriginalFilename(), file.getBytes(), access.actor());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return "redirect:/reports/" + id + "?saved" + (filler.onBehalfBy() == null ? "" : "&onBehalf=1") + "#evidence";
        }, () -> redraw(id, form, errors, model));
    }

    /**
     * An image of the evidence shown in the page (a thumbnail, or full size in a new tab): only
     * files checked as images at upload, never as a page of this site (nosniff, a sandboxing CSP).
     */
    @GetMapping("/evidence/{id}/preview")
    ResponseEntity<byte[]> preview(@PathVariable long id) {
        long report = evidence.reportOf(id).orElseThrow(() -> new NotFound("文件不存在或无权查看"));
        access.readable(report);
        EvidenceFiles.Download file = evidence.download(id);
        if (!file.contentType().equals("image/jpeg") && !file.contentType().equals("image/png")) {
            throw new ReportRejected("只有图片可以预览，其他文件请下载查看");
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header("Content-Disposition", "inline")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", "private, max-age=300")
                .body(file.content());
    }

    /** Evidence downloads as an attachment, never rendered by the browser as a page of this site. */
    @GetMapping("/evidence/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        long report = evidence.reportOf(id).orElseThrow(() -> new NotFound("文件不存在或无权查看"));
        access.readable(report);
        EvidenceFiles.Download file = evidence.download(id);
        return Downloads.attachment(file.fileName(), file.contentType(), file.content());
    }

    /** The report's page around its form (the model holds the form: as stored, or as typed). */
    private String page(UnitReport report, Model model) {
        model.addAttribute("report", report);
        List<ReportLine> lines = reports.lines(report);
        model.addAttribute("lines", lines);
        model.addAttribute("evidence", evidence.list(report.id()));
        Map<Long, String> lineTitles = new HashMap<>();
        lines.forEach(l -> lineTitles.put(l.taskId(), l.number() + " " + l.title()));
        model.addAttribute("lineTitles", lineTitles);
        model.addAttribute("rule", periods.rule(report.planId()));
        model.addAttribute("submission", UUID.randomUUID());
        model.addAttribute("opened", periods.instant().toEpochMilli());
        boolean onBehalf = Boolean.TRUE.equals(model.getAttribute("onBehalf")) && access.isOfficeOf(report);
        model.addAttribute("onBehalf", onBehalf);
        model.addAttribute("canEdit", (access.isLiaisonOf(report) || onBehalf) && report.state().editable());
        model.addAttribute("canFillOnBehalf", !onBehalf && access.isOfficeOf(report) && report.state().editable());
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

    /** How long the form was open (null when the page did not say). */
    private Duration formOpen(Long openedMillis) {
        return openedMillis == null ? null : Duration.between(Instant.ofEpochMilli(openedMillis), periods.instant());
    }
}
