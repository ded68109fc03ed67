package cn.duban.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.duban.DubanTest;
import cn.duban.TestImages;
import cn.duban.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
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
 * 减负 by default (issue 25, item 7): a report needs no evidence unless the office names the
 * tasks that do, and then only those lines need it; the reporting burden of a plan's cadence
 * per unit stands beside the cadence on the rule page, the plan page and the API.
 */
@DubanTest
class EvidenceOnDemandTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProgressFixture fx;

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

    private MockHttpServletResponse submit(ProgressFixture.World w, long report, int version) throws Exception {
        String lines = """
                {"version":%d,"lines":[{"taskId":%d,"values":{"%d":4},"narrative":"已建成4个"},
                {"taskId":%d,"values":{"%d":2},"narrative":"已改造2公里"}]}""".formatted(version, w.tasks().get(0),
                w.indicator(w.tasks().get(0)), w.tasks().get(1), w.indicator(w.tasks().get(1)));
        return call(post("/api/reports/" + report + "/submit").header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON).content(lines), w.liaison());
    }

    private ProgressFixture.World world() {
        ProgressFixture.World w = fx.world(2025, ProgressFixture.TaskSpec.atLeast("新建养老服务站", 10, null),
                ProgressFixture.TaskSpec.atLeast("农村公路提档升级", 8, null));
        fx.clock.set(LocalDate.of(2025, 3, 10));
        return w;
    }

    private RequestPostProcessor page(String user) throws Exception {
        MockHttpSession signedIn = TestUsers.signedIn(mvc, user);
        return request -> {
            request.setSession(signedIn);
            return request;
        };
    }

    private long open(ProgressFixture.World w) {
        return fx.as(w.liaison(), () -> fx.reports.open(fx.periodOn(w, LocalDate.of(2025, 3, 10)).id(), w.county().townA().id()))
                .id();
    }

    @Test
    void aReportNeedsNoEvidenceByDefault() throws Exception {
        ProgressFixture.World w = world();
        String rule = body(call(get("/api/plans/" + w.plan() + "/reporting"), w.office()));
        assertThat(rule).contains("\"evidenceRequired\":false", "\"evidenceTasks\":[]");

        var submitted = submit(w, open(w), 0);
        assertThat(submitted.getStatus()).isEqualTo(200);
        assertThat(body(submitted)).contains("\"state\":\"SUBMITTED\"");
    }

    @Test
    void onlyTheLinesTheOfficeNamedNeedEvidence() throws Exception {
        ProgressFixture.World w = world();
        long roads = w.tasks().get(1);
        var set = call(put("/api/plans/" + w.plan() + "/reporting").contentType(MediaType.APPLICATION_JSON).content("""
                {"cadence":"MONTHLY","dueDay":25,"lagThreshold":10,"evidenceRequired":false,"remindDays":3,"version":0,
                 "evidenceTasks":[%d]}""".formatted(roads)), w.office());
        assertThat(set.getStatus()).as(body(set)).isEqualTo(200);
        assertThat(body(set)).contains("\"evidenceTasks\":[" + roads + "]");
        assertThat(fx.jdbc.sql("select count(*) from audit_event where action = '设置报送规则' and after::text like :t")
                .param("t", "%evidence_tasks%" + roads + "%").query(Long.class).single()).isEqualTo(1);

        long report = open(w);
        var refused = submit(w, report, 0);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(body(refused)).contains("农村公路提档升级", "要求附佐证材料");
        assertThat(fx.reports.find(report).orElseThrow().state()).isEqualTo(ReportState.DRAFT);

        RequestPostProcessor liaison = page(w.liaison());
        // Evidence for the other line does not stand for this one.
        mvc.perform(multipart("/reports/" + report + "/evidence").param("task", String.valueOf(w.tasks().get(0)))
                .file(new MockMultipartFile("file", "养老站.png", "image/png", TestImages.png())).with(liaison).with(csrf()));
        int version = fx.reports.find(report).orElseThrow().version();
        assertThat(submit(w, report, version).getStatus()).isEqualTo(422);

        // The report page marks the line that needs it, and says the rest is voluntary.
        String page = mvc.perform(get("/reports/" + report).with(liaison)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("须附佐证材料", "其余自愿");

        mvc.perform(multipart("/reports/" + report + "/evidence").param("task", String.valueOf(roads))
                .file(new MockMultipartFile("file", "道路.png", "image/png", TestImages.png())).with(liaison).with(csrf()));
        version = fx.reports.find(report).orElseThrow().version();
        var submitted = submit(w, report, version);
        assertThat(submitted.getStatus()).isEqualTo(200);
    }

    @Test
    void aTaskOfAnotherPlanCannotBeNamedAndChangesNothing() throws Exception {
        ProgressFixture.World w = world();
        ProgressFixture.World other = world();
        var refused = call(put("/api/plans/" + w.plan() + "/reporting").contentType(MediaType.APPLICATION_JSON).content("""
                {"cadence":"WEEKLY","dueDay":5,"lagThreshold":10,"evidenceRequired":false,"remindDays":3,"version":0,
                 "evidenceTasks":[%d]}""".formatted(other.tasks().get(0))), w.office());
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(body(refused)).contains("须附佐证的任务应为本计划的任务");
        ReportingRule rule = fx.periods.rule(w.plan());
        assertThat(rule.cadence()).isEqualTo(Cadence.MONTHLY);
        assertThat(rule.evidenceTasks()).isEmpty();
    }

    @Test
    void theBurdenOfTheCadenceStandsBesideIt() throws Exception {
        ProgressFixture.World w = world();
        fx.as(w.office(), () -> fx.periods.setRule(fx.periods.rule(w.plan()).withEvidenceTasks(List.of(w.tasks().get(0)))));

        String burden = body(call(get("/api/plans/" + w.plan() + "/reporting/burden"), w.office()));
        // A plan of 2025 reported monthly: 12 periods; 甲镇 fills its 2 tasks in each, 24 items in all.
        assertThat(burden).contains("\"cadence\":\"MONTHLY\"", "\"periods\":12", "\"WEEKLY\":53", "\"QUARTERLY\":4",
                "\"unitName\":\"甲镇\"", "\"tasks\":2", "\"evidenceTasks\":1", "\"items\":24", "\"submitted\":0");

        RequestPostProcessor office = page(w.office());
        String rulePage = mvc.perform(get("/plans/" + w.plan() + "/reporting").with(office)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(rulePage).contains("报送负担：每月报送，共 12 期；1 个单位，每期各填 2 项", "每季度（4 期）", "id=\"burden\"",
                "默认不要求上传照片、截图等佐证");
        String planPage = mvc.perform(get("/plans/" + w.plan()).with(office)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(planPage).contains("每月报送，共 12 期；1 个单位，每期各填 2 项");

        // Saved from the page with no task ticked: none needs evidence any more.
        var saved = mvc.perform(post("/plans/" + w.plan() + "/reporting").with(office).with(csrf())
                .param("cadence", "QUARTERLY").param("dueDay", "25").param("lagThreshold", "10").param("remindDays", "3")
                .param("version", String.valueOf(fx.periods.rule(w.plan()).version()))).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(fx.periods.rule(w.plan()).evidenceTasks()).isEmpty();
        assertThat(body(call(get("/api/plans/" + w.plan() + "/reporting/burden"), w.office()))).contains("\"periods\":4",
                "\"items\":8", "\"evidenceTasks\":0");
    }
}
