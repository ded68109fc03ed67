package cn.duban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import cn.duban.security.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The supervision office uploads a plan and checks what the reader found, in a real browser. */
@DubanTest
class ReaderPageBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    private String liaison;

    @BeforeEach
    void signUp() {
        TestUsers.County c = users.county();
        liaison = users.user(c, c.office(), Role.SUPERVISOR); // the reader is for the office that imports plans
    }

    private void signIn(Browser browser) {
        browser.signIn("http://localhost:" + port, liaison, TestUsers.PASSWORD);
    }

    @Test
    void uploadsAPlanAndSeesItsTargetsHighlighted() throws Exception {
        Path plan = Files.createTempFile("镇工作打算", ".txt");
        Files.writeString(plan, """
                三、下半年工作打算
                (一)项目建设。确保9月底前完成征地120亩,全年完成固定资产投资6亿元以上。
                (二)民生实事。年内新建村级养老服务站2个,由县民政局牵头。
                """, StandardCharsets.UTF_8);
        try (Browser browser = Browser.open(1280, 900)) {
            signIn(browser);
            browser.driver.get("http://localhost:" + port + "/extract");
            browser.driver.findElement(By.id("file")).sendKeys(plan.toString());
            browser.driver.findElement(By.cssSelector("main form[enctype] button[type=submit]")).click();

            List<WebElement> marks = browser.driver.findElements(By.cssSelector("#source mark.q-target"));
            assertThat(marks).extracting(WebElement::getText).containsExactly("120亩", "6亿元", "2个");
            assertThat(browser.driver.findElement(By.id("quantities")).getText()).contains("-09-30", "不低于");
            assertThat(browser.driver.findElement(By.id("tasks")).getText()).contains("县民政局");
            assertThat(browser.screenshot("reader-result")).exists();
        }
    }

    @Test
    void aPhoneSizedScreenCanReadADemoPlan() throws Exception {
        try (Browser browser = Browser.open(390, 844)) {
            signIn(browser);
            browser.driver.get("http://localhost:" + port + "/extract");
            browser.driver.findElements(By.cssSelector("button.demo-link")).get(0).click();
            assertThat(browser.driver.findElement(By.id("quantity-count")).getText()).isNotEqualTo("0");
            assertThat(browser.screenshot("reader-demo-phone")).exists();
        }
    }
}
