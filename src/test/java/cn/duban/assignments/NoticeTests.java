package cn.duban.assignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.duban.ApiCalls;
import cn.duban.DocumentRendering;
import cn.duban.DubanTest;
import cn.duban.TestClock;
import cn.duban.TestUsers;
import cn.duban.ledger.Plans;
import cn.duban.reminders.ReminderJob;
import cn.duban.security.Role;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12: 报送情况一览 and 一键催报 reaching every unit that owes a report once; 督办单 graded by
 * the task's delay and escalated when repeated; each notice numbered, written, kept and sent.
 */
@DubanTest
class NoticeTests {

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
    long plan;
    long lateTask;
    long onTimeTask;

    @BeforeEach
    void county() {
        clock.set(LocalDate.of(2026, 3, 2));
        c = users.county();
        office = users.user(c, c.office(), Role.SUPERVISOR);
        plan = tx.execute(s -> plans.create("测试计划" + c.tag(), 2026, c.county().id(), "t.txt", c.tag(), "", "test", List.of(
                new Plans.NewTask("1", "新建产业路", "", c.townA().id(), List.of(), LocalDate.of(2026, 2, 25), List.of(), null, null),
                new Plans.NewTask("2", "农村户厕改造", "", c.townB().id(), List.of(), LocalDate.of(2026, 12, 31), List.of(), null, null),
                new Plans.NewTask("3", "高标准农田", "", c.department().id(), List.of(), LocalDate.of(2026, 12, 31), List.of(), null, null))));
        lateTask = jdbc.sql("select id from task where plan_id = :p and number = '1'").param("p", plan).query(Long.class).single();
        onTimeTask = jdbc.sql("select id from task where plan_id = :p and number = '2'").param("p", plan).query(Long.class).single();
        job.runOnce();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void oneClickUrgesEveryUnitThatOwesTheReportOnce() throws Exception {
        long february = jdbc.sql("select id from reporting_period where plan_id = :p and starts = '2026-02-01'").param("p", plan)
                .query(Long.class).single();
        // 甲镇 reported on time; the department's report waits for its head; 乙镇 sent nothing.
        jdbc.sql("""
                insert into unit_report (period_id, organisation_id, state, submitted_at, approved_at)
                values (:p, :a, 'ACCEPTED', '2026-02-20 10:00+08', '2026-02-21 10:00+08'),
                       (:p, :d, 'SUBMITTED', '2026-02-27 10:00+08', null)""")
                .param("p", february).param("a", c.townA().id()).param("d", c.department().id()).update();
        String overview = ApiCalls.body(mvc, get("/api/periods/" + february + "/reporting-overview"), office);
        assertThat(overview).contains("\"unitName\":\"甲镇\",\"standing\":\"ON_TIME\"", "\"unitName\":\"乙镇\",\"standing\":\"MISSING\"",
                "\"unitName\":\"县农业农村局\",\"standing\":\"AWAITING_HEAD\"");
        assertThat(ApiCalls.body(mvc, get("/urging").param("period", String.valueOf(february)), office)).contains("报送情况一览", "未报送", "按时报送",
                "一键催报");

        String sent = ApiCalls.body(mvc, post("/api/periods/" + february + "/urge"), office);
        assertThat(sent).contains("乙镇", "县农业农村局").doesNotContain("甲镇");
        assertThat(ApiCalls.body(mvc, post("/api/periods/" + february + "/urge"), office)).as("a second click sends nothing twice")
                .isEqualTo("[]");
        List<String> inbox = jdbc.sql("select title from notification where organisation_id = :u and title like '催报%'")
                .param("u", c.townB().id()).query(String.class).list();
        assertThat(inbox).hasSize(1);
        long notice = jdbc.sql("select id from notice where period_id = :p and unit_id = :u").param("p", february)
                .param("u", c.townB().id()).query(Long.class).single();
        String townB = users.user(c, c.townB(), Role.LIAISON);
        byte[] docx = mvc.perform(get("/notices/" + notice + "/document").with(TestUsers.api(townB))).andReturn().getResponse()
                .getContentAsByteArray();
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = String.join("\n", doc.getParagraphs().stream().map(p -> p.getText()).toList());
            assertThat(text).contains("催办单", "测督催〔2026〕", "乙镇：", "2026年2月", "未报送", "人民政府督查室");
        }
        String townA = users.user(c, c.townA(), Role.LIAISON);
        assertThat(mvc.perform(get("/notices/" + notice + "/document").with(TestUsers.api(townA))).andReturn().getResponse().getStatus())
                .as("another unit's notice").isEqualTo(404);
        DocumentRendering.render(docx, "urge-notice");
    }

    @Test
    void aPressingNoticeIsGradedByTheDelayAndRisesWhenRepeated() throws Exception {
        assertThat(ApiCalls.status(mvc, post("/api/tasks/" + onTimeTask + "/press"), office)).as("neither late nor lagging").isEqualTo(422);
        String first = ApiCalls.body(mvc, post("/api/tasks/" + lateTask + "/press"), office);
        assertThat(first).contains("\"grade\":\"YELLOW\"", "督办单（黄色）");
        assertThat(ApiCalls.status(mvc, post("/api/tasks/" + lateTask + "/press"), office)).as("once a day").isEqualTo(422);
        clock.set(LocalDate.of(2026, 3, 3));
        assertThat(ApiCalls.body(mvc, post("/api/tasks/" + lateTask + "/press"), office)).as("pressed again, one grade up")
                .contains("\"grade\":\"RED\"");
        long notice = jdbc.sql("select id from notice where task_id = :t order by id limit 1").param("t", lateTask).query(Long.class)
                .single();
        byte[] docx = mvc.perform(get("/notices/" + notice + "/document").with(TestUsers.api(office))).andReturn().getResponse()
                .getContentAsByteArray();
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = String.join("\n", doc.getParagraphs().stream().map(p -> p.getText()).toList());
            assertThat(text).contains("督办单（黄色）", "甲镇：", "新建产业路", "已超期5天", "3个工作日内");
        }
        assertThat(jdbc.sql("select count(*) from notification where organisation_id = :u and title like '督办%'")
                .param("u", c.townA().id()).query(Long.class).single()).isEqualTo(2);
        assertThat(Notices.escalate("BLUE", "RED")).isEqualTo("RED");
        assertThat(Notices.escalate("BLUE", null)).isEqualTo("BLUE");
        assertThat(Notices.escalate("BLUE", "BLUE")).isEqualTo("YELLOW");
        DocumentRendering.render(docx, "press-notice");
    }

}
