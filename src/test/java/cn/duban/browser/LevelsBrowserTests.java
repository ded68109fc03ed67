package cn.duban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import cn.duban.security.Role;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13 in a browser: the city office, at its desk, assigns a task to its two counties (a
 * refused form keeps what was typed); the county office, on a phone, signs for its share and
 * splits it between two townships; the city sees the task down to the townships on one page.
 */
@DubanTest
class LevelsBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void assignSignSplitAndSeeItFromTheCity() throws Exception {
        TestUsers.City levels = users.city();
        String cityOffice = users.user(levels.users(), levels.cityOffice(), Role.SUPERVISOR);
        String countyOffice = users.user(levels.users(), levels.countyOffice(), Role.SUPERVISOR);
        String tag = levels.users().tag();
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        long plan = jdbc.sql("insert into plan (title, year, area_id, created_by) values (:t, :y, :a, 'test') returning id")
                .param("t", "市重点工作" + tag).param("y", year).param("a", levels.city().id()).query(Long.class).single();
        long task = jdbc.sql("""
                insert into task (plan_id, position, number, title, deadline) values (:p, 0, '1', '新建高标准农田', make_date(:y, 12, 31))
                returning id""").param("p", plan).param("y", year).query(Long.class).single();
        jdbc.sql("""
                insert into indicator (task_id, position, name, surface, target_value, unit, comparator, kind)
                values (:t, 0, '新建高标准农田', '30000亩', 30000, '亩', '>=', 'target')""").param("t", task).update();
        String base = "http://localhost:" + port;
        String due = LocalDate.of(year, 12, 20).toString();

        try (Browser desk = Browser.open(1400, 1000); Browser phone = Browser.open(390, 844)) {
            desk.signIn(base, cityOffice, TestUsers.PASSWORD);
            desk.driver.get(base + "/levels/tasks/" + task);
            desk.click(By.id("assign"));
            // Areas in the order of their names: 乙县, then 甲县.
            type(desk, "rows[0].values[0]", "9000");
            type(desk, "rows[1].values[0]", "20000");
            date(desk, "rows[0].deadline", due);
            date(desk, "rows[1].deadline", due);
            desk.click(By.id("hand-on"));
            desk.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("form-error"), "少于任务的30000亩"));
            assertThat(desk.driver.findElement(By.name("rows[0].values[0]")).getAttribute("value")).isEqualTo("9000");
            assertThat(desk.driver.findElement(By.name("rows[1].deadline")).getAttribute("value")).isEqualTo(due);
            type(desk, "rows[0].values[0]", "10000");
            desk.click(By.id("hand-on"));
            desk.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("rollup"), "尚未签收"));

            phone.signIn(base, countyOffice, TestUsers.PASSWORD);
            phone.driver.get(base + "/levels");
            assertThat(phone.driver.findElement(By.id("received")).getText()).contains("新建高标准农田 20000亩", "待签收");
            phone.click(By.cssSelector("#received button[id^=sign-]"));
            phone.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("split")));
            phone.click(By.id("split"));
            new Select(phone.driver.findElement(By.name("rows[0].unitId"))).selectByVisibleText("东镇");
            new Select(phone.driver.findElement(By.name("rows[1].unitId"))).selectByVisibleText("西镇");
            type(phone, "rows[0].values[0]", "12000");
            type(phone, "rows[1].values[0]", "8000");
            date(phone, "rows[0].deadline", LocalDate.of(year, 12, 10).toString());
            date(phone, "rows[1].deadline", LocalDate.of(year, 12, 10).toString());
            phone.click(By.id("hand-on"));
            phone.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("rollup"), "西镇"));
            phone.screenshot("levels-split-phone");

            desk.driver.get(base + "/levels/tasks/" + task);
            String page = desk.driver.findElement(By.id("rollup")).getText();
            assertThat(page).contains("甲县", "东镇", "西镇", "乙县", "— / 12000", "— / 8000");
            desk.screenshot("levels-city-rollup");
        }
    }

    private static void type(Browser b, String name, String value) {
        var field = b.driver.findElement(By.name(name));
        field.clear();
        field.sendKeys(value);
    }

    private static void date(Browser b, String name, String value) {
        b.driver.executeScript("document.getElementsByName(arguments[0])[0].value = arguments[1]", name, value);
    }

}
