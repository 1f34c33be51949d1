package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** What search engines and social networks read of the pages. */
@IntegrationTest
class SeoTest {

    static final String BASE = "http://localhost:8080";

    @Autowired
    Browserless browser;

    @Autowired
    JsonMapper json;

    @Autowired
    org.newsroom.article.DraftingService drafting;

    @Autowired
    org.newsroom.article.PublishingService publishing;

    @Autowired
    org.newsroom.article.EditorQueryService editorQueries;

    @Autowired
    org.newsroom.support.TestMedia media;

    @Autowired
    org.newsroom.support.Staff staff;

    @Autowired
    org.newsroom.taxonomy.SectionService sections;

    @Autowired
    org.newsroom.taxonomy.TagService tags;

    @Test
    void theArticlePageHasOpenGraphTwitterAndItsOwnTitleDescriptionAndCanonical() {
        Document page = browser.get(GenevaArticlePageTest.CANONICAL).document();

        assertThat(page.title()).isEqualTo("Syrian rivals resume peace talks in Geneva | Newsroom");
        assertThat(meta(page, "name", "description"))
                .isEqualTo(
                        "The first round of talks ended with no firm agreements from the government and the opposition");
        assertThat(meta(page, "property", "og:type")).isEqualTo("article");
        assertThat(meta(page, "property", "og:url")).isEqualTo(BASE + GenevaArticlePageTest.CANONICAL);
        assertThat(meta(page, "property", "article:published_time")).isEqualTo("2014-02-10T09:12:00Z");
        assertThat(meta(page, "property", "article:modified_time")).isEqualTo("2014-02-10T14:37:00Z");
        assertThat(meta(page, "property", "article:section")).isEqualTo("Middle East");
        assertThat(page.select("meta[property=article:tag]").eachAttr("content"))
                .containsExactly("Syria", "Geneva II", "Peace talks", "United Nations");
        assertThat(meta(page, "name", "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(page, "property", "og:image"))
                .startsWith(BASE + "/media/")
                .endsWith(".jpg");
        assertThat(meta(page, "property", "og:image:width")).isEqualTo("1200");
        assertThat(meta(page, "property", "og:image:alt")).startsWith("Illustration of Lake Geneva");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theArticlePageCarriesANewsArticleAndABreadcrumbListAsJsonLd() {
        Document page = browser.get(GenevaArticlePageTest.CANONICAL).document();
        String script = page.selectFirst("script[type=application/ld+json]").data();

        List<Map<String, Object>> data = json.readValue(script, List.class);
        Map<String, Object> news = data.get(0);
        Map<String, Object> breadcrumbs = data.get(1);

        assertThat(news)
                .containsEntry("@type", "NewsArticle")
                .containsEntry("headline", "Syrian rivals resume peace talks in Geneva")
                .containsEntry("datePublished", "2014-02-10T09:12:00Z")
                .containsEntry("dateModified", "2014-02-10T14:37:00Z")
                .containsEntry("articleSection", "Middle East")
                .containsEntry("keywords", List.of("Syria", "Geneva II", "Peace talks", "United Nations"));
        assertThat((List<Map<String, Object>>) news.get("author"))
                .containsExactly(Map.of(
                        "@type", "Organization",
                        "name", "Staff and agencies",
                        "url", BASE + "/author/staff-and-agencies"));
        Map<String, Object> publisher = (Map<String, Object>) news.get("publisher");
        assertThat(publisher).containsEntry("@type", "Organization").containsEntry("name", "Newsroom");
        assertThat(((Map<String, Object>) publisher.get("logo")).get("url")).isEqualTo(BASE + "/images/logo.png");
        assertThat(((Map<String, Object>) news.get("mainEntityOfPage")).get("@id"))
                .isEqualTo(BASE + GenevaArticlePageTest.CANONICAL);
        assertThat(breadcrumbs).containsEntry("@type", "BreadcrumbList");
        assertThat(((List<Map<String, Object>>) breadcrumbs.get("itemListElement"))
                        .stream().map(item -> item.get("name")))
                .containsExactly("Newsroom", "World", "Middle East", "Syrian rivals resume peace talks in Geneva");
        assertThat(browser.get("/images/logo.png").status()).isEqualTo(200);
    }

    @Test
    void jsonLdCannotCloseItsScriptElement() {
        String safe = ArticleMetadata.safeInScript("{\"headline\":\"</script><script>alert(1)</script> & <!--\"}");

        assertThat(safe).doesNotContain("<").doesNotContain(">").doesNotContain("&");
    }

    @Test
    void everyPageHasItsOwnTitle() {
        Set<String> titles = new HashSet<>();
        for (String path : List.of(
                "/",
                GenevaArticlePageTest.CANONICAL,
                "/world",
                "/middle-east",
                "/tag/syria",
                "/author/staff-and-agencies",
                "/search?q=geneva",
                "/corrections")) {
            assertThat(titles.add(browser.get(path).document().title()))
                    .as(path)
                    .isTrue();
        }
    }

    @Test
    void everyPageHasAnAbsoluteCanonicalLinkTheCorrectionsPageToo() {
        for (String path : List.of(
                "/",
                GenevaArticlePageTest.CANONICAL,
                "/world",
                "/tag/syria",
                "/author/staff-and-agencies",
                "/corrections")) {
            assertThat(browser.get(path)
                            .document()
                            .selectFirst("link[rel=canonical]")
                            .attr("href"))
                    .as(path)
                    .isEqualTo(BASE + path);
        }
        assertThat(browser.get("/corrections?before=2014-02-10T14:37:00Z&id=5")
                        .document()
                        .selectFirst("link[rel=canonical]")
                        .attr("href"))
                .isEqualTo(BASE + "/corrections?before=2014-02-10T14:37:00Z&id=5");
    }

    @Test
    void theFrontSectionTagAndAuthorPagesAreSharedAsWebsitesWithADescription() {
        for (String path : List.of("/", "/world", "/tag/syria", "/author/staff-and-agencies")) {
            Document page = browser.get(path).document();

            assertThat(meta(page, "property", "og:type")).as(path).isEqualTo("website");
            assertThat(meta(page, "property", "og:url")).as(path).isEqualTo(BASE + path);
            assertThat(meta(page, "property", "og:title")).as(path).isNotBlank();
            assertThat(meta(page, "property", "og:site_name")).as(path).isEqualTo("Newsroom");
            assertThat(meta(page, "name", "description")).as(path).isNotBlank();
            assertThat(meta(page, "property", "og:description")).as(path).isEqualTo(meta(page, "name", "description"));
            assertThat(meta(page, "name", "twitter:description")).as(path).isEqualTo(meta(page, "name", "description"));
            assertThat(page.select("meta[name=twitter:card]")).as(path).hasSize(1);
        }
        assertThat(meta(browser.get("/world").document(), "property", "og:title"))
                .isEqualTo("World");
        assertThat(meta(browser.get("/tag/syria").document(), "name", "description"))
                .isEqualTo("Stories about Syria from Newsroom.");
    }

    @Test
    void aListingIsSharedWithItsLeadStorysPictureAndALargeCard() {
        var editor = staff.create(org.newsroom.staff.StaffRole.EDITOR).actor();
        String run = java.util.UUID.randomUUID().toString().substring(0, 8);
        long desk = sections.ensureSection("test-desk", "Test desk", null, 99).id();
        var picture = media.image(editor, 1200, 800, "Harbour cranes at dawn " + run, null, null);
        String tag = "Shared tag " + run;
        String plainTag = "Plain tag " + run;
        publish(editor, "With a picture " + run, desk, tag + ", " + plainTag, picture.id());
        publish(editor, "Without a picture " + run, desk, plainTag, null);

        Document pictured = browser.get(tags.ensureTag(tag).path()).document();
        assertThat(meta(pictured, "property", "og:image"))
                .startsWith(BASE + "/media/")
                .endsWith(".jpg");
        assertThat(meta(pictured, "property", "og:image:width")).isEqualTo("1200");
        assertThat(meta(pictured, "property", "og:image:height")).isEqualTo("800");
        assertThat(meta(pictured, "property", "og:image:alt")).isEqualTo("Harbour cranes at dawn " + run);
        assertThat(meta(pictured, "name", "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(pictured, "name", "twitter:image")).isEqualTo(meta(pictured, "property", "og:image"));

        Document lead = browser.get(tags.ensureTag(plainTag).path()).document();
        assertThat(meta(lead, "property", "og:image"))
                .as("the newest story with a picture, when the lead has none")
                .isEqualTo(meta(pictured, "property", "og:image"));
    }

    @Test
    void aListingWithoutPicturesGetsASmallCardAndNoImage() {
        var editor = staff.create(org.newsroom.staff.StaffRole.EDITOR).actor();
        String run = java.util.UUID.randomUUID().toString().substring(0, 8);
        long desk = sections.ensureSection("test-desk", "Test desk", null, 99).id();
        String tag = "Pictureless " + run;
        publish(editor, "Only words " + run, desk, tag, null);

        Document page = browser.get(tags.ensureTag(tag).path()).document();

        assertThat(page.select("meta[property=og:image]")).isEmpty();
        assertThat(meta(page, "name", "twitter:card")).isEqualTo("summary");
    }

    private void publish(org.newsroom.staff.Actor editor, String headline, long section, String tags, Long image) {
        var input = new org.newsroom.article.StoryInput(
                headline,
                "A deck",
                "Body.",
                null,
                section,
                tags,
                "Test Reporter",
                null,
                "en",
                null,
                null,
                image == null
                        ? org.newsroom.article.LeadImage.NONE
                        : new org.newsroom.article.LeadImage(image, null, null, false));
        long id = drafting.create(input, editor);
        publishing.publish(id, editorQueries.open(id, editor).version(), input, editor);
    }

    private static String meta(Document page, String attribute, String name) {
        return page.selectFirst("meta[" + attribute + "=" + name + "]").attr("content");
    }
}
