package org.newsroom.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsroom.support.Browser;
import org.newsroom.support.BrowserTest;
import org.newsroom.support.Chromium;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/** axe-core, run inside real Chromium on the reader pages, finds no WCAG 2.1 A or AA violation. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest {

    @LocalServerPort
    int port;

    private Browser browser;
    private String axe;

    @BeforeAll
    void start() throws IOException {
        axe = new ClassPathResource("axe/axe.min.js").getContentAsString(StandardCharsets.UTF_8);
        browser = Chromium.open(port);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @org.junit.jupiter.api.Test
    @SuppressWarnings("unchecked")
    void theCheckFindsAViolationWhenThereIsOne() {
        browser.open("/");
        ((JavascriptExecutor) browser)
                .executeScript("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"x.png\">')");

        assertThat(violations()).anyMatch(violation -> violation.startsWith("image-alt"));
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
                "/search?q=nothing-will-match-this",
                "/corrections",
                "/no-such-page",
                "/admin/login"
            })
    @SuppressWarnings("unchecked")
    void aPageHasNoAccessibilityViolations(String path) {
        browser.open(path);

        assertThat(violations()).as(path).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> violations() {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe);

        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                   .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' -> '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));
                """);
        return (List<String>) result;
    }
}
