package cn.duban.progress;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
                java.util.Map.of(w.indicator(task), java.math.BigDecimal.ONE), null, "同事先保存", "", "", false)), null));

        MockHttpServletResponse stale = mvc.perform(post("/reports/" + r.id()).with(TestUsers.api(w.liaison())).with(csrf())
                .param("version", String.valueOf(r.version())).param("submission", UUID.randomUUID().toString())
                .param("action", "save").param("value-" + task + "-" + w.indicator(task), "7")
                .param("narrative-" + task, "我刚写的进展，不能丢")).andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        String page = stale.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("已被他人修改", "我刚写的进展，不能丢", "value=\"7\"",
                "name=\"version\" value=\"" + (r.version() + 1) + "\"");

        MockHttpServletResponse bad = mvc.perform(post("/reports/" + r.id()).with(TestUsers.api(w.liaison())).with(csrf())
                .param("version", String.valueOf(r.version() + 1)).param("action", "save")
                .param("value-" + task + "-" + w.indicator(task), "七个").param("narrative-" + task, "第二次填写"))
                .andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("应填写数字：七个", "第二次填写", "value=\"七个\"");
        assertThat(fx.reports.find(r.id()).orElseThrow().version()).isEqualTo(r.version() + 1);
        assertThat(fx.reports.lines(fx.reports.find(r.id()).orElseThrow()).get(0).current().narrative()).isEqualTo("同事先保存");
    }
}
