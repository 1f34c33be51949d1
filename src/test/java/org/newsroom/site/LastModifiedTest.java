package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.PublishingService;
import org.newsroom.article.StoryInput;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.support.TestClock;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code If-Modified-Since} is answered with {@code 304} when the page has not changed, and each page's
 * {@code Last-Modified} is the newest change of what it shows, not one time for the whole site.
 *
 * <p>HTTP dates have whole seconds, so the tests move the application's clock between a page and its change instead
 * of waiting for a second to pass, first past every change already in the database (other tests move the clock too).
 * What a test wrote with its clock ahead is brought back to the present afterwards ({@link TestClock#reset()}), so
 * that no story of these tests stands above the stories of the tests that follow, and no page dates from the future.
 */
@IntegrationTest
class LastModifiedTest {

    @Autowired
    DraftingService drafting;

    @Autowired
    PublishingService publishing;

    @Autowired
    EditorQueryService editorQueries;

    @Autowired
    SectionService sections;

    @Autowired
    Staff staff;

    @Autowired
    TestClock clock;

    @Autowired
    PageCache pages;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aRequestIfModifiedSinceTheLastModifiedOfThePageGets304FromTheCacheOrAfreshRender() throws Exception {
        for (String path :
                new String[] {"/", GenevaArticlePageTest.CANONICAL, "/world", "/tag/syria", "/corrections", "/feed.atom"
                }) {
            HttpResponse<String> page = get(path, null);
            String lastModified = page.headers().firstValue("Last-Modified").orElseThrow();
            assertThat(page.statusCode()).as(path).isEqualTo(200);

            assertThat(get(path, lastModified).statusCode())
                    .as(path + ", cached")
                    .isEqualTo(304);
            pages.invalidateAll();
            HttpResponse<String> fresh = get(path, lastModified);
            assertThat(fresh.statusCode()).as(path + ", rendered").isEqualTo(304);
            assertThat(fresh.body()).isEmpty();
            assertThat(get(path, httpDate(instant(lastModified).minusSeconds(1)))
                            .statusCode())
                    .as(path + ", an older copy")
                    .isEqualTo(200);
            assertThat(send(request(path)
                                    .header("If-Modified-Since", lastModified)
                                    .header("If-None-Match", "\"another-version\""))
                            .statusCode())
                    .as(path + ": If-None-Match is asked first, and does not match")
                    .isEqualTo(200);
            assertThat(get(path, "not a date").statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void aChangeToAStoryGivesItsPagesA200AndALaterLastModified() throws Exception {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        String desk = desk();
        long sectionId = sections.findSection(desk).orElseThrow().id();
        aheadOfEverything();
        long id = drafting.create(input("Changing " + UUID.randomUUID(), "First text.", sectionId), editor);
        String article = publishing.publish(id, version(id, editor), open(id, editor, "First text."), editor);
        String articleModified = lastModified(article);
        String sectionModified = lastModified("/" + desk);
        assertThat(get(article, articleModified).statusCode()).isEqualTo(304);

        clock.advance(Duration.ofMinutes(1));
        // A minor fix: the story's "Updated" time stays, but the page changed.
        publishing.publishUpdate(id, version(id, editor), open(id, editor, "Fixed text."), false, editor);

        HttpResponse<String> changed = get(article, articleModified);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("Fixed text.");
        assertThat(instant(changed.headers().firstValue("Last-Modified").orElseThrow()))
                .isAfter(instant(articleModified));
        assertThat(get("/" + desk, sectionModified).statusCode()).isEqualTo(200);
    }

    @Test
    void aStoryTakenDownChangesTheListThatShowedIt() throws Exception {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        String desk = desk();
        long sectionId = sections.findSection(desk).orElseThrow().id();
        aheadOfEverything();
        long staying = drafting.create(input("Staying " + UUID.randomUUID(), "Stays.", sectionId), editor);
        publishing.publish(staying, version(staying, editor), open(staying, editor, "Stays."), editor);
        clock.advance(Duration.ofMinutes(1));
        long leaving = drafting.create(input("Leaving " + UUID.randomUUID(), "Goes.", sectionId), editor);
        publishing.publish(leaving, version(leaving, editor), open(leaving, editor, "Goes."), editor);
        String listed = lastModified("/" + desk);

        clock.advance(Duration.ofMinutes(1));
        publishing.unpublish(leaving, version(leaving, editor), editor);

        HttpResponse<String> list = get("/" + desk, listed);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Staying").doesNotContain("Leaving");
    }

    @Test
    void pagesWhoseNewestStoriesDifferHaveDifferentLastModified() throws Exception {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        String first = desk();
        String second = desk();
        aheadOfEverything();
        long older = drafting.create(
                input(
                        "Older " + UUID.randomUUID(),
                        "Older.",
                        sections.findSection(first).orElseThrow().id()),
                editor);
        String olderPath = publishing.publish(older, version(older, editor), open(older, editor, "Older."), editor);
        clock.advance(Duration.ofMinutes(1));
        long newer = drafting.create(
                input(
                        "Newer " + UUID.randomUUID(),
                        "Newer.",
                        sections.findSection(second).orElseThrow().id()),
                editor);
        String newerPath = publishing.publish(newer, version(newer, editor), open(newer, editor, "Newer."), editor);

        Instant firstSection = instant(lastModified("/" + first));
        Instant secondSection = instant(lastModified("/" + second));

        assertThat(firstSection).isBefore(secondSection);
        assertThat(instant(lastModified(olderPath))).isEqualTo(firstSection);
        assertThat(instant(lastModified(newerPath))).isEqualTo(secondSection);
        assertThat(instant(lastModified(GenevaArticlePageTest.CANONICAL))).isBefore(firstSection);
    }

    @Test
    void aStoryMovedToAnotherSectionChangesTheListItLeft() throws Exception {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        String from = desk();
        long to = sections.findSection(desk()).orElseThrow().id();
        long fromId = sections.findSection(from).orElseThrow().id();
        aheadOfEverything();
        String staying = name("Staying");
        String leaving = name("Moving");
        published(staying, "Stays.", fromId, null, null, editor);
        clock.advance(Duration.ofMinutes(1));
        long moving = published(leaving, "Moves.", fromId, null, null, editor);
        String listed = lastModified("/" + from);

        clock.advance(Duration.ofMinutes(1));
        moved(moving, to, null, null, editor);

        HttpResponse<String> list = get("/" + from, listed);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(staying).doesNotContain(leaving);
        assertThat(instant(list.headers().firstValue("Last-Modified").orElseThrow()))
                .isAfter(instant(listed));
    }

    @Test
    void aTagTakenOffAStoryChangesTheTagsPage() throws Exception {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        long desk = sections.findSection(desk()).orElseThrow().id();
        String tag = name("lmtag");
        aheadOfEverything();
        String staying = name("Staying");
        String leaving = name("Untagged");
        published(staying, "Stays.", desk, tag, null, editor);
        clock.advance(Duration.ofMinutes(1));
        long untagged = published(leaving, "Goes.", desk, tag, null, editor);
        String listed = lastModified("/tag/" + tag);

        clock.advance(Duration.ofMinutes(1));
        moved(untagged, desk, null, null, editor);

        HttpResponse<String> list = get("/tag/" + tag, listed);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(staying).doesNotContain(leaving);
    }

    @Test
    void aBylineAuthorTakenOffAStoryChangesTheAuthorsPage() throws Exception {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        long desk = sections.findSection(desk()).orElseThrow().id();
        String author = name("lmwriter");
        String other = name("lmother");
        aheadOfEverything();
        String staying = name("Staying");
        String leaving = name("Rebylined");
        published(staying, "Stays.", desk, null, author, editor);
        clock.advance(Duration.ofMinutes(1));
        long rebylined = published(leaving, "Goes.", desk, null, author + ", " + other, editor);
        String listed = lastModified("/author/" + author);

        clock.advance(Duration.ofMinutes(1));
        moved(rebylined, desk, null, other, editor);

        HttpResponse<String> list = get("/author/" + author, listed);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(staying).doesNotContain(leaving);
    }

    @Test
    void aStoryLeavingATagChangesThePagesOfTheStoriesItWasRelatedTo() throws Exception {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        long desk = sections.findSection(desk()).orElseThrow().id();
        long elsewhere = sections.findSection(desk()).orElseThrow().id();
        String tag = name("lmrelated");
        aheadOfEverything();
        String leaving = name("Related");
        long related = published(leaving, "Related.", desk, tag, null, editor);
        clock.advance(Duration.ofMinutes(1));
        String article = editorQueries
                .open(published(name("Reading"), "Reads.", desk, tag, null, editor), editor)
                .livePath();
        String shown = lastModified(article);
        assertThat(get(article, null).body()).contains(leaving);

        clock.advance(Duration.ofMinutes(1));
        moved(related, elsewhere, null, null, editor);

        HttpResponse<String> page = get(article, shown);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(leaving);
    }

    /** Moves the application's clock a minute past the newest change the database holds. */
    private void aheadOfEverything() {
        Instant latest = jdbc.sql("""
                        select greatest(
                            (select max(modified_at) from articles),
                            (select max(modified_at) from sections),
                            (select max(modified_at) from authors),
                            (select max(modified_at) from media_images),
                            (select max(published_at) from article_corrections),
                            (select max(changed_at) from listing_changes),
                            (select max(modified_at) from front_banners))
                        """).query(Instant.class).single();
        Instant now = clock.instant();
        clock.advance(Duration.ofMinutes(1).plus(latest.isAfter(now) ? Duration.between(now, latest) : Duration.ZERO));
    }

    /** A section of its own, made at the real time, before the test moves the clock. */
    private String desk() {
        String slug = "lm-" + UUID.randomUUID().toString().substring(0, 8);
        sections.ensureSection(slug, "Desk " + slug, null, 97);
        return slug;
    }

    /** A name of the test's own for a tag, an author or a headline, one word, so that it is its own slug too. */
    private static String name(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A story of the test's own, published now. */
    private long published(String headline, String body, long desk, String tags, String byline, Actor editor) {
        long id = drafting.create(input(headline, body, desk, tags, byline), editor);
        publishing.publish(id, version(id, editor), input(headline, body, desk, tags, byline), editor);
        return id;
    }

    /** Publishes an update of a story that takes it to another section, or gives it other tags or another byline. */
    private void moved(long id, long desk, String tags, String byline, Actor editor) {
        StoryInput current = editorQueries.open(id, editor).input();
        publishing.publishUpdate(
                id, version(id, editor), input(current.headline(), current.body(), desk, tags, byline), false, editor);
    }

    private String lastModified(String path) throws Exception {
        HttpResponse<String> page = get(path, null);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.headers().firstValue("Last-Modified").orElseThrow();
    }

    private HttpResponse<String> get(String path, String ifModifiedSince) throws Exception {
        HttpRequest.Builder request = request(path);
        if (ifModifiedSince != null) {
            request.header("If-Modified-Since", ifModifiedSince);
        }
        return send(request);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html")
                .timeout(Duration.ofMinutes(1));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Instant instant(String httpDate) {
        return ZonedDateTime.parse(httpDate, DateTimeFormatter.RFC_1123_DATE_TIME)
                .toInstant();
    }

    private static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
    }

    private long version(long id, Actor editor) {
        return editorQueries.open(id, editor).version();
    }

    private StoryInput open(long id, Actor editor, String body) {
        StoryInput current = editorQueries.open(id, editor).input();
        return input(current.headline(), body, current.sectionId());
    }

    private static StoryInput input(String headline, String body, long desk) {
        return input(headline, body, desk, null, null);
    }

    private static StoryInput input(String headline, String body, long desk, String tags, String byline) {
        return StoryInputs.story(headline)
                .body(body)
                .sectionId(desk)
                .tags(tags)
                .byline(byline)
                .build();
    }
}
