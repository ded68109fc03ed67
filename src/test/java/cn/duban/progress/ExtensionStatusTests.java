package cn.duban.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Issue 12: from the approval of a 延期申请 the status counts by the new deadline — an overdue task is overdue no more. */
@DubanTest
class ExtensionStatusTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProgressFixture fx;

    @AfterEach
    void realTime() {
        fx.clock.reset();
    }

    @Test
    void anApprovedExtensionTakesAnOverdueTaskOffTheOverdueList() throws Exception {
        ProgressFixture.World w = fx.world(2025, ProgressFixture.TaskSpec.atLeast("新建村级养老服务站", 10, LocalDate.of(2025, 3, 15)));
        long task = w.tasks().get(0);
        fx.clock.set(LocalDate.of(2025, 3, 20));
        ReportingPeriod march = fx.periodOn(w, LocalDate.of(2025, 3, 20));
        UnitReport report = fx.submit(w, march, Map.of(task, 5));
        fx.approve(w, report.id());
        fx.accept(w, report.id());
        fx.standings.refresh(w.plan());
        assertThat(fx.standing(task, march.id()).get("status")).isEqualTo("OVERDUE");
        String before = call(get("/api/task-list").param("status", "OVERDUE"), w.office());
        assertThat(before).contains("新建村级养老服务站");

        String applied = call(post("/api/extensions").contentType(MediaType.APPLICATION_JSON).content("""
                {"taskId":%d,"reason":"设备到货推迟，需延至6月底完成。","proposed":"2025-06-30"}""".formatted(task)), w.liaison());
        long id = Long.parseLong(applied.replaceAll("^\\{\"id\":(\\d+).*", "$1"));
        call(post("/api/extensions/" + id + "/approve"), w.office());

        assertThat(fx.standing(task, march.id()).get("status")).as("counted by the new deadline at once").isNotEqualTo("OVERDUE");
        assertThat(call(get("/api/task-list").param("status", "OVERDUE"), w.office())).doesNotContain("新建村级养老服务站");
    }

    private String call(MockHttpServletRequestBuilder r, String user) throws Exception {
        var response = mvc.perform(r.with(TestUsers.api(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isLessThan(400);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
