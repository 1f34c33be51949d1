package org.newsroom.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.platform.Slugs;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.Browser;
import org.newsroom.support.BrowserTest;
import org.newsroom.support.Chromium;
import org.newsroom.support.Staff;
import org.newsroom.support.TestMedia;
import org.newsroom.support.TestStories;
import org.newsroom.taxonomy.SectionService;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * What readers see, laid out by real Chromium: typography, a right-to-left story on the left-to-right site, the front
 * page on a phone, the current section in the masthead, the footer of a short page, the search count.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderPagesBrowserTest {

    static final String GENEVA = "/middle-east/2014/02/10/syrian-rivals-resume-peace-talks-in-geneva";

    @LocalServerPort
    int port;

    @Autowired
    TestStories stories;

    @Autowired
    TestMedia media;

    @Autowired
    Staff staff;

    @Autowired
    SectionService sections;

    @Autowired
    NewsroomProperties properties;

    private Browser browser;

    @BeforeAll
    void start() {
        browser = Chromium.open(port);
    }

    @AfterEach
    void desktop() {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theGenevaStoryReadsAsWireCopy() {
        open(GENEVA);

        String body = browser.findElement(By.cssSelector(".article__body")).getText();
        assertThat(body).doesNotContain("\"", " - ");
        assertThat(body)
                .contains("some “common ground” had been reached")
                .contains("they require – courage, persistence");
        // The dash is kept with the word before it: a no-break space, so that no line starts with a dash.
        assertThat((String) js("return document.querySelector('.article__body').textContent"))
                .contains("require\u00A0– courage");
    }

    @Test
    void anArabicStoryIsRightToLeftAndTheSiteAroundItStaysLeftToRight() throws IOException {
        sections.ensureSection("test-desk", "Test desk", null, 99);
        String slug =
                Slugs.articleSlug("محادثات جنيف " + UUID.randomUUID().toString().substring(0, 4), 100);
        Instant at = stories.newest();
        stories.story("محادثات \"جنيف\" 2")
                .language("ar")
                .slug(slug)
                .deck("الجولة الأولى من المحادثات انتهت دون اتفاق")
                .body("قال المبعوث إن \"الجليد بدأ يذوب\".")
                .publishedAt(at);
        String path = "/test-desk/"
                + java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd")
                        .withZone(properties.site().timeZone())
                        .format(at)
                + "/" + Slugs.toUri(slug);

        open(path);

        assertThat(browser.getCurrentUrl()).endsWith(path);
        assertThat(direction("html")).isEqualTo("ltr");
        assertThat(direction(".masthead")).isEqualTo("ltr");
        assertThat(direction(".site-footer")).isEqualTo("ltr");
        assertThat(direction("article.article")).isEqualTo("rtl");
        assertThat(direction(".article__body p")).isEqualTo("rtl");
        // The masthead reads from the left; the story's headline from the right.
        WebElement name = browser.findElement(By.cssSelector(".masthead__name"));
        assertThat(name.getRect().getX()).isLessThan(100);
        WebElement headline = browser.findElement(By.cssSelector(".article__headline"));
        assertThat(headline.getText()).startsWith("محادثات").doesNotContain("\"");
        assertThat(violations()).isEmpty();
    }

    @Test
    void onAPhoneOnlyTheLeadStoryHasAFullWidthPicture() {
        var actor = staff.create(StaffRole.EDITOR).actor();
        sections.ensureSection("test-desk", "Test desk", null, 99);
        for (int i = 0; i < 5; i++) {
            long image = media.image(actor, "A harbour at dawn, picture " + i, null, "Photo: Test")
                    .id();
            stories.story("A story with a picture " + i + " " + UUID.randomUUID())
                    .leadImage(image)
                    .publishedAt(stories.newest());
        }
        phone();
        open("/");

        long viewport = ((Number) js("return document.documentElement.clientWidth")).longValue();
        WebElement lead = browser.findElement(By.cssSelector(".lead-story__image img"));
        assertThat(lead.getRect().getWidth()).isGreaterThan((int) (viewport * 0.85));
        List<WebElement> cards = browser.findElements(By.cssSelector(".card .card__image img"));
        assertThat(cards).hasSizeGreaterThanOrEqualTo(4);
        for (WebElement card : cards) {
            assertThat(card.getRect().getWidth()).as("a card's thumbnail").isLessThanOrEqualTo(7 * 16);
        }
        long height = pageHeight();
        // The same page with the cards' pictures at full width, as before: the thumbnails save the reader scrolling.
        // (Through the CSSOM, which the page's Content-Security-Policy allows, unlike a style element.)
        js("document.querySelectorAll('.card .has-image').forEach(card => card.style.display = 'block');"
                + "document.querySelectorAll('.card .card__image img').forEach(img => img.style.width = '100%');");
        long fullWidth = pageHeight();
        System.out.printf(
                "Front page on a phone: %d px with thumbnails, %d px with full-width pictures%n", height, fullWidth);
        assertThat(height).isLessThan(fullWidth - 4 * 150);
    }

    @Test
    void theMastheadMarksTheCurrentSection() {
        open("/world");
        assertThat(currentSections()).containsExactly("World=page");

        open(GENEVA);
        assertThat(currentSections()).containsExactly("World=true");

        open("/");
        assertThat(currentSections()).isEmpty();
    }

    @Test
    void aSectionPageDoesNotRepeatItsNameOnEveryStory() {
        open("/middle-east");

        assertThat(browser.findElements(By.cssSelector(".story-list__item"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".story-list__item .kicker")).stream()
                        .map(WebElement::getText))
                .doesNotContain("MIDDLE EAST", "Middle East");
    }

    @Test
    void theFooterSitsAtTheBottomOfAShortPage() {
        open("/search");

        WebElement footer = browser.findElement(By.cssSelector(".site-footer"));
        long windowHeight = ((Number) js("return window.innerHeight")).longValue();
        int footerBottom = footer.getRect().getY() + footer.getRect().getHeight();
        // The footer ends the page, and never above the window's bottom, however long the masthead grows (other
        // tests add sections to it) and so whether or not the page still fits in the window.
        assertThat(footerBottom).isBetween((int) pageHeight() - 1, (int) pageHeight() + 1);
        assertThat(footerBottom).isGreaterThanOrEqualTo((int) windowHeight - 1);
    }

    @Test
    void searchSaysHowManyStoriesMatchedAndCutPassagesEndWithAnEllipsis() {
        open("/search?q=geneva");

        assertThat(browser.findElement(By.cssSelector(".search-count")).getText())
                .matches("\\d+ stor(y matches|ies match) “geneva”");
        int shown =
                browser.findElements(By.cssSelector(".search-results__item")).size();
        assertThat(browser.findElement(By.cssSelector(".search-count")).getText())
                .startsWith(shown < 20 ? String.valueOf(shown) : "");
        // The Geneva story's passage is cut out of its long body: an ellipsis says where it goes on.
        WebElement geneva = browser.findElement(
                By.xpath("//li[contains(@class,'search-results__item')][.//a[contains(@href,'" + GENEVA + "')]]"));
        String snippet =
                geneva.findElement(By.cssSelector(".search-results__snippet")).getText();
        assertThat(snippet.startsWith("…") || snippet.endsWith("…")).as(snippet).isTrue();
    }

    private void open(String path) {
        browser.open(path);
        Chromium.patiently(browser).until(d -> "complete".equals(js("return document.readyState")));
    }

    private void phone() {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    private long pageHeight() {
        return ((Number) js("return document.documentElement.scrollHeight")).longValue();
    }

    private String direction(String selector) {
        return (String) js("return getComputedStyle(document.querySelector(arguments[0])).direction", selector);
    }

    @SuppressWarnings("unchecked")
    private List<String> currentSections() {
        return (List<String>) js("return Array.from(document.querySelectorAll('.sections [aria-current]'))"
                + ".map(a => a.textContent.trim() + '=' + a.getAttribute('aria-current'))");
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    @SuppressWarnings("unchecked")
    private List<String> violations() throws IOException {
        js(new ClassPathResource("axe/axe.min.js").getContentAsString(StandardCharsets.UTF_8));
        return (List<String>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                   .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' -> '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));
                """);
    }
}
