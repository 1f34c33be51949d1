package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.platform.Slugs;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.TestStories;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An Arabic story on the English site: its own language and direction on its article only, a slug in its script that
 * works percent-encoded in URLs, redirects, canonical links and sitemaps.
 */
@IntegrationTest
class RightToLeftStoryTest {

    @Autowired
    Browserless browser;

    @Autowired
    TestStories stories;

    @Autowired
    NewsroomProperties properties;

    @Test
    void anArabicStoryTurnsItsArticleRightToLeftAndLeavesTheSiteLeftToRight() {
        String slug = Slugs.articleSlug("محادثات جنيف " + number(), 100);
        Instant at = stories.newest();
        stories.story("محادثات \"جنيف\" 2")
                .language("ar")
                .slug(slug)
                .body("نص عن المحادثات في جنيف")
                .publishedAt(at);
        String path = "/test-desk/" + date(at) + "/" + slug;

        Browserless.Page response = browser.get(Slugs.toUri(path));

        assertThat(response.status()).isEqualTo(200);
        Document page = response.document();
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.selectFirst("article.article").attr("lang")).isEqualTo("ar");
        assertThat(page.selectFirst("article.article").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("header.masthead [dir], footer.site-footer [dir], .related [dir]"))
                .isEmpty();
        assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo(properties.site().url(path))
                .startsWith("http://localhost:8080/test-desk/")
                .contains("%D9%85%D8%AD%D8%A7%D8%AF%D8%AB%D8%A7%D8%AA-")
                .matches("\\p{ASCII}+");
        assertThat(page.selectFirst("meta[property=og:url]").attr("content")).matches("\\p{ASCII}+");

        // Where it is listed on the English site, its headline keeps its language and direction; English ones get none.
        Document section = browser.get("/test-desk").document();
        var headline = section.select(".story-list__headline").stream()
                .filter(element -> element.text().startsWith("محادثات"))
                .findFirst()
                .orElseThrow();
        assertThat(headline.attr("lang")).isEqualTo("ar");
        assertThat(headline.attr("dir")).isEqualTo("auto");
        assertThat(section.select(".story-list__headline:not([lang])")).isNotEmpty();
        assertThat(section.select(".story-list__headline[lang=en]")).isEmpty();
    }

    @Test
    void aWrongSectionRedirectsToThePercentEncodedCanonicalUrl() {
        String slug = Slugs.articleSlug("خبر عاجل " + number(), 100);
        Instant at = stories.newest();
        stories.story("خبر عاجل").language("ar").slug(slug).publishedAt(at);

        Browserless.Page response = browser.get(Slugs.toUri("/elsewhere/" + date(at) + "/" + slug));

        assertThat(response.status()).isEqualTo(301);
        assertThat(response.header("Location"))
                .endsWith(Slugs.toUri("/test-desk/" + date(at) + "/" + slug))
                .matches("\\p{ASCII}+");
    }

    @Test
    void sitemapsListTheSlugPercentEncoded() {
        String slug = Slugs.articleSlug("خريطة " + number(), 100);
        Instant at = stories.newest();
        stories.story("خريطة").language("ar").slug(slug).publishedAt(at);

        String sitemap = browser.get("/news-sitemap.xml").body();

        assertThat(sitemap).contains("<loc>" + properties.site().url("/test-desk/" + date(at) + "/" + slug) + "</loc>");
        assertThat(sitemap).doesNotContain("/" + slug + "<");
    }

    private static String number() {
        return String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000));
    }

    private String date(Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd")
                .withZone(properties.site().timeZone())
                .format(at);
    }
}
