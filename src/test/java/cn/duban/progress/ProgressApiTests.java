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
import cn.duban.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * The JSON API of the progress cycle: the flow with Idempotency-Key, a stale version answered
 * 409 in Chinese, bad numbers 422, other units' and other counties' reports out of reach, and
 * evidence files checked by content with safe download headers.
 */
@DubanTest
class ProgressApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProgressFixture fx;
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

    @Test
    void theFlowThroughTheApi() throws Exception {
        ProgressFixture.World w = fx.world(2025, ProgressFixture.TaskSpec.atLeast("新建养老服务站", 10, null));
        fx.clock.set(LocalDate.of(2025, 3, 10));
        long task = w.tasks().get(0);
        long period = fx.periodOn(w, LocalDate.of(2025, 3, 10)).id();

        var opened = call(post("/api/reports/open").contentType(MediaType.APPLICATION_JSON)
                .content("{\"periodId\":" + period + "}"), w.liaison());
        assertThat(opened.getStatus()).isEqualTo(200);
        long report = fx.reports.ofUnits(List.of(w.county().townA().id())).get(0).id();
        String lines = """
                {"version":%d,"lines":[{"taskId":%d,"values":{"%d":4},"narrative":"已建成4个"}]}""";

        var saved = call(put("/api/reports/" + report).contentType(MediaType.APPLICATION_JSON)
                .content(lines.formatted(0, task, w.indicator(task))), w.liaison());
        assertThat(saved.getStatus()).isEqualTo(200);
        var stale = call(put("/api/reports/" + report).contentType(MediaType.APPLICATION_JSON)
                .content(lines.formatted(0, task, w.indicator(task))), w.liaison());
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(body(stale)).contains("已被他人修改");

        var negative = call(put("/api/reports/" + report).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"version":1,"lines":[{"taskId":%d,"values":{"%d":-4},"narrative":"x"}]}""".formatted(task, w.indicator(task))),
                w.liaison());
        assertThat(negative.getStatus()).isEqualTo(422);
        assertThat(body(negative)).contains("不能为负数");

        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            var submitted = call(post("/api/reports/" + report + "/submit").header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON).content(lines.formatted(1, task, w.indicator(task))), w.liaison());
            assertThat(submitted.getStatus()).isEqualTo(200);
            assertThat(body(submitted)).contains("\"state\":\"SUBMITTED\"");
        }
        var noKey = call(post("/api/reports/" + report + "/approve"), w.head());
        assertThat(noKey.getStatus()).isEqualTo(422);
        assertThat(body(noKey)).contains("Idempotency-Key");
        assertThat(call(post("/api/reports/" + report + "/approve").header("Idempotency-Key", UUID.randomUUID().toString()),
                w.head()).getStatus()).isEqualTo(200);
        var returned = call(post("/api/reports/" + report + "/return").header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}"), w.office());
        assertThat(returned.getStatus()).isEqualTo(422);
        assertThat(body(returned)).contains("退回原因");
        assertThat(body(call(post("/api/reports/" + report + "/accept").header("Idempotency-Key", UUID.randomUUID().toString()),
                w.office()))).contains("\"state\":\"ACCEPTED\"");

        String dashboard = body(call(get("/api/dashboard?plan=" + w.plan()), w.office()));
        assertThat(dashboard).contains("\"unitName\":\"甲镇\"", "\"statusCounts\"");
        String ranking = body(call(get("/api/periods/" + period + "/ranking"), w.leader()));
        assertThat(ranking).contains("\"red\"", "\"black\"", "甲镇");
    }

    @Test
    void otherUnitsAndOtherCountiesCannotReachAReport() throws Exception {
        ProgressFixture.World w = fx.world(2025, ProgressFixture.TaskSpec.atLeast("新建养老服务站", 10, null));
        fx.clock.set(LocalDate.of(2025, 3, 10));
        UnitReport r = fx.submit(w, fx.periodOn(w, LocalDate.of(2025, 3, 10)), Map.of(w.tasks().get(0), 3));
        String sibling = users.user(w.county(), w.county().townB(), Role.LIAISON);
        String siblingHead = users.user(w.county(), w.county().townB(), Role.UNIT_HEAD);
        TestUsers.County other = users.county();
        String foreignOffice = users.user(other, other.office(), Role.SUPERVISOR);

        assertThat(call(get("/api/reports/" + r.id()), sibling).getStatus()).isEqualTo(404);
        assertThat(call(get("/api/reports/" + r.id()), foreignOffice).getStatus()).isEqualTo(404);
        assertThat(call(post("/api/reports/" + r.id() + "/approve").header("Idempotency-Key", UUID.randomUUID().toString()),
                siblingHead).getStatus()).isEqualTo(404);
        assertThat(body(call(get("/api/reports"), sibling))).doesNotContain("\"id\":" + r.id() + ",");
        assertThat(body(call(get("/api/dashboard"), foreignOffice))).doesNotContain("甲镇\",\"tasks\"");
        assertThat(fx.reports.find(r.id()).orElseThrow().state()).isEqualTo(ReportState.SUBMITTED);
    }

    @Test
    void evidenceIsCheckedByContentAndDownloadsAsAnAttachment() throws Exception {
        ProgressFixture.World w = fx.world(2025, ProgressFixture.TaskSpec.atLeast("新建养老服务站", 10, null));
        fx.clock.set(LocalDate.of(2025, 3, 10));
        UnitReport r = fx.as(w.liaison(), () -> fx.reports.open(fx.periodOn(w, LocalDate.of(2025, 3, 10)).id(), w.county().townA().id()));
        byte[] png = TestImages.png();
        // The liaison at a page, signed in as a person is (a session that passed sign-in, not a context set by the test).
        MockHttpSession signedIn = TestUsers.signedIn(mvc, w.liaison());
        RequestPostProcessor liaison = request -> {
            request.setSession(signedIn);
            return request;
        };

        var disguised = mvc.perform(multipart("/reports/" + r.id() + "/evidence")
                .file(new MockMultipartFile("file", "现场照片.png", "image/png", "<script>alert(1)</script>".getBytes()))
                .with(liaison).with(csrf())).andReturn().getResponse();
        assertThat(disguised.getStatus()).isEqualTo(422);
        assertThat(body(disguised)).contains("只接受 JPG、PNG 图片，PDF 和 Word");

        var uploaded = mvc.perform(multipart("/reports/" + r.id() + "/evidence")
                .file(new MockMultipartFile("file", "../../现场\"照片.exe", "application/octet-stream", png))
                .with(liaison).with(csrf())).andReturn().getResponse();
        assertThat(uploaded.getStatus()).isEqualTo(302);
        // Evidence may not name another unit's task (issue 10, hole 9).
        long foreignTask = fx.jdbc
                .sql("insert into task (plan_id, position, number, title, lead_org_id) values (:p, 9, '9', '乙镇任务', :u) returning id")
                .param("p", w.plan()).param("u", w.county().townB().id()).query(Long.class).single();
        var foreign = mvc.perform(multipart("/reports/" + r.id() + "/evidence").param("task", String.valueOf(foreignTask))
                .file(new MockMultipartFile("file", "照片.png", "image/png", png)).with(liaison).with(csrf())).andReturn().getResponse();
        assertThat(foreign.getStatus()).isEqualTo(422);
        assertThat(body(foreign)).contains("只能对应本单位");
        EvidenceFiles.Evidence e = fx.jdbc.sql(
                "select id, report_id, task_id, file_name, content_type, size, sha256, uploaded_by, uploaded_at from evidence where report_id = :r")
                .param("r", r.id()).query(EvidenceFiles.Evidence.class).single();
        assertThat(e.fileName()).isEqualTo("现场照片.png");
        assertThat(e.sha256()).hasSize(64);

        var download = call(get("/evidence/" + e.id()), w.office());
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeader("Content-Security-Policy")).contains("sandbox");
        assertThat(download.getContentType()).isEqualTo("image/png");
        assertThat(download.getContentAsByteArray()).isEqualTo(png);
        TestUsers.County other = users.county();
        assertThat(call(get("/evidence/" + e.id()), users.user(other, other.office(), Role.SUPERVISOR)).getStatus()).isEqualTo(404);
    }
}
