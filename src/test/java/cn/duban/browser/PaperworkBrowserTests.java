package cn.duban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import cn.duban.ledger.Plans;
import cn.duban.security.Role;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12 in a browser, the leader and the township on a phone-sized window and the office on
 * a desktop: 批示 → 交办 (a refused form keeping what was typed) → 签收 → 办理情况 → 办结 seen by
 * the leader; a 延期申请 approved and the task's deadline moving; 一键催报.
 */
@DubanTest
class PaperworkBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Plans plans;
    @Autowired
    TransactionTemplate tx;

    @Test
    void anInstructionGoesFromTheLeaderToTheUnitAndBack() throws Exception {
        TestUsers.County c = users.county();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String office = users.user(c, c.office(), Role.SUPERVISOR);
        String leader = users.user(c, c.county(), Role.LEADER);
        String liaison = users.user(c, c.townA(), Role.LIAISON);
        String leaderName = jdbc.sql("select display_name from app_user where username = :u").param("u", leader).query(String.class)
                .single();
        long plan = tx.execute(s -> plans.create("重点工作" + c.tag(), today.getYear(), c.county().id(), "t.txt", c.tag(), "", "test",
                List.of(new Plans.NewTask("1", "农村人居环境整治", "", c.townA().id(), List.of(), today.plusDays(20), List.of(), null, null,
                        leaderName, ""))));
        long task = jdbc.sql("select id from task where plan_id = :p").param("p", plan).query(Long.class).single();
        String base = "http://localhost:" + port;

        try (Browser b = Browser.open(390, 844); Browser desk = Browser.open(1400, 1000)) {
            // The leader, on a phone: his tasks, and a 批示 on one.
            b.signIn(base, leader, TestUsers.PASSWORD);
            b.driver.get(base + "/leader");
            assertThat(b.driver.findElement(By.id("my-tasks")).getText()).contains("农村人居环境整治");
            b.click(By.linkText("批示"));
            b.driver.findElement(By.id("text")).sendKeys("请甲镇本月底前拿出整治方案，督查室跟踪督办。");
            b.click(By.id("send-instruction"));
            b.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("my-instructions"), "待交办"));
            b.screenshot("leader-instruction-phone");

            // The office, at its desk (signed in once, it stays so): a refused form keeps what was typed, then the 交办.
            desk.signIn(base, office, TestUsers.PASSWORD);
            desk.driver.get(base + "/assignments");
            desk.click(By.partialLinkText("批示（"));
            desk.driver.findElement(By.id("matter")).clear();
            new Select(desk.driver.findElement(By.id("leadOrgId"))).selectByVisibleText("甲镇");
            desk.driver.findElement(By.id("requirement")).clear();
            desk.driver.findElement(By.id("requirement")).sendKeys("每周五报送一次进展");
            desk.driver.executeScript("document.getElementById('deadline').value = arguments[0]", today.plusDays(10).toString());
            desk.click(By.id("issue"));
            desk.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".invalid-feedback"), "请填写交办事项"));
            assertThat(desk.driver.findElement(By.id("requirement")).getAttribute("value")).isEqualTo("每周五报送一次进展");
            assertThat(new Select(desk.driver.findElement(By.id("leadOrgId"))).getFirstSelectedOption().getText()).isEqualTo("甲镇");
            assertThat(desk.driver.findElement(By.id("deadline")).getAttribute("value")).isEqualTo(today.plusDays(10).toString());
            desk.screenshot("assignment-refused-desktop");
            desk.driver.findElement(By.id("matter")).sendKeys("农村人居环境整治方案");
            desk.click(By.id("issue"));
            desk.waitUntil(ExpectedConditions.urlMatches(".*/assignments/[0-9]+$"));
            String url = desk.driver.getCurrentUrl();
            assertThat(desk.driver.findElement(By.id("number")).getText()).matches("测督交〔\\d{4}〕\\d+号");

            // The township, on a phone: 签收, 办理情况, 申请办结.
            b.driver.manage().deleteAllCookies();
            b.signIn(base, liaison, TestUsers.PASSWORD);
            b.driver.get(url);
            b.click(By.id("sign"));
            b.waitUntil(ExpectedConditions.textToBe(By.id("state"), "办理中"));
            b.driver.findElement(By.id("text")).sendKeys("已完成村庄清洁行动，方案初稿已成。");
            b.click(By.id("report-progress"));
            b.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("steps"), "方案初稿已成"));
            b.driver.findElement(By.id("text")).sendKeys("整治方案已印发，申请办结。");
            b.click(By.id("ask-close"));
            b.waitUntil(ExpectedConditions.textToBe(By.id("state"), "申请办结"));
            b.screenshot("assignment-unit-phone");

            desk.driver.get(url);
            desk.click(By.id("close"));
            desk.waitUntil(ExpectedConditions.textToBe(By.id("state"), "已办结"));

            b.driver.manage().deleteAllCookies();
            b.signIn(base, leader, TestUsers.PASSWORD);
            b.driver.get(base + "/leader");
            assertThat(b.driver.findElement(By.id("my-instructions")).getText()).contains("已办结", "整治方案已印发，申请办结。");
            b.screenshot("leader-outcome-phone");

            // 延期申请 from the phone, approved at the desk: the deadline moves.
            b.driver.manage().deleteAllCookies();
            b.signIn(base, liaison, TestUsers.PASSWORD);
            b.driver.get(base + "/progress/tasks/" + task);
            b.click(By.id("ask-extension"));
            b.driver.executeScript("document.getElementById('proposed').value = arguments[0]", today.plusDays(50).toString());
            b.click(By.id("apply"));
            b.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("extension-form"), "请填写延期理由"));
            assertThat(b.driver.findElement(By.id("proposed")).getAttribute("value")).isEqualTo(today.plusDays(50).toString());
            b.driver.findElement(By.id("reason")).sendKeys("受持续降雨影响，施工无法进场。");
            b.click(By.id("apply"));
            b.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("extensions"), "待审批"));

            desk.driver.get(base + "/extensions");
            desk.click(By.cssSelector("[id^=approve-]"));
            desk.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("extensions"), "已批准"));
            desk.driver.get(base + "/progress/tasks/" + task);
            assertThat(desk.driver.findElement(By.tagName("section")).getText()).contains("完成时限 " + today.plusDays(50),
                    "原时限 " + today.plusDays(20));
            desk.screenshot("extension-approved-desktop");

            desk.driver.get(base + "/urging");
            desk.click(By.id("urge"));
            desk.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("sent")));
            desk.screenshot("urging-desktop");
        }
    }

}
