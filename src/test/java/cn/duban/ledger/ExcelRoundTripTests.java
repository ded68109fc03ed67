package cn.duban.ledger;

import cn.duban.DubanTest;
import cn.duban.TestClock;
import cn.duban.TestUsers;
import cn.duban.extract.Quantity;
import cn.duban.security.Role;
import org.apache.poi.ss.usermodel.Cell;
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
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Issue 23, item 6: a plan's own export never comes back as a second plan; the export writes
 * numbers and dates as such; an office's own ledger still imports as a new plan, without a span
 * back-dated to January or indicator names cut.
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
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TestClock clock;
    @Autowired
    cn.duban.progress.ReportingPeriods periods;

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
        long copy = Long.parseLong(answer.getContentAsString(StandardCharsets.UTF_8).replaceAll("\\D+", ""));
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
        long id = Long.parseLong(answer.getContentAsString(StandardCharsets.UTF_8).replaceAll("\\D+", ""));
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
        assertThat(jdbc.sql("select trim_scale(target_value)::text || unit from indicator i join task t on t.id = i.task_id where t.plan_id = :p")
                .param("p", id).query(String.class).list()).containsExactly("3000亩");
    }

    // ——— helpers ———

    private byte[] export() throws Exception {
        return mvc.perform(get("/api/plans/" + plan + "/export").with(TestUsers.api(office))).andReturn().getResponse()
                .getContentAsByteArray();
    }

    private long newPlan(byte[] sheet, String title) throws Exception {
        MockHttpServletResponse answer = mvc.perform(multipart("/api/plans/excel").file(file(sheet)).param("title", title)
                .with(TestUsers.api(office))).andReturn().getResponse();
        assertThat(answer.getStatus()).as(answer.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
        return Long.parseLong(answer.getContentAsString(StandardCharsets.UTF_8).replaceAll("\\D+", ""));
    }

    private String ok(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request, String user) throws Exception {
        MockHttpServletResponse r = mvc.perform(request.with(TestUsers.api(user))).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isLessThan(400);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> kinds(String preview) {
        return java.util.regex.Pattern.compile("\"kind\":\"([A-Z_]+)\"").matcher(preview).results().map(m -> m.group(1)).toList();
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
        return jdbc.sql("select id from indicator where task_id = :t order by position limit 1").param("t", task).query(Long.class).single();
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
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] workbook(Consumer<XSSFWorkbook> fill) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static org.apache.poi.ss.usermodel.CellStyle dateStyle(XSSFWorkbook wb) {
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

    static Cell cell(Sheet s, Row row, String name) {
        int c = column(s, name);
        Cell cell = row.getCell(c);
        return cell != null ? cell : row.createCell(c);
    }
}
