package cn.duban.ledger;

import cn.duban.security.CurrentScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.Map;
import java.util.Set;

/** The ledger as Excel: export a plan in the office columns; import a sheet in the same columns. */
@Controller
@Tag(name = "台账 Excel", description = "按 序号、工作任务、目标要求、牵头单位、配合单位、责任领导、责任人、完成时限、备注 导入导出")
class ExcelController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Plans plans;
    private final ExcelImports imports;
    private final CurrentScope scope;

    ExcelController(Plans plans, ExcelImports imports, CurrentScope scope) {
        this.plans = plans;
        this.imports = imports;
        this.scope = scope;
    }

    @Operation(summary = "导出计划台账（.xlsx）", description = "只含当前用户可查看的任务；unit 只导出该单位牵头或配合的任务。")
    @GetMapping({"/plans/{id}/export", "/api/plans/{id}/export"})
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(required = false) Long unit) {
        Set<Long> units = scope.units();
        Plan plan = plans.find(id, units).orElseThrow(() -> new PlanRejected("计划不存在或无权查看"));
        byte[] bytes = LedgerWorkbook.write(plan.title(), Plans.involving(plans.tasks(plan, units), unit));
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(plan.title() + "台账.xlsx", StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }

    @GetMapping("/plans/excel")
    String form(Model model) {
        scope.require(scope.user().role().managesPlans());
        model.addAttribute("columns", LedgerWorkbook.COLUMNS);
        return "ledger/excel";
    }

    @PostMapping("/plans/excel")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam String title,
                  @RequestParam(required = false) Integer year, Model model) throws IOException {
        try {
            return "redirect:/plans/" + importSheet(file, title, year);
        } catch (ExcelImports.SheetRejected e) {
            model.addAttribute("columns", LedgerWorkbook.COLUMNS);
            model.addAttribute("problems", e.problems());
            return "ledger/excel";
        }
    }

    @Operation(summary = "从 Excel 台账导入计划", description = "任何一行有问题都不导入，返回 422 和逐行原因。")
    @PostMapping(path = "/api/plans/excel", produces = "application/json")
    @ResponseBody
    ResponseEntity<Map<String, Object>> uploadApi(@RequestParam("file") MultipartFile file, @RequestParam String title,
                                                  @RequestParam(required = false) Integer year) throws IOException {
        try {
            return ResponseEntity.status(201).body(Map.of("planId", importSheet(file, title, year)));
        } catch (ExcelImports.SheetRejected e) {
            return ResponseEntity.unprocessableContent().body(Map.of("status", 422, "error", e.getMessage(), "problems", e.problems()));
        }
    }

    /** The sheet into a plan of the office's area; a year left empty is this year. */
    private long importSheet(MultipartFile file, String title, Integer year) throws IOException {
        scope.require(scope.user().role().managesPlans());
        return imports.importSheet(file.getBytes(), title, year == null ? Year.now().getValue() : year, scope.area(),
                file.getOriginalFilename(), scope.user().getUsername());
    }
}
