package cn.duban.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.duban.DubanTest;
import cn.duban.TestImages;
import cn.duban.TestUsers;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The report form when a save is refused: a stale version answers 409, a bad number 422, and in
 * both the page comes back with what the user typed still in the fields, nothing saved.
 */
@DubanTest
class ReportPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProgressFixture fx;

    @AfterEach
    void realTime() {
        fx.clock.reset();
    }

    @Test
    void aRefusedSaveKeepsWhatWasTyped() throws Exception {
        ProgressFixture.World w = fx.world(2025, ProgressFixture.TaskSpec.atLeast("新建养老服务站", 10, null));
        fx.clock.set(LocalDate.of(2025, 3, 10));
        long task = w.tasks().get(0);
        UnitReport r = fx.as(w.liaison(), () -> fx.reports.open(fx.periodOn(w, LocalDate.of(2025, 3, 10)).id(), w.county().townA().id()));
        // Someone else saves first.
        fx.as(w.liaison(), () -> fx.reports.save(r.id(), r.version(), List.of(new LineInput(task,
                Map.of(w.indicator(task), BigDecimal.ONE), null, "同事先保存", "", "", false)), null));

        MockHttpServletResponse stale = mvc.perform(post("/reports/" + r.id()).with(TestUsers.api(w.liaison())).with(csrf())
                .param("version", String.valueOf(r.version())).param("submission", UUID.randomUUID().toString())
                .param("action", "save").param("lines[0].taskId", String.valueOf(task))
                .param("lines[0].values[0].indicatorId", String.valueOf(w.indicator(task)))
                .param("lines[0].values[0].value", "7")
                .param("lines[0].narrative", "我刚写的进展，不能丢")).andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        String page = stale.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("已被他人修改", "我刚写的进展，不能丢", "value=\"7\"",
                "name=\"version\" value=\"" + (r.version() + 1) + "\"");

        MockHttpServletResponse bad = mvc.perform(post("/reports/" + r.id()).with(TestUsers.api(w.liaison())).with(csrf())
                .param("version", String.valueOf(r.version() + 1)).param("action", "save")
                .param("lines[0].taskId", String.valueOf(task)).param("lines[0].values[0].indicatorId", String.valueOf(w.indicator(task)))
                .param("lines[0].values[0].value", "七个").param("lines[0].narrative", "第二次填写"))
                .andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("应填写数字：七个", "第二次填写", "value=\"七个\"");
        assertThat(fx.reports.find(r.id()).orElseThrow().version()).isEqualTo(r.version() + 1);
        assertThat(fx.reports.lines(fx.reports.find(r.id()).orElseThrow()).get(0).current().narrative()).isEqualTo("同事先保存");
    }

    @Test
    void uploadingFromTheFormSavesWhatWasTypedAndAFakeImageLosesNothing() throws Exception {
        ProgressFixture.World w = fx.world(2025, ProgressFixture.TaskSpec.atLeast("新建养老服务站", 10, null));
        fx.clock.set(LocalDate.of(2025, 3, 10));
        long task = w.tasks().get(0);
        UnitReport r = fx.as(w.liaison(), () -> fx.reports.open(fx.periodOn(w, LocalDate.of(2025, 3, 10)).id(), w.county().townA().id()));
        var fake = new MockMultipartFile("file", "现场照片.jpg", "image/jpeg",
                "这不是一张图片".getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse refused = mvc.perform(MockMvcRequestBuilders
                .multipart("/reports/" + r.id() + "/evidence").file(fake).with(TestUsers.api(w.liaison())).with(csrf())
                .param("version", String.valueOf(r.version())).param("opened", "0").param("task", String.valueOf(task))
                .param("lines[0].taskId", String.valueOf(task)).param("lines[0].values[0].indicatorId", String.valueOf(w.indicator(task)))
                .param("lines[0].values[0].value", "4").param("lines[0].narrative", "主体完工，正在装修"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("主体完工，正在装修", "value=\"4\"");
        assertThat(fx.reports.lines(fx.reports.find(r.id()).orElseThrow()).get(0).current().narrative())
                .as("the draft was saved before the file was looked at").isEqualTo("主体完工，正在装修");

        UnitReport saved = fx.reports.find(r.id()).orElseThrow();
        var photo = new MockMultipartFile("file", "现场照片.jpg", "image/jpeg", TestImages.jpeg());
        MockHttpServletResponse uploaded = mvc.perform(MockMvcRequestBuilders
                .multipart("/reports/" + r.id() + "/evidence").file(photo).with(TestUsers.api(w.liaison())).with(csrf())
                .param("version", String.valueOf(saved.version())).param("opened", "0").param("task", String.valueOf(task))
                .param("lines[0].taskId", String.valueOf(task)).param("lines[0].values[0].indicatorId", String.valueOf(w.indicator(task)))
                .param("lines[0].values[0].value", "5").param("lines[0].narrative", "已完工"))
                .andReturn().getResponse();
        assertThat(uploaded.getStatus()).isEqualTo(302);
        var evidence = fx.jdbc.sql("select id, task_id from evidence where report_id = :r").param("r", r.id())
                .query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)}).single();
        assertThat(evidence[1]).as("the evidence proves its line").isEqualTo(task);
        MockHttpServletResponse preview = mvc.perform(MockMvcRequestBuilders
                .get("/evidence/" + evidence[0] + "/preview").with(TestUsers.api(w.liaison()))).andReturn().getResponse();
        assertThat(preview.getContentType()).isEqualTo("image/jpeg");
        assertThat(preview.getHeader("Content-Security-Policy")).contains("sandbox");
        assertThat(preview.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        String page = mvc.perform(MockMvcRequestBuilders.get("/reports/" + r.id())
                .with(TestUsers.api(w.liaison()))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("evidence-thumb", "/evidence/" + evidence[0] + "/preview", "新建养老服务站");
    }

    @Test
    void theHistoryNamesPeriodsAndIndicatorsAndCountsNoDraft() throws Exception {
        ProgressFixture.World w = fx.world(2025, ProgressFixture.TaskSpec.atLeast("新建养老服务站", 10, null));
        fx.clock.set(LocalDate.of(2025, 3, 10));
        long task = w.tasks().get(0);
        long indicator = w.indicator(task);
        UnitReport r = fx.as(w.liaison(), () -> fx.reports.open(fx.periodOn(w, LocalDate.of(2025, 3, 10)).id(), w.county().townA().id()));
        UnitReport d1 = fx.as(w.liaison(), () -> fx.reports.save(r.id(), r.version(), List.of(new LineInput(task,
                Map.of(indicator, BigDecimal.ONE), null, "草稿一", "", "", false)), null));
        UnitReport d2 = fx.as(w.liaison(), () -> fx.reports.save(r.id(), d1.version(), List.of(new LineInput(task,
                Map.of(indicator, BigDecimal.valueOf(2)), null, "草稿二", "", "", false)), null));
        fx.as(w.liaison(), () -> fx.reports.submit(r.id(), d2.version(), UUID.randomUUID(), List.of(new LineInput(task,
                Map.of(indicator, BigDecimal.valueOf(3)), null, "已建成3个", "", "", false)), null));
        var history = fx.reports.readableHistory(task);
        assertThat(history).as("draft saves are not versions").hasSize(1);
        assertThat(history.get(0).period()).isEqualTo("2025年3月");
        assertThat(history.get(0).kind()).as("submitted, awaiting its unit head").isEqualTo("报送（待单位审核）");
        assertThat(history.get(0).values()).containsExactly("新建养老服务站 3个");
        assertThat(history.get(0).narrative()).isEqualTo("已建成3个");
        String page = mvc.perform(MockMvcRequestBuilders.get("/progress/tasks/" + task)
                .with(TestUsers.api(w.liaison()))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("2025年3月", "新建养老服务站 3个", "已建成3个").doesNotContain("草稿二");
    }
}
