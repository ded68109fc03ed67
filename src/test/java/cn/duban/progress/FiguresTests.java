package cn.duban.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the issue saw, each reproduced through the JSON API as an outside check would: a deadline
 * moved by PUT /api/tasks/{id} changes the standing in the same request's wake; every task's
 * completion is the figure its reason quotes; a plan's span makes its periods; the freeze waits
 * for the due date and names who has not reported.
 */
@DubanTest
class FiguresTests {

    private static final Pattern FIRST_FIGURE = Pattern.compile("完成([0-9.]+)%");

    @Autowired
    MockMvc mvc;
    @Autowired
    ProgressFixture fx;
    @Autowired
    JsonMapper json;

    @AfterEach
    void realTime() {
        fx.clock.reset();
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(TestUsers.api(user))).andReturn().getResponse();
    }

    private JsonNode read(MockHttpServletResponse r) throws Exception {
        return json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aDeadlineMovedThroughTheApiChangesTheStandingAtOnce() throws Exception {
        var w = fx.world(2025, ProgressFixture.TaskSpec.atLeast("新建养老服务站", 100, LocalDate.of(2025, 8, 31)));
        fx.clock.set(LocalDate.of(2025, 7, 10));
        long task = w.tasks().get(0);
        ReportingPeriod july = fx.periodOn(w, LocalDate.of(2025, 7, 10));
        var r = fx.submit(w, july, Map.of(task, 40));
        fx.approve(w, r.id());
        assertThat((String) fx.standing(task, july.id()).get("status")).isEqualTo("LAGGING");

        JsonNode plan = read(call(get("/api/plans/" + w.plan()), w.office()));
        JsonNode t = plan.get("tasks").get(0);
        assertThat(t.has("version")).as("an API client needs the version to edit").isTrue();
        String body = """
                {"title":%s,"leadOrgId":%d,"coUnitIds":[],"leader":"","responsiblePerson":"","startDate":null,
                 "deadline":"2026-08-31","version":%d}""".formatted(json.writeValueAsString(t.get("title").asString()),
                w.county().townA().id(), t.get("version").asInt());
        assertThat(call(put("/api/tasks/" + task).contentType(MediaType.APPLICATION_JSON).content(body), w.office()).getStatus())
                .isEqualTo(200);

        Map<String, Object> now = fx.standing(task, july.id());
        assertThat((String) now.get("status")).isEqualTo("ON_TRACK");
        assertThat((String) now.get("reason")).doesNotContain("滞后");
    }

    @Test
    void anIndicatorsEarlierDateIsAMilestoneAndTheTasksDeadlineDecidesOverdue() throws Exception {
        var w = fx.world(2025, ProgressFixture.TaskSpec.atLeast("新建村级互助养老服务站", 12, LocalDate.of(2025, 12, 31)));
        long task = w.tasks().get(0);
        fx.jdbc.sql("update indicator set deadline = '2025-12-31' where task_id = :t").param("t", task).update();
        long interim = fx.jdbc.sql("""
                insert into indicator (task_id, position, name, surface, target_value, unit, comparator, kind, deadline)
                values (:t, 1, '上半年建成', '6个', 6, '个', '>=', 'target', '2025-06-30') returning id""")
                .param("t", task).query(Long.class).single();
        fx.clock.set(LocalDate.of(2025, 7, 10));
        ReportingPeriod july = fx.periodOn(w, LocalDate.of(2025, 7, 10));
        var r = fx.as(w.liaison(), () -> {
            UnitReport opened = fx.reports.open(july.id(), w.county().townA().id());
            return fx.reports.submit(opened.id(), opened.version(), UUID.randomUUID(), List.of(new LineInput(task,
                    Map.of(w.indicator(task), BigDecimal.valueOf(7), interim, BigDecimal.valueOf(3)), null, "推进中", "", "", false)),
                    Duration.ofMinutes(2));
        });
        fx.approve(w, r.id());
        Map<String, Object> s = fx.standing(task, july.id());
        assertThat((String) s.get("status")).as("a missed milestone is 滞后; 超期 is the task's deadline").isEqualTo("LAGGING");
        assertThat((String) s.get("reason")).contains("其中上半年建成完成50%，按时序应达100%");

        // Moving the task's deadline carries the indicator that shared it; the milestone keeps its date.
        JsonNode t = read(call(get("/api/plans/" + w.plan()), w.office())).get("tasks").get(0);
        String body = """
                {"title":"新建村级互助养老服务站","leadOrgId":%d,"coUnitIds":[],"deadline":"2026-06-30","version":%d}"""
                .formatted(w.county().townA().id(), t.get("version").asInt());
        assertThat(call(put("/api/tasks/" + task).contentType(MediaType.APPLICATION_JSON).content(body), w.office()).getStatus())
                .isEqualTo(200);
        assertThat(fx.jdbc.sql("select deadline::text from indicator where task_id = :t order by position").param("t", task)
                .query(String.class).list()).containsExactly("2026-06-30", "2025-06-30");
    }

    @Test
    void everyCompletionIsTheFigureItsReasonQuotes() throws Exception {
        var w = fx.world(2025,
                new ProgressFixture.TaskSpec("两项指标", BigDecimal.valueOf(100), ">=", null, LocalDate.of(2025, 12, 31), Map.of()),
                ProgressFixture.TaskSpec.atLeast("单项指标", 30, LocalDate.of(2025, 6, 30)),
                new ProgressFixture.TaskSpec("定性任务", null, ">=", null, null, Map.of()));
        long twoIndicators = w.tasks().get(0);
        long second = fx.jdbc.sql("""
                insert into indicator (task_id, position, name, surface, target_value, unit, comparator, kind)
                values (:t, 1, '新建高标准农田', '3000亩', 3000, '亩', '>=', 'target') returning id""")
                .param("t", twoIndicators).query(Long.class).single();
        fx.clock.set(LocalDate.of(2025, 5, 10));
        ReportingPeriod may = fx.periodOn(w, LocalDate.of(2025, 5, 10));
        var r = fx.as(w.liaison(), () -> {
            UnitReport opened = fx.reports.open(may.id(), w.county().townA().id());
            return fx.reports.submit(opened.id(), opened.version(), UUID.randomUUID(), List.of(
                    new LineInput(twoIndicators,
                            Map.of(w.indicator(twoIndicators), BigDecimal.valueOf(80), second, BigDecimal.valueOf(600)),
                            null, "推进中", "", "", false),
                    new LineInput(w.tasks().get(1), Map.of(w.indicator(w.tasks().get(1)), BigDecimal.valueOf(10)), null, "推进中", "", "",
                            false),
                    new LineInput(w.tasks().get(2), Map.of(), BigDecimal.valueOf(35), "推进中", "", "", false)),
                    Duration.ofMinutes(2));
        });
        fx.approve(w, r.id());
        // June: not reported before the due date, then after it.
        for (LocalDate day : List.of(LocalDate.of(2025, 6, 20), LocalDate.of(2025, 7, 2))) {
            fx.clock.set(day);
            fx.standings.refresh(w.plan());
            JsonNode dashboard = read(call(get("/api/dashboard").param("plan", String.valueOf(w.plan())), w.office()));
            for (JsonNode a : dashboard.get("attention")) {
                assertQuotes(a.get("completion"), a.get("reason").asString());
            }
            for (long task : w.tasks()) {
                for (var s : fx.jdbc.sql("select completion, reason from task_standing where task_id = :t").param("t", task)
                        .query().listOfRows()) {
                    BigDecimal c = (BigDecimal) s.get("completion");
                    assertQuotes(c == null ? null : json.valueToTree(c), (String) s.get("reason"));
                }
            }
        }
        // The two-indicator task: (80 + 20) / 2 = 50, and the reason names the indicator behind its status.
        var may2 = fx.standing(twoIndicators, may.id());
        assertThat((BigDecimal) may2.get("completion")).isEqualByComparingTo("50");
        assertThat((String) may2.get("reason")).startsWith("完成50%，其中新建高标准农田完成20%");
    }

    private static void assertQuotes(JsonNode completion, String reason) {
        Matcher m = FIRST_FIGURE.matcher(reason);
        if (completion == null || completion.isNull()) {
            assertThat(m.find()).as("no figure, none quoted: %s", reason).isFalse();
            return;
        }
        assertThat(m.find()).as("a figure is quoted: %s", reason).isTrue();
        assertThat(new BigDecimal(m.group(1))).as(reason).isEqualByComparingTo(completion.decimalValue());
    }

    @Test
    void aPlanSpanMakesItsPeriodsAndATaskIsExpectedFromItsStart() {
        var w = fx.world(2026, new ProgressFixture.TaskSpec("下半年开工", BigDecimal.TEN, ">=", LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 12, 31), Map.of()));
        fx.jdbc.sql("update plan set starts = '2026-10-01', ends = '2026-12-31' where id = :p").param("p", w.plan()).update();
        fx.clock.set(LocalDate.of(2026, 12, 28));
        assertThat(fx.periods.open(w.plan())).extracting(ReportingPeriod::label)
                .containsExactly("2026年10月", "2026年11月", "2026年12月");
        fx.as(w.office(), () -> fx.periods.setRule(new ReportingRule(w.plan(), Cadence.QUARTERLY, 25, BigDecimal.TEN, false, 3, 0)));
        assertThat(fx.periods.open(w.plan())).extracting(ReportingPeriod::label).containsExactly("2026年第四季度");

        var h = fx.world(2026, new ProgressFixture.TaskSpec("下半年开工", BigDecimal.TEN, ">=", LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 12, 31), Map.of()));
        fx.standings.refresh(h.plan());
        long standingsBeforeJuly = fx.jdbc.sql("""
                select count(*) from task_standing s join reporting_period p on p.id = s.period_id
                where s.task_id = :t and p.starts < '2026-07-01'""").param("t", h.tasks().get(0)).query(Long.class).single();
        assertThat(standingsBeforeJuly).as("a task starting in July is not 未报送 for January–June").isZero();
        ReportingPeriod march = fx.periodOn(h, LocalDate.of(2026, 3, 10));
        assertThat(fx.as(h.liaison(), () -> fx.reports.lines(fx.reports.open(march.id(), h.county().townA().id()))))
                .as("nor asked for in March's report").isEmpty();
    }

    @Test
    void theSpanIsEditableAndPeriodsFollowWithoutLosingReports() throws Exception {
        var w = fx.world(2026, ProgressFixture.TaskSpec.atLeast("任务", 10, LocalDate.of(2027, 6, 30)));
        fx.clock.set(LocalDate.of(2026, 3, 10));
        ReportingPeriod march = fx.periodOn(w, LocalDate.of(2026, 3, 10));
        fx.approve(w, fx.submit(w, march, Map.of(w.tasks().get(0), 2)).id());

        var refused = call(put("/api/plans/" + w.plan() + "/span").contentType(MediaType.APPLICATION_JSON)
                .content("{\"from\":\"2026-04\",\"to\":\"2027-06\"}"), w.office());
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("2026年3月已有单位报送");
        assertThat(fx.jdbc.sql("select starts from plan where id = :p").param("p", w.plan()).query(LocalDate.class).single())
                .as("nothing changed").isEqualTo(LocalDate.of(2026, 1, 1));

        var moved = call(put("/api/plans/" + w.plan() + "/span").contentType(MediaType.APPLICATION_JSON)
                .content("{\"from\":\"2026-03\",\"to\":\"2027-06\"}"), w.office());
        assertThat(moved.getStatus()).isEqualTo(200);
        assertThat(fx.periods.periods(w.plan())).extracting(ReportingPeriod::label).containsExactly("2026年3月");
        assertThat(fx.jdbc.sql("select count(*) from audit_event where action = '修改计划期限' and entity_id = :p")
                .param("p", w.plan()).query(Long.class).single()).isEqualTo(1);
        fx.clock.set(LocalDate.of(2027, 1, 5));
        assertThat(fx.periods.open(w.plan())).extracting(ReportingPeriod::label).contains("2026年12月", "2027年1月");
    }

    @Test
    void theFreezeWaitsForTheDueDateAndNamesWhoHasNotReported() throws Exception {
        var w = fx.world(2025, ProgressFixture.TaskSpec.atLeast("任务", 10, LocalDate.of(2025, 12, 31)));
        fx.jdbc.sql("update task set lead_org_id = :b where id = :t").param("b", w.county().townB().id())
                .param("t", fx.jdbc.sql("""
                        insert into task (plan_id, position, number, title, lead_org_id) values (:p, 9, '9', '乙镇任务', :b) returning id""")
                        .param("p", w.plan()).param("b", w.county().townB().id()).query(Long.class).single())
                .update();
        fx.clock.set(LocalDate.of(2025, 6, 25));
        ReportingPeriod june = fx.periodOn(w, LocalDate.of(2025, 6, 25));
        long report = fx.approve(w, fx.submit(w, june, Map.of(w.tasks().get(0), 5)).id()).id();
        // The database stamps approvals with its own clock; this report was approved on the due day.
        fx.jdbc.sql("update unit_report set approved_at = '2025-06-25 09:00+08' where id = :r").param("r", report).update();
        fx.standings.refresh(w.plan());

        var early = call(post("/api/periods/" + june.id() + "/freeze"), w.office());
        assertThat(early.getStatus()).isEqualTo(422);
        assertThat(early.getContentAsString(StandardCharsets.UTF_8)).contains("截止日过后才能冻结");

        fx.clock.set(LocalDate.of(2025, 6, 27));
        var unconfirmed = call(post("/api/periods/" + june.id() + "/freeze"), w.office());
        assertThat(unconfirmed.getStatus()).isEqualTo(409);
        assertThat(read(unconfirmed).get("unreported").get(0).asString()).isEqualTo("乙镇");
        assertThat(fx.periods.find(june.id()).orElseThrow().frozen()).isFalse();

        var frozen = call(post("/api/periods/" + june.id() + "/freeze").contentType(MediaType.APPLICATION_JSON)
                .content("{\"confirmUnreported\":true}"), w.office());
        assertThat(frozen.getStatus()).isEqualTo(200);
        JsonNode ranking = read(call(get("/api/periods/" + june.id() + "/ranking"), w.office()));
        assertThat(ranking.get("red").get(0).get("unitName").asString()).isEqualTo("甲镇");
        assertThat(ranking.get("black").get(0).get("unitName").asString()).isEqualTo("乙镇");
        assertThat(ranking.get("rules").asString()).contains("未报送的单位排在已报送单位之后");
        assertThat(fx.jdbc.sql("select count(*) from period_ranking where period_id = :p").param("p", june.id())
                .query(Long.class).single()).as("the 红黑榜 is kept as issued").isEqualTo(2);
    }
}
