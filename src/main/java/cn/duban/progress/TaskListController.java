package cn.duban.progress;

import cn.duban.files.Downloads;
import cn.duban.ledger.Plans;
import cn.duban.org.Organisations;
import cn.duban.security.CurrentScope;
import cn.duban.security.DubanUser;
import cn.duban.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
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

/** 任务清单: every task a user may see across plans, searched, saved as views, exported. */
@Controller
@Tag(name = "任务清单", description = "跨计划的任务检索：关键词、状态、牵头单位、责任领导、完成时限、计划")
class TaskListController {

    private final TaskSearch search;
    private final CurrentScope scope;
    private final Organisations organisations;
    private final ReportingPeriods periods;
    private final Plans plans;
    private final Dashboards dashboards;

    TaskListController(TaskSearch search, CurrentScope scope, Organisations organisations, ReportingPeriods periods,
            Plans plans, Dashboards dashboards) {
        this.dashboards = dashboards;
        this.search = search;
        this.scope = scope;
        this.organisations = organisations;
        this.periods = periods;
        this.plans = plans;
    }

    private List<TaskSearch.Row> rows(TaskFilter filter, int limit) {
        DubanUser user = scope.user();
        boolean wholeArea = user.role() == Role.SUPERVISOR || user.role() == Role.LEADER;
        Set<Long> units = scope.units();
        return search.find(filter, wholeArea ? dashboards.areasUnder(scope.area()) : List.of(), units, periods.today(), limit);
    }

    @GetMapping("/task-list")
    String list(@Valid @ModelAttribute("filter") TaskFilter filter, BindingResult errors, Model model, HttpServletResponse response) {
        model.addAttribute("rows", errors.hasErrors() ? List.of() : rows(filter, TaskSearch.PAGE_LIMIT));
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("limit", TaskSearch.PAGE_LIMIT);
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("units", organisations.within(scope.units()));
        // Only plans the user may see: a township's liaison the plans it has tasks in, not every title of the county.
        model.addAttribute("plans", plans.visibleTo(scope.units()).stream()
                .map(p -> Map.entry(p.id(), p.title())).toList());
        model.addAttribute("views", search.views(scope.user().getUsername()));
        model.addAttribute("query", filter.query());
        return "progress/task-list";
    }

    @Operation(summary = "任务清单", description = "参数同页面：q, status, unit, leader, dueFrom, dueTo, plan；最多 500 条。")
    @GetMapping(path = "/api/task-list", produces = "application/json")
    @ResponseBody
    List<TaskSearch.Row> api(@Valid @ModelAttribute TaskFilter filter) {
        return rows(filter, TaskSearch.PAGE_LIMIT);
    }

    @Operation(summary = "导出任务清单（.xlsx）", description = "按当前检索条件，最多 5000 条。")
    @GetMapping({"/task-list/export", "/api/task-list/export"})
    ResponseEntity<byte[]> export(@Valid @ModelAttribute TaskFilter filter) {
        return Downloads.attachment("任务清单.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                search.workbook(rows(filter, TaskSearch.EXPORT_LIMIT), periods.today()));
    }

    @PostMapping("/task-list/views")
    String save(@RequestParam String name, @RequestParam(defaultValue = "") String query) {
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > 40) {
            throw new ReportRejected("视图名称应为 1 至 40 个字");
        }
        if (query.length() > 1000 || query.contains("://")) {
            throw new ReportRejected("检索条件过长或格式不正确");
        }
        search.saveView(scope.user().getUsername(), clean, query);
        return "redirect:/task-list" + (query.isEmpty() ? "" : "?" + query);
    }

    @PostMapping("/task-list/views/{id}/delete")
    String delete(@PathVariable long id) {
        search.deleteView(scope.user().getUsername(), id);
        return "redirect:/task-list";
    }
}
