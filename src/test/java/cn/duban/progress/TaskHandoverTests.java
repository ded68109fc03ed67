package cn.duban.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.duban.ApiCalls;
import cn.duban.DubanTest;
import cn.duban.TestClock;
import cn.duban.TestUsers;
import cn.duban.ledger.Plans;
import cn.duban.ledger.Tasks;
import cn.duban.reminders.ReminderJob;
import cn.duban.security.Role;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12: a new task waits for its unit's 签收 (reminded after two working days); the unit
 * asks for 办结 saying what was done, the office closes it, and the task asks for no more reports.
 */
@DubanTest
class TaskHandoverTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Plans plans;
    @Autowired
    Tasks tasks;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TestClock clock;
    @Autowired
    ReminderJob job;
    @Autowired
    Reports reports;

    TestUsers.County c;
    long task;
    long other;
    long plan;

    @BeforeEach
    void plan() {
        c = users.county();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        plan = tx.execute(s -> plans.create("测试计划" + c.tag(), today.getYear(), c.county().id(), "t.txt", c.tag(), "", "test", List.of(
                new Plans.NewTask("1", "新建产业路", "", c.townA().id(), List.of(), today.plusMonths(2), List.of(), null, null),
                new Plans.NewTask("2", "农村户厕改造", "", c.townA().id(), List.of(), today.plusMonths(2), List.of(), null, null))));
        task = jdbc.sql("select id from task where plan_id = :p and number = '1'").param("p", plan).query(Long.class).single();
        other = jdbc.sql("select id from task where plan_id = :p and number = '2'").param("p", plan).query(Long.class).single();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSignedTaskClosedByTheOfficeAsksForNoMoreReports() throws Exception {
        String townA = users.user(c, c.townA(), Role.LIAISON);
        String townB = users.user(c, c.townB(), Role.LIAISON);
        String office = users.user(c, c.office(), Role.SUPERVISOR);
        assertThat(ApiCalls.body(mvc, get("/progress/tasks/" + task), townA)).contains("待签收");
        assertThat(ApiCalls.status(mvc, post("/api/progress/tasks/" + task + "/sign"), townB)).as("not its unit's").isEqualTo(422);
        assertThat(ApiCalls.status(mvc, post("/api/progress/tasks/" + task + "/closing").param("note", "已完工"), townA))
                .as("closing before signing").isEqualTo(422);
        assertThat(ApiCalls.body(mvc, post("/api/progress/tasks/" + task + "/sign"), townA)).contains("\"signedBy\":\"" + townA + "\"");
        assertThat(ApiCalls.status(mvc, post("/api/progress/tasks/" + task + "/closing").param("note", " "), townA)).isEqualTo(422);
        ApiCalls.body(mvc, post("/api/progress/tasks/" + task + "/closing").param("note", "道路已全线贯通并验收"), townA);
        assertThat(ApiCalls.body(mvc, get("/progress/tasks/" + task), office)).contains("申请办结", "道路已全线贯通并验收");
        assertThat(ApiCalls.body(mvc, post("/api/progress/tasks/" + task + "/close"), office)).contains("\"closedBy\":\"" + office + "\"");

        long period = jdbc.sql("select id from reporting_period where plan_id = :p order by starts desc limit 1").param("p", plan)
                .query(Long.class).optional().orElseGet(() -> {
                    job.runOnce();
                    return jdbc.sql("select id from reporting_period where plan_id = :p order by starts desc limit 1").param("p", plan)
                            .query(Long.class).single();
                });
        var report = reports.open(period, c.townA().id());
        assertThat(reports.lines(report)).extracting(ReportLine::taskId).as("the closed task is no longer asked for")
                .containsExactly(other);
        job.runOnce();
        assertThat(jdbc.sql("select status, reason from task_standing where task_id = :t and period_id = :p")
                .param("t", task).param("p", period).query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).single())
                .startsWith("DONE 已于").endsWith("办结");
        assertThat(jdbc.sql("select action from audit_event where entity = 'task' and entity_id = :t order by id").param("t", task)
                .query(String.class).list()).contains("签收任务", "申请办结", "任务办结");
    }

    @Test
    void aTaskNotSignedForInTwoWorkingDaysRemindsItsUnit() {
        clock.set(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(6));
        job.runOnce();
        assertThat(jdbc.sql("select count(*) from notification where dedupe_key in (:k)")
                .param("k", List.of("sign:" + task, "sign:" + other)).query(Long.class).single()).isEqualTo(2);
        tx.executeWithoutResult(s -> tasks.sign(other, "test"));
        assertThat(jdbc.sql("select signed_at is not null from task where id = :t").param("t", other).query(Boolean.class).single())
                .isTrue();
    }

}
