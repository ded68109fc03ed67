package cn.duban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.DubanTest;
import cn.duban.TestImages;
import cn.duban.TestUsers;
import cn.duban.security.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 督查 → 整改 → 销号 in a browser: the office records an inspection with a photo and two
 * findings, the township rectifies one with its evidence (on a phone-sized screen), the office
 * closes it, and the 整改完成率 shows 50%.
 */
@DubanTest
class SupervisionBrowserTests {

    static final byte[] PHOTO = TestImages.jpeg();

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anInspectionsFindingIsRectifiedAndClosed() throws Exception {
        TestUsers.County c = users.county();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long plan = jdbc.sql("insert into plan (title, year, area_id, created_by) values ('重点项目', :y, :a, 'test') returning id")
                .param("y", today.getYear()).param("a", c.county().id()).query(Long.class).single();
        jdbc.sql("insert into task (plan_id, position, number, title, lead_org_id) values (:p, 0, '1', '污水处理厂建设', :u)")
                .param("p", plan).param("u", c.townA().id()).update();
        String office = users.user(c, c.office(), Role.SUPERVISOR);
        String liaison = users.user(c, c.townA(), Role.LIAISON);
        String base = "http://localhost:" + port;
        Path photo = Files.createTempFile("现场照片", ".jpg");
        Files.write(photo, PHOTO);

        try (Browser b = Browser.open(1400, 1000)) {
            b.signIn(base, office, TestUsers.PASSWORD);
            b.driver.get(base + "/inspections");
            b.driver.findElement(By.id("new-inspection")).click();
            b.driver.executeScript("document.getElementById('heldOn').value = arguments[0]", today.toString());
            b.driver.findElement(By.id("title")).sendKeys("污水处理厂项目现场督查");
            b.driver.findElement(By.id("ledBy")).sendKeys("王副县长");
            new Select(b.driver.findElement(By.id("units"))).selectByVisibleText("甲镇");
            new Select(b.driver.findElement(By.id("tasks"))).selectByVisibleText("污水处理厂建设（甲镇）");
            b.driver.findElement(By.id("observations")).sendKeys("主体工程完成约六成，现场围挡不规范。");
            b.driver.findElement(By.id("file")).sendKeys(photo.toString());
            b.driver.findElement(By.id("record")).click();
            b.waitUntil(ExpectedConditions.urlMatches(".*/inspections/[0-9]+$"));
            assertThat(b.driver.findElement(By.id("files")).getText()).contains(".jpg");

            for (String problem : new String[]{"施工围挡不规范", "扬尘治理不到位"}) {
                b.driver.findElement(By.id("description")).sendKeys(problem);
                new Select(b.driver.findElement(By.id("finding-unit"))).selectByVisibleText("甲镇");
                b.driver.executeScript("document.getElementById('finding-deadline').value = arguments[0]", today.plusDays(14).toString());
                b.driver.findElement(By.id("add-finding")).click();
                b.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("finding-list"), problem));
            }
            b.screenshot("inspection-with-findings");

            b.driver.manage().deleteAllCookies();
            b.driver.manage().window().setSize(new Dimension(390, 844));
            b.signIn(base, liaison, TestUsers.PASSWORD);
            b.driver.get(base + "/rectifications");
            b.driver.findElement(By.partialLinkText("施工围挡不规范")).click();
            b.driver.findElement(By.id("narrative")).sendKeys("已按标准重新设置围挡并完成验收。");
            b.driver.findElement(By.id("evidence")).sendKeys(photo.toString());
            b.driver.findElement(By.id("send-report")).click();
            b.waitUntil(ExpectedConditions.textToBe(By.id("state"), "已报整改，待销号"));
            String item = b.driver.getCurrentUrl();
            b.screenshot("rectification-reported-phone");

            b.driver.manage().deleteAllCookies();
            b.driver.manage().window().setSize(new Dimension(1400, 1000));
            b.signIn(base, office, TestUsers.PASSWORD);
            b.driver.get(item);
            b.driver.findElement(By.id("close")).click();
            b.waitUntil(ExpectedConditions.textToBe(By.id("state"), "已销号"));

            b.driver.get(base + "/rectifications");
            assertThat(b.driver.findElement(By.id("area-rate")).getText()).isEqualTo("50.0%");
            b.screenshot("rectification-rate");
        }
    }
}
