package cn.duban.reports;

import cn.duban.files.Downloads;
import cn.duban.ledger.Plans;
import cn.duban.org.Organisations;
import cn.duban.progress.Dashboards;
import cn.duban.progress.ReportingPeriod;
import cn.duban.progress.ReportingPeriods;
import cn.duban.refusal.NotFound;
import cn.duban.security.CurrentScope;
import cn.duban.security.Role;
import cn.duban.time.CountyTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 通报 and 小结: choose a plan's frozen period, preview the document as a page, generate it
 * (kept as .docx and as OFD with its snapshot and checksums) and download either; again
 * whenever needed.
 */
@Controller
@Tag(name = "公文", description = "月通报、工作小结（GB/T 9704 格式，.docx 与 OFD 版式文件）")
class DocumentController {

    private final PeriodDocuments documents;
    private final GeneratedDocuments stored;
    private final ReportingPeriods periods;
    private final Dashboards dashboards;
    private final Organisations organisations;
    private final Plans plans;
    private final CurrentScope scope;
    private final CountyTime time;

    DocumentController(PeriodDocuments documents, GeneratedDocuments stored, ReportingPeriods periods, Dashboards dashboards,
            Organisations organisations, Plans plans, CurrentScope scope, CountyTime time) {
        this.documents = documents;
        this.stored = stored;
        this.periods = periods;
        this.dashboards = dashboards;
        this.organisations = organisations;
        this.plans = plans;
        this.scope = scope;
        this.time = time;
    }

    @GetMapping("/documents")
    String choose(@RequestParam(required = false) Long plan, @RequestParam(required = false) Long period, Model model) {
        List<Map.Entry<Long, String>> plans = dashboards.plansOf(List.of(scope.area()));
        Long chosen = plan != null && plans.stream().anyMatch(p -> p.getKey().equals(plan))
                ? plan
                : plans.isEmpty() ? null : plans.get(0).getKey();
        List<ReportingPeriod> frozen = chosen == null
                ? List.of()
                : periods.periods(chosen).stream().filter(ReportingPeriod::frozen).toList();
        ReportingPeriod shown = period == null
                ? (frozen.isEmpty() ? null : frozen.get(frozen.size() - 1))
                : frozen.stream().filter(p -> p.id() == period).findFirst().orElse(null);
        model.addAttribute("plans", plans);
        model.addAttribute("plan", chosen);
        model.addAttribute("periods", frozen);
        model.addAttribute("period", shown);
        model.addAttribute("generated", shown == null ? List.of() : stored.ofPeriod(shown.id()));
        model.addAttribute("canGenerate", scope.user().role() == Role.SUPERVISOR);
        return "reports/documents";
    }

    @GetMapping("/documents/preview")
    String preview(@RequestParam long period, @RequestParam String kind, Model model) {
        PeriodDocuments.Draft draft = draft(visible(period), kind);
        model.addAttribute("draft", draft);
        model.addAttribute("period", periods.find(period).orElseThrow());
        model.addAttribute("kind", kind);
        return "reports/preview";
    }

    @PostMapping("/documents")
    String generate(@RequestParam long period, @RequestParam String kind) {
        ReportingPeriod p = visible(period);
        keep(p, kind);
        return "redirect:/documents?plan=" + p.planId() + "&period=" + p.id();
    }

    @GetMapping("/documents/{id}/download")
    @Operation(summary = "下载已生成的公文（GB/T 9704 格式 .docx）")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        GeneratedDocuments.Stored doc = stored.find(id).orElseThrow(() -> new NotFound("文件不存在或无权查看"));
        visible(doc.periodId());
        return Downloads.attachment(doc.fileName(), OfficialDocument.DOCX_TYPE, stored.content(id));
    }

    @GetMapping("/documents/{id}/ofd")
    @Operation(summary = "下载已生成的公文（OFD 版式文件，GB/T 33190）", description = "与 .docx 同时由同一内容生成，版式同 GB/T 9704；字体按公文用字命名（仿宋_GB2312、方正小标宋简体、黑体、楷体_GB2312），未嵌入。")
    ResponseEntity<byte[]> downloadOfd(@PathVariable long id) {
        GeneratedDocuments.Stored doc = stored.find(id).orElseThrow(() -> new NotFound("文件不存在或无权查看"));
        visible(doc.periodId());
        byte[] ofd = stored.ofd(id).orElseThrow(() -> new NotFound("该公文生成于保存 OFD 版式之前，没有 OFD 文件；请重新生成"));
        return Downloads.attachment(doc.title() + ".ofd", OfficialDocument.OFD_TYPE, ofd);
    }

    /** The ledger with this period's progress, as Excel. */
    @GetMapping({"/documents/ledger", "/api/periods/{id}/ledger"})
    @Operation(summary = "带本期进展的台账（.xlsx），按状态着色")
    ResponseEntity<byte[]> ledger(@RequestParam(name = "period", required = false) Long period,
            @PathVariable(name = "id", required = false) Long id) {
        Long which = period != null ? period : id;
        if (which == null) {
            throw new DocumentRefused("请指定报送期");
        }
        ReportingPeriod p = visible(which);
        var units = scope.units();
        var plan = plans.find(p.planId(), units).orElseThrow(() -> new NotFound("计划不存在或无权查看"));
        byte[] xlsx = ProgressLedger.write(plan.title() + p.label() + "台账", p, plans.tasks(plan, units), documents.tasks(p),
                "状态截至" + (p.frozen() ? "冻结时" : "今日") + "　制表日期：" + time.day(time.today()));
        return Downloads.attachment(plan.title() + p.label() + "台账.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx);
    }

    @PostMapping("/api/periods/{id}/documents")
    @ResponseBody
    @Operation(summary = "依据已冻结的报送期生成月通报（BULLETIN）或工作小结（SUMMARY），同时保存 .docx 与 OFD，返回二者的校验值")
    GeneratedDocuments.Stored generateApi(@PathVariable long id, @RequestParam String kind) {
        ReportingPeriod p = visible(id);
        return keep(p, kind);
    }

    /** Writes the document of a period and keeps it, with its 期号 when it is a bulletin. */
    private GeneratedDocuments.Stored keep(ReportingPeriod p, String kind) {
        PeriodDocuments.Draft draft = draft(p, kind);
        return stored.keep(kind(kind), p.id(), p.frozenAt(), draft.title(), OfficialDocument.of(draft.blocks()),
                scope.user().getUsername(), draft.issue());
    }

    @GetMapping("/api/periods/{id}/documents")
    @ResponseBody
    @Operation(summary = "某一期已生成的公文")
    List<GeneratedDocuments.Stored> listApi(@PathVariable long id) {
        visible(id);
        return stored.ofPeriod(id);
    }

    private PeriodDocuments.Draft draft(ReportingPeriod p, String kind) {
        String office = fullName(organisations.find(scope.user().organisationId()).map(o -> o.name()).orElse("县政府督查室"),
                organisations.find(scope.area()).map(o -> o.name()).orElse(""));
        LocalDate today = time.today();
        if ("SUMMARY".equals(kind(kind))) {
            return documents.summary(p.id(), office, today);
        }
        int issue = stored.issueFor(p.id(), dashboards.areaOfPlan(p.planId()), today.getYear());
        return documents.bulletin(p.id(), new PeriodDocuments.Letterhead(office, issue, PeriodDocuments.Letterhead.COPY_TO), today);
    }

    /** The office's full name as it signs: 县政府督查室 of 青川县 is 青川县人民政府督查室. */
    static String fullName(String office, String county) {
        if (county.isEmpty() || office.startsWith(county)) {
            return office;
        }
        if (office.startsWith("县政府")) {
            return county + "人民政府" + office.substring(3);
        }
        return office.startsWith("县") ? county + office.substring(1) : county + office;
    }

    /** A period of a plan of the user's area (another area's period is, to this user, none). */
    private ReportingPeriod visible(long periodId) {
        return periods.find(periodId).filter(p -> dashboards.areasUnder(scope.area()).contains(dashboards.areaOfPlan(p.planId())))
                .orElseThrow(() -> new NotFound("报送期不存在或无权查看"));
    }

    private static String kind(String raw) {
        if (!"BULLETIN".equals(raw) && !"SUMMARY".equals(raw)) {
            throw new DocumentRefused("文种应为 BULLETIN（月通报）或 SUMMARY（工作小结）");
        }
        return raw;
    }
}
