package cn.duban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.DubanTest;
import cn.duban.TestClock;
import cn.duban.TestUsers;
import cn.duban.ledger.LedgerWorkbook;
import cn.duban.security.Role;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
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

    /** A 2025 总结 whose closing part is headed 2026年工作打算, its items 一是…七是 in one paragraph. */
    @Test
    void aTownshipSummaryImportedInDecemberNeedsOnlyItsLeadUnits() throws Exception {
        importAndAccept(DOCUMENT.toAbsolutePath(), "石桥镇2025年工作总结和2026年工作打算", "december-import");
    }

    /**
     * The same work in Word, as another township writes it: a 总结 given in December 2025 whose closing part is only
     * 下一步工作打算, each item a heading of its own with its work in the paragraph below, and the signature and date
     * under the last; its 年底前 and 6月底前 are the plan's year's too.
     */
    @Test
    void aWordSummaryWithNextStepsImportedInDecemberNeedsOnlyItsLeadUnits() throws Exception {
        Path dir = Files.createTempDirectory("december-import");
        Path docx = dir.resolve("liuhe-2025.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            List<String> lines = LIUHE.strip().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                XWPFParagraph p = doc.createParagraph();
                // The title and its date line centred, the signature and its date to the right, as offices lay them out.
                p.setAlignment(i < 2
                        ? ParagraphAlignment.CENTER
                        : i >= lines.size() - 2
                                ? ParagraphAlignment.RIGHT
                                : ParagraphAlignment.BOTH);
                XWPFRun run = p.createRun();
                run.setText(line);
                run.setBold(line.matches("^[一二三四五六七八九十]、.*|^（[一二三四五六七八九十]）.*"));
            }
            doc.write(out);
        }
        importAndAccept(docx, "柳河镇2025年工作总结", "december-import-docx");
    }

    private static final String LIUHE = """
            柳河镇2025年工作总结
            2025年12月20日
            今年以来，柳河镇党委、政府在县委、县政府的正确领导下，围绕年初确定的目标任务，凝心聚力抓发展，用心用情惠民生，各项工作取得了新的进展。
            一、主要工作成效
            （一）农业基础不断夯实。全年粮食播种面积稳定在3.4万亩，新建高标准农田2600亩。组织各村党支部书记到外地6个先进村学习发展村级集体经济的经验，新发展茶叶基地650亩，新培育家庭农场11家。
            （二）重点项目有序推进。总投资4200万元的镇区污水处理厂扩建项目正在加紧施工，总投资1.6亿元的柳河工业园标准厂房项目已完成场地平整，全长8.5公里的镇村公路提升工程已进场施工。
            （三）民生福祉持续改善。完成农村户厕改造420户，新增城镇就业310人，新建村级养老服务站1个。
            二、下一步工作打算
            （一）稳定粮食生产
            全年粮食播种面积稳定在3.4万亩以上，年底前新建高标准农田2000亩。
            （二）壮大特色产业
            新发展茶叶基地500亩，新培育家庭农场8家。
            （三）加快项目建设
            6月底前建成镇区污水处理厂扩建项目，年内完成柳河工业园标准厂房主体工程。
            （四）整治人居环境
            新建村级污水处理站3个，改造农村户厕450户。
            （五）完善基础设施
            改造提升农村公路5公里，9月底前完成危桥加固2座。
            （六）办好民生实事
            年内新建村级养老服务站2个，新增城镇就业300人。
            （七）加强基层治理
            年底前建成村级综治中心15个，实现全镇村级综治中心全覆盖。
            柳河镇人民政府
            2025年12月20日
            """;

    private void importAndAccept(Path document, String planTitle, String shots) throws Exception {
        clock.set(LocalDate.of(2026, 12, 8));
        TestUsers.County county = users.county();
        String office = users.user(county, county.office(), Role.SUPERVISOR);

        try (Browser browser = Browser.open(1600, 1200)) {
            String base = "http://localhost:" + port;
            browser.signIn(base, office, TestUsers.PASSWORD);
            browser.driver.get(base + "/plans/import");
            browser.driver.findElement(By.id("file")).sendKeys(document.toString());
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
            assertThat(browser.driver.findElement(By.id("title")).getDomProperty("value")).as("the plan is called as the document is")
                    .isEqualTo(planTitle);
            assertThat(browser.driver.findElement(By.id("spanFrom")).getDomProperty("value")).isEqualTo("2026-12");
            assertThat(browser.driver.findElement(By.id("spanTo")).getDomProperty("value")).isEqualTo("2026-12");

            // ---------------------------------------------------------------- the only edit: lead units
            for (int k = 0; k < GOLD.size(); k++) {
                new Select(browser.driver.findElement(By.id("lead-" + ticked.get(k)))).selectByVisibleText(GOLD.get(k).lead());
            }
            browser.screenshot(shots + "-review");
            browser.click(By.id("accept"));
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
            browser.screenshot(shots + "-plan");

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
