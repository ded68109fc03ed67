package cn.duban.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.duban.ApiCalls;
import cn.duban.DubanTest;
import cn.duban.TestClock;
import cn.duban.TestUsers;
import cn.duban.ledger.LedgerTask;
import cn.duban.ledger.PlanRejected;
import cn.duban.ledger.Plans;
import cn.duban.ledger.Tasks;
import cn.duban.org.Organisation;
import cn.duban.org.Organisations;
import cn.duban.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 13, across three levels: a city assigns 新建高标准农田 30000亩 to its two counties; one
 * county signs for its 20000亩 and splits them between two townships; one township reports, the
 * other lets its due date pass; the city sees the sum, the worst status and, in the reason, the
 * township that did not report and the county that has not signed — typed by nobody above the
 * township. Everything through the JSON API, as a user's program would call it.
 */
@DubanTest
class LevelsFlowTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
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
    @Autowired
    Plans plans;
    @Autowired
    Tasks tasks;

    final ObjectMapper json = new ObjectMapper();
    String tag;
    Organisation city, cityOffice, county, countyOffice, townA, townB, county2;
    TestUsers.County cityUsers, countyUsers;
    long cityTask;

    @BeforeEach
    void threeLevels() {
        clock.set(LocalDate.of(2026, 5, 10));
        TestUsers.City levels = users.city();
        tag = levels.users().tag();
        city = levels.city();
        cityOffice = levels.cityOffice();
        county = levels.county();
        county2 = levels.county2();
        countyOffice = levels.countyOffice();
        townA = levels.townA();
        townB = levels.townB();
        cityUsers = levels.users();
        countyUsers = levels.users();
        long plan = jdbc.sql("insert into plan (title, year, area_id, created_by) values (:t, 2026, :a, 'test') returning id")
                .param("t", "市重点工作" + tag).param("a", city.id()).query(Long.class).single();
        cityTask = jdbc.sql("""
                insert into task (plan_id, position, number, title, deadline) values (:p, 0, '1', '新建高标准农田', '2026-12-31')
                returning id""").param("p", plan).query(Long.class).single();
        jdbc.sql("""
                insert into indicator (task_id, position, name, surface, target_value, unit, comparator, kind)
                values (:t, 0, '新建高标准农田', '30000亩', 30000, '亩', '>=', 'target')""").param("t", cityTask).update();
    }

    @AfterEach
    void clock() {
        clock.reset();
    }

    private String office(TestUsers.County c, Organisation unit) {
        return users.user(c, unit, Role.SUPERVISOR);
    }

    private static String shares(boolean exceed, Object[]... rows) {
        List<String> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add("{\"unitId\":" + r[0] + ",\"values\":[" + r[1] + "],\"deadline\":\"" + r[2] + "\"}");
        }
        return "{\"exceed\":" + exceed + ",\"requirement\":\"按时保质完成\",\"rows\":[" + String.join(",", out) + "]}";
    }

    private int postStatus(String path, String body, String user) throws Exception {
        return ApiCalls.status(mvc, post(path).contentType(MediaType.APPLICATION_JSON).content(body), user);
    }

    private JsonNode postJson(String path, String body, String user) throws Exception {
        return json.readTree(ApiCalls.body(mvc, post(path).contentType(MediaType.APPLICATION_JSON).content(body), user));
    }

    @Test
    void assignSplitReportAndTheCitySeesTheRollUp() throws Exception {
        String cityOfficer = office(cityUsers, cityOffice);
        String countyOfficer = office(countyUsers, countyOffice);
        String assign = "/api/levels/tasks/" + cityTask + "/assign";

        // Shares that do not add up are refused, and nothing is assigned.
        assertThat(postStatus(assign, shares(false, new Object[]{county.id(), 20000, "2026-11-30"},
                new Object[]{county2.id(), 9000, "2026-11-30"}), cityOfficer)).isEqualTo(422);
        assertThat(postStatus(assign, shares(false, new Object[]{county.id(), 20000, "2027-01-31"},
                new Object[]{county2.id(), 10000, "2026-11-30"}), cityOfficer)).isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from level_assignment where task_id = :t").param("t", cityTask)
                .query(Long.class).single()).isZero();
        // A county office cannot assign the city's task.
        assertThat(postStatus(assign, shares(false, new Object[]{county.id(), 30000, "2026-11-30"}), countyOfficer)).isEqualTo(404);
        postJson(assign, shares(false, new Object[]{county.id(), 20000, "2026-11-30"},
                new Object[]{county2.id(), 10000, "2026-11-30"}), cityOfficer);

        // The county office is told, and its inbox shows it; its 签收 puts the task in the county's ledger with its share.
        assertThat(ApiCalls.body(mvc, get("/api/notifications"), countyOfficer))
                .contains("待签收的上级交办：新建高标准农田", "测试市" + tag + "交办“新建高标准农田”（新建高标准农田20000亩）");
        JsonNode inbox = json.readTree(ApiCalls.body(mvc, get("/api/levels"), countyOfficer));
        JsonNode received = inbox.get("received").get(0);
        assertThat(received.get("fromArea").asText()).isEqualTo("测试市" + tag);
        assertThat(received.get("targets").asText()).isEqualTo("新建高标准农田 20000亩");
        long countyTask = postJson("/api/levels/received/" + received.get("id").asLong() + "/sign", "{}", countyOfficer)
                .get("taskId").asLong();
        assertThat(jdbc.sql("select origin_area_id from task where id = :t").param("t", countyTask).query(Long.class).single())
                .isEqualTo(city.id());
        assertThat(jdbc.sql("select target_value from indicator where task_id = :t").param("t", countyTask)
                .query(BigDecimal.class).single()).isEqualByComparingTo("20000");
        // Its quantities are the city's to change: an edit of them is refused, with the reason.
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> tasks.update(countyTask, new Tasks.TaskChange("新建高标准农田", null,
                List.of(), "", "", null, LocalDate.of(2026, 11, 30), tasks.version(countyTask),
                List.of(new LedgerTask.Indicator("新建高标准农田", "", BigDecimal.valueOf(15000), "亩", ">=",
                        "target", null, null)),
                List.of()), organisations.subtree(county.id()))))
                .isInstanceOf(PlanRejected.class).hasMessageContaining("由测试市" + tag + "确定");

        // 分解下达: parts must add up and end no later than the county's deadline.
        String split = "/api/levels/tasks/" + countyTask + "/split";
        assertThat(postStatus(split, shares(false, new Object[]{townA.id(), 12000, "2026-10-31"},
                new Object[]{townB.id(), 7000, "2026-10-31"}), countyOfficer)).isEqualTo(422);
        assertThat(postStatus(split, shares(false, new Object[]{townA.id(), 12000, "2026-12-31"},
                new Object[]{townB.id(), 8000, "2026-10-31"}), countyOfficer)).isEqualTo(422);
        assertThat(postStatus(split, shares(false, new Object[]{townA.id(), 13000, "2026-10-31"},
                new Object[]{townB.id(), 8000, "2026-10-31"}), countyOfficer)).isEqualTo(422);
        JsonNode parts = postJson(split, shares(false, new Object[]{townA.id(), 12000, "2026-10-31"},
                new Object[]{townB.id(), 8000, "2026-10-31"}), countyOfficer);
        long partA = parts.get("ids").get(0).asLong();
        assertThat(jdbc.sql("select count(*) from audit_event where action = '分解下达' and entity_id = :t").param("t", countyTask)
                .query(Long.class).single()).isEqualTo(1);

        // Each township reports its part as any task; 东镇 on time, 西镇 not at all.
        long plan = jdbc.sql("select plan_id from task where id = :t").param("t", partA).query(Long.class).single();
        ReportingPeriod may = periods.open(plan).stream().filter(p -> p.contains(LocalDate.of(2026, 5, 10))).findFirst().orElseThrow();
        long indicator = jdbc.sql("select id from indicator where task_id = :t").param("t", partA).query(Long.class).single();
        String liaison = users.user(countyUsers, townA, Role.LIAISON);
        String head = users.user(countyUsers, townA, Role.UNIT_HEAD);
        UnitReport r = fixture.as(liaison, () -> reports.open(may.id(), townA.id()));
        UnitReport sent = fixture.as(liaison, () -> reports.submit(r.id(), r.version(), UUID.randomUUID(), List.of(new LineInput(partA,
                Map.of(indicator, BigDecimal.valueOf(6000)), null, "已完成6000亩", "", "", false)), Duration.ofMinutes(2)));
        fixture.as(head, () -> reports.approve(sent.id(), UUID.randomUUID()));
        clock.set(LocalDate.of(2026, 5, 27));
        standings.refresh(plan);

        // The city sees it without anyone typing it again: the sum, the worst status, and who is behind.
        JsonNode rollup = json.readTree(ApiCalls.body(mvc, get("/api/levels/tasks/" + cityTask), cityOfficer));
        assertThat(rollup.get("quantities").get(0).get("actual").decimalValue()).isEqualByComparingTo("6000");
        assertThat(rollup.get("completion").decimalValue()).isEqualByComparingTo("20.0");
        assertThat(rollup.get("status").asText()).isEqualTo("NOT_REPORTED");
        String reason = rollup.get("reason").asText();
        assertThat(reason).startsWith("完成20%").contains("甲县未报送（西镇未报送", "乙县未报送（尚未签收）").doesNotContain("东镇");
        JsonNode countyNode = rollup.get("parts").get(0);
        assertThat(countyNode.get("name").asText()).isEqualTo("甲县");
        assertThat(countyNode.get("completion").decimalValue()).isEqualByComparingTo("30.0");
        assertThat(countyNode.get("parts").get(1).get("reason").asText()).contains("本期未报送");

        // The same on the page and in the export.
        String page = mvc.perform(get("/levels/tasks/" + cityTask).with(TestUsers.api(cityOfficer))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("东镇", "西镇", "甲县", "乙县", "6000 / 30000", "完成20%");
        byte[] xlsx = mvc.perform(get("/levels/tasks/" + cityTask + "/export").with(TestUsers.api(cityOfficer))).andReturn()
                .getResponse().getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            List<String> names = new ArrayList<>();
            for (int i = 3; i <= sheet.getLastRowNum(); i++) { // under the title, the date line and the header
                names.add(sheet.getRow(i).getCell(2).getStringCellValue().strip() + " " + sheet.getRow(i).getCell(7).getStringCellValue());
            }
            assertThat(names).containsExactly("测试市" + tag + " 未报送", "甲县 未报送", "东镇 正常推进", "西镇 未报送", "乙县 未报送");
        }

        // The parent is counted nowhere beside its parts: the county's figures are its townships'.
        assertThat(jdbc.sql("select count(*) from task_standing where task_id in (:t)").param("t", List.of(cityTask, countyTask))
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select organisation_id from period_summary where period_id = :p order by organisation_id")
                .param("p", may.id()).query(Long.class).list()).containsExactly(townA.id(), townB.id());
        // Issue 23, item 7: the city's dashboard lists every county it assigned to, the one that has not signed
        // included, and the handed-on task's parts as its roll-up gives them; the table and its lists agree on 签收.
        JsonNode cityBoard = json.readTree(ApiCalls.body(mvc, get("/api/dashboard"), cityOfficer));
        Map<String, JsonNode> areas = new HashMap<>();
        cityBoard.get("byUnit").forEach(u -> areas.put(u.get("unitName").asText(), u));
        assertThat(areas).containsKeys("甲县", "乙县").doesNotContainKey("测试市" + tag);
        assertThat(areas.get("乙县").get("unsigned").asLong()).isEqualTo(1);
        assertThat(areas.get("甲县").get("unsigned").asLong()).isZero();
        JsonNode handed = cityBoard.get("handedOn").get(0);
        assertThat(handed.get("taskId").asLong()).isEqualTo(cityTask);
        assertThat(handed.get("status").asText()).isEqualTo(rollup.get("status").asText());
        assertThat(handed.get("parts").get(1).get("name").asText()).isEqualTo("乙县");
        assertThat(handed.get("parts").get(1).get("taskId").isNull()).as("乙县's share, pending").isTrue();
        assertThat(page).contains("乙县：", "待签收").doesNotContain("乙县：新建高标准农田 10000亩，时限 2026-11-30，已签收");
        // The handed-on task shows its roll-up's status in the task list, as on its roll-up page.
        JsonNode listed = json.readTree(ApiCalls.body(mvc, get("/api/task-list"), cityOfficer));
        JsonNode row = null;
        for (JsonNode each : listed) {
            if (each.get("id").asLong() == cityTask) {
                row = each;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("status").asText()).isEqualTo(rollup.get("status").asText());
        assertThat(row.get("completion").decimalValue()).isEqualByComparingTo(rollup.get("completion").decimalValue());

        // A township's office cannot read the city's roll-up; another county's office neither.
        String otherCounty = office(new TestUsers.County(county2, county2, townA, townB, county2, tag), county2);
        assertThat(ApiCalls.status(mvc, get("/api/levels/tasks/" + cityTask), otherCounty)).isEqualTo(404);
    }

    @Test
    void theAssigningLevelDecidesOnTheReceivedTasksExtension() throws Exception {
        String cityOfficer = office(cityUsers, cityOffice);
        String countyOfficer = office(countyUsers, countyOffice);
        postJson("/api/levels/tasks/" + cityTask + "/assign", shares(false, new Object[]{county.id(), 20000, "2026-11-30"},
                new Object[]{county2.id(), 10000, "2026-11-30"}), cityOfficer);
        long id = json.readTree(ApiCalls.body(mvc, get("/api/levels"), countyOfficer)).get("received").get(0).get("id").asLong();
        long countyTask = postJson("/api/levels/received/" + id + "/sign", "{}", countyOfficer).get("taskId").asLong();
        // Signing twice is refused.
        assertThat(postStatus("/api/levels/received/" + id + "/sign", "{}", countyOfficer)).isEqualTo(422);

        String ask = "{\"taskId\":" + countyTask + ",\"proposed\":\"2026-12-20\",\"reason\":\"雨季推迟施工\"}";
        long request = postJson("/api/extensions", ask, countyOfficer).get("id").asLong();
        // The county cannot approve its own request; the city can.
        assertThat(postStatus("/api/extensions/" + request + "/approve", "{\"reason\":\"同意\"}", countyOfficer)).isEqualTo(404);
        postJson("/api/extensions/" + request + "/approve", "{\"reason\":\"同意\"}", cityOfficer);
        assertThat(jdbc.sql("select deadline from task where id = :t").param("t", countyTask).query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2026, 12, 20));

        // 调整: the county asks to change its share; it cannot decide it, the city can; both values stay on record.
        String adjust = "{\"position\":0,\"proposed\":18000,\"reason\":\"部分地块纳入生态红线，无法实施\"}";
        assertThat(postStatus("/api/levels/tasks/" + countyTask + "/adjustments", "{\"position\":0,\"proposed\":18000}", countyOfficer))
                .isEqualTo(400);
        long adjustment = postJson("/api/levels/tasks/" + countyTask + "/adjustments", adjust, countyOfficer).get("id").asLong();
        assertThat(postStatus("/api/levels/tasks/" + countyTask + "/adjustments", adjust, countyOfficer)).isEqualTo(422);
        assertThat(postStatus("/api/levels/adjustments/" + adjustment + "/approve", "{}", countyOfficer)).isEqualTo(404);
        assertThat(postStatus("/api/levels/adjustments/" + adjustment + "/refuse", "{}", cityOfficer)).isEqualTo(422);
        // The city's page offers the decision; the county's shows its request waiting, with no decision to take.
        String cityPage = mvc.perform(get("/levels").with(TestUsers.api(cityOfficer))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(cityPage).contains("approve-adjustment-" + adjustment, "20000 → 18000亩");
        String countyPage = mvc.perform(get("/levels/tasks/" + countyTask).with(TestUsers.api(countyOfficer))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(countyPage).contains("部分地块纳入生态红线，无法实施（待审批）", "adjustment-form");
        assertThat(mvc.perform(get("/levels").with(TestUsers.api(countyOfficer))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("approve-adjustment-");
        postJson("/api/levels/adjustments/" + adjustment + "/approve", "{\"reason\":\"同意，差额由市级统筹\"}", cityOfficer);
        assertThat(jdbc.sql("select target_value from indicator where task_id = :t").param("t", countyTask)
                .query(BigDecimal.class).single()).isEqualByComparingTo("18000");
        assertThat(json.readTree(ApiCalls.body(mvc, get("/api/levels"), cityOfficer)).get("adjustments").get(0).get("oldValue")
                .decimalValue()).isEqualByComparingTo("20000");
        assertThat(json.readTree(ApiCalls.body(mvc, get("/api/levels/tasks/" + cityTask), cityOfficer)).get("parts").get(0)
                .get("quantities").get(0).get("target").decimalValue()).isEqualByComparingTo("18000");
    }

    @Test
    void aWholePlanIsAssignedByShares() throws Exception {
        String cityOfficer = office(cityUsers, cityOffice);
        long plan = jdbc.sql("select plan_id from task where id = :t").param("t", cityTask).query(Long.class).single();
        jdbc.sql("insert into task (plan_id, position, number, title, deadline) values (:p, 1, '2', '建立耕地保护田长制', '2026-09-30')")
                .param("p", plan).update();
        String path = "/api/levels/plans/" + plan + "/assign";
        String body = "{\"requirement\":\"按比例落实\",\"rows\":[{\"areaId\":" + county.id() + ",\"percent\":%s},{\"areaId\":"
                + county2.id() + ",\"percent\":%s}]}";
        assertThat(postStatus(path, body.formatted("60", "30"), cityOfficer)).isEqualTo(422);
        assertThat(postJson(path, body.formatted("66.67", "33.33"), cityOfficer).get("tasks").asInt()).isEqualTo(2);
        List<String> shares = jdbc.sql("""
                select o.name || ' ' || t.title || ' ' || coalesce(trim_scale(v.target_value)::text, '—') || ' ' || a.deadline
                from level_assignment a join organisation o on o.id = a.area_id join task t on t.id = a.task_id
                left join level_assignment_target v on v.assignment_id = a.id
                where t.plan_id = :p order by t.position, o.name""").param("p", plan).query(String.class).list();
        // The last area takes the remainder, so the shares add up to the task's 30000 exactly.
        assertThat(shares).containsExactly("乙县 新建高标准农田 9999 2026-12-31", "甲县 新建高标准农田 20001 2026-12-31",
                "乙县 建立耕地保护田长制 — 2026-09-30", "甲县 建立耕地保护田长制 — 2026-09-30");
        // Assigned once: the plan has nothing left to assign.
        assertThat(postStatus(path, body.formatted("50", "50"), cityOfficer)).isEqualTo(422);
    }
}
