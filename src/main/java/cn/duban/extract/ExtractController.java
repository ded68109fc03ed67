package cn.duban.extract;

import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** 读取文档: upload a plan or report and see what the reader proposes, highlighted in the source. */
@Controller
class ExtractController {

    private final ReaderService reader;
    private final DemoDocuments demos;

    ExtractController(ReaderService reader, DemoDocuments demos) {
        this.reader = reader;
        this.demos = demos;
    }

    @GetMapping("/extract")
    String form(Model model) {
        model.addAttribute("demos", demos.all());
        return "extract/form";
    }

    @PostMapping("/extract")
    String read(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "demo", required = false) String demo, Model model) throws IOException {
        ReaderService.Reading reading;
        if (demo != null && !demo.isBlank()) {
            DemoDocuments.Demo d = demos.named(demo)
                    .orElseThrow(() -> new DocumentRejected("没有名为“" + demo + "”的示例文档"));
            reading = reader.read(d.fileName(), d.bytes());
        } else if (file != null && !file.isEmpty()) {
            reading = reader.read(file.getOriginalFilename(), file.getBytes());
        } else {
            throw new DocumentRejected("请选择要读取的文档");
        }
        model.addAttribute("extraction", reading.extraction());
        model.addAttribute("source", SourceView.of(reading.source(), reading.extraction().quantities()));
        // Each row's correction form keeps the reader's own record, so a correction is stored beside what it corrects.
        model.addAttribute("originals", reading.extraction().quantities().stream().map(ExtractionJson::json).toList());
        return "extract/result";
    }
}
