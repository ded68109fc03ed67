package cn.duban.ledger;

import cn.duban.security.CurrentScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** 纠正读取结果: the office corrects what the reader read on its page, or through the API; the examples export as JSONL. */
@Controller
@Tag(name = "读取结果纠正", description = "审核人对读取结果的纠正，作为标注样本导出")
class ReaderCorrectionController {

    private final ReaderCorrections corrections;
    private final CurrentScope scope;

    ReaderCorrectionController(ReaderCorrections corrections, CurrentScope scope) {
        this.corrections = corrections;
        this.scope = scope;
    }

    /** From a row of the reader's page (htmx): answers the small note that replaces the form, or the reason beside it. */
    @PostMapping(path = "/extract/corrections", produces = "text/html;charset=UTF-8")
    @ResponseBody
    ResponseEntity<String> fromPage(ReaderCorrections.Correction correction) {
        try {
            long id = corrections.record(correction, scope.user().getUsername(), scope.area());
            return ResponseEntity.ok("<span class=\"text-success correction-saved\">已记录纠正（第 " + id + " 条）</span>");
        } catch (ReaderCorrections.Refused e) {
            // Answered 200 so that htmx shows it beside the form, whose fields keep what was typed; nothing was stored.
            return ResponseEntity.ok("<span class=\"text-danger correction-problem\" data-field=\""
                    + e.field() + "\">" + HtmlUtils.htmlEscape(e.getMessage()) + "</span>");
        }
    }

    @Operation(summary = "记录一条读取结果纠正", description = "change 为 CORRECTED（更正类别/时限/指标）、DROPPED（不是指标数量）或 ADDED（补充遗漏的数量）。")
    @PostMapping(path = "/api/extractions/corrections", produces = "application/json")
    @ResponseBody
    ResponseEntity<Map<String, Object>> fromApi(@RequestBody ReaderCorrections.Correction correction) {
        return ResponseEntity.status(201).body(Map.of("id", corrections.record(correction, scope.user().getUsername(), scope.area())));
    }

    @Operation(summary = "导出全部纠正为 JSONL（ANNOTATION.md 字段）")
    @GetMapping("/api/extractions/corrections.jsonl")
    ResponseEntity<byte[]> export() {
        return ResponseEntity.ok().contentType(new MediaType("application", "x-ndjson", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"reader-corrections.jsonl\"")
                .body(corrections.jsonl(scope.units()).getBytes(StandardCharsets.UTF_8));
    }
}
