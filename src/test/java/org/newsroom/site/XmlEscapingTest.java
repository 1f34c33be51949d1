package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsroom.article.ArticleFeeds;
import org.newsroom.article.ArticleService;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.platform.Typography;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.TestStories;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;

/** Markup characters, quotes and Arabic come out of feeds and sitemaps escaped and intact, in well-formed XML. */
@IntegrationTest
class XmlEscapingTest {

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
    void specialCharactersInHeadlinesDecksNamesAndTagsSurviveTheFeedAndTheNewsSitemap() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String headline = "Q&A: \"Peace\" <talks> & 'hope' — محادثات السلام في جنيف " + run;
        String deck = "<b>Not bold</b> & \"quoted\" ]]> 'single' العربية";
        SectionRef section = sections.ensureSection("escaping-" + run, "R&D <Lab> \"" + run + "\"", null, 98);
        var story = stories.story(headline)
                .deck(deck)
                .section(section.slug())
                .authors("O'Brien & <Sons>", "مراسل الشؤون الخارجية")
                .tags("M&A \"" + run + "\"")
                .language("ar");
        // An hour ago, for the news sitemap, and below the newest stories that other tests put on the front page.
        story.publishedAt(Instant.now().minus(Duration.ofHours(1)));

        Browserless.Page response = browser.get(section.path() + "/feed.atom");

        assertThat(response.body())
                .contains("Q&amp;A")
                .contains("&lt;talks&gt;")
                .contains("محادثات السلام في جنيف")
                .doesNotContain("<talks>")
                .doesNotContain("<b>");
        Document feed = XmlDocuments.parse(response.body());
        assertThat(feed.selectFirst("feed > title").text())
                .isEqualTo(properties.site().name() + " — R&D <Lab> \"" + run + "\"");
        Element entry = feed.selectFirst("feed > entry");
        assertThat(entry.selectFirst("title").text()).isEqualTo(shown(headline));
        assertThat(entry.selectFirst("summary").text()).isEqualTo(shown(deck));
        assertThat(entry.select("author > name").eachText())
                .containsExactly("O'Brien & <Sons>", "مراسل الشؤون الخارجية");
        assertThat(entry.select("category").eachAttr("label"))
                .containsExactly("R&D <Lab> \"" + run + "\"", "M&A \"" + run + "\"");

        Browserless.Page news = browser.get("/news-sitemap.xml");
        assertThat(news.body()).contains("Q&amp;A").contains("محادثات السلام في جنيف");
        Element item = XmlDocuments.parse(news.body()).select("urlset > url").stream()
                .filter(url -> url.selectFirst("loc").text().endsWith("/" + story.slug()))
                .findFirst()
                .orElseThrow();
        assertThat(item.selectFirst("news|title").text()).isEqualTo(shown(headline));
        assertThat(item.selectFirst("news|language").text()).isEqualTo("ar");

        XmlDocuments.strict(browser.get("/feed.atom").body());
        XmlDocuments.strict(browser.get("/sitemap.xml").body());
        XmlDocuments.strict(browser.get("/sitemaps/pages.xml").body());
    }

    @Test
    void aControlCharacterPastedIntoAHeadlineDoesNotBreakTheFeedOrTheSitemap() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        SectionRef section = sections.ensureSection("control-" + run, "Control " + run, null, 98);
        var story =
                stories.story("Pasted\u0007 bell \uFFFF and tab\tkept " + run).section(section.slug());
        // Long ago, so that it stays off the front page and the news sitemap of the other tests.
        long id = story.publishedAt(Instant.parse("2001-02-03T04:05:06Z"));

        Document feed =
                XmlDocuments.parse(browser.get(section.path() + "/feed.atom").body());
        // Control characters never enter a story (the tab of a one-line field becomes a space); the feed stays valid.
        assertThat(feed.selectFirst("feed > entry > title").wholeText()).isEqualTo("Pasted bell  and tab kept " + run);
        String sitemap = "/sitemaps/articles-" + ((id - 1) / ArticleFeeds.SITEMAP_PAGE_SIZE + 1) + ".xml";
        assertThat(XmlDocuments.parse(browser.get(sitemap).body()).select("loc").eachText())
                .anyMatch(loc -> loc.endsWith("/" + story.slug()));
    }

    /** What readers are shown of an Arabic story's text: the same characters, in Arabic typography. */
    private static String shown(String text) {
        return Typography.text(text, "ar");
    }
}
