package cn.duban.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import cn.duban.assessment.AssessmentForms;
import cn.duban.assessment.Assessments;
import cn.duban.org.Organisation;
import cn.duban.org.OrganisationKind;
import cn.duban.org.Organisations;
import cn.duban.security.Role;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 23's oracle: one month of a county, and every output an office publishes of it — the
 * dashboard, the task list, the 红黑榜, the 报送情况一览, the 通报 (.docx), the 进展台账 (.xlsx) and 考核's
 * monthly score — read back and compared: each task's completion, status and sentence are the same
 * everywhere, every "N个，其中…" adds up, and the 红黑榜's score is 考核's. Four units: 甲镇 reports on
 * time and lags on one of two indicators; 乙镇 reports late on a task past its deadline; 县农业农村局
 * never reports (one task past its deadline); 丙镇 finished its only task last month.
 */
@DubanTest
class OneTruthTests {

    @Autowired
    ProgressFixture fx;
    @Autowired
    TestUsers users;
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    Organisations organisations;
    @Autowired
    Assessments assessments;
    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void realTime() {
        fx.clock.reset();
    }

    private long task(long plan, int position, String title, long unit, LocalDate deadline) {
        return fx.jdbc.sql("""
                insert into task (plan_id, position, number, title, lead_org_id, deadline) values (:p, :pos, :n, :t, :u, :d)
                returning id""")
                .param("p", plan).param("pos", position).param("n", String.valueOf(position + 1)).param("t", title).param("u", unit)
                .param("d", deadline).query(Long.class).single();
    }

    private long indicator(long task, int position, String name, int target) {
        return fx.jdbc.sql("""
                insert into indicator (task_id, position, name, surface, target_value, unit, comparator, kind)
                values (:t, :pos, :n, :s, :v, '个', '>=', 'target') returning id""")
                .param("t", task).param("pos", position).param("n", name).param("s", target + "个").param("v", target)
                .query(Long.class).single();
    }

    /** A unit's report for the period, values by indicator, reaching the office (approved) on {@code reached}. */
    private void report(TestUsers.County c, Organisation unit, ReportingPeriod period, Map<Long, Integer> values, LocalDate reached) {
        String liaison = users.user(c, unit, Role.LIAISON);
        String head = users.user(c, unit, Role.UNIT_HEAD);
        UnitReport r = fx.as(liaison, () -> {
            UnitReport opened = fx.reports.open(period.id(), unit.id());
            List<LineInput> lines = fx.reports.lines(opened).stream().map(l -> {
                Map<Long, BigDecimal> v = new HashMap<>();
                l.measures().forEach(m -> v.put(m.indicatorId(), BigDecimal.valueOf(values.getOrDefault(m.indicatorId(), 0))));
                return new LineInput(l.taskId(), v, null, "推进中", "", "", false);
            }).toList();
            return fx.reports.submit(opened.id(), opened.version(), UUID.randomUUID(), lines, Duration.ofMinutes(5));
        });
        fx.as(head, () -> fx.reports.approve(r.id(), UUID.randomUUID()));
        fx.jdbc.sql("update unit_report set approved_at = :at where id = :r").param("at", reached.atTime(9, 0)).param("r", r.id()).update();
    }

    private JsonNode api(String path, String user) throws Exception {
        var response = mvc.perform(get(path).with(TestUsers.api(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + " " + response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void everyOutputOfAMonthStatesEachFactOnceAndItsCountsAddUp() throws Exception {
        TestUsers.County c = users.county();
        Organisation bing = tx.execute(s -> organisations.add("丙镇", OrganisationKind.TOWNSHIP, c.county().id()));
        long plan = fx.jdbc.sql("insert into plan (title, year, area_id, created_by) values (:t, 2026, :a, 'test') returning id")
                .param("t", "重点工作" + c.tag()).param("a", c.county().id()).query(Long.class).single();
        LocalDate yearEnd = LocalDate.of(2026, 12, 31);
        long care = task(plan, 0, "养老服务提升", c.townA().id(), yearEnd);
        long stations = indicator(care, 0, "新建服务站", 12);
        long homes = indicator(care, 1, "适老化改造", 200);
        long roads = task(plan, 1, "产业路", c.townA().id(), yearEnd);
        long road = indicator(roads, 0, "新建产业路", 100);
        long toilets = task(plan, 2, "户厕改造", c.townB().id(), LocalDate.of(2026, 9, 30));
        long toilet = indicator(toilets, 0, "户厕改造", 200);
        long fields = task(plan, 3, "高标准农田", c.department().id(), yearEnd);
        indicator(fields, 0, "高标准农田", 3000);
        long sewage = task(plan, 4, "污水治理", c.department().id(), LocalDate.of(2026, 6, 30));
        indicator(sewage, 0, "污水治理", 20);
        long care2 = task(plan, 5, "养老站", bing.id(), yearEnd);
        long station2 = indicator(care2, 0, "养老站", 10);
        String office = users.user(c, c.office(), Role.SUPERVISOR);
        ProgressFixture.World world = new ProgressFixture.World(c, plan, List.of(), Map.of(), office, "", "", "");

        // 考核 weighs the plan: its 红黑榜 then ranks by 考核's score.
        AssessmentForms.SchemeForm scheme = AssessmentForms.SchemeForm.titled("2026年度考核" + c.tag(), 3);
        scheme.plans().add(new AssessmentForms.SchemeForm.Weight(plan, BigDecimal.valueOf(100)));
        tx.executeWithoutResult(s -> assessments.save(c.county().id(), 2026, scheme));

        // September: 丙镇 finishes; October: 甲镇 on time, 乙镇 two days late, 县农业农村局 nothing, 丙镇 nothing to report.
        fx.clock.set(LocalDate.of(2026, 9, 20));
        ReportingPeriod september = fx.periodOn(world, LocalDate.of(2026, 9, 20));
        report(c, bing, september, Map.of(station2, 10), september.due().minusDays(1));
        fx.clock.set(LocalDate.of(2026, 10, 20));
        ReportingPeriod october = fx.periodOn(world, LocalDate.of(2026, 10, 20));
        report(c, c.townA(), october, Map.of(stations, 9, homes, 100, road, 85), october.due().minusDays(1));
        report(c, c.townB(), october, Map.of(toilet, 150), october.due().plusDays(2));
        fx.clock.set(october.due().plusDays(3));
        fx.standings.refresh(plan);

        // ---- the standings every output must render ----
        Map<Long, Map<String, Object>> standing = new LinkedHashMap<>();
        for (long t : List.of(care, roads, toilets, fields, sewage, care2)) {
            standing.put(t,
                    fx.jdbc.sql("select status, completion, reason, lag, behind from task_standing where task_id = :t and period_id = :p")
                            .param("t", t).param("p", october.id()).query().singleRow());
        }
        assertThat(standing.get(care).get("status")).isEqualTo("LAGGING");
        assertThat((String) standing.get(care).get("reason")).startsWith("完成62.5%，其中适老化改造完成50%，按时序应达").contains("滞后");
        assertThat(standing.get(care).get("behind")).isEqualTo("适老化改造");
        assertThat(standing.get(toilets).get("status")).as("past its deadline, not done").isEqualTo("OVERDUE");
        assertThat(standing.get(sewage).get("status")).as("past its deadline and never reported: 超期 first").isEqualTo("OVERDUE");
        assertThat((String) standing.get(sewage).get("reason")).contains("已超过完成时限（2026年6月30日）", "本期未报送");
        assertThat(standing.get(fields).get("status")).isEqualTo("NOT_REPORTED");
        assertThat(standing.get(care2).get("status")).isEqualTo("DONE");

        // The lag a sentence states is the stored lag: expected − completion of the indicator it names.
        Matcher lag = Pattern.compile("按时序应达([0-9.]+)%，滞后([0-9.]+)个百分点").matcher((String) standing.get(care).get("reason"));
        assertThat(lag.find()).isTrue();
        assertThat(new BigDecimal(lag.group(2))).isEqualByComparingTo((BigDecimal) standing.get(care).get("lag"));
        assertThat(new BigDecimal(lag.group(1)).subtract(new BigDecimal("50"))).isEqualByComparingTo(new BigDecimal(lag.group(2)));

        // ---- the task list and the dashboard ----
        JsonNode list = api("/api/task-list?plan=" + plan, office);
        Map<Long, String> listed = new HashMap<>();
        list.forEach(r -> listed.put(r.get("id").asLong(), r.get("status").asString()));
        standing.forEach((t, s) -> assertThat(listed.get(t)).as("task list, task %d", t).isEqualTo(s.get("status")));
        JsonNode dashboard = api("/api/dashboard?plan=" + plan, office);
        long counted = 0;
        for (JsonNode sc : dashboard.get("statusCounts")) {
            long expected = standing.values().stream().filter(s -> s.get("status").equals(sc.get("status").asString())).count();
            assertThat(sc.get("count").asLong()).as("dashboard count of %s", sc.get("status").asString()).isEqualTo(expected);
            counted += sc.get("count").asLong();
        }
        assertThat(counted).isEqualTo(standing.size());
        for (JsonNode a : dashboard.get("attention")) {
            assertThat(a.get("reason").asString()).as("dashboard sentence of task %d", a.get("taskId").asLong())
                    .isEqualTo(standing.get(a.get("taskId").asLong()).get("reason"));
        }

        // ---- the 红黑榜 and the 报送情况一览: the same units, the same timeliness ----
        JsonNode ranking = api("/api/periods/" + october.id() + "/ranking", office);
        Map<String, String> timeliness = new HashMap<>();
        Map<String, BigDecimal> scores = new HashMap<>();
        ranking.get("ranked").forEach(r -> {
            timeliness.put(r.get("unitName").asString(), r.get("timeliness").asString());
            scores.put(r.get("unitName").asString(), r.get("score").decimalValue());
        });
        assertThat(timeliness).containsExactlyInAnyOrderEntriesOf(Map.of("甲镇", "按时报送", "乙镇", "逾期报送", "县农业农村局", "未报送",
                "丙镇", "无需报送"));
        assertThat(ranking.get("rules").asString()).contains("2026年度考核" + c.tag(), "考核月度得分");
        JsonNode overview = api("/api/periods/" + october.id() + "/reporting-overview", office);
        Map<String, String> overviewed = new HashMap<>();
        overview.forEach(u -> overviewed.put(u.get("unitName").asString(), u.get("standing").asString()));
        assertThat(overviewed).containsExactlyInAnyOrderEntriesOf(Map.of("甲镇", "ON_TIME", "乙镇", "LATE", "县农业农村局", "MISSING",
                "丙镇", "NOT_NEEDED"));

        // ---- 考核: the month's score of the plan is the 红黑榜's ----
        JsonNode assessment = api("/api/assessment?year=2026", office);
        for (JsonNode u : assessment.get("result").get("units")) {
            String name = u.get("name").asString();
            for (JsonNode m : u.get("months")) {
                if (m.get("month").asInt() == 10) {
                    BigDecimal planScore = m.get("plans").get(0).get("score").decimalValue();
                    assertThat(planScore).as("考核 October of %s against its 红黑榜", name).isEqualByComparingTo(scores.get(name));
                }
            }
        }

        // ---- the 通报: its lines are the standings' sentences, its counts add up ----
        fx.as(office, () -> {
            fx.freezes.freeze(october.id(), office, true);
            return null;
        });
        JsonNode kept = json.readTree(mvc.perform(post("/api/periods/" + october.id() + "/documents").param("kind", "BULLETIN")
                .with(TestUsers.api(office))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        byte[] docx = mvc.perform(get("/documents/" + kept.get("id").asLong() + "/download").with(TestUsers.api(office)))
                .andReturn().getResponse().getContentAsByteArray();
        String bulletin;
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var text = new XWPFWordExtractor(doc)) {
            bulletin = text.getText();
        }
        assertThat(bulletin).contains("养老服务提升（甲镇）" + standing.get(care).get("reason") + "。",
                "户厕改造（乙镇）" + standing.get(toilets).get("reason") + "。",
                "污水治理（县农业农村局）" + standing.get(sewage).get("reason") + "。",
                "高标准农田（县农业农村局）" + standing.get(fields).get("reason") + "。");
        assertThat(bulletin).doesNotContain("。。");
        Matcher tasks = Pattern.compile("本期纳入调度任务(\\d+)项，平均完成率[0-9.]+%。其中已完成(\\d+)项，正常推进(\\d+)项，滞后(\\d+)项，"
                + "超期(\\d+)项，未报送(\\d+)项").matcher(bulletin);
        assertThat(tasks.find()).as(bulletin).isTrue();
        int sum = 0;
        for (int g = 2; g <= 6; g++) {
            sum += Integer.parseInt(tasks.group(g));
        }
        assertThat(sum).isEqualTo(Integer.parseInt(tasks.group(1))).isEqualTo(standing.size());
        assertThat(tasks.group(5)).isEqualTo("2");
        Matcher units = Pattern.compile("参与排名单位(\\d+)个，其中按时报送(\\d+)个，逾期报送(\\d+)个，未报送(\\d+)个[^，。]*"
                + "(?:，任务已全部完成、本期无需报送(\\d+)个)?").matcher(bulletin);
        assertThat(units.find()).as(bulletin).isTrue();
        int unitSum = Integer.parseInt(units.group(2)) + Integer.parseInt(units.group(3)) + Integer.parseInt(units.group(4))
                + (units.group(5) == null ? 0 : Integer.parseInt(units.group(5)));
        assertThat(unitSum).as("按时 + 逾期 + 未报送 + 无需报送 = 参与排名单位").isEqualTo(Integer.parseInt(units.group(1))).isEqualTo(4);

        // ---- the 进展台账: the same completion, status and sentence per task ----
        byte[] xlsx = mvc.perform(get("/api/periods/" + october.id() + "/ledger").with(TestUsers.api(office))).andReturn().getResponse()
                .getContentAsByteArray();
        Map<String, Long> byTitle = Map.of("养老服务提升", care, "产业路", roads, "户厕改造", toilets, "高标准农田", fields,
                "污水治理", sewage, "养老站", care2);
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            int rows = 0;
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                Map<String, Object> s = standing.get(byTitle.get(row.getCell(1).getStringCellValue()));
                assertThat(row.getCell(10).getStringCellValue()).isEqualTo(TaskStatus.valueOf((String) s.get("status")).label());
                assertThat(row.getCell(13).getStringCellValue()).as("the ledger's 备注 is the standing's sentence")
                        .isEqualTo(s.get("reason"));
                if (s.get("completion") != null) {
                    assertThat(BigDecimal.valueOf(row.getCell(9).getNumericCellValue()).movePointRight(2))
                            .isEqualByComparingTo(new BigDecimal(StatusRule.figure((BigDecimal) s.get("completion"))));
                    assertThat(new DataFormatter().formatCellValue(row.getCell(9))).endsWith("%");
                }
                rows++;
            }
            assertThat(rows).isEqualTo(standing.size());
        }
    }
}
