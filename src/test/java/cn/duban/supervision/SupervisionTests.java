package cn.duban.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.duban.DubanTest;
import cn.duban.TestClock;
import cn.duban.TestImages;
import cn.duban.TestUsers;
import cn.duban.progress.Dashboards;
import cn.duban.reminders.ReminderJob;
import cn.duban.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Supervision on PostgreSQL: an inspection's finding through report, return, report and 销号;
 * 整改完成率; the repeat-inspection warning; a 调度会 changing the ledger with audit records;
 * overdue items in reminders and the 红黑榜; the problems list; who may see and do what.
 */
@DubanTest
class SupervisionTests {

    static final byte[] PHOTO = TestImages.jpeg();

    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Inspections inspections;
    @Autowired
    Rectifications rectifications;
    @Autowired
    MeetingActions actions;
    @Autowired
    Problems problems;
    @Autowired
    TestClock clock;
    @Autowired
    ReminderJob reminders;
    @Autowired
    MockMvc mvc;
    @Autowired
    Dashboards dashboards;

    TestUsers.County c;
    Set<Long> areaUnits;
    long plan;
    long task;

    @BeforeEach
    void county() {
        c = users.county();
        areaUnits = Set.of(c.county().id(), c.office().id(), c.townA().id(), c.townB().id(), c.department().id());
        plan = jdbc.sql("insert into plan (title, year, area_id, created_by) values ('重点项目', 2025, :a, 'test') returning id")
                .param("a", c.county().id()).query(Long.class).single();
        task = jdbc.sql("""
                insert into task (plan_id, position, number, title, lead_org_id, deadline)
                values (:p, 0, '1', '污水处理厂建设', :u, '2025-09-30') returning id""")
                .param("p", plan).param("u", c.townA().id()).query(Long.class).single();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Inspection inspect(LocalDate day, InspectionKind kind, boolean confirm) {
        return inspections.record(c.county().id(), areaUnits, new Inspections.NewInspection(day, kind, "重点项目现场督查",
                "王副县长", "督查室 张明", "施工进度滞后于计划", List.of(c.townA().id()), List.of(task), confirm), "office");
    }

    private Finding finding(Inspection i, String what, LocalDate deadline) {
        return rectifications.find(i, areaUnits, new Rectifications.NewFinding(what, "项目进度", c.townA().id(), "李镇长",
                deadline, "整改前后照片", List.of(task)), "office");
    }

    private long audits(String action, long finding) {
        return jdbc.sql("select count(*) from audit_event where entity = 'finding' and entity_id = :f and action = :a")
                .param("f", finding).param("a", action).query(Long.class).single();
    }

    @Test
    void aFindingGoesThroughReportReturnReportAndClosing() {
        Inspection i = inspect(LocalDate.of(2025, 6, 3), InspectionKind.INSPECTION, false);
        Finding f = finding(i, "施工围挡不规范", LocalDate.of(2025, 6, 30));
        assertThat(f.state()).isEqualTo(FindingState.OPEN);
        assertThat(rectifications.taskTitles(f.id())).containsExactly("污水处理厂建设");

        Finding reported = rectifications.report(f.id(), f.version(), "已重新设置围挡", List.of(), "liaison");
        assertThat(reported.state()).isEqualTo(FindingState.REPORTED);
        assertThatThrownBy(() -> rectifications.close(f.id(), "office"))
                .isInstanceOf(SupervisionRejected.class).hasMessageContaining("销号须有整改佐证材料");
        Finding returned = rectifications.giveBack(f.id(), "请补充整改后照片");
        assertThat(returned.state()).isEqualTo(FindingState.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("请补充整改后照片");

        Finding again = rectifications.report(f.id(), returned.version(), "已补充照片",
                List.of(Map.entry("整改后.jpg", PHOTO)), "liaison");
        Finding closed = rectifications.close(again.id(), "office");
        assertThat(closed.state()).isEqualTo(FindingState.CLOSED);
        assertThat(closed.closedBy()).isEqualTo("office");

        assertThat(rectifications.reports(f.id())).extracting(Rectifications.Report::narrative).containsExactly("已重新设置围挡", "已补充照片");
        assertThat(rectifications.reports(f.id()).get(1).files()).singleElement()
                .satisfies(file -> assertThat(file.sha256()).hasSize(64));
        for (String action : List.of("新增整改事项", "报送整改情况", "退回整改", "整改销号")) {
            assertThat(audits(action, f.id())).as(action).isPositive();
        }
        assertThatThrownBy(() -> jdbc.sql("update rectification_report set narrative = 'x' where finding_id = :f")
                .param("f", f.id()).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> rectifications.report(f.id(), closed.version(), "再报", List.of(), "liaison"))
                .isInstanceOf(SupervisionRejected.class).hasMessageContaining("已销号");
    }

    @Test
    void theRateIsClosedOverAllAndOverdueItemsAreCounted() {
        Inspection i = inspect(LocalDate.of(2025, 6, 3), InspectionKind.INSPECTION, false);
        Finding one = finding(i, "围挡不规范", LocalDate.of(2025, 6, 30));
        finding(i, "扬尘治理不到位", LocalDate.of(2025, 6, 20));
        rectifications.report(one.id(), one.version(), "已整改", List.of(Map.entry("照片.jpg", PHOTO)), "liaison");
        rectifications.close(one.id(), "office");

        List<Rectifications.Rate> rates = rectifications.rates(List.of(c.county().id()), LocalDate.of(2025, 7, 1));
        assertThat(rates).singleElement().satisfies(r -> {
            assertThat(r.unitName()).isEqualTo("甲镇");
            assertThat(r.total()).isEqualTo(2);
            assertThat(r.closed()).isEqualTo(1);
            assertThat(r.overdue()).isEqualTo(1);
            assertThat(r.rate()).isEqualByComparingTo("50.0");
        });
        assertThat(rectifications.areaRate(List.of(c.county().id()), LocalDate.of(2025, 7, 1)).orElseThrow().rate())
                .isEqualByComparingTo("50.0");
    }

    @Test
    void aTaskInspectedRecentlyWarnsUntilConfirmed() {
        inspect(LocalDate.of(2025, 6, 3), InspectionKind.INSPECTION, false);
        assertThatThrownBy(() -> inspect(LocalDate.of(2025, 6, 20), InspectionKind.SURVEY, false))
                .isInstanceOf(RepeatInspection.class)
                .hasMessageContaining("任务“污水处理厂建设”近期已被督查 1 次，最近一次 2025-06-03")
                .hasMessageContaining("单位“甲镇”");
        long before = jdbc.sql("select count(*) from inspection where area_id = :a").param("a", c.county().id()).query(Long.class).single();
        assertThat(before).isEqualTo(1);

        Inspection confirmed = inspect(LocalDate.of(2025, 6, 20), InspectionKind.SURVEY, true);
        String audit = jdbc.sql("select after::text from audit_event where entity = 'inspection' and entity_id = :i")
                .param("i", confirmed.id()).query(String.class).single();
        assertThat(audit).contains("repeatConfirmed");
        // Past the window, no warning.
        inspect(LocalDate.of(2025, 7, 25), InspectionKind.INSPECTION, false);
    }

    @Test
    void aDispatchMeetingChangesTheLedgerWithAuditRecords() {
        Inspection meeting = inspect(LocalDate.of(2025, 6, 3), InspectionKind.DISPATCH, false);
        MeetingActions.Action moved = actions.moveDeadline(meeting, task, LocalDate.of(2025, 10, 31), "office");
        assertThat(moved.decision()).contains("2025-09-30", "2025-10-31");
        assertThat(jdbc.sql("select deadline from task where id = :t").param("t", task).query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2025, 10, 31));
        String audit = jdbc.sql(
                "select (before ->> 'deadline') || '→' || (after ->> 'deadline') || '|' || (after ->> 'decidedAt') from audit_event where entity = 'task' and entity_id = :t and action = '调整完成时限'")
                .param("t", task).query(String.class).single();
        assertThat(audit).startsWith("2025-09-30→2025-10-31|2025-06-03 调度会");

        MeetingActions.Action added = actions.newTask(meeting, plan, "增设临时污水处理设施", c.townB().id(), areaUnits,
                LocalDate.of(2025, 8, 31), "office");
        assertThat(jdbc.sql("select title || '|' || lead_org_id || '|' || position from task where id = :t").param("t", added.taskId())
                .query(String.class).single()).isEqualTo("增设临时污水处理设施|" + c.townB().id() + "|1");
        assertThat(jdbc.sql("select count(*) from audit_event where entity = 'task' and entity_id = :t and action in ('新增任务', '会议新增任务')")
                .param("t", added.taskId()).query(Long.class).single()).isEqualTo(2);
        assertThat(actions.of(meeting.id())).hasSize(2);
        assertThat(jdbc.sql("select count(*) from audit_event where entity = 'inspection' and entity_id = :i and action = '调度会决定'")
                .param("i", meeting.id()).query(Long.class).single()).isEqualTo(2);

        Inspection visit = inspect(LocalDate.of(2025, 8, 3), InspectionKind.INSPECTION, true);
        assertThatThrownBy(() -> actions.moveDeadline(visit, task, LocalDate.of(2025, 12, 31), "office"))
                .isInstanceOf(SupervisionRejected.class).hasMessageContaining("只有调度会");
    }

    @Test
    void overdueItemsAreRemindedRedAndListedAsProblems() {
        Inspection i = inspect(LocalDate.of(2025, 6, 3), InspectionKind.INSPECTION, false);
        Finding f = finding(i, "扬尘治理不到位", LocalDate.of(2025, 6, 20));
        clock.set(LocalDate.of(2025, 6, 25));
        reminders.runOnce();
        assertThat(jdbc.sql(
                "select grade || '|' || title from notification where organisation_id = :u and dedupe_key like 'rectification-overdue:%'")
                .param("u", c.townA().id()).query(String.class).list()).containsExactly("RED|整改超期：扬尘治理不到位");

        List<Problems.UnitProblems> list = problems.of(List.of(c.county().id()), 2025, LocalDate.of(2025, 6, 25));
        assertThat(list).singleElement().satisfies(u -> {
            assertThat(u.unitName()).isEqualTo("甲镇");
            assertThat(u.byTheme().get("项目进度")).extracting(Problems.Item::text).containsExactly("扬尘治理不到位（整改已超期）");
        });
        assertThat(f.id()).isPositive();
    }

    @Test
    void anOverdueItemCostsItsUnitFivePointsOnTheRanking() {
        Inspection i = inspect(LocalDate.of(2025, 6, 3), InspectionKind.INSPECTION, false);
        finding(i, "扬尘治理不到位", LocalDate.of(2025, 6, 20));
        clock.set(LocalDate.of(2025, 6, 10));
        reminders.runOnce(); // opens the plan's periods
        long june = jdbc.sql("select id from reporting_period where plan_id = :p and starts = '2025-06-01'").param("p", plan)
                .query(Long.class).single();
        long indicator = jdbc.sql("""
                insert into indicator (task_id, position, name, target_value, unit, comparator, kind)
                values (:t, 0, '进度', 100, '%', '>=', 'target') returning id""").param("t", task).query(Long.class).single();
        long report = jdbc.sql("""
                insert into unit_report (period_id, organisation_id, state, approved_at)
                values (:p, :u, 'APPROVED', '2025-06-10') returning id""")
                .param("p", june).param("u", c.townA().id()).query(Long.class).single();
        long entry = jdbc.sql(
                "insert into task_entry (report_id, task_id, revision, narrative, created_by) values (:r, :t, 1, '过半', 't') returning id")
                .param("r", report).param("t", task).query(Long.class).single();
        jdbc.sql("insert into entry_value (entry_id, indicator_id, actual) values (:e, :i, 50)").param("e", entry).param("i", indicator)
                .update();
        clock.set(LocalDate.of(2025, 6, 28));
        reminders.runOnce();

        var ranked = dashboards.ranking(june).ranked();
        assertThat(ranked).singleElement().satisfies(r -> {
            assertThat(r.overdueRectifications()).isEqualTo(1);
            // 70% × 50 + 30% × 100 (on time) − 5 for the overdue item
            assertThat(r.score()).isEqualByComparingTo("60.0");
        });
    }

    @Test
    void unitsSeeTheirOwnItemsAndOnlyTheOfficeDecides() throws Exception {
        Inspection i = inspect(LocalDate.of(2025, 6, 3), InspectionKind.INSPECTION, false);
        Finding f = finding(i, "台账资料不全", LocalDate.of(2025, 6, 30));
        String townA = users.user(c, c.townA(), Role.LIAISON);
        String townB = users.user(c, c.townB(), Role.LIAISON);
        String office = users.user(c, c.office(), Role.SUPERVISOR);
        TestUsers.County other = users.county();
        String foreignOffice = users.user(other, other.office(), Role.SUPERVISOR);

        assertThat(body(get("/api/rectifications"), townA)).contains("台账资料不全");
        assertThat(body(get("/api/rectifications"), townB)).doesNotContain("台账资料不全");
        assertThat(status(get("/rectifications/" + f.id()), townB)).isEqualTo(404);
        assertThat(status(get("/api/inspections/" + i.id()), foreignOffice)).isEqualTo(404);
        assertThat(status(post("/api/rectifications/" + f.id() + "/reports").contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"narrative\":\"越权报送\"}"), townB)).isEqualTo(404);
        assertThat(status(post("/api/rectifications/" + f.id() + "/close"), townA)).isEqualTo(403);
        assertThat(status(post("/api/rectifications/" + f.id() + "/reports").contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"narrative\":\"已补齐资料\"}"), townA)).isEqualTo(200);
        assertThat(status(post("/api/rectifications/" + f.id() + "/close"), foreignOffice)).isEqualTo(404);
        var refused = mvc.perform(post("/api/rectifications/" + f.id() + "/close").with(TestUsers.api(office)))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("销号须有整改佐证材料");
        var repeat = mvc.perform(post("/api/inspections").with(TestUsers.api(office)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"heldOn":"2025-06-10","kind":"INSPECTION","title":"复查","ledBy":"王副县长","unitIds":[%d]}"""
                        .formatted(c.townA().id())))
                .andReturn().getResponse();
        assertThat(repeat.getStatus()).isEqualTo(409);
        assertThat(repeat.getContentAsString(StandardCharsets.UTF_8)).contains("\"repeats\"", "甲镇");
    }

    private int status(MockHttpServletRequestBuilder r, String user) throws Exception {
        return mvc.perform(r.with(TestUsers.api(user))).andReturn().getResponse().getStatus();
    }

    private String body(MockHttpServletRequestBuilder r, String user) throws Exception {
        return mvc.perform(r.with(TestUsers.api(user))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aFindingDueBeforeTheInspectionIsRefusedKeepingWhatWasTyped() throws Exception {
        String office = users.user(c, c.office(), Role.SUPERVISOR);
        String made = body(post("/api/inspections").contentType(MediaType.APPLICATION_JSON).content("""
                {"heldOn":"2025-06-10","kind":"INSPECTION","title":"现场督查","ledBy":"王副县长","unitIds":[%d]}""".formatted(c.townA().id())),
                office);
        long inspection = Long.parseLong(made.replaceAll("^\\{\"id\":(\\d+).*", "$1"));
        var session = TestUsers.signedIn(mvc, office);
        var page = mvc.perform(post("/inspections/" + inspection + "/findings").session(session)
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .param("description", "施工围挡不规范，扬尘治理不到位").param("unit", String.valueOf(c.townA().id()))
                .param("deadline", "2025-05-01").param("responsiblePerson", "张三").param("requiredEvidence", "整改前后照片"))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(422);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("不早于督查日期", "施工围挡不规范，扬尘治理不到位",
                "value=\"2025-05-01\"", "value=\"张三\"", "整改前后照片", "is-invalid");
        assertThat(jdbc.sql("select count(*) from finding where inspection_id = :i").param("i", inspection).query(Long.class).single())
                .isZero();
    }
}
