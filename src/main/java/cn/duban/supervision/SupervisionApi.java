package cn.duban.supervision;

import cn.duban.refusal.NotFound;
import cn.duban.time.CountyTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Supervision as JSON, with the pages' rules: inspections, findings, rectification, rates, problems. */
@RestController
@RequestMapping("/api")
@Tag(name = "督查整改", description = "督查记录、发现问题、整改销号、整改完成率、问题清单")
class SupervisionApi {

    private final Inspections inspections;
    private final Rectifications rectifications;
    private final MeetingActions actions;
    private final Problems problems;
    private final SupervisionAccess access;
    private final CountyTime time;

    SupervisionApi(Inspections inspections, Rectifications rectifications, MeetingActions actions, Problems problems,
            SupervisionAccess access, CountyTime time) {
        this.inspections = inspections;
        this.rectifications = rectifications;
        this.actions = actions;
        this.problems = problems;
        this.access = access;
        this.time = time;
    }

    record InspectionView(Inspection inspection, List<Inspections.Visited> units, List<Inspections.Visited> tasks,
            List<Inspections.StoredFile> files, List<Finding> findings, List<MeetingActions.Action> actions) {
    }

    record Action(String kind, Long planId, String title, Long leadUnitId, Long taskId, LocalDate deadline) {
    }

    record Report(int version, String narrative) {
    }

    record Reason(String reason) {
    }

    @GetMapping("/inspections")
    @Operation(summary = "本区域某月的督查记录（month 如 2026-11，缺省为本月）")
    List<Inspection> month(@RequestParam(required = false) String month) {
        LocalDate day = month == null || month.isBlank() ? time.today() : SupervisionController.date(month + "-01", "月份");
        return inspections.month(List.of(access.area()), day);
    }

    @PostMapping("/inspections")
    @Operation(summary = "记录一次督查；所涉任务或单位近期已被督查时返回 409 及清单，确认后以 confirmRepeat=true 再提交")
    ResponseEntity<Object> record(@RequestBody Inspections.NewInspection body) {
        return ResponseEntity.ok(inspections.record(access.area(), access.units(), body, access.actor()));
    }

    @GetMapping("/inspections/{id}")
    @Operation(summary = "一次督查及其单位、任务、材料、发现的问题和会议决定")
    InspectionView show(@PathVariable long id) {
        Inspection i = access.inspection(id);
        return new InspectionView(i, inspections.units(id), inspections.tasks(id), inspections.files(id),
                rectifications.ofInspection(id), actions.of(id));
    }

    @PostMapping("/inspections/{id}/findings")
    @Operation(summary = "记录发现的问题，生成整改事项")
    Finding find(@PathVariable long id, @RequestBody Rectifications.NewFinding body) {
        Inspection i = access.inspection(id);
        if (i.areaId() != access.area()) {
            throw new NotFound("督查记录不存在或无权查看");
        }
        return rectifications.find(i, access.units(), body, access.actor());
    }

    @PostMapping("/inspections/{id}/actions")
    @Operation(summary = "调度会决定：NEW_TASK 新增任务，DEADLINE 调整完成时限；经台账修改并留审计记录")
    MeetingActions.Action act(@PathVariable long id, @RequestBody Action body) {
        Inspection i = access.inspection(id);
        if (i.areaId() != access.area()) {
            throw new NotFound("督查记录不存在或无权查看");
        }
        if ("DEADLINE".equals(body.kind())) {
            if (body.taskId() == null) {
                throw new SupervisionRejected("请提供要调整的任务");
            }
            return actions.moveDeadline(i, body.taskId(), body.deadline(), access.actor());
        }
        if (body.planId() == null) {
            throw new SupervisionRejected("请提供新增任务所属的计划");
        }
        return actions.newTask(i, body.planId(), body.title(), body.leadUnitId(), access.units(), body.deadline(), access.actor());
    }

    @GetMapping("/rectifications")
    @Operation(summary = "整改事项：督查室和领导看本区域，单位看本单位")
    List<Finding> items() {
        return rectifications.ofUnits(access.officeOrLeader() ? access.units() : List.of(access.user().organisationId()));
    }

    @GetMapping("/rectifications/rates")
    @Operation(summary = "整改完成率：各单位及全区域")
    Map<String, Object> rates() {
        LocalDate today = time.today();
        List<Long> areas = List.of(access.area());
        return Map.of("units", rectifications.rates(areas, today),
                "area", rectifications.areaRate(areas, today).map(Object.class::cast).orElse(Map.of()));
    }

    @PostMapping("/rectifications/{id}/reports")
    @Operation(summary = "单位报送整改情况（佐证材料请在页面上传）")
    Finding report(@PathVariable long id, @RequestBody Report body) {
        access.forUnit(id);
        return rectifications.report(id, body.version(), body.narrative(), List.of(), access.actor());
    }

    @PostMapping("/rectifications/{id}/close")
    @Operation(summary = "销号（须已有整改佐证材料）")
    Finding close(@PathVariable long id) {
        access.forOffice(id);
        return rectifications.close(id, access.actor());
    }

    @PostMapping("/rectifications/{id}/return")
    @Operation(summary = "退回整改，须写明原因")
    Finding giveBack(@PathVariable long id, @RequestBody Reason body) {
        access.forOffice(id);
        return rectifications.giveBack(id, body.reason());
    }

    @GetMapping("/problems")
    @Operation(summary = "存在的主要问题：未销号的督查问题、滞后超期任务、单位反映的问题，按单位和主题分组")
    List<Problems.UnitProblems> problemsList() {
        LocalDate today = time.today();
        return problems.of(List.of(access.area()), today.getYear(), today);
    }
}
