package cn.duban.ledger;

import cn.duban.org.Organisation;
import cn.duban.org.Organisations;
import cn.duban.security.CurrentScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The ledger as Excel: a plan's export (office columns, its indicators as numbers, where it came
 * from), and a sheet imported as a new plan.
 */
@Controller
@Tag(name = "台账 Excel", description = "按 序号、工作任务、目标要求、牵头单位、配合单位、责任领导、责任人、完成时限、备注 导入导出；导出的台账修改后导回原计划")
class ExcelController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Plans plans;
    private final ExcelImports imports;
    private final CurrentScope scope;
    private final Organisations organisations;
    private final Clock clock;

    ExcelController(Plans plans, ExcelImports imports, CurrentScope scope, Organisations organisations, Clock clock) {
        this.plans = plans;
        this.imports = imports;
        this.scope = scope;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The new-plan form: the plan's name (the sheet's title row when left empty) and its year. */
    record SheetForm(@Size(max = 200, message = "计划名称不能超过 200 个字") String title,
                     @Min(value = 2000, message = "年度应在 2000 至 2100 之间") @Max(value = 2100, message = "年度应在 2000 至 2100 之间")
                     Integer year) {
    }

    @Operation(summary = "导出计划台账（.xlsx）", description = "只含当前用户可查看的任务；unit 只导出该单位牵头或配合的任务。"
            + "“台账”表为办公室常用列（完成时限为日期单元格），“指标”表每个指标一行（目标值为数字），隐藏的任务ID、版本和“导出标识”"
            + "标明台账来自哪个计划。")
    @GetMapping({"/plans/{id}/export", "/api/plans/{id}/export"})
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(required = false) Long unit) {
        Set<Long> units = scope.units();
        Plan plan = plans.find(id, units).orElseThrow(() -> new PlanRejected("计划不存在或无权查看"));
        String maker = organisations.find(scope.user().organisationId()).map(Organisation::name).orElse("");
        byte[] bytes = LedgerWorkbook.write(new LedgerWorkbook.Export(plan.id(), plan.title(), maker, ZonedDateTime.now(clock)),
                Plans.involving(plans.tasks(plan, units), unit));
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(plan.title() + "台账.xlsx", StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }

    @GetMapping("/plans/excel")
    String form(Model model) {
        scope.require(scope.user().role().managesPlans());
        model.addAttribute("sheetForm", new SheetForm("", null));
        return newPlanPage(model);
    }

    @PostMapping("/plans/excel")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, @Valid @ModelAttribute SheetForm sheetForm,
                  BindingResult errors, Model model, HttpServletResponse response) throws IOException {
        scope.require(scope.user().role().managesPlans());
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return newPlanPage(model);
        }
        try {
            return "redirect:/plans/" + importSheet(file, sheetForm.title(), sheetForm.year());
        } catch (ExcelImports.SheetRejected e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", e.problems());
        } catch (ExcelImports.FromExistingPlan e) {
            // Beside the file field: whose ledger it is, and the way to bring it back there.
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problems", List.of(e.getMessage()));
            model.addAttribute("existingPlan", Map.of("id", e.planId(), "title", e.planTitle()));
        } catch (PlanRejected e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", List.of(e.getMessage()));
        }
        return newPlanPage(model);
    }

    private String newPlanPage(Model model) {
        model.addAttribute("columns", LedgerWorkbook.COLUMNS);
        return "ledger/excel";
    }

    @Operation(summary = "从 Excel 台账导入为新计划",
            description = "表头可在标题行、制表行之下，按列名识别（须有“工作任务”“牵头单位”），不认识的列（进展情况、完成率…）略过；"
                    + "title 留空时取表格标题行。任何一行有问题都不导入，返回 422 和逐行原因。"
                    + "从已有计划导出的工作簿返回 409 并指明该计划（planId、planTitle）。")
    @PostMapping(path = "/api/plans/excel", produces = "application/json")
    @ResponseBody
    ResponseEntity<Map<String, Object>> uploadApi(@RequestParam("file") MultipartFile file,
                                                  @RequestParam(required = false) String title,
                                                  @RequestParam(required = false) Integer year) throws IOException {
        try {
            return ResponseEntity.status(201).body(Map.of("planId", importSheet(file, title, year)));
        } catch (ExcelImports.SheetRejected e) {
            return ResponseEntity.unprocessableContent().body(Map.of("status", 422, "error", e.getMessage(), "problems", e.problems()));
        }
    }

    /** The sheet into a plan of the office's area; a year left empty is this year in Beijing. */
    private long importSheet(MultipartFile file, String title, Integer year) throws IOException {
        scope.require(scope.user().role().managesPlans());
        if (file == null || file.isEmpty()) {
            throw new ExcelImports.SheetRejected(List.of("请选择要导入的 Excel 文件（.xlsx）"));
        }
        return imports.importSheet(file.getBytes(), title, year == null ? Year.now(clock).getValue() : year, scope.area(),
                file.getOriginalFilename(), scope.user().getUsername());
    }

}
