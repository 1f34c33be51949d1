package org.newsroom.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.core.io.ClassPathResource;

/**
 * Debian's headless Chromium driven by Debian's ChromeDriver, both named by path, so that nothing is ever downloaded.
 * Where they are not installed, browser tests are skipped on a developer's machine, but fail in CI ({@code CI} set),
 * which installs them.
 */
public final class Chromium {

    static final String BROWSER = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    /**
     * The ceiling of every wait in a browser test. Waits end as soon as the page's own signal is there; the ceiling
     * only says when to give up, and is generous so that a loaded machine (a build beside another) never fails a test
     * that would pass on an idle one.
     */
    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private Chromium() {}

    /**
     * How often a wait looks again. Selenium's default, half a second, was most of what a wait cost: nearly every
     * wait (the next page after each click) fails its first look, so each cost half a second however fast the page.
     */
    static final Duration LOOK_AGAIN = Duration.ofMillis(50);

    /** A wait for a condition of the page, with the {@link #PATIENCE} ceiling. */
    public static WebDriverWait patiently(WebDriver driver) {
        return new WebDriverWait(driver, PATIENCE, LOOK_AGAIN);
    }

    /**
     * Waits until {@code oldPage} (the {@code html} element of the page before a click) has gone, i.e. the next page
     * has loaded. Chromium reports a gone element either as stale or as not belonging to the document.
     */
    public static void waitForNextPage(WebDriver driver, WebElement oldPage) {
        patiently(driver).until(d -> {
            try {
                oldPage.isEnabled();
                return false;
            } catch (StaleElementReferenceException | NoSuchElementException gone) {
                return true;
            } catch (WebDriverException gone) {
                return gone.getMessage() != null && gone.getMessage().contains("does not belong to the document");
            }
        });
    }

    /**
     * A browser on the application at {@code port}, which says what a person does in its own words ({@link Browser}).
     * A test class keeps one for all its tests: starting Chromium is most of what a short browser test costs.
     */
    public static Browser open(int port) {
        return start(options -> {}, port);
    }

    /**
     * A browser that also records the renderer's timeline (Chromium's {@code devtools.timeline} trace events, with
     * each event's wall time {@code dur} and its thread's CPU time {@code tdur}), read through the {@code performance}
     * log: {@code driver.manage().logs().get("performance")} answers what was recorded since it was last read.
     */
    public static Browser openRecordingTimeline(int port) {
        return start(
                options -> {
                    options.setCapability(
                            "goog:loggingPrefs", java.util.Map.of("browser", "ALL", "performance", "ALL"));
                    options.setExperimentalOption(
                            "perfLoggingPrefs",
                            java.util.Map.of(
                                    "traceCategories",
                                    "devtools.timeline",
                                    "enableNetwork",
                                    false,
                                    "enablePage",
                                    false));
                },
                port);
    }

    private static Browser start(java.util.function.Consumer<ChromeOptions> adjust, int port) {
        boolean installed = new File(BROWSER).canExecute() && new File(DRIVER).canExecute();
        if (!installed && System.getenv("CI") == null) {
            Assumptions.abort("Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver)");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("newsroom-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1366,900",
                "--user-data-dir=" + profile);
        // The console's messages, for tests that check a page logs no error (a missing icon is one).
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        adjust.accept(options);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .build();
        Browser driver = new Browser(service, options, port);
        driver.manage().timeouts().pageLoadTimeout(PATIENCE);
        driver.manage().timeouts().scriptTimeout(PATIENCE);
        return driver;
    }

    /**
     * The WCAG 2.1 A and AA violations axe finds on the browser's page (id, help and the elements), none when it passes.
     */
    @SuppressWarnings("unchecked")
    public static List<String> axeViolations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        try {
            js.executeScript(new ClassPathResource("axe/axe.min.js").getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (List<String>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                   .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' -> '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));
                """);
    }
}
