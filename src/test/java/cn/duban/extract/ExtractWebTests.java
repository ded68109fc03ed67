package cn.duban.extract;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesRegex;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.duban.DubanTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@DubanTest
@WithMockUser(roles = "SUPERVISOR")
class ExtractWebTests {

    private static final String PLAN = "一、下一步工作打算\n(一)人居环境。10月底前完成户厕改造380户,由县农业农村局牵头。\n";

    @Autowired
    MockMvc mvc;

    @Test
    void theReaderPageOffersUploadAndTheDemoPlans() throws Exception {
        mvc.perform(get("/extract"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("读取文档")))
                .andExpect(content().string(containsString("城乡环境整治攻坚行动方案")));
    }

    @Test
    void anUploadedPlanIsShownWithItsQuantitiesHighlighted() throws Exception {
        mvc.perform(multipart("/extract").file(txt("计划.txt", PLAN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesRegex("(?s).*<mark[^>]*class=\"q-target\"[^>]*>380户</mark>.*")))
                .andExpect(content().string(containsString("县农业农村局")));
    }

    @Test
    void aDemoPlanCanBeReadFromThePage() throws Exception {
        mvc.perform(post("/extract").param("demo", "01-青川县2025年城乡环境整治攻坚行动方案.txt").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("农村卫生厕所普及率")));
    }

    @Test
    void theApiAnswersInTheContractsFieldNames() throws Exception {
        mvc.perform(multipart("/api/extractions").file(txt("计划.txt", PLAN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.doc").value("计划"))
                .andExpect(jsonPath("$.quantities[0].surface").value("380户"))
                .andExpect(jsonPath("$.quantities[0].base_unit").value("户"))
                .andExpect(jsonPath("$.quantities[0].kind").value("target"))
                .andExpect(jsonPath("$.tasks[0].units", hasItem("县农业农村局")))
                .andExpect(jsonPath("$.outline[0].role").value("PLAN"));
    }

    @Test
    void badInputGetsAReasonInChineseAndNoStackTrace() throws Exception {
        mvc.perform(multipart("/api/extractions").file(new MockMultipartFile("file", "扫描件.pdf", "application/pdf",
                "%PDF-1.5".getBytes(StandardCharsets.US_ASCII))).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value("不支持 PDF 文件，请上传 .docx 或 .txt 格式的原文"));
        mvc.perform(multipart("/extract").file(new MockMultipartFile("file", "空.txt", "text/plain", new byte[0])).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("请选择要读取的文档")));
    }

    @Test
    void theApiIsDocumented() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/extractions'].post").exists());
    }

    private static MockMultipartFile txt(String name, String text) {
        return new MockMultipartFile("file", name, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }
}
