package cn.duban.assignments;

import cn.duban.files.Downloads;
import cn.duban.progress.Dashboards;
import cn.duban.progress.ReportingOverview;
import cn.duban.progress.ReportingPeriod;
import cn.duban.progress.ReportingPeriods;
import cn.duban.reports.OfficialDocument;
import cn.duban.security.CurrentScope;
import cn.duban.security.DubanUser;
import cn.duban.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 督办单 from a task's page, 报送情况一览 and 一键催报 for a period, and the notices' documents. */
@Controller
@Tag(name = "督办催办", description = "督办单（蓝/黄/红）、报送情况一览、一键催报")
class NoticeController {

    private final Notices notices;
    private final ReportingOverview overview;
    private final ReportingPeriods periods;
    private final Dashboards dashboards;
    private final CurrentScope scope;

    NoticeController(Notices notices, ReportingOverview overview, ReportingPeriods periods, Dashboards dashboards, CurrentScope scope) {
        this.notices = notices;
        this.overview = overview;
        this.periods = periods;
        this.dashboards = dashboards;
        this.scope = scope;
    }

    @PostMapping("/tasks/{id}/press")
    String press(@PathVariable long id, RedirectAttributes redirect) {
        Notice n = notices.press(id, scope.user(), scope.area());
        redirect.addFlashAttribute("pressed", n.number() + " " + n.title());
        return "redirect:/progress/tasks/" + id;
    }

    @Operation(summary = "发出督办单", description = "对超期或滞后的任务；蓝色（滞后）、黄色（超期）、红色（超期15天以上），再次督办升一级。")
    @PostMapping(path = "/api/tasks/{id}/press", produces = "application/json")
    @ResponseBody
    Notice pressApi(@PathVariable long id) {
        return notices.press(id, scope.user(), scope.area());
    }

    /** 报送情况一览: the office's view of one period — who reported, who is late, who has not — with 一键催报. */
    @GetMapping("/urging")
    String urging(@RequestParam(required = false) Long plan, @RequestParam(required = false) Long period, Model model) {
        List<Map.Entry<Long, String>> plans = dashboards.plansOf(List.of(scope.area()));
        Long chosen = plan != null && plans.stream().anyMatch(p -> p.getKey().equals(plan))
                ? plan
                : period != null
                        ? periods.find(period).map(ReportingPeriod::planId).orElse(null)
                        : plans.isEmpty() ? null : plans.get(0).getKey();
        List<ReportingPeriod> all = chosen == null
                ? List.of()
                : periods.periods(chosen).stream()
                        .filter(p -> !p.starts().isAfter(periods.today())).toList();
        ReportingPeriod shown = period != null
                ? all.stream().filter(p -> p.id() == period).findFirst().orElse(null)
                : chosen == null ? null : periods.current(chosen).orElse(all.isEmpty() ? null : all.get(all.size() - 1));
        model.addAttribute("plans", plans);
        model.addAttribute("plan", chosen);
        model.addAttribute("periods", all);
        model.addAttribute("period", shown);
        model.addAttribute("units", shown == null ? List.of() : overview.of(notices.period(shown.id(), scope.area())));
        model.addAttribute("notices", shown == null ? List.of() : notices.ofPeriod(shown.id()));
        model.addAttribute("office", scope.user().role() == Role.SUPERVISOR);
        return "assignments/urging";
    }

    @PostMapping("/urging/{period}")
    String urge(@PathVariable long period, RedirectAttributes redirect) {
        List<Notice> sent = notices.urge(period, scope.user(), scope.area());
        redirect.addFlashAttribute("sent", sent.size());
        return "redirect:/urging?period=" + period;
    }

    @Operation(summary = "报送情况一览", description = "本期每个牵头单位：按时报送、逾期报送、待单位审核、已退回待重报、未报送。")
    @GetMapping(path = "/api/periods/{id}/reporting-overview", produces = "application/json")
    @ResponseBody
    List<ReportingOverview.UnitReporting> overviewApi(@PathVariable long id) {
        return overview.of(notices.period(id, scope.area()));
    }

    @Operation(summary = "一键催报", description = "向本期尚未报送的每个单位发出一份催办单；同一天再次催报不重复发送。")
    @PostMapping(path = "/api/periods/{id}/urge", produces = "application/json")
    @ResponseBody
    List<Notice> urgeApi(@PathVariable long id) {
        return notices.urge(id, scope.user(), scope.area());
    }

    @Operation(summary = "下载督办单或催办单（GB/T 9704 格式 .docx）")
    @GetMapping("/notices/{id}/document")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        Notice n = viewable(id);
        return Downloads.attachment(n.title() + "-" + n.number() + ".docx", OfficialDocument.DOCX_TYPE, notices.document(id));
    }

    @Operation(summary = "下载督办单或催办单（OFD 版式文件，GB/T 33190）", description = "与 .docx 在发出时由同一内容同时生成；发出早于保存 OFD 的，没有 OFD 文件。")
    @GetMapping("/notices/{id}/ofd")
    ResponseEntity<byte[]> ofd(@PathVariable long id) {
        Notice n = viewable(id);
        byte[] ofd = notices.ofd(id).orElseThrow(() -> new NoSuchElementException("该文书发出时尚未保存 OFD 版式，没有 OFD 文件"));
        return Downloads.attachment(n.title() + "-" + n.number() + ".ofd", OfficialDocument.OFD_TYPE, ofd);
    }

    /** A notice of the office's area, or one sent to the user's unit. */
    private Notice viewable(long id) {
        DubanUser user = scope.user();
        boolean office = user.role() == Role.SUPERVISOR || user.role() == Role.LEADER;
        return notices.find(id).filter(x -> notices.mayView(x, scope.area(), scope.units(), office))
                .orElseThrow(() -> new NoSuchElementException("文件不存在或无权查看"));
    }
}
