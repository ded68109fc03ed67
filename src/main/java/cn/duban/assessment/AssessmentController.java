package cn.duban.assessment;

import cn.duban.files.Downloads;
import cn.duban.ledger.Plan;
import cn.duban.org.Organisation;
import cn.duban.org.Organisations;
import cn.duban.progress.ReportingPeriods;
import cn.duban.refusal.PageForms;
import cn.duban.reports.OfficialDocument;
import cn.duban.reports.OfficialDocx;
import cn.duban.reports.OfficialOfd;
import cn.duban.security.CurrentScope;
import cn.duban.security.Role;
import cn.duban.time.CountyTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * 考核 on a page and in the API: the office sets the year's scheme and enters 加分/扣分 items;
 * office and leaders read the monthly 考评, the quarterly 奖惩 lists and the annual ranking, each
 * unit's score down to the standings behind it, and take them away as .xlsx or as a 通报.
 */
@Controller
@Tag(name = "考核")
class AssessmentController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Assessments assessments;
    private final Scores scores;
    private final CurrentScope scope;
    private final Organisations organisations;
    private final ReportingPeriods periods;

    AssessmentController(Assessments assessments, Scores scores, CurrentScope scope, Organisations organisations,
            ReportingPeriods periods) {
        this.assessments = assessments;
        this.scores = scores;
        this.scope = scope;
        this.organisations = organisations;
        this.periods = periods;
    }

    private int year(Integer year) {
        int y = year == null ? periods.today().getYear() : year;
        if (y < 2000 || y > 2100) {
            throw new AssessmentRejected("年度不正确");
        }
        return y;
    }

    private Assessments.Scheme scheme(int year) {
        return assessments.scheme(scope.area(), year)
                .orElseThrow(() -> new AssessmentRejected(year + "年度尚未制定考核方案"));
    }

    /** The year's scores, or none before a scheme is set. */
    record Assessment(int year, Assessments.Scheme scheme, Scores.Result result, List<Assessments.Item> items) {
    }

    private Assessment assessment(int year) {
        return assessments.scheme(scope.area(), year).map(s -> {
            List<Assessments.Item> items = assessments.items(s.id());
            return new Assessment(year, s, scores.of(s, items, periods.today()), items);
        }).orElse(new Assessment(year, null, null, List.of()));
    }

    @GetMapping("/assessment")
    String page(@RequestParam(required = false) Integer year, Model model) {
        return draw(year(year), model, null, null);
    }

    private String draw(int year, Model model, AssessmentForms.SchemeForm schemeForm, AssessmentForms.ItemForm itemForm) {
        Assessment a = assessment(year);
        model.addAttribute("a", a);
        model.addAttribute("office", scope.user().role() == Role.SUPERVISOR);
        model.addAttribute("kinds", Assessments.ItemKind.values());
        model.addAttribute("units", organisations.within(organisations.subtree(scope.area())).stream()
                .filter(o -> !o.kind().isArea()).toList());
        List<Assessments.PlanChoice> plans = assessments.plans(scope.area(), year);
        model.addAttribute("plans", plans);
        model.addAttribute("schemeErrors", schemeForm != null);
        if (schemeForm == null) {
            List<AssessmentForms.SchemeForm.Weight> weights = plans.stream().map(p -> new AssessmentForms.SchemeForm.Weight(p.id(),
                    a.scheme() == null ? null : a.scheme().planWeights().get(p.id()))).toList();
            List<AssessmentForms.SchemeForm.KindWeight> kinds = Plan.KINDS.stream()
                    .map(kind -> new AssessmentForms.SchemeForm.KindWeight(kind,
                            a.scheme() == null ? null : a.scheme().kindWeights().get(kind)))
                    .toList();
            schemeForm = a.scheme() == null
                    ? new AssessmentForms.SchemeForm(year + "年度目标任务综合考核方案", BigDecimal.valueOf(70), BigDecimal.valueOf(30), 3, weights,
                            kinds)
                    : new AssessmentForms.SchemeForm(a.scheme().title(), a.scheme().completionPoints(), a.scheme().timelinessPoints(),
                            a.scheme().rewardCount(), weights, kinds);
        }
        model.addAttribute("schemeForm", schemeForm);
        model.addAttribute("itemForm", itemForm == null ? AssessmentForms.ItemForm.blank() : itemForm);
        return "assessment/index";
    }

    @Operation(summary = "年度考核：方案、加减分事项、月度考评、季度奖惩名单与年度综合考核排名")
    @GetMapping(path = "/api/assessment", produces = "application/json")
    @ResponseBody
    Assessment api(@RequestParam(required = false) Integer year) {
        return assessment(year(year));
    }

    @PostMapping("/assessment/scheme")
    String saveScheme(@RequestParam(required = false) Integer year, @Valid @ModelAttribute("schemeForm") AssessmentForms.SchemeForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        int y = year(year);
        return PageForms.submit(errors, response, () -> {
            assessments.save(scope.area(), y, form);
            return "redirect:/assessment?year=" + y;
        }, () -> draw(y, model, form, null));
    }

    @Operation(summary = "制定或修改年度考核方案", description = "completionPoints + timelinessPoints = 100；plans 为各计划的权重。")
    @PutMapping(path = "/api/assessment/scheme", produces = "application/json")
    @ResponseBody
    Assessments.Scheme saveSchemeApi(@RequestParam(required = false) Integer year, @Valid @RequestBody AssessmentForms.SchemeForm form) {
        int y = year(year);
        assessments.save(scope.area(), y, form);
        return scheme(y);
    }

    @PostMapping("/assessment/items")
    String addItem(@RequestParam(required = false) Integer year, @Valid @ModelAttribute("itemForm") AssessmentForms.ItemForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        int y = year(year);
        return PageForms.submit(errors, response, () -> {
            assessments.addItem(scheme(y), form, scope.units());
            return "redirect:/assessment?year=" + y + "#items";
        }, () -> draw(y, model, null, form));
    }

    @Operation(summary = "录入加分/扣分事项", description = "kind: PRAISE 通报表扬、PROBLEM 督查发现问题、INTERVIEW 约谈、ACCOUNTABILITY 问责、OTHER 其他；须写明依据。")
    @PostMapping(path = "/api/assessment/items", produces = "application/json")
    @ResponseBody
    Map<String, Long> addItemApi(@RequestParam(required = false) Integer year, @Valid @RequestBody AssessmentForms.ItemForm form) {
        return Map.of("id", assessments.addItem(scheme(year(year)), form, scope.units()));
    }

    @PostMapping("/assessment/items/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "") String reason) {
        int y = year(year);
        assessments.withdraw(scheme(y), id, reason);
        return "redirect:/assessment?year=" + y + "#items";
    }

    @Operation(summary = "撤销加减分事项（须说明理由，记录保留）")
    @PostMapping(path = "/api/assessment/items/{id}/withdraw", produces = "application/json")
    @ResponseBody
    Map<String, Object> withdrawApi(@PathVariable long id, @RequestParam(required = false) Integer year,
            @RequestBody(required = false) Map<String, String> body) {
        assessments.withdraw(scheme(year(year)), id, body == null ? null : body.get("reason"));
        return Map.of("id", id, "withdrawn", true);
    }

    /** One unit's score explained: each month's plans, the items, and the standings of a month. */
    record Explanation(Scores.UnitScore score, List<Assessments.Item> items, Integer month, List<Scores.Behind> behind) {
    }

    private Explanation explain(long unit, int year, Integer month) {
        if (month != null && (month < 1 || month > 12)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "参数 month 应为 1 至 12 的月份");
        }
        Assessments.Scheme s = scheme(year);
        if (!scope.units().contains(unit)) {
            throw new AssessmentRejected("单位不在本区域内");
        }
        List<Assessments.Item> items = assessments.items(s.id());
        Scores.UnitScore score = scores.of(s, items, periods.today()).units().stream().filter(u -> u.unitId() == unit)
                .findFirst().orElseThrow(() -> new AssessmentRejected("该单位本年度尚无考核数据"));
        Integer m = month != null ? month : score.months().isEmpty() ? null : score.months().get(score.months().size() - 1).month();
        return new Explanation(score, items.stream().filter(i -> i.organisationId() == unit).toList(), m,
                m == null ? List.of() : scores.behind(s, unit, m, periods.today()));
    }

    @GetMapping("/assessment/units/{id}")
    String unit(@PathVariable long id, @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer month,
            Model model) {
        int y = year(year);
        model.addAttribute("year", y);
        model.addAttribute("scheme", scheme(y));
        model.addAttribute("x", explain(id, y, month));
        return "assessment/unit";
    }

    @Operation(summary = "单位考核得分的构成：各月各计划的完成与及时得分、加减分事项及所依据的任务状态")
    @GetMapping(path = "/api/assessment/units/{id}", produces = "application/json")
    @ResponseBody
    Explanation unitApi(@PathVariable long id, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer month) {
        return explain(id, year(year), month);
    }

    @Operation(summary = "导出年度考核（.xlsx）")
    @GetMapping({"/assessment/export", "/api/assessment/export"})
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year) {
        int y = year(year);
        Scored scored = scored(y);
        return Downloads.attachment(y + "年度考核.xlsx", XLSX, AssessmentWorkbook.write(y, scored.result(), scored.items()));
    }

    /** A year's scores as of today with the 加减分 items behind them: what the workbook and the 通报 both write. */
    private record Scored(Scores.Result result, List<Assessments.Item> items) {
    }

    private Scored scored(int year) {
        Assessments.Scheme s = scheme(year);
        List<Assessments.Item> items = assessments.items(s.id());
        return new Scored(scores.of(s, items, periods.today()), items);
    }

    @Operation(summary = "年度综合考核结果通报（GB/T 9704 .docx）")
    @GetMapping({"/assessment/bulletin", "/api/assessment/bulletin"})
    ResponseEntity<byte[]> bulletin(@RequestParam(required = false) Integer year) {
        int y = year(year);
        return Downloads.attachment(y + "年度综合考核结果通报.docx", OfficialDocument.DOCX_TYPE, OfficialDocx.write(bulletinBlocks(y)));
    }

    @Operation(summary = "年度综合考核结果通报（OFD 版式文件，GB/T 33190）", description = "内容与版式同 .docx 通报（GB/T 9704），按当日得分生成。")
    @GetMapping({"/assessment/bulletin/ofd", "/api/assessment/bulletin/ofd"})
    ResponseEntity<byte[]> bulletinOfd(@RequestParam(required = false) Integer year) {
        int y = year(year);
        return Downloads.attachment(y + "年度综合考核结果通报.ofd", OfficialDocument.OFD_TYPE, OfficialOfd.write(bulletinBlocks(y)));
    }

    /** The year's 通报 as of today, in blocks both formats are written from. */
    private List<OfficialDocx.Block> bulletinBlocks(int year) {
        Scored scored = scored(year);
        String area = organisations.find(scope.area()).map(Organisation::name).orElse("");
        return bulletinBlocks(area, scored.result(), scored.items());
    }

    /** The 通报: the scheme in a sentence, each group's ranking, the items that moved scores, in 公文 sentences. */
    static List<OfficialDocx.Block> bulletinBlocks(String area, Scores.Result r, List<Assessments.Item> items) {
        String office = area + "人民政府督查室";
        String day = CountyTime.dayOf(r.asOf());
        Assessments.Scheme s = r.scheme();
        boolean whole = r.asOf().isAfter(LocalDate.of(s.year(), 12, 30));
        String span = whole ? s.year() + "年度" : s.year() + "年1月至" + r.asOf().minusMonths(1).getMonthValue() + "月";
        List<OfficialDocx.Block> b = new ArrayList<>();
        b.add(new OfficialDocx.Masthead(office, "考核专报", day));
        b.add(new OfficialDocx.Title("关于" + span + "目标任务综合考核结果的通报"));
        b.add(new OfficialDocx.Recipients("各乡镇人民政府，县直各部门："));
        b.add(new OfficialDocx.Body("根据《" + s.title() + "》，按照百分制，以各单位承担任务按序时进度的完成情况（" + plain(s.completionPoints())
                + "分）和报送及时性（" + plain(s.timelinessPoints()) + "分）按月计分，取各月平均分，加减通报表扬、督查发现问题、约谈、问责等事项分值，"
                + "对" + span + "工作情况进行了综合考核。乡镇（街道）与县直部门分别排名。现将结果通报如下。"));
        String[] numbers = {"一", "二", "三", "四", "五"};
        int k = 0;
        for (String g : r.groups()) {
            b.add(new OfficialDocx.Heading1(numbers[Math.min(k++, 4)] + "、" + g + "综合考核结果"));
            List<String> lines = new ArrayList<>();
            for (Scores.UnitScore u : r.group(g)) {
                lines.add("第" + u.rank() + "名" + u.name() + "，" + plain(u.total()) + "分");
            }
            b.add(new OfficialDocx.Body(String.join("；", lines) + "。"));
        }
        List<Assessments.Item> counted = items.stream().filter(i -> !i.withdrawn()).toList();
        if (!counted.isEmpty()) {
            b.add(new OfficialDocx.Heading1(numbers[Math.min(k, 4)] + "、加减分情况"));
            for (Assessments.Item i : counted) {
                b.add(new OfficialDocx.Body(i.organisationName() + "因" + i.basis() + "（" + i.kind().label() + "），"
                        + (i.points().signum() > 0 ? "加" : "减") + plain(i.points().abs()) + "分。"));
            }
        }
        b.add(new OfficialDocx.Body("希望排名靠前的单位再接再厉，排名靠后的单位认真查找差距，切实抓好整改落实。"));
        b.add(new OfficialDocx.Signature(office + "\n" + day));
        b.add(new OfficialDocx.Imprint("县委办公室，县政府办公室", office, day));
        return b;
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
