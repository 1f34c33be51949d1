package org.newsroom.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.frontpage.FrontCuration;
import org.newsroom.frontpage.FrontKey;
import org.newsroom.frontpage.FrontSlot;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.Browser;
import org.newsroom.support.BrowserTest;
import org.newsroom.support.Chromium;
import org.newsroom.support.Staff;
import org.newsroom.support.TestStories;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An editor arranges the front in the browser: a story dragged by its handle into the lead, another moved with the
 * arrow keys on its focused handle, then published; readers get that order. Screenshots of the screen and of the
 * front page, on a phone and a desktop, light and dark, go to {@code target/screenshots}.
 */
@BrowserTest
class FrontArrangementBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Staff staff;

    @Autowired
    TestStories stories;

    @Autowired
    FrontCuration curation;

    private Browser browser;
    private StaffPrincipal editor;

    @BeforeEach
    void browser() {
        browser = Chromium.open(port);
        editor = staff.create(StaffRole.EDITOR, "Fran Front");
    }

    @AfterEach
    void close() {
        browser.quit();
        curation.publish(FrontKey.FRONT, List.of(), editor.actor());
    }

    @Test
    void aStoryIsDraggedIntoTheLeadAnotherMovedByKeyboardAndReadersGetThatOrder() throws IOException {
        long a = older("Geneva II talks open with no date for a ceasefire");
        long b = older("Aid convoy reaches the old city of Homs");
        long c = older("Opposition delegation names its negotiators");
        curation.publish(FrontKey.FRONT, List.of(FrontSlot.of(a), FrontSlot.of(b), FrontSlot.of(c)), editor.actor());
        browser.signIn(editor);
        browser.open("/admin/front");
        Chromium.patiently(browser).until(d -> handle(2).isDisplayed());
        assertThat(headlines()).containsExactly(headline(a), headline(b), headline(c));

        // C, dragged by its handle to above the top half of the lead, becomes the lead.
        WebElement lead = slots().getFirst();
        new Actions(browser)
                .clickAndHold(handle(2))
                .moveToElement(lead, 0, -lead.getSize().getHeight() / 2 + 4)
                .pause(Duration.ofMillis(100))
                .release()
                .perform();
        assertThat(headlines()).containsExactly(headline(c), headline(a), headline(b));
        assertThat(slots().getFirst().findElement(By.cssSelector("[data-role]")).getText())
                .isEqualToIgnoringCase("Lead");

        // B, moved up by the arrow key on its handle, which keeps the focus.
        WebElement bHandle = handle(2);
        bHandle.sendKeys(Keys.ARROW_UP);
        assertThat(headlines()).containsExactly(headline(c), headline(b), headline(a));
        assertThat(browser.switchTo().activeElement()).isEqualTo(bHandle);
        assertThat(browser.findElement(By.cssSelector("[data-front-announce]")).getAttribute("textContent"))
                .contains(headline(b))
                .contains("2 of 3");
        assertThat(slots().stream()
                        .map(slot -> slot.findElement(By.cssSelector("[data-position]"))
                                .getDomProperty("value"))
                        .toList())
                .containsExactly("1", "2", "3");

        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("button[name=publish]")).click();
        Chromium.waitForNextPage(browser, page);
        assertThat(browser.findElement(By.cssSelector(".notice--success")).getText())
                .startsWith("Published");
        shoot("admin-front");

        browser.open("/");
        assertThat(browser.findElement(By.cssSelector(".lead-story__headline")).getText())
                .isEqualTo(headline(c));
        assertThat(browser.findElements(By.cssSelector(".top-stories .card__headline")).stream()
                        .limit(2)
                        .map(WebElement::getText)
                        .toList())
                .containsExactly(headline(b), headline(a));
        shoot("front");
    }

    /** The page at a phone's and a desktop's width, light and dark. */
    private void shoot(String name) throws IOException {
        String current = browser.getCurrentUrl();
        for (boolean dark : new boolean[] {false, true}) {
            browser.executeCdpCommand(
                    "Emulation.setEmulatedMedia",
                    Map.of(
                            "features",
                            List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
            for (int width : new int[] {390, 1366}) {
                browser.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 900));
                browser.get(current);
                Path out = Path.of("target", "screenshots", name + "-" + width + (dark ? "-dark" : "") + ".png");
                Files.createDirectories(out.getParent());
                Files.write(out, browser.getScreenshotAs(OutputType.BYTES));
                @SuppressWarnings("unchecked")
                List<String> outside = (List<String>) browser.executeScript("""
                        const width = document.documentElement.clientWidth;
                        return [...document.querySelectorAll('main *')]
                            .filter(e => e.getClientRects().length > 0)
                            .filter(e => { const r = e.getBoundingClientRect(); return r.right > width + 0.5; })
                            .map(e => e.tagName + '.' + e.className + ' ' + (e.textContent || '').trim().slice(0, 30));
                        """);
                assertThat(outside)
                        .as("%s at %d px: elements wider than the screen", name, width)
                        .isEmpty();
            }
        }
    }

    private List<WebElement> slots() {
        return browser.findElements(By.cssSelector("[data-slot]"));
    }

    private WebElement handle(int index) {
        return slots().get(index).findElement(By.cssSelector("[data-handle]"));
    }

    private List<String> headlines() {
        return browser.findElements(By.cssSelector("[data-slot] .front-slot__headline")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private long older(String headline) {
        return stories.story(headline + " " + UUID.randomUUID().toString().substring(0, 6))
                .publishedAt(Instant.now().minus(Duration.ofDays(2)));
    }

    private String headline(long id) {
        return curation.open(FrontKey.FRONT, editor.actor()).slots().stream()
                .filter(slot -> slot.articleId() == id)
                .findFirst()
                .orElseThrow()
                .storyHeadline();
    }
}
