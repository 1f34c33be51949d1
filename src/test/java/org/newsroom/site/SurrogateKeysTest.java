package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.PublishingService;
import org.newsroom.people.AuthorService;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.taxonomy.SectionService;
import org.newsroom.taxonomy.TagService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Every public page names what it shows in {@code Surrogate-Key}; a change's notification names what it touched. */
@IntegrationTest
class SurrogateKeysTest {

    @Autowired
    Browserless browser;

    @Autowired
    DraftingService drafting;

    @Autowired
    PublishingService publishing;

    @Autowired
    EditorQueryService editorQueries;

    @Autowired
    SectionService sections;

    @Autowired
    TagService tags;

    @Autowired
    AuthorService authors;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ContentChangeListener listener;

    @Test
    void everyPublicPageNamesTheStoriesItShowsAndWhatItLists() {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        long desk = sections.ensureSection("keys-desk", "Keys desk", null, 95).id();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String tag = "Keys tag " + suffix;
        String author = "Keys Author " + suffix;
        var input = StoryInputs.story("Named " + suffix)
                .body("Named text.")
                .sectionId(desk)
                .tags(tag)
                .byline(author)
                .build();
        long id = drafting.create(input, editor);
        String path = publishing.publish(id, editorQueries.open(id, editor).version(), input, editor);
        var tagRef = tags.ensureTag(tag);
        var authorRef = authors.ensureAuthor(author);

        assertThat(keys(path)).contains("a:" + id, "s:" + desk, "t:" + tagRef.id());
        assertThat(keys("/")).contains("front", "a:" + id);
        assertThat(keys("/keys-desk")).contains("s:" + desk, "a:" + id);
        assertThat(keys(tagRef.path())).contains("t:" + tagRef.id(), "a:" + id);
        assertThat(keys(authors.getAuthor(authorRef.id()).path())).contains("p:" + authorRef.id(), "a:" + id);
        assertThat(keys("/feed.atom")).contains("feeds");
        assertThat(keys("/sitemap.xml")).contains("sitemaps");
        assertThat(keys("/news-sitemap.xml")).contains("sitemaps");
    }

    @Test
    void aFrontPageNamesEachStoryItShowsOnceAndNothingOfTheirBodies() {
        List<String> keys = keys("/");
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(keys).allMatch(key -> key.matches("front|[aisptu]:\\d+"), "short keys");
        int stories = (int) keys.stream().filter(key -> key.startsWith("a:")).count();
        assertThat(stories).isPositive().isLessThanOrEqualTo(FrontPageController.FRONT_PAGE_SIZE + 4 * 20);
    }

    @Test
    void aChangeTooLargeForOneNotificationEmptiesEveryCacheAndStillPurgesEveryKey() throws Exception {
        browser.get("/corrections");
        assertThat(browser.get("/corrections").header("Age")).as("cached").isNotNull();
        List<String> many = java.util.stream.IntStream.rangeClosed(1, 2000)
                .mapToObj(i -> "a:" + (10_000_000 + i))
                .toList();
        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> jdbc.sql("select newsroom_change(:keys, false)")
                        .param("keys", many.toArray(String[]::new))
                        .query(Object.class)
                        .single());

        settled();

        assertThat(browser.get("/corrections").header("Age"))
                .as("emptied, as by a notification of everything")
                .isNull();
        assertThat(jdbc.sql("select count(*) from cdn_purges where keys @> cast(:keys as text[])")
                        .param("keys", many.toArray(String[]::new))
                        .query(Long.class)
                        .single())
                .as("the CDN is told every key")
                .isEqualTo(1);
    }

    @Test
    void aNotificationNamesTheKeysOfTheChangeAndNothingElse() {
        assertThat(ContentChangeListener.keys("keys a:1 front s:2")).containsExactly("a:1", "front", "s:2");
        assertThat(ContentChangeListener.keys("*")).as("everything").isNull();
        assertThat(ContentChangeListener.keys("articles"))
                .as("another part's notification")
                .isNull();
        assertThat(ContentChangeListener.keys("keys ")).as("no key").isNull();
    }

    /** Waits until every notification committed so far has arrived: a marker key, which no page names, comes after them. */
    private void settled() throws InterruptedException {
        String marker = "keys settled:" + UUID.randomUUID();
        Notified.await(jdbc, listener, marker);
    }

    private List<String> keys(String path) {
        Browserless.Page page = browser.get(path, "*/*");
        assertThat(page.status()).as(path).isEqualTo(200);
        String header = page.header("Surrogate-Key");
        assertThat(header).as("Surrogate-Key of " + path).isNotBlank();
        return List.of(header.split(" "));
    }
}
