package org.newsroom.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.PublishingService;
import org.newsroom.article.StoryInput;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.AdminRequests;
import org.newsroom.support.Browser;
import org.newsroom.support.BrowserTest;
import org.newsroom.support.Chromium;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.taxonomy.SectionService;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The editor's unpublish dialog, the confirmation page without JavaScript and the conflict screen on a phone (390 px),
 * light and dark: nothing wider than the screen, every button on it, and text that contrasts with what is behind it.
 * Screenshots go to {@code target/screenshots/}, to be looked at.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorScreensOnAPhoneBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Staff staff;

    @Autowired
    SectionService sections;

    @Autowired
    DraftingService drafting;

    @Autowired
    PublishingService publishing;

    @Autowired
    EditorQueryService editorQueries;

    private Browser browser;
    private StaffPrincipal editor;

    @BeforeAll
    void start() {
        browser = Chromium.open(port);
        editor = staff.create(StaffRole.EDITOR, "Pia Phone");
        browser.signIn(editor);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void theUnpublishDialogFitsAPhone(String scheme) throws IOException {
        long id = publishedStory();
        phone(scheme);
        browser.openEditor(id);
        browser.findElement(By.cssSelector("a[data-unpublish]")).click();
        WebElement dialog = browser.findElement(By.id("unpublish-dialog"));
        Chromium.patiently(browser).until(driver -> "true".equals(dialog.getDomProperty("open")));

        // What the phone's screen shows: a dialog sits over the screen, not over the whole page.
        Path out = Path.of("target", "screenshots", "editor-unpublish-dialog-390-" + scheme + ".png");
        Files.createDirectories(out.getParent());
        Files.write(out, browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        Object bottom = browser.executeScript(
                "return arguments[0].getBoundingClientRect().bottom <= window.innerHeight", dialog);
        assertThat(bottom).as("the whole dialog on the screen, its buttons too").isEqualTo(true);
        if (scheme.equals("dark")) {
            // A backdrop barely darkens a dark page: the dialog must not have the page's own colour.
            assertThat(browser.executeScript("return getComputedStyle(arguments[0]).backgroundColor", dialog))
                    .isNotEqualTo(browser.executeScript("return getComputedStyle(document.body).backgroundColor"));
        }
        fitsTheScreen(dialog);
        readable(dialog);
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void theUnpublishConfirmationPageFitsAPhone(String scheme) throws IOException {
        long id = publishedStory();
        phone(scheme);
        browser.open("/admin/articles/" + id + "/unpublish");

        screenshot("editor-unpublish-page-390-" + scheme + ".png");
        fitsTheScreen(browser.findElement(By.tagName("main")));
        readable(browser.findElement(By.tagName("main")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void theConflictScreenFitsAPhone(String scheme) throws IOException {
        long id = publishedStory();
        phone(scheme);
        browser.openEditor(id);
        WebElement deck = browser.findElement(By.id("deck"));
        // Someone else saves the story meanwhile.
        StaffPrincipal other = staff.create(StaffRole.EDITOR, "Otto Other");
        StoryInput theirs = editorQueries.open(id, other.actor()).input();
        drafting.save(
                id,
                editorQueries.open(id, other.actor()).version(),
                theirs.toBuilder()
                        .deck(
                                "Their deck, saved first, long enough to wrap over several lines on a phone's narrow screen.")
                        .build(),
                other.actor());
        deck.sendKeys("My deck, typed at the same time");
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("button[name=action][value=save]")).click();
        Chromium.waitForNextPage(browser, page);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Someone else saved this story");

        screenshot("editor-conflict-390-" + scheme + ".png");
        @SuppressWarnings("unchecked")
        List<String> boxed =
                (List<String>) browser.executeScript("return [...document.querySelectorAll('.conflict__empty')]"
                        + ".map(e => getComputedStyle(e.parentElement).borderTopWidth)");
        assertThat(boxed).as("every empty field shown alike").isNotEmpty().containsOnly("0px");
        fitsTheScreen(browser.findElement(By.tagName("main")));
        readable(browser.findElement(By.tagName("main")));
    }

    private long publishedStory() {
        long desk = sections.ensureSection("test-desk", "Test desk", null, 99).id();
        StoryInput input = StoryInputs.story(
                        "A story with a long headline to unpublish from a phone " + AdminRequests.unique())
                .deck("A deck.")
                .body("Body.")
                .sectionId(desk)
                .build();
        long id = drafting.create(input, editor.actor());
        publishing.publish(id, editorQueries.open(id, editor.actor()).version(), input, editor.actor());
        return id;
    }

    private void phone(String scheme) {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        browser.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Nothing scrolls sideways, and every button and link inside {@code area} is within the screen's width. */
    private void fitsTheScreen(WebElement area) {
        Object overflow = browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("sideways scroll").isLessThanOrEqualTo(0);
        @SuppressWarnings("unchecked")
        List<String> outside = (List<String>) browser.executeScript("""
                        const width = document.documentElement.clientWidth;
                        return [...arguments[0].querySelectorAll('button, a, input, select, textarea, label, p, dd, dt, td, th, h1, h2')]
                            .filter(e => e.getClientRects().length > 0)
                            .filter(e => { const r = e.getBoundingClientRect(); return r.left < 0 || r.right > width + 0.5; })
                            .map(e => e.tagName + ' ' + (e.textContent || e.value || '').trim().slice(0, 40));
                        """, area);
        assertThat(outside).as("elements wider than the screen").isEmpty();
    }

    /**
     * Every element that shows text has a contrast of at least 4.5:1 (WCAG AA) against the first opaque background
     * behind it.
     */
    private void readable(WebElement area) {
        @SuppressWarnings("unchecked")
        List<String> faint = (List<String>) browser.executeScript("""
                        const rgb = c => { const m = c.match(/[\\d.]+/g).map(Number); return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1}; };
                        const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                                           return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
                        const background = e => { for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c.a > 0.5) return c; }
                                                  return rgb(getComputedStyle(document.documentElement).backgroundColor || 'rgb(255,255,255)'); };
                        return [...arguments[0].querySelectorAll('*')]
                            .filter(e => e.getClientRects().length > 0)
                            .filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
                            .map(e => { const fg = rgb(getComputedStyle(e).color), bg = background(e);
                                        const [hi, lo] = [lum(fg), lum(bg)].sort((x, y) => y - x);
                                        return {e, ratio: (hi + 0.05) / (lo + 0.05)}; })
                            .filter(x => x.ratio < 4.5)
                            .map(x => x.e.tagName + ' ' + x.ratio.toFixed(2) + ' ' + x.e.textContent.trim().slice(0, 40));
                        """, area);
        assertThat(faint).as("text below 4.5:1 contrast").isEmpty();
    }

    /** The whole page, not only what the screen shows: a phone scrolls. */
    private void screenshot(String name) throws IOException {
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        long height = ((Number) browser.executeScript("return document.documentElement.scrollHeight")).longValue();
        Map<String, Object> shot = browser.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", 390, "height", height, "scale", 1)));
        Files.write(out, java.util.Base64.getDecoder().decode((String) shot.get("data")));
    }
}
