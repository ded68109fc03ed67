package cn.duban.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.duban.ApiCalls;
import cn.duban.DubanTest;
import cn.duban.TestUsers;
import cn.duban.ledger.Plans;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 22, item 9: the smaller holes — formulas in exports, guessable passwords, a 500 and a
 * converter's words for a bad parameter, plan titles a township may not see, inline script.
 */
@DubanTest
class SmallerHoleTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Plans plans;
    @Autowired
    TransactionTemplate tx;

    @Test
    void exportsKeepAFormulaAsTheTextItIs() throws Exception {
        TestUsers.County c = users.county();
        String office = users.user(c, c.office(), Role.SUPERVISOR);
        String title = "=HYPERLINK(\"http://203.0.113.9/x\",\"点此查看\")";
        tx.executeWithoutResult(s -> plans.create("导出" + c.tag(), 2026, c.county().id(), "a.txt", c.tag(), "", "test", List.of(
                new Plans.NewTask("1", title, "", c.townA().id(), List.of(), LocalDate.of(2026, 9, 30), List.of(), null, null))));
        byte[] xlsx = mvc.perform(get("/api/task-list/export").param("q", "HYPERLINK").with(TestUsers.api(office))).andReturn()
                .getResponse().getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            var cell = sheet.getRow(sheet.getLastRowNum()).getCell(3);
            assertThat(cell.getStringCellValue()).isEqualTo(title);
            assertThat(cell.getCellStyle().getQuotePrefixed()).as("kept as text, never a formula").isTrue();
        }
    }

    @Test
    void guessablePasswordsAreRefused() {
        for (String weak : List.of("1qaz@WSX3edc", "Aa123456789!", "Abc@12345678", "Huawei@123456", "Qwertyuiop1!", "Zhengfu@2024",
                "Password2024!", "Woaini1314520", "Duban@123456")) {
            assertThat(PasswordPolicy.problem(weak, "someone")).as(weak).isNotNull();
        }
        for (String fine : List.of("Test#Pass2025", "Brand#New2026x", "Xk7#mP2qLw9z", PasswordPolicy.initial())) {
            assertThat(PasswordPolicy.problem(fine, "someone")).as(fine).isNull();
        }
    }

    @Test
    void aBadParameterIsA400InChineseThatEchoesNothing() throws Exception {
        TestUsers.County c = users.county();
        String office = users.user(c, c.office(), Role.SUPERVISOR);
        var month = mvc.perform(get("/api/assessment/units/" + c.townA().id()).param("year", "2026").param("month", "13")
                .with(TestUsers.api(office))).andReturn().getResponse();
        assertThat(month.getStatus()).isEqualTo(400);
        assertThat(month.getContentAsString(StandardCharsets.UTF_8)).contains("月份");
        var unit = mvc.perform(get("/api/task-list").param("unit", "1 or 1=1").with(TestUsers.api(office))).andReturn().getResponse();
        assertThat(unit.getStatus()).isEqualTo(400);
        assertThat(unit.getContentAsString(StandardCharsets.UTF_8)).contains("unit", "格式不正确")
                .doesNotContain("1 or 1=1", "Failed to convert", "java.");
    }

    @Test
    void aTownshipsFilterListsOnlyThePlansItMaySee() throws Exception {
        TestUsers.County c = users.county();
        tx.executeWithoutResult(s -> {
            plans.create("本镇参与的计划" + c.tag(), 2026, c.county().id(), "a.txt", c.tag() + "a", "", "test", List.of(
                    new Plans.NewTask("1", "新建产业路", "", c.townA().id(), List.of(), LocalDate.of(2026, 9, 30), List.of(), null, null)));
            plans.create("与本镇无关的计划" + c.tag(), 2026, c.county().id(), "b.txt", c.tag() + "b", "", "test", List.of(
                    new Plans.NewTask("1", "县局的事", "", c.department().id(), List.of(), LocalDate.of(2026, 9, 30), List.of(), null, null)));
        });
        String page = ApiCalls.body(mvc, get("/task-list"), users.user(c, c.townA(), Role.LIAISON));
        assertThat(page).contains("本镇参与的计划" + c.tag()).doesNotContain("与本镇无关的计划" + c.tag());
    }

    @Test
    void pagesRunOnlyScriptsDubanServesOrThatCarryTheirNonce() throws Exception {
        TestUsers.County c = users.county();
        var page = mvc.perform(get("/dashboard").session(TestUsers.signedIn(mvc, users.user(c, c.county(), Role.LEADER))))
                .andReturn().getResponse();
        String policy = page.getHeader("Content-Security-Policy");
        Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'").matcher(policy);
        assertThat(nonce.find()).as(policy).isTrue();
        assertThat(policy).doesNotContain("script-src 'self' 'unsafe-inline'").doesNotContain("unsafe-eval");
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        Matcher inline = Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(html);
        while (inline.find()) {
            assertThat(inline.group(1)).as("an inline script").contains("nonce=\"" + nonce.group(1) + "\"");
        }
        // No template holds an inline handler or a javascript: link, which no nonce can allow.
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            assertThat(templates.filter(p -> p.toString().endsWith(".html")).map(p -> {
                try {
                    return p + ": " + Files.readString(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).filter(t -> Pattern.compile("\\son[a-z]+=\"|javascript:").matcher(t).find()).map(t -> t.substring(0, t.indexOf(':'))))
                    .isEmpty();
        }
    }
}
