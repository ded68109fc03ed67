package cn.duban.progress;

import cn.duban.refusal.NotFound;
import cn.duban.security.CurrentScope;
import cn.duban.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The progress cycle as JSON, beside the pages and with the same rules: reports and their flow
 * (submits and decisions carry an Idempotency-Key, so a retry is one submission), the
 * dashboard, the 红黑榜 of a period, its freeze, and a plan's reporting rule.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "报送与督办", description = "单位报送、审核、看板、红黑榜")
class ProgressApi {

    private final Reports reports;
    private final ReportAccess access;
    private final ReportingPeriods periods;
    private final Standings standings;
    private final Dashboards dashboards;
    private final CloseOut closeOut;
    private final PeriodFreeze freezes;
    private final EvidenceFiles evidence;
    private final CurrentScope scope;
    private final ReportDocuments documents;

    private final ReportingBurden burden;

    ProgressApi(Reports reports, ReportAccess access, ReportingPeriods periods, Standings standings, Dashboards dashboards,
            PeriodFreeze freezes, EvidenceFiles evidence, CurrentScope scope, CloseOut closeOut, ReportDocuments documents,
            ReportingBurden burden) {
        this.burden = burden;
        this.documents = documents;
        this.closeOut = closeOut;
        this.freezes = freezes;
        this.reports = reports;
        this.access = access;
        this.periods = periods;
        this.standings = standings;
        this.dashboards = dashboards;
        this.evidence = evidence;
        this.scope = scope;
    }

    /** One task's values as a client sends them: by indicator id, or a percentage for a task without indicators. */
    record LineBody(long taskId, Map<Long, BigDecimal> values, BigDecimal percentDone, String narrative, String problems,
            String nextSteps, Boolean unchanged) {
        LineInput input() {
            return new LineInput(taskId, values == null ? Map.of() : values, percentDone, narrative, problems, nextSteps,
                    Boolean.TRUE.equals(unchanged));
        }
    }

    record ReportBody(int version, List<LineBody> lines) {
        List<LineInput> inputs() {
            return lines == null ? List.of() : lines.stream().map(LineBody::input).toList();
        }
    }

    record ReportView(UnitReport report, List<ReportLine> lines, List<EvidenceFiles.Evidence> evidence) {
    }

    record Open(long periodId, Long unitId) {
    }

    record Reason(String reason) {
    }

    record Correction(LineBody line, String reason) {
    }

    @GetMapping("/reports")
    @Operation(summary = "我可见的报送（单位看本单位，督查室看本地区）")
    List<UnitReport> list() {
        return reports.ofUnits(scope.units());
    }

    @GetMapping("/reports/{id}")
    @Operation(summary = "一份报送及其各任务的本期和上期数据")
    ReportView show(@PathVariable long id) {
        UnitReport r = access.readable(id);
        return new ReportView(r, reports.lines(r), evidence.list(id));
    }

    @PostMapping("/reports/open")
    @Operation(summary = "联络员打开本单位某一期的报送（已打开则返回原报送）", description = "督查室代为填报时以 unitId 指定本地区的单位：此后该报送的保存、提交、上传工作汇报均标明由督查室代为填报（onBehalfBy），仍由单位负责人审核。")
    ReportView open(@RequestBody Open body) {
        long unit = scope.user().organisationId();
        if (body.unitId() != null && body.unitId() != unit) {
            ReportingPeriod p = periods.find(body.periodId()).orElseThrow(() -> new NotFound("报送期不存在"));
            access.requireOfficeFor(p.planId(), body.unitId());
            unit = body.unitId();
        }
        UnitReport r = reports.open(body.periodId(), unit);
        return new ReportView(r, reports.lines(r), evidence.list(r.id()));
    }

    @PutMapping("/reports/{id}")
    @Operation(summary = "保存草稿；version 不是当前版本时返回 409，内容不变")
    UnitReport save(@PathVariable long id, @RequestBody ReportBody body) {
        ReportAccess.Filler filler = access.forFiller(id);
        return documents.save(id, body.version(), body.inputs(), null, null, filler.onBehalfBy());
    }

    @PostMapping("/reports/{id}/submit")
    @Operation(summary = "保存并提交单位负责人审核；同一 Idempotency-Key 重复提交只算一次")
    UnitReport submit(@PathVariable long id,
            @Parameter(required = true) @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody ReportBody body) {
        ReportAccess.Filler filler = access.forFiller(id);
        return documents.submit(id, body.version(), key(key), body.inputs(), null, null, filler.onBehalfBy());
    }

    /** A proposal as the API gives it: the fields the issue names, then the figure and why, and what to check. */
    record DocumentProposal(long lineTaskId, long indicatorId, String indicator, BigDecimal value, String unit, String how,
            String sentence, int start, int end, String surface, String because, List<String> flags) {
    }

    record DocumentFigure(String surface, String sentence, int start, int end, BigDecimal value, String unit, String note) {
    }

    record DocumentProposals(String document, List<DocumentProposal> proposals, List<DocumentFigure> unmatched) {
        static DocumentProposals of(ReportDocuments.Read read) {
            return new DocumentProposals(read.documentName(),
                    read.reading().proposals().stream().map(p -> new DocumentProposal(p.lineTaskId(), p.indicatorId(), p.indicator(),
                            p.value(), p.unit(), p.how(), p.sentence(), p.start(), p.end(), p.surface(), p.because(), p.flags())).toList(),
                    read.reading().unmatched().stream().map(u -> new DocumentFigure(u.surface(), u.sentence(), u.start(), u.end(),
                            u.value(), u.unit(), u.note())).toList());
        }
    }

    @PostMapping(path = "/reports/{id}/document", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "按本单位工作汇报预填报送（减负：报一次）", description = "上传本单位的工作汇报或总结（file：.docx 或 .txt，简体或繁体，≤10 MB），返回本期报送各任务各指标的建议值："
            + "文档所述截至目前的累计完成数，已换算为指标的计量单位；文档未说明的指标不给建议值。"
            + "how：cumulative（累计数）、increment（本月新增数加上期累计值）、percent-of-target（完成目标任务的百分比乘目标值）、"
            + "converted（换算单位，如万元→亿元）。sentence 为所据原句，start/end 为该数字在文档原文中的位置。"
            + "unmatched 为未对应到任何指标的数字，供联络员手工指定。不保存任何内容：确认后用 PUT /api/reports/{id} 保存草稿。"
            + "空文件、超过上限、不是 .docx 或 .txt（含旧版 .doc）返回 422 和中文原因。")
    DocumentProposals readDocument(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        UnitReport r = access.forFiller(id).report();
        return DocumentProposals.of(documents.read(r, file == null ? null : file.getOriginalFilename(),
                file == null ? new byte[0] : file.getBytes(), "file"));
    }

    @PostMapping("/reports/{id}/approve")
    @Operation(summary = "单位负责人审核通过，报送督查室")
    UnitReport approve(@PathVariable long id, @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        access.forHead(id);
        return reports.approve(id, key(key));
    }

    @PostMapping("/reports/{id}/accept")
    @Operation(summary = "督查室采纳")
    UnitReport accept(@PathVariable long id, @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        access.forOffice(id);
        return reports.accept(id, key(key));
    }

    @PostMapping("/reports/{id}/return")
    @Operation(summary = "退回（单位负责人退回联络员，或督查室退回单位），须写明原因")
    UnitReport giveBack(@PathVariable long id, @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody Reason body) {
        if (scope.user().role() == Role.UNIT_HEAD) {
            access.forHead(id);
            return reports.returnToUnit(id, key(key), ReportState.SUBMITTED, body.reason());
        }
        access.forOffice(id);
        return reports.returnToUnit(id, key(key), ReportState.APPROVED, body.reason());
    }

    @PostMapping("/reports/{id}/corrections")
    @Operation(summary = "更正已报送的数据：新增一版并记录原因，原数据保留；已冻结的期次快照不变")
    UnitReport correct(@PathVariable long id, @RequestBody Correction body) {
        access.forCorrection(id);
        if (body.line() == null) {
            throw new ReportRejected("请提供要更正的任务数据");
        }
        return reports.correct(id, body.line().input(), body.reason());
    }

    @GetMapping("/dashboard")
    @Operation(summary = "督办看板：各单位完成率、状态统计、各期趋势、滞后超期清单、报送负担")
    DashboardView dashboard(@RequestParam(required = false) Long plan) {
        return DashboardView.of(dashboards, scope, periods, closeOut, plan);
    }

    @GetMapping("/periods/{id}/ranking")
    @Operation(summary = "某一期的红黑榜")
    Map<String, Object> ranking(@PathVariable long id) {
        ReportingPeriod p = visiblePeriod(id);
        RankingRule.Ranking r = dashboards.ranking(id);
        return Map.of("period", p, "ranked", r.ranked(), "red", r.red(), "black", r.black(), "rules", r.rules(),
                "note", r.note());
    }

    record FreezeRequest(Boolean confirmUnreported) {
    }

    @PostMapping("/periods/{id}/freeze")
    @Operation(summary = "通报发布后冻结该期", description = "报送截止日过后才能冻结；仍有单位未报送时返回 409 并列出单位，确认后以 confirmUnreported=true 再次提交。")
    ReportingPeriod freeze(@PathVariable long id, @RequestBody(required = false) FreezeRequest body) {
        ReportingPeriod p = visiblePeriod(id);
        scope.require(scope.user().role() == Role.SUPERVISOR && dashboards.areaOfPlan(p.planId()) == scope.area());
        freezes.freeze(id, scope.user().getUsername(), body != null && Boolean.TRUE.equals(body.confirmUnreported()));
        return periods.find(id).orElseThrow();
    }

    @GetMapping("/plans/{id}/reporting")
    @Operation(summary = "计划的报送规则")
    ReportingRule rule(@PathVariable long id) {
        access.plan(id);
        return periods.rule(id);
    }

    @GetMapping("/plans/{id}/reporting/burden")
    @Operation(summary = "计划的报送负担（减负）", description = "按当前报送周期：计划期限内的期数、各单位每期填报任务数、全程填报项次、须附佐证的任务数，"
            + "以及已报送次数、沿用预填项数、每次平均用时（分钟）；periodsBy 为各报送周期下的期数，供调整周期时比较。")
    ReportingBurden.Plan burden(@PathVariable long id) {
        access.plan(id);
        return burden.of(id);
    }

    @PutMapping("/plans/{id}/reporting")
    @Operation(summary = "设置计划的报送周期、报送日、滞后阈值、是否须附佐证、提前提醒天数", description = "evidenceTasks：须附佐证材料的任务编号（默认为空，即不强制佐证，减负）；不传则保持不变。")
    ReportingRule setRule(@PathVariable long id, @RequestBody RuleRequest body) {
        access.plan(id);
        scope.require(dashboards.areaOfPlan(id) == scope.area());
        if (body.cadence() == null || body.lagThreshold() == null || body.version() == null) {
            throw new ReportRejected("请提供报送周期、滞后阈值和版本号（version）");
        }
        // What the body leaves out stays as it is (the plan id is the path's).
        ReportingRule now = periods.rule(id);
        ReportingRule saved = periods.setRule(new ReportingRule(id, body.cadence(),
                body.dueDay() == null ? now.dueDay() : body.dueDay(), body.lagThreshold(),
                body.evidenceRequired() == null ? now.evidenceRequired() : body.evidenceRequired(),
                body.remindDays() == null ? now.remindDays() : body.remindDays(), body.version(), body.listSize(),
                body.completionWeight(), body.evidenceTasks()));
        standings.refresh(id);
        return saved;
    }

    /** A plan's reporting rule as a program sends it: boxed, so that a value left out is not read as 0 or false. */
    record RuleRequest(Cadence cadence, Integer dueDay, BigDecimal lagThreshold, Boolean evidenceRequired,
            Integer remindDays, Integer version, Integer listSize, Integer completionWeight, List<Long> evidenceTasks) {
    }

    private ReportingPeriod visiblePeriod(long id) {
        ReportingPeriod p = periods.find(id).orElseThrow(() -> new NotFound("报送期不存在或无权查看"));
        if (!dashboards.areasUnder(scope.area()).contains(dashboards.areaOfPlan(p.planId()))) {
            throw new NotFound("报送期不存在或无权查看");
        }
        return p;
    }

    private static UUID key(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ReportRejected("请在 Idempotency-Key 请求头中提供一个 UUID，重试时使用同一个值");
        }
    }
}
