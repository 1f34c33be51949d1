package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.article.ArticleService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.PublishingService;
import org.newsroom.frontpage.BannerInput;
import org.newsroom.frontpage.BannerLevel;
import org.newsroom.frontpage.BannerService;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.TestClock;
import org.newsroom.support.TestStories;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The breaking-news banner as readers see it: above the content of every reader page, in words as well as colour, gone
 * at its expiry even from cached pages, gone at once when ended, and never a link to a story taken off the site. Nothing
 * waits on the clock: the banner's changes empty this instance's cache as they commit, and the test clock is moved.
 */
@IntegrationTest
class BannerPagesTest {

    @Autowired
    Browserless browser;

    @Autowired
    BannerService banners;

    @Autowired
    ArticleService articles;

    @Autowired
    PublishingService publishing;

    @Autowired
    EditorQueryService editorQueries;

    @Autowired
    TestStories stories;

    @Autowired
    Staff staff;

    @Autowired
    TestClock clock;

    @Autowired
    PageCache pages;

    Actor editor;
    long storyId;
    String storyPath;

    @BeforeEach
    void aPublishedStory() {
        editor = staff.create(StaffRole.EDITOR).actor();
        storyId = stories.story("Ceasefire talks " + UUID.randomUUID()).publishedAt(stories.newest());
        storyPath = articles.findPublishedPath(storyId).orElseThrow();
    }

    /** No banner outlives its test: every other test's pages are without one. */
    @AfterEach
    void noBanner() {
        clock.reset();
        banners.details().ifPresent(live -> banners.end(live.id(), editor));
    }

    @Test
    void theBannerIsAboveTheContentOfTheFrontPageAnArticleASectionAndAnErrorPage() {
        String line = "Ceasefire agreed in Geneva " + UUID.randomUUID();
        banners.set(new BannerInput(line, BannerLevel.BREAKING, storyPath, in(Duration.ofHours(2))), editor);

        for (String path :
                new String[] {"/", storyPath, "/test-desk", "/corrections", "/no-such-page-" + UUID.randomUUID()}) {
            Document page = browser.get(path).document();
            Element banner = page.selectFirst(".news-banner");
            assertThat(banner).as(path).isNotNull();
            assertThat(banner.hasClass("news-banner--breaking")).as(path).isTrue();
            assertThat(banner.selectFirst(".news-banner__level").text())
                    .as("the level in words, not only in colour")
                    .isEqualTo("Breaking");
            assertThat(banner.selectFirst("a.news-banner__line").text()).isEqualTo(line);
            assertThat(banner.selectFirst("a.news-banner__line").attr("href")).isEqualTo(storyPath);
            assertThat(banner.nextElementSibling().id())
                    .as(path + ": the banner comes right before the page's content")
                    .isEqualTo("main");
        }
    }

    @Test
    void aDevelopingBannerSaysSo() {
        banners.set(
                new BannerInput("Talks continue overnight", BannerLevel.DEVELOPING, storyPath, in(Duration.ofHours(1))),
                editor);

        Element banner = browser.get("/").document().selectFirst(".news-banner");

        assertThat(banner.hasClass("news-banner--developing")).isTrue();
        assertThat(banner.selectFirst(".news-banner__level").text()).isEqualTo("Developing");
        assertThat(banner.attr("aria-label")).isEqualTo("Developing news");
    }

    @Test
    void aBannerExpiresOnCachedPagesToo() {
        String line = "Expiring " + UUID.randomUUID();
        banners.set(new BannerInput(line, BannerLevel.BREAKING, storyPath, in(Duration.ofMinutes(10))), editor);
        assertThat(browser.get(storyPath).body()).contains(line);
        Browserless.Page cached = browser.get(storyPath);
        assertThat(cached.header("Age")).as("served from the cache").isNotNull();
        assertThat(cached.body()).contains(line);

        clock.advance(Duration.ofMinutes(10).plusSeconds(1));

        Browserless.Page after = browser.get(storyPath);
        assertThat(after.body()).doesNotContain(line).doesNotContain("news-banner");
        assertThat(after.header("Age")).as("rendered afresh").isNull();
        assertThat(browser.get("/").body()).doesNotContain(line);
    }

    @Test
    void noCacheKeepsAPageWithTheBannerPastItsExpiry() {
        banners.set(new BannerInput("Soon over", BannerLevel.BREAKING, storyPath, in(Duration.ofSeconds(100))), editor);

        String cacheControl = browser.get("/").header("Cache-Control");

        // A CDN keeps a page s-maxage seconds less its Age, then serves it stale while it revalidates: within 100 s.
        assertThat(maxAge(cacheControl, "s-maxage") + maxAge(cacheControl, "stale-while-revalidate"))
                .isBetween(1L, 100L);
        assertThat(maxAge(cacheControl, "max-age")).isBetween(1L, 60L);

        banners.details().ifPresent(live -> banners.end(live.id(), editor));
        assertThat(browser.get("/").header("Cache-Control")).isEqualTo(PublicCaching.PUBLIC);
    }

    @Test
    void anEndedBannerIsGoneAtOnce() {
        String line = "Ended at once " + UUID.randomUUID();
        banners.set(new BannerInput(line, BannerLevel.BREAKING, storyPath, in(Duration.ofHours(2))), editor);
        assertThat(browser.get("/").body()).contains(line);
        long shownSince = pages.generation();

        assertThat(banners.end(banners.details().orElseThrow().id(), editor)).isTrue();

        assertThat(pages.generation())
                .as("the cache emptied as the end committed")
                .isGreaterThan(shownSince);
        assertThat(browser.get("/").body()).doesNotContain(line);
        assertThat(browser.get(storyPath).body()).doesNotContain("news-banner");
    }

    @Test
    void aNewBannerReplacesTheOld() {
        String first = "First " + UUID.randomUUID();
        String second = "Second " + UUID.randomUUID();
        banners.set(new BannerInput(first, BannerLevel.DEVELOPING, storyPath, in(Duration.ofHours(2))), editor);
        assertThat(browser.get("/").body()).contains(first);

        banners.set(new BannerInput(second, BannerLevel.BREAKING, storyPath, in(Duration.ofHours(2))), editor);

        Document page = browser.get("/").document();
        assertThat(page.select(".news-banner")).hasSize(1);
        assertThat(page.body().text()).contains(second).doesNotContain(first);
    }

    @Test
    void aStoryTakenOffTheSiteLeavesTheLineWithoutALink() {
        String line = "Unlinked " + UUID.randomUUID();
        banners.set(new BannerInput(line, BannerLevel.BREAKING, storyPath, in(Duration.ofHours(2))), editor);
        assertThat(browser.get("/").document().selectFirst("a.news-banner__line"))
                .isNotNull();

        publishing.unpublish(storyId, editorQueries.open(storyId, editor).version(), editor);

        Element banner = browser.get("/").document().selectFirst(".news-banner");
        assertThat(banner.text()).contains(line);
        assertThat(banner.select("a")).as("no link to a 410").isEmpty();
        assertThat(browser.get(storyPath).status()).isEqualTo(410);
        assertThat(banners.details().orElseThrow().linked())
                .as("the editors' form says so")
                .isFalse();
    }

    @Test
    void aPageAskedIfModifiedSinceBeforeTheBannerIsSentAgainWithIt() {
        Browserless.Page before = browser.get(storyPath);
        String lastModified = before.header("Last-Modified");
        clock.advance(Duration.ofSeconds(2)); // a later second than the page's, as HTTP dates count in seconds
        String line = "Since " + UUID.randomUUID();
        banners.set(new BannerInput(line, BannerLevel.BREAKING, storyPath, in(Duration.ofHours(2))), editor);

        Browserless.Page after = browser.get(storyPath);

        assertThat(after.body()).contains(line);
        assertThat(Instant.ofEpochMilli(java.time.ZonedDateTime.parse(
                                after.header("Last-Modified"), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant()
                        .toEpochMilli()))
                .isAfter(java.time.ZonedDateTime.parse(
                                lastModified, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant());
    }

    @Test
    void aPageWithEitherBannerLinkedOrNotIsValidHtml() throws Exception {
        banners.set(
                new BannerInput(
                        "Valid \"quoted\" <b>line</b>", BannerLevel.BREAKING, storyPath, in(Duration.ofHours(1))),
                editor);
        assertValid(browser.get("/").body());
        assertThat(browser.get("/").document().selectFirst(".news-banner__line").text())
                .as("escaped, not markup")
                .isEqualTo("Valid \"quoted\" <b>line</b>");

        banners.set(
                new BannerInput("Developing and unlinked", BannerLevel.DEVELOPING, storyPath, in(Duration.ofHours(1))),
                editor);
        publishing.unpublish(storyId, editorQueries.open(storyId, editor).version(), editor);
        assertValid(browser.get("/corrections").body());
    }

    private static void assertValid(String html) throws Exception {
        var validator = new nu.validator.client.EmbeddedValidator();
        validator.setOutputFormat(nu.validator.client.EmbeddedValidator.OutputFormat.TEXT);
        validator.setNoLangDetect(false);
        String report = validator.validate(
                new java.io.ByteArrayInputStream(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(report).isEqualTo("Document checking completed. No errors found.\n");
    }

    private Instant in(Duration duration) {
        return clock.instant().plus(duration);
    }

    private static long maxAge(String cacheControl, String directive) {
        for (String part : cacheControl.split(",")) {
            String[] pair = part.strip().split("=");
            if (pair[0].equals(directive)) {
                return Long.parseLong(pair[1]);
            }
        }
        return 0;
    }
}
