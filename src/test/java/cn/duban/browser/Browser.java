package cn.duban.browser;

import cn.duban.security.TotpCodes;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven headless, as .ci/run installs it. Locally, without it, browser
 * tests are skipped; CI installs it first, so they always run there.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    public final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser open(int width, int height) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Debian chromium and chromium-driver are not installed");
        Path profile = Files.createTempDirectory("duban-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        // A click that submits a form may return before the next page is there; finding an
        // element waits for it instead of failing at once.
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
        return new Browser(driver, profile);
    }

    /**
     * Signs in through the login form, gives the second factor where the account has or needs one
     * (setting it up on first sign-in, as the office must), and lands where a sign-in lands.
     */
    public void signIn(String baseUrl, String username, String password) {
        driver.get(baseUrl + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waitUntil(ExpectedConditions.not(ExpectedConditions.urlMatches(".*/login(\\?.*)?$")));
        if (driver.getCurrentUrl().contains("/account/two-factor")) {
            String secret = driver.findElement(By.id("totp-secret")).getText().replace(" ", "");
            TotpCodes.remember(username, secret);
            WebElement code = driver.findElement(By.id("enrol-code"));
            code.sendKeys(TotpCodes.next(username));
            code.submit();
            driver.findElement(By.id("recovery-codes"));
            driver.get(baseUrl + "/");
        } else if (driver.getCurrentUrl().contains("/login/second-factor")) {
            WebElement code = driver.findElement(By.id("code"));
            code.sendKeys(TotpCodes.next(username));
            code.submit();
            waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        }
    }

    /**
     * Waits for a condition, asking again while htmx replaces the part being read: a node found a moment before it is
     * swapped out answers "Node with given id does not belong to the document" (a plain WebDriverException, not a stale
     * element), which only says to look again.
     */
    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (WebDriverException e) {
                        if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                            return null;
                        }
                        throw e;
                    }
                });
    }

    /**
     * Clicks the element after scrolling it to the middle of the window: near the bottom edge a sticky bar or a
     * message can lie over it, and a pointer's click then lands on that instead.
     */
    public void click(By by) {
        WebElement element = driver.findElement(by);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    /** Saves what the page shows under target/screenshots. */
    public Path screenshot(String name) {
        try {
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            return Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
