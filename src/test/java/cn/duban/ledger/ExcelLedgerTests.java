package cn.duban.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import cn.duban.extract.Quantity;
import cn.duban.security.Role;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The ledger sheet in the office columns: exported, read back, and refused row by row when wrong. */
@DubanTest
class ExcelLedgerTests {

    @Autowired
    ExcelImports imports;
    @Autowired
    Plans plans;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    MockMvc mvc;

    TestUsers.County county;

    @BeforeEach
    void county() {
        county = users.county();
    }

    @Test
    void exportThenImportGivesTheSameLedger() throws Exception {
        Quantity toilets = new Quantity("", "", "92%", new BigDecimal("92"), "%", new BigDecimal("92"), "%", "target",
                "农村卫生厕所普及率", ">=", "2025-12-31", false, 0, 0, "");
        Quantity roads = new Quantity("", "", "12公里", new BigDecimal("12"), "公里", new BigDecimal("12"), "公里", "target",
                "新建村级道路", "=", null, false, 0, 0, "");
        long planId = tx.execute(s -> plans.create("原计划", 2025, county.county().id(), "x", "x", "", "test", List.of(
                new Plans.NewTask("1", "农村厕所革命", "", county.department().id(), List.of(county.townA().id()),
                        LocalDate.of(2025, 12, 31), List.of(toilets), null, null, "李副县长", "张三"),
                new Plans.NewTask("2", "=HYPERLINK(\"http://x\")", "", county.townB().id(), List.of(), null, List.of(roads),
                        null, null, "", ""))));
        String office = users.user(county, county.office(), Role.SUPERVISOR);

        byte[] sheet = mvc.perform(get("/api/plans/" + planId + "/export").with(TestUsers.api(office)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        // Rows 0 and 1 are the title and the 制表 line, row 2 the header.
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            var escaped = wb.getSheetAt(0).getRow(4).getCell(1);
            assertThat(escaped.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(escaped.getCellStyle().getQuotePrefixed()).as("escaped: text, never a formula").isTrue();
        }

        byte[] filtered = mvc.perform(get("/api/plans/" + planId + "/export").param("unit", String.valueOf(county.townA().id()))
                .with(TestUsers.api(office))).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(filtered))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).as("only the task 甲镇 helps with").isEqualTo(3);
            assertThat(wb.getSheetAt(0).getRow(3).getCell(1).getStringCellValue()).isEqualTo("农村厕所革命");
        }

        // The plan's own export belongs to the plan; with Duban's identity taken out it is an office's ledger like any other.
        assertThat(Assertions.catchThrowableOfType(ExcelImports.FromExistingPlan.class,
                () -> imports.importSheet(sheet, "导回的计划", 2025, county.county().id(), "台账.xlsx", "test")).planId())
                .isEqualTo(planId);
        long copy = imports.importSheet(ExcelRoundTripTests.withoutIdentity(sheet), "导回的计划", 2025, county.county().id(),
                "台账.xlsx", "test");
        Plan original = plans.find(planId, List.of(county.county().id())).orElseThrow();
        Plan reimported = plans.find(copy, List.of(county.county().id())).orElseThrow();
        assertThat(comparable(plans.tasks(reimported, List.of(county.county().id()))))
                .isEqualTo(comparable(plans.tasks(original, List.of(county.county().id()))));
    }

    private static List<String> comparable(List<LedgerTask> tasks) {
        return tasks.stream().map(t -> String.join("|", t.number(), t.title(), t.leadOrgName(), String.join("、", t.coUnits()),
                t.leader(), t.responsiblePerson(), String.valueOf(t.deadline()),
                t.indicators().stream().map(i -> i.name() + i.comparator() + i.surface() + i.deadline()).toList().toString())).toList();
    }

    @Test
    void aCoUnitOutsideTheOrganisationTreeIsKeptByNameAndPrintedWhereverCoUnitsAre() throws Exception {
        byte[] sheet = sheet(s -> {
            headerRow(s, LedgerWorkbook.COLUMNS.toArray(new String[0]));
            row(s, 1, "1", "农户小额信贷贴息", "", "甲镇", "县农商银行、乙镇", "", "", "2025-09-30", "");
            row(s, 2, "2", "乡镇污水处理设施建设", "", "乙镇", "市生态环境局澄川分局 县茶叶产业发展中心", "", "", "2025-11-30", "");
            row(s, 3, "3", "村庄清洁行动", "", "甲镇", "县农业农村局", "", "", "2025-12-31", "");
        });
        ExcelImports.Imported imported = imports.importLedger(sheet, "乡镇台账", 2025, county.county().id(), "台账.xlsx", "test");
        assertThat(imported.outsideCoUnits()).containsExactly(new ExcelImports.OutsideCoUnit(2, "县农商银行"),
                new ExcelImports.OutsideCoUnit(3, "市生态环境局澄川分局"), new ExcelImports.OutsideCoUnit(3, "县茶叶产业发展中心"));
        assertThat(imported.notices()).containsExactly(
                "第 2 行配合单位“县农商银行”不在组织机构中，已作为名称保存在任务上；如需该单位参与报送，请先在组织机构中添加",
                "第 3 行配合单位“市生态环境局澄川分局”、“县茶叶产业发展中心”不在组织机构中，已作为名称保存在任务上；如需该单位参与报送，请先在组织机构中添加");

        Plan plan = plans.find(imported.planId(), List.of(county.county().id())).orElseThrow();
        List<LedgerTask> tasks = plans.tasks(plan, List.of(county.county().id()));
        LedgerTask credit = tasks.get(0);
        assertThat(credit.coUnits()).as("the units of the tree first, then the names outside it").containsExactly("乙镇", "县农商银行");
        assertThat(credit.coUnitIds()).as("only units of the tree take part").containsExactly(county.townB().id());
        assertThat(credit.outsideCoUnits()).containsExactly("县农商银行");
        assertThat(tasks.get(1).coUnits()).containsExactly("市生态环境局澄川分局", "县茶叶产业发展中心");
        assertThat(tasks.get(1).coUnitIds()).isEmpty();
        assertThat(tasks.get(2).outsideCoUnits()).isEmpty();
        assertThat(
                jdbc.sql("select after ->> 'outsideCoUnits' from audit_event where entity = 'task' and action = '新增任务' and entity_id = :t")
                        .param("t", credit.id()).query(String.class).single())
                .contains("县农商银行");

        String office = users.user(county, county.office(), Role.SUPERVISOR);
        String json = mvc.perform(get("/api/plans/" + plan.id()).with(TestUsers.api(office))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"coUnits\":[\"乙镇\",\"县农商银行\"]", "\"outsideCoUnits\":[\"县农商银行\"]");
        var session = TestUsers.signedIn(mvc, office);
        assertThat(mvc.perform(get("/plans/" + plan.id()).session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("乙镇、县农商银行", "市生态环境局澄川分局、县茶叶产业发展中心");
        assertThat(mvc.perform(get("/tasks/" + credit.id() + "/edit").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("id=\"outside-co-units\"", "县农商银行");

        byte[] export = mvc.perform(get("/api/plans/" + plan.id() + "/export").with(TestUsers.api(office))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            Sheet ledger = wb.getSheetAt(0);
            assertThat(ExcelRoundTripTests.cell(ledger, ExcelRoundTripTests.taskRow(ledger, "农户小额信贷贴息"), "配合单位").getStringCellValue())
                    .isEqualTo("乙镇、县农商银行");
            assertThat(ExcelRoundTripTests.cell(ledger, ExcelRoundTripTests.taskRow(ledger, "乡镇污水处理设施建设"), "配合单位")
                    .getStringCellValue()).isEqualTo("市生态环境局澄川分局、县茶叶产业发展中心");
        }

        // The export imported back untouched: the names outside the tree compare equal, nothing changes.
        String preview = mvc.perform(multipart("/api/plans/" + plan.id() + "/excel").file(xlsx(export)).with(TestUsers.api(office)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(preview).as(preview).contains("\"changes\":[]");
        List<Integer> versions = jdbc.sql("select version from task where plan_id = :p order by position").param("p", plan.id())
                .query(Integer.class).list();
        mvc.perform(multipart("/api/plans/" + plan.id() + "/excel").file(xlsx(export)).param("apply", "true")
                .with(TestUsers.api(office))).andExpect(status().isOk());
        assertThat(jdbc.sql("select version from task where plan_id = :p order by position").param("p", plan.id())
                .query(Integer.class).list()).isEqualTo(versions);
        assertThat(jdbc.sql("select outside_co_units from task where id = :t").param("t", credit.id()).query(String.class).single())
                .isEqualTo("县农商银行");

        // The 进展台账 prints the same 配合单位.
        long period = jdbc.sql("select id from reporting_period where plan_id = :p order by starts limit 1").param("p", plan.id())
                .query(Long.class).single();
        byte[] progress = mvc.perform(get("/api/periods/" + period + "/ledger").with(TestUsers.api(office))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(progress))) {
            Sheet ledger = wb.getSheetAt(0);
            assertThat(ExcelRoundTripTests.cell(ledger, ExcelRoundTripTests.taskRow(ledger, "农户小额信贷贴息"), "配合单位").getStringCellValue())
                    .isEqualTo("乙镇、县农商银行");
        }
    }

    @Test
    void anUnknownLeadUnitIsStillRefusedWhateverItsCoUnits() {
        long plansBefore = jdbc.sql("select count(*) from plan").query(Long.class).single();
        byte[] sheet = sheet(s -> {
            headerRow(s, LedgerWorkbook.COLUMNS.toArray(new String[0]));
            row(s, 1, "1", "农户小额信贷贴息", "", "县农商银行", "甲镇", "", "", "2025-09-30", "");
        });
        assertThat(refusal(sheet)).containsExactly("第 2 行牵头单位“县农商银行”不在本区域的组织机构中");
        assertThat(jdbc.sql("select count(*) from plan").query(Long.class).single()).isEqualTo(plansBefore);
    }

    @Test
    void theImportTellsWhichCoUnitsWereKeptByName() throws Exception {
        String office = users.user(county, county.office(), Role.SUPERVISOR);
        byte[] sheet = sheet(s -> {
            headerRow(s, LedgerWorkbook.COLUMNS.toArray(new String[0]));
            row(s, 1, "1", "农村公路养护", "", "甲镇", "乙镇", "", "", "2025-10-31", "");
            row(s, 2, "2", "农户小额信贷贴息", "", "甲镇", "县农商银行", "", "", "2025-09-30", "");
        });
        MockHttpServletResponse answer = mvc.perform(multipart("/api/plans/excel").file(xlsx(sheet)).param("title", "乡镇台账")
                .param("year", "2025")
                .with(TestUsers.api(office))).andReturn().getResponse();
        String body = answer.getContentAsString(StandardCharsets.UTF_8);
        assertThat(answer.getStatus()).as(body).isEqualTo(201);
        assertThat(body).matches("\\{\"planId\":\\d+,.*")
                .contains("\"outsideCoUnits\":[{\"row\":3,\"name\":\"县农商银行\"}]",
                        "\"notices\":[\"第 3 行配合单位“县农商银行”不在组织机构中，已作为名称保存在任务上；如需该单位参与报送，请先在组织机构中添加\"]");

        // A ledger with every unit in the tree says nothing more than before.
        byte[] known = sheet(s -> {
            headerRow(s, LedgerWorkbook.COLUMNS.toArray(new String[0]));
            row(s, 1, "1", "农村公路养护", "", "甲镇", "乙镇", "", "", "2025-10-31", "");
        });
        assertThat(mvc.perform(multipart("/api/plans/excel").file(xlsx(known)).param("title", "另一份").param("year", "2025")
                .with(TestUsers.api(office))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("\"outsideCoUnits\":[]", "\"notices\":[]");

        // The page: the new plan opens with the notice, once.
        var session = TestUsers.signedIn(mvc, office);
        MockHttpServletResponse posted = mvc.perform(multipart("/plans/excel").file(xlsx(sheet)).param("title", "页面导入")
                .param("year", "2025").session(session).with(csrf())).andReturn().getResponse();
        assertThat(posted.getStatus()).as(posted.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(302);
        String page = mvc.perform(get(posted.getRedirectedUrl()).session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"import-notices\"",
                "第 3 行配合单位“县农商银行”不在组织机构中，已作为名称保存在任务上；如需该单位参与报送，请先在组织机构中添加");
        assertThat(mvc.perform(get(posted.getRedirectedUrl()).session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("id=\"import-notices\"");
    }

    private static MockMultipartFile xlsx(byte[] bytes) {
        return new MockMultipartFile("file", "台账.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes);
    }

    @Test
    void wrongColumnsAreRefused() {
        byte[] sheet = sheet(s -> headerRow(s, "编号", "任务", "要求"));
        assertThat(refusal(sheet)).singleElement().asString().contains("没有找到表头", "工作任务", "牵头单位");
    }

    @Test
    void everyBadRowIsReportedAndNothingIsSaved() {
        long plansBefore = jdbc.sql("select count(*) from plan").query(Long.class).single();
        byte[] sheet = sheet(s -> {
            headerRow(s, LedgerWorkbook.COLUMNS.toArray(new String[0]));
            row(s, 1, "1", "好的一行", "", "甲镇", "", "", "", "2025-09-30", "");
            row(s, 2, "2", "坏日期", "", "甲镇", "", "", "", "九月底", "");
            row(s, 3, "3", "未知单位", "", "丁镇", "戊局", "", "", "", "");
            row(s, 4, "4", "", "", "", "", "", "", "", "");
            s.getRow(4).getCell(0).setCellValue("4");
            Row formula = s.createRow(5);
            formula.createCell(0).setCellValue("5");
            formula.createCell(1).setCellFormula("1+1");
            formula.createCell(3).setCellValue("乙镇");
        });
        List<String> problems = refusal(sheet);
        assertThat(problems).anyMatch(p -> p.startsWith("第 3 行“完成时限”无法识别"))
                .anyMatch(p -> p.equals("第 4 行牵头单位“丁镇”不在本区域的组织机构中"))
                .as("a co-operating unit outside the tree is no problem: it is kept by name").noneMatch(p -> p.contains("戊局"))
                .anyMatch(p -> p.equals("第 5 行缺少“工作任务”"))
                .anyMatch(p -> p.equals("第 6 行“工作任务”是公式，请粘贴为数值后再导入"))
                .noneMatch(p -> p.startsWith("第 2 行"));
        assertThat(jdbc.sql("select count(*) from plan").query(Long.class).single()).isEqualTo(plansBefore);
    }

    @Test
    void aHundredThousandRowsAreRefusedWhole() {
        byte[] sheet = sheet(s -> {
            headerRow(s, LedgerWorkbook.COLUMNS.toArray(new String[0]));
            for (int r = 1; r <= 100_000; r++) {
                Row row = s.createRow(r);
                row.createCell(1).setCellValue("任务" + r);
                row.createCell(3).setCellValue("甲镇");
            }
        });
        // Too large to be looked at whole: refused by its size before any parse, with what to do.
        assertThat(refusal(sheet)).singleElement().asString().contains("工作簿过大", "分批导入", "5000 行");
        byte[] sixThousand = sheet(s -> {
            headerRow(s, LedgerWorkbook.COLUMNS.toArray(new String[0]));
            for (int r = 1; r <= 6_000; r++) {
                s.createRow(r).createCell(1).setCellValue("任务" + r);
            }
        });
        assertThat(refusal(sixThousand)).singleElement().asString().contains("6000 行", "5000 行上限");
    }

    @Test
    void somethingThatIsNoWorkbookIsRefused() {
        assertThat(refusal("序号,工作任务".getBytes(StandardCharsets.UTF_8)))
                .singleElement().asString().contains(".xlsx");
    }

    private List<String> refusal(byte[] sheet) {
        var thrown = Assertions.catchThrowableOfType(ExcelImports.SheetRejected.class,
                () -> imports.importSheet(sheet, "计划", 2025, county.county().id(), "台账.xlsx", "test"));
        assertThat(thrown).as("the sheet is refused").isNotNull();
        return thrown.problems();
    }

    private static byte[] sheet(Consumer<Sheet> fill) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(wb.createSheet("台账"));
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void headerRow(Sheet s, String... names) {
        Row row = s.createRow(0);
        for (int c = 0; c < names.length; c++) {
            row.createCell(c).setCellValue(names[c]);
        }
    }

    private static void row(Sheet s, int r, String... values) {
        Row row = s.createRow(r);
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }

}
