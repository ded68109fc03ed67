package cn.duban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import cn.duban.security.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The office signs in (changing its initial password), imports a plan, edits one proposed
 * task, accepts, and finds the task in the ledger.
 */
@DubanTest
class PlanImportBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;

    @Test
    void importsAPlanThroughTheReviewPage() throws Exception {
        TestUsers.County county = users.county();
        String office = users.newUser(county, county.office(), Role.SUPERVISOR);
        Path plan = Files.createTempFile("下半年工作打算", ".txt");
        Files.writeString(plan, """
                三、下半年工作打算
                (一)项目建设。确保9月底前完成征地120亩,由甲镇牵头,县农业农村局配合。
                (二)民生实事。年内新建村级养老服务站2个。
                """, StandardCharsets.UTF_8);

        try (Browser browser = Browser.open(1400, 1000)) {
            String base = "http://localhost:" + port;
            browser.signIn(base, office, TestUsers.PASSWORD);
            assertThat(browser.driver.getCurrentUrl()).endsWith("/password");
            browser.driver.findElement(By.id("current")).sendKeys(TestUsers.PASSWORD);
            browser.driver.findElement(By.id("next")).sendKeys("Office#2025new");
            browser.driver.findElement(By.id("repeat")).sendKeys("Office#2025new");
            browser.driver.findElement(By.cssSelector("main button[type=submit]")).click();
            browser.waitUntil(ExpectedConditions.urlContains("/login"));
            browser.signIn(base, office, "Office#2025new");

            browser.driver.get(base + "/plans/import");
            browser.driver.findElement(By.id("file")).sendKeys(plan.toString());
            browser.driver.findElement(By.id("read-document")).click();
            browser.waitUntil(ExpectedConditions.urlMatches(".*/plans/import/[0-9a-f-]{36}$"));

            assertThat(browser.driver.findElements(By.cssSelector("#source mark.q-target")))
                    .extracting(WebElement::getText).containsExactly("120亩", "2个");
            assertThat(new Select(browser.driver.findElement(By.id("lead-0"))).getFirstSelectedOption().getText())
                    .isEqualTo("甲镇");
            WebElement title = browser.driver.findElement(By.id("title-0"));
            title.clear();
            title.sendKeys("征地120亩（甲镇）");
            new Select(browser.driver.findElement(By.id("lead-1"))).selectByVisibleText("乙镇");
            browser.screenshot("import-review");
            browser.driver.findElement(By.id("accept")).click();
            browser.waitUntil(ExpectedConditions.urlMatches(".*/plans/[0-9]+$"));

            String ledger = browser.driver.findElement(By.id("tasks")).getText();
            assertThat(ledger).contains("征地120亩（甲镇）", "甲镇", "县农业农村局", "新建村级养老服务站", "乙镇");
            browser.screenshot("ledger-after-import");
        }
    }
}
