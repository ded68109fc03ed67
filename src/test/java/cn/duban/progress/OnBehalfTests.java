package cn.duban.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import cn.duban.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Report once for the office (issue 25, item 6): a unit that sends its 工作汇报 in instead of signing in has its
 * report filled by the office on its behalf — marked so for good, approved by the unit head as usual — from
 * 报送情况一览 or from 导入文档, which recognises a unit's report on a plan already in the ledger and offers to
 * fill that report instead of proposing a new plan.
 */
@DubanTest
class OnBehalfTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProgressFixture fx;
    @Autowired
    ReportOnceFixture once;
    @Autowired
    TestUsers users;

    @AfterEach
    void realTime() {
        fx.clock.reset();
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(TestUsers.api(user))).andReturn().getResponse();
    }

    private static String body(MockHttpServletResponse r) throws Exception {
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    private RequestPostProcessor page(String user) throws Exception {
        MockHttpSession signedIn = TestUsers.signedIn(mvc, user);
        return request -> {
            request.setSession(signedIn);
            return request;
        };
    }

    @Test
    void theOfficeFillsAUnitsReportOnItsBehalfAndTheHeadStillApproves() throws Exception {
        ProgressFixture.World w = fx.world(2025, ProgressFixture.TaskSpec.atLeast("新建养老服务站", 10, null));
        fx.clock.set(LocalDate.of(2025, 3, 10));
        long period = fx.periodOn(w, LocalDate.of(2025, 3, 10)).id();
        long task = w.tasks().get(0);

        // Another unit's liaison, or another county's office, cannot open it for the unit.
        String sibling = users.user(w.county(), w.county().townB(), Role.LIAISON);
        String open = "{\"periodId\":%d,\"unitId\":%d}".formatted(period, w.county().townA().id());
        assertThat(call(post("/api/reports/open").contentType(MediaType.APPLICATION_JSON).content(open), sibling).getStatus())
                .isIn(403, 404);
        TestUsers.County other = users.county();
        assertThat(call(post("/api/reports/open").contentType(MediaType.APPLICATION_JSON).content(open),
                users.user(other, other.office(), Role.SUPERVISOR)).getStatus()).isEqualTo(404);

        var opened = call(post("/api/reports/open").contentType(MediaType.APPLICATION_JSON).content(open), w.office());
        assertThat(opened.getStatus()).as(body(opened)).isEqualTo(200);
        long report = fx.reports.ofUnits(java.util.List.of(w.county().townA().id())).get(0).id();
        String lines = """
                {"version":0,"lines":[{"taskId":%d,"values":{"%d":4},"narrative":"据甲镇3月工作汇报：已建成4个"}]}""".formatted(task,
                w.indicator(task));
        var submitted = call(post("/api/reports/" + report + "/submit").header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON).content(lines), w.office());
        assertThat(submitted.getStatus()).as(body(submitted)).isEqualTo(200);
        UnitReport r = fx.reports.find(report).orElseThrow();
        assertThat(r.state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(r.onBehalfBy()).isEqualTo(w.office());
        assertThat(fx.jdbc.sql("select count(*) from audit_event where action = '代为填报' and entity_id = :r").param("r", report)
                .query(Long.class).single()).isEqualTo(1);

        // The mark shows on the report, in 报送情况一览 and in the API; the unit head approves as usual.
        assertThat(body(call(get("/api/reports/" + report), w.head()))).contains("\"onBehalfBy\":\"" + w.office() + "\"");
        String reportPage = body(mvc.perform(get("/reports/" + report).with(page(w.head()))).andReturn().getResponse());
        assertThat(reportPage).contains("督查室代为填报（据单位工作汇报");
        fx.approve(w, report);
        String overview = body(mvc.perform(get("/urging").param("period", String.valueOf(period)).with(page(w.office())))
                .andReturn().getResponse());
        assertThat(overview).contains("督查室代报");
    }

    @Test
    void reportingOverviewOffersToFillAMissingReport() throws Exception {
        ProgressFixture.World w = fx.world(2025, ProgressFixture.TaskSpec.atLeast("新建养老服务站", 10, null));
        fx.clock.set(LocalDate.of(2025, 3, 10));
        long period = fx.periodOn(w, LocalDate.of(2025, 3, 10)).id();
        fx.standings.refresh(w.plan());
        RequestPostProcessor office = page(w.office());
        String overview = body(mvc.perform(get("/urging").param("period", String.valueOf(period)).with(office)).andReturn()
                .getResponse());
        assertThat(overview).contains("id=\"fill-" + w.county().townA().id() + "\"", "代为上传工作汇报");

        var opened = mvc.perform(post("/reports/open").param("period", String.valueOf(period))
                .param("unit", String.valueOf(w.county().townA().id())).with(office).with(csrf())).andReturn().getResponse();
        assertThat(opened.getStatus()).isEqualTo(302);
        assertThat(opened.getRedirectedUrl()).endsWith("?onBehalf=1");
        String form = body(mvc.perform(get(opened.getRedirectedUrl()).with(office)).andReturn().getResponse());
        assertThat(form).contains("id=\"on-behalf\"", "id=\"report-form\"", "documentFile");

        // Evidence the office uploads for the unit, nothing typed yet, marks the report too.
        long report = Long.parseLong(opened.getRedirectedUrl().replaceAll("\\D*(\\d+).*", "$1"));
        var uploaded = mvc.perform(multipart("/reports/" + report + "/evidence")
                .file(new MockMultipartFile("file", "照片.png", "image/png", cn.duban.TestImages.png())).with(office).with(csrf()))
                .andReturn().getResponse();
        assertThat(uploaded.getStatus()).isEqualTo(302);
        assertThat(fx.reports.find(report).orElseThrow().onBehalfBy()).isEqualTo(w.office());
    }

    @Test
    void aUnitsReportBroughtToTheImportPageFillsItsReportInsteadOfANewPlan() throws Exception {
        ReportOnceFixture.Township t = once.township(mvc);
        RequestPostProcessor office = page(t.office());
        byte[] document = ReportOnceFixture.resource("qinghe/a-qinghe-1-11.txt");

        var uploaded = mvc.perform(multipart("/plans/import")
                .file(new MockMultipartFile("file", "清河镇1-11月工作汇报.txt", "text/plain", document)).with(office).with(csrf()))
                .andReturn().getResponse();
        assertThat(uploaded.getStatus()).isEqualTo(302);
        String review = body(mvc.perform(get(uploaded.getRedirectedUrl()).with(office)).andReturn().getResponse());
        assertThat(review).contains("id=\"reports-on\"", "这份文档像是单位的工作汇报", "代清河镇填写本期报送");
        int version = fx.reports.find(t.report()).orElseThrow().version();

        String proposalId = uploaded.getRedirectedUrl().substring(uploaded.getRedirectedUrl().lastIndexOf('/') + 1);
        var fill = mvc.perform(post("/plans/import/" + proposalId + "/report/0").with(office).with(csrf())).andReturn()
                .getResponse();
        assertThat(fill.getStatus()).isEqualTo(302);
        assertThat(fill.getRedirectedUrl()).isEqualTo("/reports/" + t.report() + "?onBehalf=1&document=1");
        // Nothing is saved to the report until the office confirms.
        assertThat(fx.reports.find(t.report()).orElseThrow().version()).isEqualTo(version);

        String form = body(mvc.perform(get("/reports/" + t.report()).param("onBehalf", "1").param("document", "1")
                .with(office)).andReturn().getResponse());
        assertThat(form).contains("id=\"document-summary\"", "清河镇1-11月工作汇报", "id=\"on-behalf\"", "confirm-document");

        // No new plan was written; a plan document of the same township is not taken for a report.
        assertThat(fx.jdbc.sql("select count(*) from plan where area_id = :a").param("a", t.county().county().id())
                .query(Long.class).single()).isEqualTo(1);
        String plan = """
                清河镇2027年重点工作计划

                一、新建村级养老服务站3个，年底前完成。
                二、改造农村公路12公里，6月底前完工。
                """;
        var planUpload = mvc.perform(multipart("/plans/import")
                .file(new MockMultipartFile("file", "清河镇2027年计划.txt", "text/plain", plan.getBytes(StandardCharsets.UTF_8)))
                .with(office).with(csrf())).andReturn().getResponse();
        String planReview = body(mvc.perform(get(planUpload.getRedirectedUrl()).with(office)).andReturn().getResponse());
        assertThat(planReview).doesNotContain("id=\"reports-on\"");
    }

    @Test
    void aLiaisonCannotFillAnotherUnitsReport() throws Exception {
        ProgressFixture.World w = fx.world(2025, ProgressFixture.TaskSpec.atLeast("新建养老服务站", 10, null));
        fx.clock.set(LocalDate.of(2025, 3, 10));
        UnitReport r = fx.as(w.liaison(), () -> fx.reports.open(fx.periodOn(w, LocalDate.of(2025, 3, 10)).id(),
                w.county().townA().id()));
        String sibling = users.user(w.county(), w.county().townB(), Role.LIAISON);
        var refused = call(put("/api/reports/" + r.id()).contentType(MediaType.APPLICATION_JSON).content("""
                {"version":0,"lines":[]}"""), sibling);
        assertThat(refused.getStatus()).isEqualTo(404);
        assertThat(fx.reports.find(r.id()).orElseThrow().onBehalfBy()).isNull();
    }
}
