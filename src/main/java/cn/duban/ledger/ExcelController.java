package cn.duban.ledger;

import cn.duban.org.Organisation;
import cn.duban.org.Organisations;
import cn.duban.refusal.NotFound;
import cn.duban.refusal.PageForms;
import cn.duban.refusal.Refusal;
import cn.duban.security.CurrentScope;
import cn.duban.time.CountyTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ledger as Excel: a plan's export (office columns, its indicators as numbers, where it came
 * from); a sheet imported as a new plan; and an edited export brought back into its own plan,
 * previewed change by change before anything is written.
 */
@Controller
@Tag(name = "台账 Excel", description = "按 序号、工作任务、目标要求、牵头单位、配合单位、责任领导、责任人、完成时限、备注 导入导出；导出的台账修改后导回原计划")
class ExcelController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final String PREVIEWS = "duban.ledgerPreviews";

    private final Plans plans;
    private final ExcelImports imports;
    private final LedgerRoundTrip roundTrip;
    private final CurrentScope scope;
    private final Organisations organisations;
    private final CountyTime time;

    ExcelController(Plans plans, ExcelImports imports, LedgerRoundTrip roundTrip, CurrentScope scope, Organisations organisations,
            CountyTime time) {
        this.plans = plans;
        this.imports = imports;
        this.roundTrip = roundTrip;
        this.scope = scope;
        this.organisations = organisations;
        this.time = time;
    }

    /** The new-plan form: the plan's name (the sheet's title row when left empty) and its year. */
    record SheetForm(@Size(max = 200, message = "计划名称不能超过 200 个字") String title,
            @Min(value = 2000, message = "年度应在 2000 至 2100 之间") @Max(value = 2100, message = "年度应在 2000 至 2100 之间") Integer year) {
    }

    /** Confirming a preview: which one, and the fingerprint of what it showed. */
    record ConfirmForm(@NotBlank(message = "预览已失效，请重新上传") String preview,
            @NotBlank(message = "预览已失效，请重新上传") String fingerprint) {
    }

    /** A previewed workbook kept in the session until it is confirmed (the browser cannot send the file twice). */
    record Held(long planId, String fileName, LedgerWorkbook.LedgerFile file) implements Serializable {
    }

    @Operation(summary = "导出计划台账（.xlsx）", description = "只含当前用户可查看的任务；unit 只导出该单位牵头或配合的任务。"
            + "“台账”表为办公室常用列（完成时限为日期单元格），“指标”表每个指标一行（目标值为数字），隐藏的任务ID、版本和“导出标识”"
            + "使修改后的台账能导回本计划（POST /api/plans/{id}/excel）。")
    @GetMapping({"/plans/{id}/export", "/api/plans/{id}/export"})
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(required = false) Long unit) {
        Set<Long> units = scope.units();
        Plan plan = plans.find(id, units).orElseThrow(() -> new NotFound("计划不存在或无权查看"));
        String maker = organisations.find(scope.user().organisationId()).map(Organisation::name).orElse("");
        byte[] bytes = LedgerWorkbook.write(
                new LedgerWorkbook.Export(plan.id(), plan.title(), maker, time.now().atZoneSameInstant(time.zone())),
                Plans.involving(plans.tasks(plan, units), unit));
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(plan.title() + "台账.xlsx", StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }

    @GetMapping("/plans/excel")
    String form(Model model) {
        model.addAttribute("sheetForm", new SheetForm("", null));
        return newPlanPage(model);
    }

    @PostMapping("/plans/excel")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, @Valid @ModelAttribute SheetForm sheetForm,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return newPlanPage(model);
        }
        return PageForms.attempt(response, () -> {
            ExcelImports.Imported imported = importSheet(file, sheetForm.title(), sheetForm.year());
            // Shown once on the new plan's page: which co-operating units were kept by name only.
            if (!imported.notices().isEmpty()) {
                redirect.addFlashAttribute("importNotices", imported.notices());
            }
            return "redirect:/plans/" + imported.planId();
        }, refused -> {
            model.addAttribute("problems", problems(refused, ""));
            if (refused instanceof ExcelImports.FromExistingPlan e) {
                // Beside the file field: whose ledger it is, and the way to bring it back there.
                model.addAttribute("existingPlan", Map.of("id", e.planId(), "title", e.planTitle()));
            }
            return newPlanPage(model);
        });
    }

    /** What a refused workbook shows above its file field: the sheet's rows, or the one reason. */
    private static List<String> problems(Refusal refused, String prefix) {
        return refused instanceof ExcelImports.SheetRejected sheet ? sheet.problems() : List.of(prefix + refused.getMessage());
    }

    private String newPlanPage(Model model) {
        model.addAttribute("columns", LedgerWorkbook.COLUMNS);
        return "ledger/excel";
    }

    @Operation(summary = "从 Excel 台账导入为新计划", description = "表头可在标题行、制表行之下，按列名识别（须有“工作任务”“牵头单位”），不认识的列（进展情况、完成率…）略过；"
            + "title 留空时取表格标题行。牵头单位须在本区域的组织机构中；配合单位不在组织机构中的（市级部门的分局、银行等）不拒绝，"
            + "作为名称保存在任务上，返回的 outsideCoUnits（row、name）和 notices 逐行说明。任何一行有问题都不导入，返回 422 和逐行原因。"
            + "从已有计划导出的工作簿返回 409 并指明该计划（planId、planTitle），应导回该计划：POST /api/plans/{id}/excel。")
    @PostMapping(path = "/api/plans/excel", produces = "application/json")
    @ResponseBody
    ResponseEntity<Map<String, Object>> uploadApi(@RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) Integer year) throws IOException {
        ExcelImports.Imported imported = importSheet(file, title, year);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("planId", imported.planId());
        body.put("outsideCoUnits", imported.outsideCoUnits());
        body.put("notices", imported.notices());
        return ResponseEntity.status(201).body(body);
    }

    /** The sheet into a plan of the office's area; a year left empty is this year in Beijing. */
    private ExcelImports.Imported importSheet(MultipartFile file, String title, Integer year) {
        if (file == null || file.isEmpty()) {
            throw new ExcelImports.SheetRejected(List.of("请选择要导入的 Excel 文件（.xlsx）"));
        }
        return imports.importLedger(bytes(file), title, year == null ? time.year() : year, scope.area(),
                file.getOriginalFilename(), scope.user().getUsername());
    }

    // ——— An edited export back into its own plan ———

    @GetMapping("/plans/{id}/excel")
    String roundTripForm(@PathVariable long id, Model model) {
        model.addAttribute("plan", editablePlan(id));
        return "ledger/plan-excel";
    }

    @PostMapping("/plans/{id}/excel")
    String previewPage(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, HttpSession session,
            Model model, HttpServletResponse response) throws IOException {
        Plan plan = editablePlan(id);
        model.addAttribute("plan", plan);
        return PageForms.attempt(response, () -> {
            LedgerWorkbook.LedgerFile read = read(file);
            LedgerRoundTrip.Preview preview = roundTrip.preview(plan, read);
            String key = UUID.randomUUID().toString();
            hold(session, key, new Held(plan.id(), file.getOriginalFilename(), read));
            model.addAttribute("preview", preview);
            model.addAttribute("previewKey", key);
            model.addAttribute("fileName", file.getOriginalFilename());
            return "ledger/plan-excel";
        }, refused -> {
            model.addAttribute("problems", problems(refused, ""));
            return "ledger/plan-excel";
        });
    }

    @PostMapping("/plans/{id}/excel/apply")
    String applyPage(@PathVariable long id, @Valid @ModelAttribute ConfirmForm confirmForm, BindingResult errors,
            HttpSession session, Model model, HttpServletResponse response) {
        Plan plan = editablePlan(id);
        model.addAttribute("plan", plan);
        Held held = errors.hasErrors() ? null : held(session).get(confirmForm.preview());
        if (held == null || held.planId() != plan.id()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", List.of("预览已失效（超过保存数量或已确认过），请重新上传 Excel 文件"));
            return "ledger/plan-excel";
        }
        return PageForms.attempt(response, () -> {
            LedgerRoundTrip.Applied applied = roundTrip.apply(plan, held.file(), confirmForm.fingerprint(), held.fileName());
            forget(session, confirmForm.preview());
            model.addAttribute("applied", applied.preview());
            model.addAttribute("addedCount", applied.addedTaskIds().size());
            return "ledger/plan-excel";
        }, refused -> {
            if (refused instanceof PreviewOutdated) {
                // The plan moved: the same file compared again, shown for the office to confirm anew.
                model.addAttribute("outdated", refused.getMessage());
                model.addAttribute("preview", roundTrip.preview(plan, held.file()));
                model.addAttribute("previewKey", confirmForm.preview());
                model.addAttribute("fileName", held.fileName());
            } else {
                model.addAttribute("problems", problems(refused, "未写入任何修改："));
            }
            return "ledger/plan-excel";
        });
    }

    @Operation(summary = "把修改后的台账导回本计划：预览或写入", description = "file 须是本计划导出的台账（带隐藏的任务ID、版本和“导出标识”）。不带 apply 时只预览，不写入：逐行列出"
            + "新增任务、修改（字段、原值→新值）、调整完成时限、指标变化、表中已删除（保留，不删除）、冲突（导出后 Duban 中已修改，"
            + "显示两边的值，不覆盖）、不能修改，并给出 fingerprint。apply=true 且 preview=fingerprint 时在一个事务中写入预览的修改，"
            + "任务保留原 id（报送、延期、交办不变）；计划在预览后有改动则返回 409、不写入。不带 preview 时写入此刻比较的结果（冲突同样不覆盖）。"
            + "文件有问题返回 422 和逐行原因。")
    @PostMapping(path = "/api/plans/{id}/excel", produces = "application/json")
    @ResponseBody
    Map<String, Object> roundTripApi(@PathVariable long id, @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean apply,
            @RequestParam(required = false) String preview) throws IOException {
        Plan plan = editablePlan(id);
        LedgerWorkbook.LedgerFile read = read(file);
        if (!apply) {
            return json(roundTrip.preview(plan, read), false, List.of());
        }
        LedgerRoundTrip.Applied applied = roundTrip.apply(plan, read, preview, file.getOriginalFilename());
        return json(applied.preview(), true, applied.addedTaskIds());
    }

    /** The upload's bytes; one that cannot be read from the request's temporary file is refused like a bad file. */
    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new ExcelImports.SheetRejected(List.of("文件未能读取，请重新上传"));
        }
    }

    private static LedgerWorkbook.LedgerFile read(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new ExcelImports.SheetRejected(List.of("请选择本计划导出并修改过的 Excel 文件（.xlsx）"));
        }
        List<String> problems = new ArrayList<>();
        LedgerWorkbook.LedgerFile read = LedgerWorkbook.readFile(bytes(file), problems);
        if (!problems.isEmpty()) {
            throw new ExcelImports.SheetRejected(problems);
        }
        return read;
    }

    private static Map<String, Object> json(LedgerRoundTrip.Preview p, boolean applied, List<Long> added) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("planId", p.planId());
        out.put("planTitle", p.planTitle());
        out.put("exportedAt", p.exportedAt());
        out.put("fingerprint", p.fingerprint());
        out.put("applied", applied);
        out.put("summary", p.summary());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (LedgerRoundTrip.Kind k : LedgerRoundTrip.Kind.values()) {
            counts.put(k.name(), p.count(k));
        }
        out.put("counts", counts);
        List<Map<String, Object>> changes = new ArrayList<>();
        for (LedgerRoundTrip.Change c : p.changes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", c.kind().name());
            m.put("label", c.label());
            m.put("applies", c.applies());
            m.put("row", c.row());
            m.put("taskId", c.taskId());
            m.put("number", c.number());
            m.put("task", c.task());
            m.put("field", c.field());
            m.put("before", c.before());
            m.put("after", c.after());
            m.put("duban", c.duban());
            m.put("note", c.note());
            changes.add(m);
        }
        out.put("changes", changes);
        if (applied) {
            out.put("addedTaskIds", added);
        }
        return out;
    }

    /** A plan the office of its area may change. */
    private Plan editablePlan(long id) {
        return plans.find(id, scope.units()).filter(p -> p.areaId() == scope.area())
                .orElseThrow(() -> new NotFound("计划不存在或无权修改"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Held> held(HttpSession session) {
        Object existing = session.getAttribute(PREVIEWS);
        return existing == null ? new LinkedHashMap<>() : (Map<String, Held>) existing;
    }

    /**
     * Sessions are stored in the database and shared by every node: the map is copied, changed and
     * set again. The last three previews are kept, which bounds what one session holds.
     */
    private static void hold(HttpSession session, String key, Held held) {
        Map<String, Held> kept = new LinkedHashMap<>(held(session));
        kept.put(key, held);
        while (kept.size() > 3) {
            kept.remove(kept.keySet().iterator().next());
        }
        session.setAttribute(PREVIEWS, kept);
    }

    private static void forget(HttpSession session, String key) {
        Map<String, Held> kept = new LinkedHashMap<>(held(session));
        kept.remove(key);
        session.setAttribute(PREVIEWS, kept);
    }
}
