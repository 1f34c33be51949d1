package org.newsroom.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsroom.support.Browser;
import org.newsroom.support.BrowserTest;
import org.newsroom.support.Chromium;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Reader pages log nothing to the browser's console above a warning: no failed request (a missing icon was one), no
 * script error. Lighthouse counts each such error against best practices.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest {

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void start() {
        browser = Chromium.open(port);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theCheckSeesAnErrorWhenThereIsOne() {
        load("/");
        ((JavascriptExecutor) browser).executeScript("console.error('a test error')");

        assertThat(errors()).anyMatch(message -> message.contains("a test error"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/middle-east/2014/02/10/syrian-rivals-resume-peace-talks-in-geneva",
                "/world",
                "/tag/syria",
                "/author/staff-and-agencies",
                "/search?q=geneva",
                "/corrections",
                "/admin/login"
            })
    void aReaderPageLogsNoError(String path) {
        load(path);

        assertThat(errors()).as(path).isEmpty();
    }

    /**
     * Loads the page, waits for it to be complete, then requests the icons it links and {@code /favicon.ico} and waits
     * for the answers: Chromium asks for the icon on its own after the load, at a time of its choosing, and reports a
     * failed request to the console, as it does for these.
     */
    private void load(String path) {
        errors();
        browser.open(path);
        Chromium.patiently(browser).until(driver -> "complete"
                .equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
        ((JavascriptExecutor) browser).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const icons = [...document.querySelectorAll('link[rel~=icon]')].map(l => l.href).concat('/favicon.ico');
                        Promise.all(icons.map(href => fetch(href, {cache: 'no-store'}).catch(() => null)))
                            .then(() => done(true));
                        """);
    }

    private List<String> errors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() > Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }
}
