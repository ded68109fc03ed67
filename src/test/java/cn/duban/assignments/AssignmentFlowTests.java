package cn.duban.assignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.duban.ApiCalls;
import cn.duban.DocumentRendering;
import cn.duban.DubanTest;
import cn.duban.TestClock;
import cn.duban.TestUsers;
import cn.duban.ledger.Plans;
import cn.duban.security.Role;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12 on PostgreSQL: a leader's 批示 becomes a 交办事项 with its 文号 and 交办单, the unit
 * 签收s, reports and asks for 办结, the office closes it, and the leader sees the outcome on his
 * page; a unit's 延期申请 approved moves the deadline the status counts by; forms refused keep
 * what was typed and change nothing.
 */
@DubanTest
class AssignmentFlowTests {

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

    TestUsers.County c;
    String office;
    String leader;
    String townA;
    String townHeadA;
    String townB;
    long task;
    int year;

    @BeforeEach
    void county() {
        clock.set(LocalDate.of(2026, 3, 2));
        year = 2026;
        c = users.county();
        office = users.user(c, c.office(), Role.SUPERVISOR);
        leader = users.user(c, c.county(), Role.LEADER);
        townA = users.user(c, c.townA(), Role.LIAISON);
        townHeadA = users.user(c, c.townA(), Role.UNIT_HEAD);
        townB = users.user(c, c.townB(), Role.LIAISON);
        String leaderName = jdbc.sql("select display_name from app_user where username = :u").param("u", leader).query(String.class)
                .single();
        long plan = tx.execute(s -> plans.create("测试计划" + c.tag(), year, c.county().id(), "t.txt", c.tag(), "", "test",
                List.of(new Plans.NewTask("1", "农村人居环境整治", "", c.townA().id(), List.of(), LocalDate.of(2026, 3, 31),
                        List.of(), null, null, leaderName, ""))));
        task = jdbc.sql("select id from task where plan_id = :p").param("p", plan).query(Long.class).single();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anInstructionIsAssignedSignedReportedAndClosedAndTheLeaderSeesTheOutcome() throws Exception {
        // 责任领导 is the leader's account: the task is on his page.
        assertThat(ApiCalls.body(mvc, get("/api/leader/tasks"), leader)).contains("农村人居环境整治");
        assertThat(ApiCalls.body(mvc, get("/leader"), leader)).as("the latest period's standing, not the first's")
                .contains("2026年3月").doesNotContain("2026年1月");

        String written = ApiCalls.body(mvc, post("/api/instructions").contentType(MediaType.APPLICATION_JSON).content("""
                {"subjectKind":"TASK","subjectId":%d,"text":"请甲镇月底前拿出整改方案，督查室跟踪督办。"}""".formatted(task)), leader);
        long instruction = Long.parseLong(written.replaceAll("^\\{\"id\":(\\d+).*", "$1"));
        assertThat(ApiCalls.body(mvc, get("/assignments"), office)).contains("待交办的领导批示", "请甲镇月底前拿出整改方案");

        // The office issues it from the page form.
        var session = TestUsers.signedIn(mvc, office);
        MockHttpServletResponse issued = mvc.perform(post("/instructions/" + instruction + "/assign").session(session).with(csrf())
                .param("matter", "农村人居环境整治方案").param("basis", "").param("leadOrgId", String.valueOf(c.townA().id()))
                .param("coUnitIds", String.valueOf(c.department().id())).param("deadline", "2026-03-31")
                .param("requirement", "3月31日前报送整改方案")).andReturn().getResponse();
        assertThat(issued.getStatus()).as(issued.getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("(?s).*(<div class=\"(invalid-feedback|alert alert-danger)[^<]*<[^<]*).*", "$1")).isEqualTo(302);
        long id = Long.parseLong(issued.getRedirectedUrl().replaceAll(".*/", ""));
        String number = jdbc.sql("select number from assignment where id = :id").param("id", id).query(String.class).single();
        assertThat(number).as("文号 from the office's sequence of the year").isEqualTo("测督交〔2026〕1号");
        assertThat(jdbc.sql("select basis from assignment where id = :id").param("id", id).query(String.class).single())
                .as("a 交办事项 made from a 批示 names it as its basis").contains("批示", "请甲镇月底前");

        // The 交办单 is a .docx holding the 文号, the matter and the units.
        byte[] sheet = mvc.perform(get("/assignments/" + id + "/document").with(TestUsers.api(townA))).andReturn().getResponse()
                .getContentAsByteArray();
        try (var doc = new XWPFDocument(new ByteArrayInputStream(sheet))) {
            String text = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains("交办单", "测督交〔2026〕1号", "农村人居环境整治方案", "牵头单位：甲镇", "配合单位：县农业农村局",
                    "办理时限：2026年3月31日", "签收人");
        }
        DocumentRendering.render(sheet, "assignment-sheet");

        // Only the lead unit signs; the unit that helps may read it, not act on it.
        assertThat(ApiCalls.status(mvc, post("/api/assignments/" + id + "/sign"), townB)).isEqualTo(422);
        assertThat(ApiCalls.status(mvc, post("/api/assignments/" + id + "/progress").contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"先报送\"}"), townA)).as("report before 签收").isEqualTo(422);
        assertThat(ApiCalls.body(mvc, post("/api/assignments/" + id + "/sign"), townA)).contains("\"state\":\"SIGNED\"");
        assertThat(ApiCalls.status(mvc, post("/api/assignments/" + id + "/sign"), townHeadA)).as("signed once").isEqualTo(422);
        ApiCalls.body(mvc, post("/api/assignments/" + id + "/progress").contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"已完成村庄清洁行动，整改方案初稿已成。\"}"), townA);
        ApiCalls.body(mvc, post("/api/assignments/" + id + "/closing").contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"整改方案已印发，申请办结。\"}"), townHeadA);
        // Returned once, then closed.
        assertThat(ApiCalls.status(mvc,
                post("/api/assignments/" + id + "/return").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"\"}"),
                office)).as("a return says why").isEqualTo(400);
        ApiCalls.body(mvc, post("/api/assignments/" + id + "/return").contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"请附印发文件。\"}"), office);
        ApiCalls.body(mvc, post("/api/assignments/" + id + "/closing").contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"已附印发文件，申请办结。\"}"), townA);
        assertThat(ApiCalls.body(mvc, post("/api/assignments/" + id + "/close"), office)).contains("\"state\":\"CLOSED\"");

        String leaderPage = ApiCalls.body(mvc, get("/leader"), leader);
        assertThat(leaderPage).contains("农村人居环境整治", "请甲镇月底前拿出整改方案", "已办结", "测督交〔2026〕1号",
                "已附印发文件，申请办结。");
        assertThat(ApiCalls.body(mvc, get("/api/instructions"), leader)).contains("\"state\":\"CLOSED\"");
        assertThat(jdbc.sql("select action from audit_event where entity = 'assignment' and entity_id = :id order by id")
                .param("id", id).query(String.class).list())
                .containsExactly("交办", "签收", "报送办理情况", "申请办结", "退回办结申请", "申请办结", "办结");

        // The next document of the office takes the next number.
        String second = ApiCalls.body(mvc, post("/api/assignments").contentType(MediaType.APPLICATION_JSON).content("""
                {"matter":"春耕备耕","leadOrgId":%d,"deadline":"2026-04-15"}""".formatted(c.townB().id())), office);
        assertThat(second).contains("测督交〔2026〕2号");
    }

    @Test
    void anApprovedExtensionMovesTheDeadlineTheStatusCountsByAndKeepsBothDates() throws Exception {
        // Past the deadline: the task is overdue until the extension is approved.
        clock.set(LocalDate.of(2026, 4, 3));
        assertThat(ApiCalls.status(mvc, post("/api/extensions").contentType(MediaType.APPLICATION_JSON).content("""
                {"taskId":%d,"reason":"受持续降雨影响，施工无法进场。","proposed":"2026-03-20"}""".formatted(task)), townA))
                .as("a date already past").isEqualTo(400);
        assertThat(ApiCalls.status(mvc, post("/api/extensions").contentType(MediaType.APPLICATION_JSON).content("""
                {"taskId":%d,"reason":"不是本单位的任务","proposed":"2026-05-31"}""".formatted(task)), townB))
                .as("only the lead unit asks").isEqualTo(422);
        String applied = ApiCalls.body(mvc, post("/api/extensions").contentType(MediaType.APPLICATION_JSON).content("""
                {"taskId":%d,"reason":"受持续降雨影响，施工无法进场。","proposed":"2026-05-31"}""".formatted(task)), townA);
        long id = Long.parseLong(applied.replaceAll("^\\{\"id\":(\\d+).*", "$1"));
        assertThat(ApiCalls.status(mvc, post("/api/extensions").contentType(MediaType.APPLICATION_JSON).content("""
                {"taskId":%d,"reason":"再申请一次","proposed":"2026-06-30"}""".formatted(task)), townA))
                .as("one open request per task").isEqualTo(422);
        assertThat(ApiCalls.status(mvc,
                post("/api/extensions/" + id + "/refuse").contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}"),
                office)).as("a refusal says why").isEqualTo(422);

        var session = TestUsers.signedIn(mvc, office);
        assertThat(mvc.perform(post("/extensions/" + id + "/approve").session(session).with(csrf()).param("reason", "同意"))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select deadline from task where id = :t").param("t", task).query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2026, 5, 31));
        String list = ApiCalls.body(mvc, get("/api/extensions"), townA);
        assertThat(list).contains("\"oldDeadline\":\"2026-03-31\"", "\"proposed\":\"2026-05-31\"", "\"state\":\"APPROVED\"");
        assertThat(ApiCalls.body(mvc, get("/progress/tasks/" + task), townA)).contains("原时限 2026-03-31，申请延至 2026-05-31：已批准");
        long plan = jdbc.sql("select plan_id from task where id = :t").param("t", task).query(Long.class).single();
        assertThat(ApiCalls.body(mvc, get("/plans/" + plan), office)).as("the ledger shows both dates").contains("2026-05-31",
                "原定 2026-03-31，经批准延期");
        assertThat(jdbc.sql(
                "select action from audit_event where (entity = 'extension_request' and entity_id = :e) or (entity = 'task' and entity_id = :t) order by id")
                .param("e", id).param("t", task).query(String.class).list())
                .contains("申请延期", "批准延期", "调整完成时限");
    }

    @Test
    void aLeaderInstructsOnAReportAFindingAndABulletinOfHisAreaOnly() throws Exception {
        long period = jdbc.sql("""
                select rp.id from reporting_period rp join task t on t.plan_id = rp.plan_id
                where t.id = :t and rp.starts = '2026-02-01'""")
                .param("t", task).query(Long.class).single();
        long report = jdbc.sql("insert into unit_report (period_id, organisation_id) values (:p, :u) returning id")
                .param("p", period).param("u", c.townA().id()).query(Long.class).single();
        long inspection = jdbc.sql("""
                insert into inspection (area_id, held_on, kind, title, led_by, created_by)
                values (:a, '2026-02-10', 'INSPECTION', '现场督查', '王副县长', 'test') returning id""")
                .param("a", c.county().id()).query(Long.class).single();
        long finding = jdbc.sql("""
                insert into finding (inspection_id, description, unit_id, deadline, created_by)
                values (:i, '施工围挡不规范', :u, '2026-03-31', 'test') returning id""")
                .param("i", inspection).param("u", c.townA().id()).query(Long.class).single();
        long bulletin = jdbc.sql("""
                insert into generated_document (kind, period_id, snapshot_at, title, file_name, sha256, content, created_by)
                values ('BULLETIN', :p, now(), '关于2月推进情况的通报', 'x.docx', 'x', '\\x00', 'test') returning id""")
                .param("p", period).query(Long.class).single();
        for (var subject : List.of(List.of("REPORT", report, "甲镇 2026年2月报送"), List.of("FINDING", finding, "施工围挡不规范"),
                List.of("BULLETIN", bulletin, "关于2月推进情况的通报"))) {
            String written = ApiCalls.body(mvc, post("/api/instructions").contentType(MediaType.APPLICATION_JSON).content("""
                    {"subjectKind":"%s","subjectId":%d,"text":"请抓紧办理。"}""".formatted(subject.get(0), subject.get(1))), leader);
            assertThat(written).contains("\"subjectTitle\":\"" + subject.get(2) + "\"");
        }
        TestUsers.County other = users.county();
        String foreignLeader = users.user(other, other.county(), Role.LEADER);
        var refused = mvc.perform(post("/api/instructions").with(TestUsers.api(foreignLeader)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"subjectKind\":\"FINDING\",\"subjectId\":" + finding + ",\"text\":\"越界批示\"}")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentType()).contains("application/problem+json");
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("不在本县范围内");
    }

}
