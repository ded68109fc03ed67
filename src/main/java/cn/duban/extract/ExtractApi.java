package cn.duban.extract;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The reader over HTTP: the same output as the extract command, as one JSON document. */
@RestController
@RequestMapping("/api/extractions")
@Tag(name = "读取文档", description = "从工作报告、计划、讲话中读出大纲、指标数量和拟建任务")
class ExtractApi {

    private final ReaderService reader;

    ExtractApi(ReaderService reader) {
        this.reader = reader;
    }

    /** An extraction with quantities in the contract's field names (base_value, base_unit…). */
    record Response(String doc, int year, List<OutlineNode> outline, List<ProposedTask> tasks,
            List<Map<String, Object>> quantities) {
    }

    @Operation(summary = "读取一份 .docx 或 .txt 文档", description = "返回大纲、拟建任务和指标数量；不支持的格式或损坏的文件返回 422 和中文原因。")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Response read(@RequestParam("file") MultipartFile file) throws IOException {
        Extraction e = reader.read(file.getOriginalFilename(), file.getBytes()).extraction();
        return new Response(e.doc(), e.year(), e.outline(), e.tasks(),
                e.quantities().stream().map(ExtractionJson::record).toList());
    }
}
