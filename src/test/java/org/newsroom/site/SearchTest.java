package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsroom.article.ArticleDraft;
import org.newsroom.article.ArticleService;
import org.newsroom.article.LeadImage;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SearchTest {

    @Autowired
    Browserless browser;

    @Autowired
    ArticleService articles;

    @Autowired
    SectionService sections;

    @Autowired
    org.newsroom.article.DraftingService drafting;

    @Autowired
    org.newsroom.article.PublishingService publishing;

    @Autowired
    org.newsroom.article.EditorQueryService editorQueries;

    @Autowired
    org.newsroom.support.Staff staff;

    private String word;
    private long desk;

    @BeforeEach
    void setUp() {
        // A made-up word, so that only this test's stories match it.
        word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        desk = sections.ensureSection("test-desk", "Test desk", null, 99).id();
    }

    @Test
    void aHeadlineMatchRanksAboveADeckMatchAboveABodyMatch() {
        publish("In the body only", null, "Some text mentioning " + word + " once.", desk, "en");
        publish("In the deck", "A deck about " + word, "Text.", desk, "en");
        publish("Headline about " + word, null, "Text.", desk, "en");

        assertThat(headlines(search(word)))
                .containsExactly("Headline about " + word, "In the deck", "In the body only");
    }

    @Test
    void resultsShowAnEscapedPassageWithTheMatchHighlighted() {
        publish("Snippet story", null, "Before <b>bold</b> & the word " + word + " after.", desk, "en");

        Document page = search(word);

        var snippet = page.selectFirst(".search-results__snippet");
        assertThat(snippet.select("mark").eachText()).containsExactly(word);
        assertThat(snippet.select("b")).isEmpty();
        assertThat(snippet.text()).contains("bold & the word");
    }

    @Test
    void wordsAreStemmedInTheSiteLanguageAndOtherLanguagesAreFound() {
        publish("Running " + word + " report", null, "Text.", desk, "en");
        publish("محادثات " + word, null, "نص عن المحادثات في جنيف", desk, "ar");

        assertThat(headlines(search("run " + word))).containsExactly("Running " + word + " report");
        assertThat(headlines(search(word + " جنيف"))).containsExactly("محادثات " + word);
    }

    @Test
    void theSectionFilterIncludesSubsections() {
        String parentSlug = "search-parent-" + word;
        long parent =
                sections.ensureSection(parentSlug, "Search parent", null, 60).id();
        long child = sections.ensureSection("search-child-" + word, "Search child", parentSlug, 1)
                .id();
        publish("In parent " + word, null, "Text.", parent, "en");
        publish("In child " + word, null, "Text.", child, "en");
        publish("Elsewhere " + word, null, "Text.", desk, "en");

        assertThat(headlines(browser.get("/search?q=" + word + "&section=" + parentSlug)
                        .document()))
                .containsExactlyInAnyOrder("In parent " + word, "In child " + word);
        assertThat(headlines(browser.get("/search?q=" + word + "&section=no-such-section")
                        .document()))
                .isEmpty();
    }

    @Test
    void resultsArePaginated() {
        for (int i = 0; i < 23; i++) {
            publish("Paged %02d %s".formatted(i, word), null, "Text.", desk, "en");
        }

        Document first = search(word);
        Document second = browser.get(first.selectFirst(".pager a[rel=next]").attr("href"))
                .document();

        assertThat(headlines(first)).hasSize(20);
        assertThat(headlines(second)).hasSize(3).doesNotContainAnyElementsOf(headlines(first));
        assertThat(second.select(".pager a[rel=prev]")).hasSize(1);
    }

    @Test
    void onlyPublishedStoriesAreFound() {
        articles.createDraft(new ArticleDraft(
                "Draft " + word,
                null,
                "Text",
                "draft-" + word,
                desk,
                List.of(),
                List.of(),
                null,
                "en",
                null,
                null,
                LeadImage.NONE));

        assertThat(headlines(search(word))).isEmpty();
        assertThat(search(word).selectFirst(".empty").text()).startsWith("No stories found for “" + word + "”");
    }

    @Test
    void searchFollowsPublishingUpdatesAndUnpublishing() {
        var editor = staff.create(org.newsroom.staff.StaffRole.EDITOR).actor();
        long id = drafting.create(storyInput("First " + word), editor);
        assertThat(headlines(search(word))).isEmpty();

        publishing.publish(id, editorQueries.open(id, editor).version(), storyInput("First " + word), editor);
        settled();
        assertThat(headlines(search(word))).containsExactly("First " + word);

        String renamed = "xr" + word.substring(2);
        publishing.publishUpdate(
                id, editorQueries.open(id, editor).version(), storyInput("Second " + renamed), true, editor);
        settled();
        assertThat(headlines(search(word))).isEmpty();
        assertThat(headlines(search(renamed))).containsExactly("Second " + renamed);

        publishing.unpublish(id, editorQueries.open(id, editor).version(), editor);
        settled();
        assertThat(headlines(search(renamed))).isEmpty();
    }

    private org.newsroom.article.StoryInput storyInput(String headline) {
        return new org.newsroom.article.StoryInput(
                headline,
                "A deck",
                "Body text.",
                null,
                desk,
                "Testing",
                "Test Reporter",
                "TESTVILLE",
                "en",
                null,
                null,
                LeadImage.NONE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "%20%20",
                "%22unbalanced",
                "a%20%26%20b%20%7C%20!c%20%3A*%20(d",
                "%27%3B%20drop%20table%20articles%3B%20--",
                "1%27%20or%20%271%27%3D%271",
                "%C3%28",
                "%FF%FE",
                "%00nul",
                "%E2%80%8Bzero%E2%80%8Bwidth",
                "%F0%9F%8E%89",
                "!!!%20%3A%3A%3A%20***",
                "the%20and%20of"
            })
    void anyInputGetsAPageNeverAnError(String q) {
        Browserless.Page page = browser.get("/search?q=" + q);

        assertThat(page.status()).as(q).isEqualTo(200);
        assertThat(page.body()).doesNotContain("Exception").doesNotContain("SQL");
        assertThat(page.document().selectFirst("h1").text()).isEqualTo("Search");
    }

    @Test
    void fiveThousandCharactersAreFine() {
        Browserless.Page page = browser.get("/search?q=" + "word%20".repeat(700));

        assertThat(page.status()).isEqualTo(200);
    }

    @Test
    void aNonsensePageNumberIs400() {
        assertThat(browser.get("/search?q=geneva&page=abc").status()).isEqualTo(400);
        assertThat(browser.get("/search?q=geneva&page=-1").status()).isEqualTo(400);
        assertThat(browser.get("/search?q=geneva&page=0").status()).isEqualTo(400);
        assertThat(browser.get("/search?q=geneva&page=99999999999").status()).isEqualTo(400);
    }

    /**
     * Waits until this instance's page cache has acted on every change committed so far (the search page asked for
     * before a change is cached, and the change's notification drops it): a notification sent now arrives after them.
     */
    private void settled() {
        String marker = "keys settled-" + java.util.UUID.randomUUID();
        settleJdbc.queryForList("select pg_notify('newsroom_content', ?)", marker);
        try {
            assertThat(changes.awaitReceived(marker, java.time.Duration.ofMinutes(1)))
                    .as("the change's notification reached the page cache")
                    .isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    ContentChangeListener changes;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate settleJdbc;

    private Document search(String q) {
        Browserless.Page page =
                browser.get("/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.status()).isEqualTo(200);
        return page.document();
    }

    private void publish(String headline, String deck, String body, long section, String language) {
        articles.importPublished(
                new ArticleDraft(
                        headline,
                        deck,
                        body,
                        "s-" + UUID.randomUUID(),
                        section,
                        List.of(),
                        List.of(),
                        null,
                        language,
                        null,
                        null,
                        LeadImage.NONE),
                Instant.parse("2022-01-01T00:00:00Z"),
                null);
    }

    private static List<String> headlines(Document page) {
        return page.select(".search-results h2 a").eachText();
    }
}
