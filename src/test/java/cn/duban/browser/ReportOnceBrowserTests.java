package cn.duban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.DubanTest;
import cn.duban.TestClock;
import cn.duban.TestUsers;
import cn.duban.progress.ReportOnceFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Report once on a phone: 清河镇's liaison uploads the township's Word 工作汇报 on the November report, reads
 * each proposal with its sentence under its field and the document below the form, changes one value she knows
 * better, confirms, submits; the township's head approves.
 */
@DubanTest
class ReportOnceBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    ReportOnceFixture once;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    @Test
    void theLiaisonFillsTheReportFromItsWordReportAndTheHeadApproves() throws Exception {
        try {
            ReportOnceFixture.Township t = once.township(mvc);
            String base = "http://localhost:" + port;
            long investTask = task(t, "1");
            long toiletTask = task(t, "5");
            long invest = t.indicator("1", "固定资产投资");
            long toilets = t.indicator("5", "农村户厕改造");
            try (Browser b = Browser.open(390, 844)) {
                b.signIn(base, t.liaison(), TestUsers.PASSWORD);
                b.driver.get(base + "/reports/" + t.report());
                b.driver.findElement(By.id("document-file"))
                        .sendKeys(Path.of("src/test/resources/once/qinghe/b-qinghe-november.docx").toAbsolutePath().toString());
                b.driver.findElement(By.id("read-document")).click();
                b.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("document-text")));
                assertThat(b.driver.findElement(By.id("document-summary")).getText()).contains("读出", "项建议值");

                WebElement proposal = b.driver.findElement(By.id("proposal-" + invest));
                assertThat(proposal.getText()).as("how it was read, and the sentence")
                        .contains("换算为3.86亿元", "1-11月完成固定资产投资38600万元");
                assertThat(b.driver.findElement(By.id("value-" + investTask + "-" + invest)).getDomProperty("value")).isEqualTo("3.86");
                WebElement toilet = b.driver.findElement(By.id("value-" + toiletTask + "-" + toilets));
                assertThat(toilet.getDomProperty("value")).as("95 % of 380").isEqualTo("361");
                assertThat(b.driver.findElement(By.id("proposal-" + toilets)).getText()).contains("按完成目标比例", "户厕改造完成年度任务的95%");
                // On a phone the document stands below the form, as wide as the screen.
                WebElement text = b.driver.findElement(By.id("document-text"));
                assertThat(text.getLocation().getY()).isGreaterThan(b.driver.findElement(By.id("report-form")).getLocation().getY());
                assertThat(text.getRect().getWidth()).isGreaterThan(300);
                assertThat(b.driver.findElements(By.cssSelector("#document-text .doc-sentence"))).isNotEmpty();
                assertThat(b.driver.findElements(By.cssSelector(".unmatched-figure"))).isNotEmpty();
                b.screenshot("report-once-phone-proposals");

                // Following a proposal's sentence link lands on the highlighted sentence.
                WebElement link = b.driver.findElement(By.cssSelector("#proposal-" + invest + " .proposal-sentence"));
                // (Bootstrap scrolls smoothly, so a pointer's click could land mid-scroll: the link is followed as a tap would.)
                b.driver.executeScript("arguments[0].click()", link);
                assertThat(b.driver.getCurrentUrl()).contains("#doc-s-");
                b.waitUntil(d -> (Boolean) b.driver.executeScript(
                        "const r = document.querySelector(location.hash).getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;"));
                assertThat(b.driver.findElement(By.cssSelector(":target")).getText()).contains("38600万元");
                b.screenshot("report-once-phone-sentence");
                b.driver.manage().window().setSize(new Dimension(1400, 1000));
                b.driver.executeScript("window.scrollTo({top: 0, behavior: 'instant'})");
                b.screenshot("report-once-desktop");
                b.driver.manage().window().setSize(new Dimension(390, 844));

                // The liaison knows the exact count of toilets and changes the proposal; then confirms.
                toilet = b.driver.findElement(By.id("value-" + toiletTask + "-" + toilets));
                b.driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", toilet);
                toilet.clear();
                toilet.sendKeys("362");
                tap(b, b.driver.findElement(By.id("confirm-document")));
                b.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("confirmed")));
                assertThat(b.driver.findElement(By.id("value-" + toiletTask + "-" + toilets)).getDomProperty("value")).isEqualTo("362");
                tap(b, b.driver.findElement(By.id("submit")));
                b.waitUntil(ExpectedConditions.textToBe(By.id("state"), "待单位负责人审核"));

                b.driver.manage().deleteAllCookies();
                b.signIn(base, t.head(), TestUsers.PASSWORD);
                b.driver.get(base + "/reports/" + t.report());
                tap(b, b.driver.findElement(By.id("approve")));
                b.waitUntil(ExpectedConditions.textToBe(By.id("state"), "已报送，待督查室审核"));
                b.screenshot("report-once-phone-approved");
            }
            assertThat(value(t.report(), toilets)).isEqualByComparingTo("362");
            assertThat(value(t.report(), invest)).isEqualByComparingTo("3.86");
            assertThat(jdbc.sql("select decision from report_wording where report_id = :r and indicator_id = :i")
                    .param("r", t.report()).param("i", toilets).query(String.class).single()).isEqualTo("CHANGED");
        } finally {
            clock.reset();
        }
    }

    /**
     * A tap on a phone. The buttons stick to the screen's bottom while the form is in view; with the page scrolled down
     * to the document's text below the form, a pointer's click finds them where they were laid out. A tap is the
     * element's own click.
     */
    private static void tap(Browser b, WebElement e) {
        b.driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'}); arguments[0].click()", e);
    }

    private long task(ReportOnceFixture.Township t, String number) {
        return jdbc.sql("select id from task where plan_id = :p and number = :n").param("p", t.plan()).param("n", number)
                .query(Long.class).single();
    }

    private BigDecimal value(long report, long indicator) {
        return jdbc.sql("""
                select v.actual from entry_value v join task_entry e on e.id = v.entry_id
                where e.report_id = :r and v.indicator_id = :i order by e.revision desc limit 1""")
                .param("r", report).param("i", indicator).query(BigDecimal.class).single();
    }
}
