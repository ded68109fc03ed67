package cn.duban.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.duban.ApiCalls;
import cn.duban.DubanTest;
import cn.duban.TestUsers;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 23, item 4: a task past its deadline and not done is 超期 on the dashboard and in the task
 * list even when its plan's year has ended; the office closes such a plan out (年度收官), each task
 * recorded 已完成 or 未完成 with its last figures, and the plan leaves the daily lists but stays for search.
 */
@DubanTest
class CloseOutTests {

    @Autowired
    ProgressFixture fx;
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    TestUsers users;

    @AfterEach
    void realTime() {
        fx.clock.reset();
    }

    private JsonNode get(String path, String user) throws Exception {
        return json.readTree(ApiCalls.body(mvc, MockMvcRequestBuilders.get(path), user));
    }

    @Test
    void anEndedPlanShowsItsUndoneWorkOverdueUntilItIsClosedOut() throws Exception {
        ProgressFixture.World w = fx.world(2025, ProgressFixture.TaskSpec.atLeast("新建养老服务站", 10, LocalDate.of(2025, 12, 31)),
                ProgressFixture.TaskSpec.atLeast("生活污水治理", 20, LocalDate.of(2025, 9, 30)),
                ProgressFixture.TaskSpec.atLeast("农村公路提档", 40, LocalDate.of(2025, 12, 31)));
        long stations = w.tasks().get(0);
        long sewage = w.tasks().get(1);
        long roads = w.tasks().get(2);
        fx.clock.set(LocalDate.of(2025, 5, 20));
        ReportingPeriod may = fx.periodOn(w, LocalDate.of(2025, 5, 20));
        UnitReport r = fx.submit(w, may, Map.of(stations, 10, sewage, 4, roads, 10));
        fx.approve(w, r.id());

        // A year later the plan has ended and nobody closed it out: its undone task is 超期 on the dashboard.
        fx.clock.set(LocalDate.of(2026, 3, 2));
        fx.standings.refresh(w.plan());
        JsonNode board = get("/api/dashboard", w.office());
        Map<String, Long> counts = new HashMap<>();
        board.get("statusCounts").forEach(c -> counts.put(c.get("status").asString(), c.get("count").asLong()));
        // Both undone tasks are past their deadlines: the one due in September and the one due at the plan's end.
        assertThat(counts.get("OVERDUE")).as("the 2025 tasks past their deadlines").isEqualTo(2);
        assertThat(board.get("closeOutDue").get(0).get("planId").asLong()).isEqualTo(w.plan());
        assertThat(ApiCalls.body(mvc, MockMvcRequestBuilders.get("/api/task-list")
                .param("status", "OVERDUE"), w.office())).contains("生活污水治理");

        // Not the liaison's to do; and a plan still running cannot be closed out.
        assertThat(ApiCalls.status(mvc, post("/api/plans/" + w.plan() + "/close-out"), w.liaison())).isEqualTo(403);
        ProgressFixture.World running = fx.world(2026, ProgressFixture.TaskSpec.atLeast("在建任务", 5, LocalDate.of(2026, 12, 31)));
        assertThat(ApiCalls.status(mvc, post("/api/plans/" + running.plan() + "/close-out"), running.office())).isEqualTo(422);

        JsonNode closed = json.readTree(ApiCalls.body(mvc, post("/api/plans/" + w.plan() + "/close-out"), w.office()));
        Map<Long, JsonNode> outcomes = new HashMap<>();
        closed.get("outcomes").forEach(o -> outcomes.put(o.get("taskId").asLong(), o));
        assertThat(outcomes.get(stations).get("done").asBoolean()).isTrue();
        assertThat(outcomes.get(sewage).get("done").asBoolean()).isFalse();
        assertThat(outcomes.get(sewage).get("completion").decimalValue()).isEqualByComparingTo("20");
        assertThat(outcomes.get(sewage).get("reason").asString()).contains("已超过完成时限");
        assertThat(ApiCalls.status(mvc, post("/api/plans/" + w.plan() + "/close-out"), w.office())).as("once").isEqualTo(422);
        assertThat(fx.jdbc.sql("select count(*) from audit_event where action = '年度收官' and entity_id = :p").param("p", w.plan())
                .query(Long.class).single()).isEqualTo(1);

        // Out of the dashboard and the daily list; still found when asked for, with its outcome.
        JsonNode after = get("/api/dashboard", w.office());
        assertThat(after.get("closeOutDue")).isEmpty();
        after.get("statusCounts").forEach(c -> assertThat(c.get("count").asLong()).as(c.get("status").asString()).isZero());
        assertThat(ApiCalls.body(mvc, MockMvcRequestBuilders.get("/api/task-list"), w.office()))
                .doesNotContain("生活污水治理");
        assertThat(ApiCalls.body(mvc, MockMvcRequestBuilders.get("/api/task-list")
                .param("archived", "true"), w.office())).contains("生活污水治理", "已收官：未完成");
        // The page shows the record.
        assertThat(ApiCalls.body(mvc, MockMvcRequestBuilders.get(
                "/plans/" + w.plan() + "/close-out"), w.office())).contains("未完成", "生活污水治理");
    }
}
