package cn.duban.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import cn.duban.ledger.Plans;
import cn.duban.ledger.Tasks;
import cn.duban.org.Organisation;
import cn.duban.security.Role;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A county over half a year, checked as an office would check its 通报 before signing it. Three
 * units: 甲镇 reports on time and finishes one task early; 乙镇 reports late, has its deadline
 * moved mid-year and a 整改事项 falling overdue; 县农业农村局 never reports. Every expected figure
 * is computed here from conventions.md's words, not by the production calculator.
 */
@DubanTest
class CountyYearScenarioTests {

    @Autowired
    ProgressFixture fx;
    @Autowired
    TestUsers users;
    @Autowired
    Plans plans;
    @Autowired
    Tasks tasks;
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    Dashboards dashboards;

    @AfterEach
    void realTime() {
        fx.clock.reset();
    }

    private long task(long plan, int position, String title, long unit, int target, LocalDate deadline, Map<Long, Long> indicators) {
        long t = fx.jdbc
                .sql("""
                        insert into task (plan_id, position, number, title, lead_org_id, deadline) values (:p, :pos, :n, :t, :u, :d) returning id""")
                .param("p", plan).param("pos", position).param("n", String.valueOf(position + 1)).param("t", title).param("u", unit)
                .param("d", deadline).query(Long.class).single();
        indicators.put(t, fx.jdbc.sql("""
                insert into indicator (task_id, position, name, surface, target_value, unit, comparator, kind)
                values (:t, 0, :n, :s, :v, '个', '>=', 'target') returning id""")
                .param("t", t).param("n", title).param("s", target + "个").param("v", target).query(Long.class).single());
        return t;
    }

    /** A unit reports its values for the period, its head approves on {@code approvedOn}. */
    private void report(TestUsers.County c, long unit, ReportingPeriod period, Map<Long, Integer> values, Map<Long, Long> indicators,
            LocalDate approvedOn) {
        String liaison = users.user(c, organisation(c, unit), Role.LIAISON);
        String head = users.user(c, organisation(c, unit), Role.UNIT_HEAD);
        UnitReport r = fx.as(liaison, () -> {
            UnitReport opened = fx.reports.open(period.id(), unit);
            List<LineInput> lines = fx.reports.lines(opened).stream().map(l -> new LineInput(l.taskId(),
                    Map.of(indicators.get(l.taskId()), BigDecimal.valueOf(values.get(l.taskId()))), null, "推进中", "", "", false)).toList();
            return fx.reports.submit(opened.id(), opened.version(), UUID.randomUUID(), lines, Duration.ofMinutes(5));
        });
        fx.as(head, () -> fx.reports.approve(r.id(), UUID.randomUUID()));
        fx.jdbc.sql("update unit_report set approved_at = :at where id = :r").param("at", approvedOn.atTime(9, 0)).param("r", r.id())
                .update();
    }

    private static Organisation organisation(TestUsers.County c, long unit) {
        return List.of(c.townA(), c.townB(), c.department()).stream().filter(o -> o.id() == unit).findFirst().orElseThrow();
    }

    /** conventions.md: expected progress is the share of time elapsed between start and deadline. */
    private static BigDecimal elapsed(LocalDate start, LocalDate deadline, LocalDate day) {
        return BigDecimal.valueOf(ChronoUnit.DAYS.between(start, day) * 100)
                .divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(start, deadline)), 1, RoundingMode.HALF_UP);
    }

    @Test
    void everyFigureTheOfficePublishesAgreesWithTheRules() throws Exception {
        TestUsers.County c = users.county();
        long plan = fx.jdbc.sql("insert into plan (title, year, area_id, created_by) values (:t, 2025, :a, 'test') returning id")
                .param("t", "半年调度" + c.tag()).param("a", c.county().id()).query(Long.class).single();
        Map<Long, Long> ind = new HashMap<>();
        long roads = task(plan, 0, "新建产业路", c.townA().id(), 100, LocalDate.of(2025, 12, 31), ind);
        long stations = task(plan, 1, "新建养老服务站", c.townA().id(), 10, LocalDate.of(2025, 6, 30), ind);
        long toilets = task(plan, 2, "农村户厕改造", c.townB().id(), 200, LocalDate.of(2025, 6, 30), ind);
        long fields = task(plan, 3, "高标准农田", c.department().id(), 3000, LocalDate.of(2025, 12, 31), ind);
        String office = users.user(c, c.office(), Role.SUPERVISOR);

        // Month by month to July. 甲镇 on time (stations finished in April); 乙镇 two days late; the department never.
        for (int month = 1; month <= 7; month++) {
            LocalDate day = LocalDate.of(2025, month, 20);
            fx.clock.set(day);
            ReportingPeriod period = fx.periodOn(new ProgressFixture.World(c, plan, List.of(), Map.of(), office, "", "", ""), day);
            int m = month;
            report(c, c.townA().id(), period, Map.of(roads, 10 * m, stations, Math.min(10, 3 * m)), ind, period.due().minusDays(1));
            report(c, c.townB().id(), period, Map.of(toilets, 20 * m), ind, period.due().plusDays(2));
            if (month == 5) {
                // A 调度会 moves 乙镇's deadline to the year's end: the standing follows at once.
                var t = plans.tasks(plans.find(plan, List.of(c.county().id())).orElseThrow(), List.of(c.county().id())).stream()
                        .filter(x -> x.id() == toilets).findFirst().orElseThrow();
                fx.as(office, () -> {
                    tasks.moveDeadline(toilets, LocalDate.of(2025, 12, 31), "调度会");
                    return null;
                });
                assertThat(t.deadline()).isEqualTo(LocalDate.of(2025, 6, 30));
            }
        }
        long inspection = fx.jdbc.sql("""
                insert into inspection (area_id, held_on, kind, title, led_by, created_by)
                values (:a, '2025-06-10', 'INSPECTION', '现场督查', '督查室', 'test') returning id""")
                .param("a", c.county().id()).query(Long.class).single();
        fx.jdbc.sql("""
                insert into finding (inspection_id, description, unit_id, deadline, created_by)
                values (:i, '户厕改造台账不全', :u, '2025-07-15', 'test')""").param("i", inspection).param("u", c.townB().id()).update();

        LocalDate asOf = LocalDate.of(2025, 7, 27);
        fx.clock.set(asOf);
        fx.standings.refresh(plan);
        ReportingPeriod july = fx.periodOn(new ProgressFixture.World(c, plan, List.of(), Map.of(), office, "", "", ""), asOf);

        // Task figures, by the rules: completion = actual / target, capped; status by time elapsed and the 10-point threshold.
        BigDecimal roadsExpected = elapsed(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), asOf);
        assertStanding(roads, july, "70",
                roadsExpected.subtract(BigDecimal.valueOf(70)).compareTo(BigDecimal.TEN) > 0 ? "LAGGING" : "ON_TRACK");
        assertStanding(stations, july, "100", "DONE");
        assertStanding(toilets, july, "70", "ON_TRACK"); // 140 of 200 after the move: 70 %, 57 % of the time gone
        assertStanding(fields, july, null, "NOT_REPORTED");
        assertThat(fx.jdbc.sql("select needs_report from task_standing where task_id = :t and period_id = :p")
                .param("t", stations).param("p", july.id()).query(Boolean.class).single()).as("done early: no more reports").isFalse();

        // Unit figures: the mean over the unit's expected tasks.
        Map<String, String> unitCompletion = Map.of("甲镇", "85", "乙镇", "70", "县农业农村局", "0");
        JsonNode dashboard = json.readTree(mvc.perform(get("/api/dashboard").param("plan", String.valueOf(plan))
                .with(TestUsers.api(office))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        for (JsonNode u : dashboard.get("byUnit")) {
            assertThat(u.get("completion").decimalValue()).as(u.get("unitName").asString())
                    .isEqualByComparingTo(unitCompletion.get(u.get("unitName").asString()));
        }
        assertThat(dashboard.get("byUnit")).hasSize(3);

        // 红黑榜: 70 % completion + 30 % timeliness − 5 per overdue 整改事项; 未报送 last; one name per list for three units.
        BigDecimal a = new BigDecimal("85").multiply(new BigDecimal("0.7")).add(new BigDecimal("30"));
        BigDecimal b = new BigDecimal("70").multiply(new BigDecimal("0.7")).add(new BigDecimal("18")).subtract(BigDecimal.valueOf(5));
        var ranking = dashboards.ranking(july.id());
        assertThat(ranking.ranked()).extracting(RankingRule.Ranked::unitName).containsExactly("甲镇", "乙镇", "县农业农村局");
        assertThat(ranking.ranked().get(0).score()).isEqualByComparingTo(a);
        assertThat(ranking.ranked().get(1).score()).isEqualByComparingTo(b);
        assertThat(ranking.red()).extracting(RankingRule.Ranked::unitName).containsExactly("甲镇");
        assertThat(ranking.black()).extracting(RankingRule.Ranked::unitName).containsExactly("县农业农村局");

        // The bulletin: every count agrees with the lists written from the same snapshot.
        fx.as(office, () -> {
            fx.freezes.freeze(july.id(), office, true);
            return null;
        });
        String bulletin = mvc.perform(get("/documents/preview").param("period", String.valueOf(july.id())).param("kind", "BULLETIN")
                .with(TestUsers.api(office))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(bulletin).contains("本期纳入调度任务4项", "已完成1项", "未报送1项", "红榜：甲镇", "黑榜：县农业农村局",
                "高标准农田（县农业农村局）本期未报送，尚无报送数据", "其中按时报送1个，逾期报送1个，未报送1个（县农业农村局）");
        assertThat(bulletin).doesNotContain("按上期数据", "本期尚未报送");
        int notReportedSentences = bulletin.split("本期未报送").length - 1;
        assertThat(notReportedSentences).isEqualTo(1);

        // The progress ledger carries the same completion per task.
        byte[] xlsx = mvc.perform(get("/api/periods/" + july.id() + "/ledger").with(TestUsers.api(office)))
                .andReturn().getResponse().getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            Map<String, String> byTitle = new HashMap<>();
            var shown = new DataFormatter();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) { // under the title, the 制表 line and the header
                byTitle.put(sheet.getRow(r).getCell(1).getStringCellValue(), shown.formatCellValue(sheet.getRow(r).getCell(9)));
            }
            assertThat(byTitle).containsEntry("新建产业路", "70.0%").containsEntry("新建养老服务站", "100.0%")
                    .containsEntry("农村户厕改造", "70.0%");
        }
    }

    private void assertStanding(long task, ReportingPeriod period, String completion, String status) {
        Map<String, Object> s = fx.standing(task, period.id());
        assertThat((String) s.get("status")).as("status of %d: %s", task, s.get("reason")).isEqualTo(status);
        if (completion == null) {
            assertThat(s.get("completion")).isNull();
        } else {
            assertThat((BigDecimal) s.get("completion")).isEqualByComparingTo(completion);
        }
    }
}
