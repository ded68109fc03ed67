package cn.duban.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One validation for every path a value can take (issue 10, hole 7): a correction through the
 * API once stored −5000, 1e14 and 100,000 characters; a save stored 1e100000 and acknowledged
 * 1e1000000000 as 0. Each is refused now, in Chinese, with nothing changed.
 */
@DubanTest
class ReportValidationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProgressFixture fx;

    @AfterEach
    void realTime() {
        fx.clock.reset();
    }

    private int call(MockHttpServletRequestBuilder r, String user) throws Exception {
        return mvc.perform(r.with(TestUsers.api(user))).andReturn().getResponse().getStatus();
    }

    @Test
    void correctionsAndSavesMeetTheFormsLimits() throws Exception {
        var w = fx.world(2025, ProgressFixture.TaskSpec.atLeast("新建养老服务站", 12, LocalDate.of(2025, 12, 31)));
        long task = w.tasks().get(0);
        fx.clock.set(LocalDate.of(2025, 6, 10));
        ReportingPeriod june = fx.periodOn(w, LocalDate.of(2025, 6, 10));
        UnitReport r = fx.approve(w, fx.submit(w, june, Map.of(task, 5)).id());
        Map<String, Object> before = fx.standing(task, june.id());
        long revisions = fx.jdbc.sql("select count(*) from task_entry where task_id = :t").param("t", task).query(Long.class).single();

        String correction = """
                {"line":{"taskId":%d,"values":{"%d":%s},"narrative":%s},"reason":"核对"}""";
        for (String[] bad : List.of(new String[]{"-5000", "\"x\""}, new String[]{"1e100000", "\"x\""},
                new String[]{"1e1000000000", "\"x\""}, new String[]{"5.1234567", "\"x\""},
                new String[]{"6", "\"" + "长".repeat(100_000) + "\""})) {
            assertThat(call(post("/api/reports/" + r.id() + "/corrections").contentType(MediaType.APPLICATION_JSON)
                    .content(correction.formatted(task, w.indicator(task), bad[0], bad[1])), w.liaison()))
                    .as("correction %s", bad[0]).isEqualTo(422);
        }
        assertThat(fx.jdbc.sql("select count(*) from task_entry where task_id = :t").param("t", task).query(Long.class).single())
                .as("nothing stored").isEqualTo(revisions);
        assertThat(fx.standing(task, june.id())).isEqualTo(before);

        // The save path of a draft, next period.
        fx.clock.set(LocalDate.of(2025, 7, 10));
        ReportingPeriod july = fx.periodOn(w, LocalDate.of(2025, 7, 10));
        UnitReport draft = fx.as(w.liaison(), () -> fx.reports.open(july.id(), w.county().townA().id()));
        for (String bad : List.of("1e100000", "1e1000000000", "-1")) {
            assertThat(call(put("/api/reports/" + draft.id()).contentType(MediaType.APPLICATION_JSON).content("""
                    {"version":%d,"lines":[{"taskId":%d,"values":{"%d":%s},"narrative":"x"}]}"""
                    .formatted(draft.version(), task, w.indicator(task), bad)), w.liaison())).as("save %s", bad).isEqualTo(422);
        }
        assertThat(fx.jdbc.sql("select count(*) from task_entry where task_id = :t").param("t", task).query(Long.class).single())
                .isEqualTo(revisions);
        assertThat(fx.jdbc.sql("select count(*) from entry_value where actual > 1e15 or actual < 0").query(Long.class).single())
                .as("no value out of range anywhere").isZero();
    }
}
