package cn.duban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.DubanTest;
import cn.duban.TestClock;
import cn.duban.TestUsers;
import cn.duban.ledger.LedgerWorkbook;
import cn.duban.security.Role;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 26's judged walk: in December the office imports a township's 工作总结 of the year before, whose closing
 * part plans this year, and accepts the proposal with no edit but the lead units. The ledger then holds the
 * closing part's seven items — their deadlines in the plan's year, their indicators as the document sets them —
 * and nothing of the title, the date line, the review or the problems.
 */
@DubanTest
class DecemberImportBrowserTests {

    private static final Path DOCUMENT = Path.of("src/test/resources/import/shiqiao-2025-summary.txt");

    /** An indicator as the document sets it: a word its name must hold, its quantity, its deadline (null: none). */
    record Indicator(String word, String surface, String deadline) {
    }

    /** A task as the document sets it, in the plan's year (2026), and the lead unit the office chooses. */
    record Task(String title, String deadline, String lead, List<Indicator> indicators) {
    }

    /**
     * The gold: what a clerk puts in the ledger from the closing part (TASKS.md). 年底前, 年内 and 6月底前 are due in
     * 2026; an item whose own words set no time, under a year's plan, has none; an item with two works due at two
     * times (三是) is done when the later is; 9月底前 binds only its own clause (五是).
     */
    private static final List<Task> GOLD = List.of(
            new Task("稳定粮食生产", "2026-12-31", "县农业农村局", List.of(
                    new Indicator("粮食播种面积", "3.4万亩", "2026-12-31"), new Indicator("高标准农田", "2000亩", "2026-12-31"))),
            new Task("壮大特色产业", null, "县农业农村局", List.of(
                    new Indicator("茶叶基地", "500亩", null), new Indicator("家庭农场", "8家", null))),
            new Task("加快项目建设", "2026-12-31", "甲镇", List.of()),
            new Task("整治人居环境", null, "甲镇", List.of(
                    new Indicator("污水处理站", "3个", null), new Indicator("户厕", "450户", null))),
            new Task("完善基础设施", "2026-09-30", "乙镇", List.of(
                    new Indicator("农村公路", "5公里", null), new Indicator("危桥", "2座", "2026-09-30"))),
            new Task("办好民生实事", "2026-12-31", "甲镇", List.of(
                    new Indicator("养老服务站", "2个", "2026-12-31"), new Indicator("城镇就业", "300人", "2026-12-31"))),
            new Task("加强基层治理", "2026-12-31", "乙镇", List.of(new Indicator("综治中心", "15个", "2026-12-31"))));

    /** A name that is only a place word (村, 全镇) names no indicator. */
    private static final Pattern PLACE_WORD = Pattern.compile("^(全|各|本)?[村镇乡县区市组]$");

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aTownshipSummaryImportedInDecemberNeedsOnlyItsLeadUnits() throws Exception {
        clock.set(LocalDate.of(2026, 12, 8));
        TestUsers.County county = users.county();
        String office = users.user(county, county.office(), Role.SUPERVISOR);

        try (Browser browser = Browser.open(1600, 1200)) {
            String base = "http://localhost:" + port;
            browser.signIn(base, office, TestUsers.PASSWORD);
            browser.driver.get(base + "/plans/import");
            browser.driver.findElement(By.id("file")).sendKeys(DOCUMENT.toAbsolutePath().toString());
            browser.driver.findElement(By.id("read-document")).click();
            browser.waitUntil(ExpectedConditions.urlMatches(".*/plans/import/[0-9a-f-]{36}$"));

            // ---------------------------------------------------------------- the review, as proposed
            List<WebElement> rows = browser.driver.findElements(By.cssSelector("#proposal tbody tr"));
            List<Integer> ticked = new ArrayList<>();
            for (WebElement row : rows) {
                int i = Integer.parseInt(row.getDomAttribute("id").replace("row-", ""));
                String title = row.findElement(By.id("title-" + i)).getDomProperty("value");
                assertThat(title).as("the date line under the title is no task").doesNotContain("2025年12月");
                boolean included = row.findElement(By.id("include-" + i)).isSelected();
                for (WebElement choice : row.findElements(By.cssSelector(".indicator-choice"))) {
                    boolean keep = choice.findElement(By.cssSelector("input[type=checkbox]")).isSelected();
                    String surface = choice.findElement(By.cssSelector("a")).getText();
                    String name = choice.findElement(By.cssSelector("input[aria-label=指标名称]")).getDomProperty("value");
                    if (keep) {
                        assertThat(name).as("the indicator of %s", surface).isNotBlank().doesNotMatch(PLACE_WORD);
                        assertThat(included).as("%s is ticked as an indicator only in a task that is taken in", surface).isTrue();
                    }
                    if (surface.equals("6个")) {
                        assertThat(keep).as("the villages whose experience was learnt from are no target").isFalse();
                    }
                }
                if (included) {
                    ticked.add(i);
                }
            }
            assertThat(ticked).as("the closing part's seven items are proposed, nothing else").hasSize(GOLD.size());
            for (int k = 0; k < GOLD.size(); k++) {
                Task gold = GOLD.get(k);
                int i = ticked.get(k);
                assertThat(browser.driver.findElement(By.id("title-" + i)).getDomProperty("value")).isEqualTo(gold.title());
                List<String> indicators = new ArrayList<>();
                for (WebElement choice : browser.driver.findElements(By.cssSelector("#row-" + i + " .indicator-choice"))) {
                    if (choice.findElement(By.cssSelector("input[type=checkbox]")).isSelected()) {
                        indicators.add(choice.findElement(By.cssSelector("a")).getText());
                    }
                }
                assertThat(indicators).as(gold.title()).containsExactlyElementsOf(
                        gold.indicators().stream().map(Indicator::surface).toList());
            }
            assertThat(browser.driver.findElement(By.id("spanFrom")).getDomProperty("value")).isEqualTo("2026-12");
            assertThat(browser.driver.findElement(By.id("spanTo")).getDomProperty("value")).isEqualTo("2026-12");

            // ---------------------------------------------------------------- the only edit: lead units
            for (int k = 0; k < GOLD.size(); k++) {
                new Select(browser.driver.findElement(By.id("lead-" + ticked.get(k)))).selectByVisibleText(GOLD.get(k).lead());
            }
            browser.screenshot("december-import-review");
            browser.driver.findElement(By.id("accept")).click();
            browser.waitUntil(ExpectedConditions.urlMatches(".*/plans/[0-9]+$"));

            // ---------------------------------------------------------------- the plan page
            List<WebElement> tasks = browser.driver.findElements(By.cssSelector("#tasks tbody tr"));
            assertThat(tasks).hasSize(GOLD.size());
            for (int k = 0; k < GOLD.size(); k++) {
                Task gold = GOLD.get(k);
                List<WebElement> cells = tasks.get(k).findElements(By.tagName("td"));
                assertThat(cells.get(1).getText()).isEqualTo(gold.title());
                assertThat(cells.get(3).getText()).isEqualTo(gold.lead());
                assertThat(cells.get(7).getText().strip()).as("%s is due", gold.title())
                        .isEqualTo(gold.deadline() == null ? "" : gold.deadline());
                List<WebElement> lines = cells.get(2).findElements(By.tagName("div"));
                assertThat(lines).as(gold.title()).hasSize(gold.indicators().size());
                for (int j = 0; j < lines.size(); j++) {
                    Indicator want = gold.indicators().get(j);
                    String line = lines.get(j).getText();
                    assertThat(line).as(gold.title()).contains(want.word(), want.surface());
                    if (want.deadline() == null) {
                        assertThat(line).as(gold.title()).doesNotContain("（20");
                    } else {
                        assertThat(line).as(gold.title()).endsWith("（" + want.deadline() + "）");
                    }
                }
            }
            String ledger = browser.driver.findElement(By.id("tasks")).getText();
            assertThat(ledger).as("nothing is due in the document's year, nor a year late")
                    .doesNotContain("2025-").doesNotContain("2027-");
            browser.screenshot("december-import-plan");

            // ---------------------------------------------------------------- the Excel export says the same
            byte[] xlsx = download(browser, browser.driver.findElement(By.id("export")).getDomAttribute("href"));
            List<String> problems = new ArrayList<>();
            LedgerWorkbook.LedgerFile file = LedgerWorkbook.readFile(xlsx, problems);
            assertThat(problems).isEmpty();
            assertThat(file.rows()).extracting(LedgerWorkbook.LedgerRow::title)
                    .containsExactlyElementsOf(GOLD.stream().map(Task::title).toList());
            assertThat(file.rows()).extracting(r -> r.deadline() == null ? null : r.deadline().toString())
                    .containsExactlyElementsOf(GOLD.stream().map(Task::deadline).toList());
            assertThat(file.rows()).extracting(LedgerWorkbook.LedgerRow::lead)
                    .containsExactlyElementsOf(GOLD.stream().map(Task::lead).toList());
            List<Indicator> exported = file.indicators().stream().map(i -> new Indicator(i.name(),
                    i.target().stripTrailingZeros().toPlainString() + i.unit(),
                    i.deadline() == null ? null : i.deadline().toString())).toList();
            List<Indicator> wanted = GOLD.stream().flatMap(t -> t.indicators().stream()).toList();
            assertThat(exported).hasSameSizeAs(wanted);
            for (int j = 0; j < wanted.size(); j++) {
                assertThat(exported.get(j).word()).contains(wanted.get(j).word());
                assertThat(exported.get(j).surface()).isEqualTo(surfaceInBaseForm(wanted.get(j).surface()));
                assertThat(exported.get(j).deadline()).as(exported.get(j).word()).isEqualTo(wanted.get(j).deadline());
            }
        }
    }

    /** The 指标 sheet writes the target as a number and its unit: 3.4万亩 stays 3.4 and 万亩. */
    private static String surfaceInBaseForm(String surface) {
        return new BigDecimal(surface.replaceAll("[^0-9.]", "")).stripTrailingZeros().toPlainString()
                + surface.replaceAll("[0-9.]", "");
    }

    /** A file as the signed-in browser downloads it (its session, its cookies). */
    @SuppressWarnings("unchecked")
    private static byte[] download(Browser b, String href) {
        b.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        List<Object> got = (List<Object>) b.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  let s = '';
                  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
                  done([r.status, r.headers.get('Content-Type') || '', btoa(s)]);
                }).catch(e => done([0, String(e), '']));""", href);
        assertThat(((Number) got.get(0)).intValue()).as(href + " " + got.get(1)).isEqualTo(200);
        return Base64.getDecoder().decode((String) got.get(2));
    }
}
