package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.article.ArticleDraft;
import org.newsroom.article.ArticleService;
import org.newsroom.article.LeadImage;
import org.newsroom.people.AuthorService;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.taxonomy.SectionService;
import org.newsroom.taxonomy.TagService;
import org.springframework.beans.factory.annotation.Autowired;

/** Section, tag and author pages: what they list, in which order, and how they page. */
@IntegrationTest
class ListingPagesTest {

    @Autowired
    Browserless browser;

    @Autowired
    ArticleService articles;

    @Autowired
    SectionService sections;

    @Autowired
    TagService tags;

    @Autowired
    AuthorService authors;

    @Autowired
    org.newsroom.article.DraftingService drafting;

    @Autowired
    org.newsroom.article.PublishingService publishing;

    @Autowired
    org.newsroom.article.EditorQueryService editorQueries;

    @Autowired
    org.newsroom.support.Staff staff;

    private String suffix;
    private long parent;
    private long child;
    private long tag;
    private long author;

    @BeforeEach
    void setUp() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        parent = sections.ensureSection("list-parent-" + suffix, "Parent " + suffix, null, 50)
                .id();
        child = sections.ensureSection("list-child-" + suffix, "Child " + suffix, "list-parent-" + suffix, 1)
                .id();
        tag = tags.ensureTag("Listing tag " + suffix).id();
        author = authors.ensureAuthor("Listing Author " + suffix).id();
    }

    @Test
    void aSectionListsItsOwnAndItsSubsectionsStoriesNewestFirstAndNeverADraft() {
        Instant t = Instant.parse("2021-03-01T10:00:00Z");
        publish("In parent", parent, t);
        publish("In child", child, t.plusSeconds(60));
        articles.createDraft(draft("A draft in parent", parent));

        Document page = browser.get("/list-parent-" + suffix).document();

        assertThat(page.selectFirst("h1").text()).isEqualTo("Parent " + suffix);
        assertThat(headlines(page)).containsExactly("In child " + suffix, "In parent " + suffix);
        assertThat(page.select(".subsections a").eachText()).containsExactly("Child " + suffix);
        assertThat(headlines(browser.get("/list-child-" + suffix).document())).containsExactly("In child " + suffix);
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).endsWith("/list-parent-" + suffix);
    }

    @Test
    void olderStoriesLinksPageStablyAndCrawlably() {
        Instant t = Instant.parse("2021-04-01T10:00:00Z");
        for (int i = 1; i <= ListingController.PAGE_SIZE + 5; i++) {
            publish("Story %02d".formatted(i), parent, t.plusSeconds(i * 60L));
        }

        Document first = browser.get("/list-parent-" + suffix).document();
        String older = first.selectFirst(".pager a[rel=next]").attr("href");
        publish("Published meanwhile", parent, t.plusSeconds(100_000));
        Document second = browser.get(older).document();

        assertThat(headlines(first))
                .hasSize(ListingController.PAGE_SIZE)
                .first()
                .isEqualTo("Story 25 " + suffix);
        assertThat(older).matches("/list-parent-" + suffix + "\\?before=\\d+");
        assertThat(headlines(second))
                .containsExactly(
                        "Story 05 " + suffix,
                        "Story 04 " + suffix,
                        "Story 03 " + suffix,
                        "Story 02 " + suffix,
                        "Story 01 " + suffix);
        assertThat(second.select(".pager a[rel=next]")).isEmpty();
        assertThat(second.selectFirst("link[rel=canonical]").attr("href")).endsWith(older);
    }

    @Test
    void tagAndAuthorPagesListTheirStoriesAndTheAuthorsBio() {
        publish("Tagged and written", parent, Instant.parse("2021-05-01T10:00:00Z"));

        Document tagPage = browser.get("/tag/listing-tag-" + suffix).document();
        Document authorPage = browser.get("/author/listing-author-" + suffix).document();

        assertThat(tagPage.selectFirst("h1").text()).isEqualTo("Listing tag " + suffix);
        assertThat(headlines(tagPage)).containsExactly("Tagged and written " + suffix);
        assertThat(authorPage.selectFirst("h1").text()).isEqualTo("Listing Author " + suffix);
        assertThat(authorPage.select("main h3 a").eachText()).containsExactly("Tagged and written " + suffix);
    }

    @Test
    void badParametersAnswer400AndUnknownPages404InTheSiteLayout() {
        publish("Makes the section public", parent, Instant.parse("2020-01-01T12:00:00Z"));
        for (String path : List.of(
                "/list-parent-" + suffix + "?before=abc",
                "/list-parent-" + suffix + "?before=-3",
                "/list-parent-" + suffix + "?before=0",
                "/list-parent-" + suffix + "?before=999999999")) {
            Browserless.Page page = browser.get(path);
            assertThat(page.status()).as(path).isEqualTo(400);
            assertThat(page.body()).as(path).doesNotContain("Exception");
        }
        for (String path :
                List.of("/no-such-section-" + suffix, "/tag/no-such-" + suffix, "/author/nobody-" + suffix)) {
            assertThat(browser.get(path).status()).as(path).isEqualTo(404);
        }
    }

    @Test
    void theArticlePageShowsRelatedStoriesSharedTagsFirst() {
        long otherSection = sections.ensureSection("list-other-" + suffix, "Other " + suffix, null, 51)
                .id();
        long sharedTag = tags.ensureTag("Related tag " + suffix).id();
        long main = articles.importPublished(
                new ArticleDraft(
                        "Main " + suffix,
                        null,
                        "Body",
                        "main-" + suffix,
                        parent,
                        List.of(author),
                        List.of(sharedTag),
                        null,
                        "en",
                        null,
                        null,
                        LeadImage.NONE),
                Instant.parse("2021-06-01T10:00:00Z"),
                null);
        articles.importPublished(
                new ArticleDraft(
                        "Same tag elsewhere " + suffix,
                        null,
                        "Body",
                        "same-tag-" + suffix,
                        otherSection,
                        List.of(author),
                        List.of(sharedTag),
                        null,
                        "en",
                        null,
                        null,
                        LeadImage.NONE),
                Instant.parse("2021-05-01T10:00:00Z"),
                null);
        publish("Same section, no tag", parent, Instant.parse("2021-06-02T10:00:00Z"));
        String path =
                articles.findPublishedBySlug("main-" + suffix).orElseThrow().path();

        Document page = browser.get(path).document();

        assertThat(page.select(".related h3 a").eachText())
                .startsWith("Same tag elsewhere " + suffix, "Same section, no tag " + suffix)
                .doesNotContain("Main " + suffix);
        assertThat(main).isPositive();
    }

    @Test
    void relatedStoriesRankByHowManyTagsTheyShare() {
        long otherSection = sections.ensureSection("list-rank-" + suffix, "Rank " + suffix, null, 52)
                .id();
        long first = tags.ensureTag("First rank tag " + suffix).id();
        long second = tags.ensureTag("Second rank tag " + suffix).id();
        Instant t = Instant.parse("2021-07-01T10:00:00Z");
        articles.importPublished(tagged("Main two tags", otherSection, first, second), t, null);
        articles.importPublished(tagged("Shares both, oldest", parent, first, second), t.minusSeconds(7200), null);
        articles.importPublished(tagged("Shares one, newest", parent, first), t.minusSeconds(60), null);
        articles.importPublished(tagged("Shares the other", parent, second), t.minusSeconds(3600), null);
        String path = articles.findPublishedBySlug(org.newsroom.platform.Slugs.slugify("Main two tags " + suffix, 100))
                .orElseThrow()
                .path();

        Document page = browser.get(path).document();

        assertThat(page.select(".related h3 a").eachText())
                .containsExactly(
                        "Shares both, oldest " + suffix, "Shares one, newest " + suffix, "Shares the other " + suffix);
    }

    @Test
    void relatedStoriesTagAndAuthorPagesFollowPublishingAndUnpublishing() {
        long otherSection = sections.ensureSection("list-follow-" + suffix, "Follow " + suffix, null, 53)
                .id();
        String tagName = "Follow tag " + suffix;
        long followTag = tags.ensureTag(tagName).id();
        articles.importPublished(
                tagged("Main follow", otherSection, followTag), Instant.parse("2021-01-01T10:00:00Z"), null);
        String path = articles.findPublishedBySlug(org.newsroom.platform.Slugs.slugify("Main follow " + suffix, 100))
                .orElseThrow()
                .path();
        var editor = staff.create(org.newsroom.staff.StaffRole.EDITOR).actor();
        String headline = "Followed story " + suffix;
        var input = new org.newsroom.article.StoryInput(
                headline,
                null,
                "Body.",
                null,
                parent,
                tagName,
                "Follow Reporter " + suffix,
                null,
                "en",
                null,
                null,
                LeadImage.NONE);
        long id = drafting.create(input, editor);
        assertThat(browser.get(path).document().select(".related h3 a").eachText())
                .doesNotContain(headline);

        String tagPage = "/tag/" + org.newsroom.platform.Slugs.slugify(tagName, 80);
        String authorPage = "/author/" + org.newsroom.platform.Slugs.slugify("Follow Reporter " + suffix, 80);
        assertThat(browser.get(tagPage).document().text()).doesNotContain(headline);

        publishing.publish(id, editorQueries.open(id, editor).version(), input, editor);
        assertThat(browser.get(path).document().select(".related h3 a").eachText())
                .containsExactly(headline);
        assertThat(browser.get(tagPage).document().text()).contains(headline);
        assertThat(browser.get(authorPage).document().text()).contains(headline);

        publishing.unpublish(id, editorQueries.open(id, editor).version(), editor);
        assertThat(browser.get(path).document().select(".related h3 a").eachText())
                .doesNotContain(headline);
        assertThat(browser.get(tagPage).document().text()).doesNotContain(headline);
        assertThat(browser.get(authorPage).document().text()).doesNotContain(headline);
    }

    private ArticleDraft tagged(String headline, long section, Long... tags) {
        return new ArticleDraft(
                headline + " " + suffix,
                null,
                "Body",
                org.newsroom.platform.Slugs.slugify(headline + " " + suffix, 100),
                section,
                List.of(author),
                List.of(tags),
                null,
                "en",
                null,
                null,
                LeadImage.NONE);
    }

    private void publish(String headline, long section, Instant at) {
        articles.importPublished(draft(headline, section), at, null);
    }

    private ArticleDraft draft(String headline, long section) {
        return new ArticleDraft(
                headline + " " + suffix,
                "Deck",
                "Body",
                null == headline ? null : org.newsroom.platform.Slugs.slugify(headline + " " + suffix, 100),
                section,
                List.of(author),
                List.of(tag),
                null,
                "en",
                null,
                null,
                LeadImage.NONE);
    }

    private static List<String> headlines(Document page) {
        return page.select("main .story-list h2 a").eachText();
    }
}
