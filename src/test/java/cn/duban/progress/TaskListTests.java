package cn.duban.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.duban.ApiCalls;
import cn.duban.DubanTest;
import cn.duban.TestClock;
import cn.duban.TestUsers;
import cn.duban.ledger.Plans;
import cn.duban.reminders.ReminderJob;
import cn.duban.security.Role;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Issue 12: one list of tasks across plans, searched by word, status, unit, leader and deadline, saved and exported. */
@DubanTest
class TaskListTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Plans plans;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TestClock clock;
    @Autowired
    ReminderJob job;

    TestUsers.County c;
    String office;

    @BeforeEach
    void twoPlans() {
        clock.set(LocalDate.of(2026, 3, 10));
        c = users.county();
        office = users.user(c, c.office(), Role.SUPERVISOR);
        tx.executeWithoutResult(s -> {
            plans.create("重点工作" + c.tag(), 2026, c.county().id(), "a.txt", c.tag() + "a", "", "test", List.of(
                    new Plans.NewTask("1", "新建产业路", "硬化道路12公里", c.townA().id(), List.of(), LocalDate.of(2026, 2, 28),
                            List.of(), null, null, "李华", ""),
                    new Plans.NewTask("2", "农村户厕改造", "", c.townB().id(), List.of(c.townA().id()), LocalDate.of(2026, 9, 30),
                            List.of(), null, null, "王强", "")));
            plans.create("民生实事" + c.tag(), 2026, c.county().id(), "b.txt", c.tag() + "b", "", "test", List.of(
                    new Plans.NewTask("1", "新建村级养老服务站", "", c.department().id(), List.of(), LocalDate.of(2026, 6, 30),
                            List.of(), null, null, "李华", "")));
        });
        job.runOnce();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theOfficeSearchesEveryPlanAndAUnitOnlyItsOwnTasks() throws Exception {
        assertThat(ApiCalls.body(mvc, get("/api/task-list"), office)).contains("新建产业路", "农村户厕改造", "新建村级养老服务站");
        assertThat(ApiCalls.body(mvc, get("/api/task-list").param("q", "道路"), office)).as("words in the body too")
                .contains("新建产业路").doesNotContain("农村户厕改造");
        assertThat(ApiCalls.body(mvc, get("/api/task-list").param("leader", "李华"), office)).contains("新建产业路", "新建村级养老服务站")
                .doesNotContain("农村户厕改造");
        assertThat(ApiCalls.body(mvc, get("/api/task-list").param("unit", String.valueOf(c.department().id())), office))
                .contains("新建村级养老服务站").doesNotContain("新建产业路");
        assertThat(ApiCalls.body(mvc, get("/api/task-list").param("dueFrom", "2026-06-01").param("dueTo", "2026-12-31"), office))
                .contains("农村户厕改造", "新建村级养老服务站").doesNotContain("新建产业路");
        // Past its deadline and not reported: 超期, whatever else is true of it (its sentence says it was not reported).
        String late = ApiCalls.body(mvc, get("/api/task-list").param("status", "OVERDUE"), office);
        assertThat(late).contains("新建产业路");

        String townA = users.user(c, c.townA(), Role.LIAISON);
        assertThat(ApiCalls.body(mvc, get("/api/task-list"), townA)).as("led and helped with, nothing else")
                .contains("新建产业路", "农村户厕改造").doesNotContain("新建村级养老服务站");

        byte[] xlsx = mvc.perform(get("/task-list/export").param("leader", "李华").with(TestUsers.api(office))).andReturn()
                .getResponse().getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("任务清单");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("工作任务");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void aWrongWindowIsRefusedBesideItsFieldsAndAViewIsSaved() throws Exception {
        var session = TestUsers.signedIn(mvc, office);
        MockHttpServletResponse page = mvc.perform(get("/task-list").session(session).param("q", "产业")
                .param("dueFrom", "2026-12-31").param("dueTo", "2026-01-01")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(422);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("完成时限的起始日期不能晚于截止日期", "value=\"产业\"",
                "value=\"2026-12-31\"", "value=\"2026-01-01\"");
        assertThat(mvc.perform(post("/task-list/views").session(session).with(csrf()).param("name", "李华分管")
                .param("query", "leader=%E6%9D%8E%E5%8D%8E")).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(mvc.perform(get("/task-list").session(session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("李华分管", "leader=%E6%9D%8E%E5%8D%8E");
    }

}
