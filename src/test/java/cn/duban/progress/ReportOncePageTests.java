package cn.duban.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Report once on the report page: a file that is no 工作汇报 is refused beside the file field with what was typed
 * kept and nothing changed; a 工作汇报 read comes back beside the form with the values in its fields; the
 * liaison's confirmation is saved as the draft, audited, and kept as labelled examples that the unit's next
 * upload weighs and the office exports with the reader's corrections.
 */
@DubanTest
class ReportOncePageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ReportOnceFixture once;
    @Autowired
    ProgressFixture fx;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void realTime() {
        fx.clock.reset();
    }

    @Test
    void aFileThatIsNoReportIsRefusedBesideTheFileFieldKeepingWhatWasTyped() throws Exception {
        ReportOnceFixture.Township t = once.township(mvc);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] ole2 = new byte[4096];
        System.arraycopy(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, ole2, 0,
                8);
        byte[] huge = new byte[ReportDocuments.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) 'a');
        Map<String, byte[]> files = Map.of("汇报.docx", png, "11月工作汇报.doc", ole2, "大文件.txt", huge, "空白.txt", new byte[0]);
        Map<String, String> said = Map.of("汇报.docx", "不是 Word 文档", "11月工作汇报.doc", "不支持旧版 Word（.doc）",
                "大文件.txt", "超过 10 MB 上限", "空白.txt", "所选文件为空");
        int version = version(t.report());
        long audits = audits(t.report());
        long task = task(t, "1");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            MockHttpServletResponse r = mvc.perform(typed(t, task, multipart("/reports/" + t.report() + "/document")
                    .file(new MockMultipartFile("documentFile", f.getKey(), "application/octet-stream", f.getValue()))))
                    .andReturn().getResponse();
            String page = r.getContentAsString(StandardCharsets.UTF_8);
            assertThat(r.getStatus()).as(f.getKey()).isEqualTo(422);
            int field = page.indexOf("id=\"document-error\"");
            assertThat(field).as("the reason beside the file field, " + f.getKey()).isPositive();
            assertThat(page.substring(field, field + 300)).as(f.getKey()).contains(said.get(f.getKey()));
            assertThat(page).as("what was typed stays").contains("我写了一半的进展", "value=\"3.5\"");
        }
        assertThat(version(t.report())).as("nothing changed").isEqualTo(version);
        assertThat(jdbc.sql("select count(*) from task_entry where report_id = :r").param("r", t.report()).query(Integer.class).single())
                .isZero();
        assertThat(audits(t.report())).isEqualTo(audits);
    }

    @Test
    void aReadReportStandsBesideTheFormWhichTheLiaisonConfirmsAsTheDraft() throws Exception {
        ReportOnceFixture.Township t = once.township(mvc);
        long task = task(t, "1");
        MockHttpServletResponse r = mvc.perform(typed(t, task, multipart("/reports/" + t.report() + "/document")
                .file(new MockMultipartFile("documentFile", "b-qinghe-november.docx", "application/octet-stream",
                        ReportOnceFixture.resource("qinghe/b-qinghe-november.docx")))))
                .andReturn().getResponse();
        String page = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getStatus()).isEqualTo(200);
        long invest = t.indicator("1", "固定资产投资");
        assertThat(page).contains("id=\"document-text\"", "doc-sentence", "《b-qinghe-november.docx》原文", "id=\"unmatched-figures\"",
                "id=\"confirm-document\"", "id=\"proposal-" + invest + "\"", "原文为累计数“38600万元”，换算为3.86亿元");
        assertThat(page).as("the proposal is in the field").contains("id=\"value-" + task + "-" + invest + "\"")
                .containsPattern("id=\"value-" + task + "-" + invest + "\"[^>]*value=\"3.86\"|value=\"3.86\"[^>]*id=\"value-" + task + "-"
                        + invest + "\"");
        assertThat(page).as("the typed narrative is kept").contains("我写了一半的进展");
        assertThat(page).as("an untyped 进展情况 of a line the document filled is the document's own sentence")
                .containsPattern("<textarea[^>]*id=\"narrative-\\d+\"[^>]*>[^<]*(累计|完成|建成)[^<]*</textarea>");
        assertThat(jdbc.sql("select count(*) from task_entry where report_id = :r").param("r", t.report()).query(Integer.class).single())
                .as("nothing saved before the liaison confirms").isZero();

        // The liaison keeps the investment, changes nothing else, and confirms.
        MockHttpServletResponse saved = mvc.perform(post("/reports/" + t.report()).with(TestUsers.api(t.liaison())).with(csrf())
                .param("version", String.valueOf(version(t.report()))).param("action", "save").param("document", "b-qinghe-november.docx")
                .param("lines[0].taskId", String.valueOf(task)).param("lines[0].values[0].indicatorId", String.valueOf(invest))
                .param("lines[0].values[0].value", "3.86").param("lines[0].narrative", "项目投资稳步增长")
                .param("proposed[0].indicatorId", String.valueOf(invest)).param("proposed[0].value", "3.86")
                .param("proposed[0].surface", "38600万元").param("proposed[0].wording", "固定资产投资")
                .param("proposed[0].sentence", "1-11月完成固定资产投资38600万元，其中11月份完成4200万元；").param("proposed[0].how", "converted"))
                .andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/reports/" + t.report() + "?confirmed");
        assertThat(jdbc.sql("select v.actual from entry_value v join task_entry e on e.id = v.entry_id where e.report_id = :r")
                .param("r", t.report()).query(BigDecimal.class).single()).isEqualByComparingTo("3.86");
        assertThat(jdbc.sql("select action from audit_event where entity = 'unit_report' and entity_id = :r order by id")
                .param("r", t.report()).query(String.class).list()).contains("保存报送草稿", "按工作汇报填报");
        assertThat(jdbc.sql("select decision from report_wording where report_id = :r").param("r", t.report()).query(String.class).list())
                .containsExactly("CONFIRMED");
    }

    @Test
    void aFigurePlacedByHandIsLearntForTheUnitsNextReportAndExported() throws Exception {
        ReportOnceFixture.Township t = once.township(mvc);
        long task = task(t, "13");
        long trade = t.indicator("13", "农村电商交易额");
        String first = "清河镇11月份工作汇报\n一、工作进展\n全镇网销额累计4700万元，带动农户增收。\n";
        MockHttpServletResponse r = mvc.perform(multipart("/reports/" + t.report() + "/document")
                .file(new MockMultipartFile("documentFile", "网销.txt", "text/plain", first.getBytes(StandardCharsets.UTF_8)))
                .param("version", String.valueOf(version(t.report()))).with(TestUsers.api(t.liaison())).with(csrf())).andReturn()
                .getResponse();
        String page = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).as("a wording Duban does not know is left for the liaison to place")
                .doesNotContain("id=\"proposal-" + trade + "\"").contains("unmatched-figure", "4700万元", "value=\"" + trade + "\"");
        String wording = page.replaceAll("(?s).*name=\"proposed\\[0\\]\\.wording\" value=\"([^\"]*)\".*", "$1");

        mvc.perform(post("/reports/" + t.report()).with(TestUsers.api(t.liaison())).with(csrf())
                .param("version", String.valueOf(version(t.report()))).param("action", "save").param("document", "网销.txt")
                .param("lines[0].taskId", String.valueOf(task)).param("lines[0].values[0].indicatorId", String.valueOf(trade))
                .param("lines[0].values[0].value", "4700").param("lines[0].narrative", "网销额稳步增长")
                .param("proposed[0].indicatorId", String.valueOf(trade)).param("proposed[0].value", "4700")
                .param("proposed[0].surface", "4700万元").param("proposed[0].wording", wording)
                .param("proposed[0].sentence", "全镇网销额累计4700万元，带动农户增收。").param("proposed[0].how", "unmatched"))
                .andReturn();
        assertThat(jdbc.sql("select decision || ' ' || wording from report_wording where report_id = :r").param("r", t.report())
                .query(String.class).list()).containsExactly("ASSIGNED " + wording);

        String next = "清河镇11月下旬工作汇报\n一、工作进展\n全镇网销额累计4950万元。\n";
        MockHttpServletResponse api = mvc.perform(multipart("/api/reports/" + t.report() + "/document")
                .file(new MockMultipartFile("file", "网销2.txt", "text/plain", next.getBytes(StandardCharsets.UTF_8)))
                .with(TestUsers.api(t.liaison()))).andReturn().getResponse();
        assertThat(api.getContentAsString(StandardCharsets.UTF_8)).as("the unit's own wording is learnt")
                .contains("\"indicatorId\":" + trade, "\"value\":4950");

        String exported = mvc.perform(get("/api/extractions/corrections.jsonl").with(TestUsers.api(t.office()))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(exported).contains("\"change\":\"REPORT_ASSIGNED\"", "\"indicator\":\"农村电商交易额\"", "\"surface\":\"4700万元\"");
    }

    /** The report form as a liaison leaves it half typed: a value and some words for the first task. */
    private MockMultipartHttpServletRequestBuilder typed(ReportOnceFixture.Township t, long task,
            MockMultipartHttpServletRequestBuilder b) {
        long indicator = t.indicator("1", "固定资产投资");
        b.param("version", String.valueOf(version(t.report()))).param("lines[0].taskId", String.valueOf(task))
                .param("lines[0].values[0].indicatorId", String.valueOf(indicator)).param("lines[0].values[0].value", "3.5")
                .param("lines[0].narrative", "我写了一半的进展");
        b.with(TestUsers.api(t.liaison())).with(csrf());
        return b;
    }

    private long task(ReportOnceFixture.Township t, String number) {
        return jdbc.sql("select id from task where plan_id = :p and number = :n").param("p", t.plan()).param("n", number)
                .query(Long.class).single();
    }

    private int version(long report) {
        return jdbc.sql("select version from unit_report where id = :r").param("r", report).query(Integer.class).single();
    }

    private long audits(long report) {
        return jdbc.sql("select count(*) from audit_event where entity = 'unit_report' and entity_id = :r").param("r", report)
                .query(Long.class).single();
    }

    static List<String> lines(String page) {
        return page.lines().toList();
    }
}
