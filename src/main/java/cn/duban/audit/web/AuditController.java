package cn.duban.audit.web;

import cn.duban.audit.AuditChain;
import cn.duban.files.Csv;
import cn.duban.refusal.Problems;
import cn.duban.time.CountyTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 审计日志: read by the auditor, and only by the auditor ({@link AuditRules}) — searched by time, person, action,
 * address or any word, paged from the newest, exported as CSV (the export itself is a download and
 * so is audited). Records are never deleted: the table refuses it, so retention is the whole life
 * of the database (等保 asks for at least 180 days).
 */
@Controller
@Tag(name = "审计日志", description = "每一次写入台账和每一个安全事件的记录（只读）")
class AuditController {

    private final JdbcClient jdbc;
    private final AuditChain chain;
    private final CountyTime time;

    AuditController(JdbcClient jdbc, AuditChain chain, CountyTime time) {
        this.jdbc = jdbc;
        this.time = time;
        this.chain = chain;
    }

    /** What the auditor searches for; every field optional. Dates are the county's calendar days. */
    record AuditQuery(@Size(max = 100, message = "操作人最多 100 个字") String actor,
            @Size(max = 100, message = "操作最多 100 个字") String action,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Size(max = 100, message = "关键词最多 100 个字") String q,
            Long beforeId,
            @Min(value = 1, message = "每页至少 1 条") @Max(value = 1000, message = "每页最多 1000 条") Integer limit) {

        /** The one rule across fields, reported beside 结束日期. */
        void checkOrder(BindingResult errors) {
            if (from != null && to != null && to.isBefore(from) && !errors.hasFieldErrors("to")) {
                errors.rejectValue("to", "order", "结束日期不能早于开始日期");
            }
        }

        int pageSize() {
            return limit == null ? 200 : limit;
        }

        static AuditQuery none() {
            return new AuditQuery(null, null, null, null, null, null, null);
        }
    }

    record AuditEvent(long id, OffsetDateTime at, String actor, String action, String entity, Long entityId,
            String before, String after, String address, String requestId) {
    }

    @Operation(summary = "校验审计记录链（仅审计员）", description = "逐条核对 SM3 哈希链，报告被改动或删除的记录，并给出链首哈希供留存。")
    @GetMapping(path = "/api/audit/verification", produces = "application/json")
    @ResponseBody
    AuditChain.Verification verify() {
        return chain.verify();
    }

    @PostMapping("/audit/verification")
    String verifyPage(Model model) {
        model.addAttribute("verification", chain.verify());
        return page(AuditQuery.none(), null, model);
    }

    @GetMapping("/audit")
    String page(@Valid @ModelAttribute("query") AuditQuery query, BindingResult errors, Model model) {
        model.addAttribute("query", query);
        if (errors != null) {
            query.checkOrder(errors);
        }
        if (errors != null && errors.hasErrors()) {
            model.addAttribute("events", List.of());
            return "audit/events";
        }
        List<AuditEvent> events = search(query, query.pageSize());
        model.addAttribute("events", events);
        model.addAttribute("oldest", jdbc.sql("select min(at) from audit_event").query(OffsetDateTime.class).optional().orElse(null));
        if (events.size() == query.pageSize()) {
            model.addAttribute("nextBefore", events.get(events.size() - 1).id());
        }
        return "audit/events";
    }

    @Operation(summary = "查询审计记录（仅审计员）", description = "按操作人、操作、日期（含首尾）、关键词（对象、内容、来源地址、请求号）筛选，按时间倒序；beforeId 翻页，每页最多 1000 条。")
    @GetMapping(path = "/api/audit", produces = "application/json")
    @ResponseBody
    Object list(@Valid @ModelAttribute AuditQuery query, BindingResult errors) {
        query.checkOrder(errors);
        if (errors.hasErrors()) {
            return Problems.of(errors);
        }
        return search(query, query.pageSize());
    }

    @Operation(summary = "导出审计记录为 CSV（仅审计员）", description = "条件同查询，最多 100000 条；导出本身也记入审计。")
    @GetMapping("/audit/export.csv")
    void export(@Valid @ModelAttribute AuditQuery query, BindingResult errors, HttpServletResponse response) throws IOException {
        query.checkOrder(errors);
        if (errors.hasErrors()) {
            response.sendError(422, errors.getAllErrors().get(0).getDefaultMessage());
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-"
                + time.today().format(DateTimeFormatter.BASIC_ISO_DATE) + ".csv\"");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.write('\uFEFF'); // Excel opens UTF-8 CSV correctly only with the mark
        out.print("编号,时间,操作人,操作,对象,对象编号,来源地址,请求号,变更前,变更后\r\n");
        for (AuditEvent e : search(query, 100_000)) {
            out.print(String.join(",", String.valueOf(e.id()), csv(time.second(e.at())),
                    csv(e.actor()), csv(e.action()), csv(e.entity()), e.entityId() == null ? "" : e.entityId().toString(),
                    csv(e.address()), csv(e.requestId()), csv(e.before()), csv(e.after())));
            out.print("\r\n");
        }
        out.flush();
    }

    private List<AuditEvent> search(AuditQuery query, int limit) {
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> params = new HashMap<>();
        if (present(query.actor())) {
            where.append(" and actor = :actor");
            params.put("actor", query.actor().strip());
        }
        if (present(query.action())) {
            where.append(" and action like :action escape '\\'");
            params.put("action", like(query.action()));
        }
        if (query.from() != null) {
            where.append(" and at >= :from");
            params.put("from", query.from().atStartOfDay(time.zone()).toOffsetDateTime());
        }
        if (query.to() != null) {
            where.append(" and at < :to");
            params.put("to", query.to().plusDays(1).atStartOfDay(time.zone()).toOffsetDateTime());
        }
        if (query.beforeId() != null) {
            where.append(" and id < :before");
            params.put("before", query.beforeId());
        }
        if (present(query.q())) {
            where.append(" ").append("""
                    and (entity like :q escape '\\' or action like :q escape '\\' or actor like :q escape '\\'
                         or coalesce(address, '') like :q escape '\\' or coalesce(request_id, '') like :q escape '\\'
                         or coalesce(before::text, '') like :q escape '\\' or coalesce(after::text, '') like :q escape '\\')""");
            params.put("q", like(query.q()));
        }
        params.put("limit", limit);
        return jdbc.sql("""
                select id, at, actor, action, entity, entity_id, before::text as before, after::text as after,
                       address, request_id
                from audit_event where %s order by id desc limit :limit""".formatted(where))
                .params(params).query(AuditEvent.class).list();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String like(String s) {
        return "%" + s.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** A CSV field, quoted; a leading =, +, - or @ is neutralised so a spreadsheet never runs it as a formula. */
    static String csv(String value) {
        return Csv.field(value);
    }
}
