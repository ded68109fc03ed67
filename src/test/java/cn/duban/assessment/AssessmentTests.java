package cn.duban.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.duban.ApiCalls;
import cn.duban.DubanTest;
import cn.duban.OfdReading;
import cn.duban.TestClock;
import cn.duban.TestUsers;
import cn.duban.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 13's 考核, on a year of scenario standings with scores worked out by hand:
 *
 * <pre>
 * scheme: 完成70 + 及时 30; plan 甲 weight 60, plan 乙 weight 40; quarterly lists of 1
 * 甲镇:  甲 80% on time every month → 56 + 30 = 86; 乙 100% on time → 100
 *        base (60×86 + 40×100) / 100 = 91.6 every month; 通报表扬 +1 (March)      → 92.60
 *        (甲's standings expect 100 %, so against schedule it is still 80 %)
 * 乙镇:  甲 50% where 62.5% was expected by then (80 % of schedule), on time in odd months only
 *        → 56 + 30 = 86 (odd) / 56 (even); 乙 70%, nothing expected, on time → 49 + 30 = 79
 *        base odd (5160 + 3160) / 100 = 83.2, even (3360 + 3160) / 100 = 65.2; mean 74.2
 *        督查发现问题 −0.5 (February), 约谈 −2 (May); +3 entered then withdrawn   → 71.70
 * 农业农村局: only 甲; January not reported (0, late) → 0; then 90% on time → 63 + 30 = 93
 *        mean (0 + 11 × 93) / 12 = 85.25; 问责 −5 (June)                          → 80.25
 * Q1 乡镇: 甲镇 91.6 + 1 = 92.60 (奖); 乙镇 (83.2 + 65.2 + 83.2) / 3 − 0.5 = 76.70 (惩)
 * </pre>
 */
@DubanTest
class AssessmentTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    final ObjectMapper json = new ObjectMapper();
    TestUsers.County c;
    String office;
    long planA, planB;

    @BeforeEach
    void aYearOfStandings() {
        clock.set(LocalDate.of(2027, 1, 10));
        c = users.county();
        office = users.user(c, c.office(), Role.SUPERVISOR);
        planA = plan("甲计划");
        planB = plan("乙计划");
        long a1 = task(planA, c.townA().id()), b1 = task(planA, c.townB().id()), d1 = task(planA, c.department().id());
        long a2 = task(planB, c.townA().id()), b2 = task(planB, c.townB().id());
        Map<Long, Map<Integer, Long>> periods = new HashMap<>();
        for (long plan : new long[]{planA, planB}) {
            for (int m = 1; m <= 12; m++) {
                LocalDate starts = LocalDate.of(2026, m, 1);
                periods.computeIfAbsent(plan, k -> new HashMap<>()).put(m, jdbc.sql("""
                        insert into reporting_period (plan_id, starts, ends, due, label) values (:p, :s, :e, :d, :l) returning id""")
                        .param("p", plan).param("s", starts).param("e", starts.plusMonths(1).minusDays(1))
                        .param("d", starts.withDayOfMonth(25)).param("l", "2026年" + m + "月").query(Long.class).single());
            }
        }
        for (int m = 1; m <= 12; m++) {
            standing(a1, periods.get(planA).get(m), c.townA().id(), 80, "100", true);
            standing(a2, periods.get(planB).get(m), c.townA().id(), 100, null, true);
            standing(b1, periods.get(planA).get(m), c.townB().id(), 50, "62.5", m % 2 == 1);
            standing(b2, periods.get(planB).get(m), c.townB().id(), 70, null, true);
            standing(d1, periods.get(planA).get(m), c.department().id(), m == 1 ? null : 90, null, m != 1);
        }
        // Frozen, as a year's periods are by its end: nothing recomputes them under the test.
        jdbc.sql("update reporting_period set frozen_at = now(), frozen_by = 'test' where plan_id in (:p)")
                .param("p", List.of(planA, planB)).update();
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    private long plan(String title) {
        return jdbc.sql("insert into plan (title, year, area_id, created_by) values (:t, 2026, :a, 'test') returning id")
                .param("t", title + c.tag()).param("a", c.county().id()).query(Long.class).single();
    }

    private long task(long plan, long unit) {
        return jdbc.sql("insert into task (plan_id, position, number, title, lead_org_id) values (:p, 0, '1', '任务', :u) returning id")
                .param("p", plan).param("u", unit).query(Long.class).single();
    }

    private void standing(long task, long period, long unit, Integer completion, String expected, boolean onTime) {
        jdbc.sql("""
                insert into task_standing (task_id, period_id, organisation_id, status, completion, expected, reason,
                                           reported_on_time, computed_on)
                values (:t, :p, :u, :s, :c, :e, '测试', :o, '2027-01-01')""")
                .param("t", task).param("p", period).param("u", unit).param("s", completion == null ? "NOT_REPORTED" : "ON_TRACK")
                .param("c", completion).param("e", expected == null ? null : new BigDecimal(expected)).param("o", onTime).update();
    }

    private JsonNode call(MockHttpServletRequestBuilder r) throws Exception {
        return json.readTree(ApiCalls.body(mvc, r, office));
    }

    private int status(MockHttpServletRequestBuilder r) throws Exception {
        return ApiCalls.status(mvc, r, office);
    }

    private static MockHttpServletRequestBuilder item(long unit, String kind, String points,
            String day, String basis) {
        return post("/api/assessment/items?year=2026").contentType(MediaType.APPLICATION_JSON).content("{\"organisationId\":" + unit
                + ",\"kind\":\"" + kind + "\",\"points\":" + points + ",\"occurredOn\":\"" + day + "\",\"basis\":\"" + basis + "\"}");
    }

    @Test
    void scoresRanksAndListsAsWorkedOutByHand() throws Exception {
        String scheme = "{\"title\":\"2026年度目标任务综合考核方案\",\"completionPoints\":70,\"timelinessPoints\":%s,\"rewardCount\":1,"
                + "\"plans\":[{\"planId\":" + planA + ",\"weight\":60},{\"planId\":" + planB + ",\"weight\":40}]}";
        // Points that do not make 100 are refused, and no scheme is made.
        assertThat(status(put("/api/assessment/scheme?year=2026").contentType(MediaType.APPLICATION_JSON)
                .content(scheme.formatted("20")))).isEqualTo(422);
        assertThat(call(get("/api/assessment?year=2026")).get("scheme").isNull()).isTrue();
        call(put("/api/assessment/scheme?year=2026").contentType(MediaType.APPLICATION_JSON).content(scheme.formatted("30")));

        call(item(c.townA().id(), "PRAISE", "1", "2026-03-12", "县政府通报表扬〔2026〕3号"));
        call(item(c.townB().id(), "PROBLEM", "-0.5", "2026-02-20", "现场督查发现台账不实"));
        call(item(c.townB().id(), "INTERVIEW", "-2", "2026-05-08", "项目推进滞后被约谈"));
        call(item(c.department().id(), "ACCOUNTABILITY", "-5", "2026-06-30", "虚报进度被问责"));
        long wrong = call(item(c.townB().id(), "PRAISE", "3", "2026-04-01", "误录")).get("id").asLong();
        call(post("/api/assessment/items/" + wrong + "/withdraw?year=2026").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"录入错误\"}"));
        // A praise that deducts, an item without its basis, a day outside the year: refused.
        assertThat(status(item(c.townA().id(), "PRAISE", "-1", "2026-03-12", "依据"))).isEqualTo(422);
        assertThat(status(item(c.townA().id(), "PRAISE", "1", "2026-03-12", ""))).isEqualTo(400);
        assertThat(status(item(c.townA().id(), "PRAISE", "1", "2025-12-31", "依据"))).isEqualTo(422);

        JsonNode a = call(get("/api/assessment?year=2026"));
        Map<String, JsonNode> byName = new HashMap<>();
        a.get("result").get("units").forEach(u -> byName.put(u.get("name").asText(), u));
        assertThat(byName.get("甲镇").get("base").decimalValue()).isEqualByComparingTo("91.60");
        assertThat(byName.get("甲镇").get("total").decimalValue()).isEqualByComparingTo("92.60");
        assertThat(byName.get("乙镇").get("base").decimalValue()).isEqualByComparingTo("74.20");
        assertThat(byName.get("乙镇").get("total").decimalValue()).isEqualByComparingTo("71.70");
        assertThat(byName.get("县农业农村局").get("base").decimalValue()).isEqualByComparingTo("85.25");
        assertThat(byName.get("县农业农村局").get("total").decimalValue()).isEqualByComparingTo("80.25");
        // 乡镇 and 县直部门 ranked apart.
        assertThat(byName.get("甲镇").get("rank").asInt()).isEqualTo(1);
        assertThat(byName.get("乙镇").get("rank").asInt()).isEqualTo(2);
        assertThat(byName.get("县农业农村局").get("rank").asInt()).isEqualTo(1);
        assertThat(byName.get("县农业农村局").get("group").asText()).isEqualTo("县直部门");
        // 月度考评.
        assertThat(month(byName.get("甲镇"), 3).get("score").decimalValue()).isEqualByComparingTo("92.60");
        assertThat(month(byName.get("乙镇"), 1).get("score").decimalValue()).isEqualByComparingTo("83.20");
        assertThat(month(byName.get("乙镇"), 2).get("score").decimalValue()).isEqualByComparingTo("64.70");
        assertThat(month(byName.get("县农业农村局"), 1).get("score").decimalValue()).isEqualByComparingTo("0.00");
        // 季度奖惩.
        JsonNode q1 = null;
        for (JsonNode q : a.get("result").get("quarters")) {
            if (q.get("quarter").asInt() == 1 && q.get("group").asText().equals("乡镇（街道）")) {
                q1 = q;
            }
        }
        assertThat(q1.get("rewarded").get(0).get("name").asText()).isEqualTo("甲镇");
        assertThat(q1.get("rewarded").get(0).get("score").decimalValue()).isEqualByComparingTo("92.60");
        assertThat(q1.get("punished").get(0).get("name").asText()).isEqualTo("乙镇");
        assertThat(q1.get("punished").get(0).get("score").decimalValue()).isEqualByComparingTo("76.70");

        // Explained down to the standings behind it.
        JsonNode x = call(get("/api/assessment/units/" + c.townB().id() + "?year=2026&month=2"));
        JsonNode feb = month(x.get("score"), 2);
        assertThat(feb.get("plans").get(0).get("score").decimalValue()).isEqualByComparingTo("56.00");
        assertThat(feb.get("plans").get(1).get("score").decimalValue()).isEqualByComparingTo("79.00");
        assertThat(x.get("behind")).hasSize(2);
        assertThat(x.get("items")).hasSize(3);

        // Exported as a workbook and as a 通报, with the same figures.
        byte[] xlsx = mvc.perform(get("/assessment/export?year=2026").with(TestUsers.api(office))).andReturn().getResponse()
                .getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var row = wb.getSheet("年度综合考核").getRow(2); // under the title and the header
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("甲镇");
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(92.6);
        }
        byte[] docx = mvc.perform(get("/assessment/bulletin?year=2026").with(TestUsers.api(office))).andReturn().getResponse()
                .getContentAsByteArray();
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("关于2026年度目标任务综合考核结果的通报", "第1名甲镇，92.6分", "第2名乙镇，71.7分",
                    "第1名县农业农村局，80.25分", "县农业农村局因虚报进度被问责（问责），减5分").doesNotContain("误录");
        }
        byte[] ofd = mvc.perform(get("/api/assessment/bulletin/ofd?year=2026").with(TestUsers.api(office))).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(OfdReading.assertSameText(docx, ofd).lines()).contains("第1名甲镇，92.6分；第2名乙镇，71.7分。");
        // The pages show the same, and a form with a gap comes back with the message beside it and what was typed.
        var session = TestUsers.signedIn(mvc, office);
        String page = mvc.perform(get("/assessment?year=2026").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("甲镇", "92.60", "71.70", "80.25", "季度奖惩名单");
        var refused = mvc.perform(post("/assessment/items?year=2026").session(session)
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .param("organisationId", String.valueOf(c.townA().id())).param("kind", "PRAISE").param("points", "1")
                .param("occurredOn", "2026-03-12").param("basis", "")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("请填写依据", "2026-03-12");
        String unitPage = mvc.perform(get("/assessment/units/" + c.townB().id() + "?year=2026&month=2").session(session)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(unitPage).contains("乙镇 2026年度考核得分 71.70", "65.20", "现场督查发现台账不实");

        // Every write is audited.
        assertThat(jdbc.sql("select count(*) from audit_event where entity in ('assessment_scheme', 'assessment_item') and actor = :u")
                .param("u", office).query(Long.class).single()).isEqualTo(7);
    }

    private static JsonNode month(JsonNode unit, int m) {
        for (JsonNode x : unit.get("months")) {
            if (x.get("month").asInt() == m) {
                return x;
            }
        }
        throw new AssertionError("no month " + m);
    }

    @Test
    void aPlanWithoutAWeightOfItsOwnTakesItsKinds() throws Exception {
        jdbc.sql("update plan set kind = '民生实事' where id = :p").param("p", planB).update();
        // 甲 weighs 60 of its own; 乙 takes 民生实事's 60: 甲镇 is (86 + 100) / 2 = 93 every month.
        call(put("/api/assessment/scheme?year=2026").contentType(MediaType.APPLICATION_JSON).content(
                "{\"title\":\"按类别\",\"completionPoints\":70,\"timelinessPoints\":30,\"plans\":[{\"planId\":" + planA
                        + ",\"weight\":60}],\"kinds\":[{\"kind\":\"民生实事\",\"weight\":60}]}"));
        JsonNode a = call(get("/api/assessment?year=2026"));
        assertThat(a.get("scheme").get("weights").get(String.valueOf(planB)).decimalValue()).isEqualByComparingTo("60");
        for (JsonNode u : a.get("result").get("units")) {
            if (u.get("name").asText().equals("甲镇")) {
                assertThat(u.get("base").decimalValue()).isEqualByComparingTo("93.00");
            }
        }
        assertThat(status(put("/api/assessment/scheme?year=2026").contentType(MediaType.APPLICATION_JSON).content(
                "{\"title\":\"无\",\"completionPoints\":70,\"timelinessPoints\":30,\"kinds\":[{\"kind\":\"不存在\",\"weight\":10}]}")))
                .isEqualTo(422);
    }

    @Test
    void aTieAtTheEdgeOfAListNamesNobodyThere() {
        var tied = Scores.lists(1, "乡镇（街道）", List.of(
                new Scores.Ranked(1, "甲镇", "乡镇（街道）", new BigDecimal("90.00"), 0),
                new Scores.Ranked(2, "乙镇", "乡镇（街道）", new BigDecimal("90.00"), 0),
                new Scores.Ranked(3, "丙镇", "乡镇（街道）", new BigDecimal("70.00"), 0)), 1);
        assertThat(tied.rewarded()).isEmpty();
        assertThat(tied.punished()).extracting(Scores.Ranked::name).containsExactly("丙镇");
        assertThat(tied.ranked()).extracting(Scores.Ranked::rank).containsExactly(1, 1, 3);
    }
}
