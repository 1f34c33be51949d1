package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsroom.article.ArticleFeeds;
import org.newsroom.article.ArticleService;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.TestClock;
import org.newsroom.support.TestStories;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SitemapTest {

    @Autowired
    Browserless browser;

    @Autowired
    TestStories stories;

    @Autowired
    ArticleService articles;

    @Autowired
    SectionService sections;

    @Autowired
    NewsroomProperties properties;

    @Autowired
    TestClock clock;

    /**
     * When most stories here are published: sitemaps do not need the newest stories, and the front page is left to
     * the tests that do.
     */
    private static final Instant LONG_AGO = Instant.parse("2021-03-04T05:06:07.123Z");

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theIndexListsThePagesSitemapAndTheArticleSitemapOfEveryStory() {
        var story = stories.story("Sitemap index story " + UUID.randomUUID());
        long id = story.publishedAt(LONG_AGO);

        Browserless.Page response = browser.get("/sitemap.xml");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualToIgnoringCase("application/xml;charset=UTF-8");
        assertThat(response.header("Cache-Control")).contains("max-age=300").contains("public");
        Document index = XmlDocuments.parse(response.body());
        assertThat(index.selectFirst("sitemapindex").attr("xmlns"))
                .isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        List<String> sitemaps = index.select("sitemapindex > sitemap > loc").eachText();
        assertThat(sitemaps)
                .startsWith(url("/sitemaps/pages.xml"))
                .contains(url("/sitemaps/articles-1.xml"), url("/sitemaps/articles-" + page(id) + ".xml"));
        for (String sitemap : sitemaps) {
            assertThat(browser.get(sitemap.substring(url("").length())).status())
                    .as(sitemap)
                    .isEqualTo(200);
        }
    }

    @Test
    void anArticleSitemapGivesEachStoryItsCanonicalUrlAndItsUpdatedElsePublishedTime() {
        Instant publishedAt = LONG_AGO;
        Instant updatedAt = publishedAt.plus(Duration.ofHours(3));
        var updated = stories.story("Updated sitemap story " + UUID.randomUUID());
        var never = stories.story("Never updated sitemap story " + UUID.randomUUID());
        long updatedId = updated.publishedAt(publishedAt, updatedAt);
        long neverId = never.publishedAt(publishedAt.plusMillis(1));

        Browserless.Page response = browser.get("/sitemaps/articles-" + page(updatedId) + ".xml");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualToIgnoringCase("application/xml;charset=UTF-8");
        Document sitemap = XmlDocuments.parse(response.body());
        assertThat(sitemap.select("urlset > url")).hasSizeLessThanOrEqualTo(ArticleFeeds.SITEMAP_PAGE_SIZE);
        assertThat(lastmod(sitemap, canonicalUrl(updated.slug()))).isEqualTo(w3c(updatedAt));
        Document neverPage = XmlDocuments.parse(
                browser.get("/sitemaps/articles-" + page(neverId) + ".xml").body());
        assertThat(lastmod(neverPage, canonicalUrl(never.slug()))).isEqualTo(w3c(publishedAt.plusMillis(1)));
    }

    @Test
    void anArticleSitemapListsItsStoriesByIdNotByDate() {
        var first = stories.story("First by id " + UUID.randomUUID());
        var second = stories.story("Second by id, published a year earlier " + UUID.randomUUID());
        long firstId = first.publishedAt(LONG_AGO);
        long secondId = second.publishedAt(LONG_AGO.minus(Duration.ofDays(365)));
        assertThat(secondId).isGreaterThan(firstId);

        List<String> urls = XmlDocuments.parse(browser.get("/sitemaps/articles-" + page(secondId) + ".xml")
                        .body())
                .select("urlset > url > loc")
                .eachText();

        assertThat(urls.indexOf(canonicalUrl(first.slug())))
                .isNotNegative()
                .isLessThan(urls.indexOf(canonicalUrl(second.slug())));
    }

    @Test
    void aPageNumberThatListsNothingAnswersNotFound() {
        for (String page : List.of("0", "-1", "x", "01", "1.5", "999999", "99999999999")) {
            Browserless.Page response = browser.get("/sitemaps/articles-" + page + ".xml");
            assertThat(response.status()).as("page " + page).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith("text/html");
        }
    }

    @Test
    void thePagesSitemapListsTheFrontPageAndEverySectionWithAStoryWithItsNewest() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        SectionRef parent = sections.ensureSection("pages-" + run, "Pages " + run, null, 98);
        SectionRef child = sections.ensureSection("pages-" + run + "-sub", "Pages sub " + run, parent.slug(), 1);
        SectionRef empty = sections.ensureSection("pages-empty-" + run, "Empty " + run, null, 98);
        stories.story("Pages parent story " + run).section(parent.slug()).publishedAt(LONG_AGO);
        Instant newer = LONG_AGO.plus(Duration.ofHours(1));
        stories.story("Pages child story " + run).section(child.slug()).publishedAt(newer);

        Document sitemap = XmlDocuments.parse(browser.get("/sitemaps/pages.xml").body());

        assertThat(lastmod(sitemap, url(parent.path())))
                .as("its subsection's story")
                .isEqualTo(w3c(newer));
        assertThat(lastmod(sitemap, url(child.path()))).isEqualTo(w3c(newer));
        assertThat(lastmod(sitemap, url("/")))
                .isEqualTo(w3c(articles.latestPublished(1).getFirst().publishedAt()));
        assertThat(sitemap.select("urlset > url > loc").eachText())
                .as("a section with nothing published")
                .doesNotContain(url(empty.path()));
        assertThat(sitemap.select("urlset > url > loc").eachText()).contains(url("/world"), url("/middle-east"));
    }

    @Test
    void theNewsSitemapListsTheStoriesOfTheLastTwoDays() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant hourAgo = clock.instant().minus(Duration.ofHours(1));
        var recent = stories.story("Recent news " + run);
        var arabic = stories.story("خبر عاجل " + run).language("ar");
        var old = stories.story("Three days old news " + run);
        recent.publishedAt(hourAgo);
        arabic.publishedAt(hourAgo.plusSeconds(1));
        old.publishedAt(clock.instant().minus(Duration.ofDays(3)));

        Browserless.Page response = browser.get("/news-sitemap.xml");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualToIgnoringCase("application/xml;charset=UTF-8");
        org.w3c.dom.Document dom = XmlDocuments.strict(response.body());
        assertThat(dom.getDocumentElement().getNamespaceURI()).isEqualTo(SitemapXml.SITEMAP_NS);
        assertThat(dom.getElementsByTagNameNS(SitemapXml.NEWS_NS, "news").getLength())
                .isGreaterThanOrEqualTo(2);
        Document news = XmlDocuments.parse(response.body());
        Element entry = location(news, canonicalUrl(recent.slug()));
        assertThat(entry.selectFirst("news|news > news|publication > news|name").text())
                .isEqualTo(properties.site().name());
        assertThat(entry.selectFirst("news|publication > news|language").text()).isEqualTo("en");
        assertThat(entry.selectFirst("news|publication_date").text()).isEqualTo(w3c(hourAgo));
        assertThat(entry.selectFirst("news|title").text()).isEqualTo("Recent news " + run);
        Element arabicEntry = location(news, canonicalUrl(arabic.slug()));
        assertThat(arabicEntry.selectFirst("news|language").text()).isEqualTo("ar");
        assertThat(arabicEntry.selectFirst("news|title").text()).isEqualTo("خبر عاجل " + run);
        assertThat(response.body()).doesNotContain(old.slug()).doesNotContain("Three days old news " + run);
    }

    @Test
    void theNewsWindowMovesWithTheApplicationsClock() {
        var story = stories.story("Window news " + UUID.randomUUID());
        story.publishedAt(clock.instant().minus(Duration.ofHours(1)));
        assertThat(browser.get("/news-sitemap.xml").body()).contains(story.slug());

        clock.advance(Duration.ofHours(46));
        assertThat(browser.get("/news-sitemap.xml").body()).contains(story.slug());

        clock.advance(Duration.ofHours(2));
        assertThat(browser.get("/news-sitemap.xml").body()).doesNotContain(story.slug());
    }

    @Test
    void googleNewsGetsTheLanguageCodeItKnows() {
        assertThat(SitemapController.newsLanguage("en", "en")).isEqualTo("en");
        assertThat(SitemapController.newsLanguage("ar", "en")).isEqualTo("ar");
        assertThat(SitemapController.newsLanguage("pt-BR", "en")).isEqualTo("pt");
        assertThat(SitemapController.newsLanguage("zh", "en")).isEqualTo("zh-cn");
        assertThat(SitemapController.newsLanguage("zh-Hans-CN", "en")).isEqualTo("zh-cn");
        assertThat(SitemapController.newsLanguage("zh-Hant", "en")).isEqualTo("zh-tw");
        assertThat(SitemapController.newsLanguage("zh-TW", "en")).isEqualTo("zh-tw");
    }

    /** A W3C datetime in UTC to the second, as sitemaps give times. */
    private static String w3c(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static int page(long id) {
        return (int) ((id - 1) / ArticleFeeds.SITEMAP_PAGE_SIZE + 1);
    }

    private String url(String path) {
        return properties.site().url(path);
    }

    private String canonicalUrl(String slug) {
        return url(articles.findPublishedBySlug(slug).orElseThrow().path());
    }

    private static Element location(Document sitemap, String url) {
        return sitemap.select("urlset > url").stream()
                .filter(u -> u.selectFirst("loc").text().equals(url))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Not in the sitemap: " + url));
    }

    private static String lastmod(Document sitemap, String url) {
        return location(sitemap, url).selectFirst("lastmod").text();
    }
}
