package cn.duban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.duban.ledger.Plans;
import cn.duban.progress.Standings;
import cn.duban.reminders.ReminderJob;
import cn.duban.security.Role;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
 * Issue 23, item 5: the county's time, whatever the server's. The JVM runs in UTC here (the pom's
 * argLine), where 23:30 and 00:30 Beijing time on and after a due day are the same UTC date: a
 * report that reached the office at 23:30 on the 25th is 按时报送, one at 00:30 on the 26th is
 * 逾期报送 — on the 报送情况一览, the 红黑榜 and the standings alike — and every page, document and
 * JSON value shows the Beijing wall time, never the UTC one eight hours behind.
 */
@DubanTest
class CountyTimeTests {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Plans plans;
    @Autowired
    Standings standings;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TestClock clock;
    @Autowired
    ReminderJob job;

    TestUsers.County c;
    String office;
    long plan;
    long taskA;
    long taskB;
    long november;
    LocalDate due;

    @BeforeEach
    void county() {
        assertThat(ZoneId.systemDefault().normalized()).as("the suite runs with -Duser.timezone=UTC (pom.xml's argLine)")
                .isEqualTo(ZoneOffset.UTC);
        clock.set(LocalDate.of(2026, 11, 2));
        c = users.county();
        office = users.user(c, c.office(), Role.SUPERVISOR);
        plan = tx.execute(s -> plans.create("时区测试计划" + c.tag(), 2026, c.county().id(), "t.txt", c.tag(), "", "test", List.of(
                new Plans.NewTask("1", "新建产业路", "", c.townA().id(), List.of(), LocalDate.of(2026, 11, 20), List.of(), null, null),
                new Plans.NewTask("2", "农村户厕改造", "", c.townB().id(), List.of(), LocalDate.of(2026, 12, 31), List.of(), null, null),
                new Plans.NewTask("3", "高标准农田", "", c.department().id(), List.of(), LocalDate.of(2026, 12, 31), List.of(), null, null))));
        taskA = task("1");
        taskB = task("2");
        november = jdbc.sql("select id from reporting_period where plan_id = :p and starts = '2026-11-01'").param("p", plan)
                .query(Long.class).single();
        due = jdbc.sql("select due from reporting_period where id = :id").param("id", november).query(LocalDate.class).single();
        assertThat(due).isEqualTo(LocalDate.of(2026, 11, 25));
        job.runOnce();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aReportReachingTheOfficeAt2330IsOnTimeAndAt0030IsLateEverywhere() throws Exception {
        // 23:30 on the due day: 甲镇's head approves; 乙镇 has not reported.
        clock.set(due.atTime(23, 30));
        reported(c.townA().id(), due.atTime(23, 10), due.atTime(23, 30), taskA);
        String overview = ApiCalls.body(mvc, get("/api/periods/" + november + "/reporting-overview"), office);
        assertThat(overview).contains("\"unitName\":\"甲镇\",\"standing\":\"ON_TIME\"", "\"unitName\":\"乙镇\",\"standing\":\"MISSING\"")
                .as("JSON keeps ISO-8601 with its offset, at the county's: the wall time the page shows")
                .contains("\"submittedAt\":\"2026-11-25T23:10:00+08:00\"", "\"reachedAt\":\"2026-11-25T23:30:00+08:00\"");

        // 00:30 the next day, the same UTC date: 乙镇's head approves — late.
        clock.set(due.plusDays(1).atTime(0, 30));
        reported(c.townB().id(), due.plusDays(1).atTime(0, 10), due.plusDays(1).atTime(0, 30), taskB);
        overview = ApiCalls.body(mvc, get("/api/periods/" + november + "/reporting-overview"), office);
        assertThat(overview).contains("\"unitName\":\"甲镇\",\"standing\":\"ON_TIME\"", "\"unitName\":\"乙镇\",\"standing\":\"LATE\"",
                "\"unitName\":\"县农业农村局\",\"standing\":\"MISSING\"");
        String ranking = ApiCalls.body(mvc, get("/api/periods/" + november + "/ranking"), office);
        assertThat(ranking).containsPattern("\"unitName\":\"甲镇\"[^}]*\"timeliness\":\"按时报送\"")
                .containsPattern("\"unitName\":\"乙镇\"[^}]*\"timeliness\":\"逾期报送\"");
        assertThat(onTime(taskA)).as("甲镇's standing").isTrue();
        assertThat(onTime(taskB)).as("乙镇's standing").isFalse();

        // The 报送情况一览 page and its 催办单, issued at 00:30: Beijing wall times, the county's date.
        assertThat(ApiCalls.body(mvc, post("/api/periods/" + november + "/urge"), office)).contains("县农业农村局");
        String page = ApiCalls.body(mvc, get("/urging").param("period", String.valueOf(november)), office);
        assertThat(page).contains("2026-11-25 23:10", "2026-11-26 00:10", "2026-11-26 00:30", "截止 2026-11-25")
                .doesNotContain("2026-11-25 15:10", "2026-11-25 16:10", "2026-11-25 16:30");
        long urge = jdbc.sql("select id from notice where period_id = :p").param("p", november).query(Long.class).single();
        assertThat(text(document("/notices/" + urge + "/document"))).contains("测督催〔2026〕", "截至2026年11月26日", "2026年11月25日前报送");
        // The 催办单 in OFD too, saying the same on one page.
        assertThat(OfdReading.assertSameText(document("/notices/" + urge + "/document"), document("/notices/" + urge + "/ofd")).pages())
                .hasSize(1);

        // The task page: each entry at its Beijing time, the 督办单 issued at 00:30 dated the 26th.
        assertThat(ApiCalls.body(mvc, post("/api/tasks/" + taskA + "/press"), office))
                .contains("督办单", "\"createdAt\":\"2026-11-26T00:30:00+08:00\"");
        String taskPage = ApiCalls.body(mvc, get("/progress/tasks/" + taskA), office);
        assertThat(taskPage).contains("2026-11-25 23:10", "2026-11-26").doesNotContain("2026-11-25 15:10");
        long press = jdbc.sql("select id from notice where task_id = :t").param("t", taskA).query(Long.class).single();
        assertThat(text(document("/notices/" + press + "/document"))).contains("〔2026〕", "2026年11月26日");
        OfdReading.assertSameText(document("/notices/" + press + "/document"), document("/notices/" + press + "/ofd"));
    }

    @Test
    void aSheetIssuedAtHalfPastMidnightOnNewYearsDayIsOfTheNewYear() throws Exception {
        // 2027-01-01 00:30 in Beijing is 2026-12-31 16:30 UTC.
        clock.set(LocalDateTime.of(2027, 1, 1, 0, 30));
        String issued = ApiCalls.body(mvc, post("/api/assignments").contentType("application/json").content("""
                {"matter": "元旦值守", "leadOrgId": %d, "deadline": "2027-01-05"}""".formatted(c.townA().id())), office);
        assertThat(issued).contains("〔2027〕", "\"createdAt\":\"2027-01-01T00:30:00+08:00\"");
        long id = jdbc.sql("select id from assignment where area_id = :a").param("a", c.county().id()).query(Long.class).single();
        assertThat(text(document("/assignments/" + id + "/document"))).contains("〔2027〕", "2027年1月1日").doesNotContain("2026年12月31日");
        // The 交办单 in OFD, and its download audited as the .docx's is.
        var ofd = mvc.perform(get("/assignments/" + id + "/ofd").with(TestUsers.api(office))).andReturn().getResponse();
        assertThat(ofd.getContentType()).isEqualTo("application/ofd");
        assertThat(ofd.getHeader("Content-Disposition")).startsWith("attachment;").contains(".ofd");
        OfdReading.assertSameText(document("/assignments/" + id + "/document"), ofd.getContentAsByteArray());
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :a and action = '下载' and after ->> 'path' = :p")
                .param("a", office).param("p", "/assignments/" + id + "/ofd").query(Long.class).single()).isEqualTo(1);
    }

    private long task(String number) {
        return jdbc.sql("select id from task where plan_id = :p and number = :n").param("p", plan).param("n", number)
                .query(Long.class).single();
    }

    /** A unit's report, sent and approved at these Beijing wall times, with one entry for its task. */
    private void reported(long unit, LocalDateTime submitted, LocalDateTime approved, long task) {
        long report = jdbc.sql("""
                insert into unit_report (period_id, organisation_id, state, submitted_at, approved_at)
                values (:p, :u, 'APPROVED', :s, :a) returning id""")
                .param("p", november).param("u", unit).param("s", submitted.atZone(BEIJING).toOffsetDateTime())
                .param("a", approved.atZone(BEIJING).toOffsetDateTime()).query(Long.class).single();
        jdbc.sql("""
                insert into task_entry (report_id, task_id, revision, percent_done, narrative, created_by, created_at)
                values (:r, :t, 1, 50, '按计划推进', 'test', :at)""")
                .param("r", report).param("t", task).param("at", submitted.atZone(BEIJING).toOffsetDateTime()).update();
        standings.refresh(plan);
    }

    private boolean onTime(long task) {
        return jdbc.sql("select reported_on_time from task_standing where task_id = :t and period_id = :p")
                .param("t", task).param("p", november).query(Boolean.class).single();
    }

    private byte[] document(String path) throws Exception {
        return mvc.perform(get(path).with(TestUsers.api(office))).andReturn().getResponse().getContentAsByteArray();
    }

    private static String text(byte[] docx) throws Exception {
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return String.join("\n", doc.getParagraphs().stream().map(p -> p.getText()).toList());
        }
    }
}
