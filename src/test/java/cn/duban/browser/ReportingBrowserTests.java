package cn.duban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.DubanTest;
import cn.duban.TestClock;
import cn.duban.TestUsers;
import cn.duban.security.Role;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One period of the loop in a browser: the liaison reports on a phone-sized screen, the head
 * approves, the office returns it with a reason, the liaison corrects and resubmits, the head
 * approves again, the office accepts, and the office dashboard shows the task as done.
 */
@DubanTest
class ReportingBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    @Test
    void aReportGoesRoundTheLoopAndTheDashboardShowsIt() throws Exception {
        TestUsers.County c = users.county();
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        long plan = jdbc.sql("insert into plan (title, year, area_id, created_by) values (:t, :y, :a, 'test') returning id")
                .param("t", "民生实事" + c.tag()).param("y", year).param("a", c.county().id()).query(Long.class).single();
        long task = jdbc.sql("""
                insert into task (plan_id, position, number, title, lead_org_id, deadline)
                values (:p, 0, '1', '新建村级养老服务站', :u, :d) returning id""")
                .param("p", plan).param("u", c.townA().id()).param("d", LocalDate.of(year, 12, 31)).query(Long.class).single();
        long indicator = jdbc.sql("""
                insert into indicator (task_id, position, name, surface, target_value, unit, comparator, kind)
                values (:t, 0, '养老服务站', '10个', 10, '个', '>=', 'target') returning id""")
                .param("t", task).query(Long.class).single();
        String liaison = users.user(c, c.townA(), Role.LIAISON);
        String head = users.user(c, c.townA(), Role.UNIT_HEAD);
        String office = users.user(c, c.office(), Role.SUPERVISOR);
        String base = "http://localhost:" + port;
        String value = "value-" + task + "-" + indicator;

        try (Browser b = Browser.open(390, 844)) {
            b.signIn(base, liaison, TestUsers.PASSWORD);
            assertThat(b.driver.getCurrentUrl()).endsWith("/reports");
            b.driver.findElement(By.cssSelector("button.open-report")).click();
            b.driver.findElement(By.id(value)).sendKeys("9");
            b.driver.findElement(By.id("narrative-" + task)).sendKeys("已建成9个，第10个正在装修");
            b.screenshot("report-phone-form");
            assertThat(b.driver.findElement(By.id("submit")).getRect().getWidth()).as("a thumb-sized button").isGreaterThan(120);
            b.driver.findElement(By.id("submit")).click();
            b.waitUntil(ExpectedConditions.textToBe(By.id("state"), "待单位负责人审核"));
            String report = b.driver.getCurrentUrl().replaceAll("\\?.*", "");
            b.screenshot("report-phone-submitted");

            switchTo(b, base, head);
            b.driver.get(base + "/notifications");
            assertThat(b.driver.findElement(By.tagName("section")).getText()).as("the head is told a report waits")
                    .contains("待审核：");
            b.driver.get(report);
            b.driver.findElement(By.id("approve")).click();
            b.waitUntil(ExpectedConditions.textToBe(By.id("state"), "已报送，待督查室审核"));
            b.driver.get(base + "/notifications");
            assertThat(b.driver.findElement(By.tagName("section")).getText()).as("approved: the message is withdrawn")
                    .doesNotContain("待审核：");

            b.driver.manage().window().setSize(new Dimension(1400, 1000));
            switchTo(b, base, office);
            b.driver.get(report);
            b.driver.findElement(By.id("return-reason-input")).sendKeys("请补充第10个站点的建设进度");
            b.driver.findElement(By.id("return")).click();
            b.waitUntil(ExpectedConditions.textToBe(By.id("state"), "已退回"));

            b.driver.manage().window().setSize(new Dimension(390, 844));
            switchTo(b, base, liaison);
            assertThat(b.driver.findElement(By.id("returned")).getText()).contains("请补充第10个站点的建设进度");
            b.driver.get(base + "/notifications");
            assertThat(b.driver.findElement(By.tagName("section")).getText()).as("the liaison is told why it came back")
                    .contains("报送被退回", "请补充第10个站点的建设进度");
            b.screenshot("inbox-returned");
            b.driver.get(report);
            var field = b.driver.findElement(By.id(value));
            assertThat(field.getAttribute("value")).isEqualTo("9");
            field.clear();
            field.sendKeys("10");
            b.driver.findElement(By.id("submit")).click();
            b.waitUntil(ExpectedConditions.textToBe(By.id("state"), "待单位负责人审核"));

            switchTo(b, base, head);
            b.driver.get(report);
            b.driver.findElement(By.id("approve")).click();
            b.waitUntil(ExpectedConditions.textToBe(By.id("state"), "已报送，待督查室审核"));

            b.driver.manage().window().setSize(new Dimension(1400, 1000));
            switchTo(b, base, office);
            b.driver.get(report);
            b.driver.findElement(By.id("accept")).click();
            b.waitUntil(ExpectedConditions.textToBe(By.id("state"), "已采纳"));

            b.driver.get(base + "/dashboard?plan=" + plan);
            assertThat(b.driver.findElement(By.cssSelector(".status-count[data-status=DONE]")).getText()).isEqualTo("1");
            assertThat(b.driver.findElement(By.id("by-unit")).getText()).contains("甲镇", "100%");
            assertThat(b.driver.findElements(By.cssSelector("#chart-units canvas"))).isNotEmpty();
            b.screenshot("dashboard-after-accept");
            b.driver.get(base + "/ranking?plan=" + plan);
            b.screenshot("ranking");

            // After the due date the office freezes the period and reads the bulletin written from it.
            var period = jdbc.sql("""
                    select id, due from reporting_period where plan_id = :p and starts <= :today order by starts desc limit 1""")
                    .param("p", plan).param("today", LocalDate.now(ZoneId.of("Asia/Shanghai"))).query().singleRow();
            long periodId = ((Number) period.get("id")).longValue();
            clock.set(((Date) period.get("due")).toLocalDate().plusDays(1));
            b.driver.get(base + "/ranking?plan=" + plan + "&period=" + periodId);
            assertThat(b.driver.findElement(By.id("rules")).getText()).contains("未报送的单位排在已报送单位之后");
            b.driver.findElement(By.id("freeze")).click();
            b.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("frozen")));
            b.driver.get(base + "/documents/preview?period=" + periodId + "&kind=BULLETIN");
            String bulletin = b.driver.findElement(By.tagName("body")).getText();
            assertThat(bulletin).contains("本期纳入调度任务1项", "已完成1项", "未报送0项", "排名规则：", "参与排名的单位不足两个，不作排名。");
            b.screenshot("bulletin-preview");
        } finally {
            clock.reset();
        }
    }

    private static void switchTo(Browser b, String base, String user) {
        b.driver.manage().deleteAllCookies();
        b.signIn(base, user, TestUsers.PASSWORD);
    }
}
