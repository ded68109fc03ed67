package cn.duban.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.duban.DubanTest;
import cn.duban.TestClock;
import cn.duban.TestUsers;
import cn.duban.extract.Quantity;
import cn.duban.levels.Levels;
import cn.duban.org.Organisation;
import cn.duban.org.OrganisationKind;
import cn.duban.org.Organisations;
import cn.duban.progress.ReportingPeriods;
import cn.duban.security.Role;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 23, item 6: a plan's own export, edited, comes back into that plan — previewed change by
 * change, conflicts shown, reports and extensions kept — and never as a second plan; the export
 * writes numbers and dates as such; an office's own ledger still imports as a new plan, without
 * a span back-dated to January or indicator names cut.
 */
@DubanTest
class ExcelRoundTripTests {

    private static final String BRICK = "行政村完成农村危旧泥砖房";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Plans plans;
    @Autowired
    Tasks tasks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TestClock clock;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    Levels levels;
    @Autowired
    Organisations organisations;

    TestUsers.County county;
    String office;
    long plan;
    long houses;
    long roads;

    @BeforeEach
    void plan() {
        clock.set(LocalDate.of(2026, 3, 10));
        county = users.county();
        office = users.user(county, county.office(), Role.SUPERVISOR);
        Quantity brick = new Quantity("", "", "120户", new BigDecimal("120"), "户", new BigDecimal("120"), "户", "target",
                BRICK, ">=", "2026-06-30", false, 0, 0, "");
        Quantity road = new Quantity("", "", "12.5公里", new BigDecimal("12.5"), "公里", new BigDecimal("12.5"), "公里", "target",
                "新建村级道路", "=", null, false, 0, 0, "");
        plan = tx.execute(s -> plans.create("2026年农村人居环境整治", new Plans.Span(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                county.county().id(), "x", "x" + county.tag(), "", "test", List.of(
                        new Plans.NewTask("1", "农村危旧泥砖房改造", "", county.townA().id(), List.of(county.department().id()),
                                LocalDate.of(2026, 6, 30), List.of(brick), null, null, "李副县长", ""),
                        new Plans.NewTask("2", "=HYPERLINK(\"http://x\")村道建设", "", county.townB().id(), List.of(),
                                LocalDate.of(2026, 9, 30), List.of(road), null, null, "", "张三"),
                        new Plans.NewTask("3", "村庄清洁行动", "", county.townA().id(), List.of(), LocalDate.of(2026, 11, 30),
                                List.of(), null, null, "", ""))));
        List<Long> ids = jdbc.sql("select id from task where plan_id = :p order by position").param("p", plan).query(Long.class).list();
        houses = ids.get(0);
        roads = ids.get(1);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    // ——— What the users saw (reproduced before the fix) ———

    @Test
    void anExportSentAsANewPlanIsRefusedNamingItsPlanAndWritesNothing() throws Exception {
        byte[] edited = edit(export(), wb -> {
            // As typed over the cell: a text date (a date cell is read too, see the round trip below).
            Row row = taskRow(wb.getSheetAt(0), "农村危旧泥砖房改造");
            cell(wb.getSheetAt(0), row, "完成时限").setCellValue("2026-07-31");
            cell(wb.getSheetAt(0), row, "责任人").setCellValue("王五");
        });
        long before = plansOfCounty();
        MockHttpServletResponse answer = mvc.perform(multipart("/api/plans/excel").file(file(edited)).param("title", "导回的计划")
                .with(TestUsers.api(office))).andReturn().getResponse();
        String body = answer.getContentAsString(StandardCharsets.UTF_8);
        assertThat(answer.getStatus()).as(body).isEqualTo(409);
        assertThat(body).contains("2026年农村人居环境整治", "\"planId\":" + plan, "从 Excel 更新本计划");
        assertThat(plansOfCounty()).as("no second plan").isEqualTo(before);

        // Without a title, too (the plan's own name is in the sheet): still that plan's.
        assertThat(mvc.perform(multipart("/api/plans/excel").file(file(edited)).with(TestUsers.api(office))).andReturn()
                .getResponse().getStatus()).isEqualTo(409);
        // And from another county's office: the workbook names its plan wherever it travels.
        TestUsers.County other = users.county();
        assertThat(mvc.perform(multipart("/api/plans/excel").file(file(edited)).param("title", "别县")
                .with(TestUsers.api(users.user(other, other.office(), Role.SUPERVISOR)))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("\"planId\":" + plan);
        assertThat(plansOfCounty()).isEqualTo(before);
    }

    @Test
    void indicatorNamesAndTargetsSurviveAnExportImportedAsANewPlan() throws Exception {
        // The export with Duban's identity taken out: what an office does when it builds its own ledger from one.
        byte[] stripped = withoutIdentity(export());
        MockHttpServletResponse answer = mvc.perform(multipart("/api/plans/excel").file(file(stripped)).param("title", "乡镇台账")
                .with(TestUsers.api(office))).andReturn().getResponse();
        assertThat(answer.getStatus()).as(answer.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
        long copy = planId(answer.getContentAsString(StandardCharsets.UTF_8));
        List<Map<String, Object>> indicators = jdbc.sql("""
                select i.name, i.target_value, i.unit, i.comparator, i.deadline from indicator i join task t on t.id = i.task_id
                where t.plan_id = :p order by t.position, i.position""").param("p", copy).query().listOfRows();
        assertThat(indicators).extracting(m -> m.get("name")).containsExactly(BRICK, "新建村级道路");
        assertThat(((BigDecimal) indicators.get(0).get("target_value"))).isEqualByComparingTo("120");
        assertThat(indicators.get(0).get("comparator")).isEqualTo(">=");
        assertThat(((BigDecimal) indicators.get(1).get("target_value"))).isEqualByComparingTo("12.5");
        assertThat(jdbc.sql("select title from task where plan_id = :p order by position").param("p", copy).query(String.class).list())
                .as("a title that looks like a formula comes back as typed")
                .containsExactly("农村危旧泥砖房改造", "=HYPERLINK(\"http://x\")村道建设", "村庄清洁行动");
    }

    @Test
    void aLedgerImportedForThisYearIsNotBackDatedToJanuary() throws Exception {
        clock.set(LocalDate.of(2026, 7, 15));
        byte[] sheet = workbook(wb -> {
            Sheet s = wb.createSheet("台账");
            values(s.createRow(0), LedgerWorkbook.COLUMNS.toArray(new String[0]));
            values(s.createRow(1), "1", "农村公路养护", "", "甲镇", "", "", "", "2026-10-31", "");
        });
        long id = newPlan(sheet, "下半年攻坚");
        Map<String, Object> span = jdbc.sql("select starts, ends from plan where id = :p").param("p", id).query().singleRow();
        assertThat(span.get("starts").toString()).isEqualTo("2026-07-01");
        assertThat(span.get("ends").toString()).isEqualTo("2026-12-31");
    }

    // ——— The export ———

    @Test
    void theExportWritesNumbersAsNumbersAndDatesAsDatesWithATitleAndPrintSetup() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export()))) {
            Sheet ledger = wb.getSheetAt(0);
            assertThat(ledger.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2026年农村人居环境整治台账");
            assertThat(ledger.getRow(1).getCell(0).getStringCellValue()).contains("制表单位：县政府督查室", "制表日期：2026年3月10日");
            assertThat(headerRow(ledger)).isEqualTo(2);
            Row houses = taskRow(ledger, "农村危旧泥砖房改造");
            Cell due = cell(ledger, houses, "完成时限");
            assertThat(due.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
            assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(cell(ledger, houses, "目标要求").getStringCellValue()).isEqualTo(BRICK + "不低于120户（2026年6月30日前）");
            Cell formula = cell(ledger, taskRow(ledger, "=HYPERLINK(\"http://x\")村道建设"), "工作任务");
            assertThat(formula.getCellType()).as("kept as text").isEqualTo(CellType.STRING);
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(ledger.isColumnHidden(column(ledger, "任务ID"))).isTrue();
            assertThat(ledger.isColumnHidden(column(ledger, "版本"))).isTrue();
            assertThat(cell(ledger, houses, "任务ID").getNumericCellValue()).isEqualTo((double) this.houses);
            assertThat(ledger.getPrintSetup().getLandscape()).isTrue();
            assertThat(ledger.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(ledger.getRepeatingRows().formatAsString()).isEqualTo("3:3");

            Sheet targets = wb.getSheet("指标");
            Row brick = targets.getRow(headerRow(targets) + 1);
            assertThat(cell(targets, brick, "指标名称").getStringCellValue()).isEqualTo(BRICK);
            assertThat(cell(targets, brick, "比较").getStringCellValue()).isEqualTo("不低于");
            assertThat(cell(targets, brick, "目标值").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell(targets, brick, "目标值").getNumericCellValue()).isEqualTo(120.0);
            assertThat(cell(targets, brick, "计量单位").getStringCellValue()).isEqualTo("户");
            assertThat(DateUtil.isCellDateFormatted(cell(targets, brick, "指标时限"))).isTrue();
            assertThat(cell(targets, targets.getRow(headerRow(targets) + 2), "目标值").getNumericCellValue()).isEqualTo(12.5);

            int identity = wb.getSheetIndex("导出标识");
            assertThat(identity).isPositive();
            assertThat(wb.isSheetHidden(identity)).isTrue();
            assertThat(wb.getSheet("导出标识").getRow(1).getCell(1).getNumericCellValue()).isEqualTo((double) plan);
        }
    }

    // ——— Back into the plan it came from ———

    @Test
    void anEditedExportComesBackIntoItsPlanKeepingReportsAndExtensions() throws Exception {
        // The plan as it lives: a liaison's report on the houses, an approved extension, the road split among towns.
        String liaison = users.user(county, county.townA(), Role.LIAISON);
        long period = periods.open(plan).stream().filter(p -> p.contains(LocalDate.of(2026, 3, 10))).findFirst().orElseThrow().id();
        ok(post("/api/reports/open").contentType(MediaType.APPLICATION_JSON).content("{\"periodId\":" + period + "}"), liaison);
        long report = jdbc.sql("select id from unit_report where period_id = :p and organisation_id = :u").param("p", period)
                .param("u", county.townA().id()).query(Long.class).single();
        long brick = indicatorOf(houses);
        ok(put("/api/reports/" + report).contentType(MediaType.APPLICATION_JSON).content("""
                {"version":0,"lines":[{"taskId":%d,"values":{"%d":45},"narrative":"已改造45户"}]}""".formatted(houses, brick)), liaison);
        String asked = ok(post("/api/extensions").contentType(MediaType.APPLICATION_JSON).content("""
                {"taskId":%d,"reason":"雨季施工受阻，需延至7月中旬。","proposed":"2026-07-15"}""".formatted(houses)), liaison);
        ok(post("/api/extensions/" + asked.replaceAll("^\\{\"id\":(\\d+).*", "$1") + "/approve"), office);
        long entries = count("select count(*) from task_entry where task_id = " + houses);
        long values = count("select count(*) from entry_value where indicator_id = " + brick);
        assertThat(entries).isPositive();
        assertThat(values).isPositive();

        byte[] edited = edit(export(), wb -> {
            Row row = taskRow(wb.getSheetAt(0), "农村危旧泥砖房改造");
            cell(wb.getSheetAt(0), row, "完成时限").setCellValue(LocalDate.of(2026, 8, 31));
            cell(wb.getSheetAt(0), row, "责任人").setCellValue("王五");
        });
        List<Long> tasksBefore = taskIds();

        String preview = ok(multipart("/api/plans/" + plan + "/excel").file(file(edited)), office);
        assertThat(preview).contains("\"applied\":false");
        assertThat(kinds(preview)).containsExactlyInAnyOrder("DEADLINE", "EDITED");
        assertThat(preview).contains("\"field\":\"完成时限\"", "\"before\":\"2026-07-15\"", "\"after\":\"2026-08-31\"",
                "\"field\":\"责任人\"", "\"after\":\"王五\"");
        assertThat(jdbc.sql("select responsible_person from task where id = :t").param("t", houses).query(String.class).single())
                .as("a preview writes nothing").isEmpty();

        String applied = ok(multipart("/api/plans/" + plan + "/excel").file(file(edited)).param("apply", "true")
                .param("preview", fingerprint(preview)), office);
        assertThat(applied).contains("\"applied\":true");
        assertThat(taskIds()).as("the same tasks, no twins").isEqualTo(tasksBefore);
        Map<String, Object> task = jdbc.sql("select deadline, responsible_person from task where id = :t").param("t", houses)
                .query().singleRow();
        assertThat(task.get("deadline").toString()).isEqualTo("2026-08-31");
        assertThat(task.get("responsible_person")).isEqualTo("王五");
        assertThat(indicatorOf(houses)).as("the indicator keeps its row").isEqualTo(brick);
        assertThat(count("select count(*) from task_entry where task_id = " + houses)).isEqualTo(entries);
        assertThat(count("select count(*) from entry_value where indicator_id = " + brick)).isEqualTo(values);
        assertThat(count("select count(*) from extension_request where state = 'APPROVED' and task_id = " + houses)).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where entity = 'task' and action = '修改任务' and entity_id = " + houses
                + " and after->>'responsible_person' = '王五'")).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where entity = 'plan' and action = 'Excel 更新计划' and entity_id = " + plan))
                .isEqualTo(1);
        assertThat(count("select count(*) from plan where area_id = " + county.county().id())).isEqualTo(1);

        // The same file again: its changes are in the plan now, it is a conflict nowhere and changes nothing.
        String again = ok(multipart("/api/plans/" + plan + "/excel").file(file(edited)), office);
        assertThat(kinds(again)).isEmpty();
    }

    @Test
    void aSplitTaskKeepsItsPartsAndAPartsDeadlineIsNotTheSheetsToMove() throws Exception {
        List<Long> parts = tx.execute(s -> levels.split(roads, county.county().id(), List.of(
                new Levels.Share(county.townA().id(), List.of(new BigDecimal("6.5")), LocalDate.of(2026, 9, 30)),
                new Levels.Share(county.townB().id(), List.of(new BigDecimal("6")), LocalDate.of(2026, 9, 30))),
                false, units()));
        byte[] edited = edit(export(), wb -> {
            Sheet s = wb.getSheetAt(0);
            cell(s, numberedRow(s, "2"), "责任人").setCellValue("郑十");
            cell(s, numberedRow(s, "2-1"), "完成时限").setCellValue(LocalDate.of(2026, 9, 15));
        });
        String preview = ok(multipart("/api/plans/" + plan + "/excel").file(file(edited)), office);
        assertThat(kinds(preview)).as(preview).containsExactlyInAnyOrder("EDITED", "BLOCKED");
        assertThat(preview).contains("分解任务的指标和完成时限须在上级任务的分解方案中调整");
        ok(multipart("/api/plans/" + plan + "/excel").file(file(edited)).param("apply", "true").param("preview", fingerprint(preview)),
                office);
        assertThat(jdbc.sql("select responsible_person from task where id = :t").param("t", roads).query(String.class).single())
                .isEqualTo("郑十");
        assertThat(jdbc.sql("select id from task where part_of = :t order by id").param("t", roads).query(Long.class).list())
                .as("the 交办/分解 stays with the task").isEqualTo(parts);
        assertThat(jdbc.sql("select deadline::text from task where id = :t").param("t", parts.get(0)).query(String.class).single())
                .isEqualTo("2026-09-30");
    }

    @Test
    void aTaskChangedInDubanSinceTheExportIsAConflictShownAndNotOverwritten() throws Exception {
        byte[] exported = export();
        LedgerTask now = task(roads);
        tx.executeWithoutResult(s -> tasks.update(roads, new Tasks.TaskChange(now.title(), now.leadOrgId(), now.coUnitIds(),
                now.leader(), "赵六", now.startDate(), now.deadline(), now.version(), null, null),
                List.of(county.townB().id())));
        byte[] edited = edit(exported, wb -> {
            Row row = taskRow(wb.getSheetAt(0), "=HYPERLINK(\"http://x\")村道建设");
            cell(wb.getSheetAt(0), row, "责任人").setCellValue("孙七");
            cell(wb.getSheetAt(0), row, "责任领导").setCellValue("王副县长");
        });
        String preview = ok(multipart("/api/plans/" + plan + "/excel").file(file(edited)), office);
        assertThat(kinds(preview)).as(preview).containsExactlyInAnyOrder("CONFLICT", "EDITED");
        assertThat(preview).contains("\"field\":\"责任人\"", "\"before\":\"张三\"", "\"after\":\"孙七\"", "\"duban\":\"赵六\"");

        ok(multipart("/api/plans/" + plan + "/excel").file(file(edited)).param("apply", "true").param("preview", fingerprint(preview)),
                office);
        Map<String, Object> task = jdbc.sql("select leader, responsible_person from task where id = :t").param("t", roads)
                .query().singleRow();
        assertThat(task.get("responsible_person")).as("Duban's edit stands").isEqualTo("赵六");
        assertThat(task.get("leader")).as("the cell nobody else touched is taken").isEqualTo("王副县长");
    }

    @Test
    void aRowDeletedIsListedAndKeptAndANewRowIsAdded() throws Exception {
        byte[] edited = edit(export(), wb -> {
            Sheet s = wb.getSheetAt(0);
            Row gone = taskRow(s, "村庄清洁行动");
            int last = s.getLastRowNum();
            s.removeRow(gone);
            Row added = s.createRow(last + 1);
            added.createCell(column(s, "序号")).setCellValue("4");
            added.createCell(column(s, "工作任务")).setCellValue("农村生活污水治理");
            added.createCell(column(s, "牵头单位")).setCellValue("乙镇");
            added.createCell(column(s, "完成时限")).setCellValue("2026年10月31日");
            Sheet t = wb.getSheet("指标");
            Row target = t.createRow(t.getLastRowNum() + 1);
            target.createCell(column(t, "任务序号")).setCellValue("4");
            target.createCell(column(t, "指标名称")).setCellValue("行政村生活污水治理率");
            target.createCell(column(t, "比较")).setCellValue("不低于");
            target.createCell(column(t, "目标值")).setCellValue(40);
            target.createCell(column(t, "计量单位")).setCellValue("%");
        });
        String preview = ok(multipart("/api/plans/" + plan + "/excel").file(file(edited)), office);
        assertThat(kinds(preview)).containsExactlyInAnyOrder("DROPPED", "ADDED");
        assertThat(preview).contains("村庄清洁行动", "农村生活污水治理", "行政村生活污水治理率 40%");

        ok(multipart("/api/plans/" + plan + "/excel").file(file(edited)).param("apply", "true").param("preview", fingerprint(preview)),
                office);
        assertThat(jdbc.sql("select title from task where plan_id = :p order by position").param("p", plan).query(String.class).list())
                .containsExactly("农村危旧泥砖房改造", "=HYPERLINK(\"http://x\")村道建设", "村庄清洁行动", "农村生活污水治理");
        assertThat(jdbc.sql("""
                select i.name || ' ' || i.comparator || ' ' || trim_scale(i.target_value) || i.unit from indicator i
                join task t on t.id = i.task_id where t.plan_id = :p and t.title = '农村生活污水治理'""")
                .param("p", plan).query(String.class).list()).containsExactly("行政村生活污水治理率 >= 40%");
    }

    @Test
    void indicatorsChangedAddedAndRemovedInTheirOwnSheetKeepTheirRows() throws Exception {
        long brick = indicatorOf(houses);
        byte[] edited = edit(export(), wb -> {
            Sheet t = wb.getSheet("指标");
            Row road = null;
            for (Row r : t) {
                if (r.getRowNum() > headerRow(t) && BRICK.equals(cell(t, r, "指标名称").getStringCellValue())) {
                    cell(t, r, "目标值").setCellValue(150);
                } else if (r.getRowNum() > headerRow(t) && "新建村级道路".equals(cell(t, r, "指标名称").getStringCellValue())) {
                    road = r;
                }
            }
            t.removeRow(road);
            Row added = t.createRow(t.getLastRowNum() + 1);
            added.createCell(column(t, "任务序号")).setCellValue("1");
            added.createCell(column(t, "指标名称")).setCellValue("农村危房改造资金");
            added.createCell(column(t, "比较")).setCellValue("达到");
            added.createCell(column(t, "目标值")).setCellValue(300);
            added.createCell(column(t, "计量单位")).setCellValue("万元");
        });
        String preview = ok(multipart("/api/plans/" + plan + "/excel").file(file(edited)), office);
        assertThat(kinds(preview)).as(preview).containsExactly("INDICATOR", "INDICATOR", "INDICATOR");
        assertThat(preview).contains("\"field\":\"指标 " + BRICK + "\"", BRICK + " 不低于120户（2026-06-30前）",
                BRICK + " 不低于150户（2026-06-30前）", "新增指标 农村危房改造资金", "删除指标 新建村级道路");
        ok(multipart("/api/plans/" + plan + "/excel").file(file(edited)).param("apply", "true").param("preview", fingerprint(preview)),
                office);
        assertThat(indicatorOf(houses)).as("the changed indicator keeps its row").isEqualTo(brick);
        assertThat(jdbc.sql("select name || ' ' || trim_scale(target_value) || unit from indicator where task_id = :t order by position")
                .param("t", houses).query(String.class).list()).containsExactly(BRICK + " 150户", "农村危房改造资金 300万元");
        assertThat(count("select count(*) from indicator where task_id = " + roads)).isZero();
    }

    @Test
    void aConfirmationIsRefusedWhenThePlanChangedAfterThePreview() throws Exception {
        byte[] edited = edit(export(), wb -> cell(wb.getSheetAt(0), taskRow(wb.getSheetAt(0), "村庄清洁行动"), "责任人").setCellValue("周八"));
        String preview = ok(multipart("/api/plans/" + plan + "/excel").file(file(edited)), office);
        LedgerTask now = task(houses);
        tx.executeWithoutResult(s -> tasks.update(houses, new Tasks.TaskChange(now.title(), now.leadOrgId(), now.coUnitIds(),
                "刘副县长", now.responsiblePerson(), now.startDate(), now.deadline(), now.version(), null, null),
                List.of(county.townA().id(), county.department().id())));
        MockHttpServletResponse refused = mvc.perform(multipart("/api/plans/" + plan + "/excel").file(file(edited))
                .param("apply", "true").param("preview", fingerprint(preview)).with(TestUsers.api(office))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("重新上传");
        assertThat(jdbc.sql("select responsible_person from task where plan_id = :p and title = '村庄清洁行动'").param("p", plan)
                .query(String.class).single()).isEmpty();
    }

    @Test
    void aSheetThatIsNotThisPlansExportIsRefusedByTheRoundTrip() throws Exception {
        byte[] own = workbook(wb -> {
            Sheet s = wb.createSheet("台账");
            values(s.createRow(0), LedgerWorkbook.COLUMNS.toArray(new String[0]));
            values(s.createRow(1), "1", "农村危旧泥砖房改造", "", "甲镇", "", "", "", "2026-06-30", "");
        });
        MockHttpServletResponse refused = mvc.perform(multipart("/api/plans/" + plan + "/excel").file(file(own))
                .with(TestUsers.api(office))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("不是从本计划导出的");

        long other = tx.execute(s -> plans.create("另一个计划", 2026, county.county().id(), "y", "y" + county.tag(), "", "test",
                List.of(new Plans.NewTask("1", "别的任务", "", county.townA().id(), List.of(), null, List.of(), null, null))));
        MockHttpServletResponse wrongPlan = mvc.perform(multipart("/api/plans/" + other + "/excel").file(file(export()))
                .with(TestUsers.api(office))).andReturn().getResponse();
        assertThat(wrongPlan.getStatus()).isEqualTo(422);
        assertThat(wrongPlan.getContentAsString(StandardCharsets.UTF_8)).contains("2026年农村人居环境整治", "不是本计划");

        byte[] foreignRow = edit(export(), wb -> cell(wb.getSheetAt(0), taskRow(wb.getSheetAt(0), "村庄清洁行动"), "任务ID")
                .setCellValue(999_999_999));
        assertThat(mvc.perform(multipart("/api/plans/" + plan + "/excel").file(file(foreignRow)).with(TestUsers.api(office)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("不是本计划的任务");
        String liaison = users.user(county, county.townA(), Role.LIAISON);
        assertThat(mvc.perform(multipart("/api/plans/" + plan + "/excel").file(file(export())).with(TestUsers.api(liaison)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void everyDemoPlanComesBackUnchangedAndOneDeadlineMovedIsOneChange() throws Exception {
        // What the outside check does on a fresh demo: the plans of 青川县 as the demo built them.
        long qingchuan = count("select id from organisation where name = '青川县'");
        var byName = (Function<String, Organisation>) name -> jdbc.sql(
                "select * from organisation where name = :n and (id = :c or parent_id = :c)").param("n", name).param("c", qingchuan)
                .query(Organisation.class).single();
        TestUsers.County demo = new TestUsers.County(byName.apply("青川县"), byName.apply("县政府督查室"), byName.apply("清河镇"),
                byName.apply("石桥镇"), byName.apply("县农业农村局"), "demo");
        String ducha = users.user(demo, demo.office(), Role.SUPERVISOR);
        List<Long> demoPlans = jdbc.sql("select id from plan where area_id = :a order by id").param("a", qingchuan).query(Long.class)
                .list();
        assertThat(demoPlans).isNotEmpty();
        for (long id : demoPlans) {
            byte[] sheet = mvc.perform(get("/api/plans/" + id + "/export").with(TestUsers.api(ducha))).andReturn().getResponse()
                    .getContentAsByteArray();
            String preview = ok(multipart("/api/plans/" + id + "/excel").file(file(sheet)), ducha);
            assertThat(kinds(preview)).as("plan %d as exported: %s", id, preview).isEmpty();
        }
        long id = demoPlans.get(0);
        byte[] moved = edit(mvc.perform(get("/api/plans/" + id + "/export").with(TestUsers.api(ducha))).andReturn().getResponse()
                .getContentAsByteArray(), wb -> {
                    Sheet s = wb.getSheetAt(0);
                    for (int r = headerRow(s) + 1; r <= s.getLastRowNum(); r++) {
                        Cell due = s.getRow(r).getCell(column(s, "完成时限"));
                        if (due != null && due.getCellType() == CellType.NUMERIC) {
                            due.setCellValue(due.getLocalDateTimeCellValue().toLocalDate().plusMonths(1));
                            return;
                        }
                    }
                    throw new AssertionError("no deadline in the demo plan");
                });
        long plansBefore = count("select count(*) from plan");
        assertThat(mvc.perform(multipart("/api/plans/excel").file(file(moved)).with(TestUsers.api(ducha))).andReturn().getResponse()
                .getStatus()).isEqualTo(409);
        assertThat(count("select count(*) from plan")).isEqualTo(plansBefore);
        String preview = ok(multipart("/api/plans/" + id + "/excel").file(file(moved)), ducha);
        assertThat(kinds(preview)).as(preview).hasSize(1).first().isIn("DEADLINE", "BLOCKED");
    }

    // ——— An office's own ledger is a new plan ———

    @Test
    void anOfficeLedgerWithATitleRowAndExtraColumnsImportsAsANewPlan() throws Exception {
        byte[] sheet = workbook(wb -> {
            Sheet s = wb.createSheet("甲镇台账");
            s.createRow(0).createCell(0).setCellValue("甲镇2026年重点工作任务台账");
            s.createRow(1).createCell(0).setCellValue("填报单位：甲镇党政办　　填报日期：2026年3月1日");
            values(s.createRow(2), "序号", "工作任务", "牵头单位", "配合单位", "目标要求", "完成时限", "进展情况", "完成率", "状态", "责任人", "备注");
            values(s.createRow(3), "1", "新建高标准农田", "县农业农村局", "甲镇、乙镇", "新建高标准农田不少于3000亩", "", "已完成1200亩",
                    "40%", "正常推进", "李四", "");
            s.getRow(3).getCell(5).setCellValue(LocalDate.of(2026, 10, 31));
            s.getRow(3).getCell(5).setCellStyle(dateStyle(wb));
            values(s.createRow(4), "2", "村级道路硬化", "乙镇", "", "", "2026年9月底前", "", "", "", "", "");
        });
        MockHttpServletResponse answer = mvc.perform(multipart("/api/plans/excel").file(file(sheet)).with(TestUsers.api(office)))
                .andReturn().getResponse();
        assertThat(answer.getStatus()).as(answer.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
        long id = planId(answer.getContentAsString(StandardCharsets.UTF_8));
        assertThat(jdbc.sql("select title from plan where id = :p").param("p", id).query(String.class).single())
                .as("named by its title row").isEqualTo("甲镇2026年重点工作任务");
        List<Map<String, Object>> tasks = jdbc.sql("""
                select t.title, o.name as lead, t.deadline::text as deadline, t.responsible_person,
                       (select count(*) from task_co_unit c where c.task_id = t.id) as co
                from task t join organisation o on o.id = t.lead_org_id where t.plan_id = :p order by t.position""")
                .param("p", id).query().listOfRows();
        assertThat(tasks).extracting(m -> m.get("title")).containsExactly("新建高标准农田", "村级道路硬化");
        assertThat(tasks.get(0)).containsEntry("deadline", "2026-10-31").containsEntry("responsible_person", "李四")
                .containsEntry("co", 2L);
        assertThat(tasks.get(1)).containsEntry("deadline", "2026-09-30");
        assertThat(jdbc
                .sql("select trim_scale(target_value)::text || unit from indicator i join task t on t.id = i.task_id where t.plan_id = :p")
                .param("p", id).query(String.class).list()).containsExactly("3000亩");
    }

    // ——— The pages ———

    @Test
    void thePagesPreviewAndConfirmAndTheNewPlanPageSaysWhoseLedgerItIs() throws Exception {
        var session = TestUsers.signedIn(mvc, office);
        assertThat(mvc.perform(get("/plans/" + plan).session(session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("从 Excel 更新本计划", "/plans/" + plan + "/excel");
        byte[] edited = edit(export(), wb -> cell(wb.getSheetAt(0), taskRow(wb.getSheetAt(0), "村庄清洁行动"), "责任人").setCellValue("吴九"));

        MockHttpServletResponse refused = mvc.perform(multipart("/plans/excel").file(file(edited)).param("title", "再来一份")
                .session(session).with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"sheet-problems\"", "2026年农村人居环境整治",
                "/plans/" + plan + "/excel", "value=\"再来一份\"");

        MockHttpServletResponse page = mvc.perform(multipart("/plans/" + plan + "/excel").file(file(edited)).session(session)
                .with(csrf())).andReturn().getResponse();
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(html).contains("id=\"changes\"", "吴九", "确认更新本计划");
        String key = html.replaceAll("(?s).*name=\"preview\" value=\"([^\"]+)\".*", "$1");
        String fingerprint = html.replaceAll("(?s).*name=\"fingerprint\" value=\"([^\"]+)\".*", "$1");
        MockHttpServletResponse done = mvc.perform(post("/plans/" + plan + "/excel/apply").session(session).with(csrf())
                .param("preview", key).param("fingerprint", fingerprint)).andReturn().getResponse();
        assertThat(done.getContentAsString(StandardCharsets.UTF_8)).contains("已更新本计划");
        assertThat(jdbc.sql("select responsible_person from task where plan_id = :p and title = '村庄清洁行动'").param("p", plan)
                .query(String.class).single()).isEqualTo("吴九");

        MockHttpServletResponse notAWorkbook = mvc.perform(multipart("/plans/" + plan + "/excel")
                .file(new MockMultipartFile("file", "a.xlsx", "application/octet-stream", "序号".getBytes(StandardCharsets.UTF_8)))
                .session(session).with(csrf())).andReturn().getResponse();
        assertThat(notAWorkbook.getStatus()).isEqualTo(422);
        assertThat(notAWorkbook.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"sheet-problems\"", ".xlsx");
    }

    // ——— Co-operating units outside the organisation tree ———

    @Test
    void aCoUnitOutsideTheTreeTypedIntoTheExportIsKeptByNameAndTheTaskPageKeepsIt() throws Exception {
        byte[] edited = edit(export(), wb -> {
            Sheet s = wb.getSheetAt(0);
            cell(s, taskRow(s, "农村危旧泥砖房改造"), "配合单位").setCellValue("县农业农村局、县农商银行");
            Row added = s.createRow(s.getLastRowNum() + 1);
            added.createCell(column(s, "序号")).setCellValue("4");
            added.createCell(column(s, "工作任务")).setCellValue("乡镇污水处理设施建设");
            added.createCell(column(s, "牵头单位")).setCellValue("乙镇");
            added.createCell(column(s, "配合单位")).setCellValue("市生态环境局澄川分局");
        });
        String preview = ok(multipart("/api/plans/" + plan + "/excel").file(file(edited)), office);
        assertThat(kinds(preview)).as(preview).containsExactlyInAnyOrder("EDITED", "ADDED");
        assertThat(preview).contains("\"field\":\"配合单位\"", "\"after\":\"县农业农村局、县农商银行\"", "配合单位“县农商银行”不在组织机构中",
                "配合单位“市生态环境局澄川分局”不在组织机构中");
        ok(multipart("/api/plans/" + plan + "/excel").file(file(edited)).param("apply", "true").param("preview", fingerprint(preview)),
                office);
        LedgerTask edit = task(houses);
        assertThat(edit.coUnitIds()).containsExactly(county.department().id());
        assertThat(edit.outsideCoUnits()).containsExactly("县农商银行");
        assertThat(edit.coUnits()).containsExactly("县农业农村局", "县农商银行");
        long sewage = jdbc.sql("select id from task where plan_id = :p and title = '乡镇污水处理设施建设'").param("p", plan)
                .query(Long.class).single();
        assertThat(task(sewage).coUnits()).containsExactly("市生态环境局澄川分局");
        assertThat(task(sewage).coUnitIds()).isEmpty();

        // The plan's export now, untouched, changes nothing. The edited file again: its 配合单位 is the plan's now;
        // only its new row, which carries no task id, would be added again.
        assertThat(kinds(ok(multipart("/api/plans/" + plan + "/excel").file(file(export())), office))).isEmpty();
        assertThat(kinds(ok(multipart("/api/plans/" + plan + "/excel").file(file(edited)), office))).containsExactly("ADDED");

        // The task page does not edit the names outside the tree, and an edit there keeps them.
        LedgerTask now = task(houses);
        tx.executeWithoutResult(s -> tasks.update(houses, new Tasks.TaskChange(now.title(), now.leadOrgId(), now.coUnitIds(),
                "刘副县长", now.responsiblePerson(), now.startDate(), now.deadline(), now.version(), null, null), units()));
        assertThat(task(houses).outsideCoUnits()).containsExactly("县农商银行");
        assertThat(task(houses).leader()).isEqualTo("刘副县长");

        // Once the office has added the bank to its tree and chosen it, it is that unit, not a name beside it.
        Organisation bank = tx.execute(s -> organisations.add("县农商银行", OrganisationKind.DEPARTMENT, county.county().id()));
        LedgerTask before = task(houses);
        tx.executeWithoutResult(s -> tasks.update(houses, new Tasks.TaskChange(before.title(), before.leadOrgId(),
                List.of(county.department().id(), bank.id()), before.leader(), before.responsiblePerson(), before.startDate(),
                before.deadline(), before.version(), null, null), units()));
        LedgerTask after = task(houses);
        assertThat(after.outsideCoUnits()).isEmpty();
        assertThat(after.coUnits()).containsExactlyInAnyOrder("县农业农村局", "县农商银行");
        assertThat(after.coUnitIds()).containsExactlyInAnyOrder(county.department().id(), bank.id());
    }

    // ——— helpers ———

    /** The new plan's id in the answer of {@code POST /api/plans/excel}. */
    private static long planId(String json) {
        return Long.parseLong(json.replaceAll("(?s)^\\{\"planId\":(\\d+).*", "$1"));
    }

    private byte[] export() throws Exception {
        return mvc.perform(get("/api/plans/" + plan + "/export").with(TestUsers.api(office))).andReturn().getResponse()
                .getContentAsByteArray();
    }

    private long newPlan(byte[] sheet, String title) throws Exception {
        MockHttpServletResponse answer = mvc.perform(multipart("/api/plans/excel").file(file(sheet)).param("title", title)
                .with(TestUsers.api(office))).andReturn().getResponse();
        assertThat(answer.getStatus()).as(answer.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
        return planId(answer.getContentAsString(StandardCharsets.UTF_8));
    }

    private String ok(AbstractMockHttpServletRequestBuilder<?> request, String user) throws Exception {
        MockHttpServletResponse r = mvc.perform(request.with(TestUsers.api(user))).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isLessThan(400);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> kinds(String preview) {
        return Pattern.compile("\"kind\":\"([A-Z_]+)\"").matcher(preview).results().map(m -> m.group(1)).toList();
    }

    private static String fingerprint(String preview) {
        return preview.replaceAll("(?s).*\"fingerprint\":\"([0-9a-f]+)\".*", "$1");
    }

    private long plansOfCounty() {
        return count("select count(*) from plan where area_id = " + county.county().id());
    }

    private List<Long> taskIds() {
        return jdbc.sql("select id from task where plan_id = :p order by id").param("p", plan).query(Long.class).list();
    }

    private long indicatorOf(long task) {
        return jdbc.sql("select id from indicator where task_id = :t order by position limit 1").param("t", task).query(Long.class)
                .single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private LedgerTask task(long id) {
        Plan p = plans.find(plan, List.of(county.county().id())).orElseThrow();
        return plans.tasks(p, List.of(county.county().id())).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    private static MockMultipartFile file(byte[] bytes) {
        return new MockMultipartFile("file", "台账.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes);
    }

    /** The sheet as an office would have it with Duban's identity removed: hidden sheets deleted, id columns emptied. */
    static byte[] withoutIdentity(byte[] xlsx) {
        return edit(xlsx, wb -> {
            for (String name : List.of("导出标识", "台账原值", "指标原值")) {
                int i = wb.getSheetIndex(name);
                if (i >= 0) {
                    wb.removeSheetAt(i);
                }
            }
            for (Sheet s : wb) {
                for (String name : List.of("任务ID", "版本", "指标序号")) {
                    int c = column(s, name);
                    if (c >= 0) {
                        for (int r = headerRow(s) + 1; r <= s.getLastRowNum(); r++) {
                            if (s.getRow(r) != null && s.getRow(r).getCell(c) != null) {
                                s.getRow(r).removeCell(s.getRow(r).getCell(c));
                            }
                        }
                    }
                }
            }
        });
    }

    static byte[] edit(byte[] xlsx, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] workbook(Consumer<XSSFWorkbook> fill) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle dateStyle(XSSFWorkbook wb) {
        var style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
        return style;
    }

    private static void values(Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }

    /** The header row: the first that names 工作任务 or 指标名称 (a title row and a 制表 line may stand above it). */
    static int headerRow(Sheet s) {
        for (int r = 0; r <= Math.min(5, s.getLastRowNum()); r++) {
            Row row = s.getRow(r);
            if (row != null) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING && List.of("工作任务", "指标名称").contains(c.getStringCellValue())) {
                        return r;
                    }
                }
            }
        }
        return -1;
    }

    static int column(Sheet s, String name) {
        int h = headerRow(s);
        if (h < 0) {
            return -1;
        }
        for (Cell c : s.getRow(h)) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(name)) {
                return c.getColumnIndex();
            }
        }
        return -1;
    }

    static Row taskRow(Sheet s, String title) {
        int c = column(s, "工作任务");
        for (int r = headerRow(s) + 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row != null && row.getCell(c) != null && title.equals(row.getCell(c).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + title);
    }

    private Set<Long> units() {
        return organisations.subtree(county.county().id());
    }

    static Row numberedRow(Sheet s, String number) {
        int c = column(s, "序号");
        for (int r = headerRow(s) + 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row != null && row.getCell(c) != null && number.equals(row.getCell(c).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + number);
    }

    static Cell cell(Sheet s, Row row, String name) {
        int c = column(s, name);
        Cell cell = row.getCell(c);
        return cell != null ? cell : row.createCell(c);
    }
}
