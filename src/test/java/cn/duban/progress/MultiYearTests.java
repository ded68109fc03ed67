package cn.duban.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.duban.ApiCalls;
import cn.duban.DubanTest;
import cn.duban.TestClock;
import cn.duban.TestUsers;
import cn.duban.security.Role;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 13, 三年行动: a plan of 2024–2026 whose 30000亩 are 10000 a year. Each year's periods
 * are measured against that year's target from where the indicator stood at the year's end
 * before: 13000亩 reached by June 2025 is 3000 of 2025's 10000 — 30 %, 滞后 — where over the
 * whole span it would have looked on track.
 */
@DubanTest
class MultiYearTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    ProgressFixture fixture;
    @Autowired
    Reports reports;
    @Autowired
    Standings standings;
    @Autowired
    ReportingPeriods periods;

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void eachYearIsMeasuredAgainstItsOwnTarget() throws Exception {
        clock.set(LocalDate.of(2024, 12, 20));
        TestUsers.County c = users.county();
        String office = users.user(c, c.office(), Role.SUPERVISOR);
        long plan = jdbc.sql("""
                insert into plan (title, year, starts, ends, area_id, created_by, kind)
                values ('高标准农田建设三年行动', 2024, '2024-01-01', '2026-12-31', :a, 'test', '三年行动') returning id""")
                .param("a", c.county().id()).query(Long.class).single();
        long task = jdbc.sql("""
                insert into task (plan_id, position, number, title, lead_org_id, deadline)
                values (:p, 0, '1', '新建高标准农田', :u, '2026-12-31') returning id""")
                .param("p", plan).param("u", c.townA().id()).query(Long.class).single();
        long indicator = jdbc.sql("""
                insert into indicator (task_id, position, name, surface, target_value, unit, comparator, kind)
                values (:t, 0, '新建高标准农田', '30000亩', 30000, '亩', '>=', 'target') returning id""")
                .param("t", task).query(Long.class).single();

        String path = "/api/tasks/" + task + "/year-targets";
        assertThat(ApiCalls.status(mvc, put(path).contentType(MediaType.APPLICATION_JSON).content(
                "{\"indicators\":[{\"position\":0,\"years\":{\"2024\":10000,\"2025\":10000}}]}"), office)).isEqualTo(422);
        assertThat(ApiCalls.status(mvc, put(path).contentType(MediaType.APPLICATION_JSON).content(
                "{\"indicators\":[{\"position\":0,\"years\":{\"2023\":10000,\"2025\":20000}}]}"), office)).isEqualTo(422);
        assertThat(ApiCalls.body(mvc, put(path).contentType(MediaType.APPLICATION_JSON).content(
                "{\"indicators\":[{\"position\":0,\"years\":{\"2024\":10000,\"2025\":10000,\"2026\":10000}}]}"), office))
                .contains("2025");

        // The task's page shows the yearly targets; a sum that does not make the whole comes back as typed, with the reason.
        var session = TestUsers.signedIn(mvc, office);
        String edit = mvc.perform(get("/tasks/" + task + "/edit").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(edit).contains("分年度目标", "name=\"indicators[0].years[1]\"", "value=\"10000\"");
        var refused = mvc.perform(post("/tasks/" + task + "/year-targets").session(session)
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .param("indicators[0].years[0]", "10000").param("indicators[0].years[1]", "12000").param("indicators[0].years[2]", "10000"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("分年度目标合计32000亩，应等于总目标30000亩", "value=\"12000\"");

        String liaison = users.user(c, c.townA(), Role.LIAISON);
        String head = users.user(c, c.townA(), Role.UNIT_HEAD);
        report(plan, LocalDate.of(2024, 12, 20), c, task, indicator, 10000, liaison, head);
        clock.set(LocalDate.of(2025, 6, 20));
        report(plan, LocalDate.of(2025, 6, 20), c, task, indicator, 13000, liaison, head);
        standings.refresh(plan);

        Map<String, Object> december = standing(task, plan, LocalDate.of(2024, 12, 1));
        assertThat(december.get("status")).isEqualTo("DONE");
        Map<String, Object> january = standing(task, plan, LocalDate.of(2025, 1, 1));
        assertThat((BigDecimal) january.get("completion")).isEqualByComparingTo("0");
        Map<String, Object> june = standing(task, plan, LocalDate.of(2025, 6, 1));
        assertThat((BigDecimal) june.get("completion")).isEqualByComparingTo("30.0");
        assertThat(june.get("status")).isEqualTo("LAGGING");
        assertThat((String) june.get("reason")).contains("完成30%");
    }

    private void report(long plan, LocalDate day, TestUsers.County c, long task, long indicator, int value, String liaison,
            String head) {
        ReportingPeriod period = periods.open(plan).stream().filter(p -> p.contains(day)).findFirst().orElseThrow();
        UnitReport r = fixture.as(liaison, () -> reports.open(period.id(), c.townA().id()));
        UnitReport sent = fixture.as(liaison, () -> reports.submit(r.id(), r.version(), UUID.randomUUID(), List.of(new LineInput(task,
                Map.of(indicator, BigDecimal.valueOf(value)), null, "按计划推进", "", "", false)), Duration.ofMinutes(2)));
        fixture.as(head, () -> reports.approve(sent.id(), UUID.randomUUID()));
    }

    private Map<String, Object> standing(long task, long plan, LocalDate starts) {
        return jdbc.sql("""
                select s.status, s.completion, s.reason from task_standing s join reporting_period p on p.id = s.period_id
                where s.task_id = :t and p.plan_id = :p and p.starts = :s""")
                .param("t", task).param("p", plan).param("s", starts).query().singleRow();
    }
}
