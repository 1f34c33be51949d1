package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsroom.article.ArticleService;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.TestStories;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

@IntegrationTest
class AtomFeedTest {

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

    @Test
    void theSiteFeedListsTheNewestStoriesFirstWithTheirTimesBylineAndAbsoluteLinks() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant base = stories.newest();
        var older = stories.story("Older feed story " + run)
                .deck("The older deck")
                .authors("Ana Feedwriter", "Ben Feedwriter")
                .tags("Feed topic " + run);
        var newer = stories.story("Newer feed story " + run).deck("The newer deck");
        long olderId = older.publishedAt(base);
        Instant updated = base.plus(Duration.ofDays(30));
        long newerId = newer.publishedAt(base.plusMillis(1), updated);

        Browserless.Page response = browser.get("/feed.atom");

        assertThat(response.status()).isEqualTo(200);
        MediaType type = MediaType.parseMediaType(response.header("Content-Type"));
        assertThat(type.isCompatibleWith(MediaType.APPLICATION_ATOM_XML)).isTrue();
        assertThat(type.getCharset()).hasToString("UTF-8");
        assertThat(response.header("Cache-Control")).contains("max-age=300").contains("public");

        Document feed = XmlDocuments.parse(response.body());
        List<String> titles = feed.select("feed > entry > title").eachText();
        assertThat(titles).hasSizeLessThanOrEqualTo(50);
        assertThat(titles.indexOf("Newer feed story " + run)).isZero();
        assertThat(titles.indexOf("Older feed story " + run)).isEqualTo(1);

        Element newest = entry(feed, "Newer feed story " + run);
        assertThat(newest.selectFirst("link[rel=alternate]").attr("href"))
                .isEqualTo(url(
                        articles.findPublishedBySlug(newer.slug()).orElseThrow().path()))
                .startsWith("http://localhost:8080/test-desk/");
        assertThat(instant(newest, "published")).isEqualTo(seconds(base.plusMillis(1)));
        assertThat(instant(newest, "updated")).isEqualTo(seconds(updated));
        assertThat(newest.selectFirst("summary").text()).isEqualTo("The newer deck");
        assertThat(newest.selectFirst("id").text()).matches("tag:localhost,\\d{4}-\\d{2}-\\d{2}:article-" + newerId);
        assertThat(newest.select("author > name").eachText()).containsExactly("Test Reporter");

        Element older1 = entry(feed, "Older feed story " + run);
        assertThat(instant(older1, "published")).isEqualTo(seconds(base));
        assertThat(instant(older1, "updated"))
                .as("never updated: its publication")
                .isEqualTo(seconds(base));
        assertThat(older1.selectFirst("id").text()).endsWith(":article-" + olderId);
        assertThat(older1.select("author > name").eachText()).containsExactly("Ana Feedwriter", "Ben Feedwriter");
        assertThat(older1.select("category").eachAttr("label")).containsExactly("Test desk", "Feed topic " + run);
        assertThat(older1.selectFirst("category").attr("term")).isEqualTo("test-desk");

        assertThat(feed.selectFirst("feed > title").text())
                .isEqualTo(properties.site().name());
        assertThat(feed.selectFirst("feed > link[rel=self]").attr("href")).isEqualTo(url("/feed.atom"));
        assertThat(feed.selectFirst("feed > link[rel=alternate]").attr("href")).isEqualTo(url("/"));
        Instant newestUpdate = feed.select("feed > entry > updated").eachText().stream()
                .map(Instant::parse)
                .max(Instant::compareTo)
                .orElseThrow();
        assertThat(Instant.parse(feed.selectFirst("feed > updated").text()))
                .isEqualTo(newestUpdate)
                .isEqualTo(seconds(updated));
    }

    @Test
    void aSectionFeedHasTheStoriesOfTheSectionAndItsSubsectionsOnly() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        SectionRef parent = sections.ensureSection("feeds-" + run, "Feeds " + run, null, 98);
        SectionRef child = sections.ensureSection("feeds-" + run + "-sub", "Feeds sub " + run, parent.slug(), 1);
        // Long ago: a section feed has no need of the newest stories, and the front page is left to other tests.
        Instant base = Instant.parse("2021-03-04T05:06:07Z");
        stories.story("Parent section story " + run).section(parent.slug()).publishedAt(base);
        stories.story("Subsection story " + run).section(child.slug()).publishedAt(base.plusMillis(1));
        stories.story("Other section story " + run).publishedAt(base.plusMillis(2));

        Browserless.Page response = browser.get(parent.path() + "/feed.atom");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/atom+xml");
        Document feed = XmlDocuments.parse(response.body());
        assertThat(feed.select("feed > entry > title").eachText())
                .containsExactly("Subsection story " + run, "Parent section story " + run);
        assertThat(feed.selectFirst("feed > title").text())
                .isEqualTo(properties.site().name() + " — Feeds " + run);
        assertThat(feed.selectFirst("feed > link[rel=self]").attr("href"))
                .isEqualTo(url("/feeds-" + run + "/feed.atom"));
        assertThat(feed.selectFirst("feed > link[rel=alternate]").attr("href")).isEqualTo(url("/feeds-" + run));
        assertThat(entry(feed, "Subsection story " + run).select("category").eachAttr("term"))
                .containsExactly(parent.slug(), child.slug());

        Document subsection =
                XmlDocuments.parse(browser.get(child.path() + "/feed.atom").body());
        assertThat(subsection.select("feed > entry > title").eachText()).containsExactly("Subsection story " + run);
    }

    @Test
    void aSectionWithoutPublishedStoriesHasNoFeedYet() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        SectionRef empty = sections.ensureSection("feeds-empty-" + run, "Empty " + run, null, 98);

        Browserless.Page response = browser.get(empty.path() + "/feed.atom");

        // Until its first story, a section is news: no page, no feed (see EmbargoTest).
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Empty " + run);
    }

    @Test
    void anUnknownSectionHasNoFeedButTheSitesNotFoundPage() {
        Browserless.Page response = browser.get("/no-such-section-anywhere/feed.atom");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("text/html");
        assertThat(response.document().selectFirst(".masthead__name").text())
                .isEqualTo(properties.site().name());
    }

    @Test
    void everyPageTellsBrowsersAndReadersWhereTheFeedIs() {
        Element link = browser.get("/").document().selectFirst("head link[rel=alternate][type=application/atom+xml]");

        assertThat(link).isNotNull();
        assertThat(link.attr("href")).isEqualTo("/feed.atom");
        assertThat(link.attr("title")).isEqualTo(properties.site().name());
    }

    private String url(String path) {
        return properties.site().url(path);
    }

    private static Element entry(Document feed, String title) {
        return feed.select("feed > entry").stream()
                .filter(e -> e.selectFirst("title").text().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No entry " + title));
    }

    /** Atom times are given to the second. */
    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    private static Instant instant(Element entry, String element) {
        return Instant.parse(entry.selectFirst(element).text());
    }
}
