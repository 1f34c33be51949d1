package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsroom.article.ArticleService;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.PublishingService;
import org.newsroom.article.StoryInput;
import org.newsroom.frontpage.BannerInput;
import org.newsroom.frontpage.BannerLevel;
import org.newsroom.frontpage.BannerService;
import org.newsroom.live.EntryDraft;
import org.newsroom.live.LiveEditing;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.SecondInstance;
import org.newsroom.support.SseReader;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.support.TestStories;
import org.newsroom.taxonomy.SectionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of the application on one database, as behind a load balancer: the test's own, and a second one
 * started once here for all the tests of the class (an application start is the dearest thing in the suite). An update
 * to a story empties, on both, the pages that show it, and only those: an unrelated page stays a cache hit
 * ({@code Age}). A banner set on one instance is on the other's pages as soon as the database's notification arrives
 * there, and one ended there is gone from the first. The tests wait for the notifications to reach both instances (a
 * marker notified after a change arrives after it), never for the clock; how long an update took is logged, not
 * asserted.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest {

    private static final Logger log = LoggerFactory.getLogger(TwoInstancesTest.class);

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    ContentChangeListener listener;

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
    JdbcClient jdbc;

    @Autowired
    Browserless browser;

    @Autowired
    BannerService banners;

    @Autowired
    ArticleService articles;

    @Autowired
    TestStories stories;

    SecondInstance second;
    int secondPort;
    final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void startASecondInstance() throws java.sql.SQLException {
        second = SecondInstance.on(dataSource);
        secondPort = second.port();
    }

    @AfterAll
    void stopIt() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void anUpdateEmptiesOnBothInstancesOnlyThePagesThatShowTheStory() throws Exception {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long desk = sections.ensureSection("twin-desk", "Twin desk", null, 94).id();
        long other =
                sections.ensureSection("twin-other", "Twin other", null, 93).id();
        long a = drafting.create(input("Geneva talks " + suffix, "Deck before", "Talks resume.", desk), editor);
        String pathA = publishing.publish(
                a, version(a, editor), input(headline(a, editor), "Deck before", "Talks resume.", desk), editor);
        long b = drafting.create(input("Unrelated " + suffix, "Other deck", "Other text.", other), editor);
        String pathB = publishing.publish(
                b, version(b, editor), input(headline(b, editor), "Other deck", "Other text.", other), editor);
        settled();

        List<Integer> instances = List.of(port, secondPort);
        for (int instance : instances) {
            for (String path : List.of(pathA, pathB, "/", "/twin-desk")) {
                get(instance, path);
                assertThat(get(instance, path).headers().firstValue("Age"))
                        .as(path + " cached on " + instance)
                        .isPresent();
            }
        }

        long start = System.nanoTime();
        publishing.publishUpdate(
                a,
                version(a, editor),
                input(headline(a, editor), "Deck after", "Talks resumed today.", desk),
                true,
                editor);
        settled();
        log.info(
                "An update reached both instances' caches {} ms after it committed",
                (System.nanoTime() - start) / 1_000_000);

        for (int instance : instances) {
            HttpResponse<String> article = get(instance, pathA);
            assertThat(article.body()).as("A on " + instance).contains("Talks resumed today.");
            assertThat(article.headers().firstValue("Age"))
                    .as("A rendered afresh on " + instance)
                    .isEmpty();
            assertThat(get(instance, "/").body())
                    .as("front page on " + instance)
                    .contains("Deck after");
            assertThat(get(instance, "/twin-desk").body())
                    .as("section on " + instance)
                    .contains("Deck after");
            assertThat(get(instance, pathB).headers().firstValue("Age"))
                    .as("the unrelated story is still a hit on " + instance)
                    .isPresent();
        }
    }

    @Test
    void aBannerSetOnOneInstanceIsOnTheOthersPagesAndEndedThereIsGoneFromTheFirst() throws Exception {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        long id = stories.story("Two instances " + UUID.randomUUID()).publishedAt(stories.newest());
        String storyPath = articles.findPublishedPath(id).orElseThrow();
        try {
            String line = "On every instance " + UUID.randomUUID();
            assertThat(page(secondPort, "/")).doesNotContain(line);
            assertThat(page(secondPort, storyPath)).doesNotContain("news-banner"); // now in its cache

            banners.set(
                    new BannerInput(
                            line, BannerLevel.BREAKING, storyPath, Instant.now().plus(Duration.ofHours(1))),
                    editor);

            settled(); // the banner's notification ("*": every page) reached the other instance
            assertThat(page(secondPort, "/")).contains(line);
            assertThat(page(secondPort, storyPath)).contains(line);
            assertThat(browser.get(storyPath).body()).contains(line);

            BannerService otherBanners = second.bean(BannerService.class);
            otherBanners.end(otherBanners.details().orElseThrow().id(), editor);
            settled();

            assertThat(browser.get("/").body()).doesNotContain(line);
            assertThat(browser.get(storyPath).body()).doesNotContain("news-banner");
            assertThat(page(secondPort, storyPath)).doesNotContain("news-banner");
        } finally {
            banners.details().ifPresent(live -> banners.end(live.id(), editor));
        }
    }

    /**
     * A live entry posted on one instance reaches a reader of the other instance's update stream, by the database's
     * notification; how long it took is logged (the issue asks for under 2 s), the wait itself is on the event.
     */
    @Test
    void aLiveEntryPostedOnOneInstanceReachesAStreamOnTheOther() throws Exception {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        long id = stories.story("Live on two instances " + UUID.randomUUID()).publishedAt(stories.newest());
        LiveEditing live = second.bean(LiveEditing.class);
        live.start(id, editor);
        try (SseReader stream = SseReader.open("http://localhost:" + port + "/live/" + id + "/stream", null)) {
            assertThat(stream.status()).isEqualTo(200);
            String text = "Posted on the other instance " + UUID.randomUUID();
            long start = System.nanoTime();
            long entry = live.post(id, new EntryDraft(null, text, false, true), editor);
            SseReader.Event event = stream.next(e -> e.data().contains(text));
            log.info(
                    "A live entry posted on the second instance reached a stream on the first {} ms later",
                    (System.nanoTime() - start) / 1_000_000);
            assertThat(event.data()).contains("\"id\":" + entry);
        }
    }

    /**
     * Waits until every notification committed so far has reached both instances: a marker notified now arrives after
     * them. It names a key no page has, so it empties nothing itself.
     */
    private void settled() throws InterruptedException {
        String marker = "keys settled:" + UUID.randomUUID();
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", ContentChangeListener.CHANNEL)
                .param("payload", marker)
                .query(Object.class)
                .single();
        assertThat(listener.awaitReceived(marker, Duration.ofMinutes(1))).isTrue();
        assertThat(second.bean(ContentChangeListener.class).awaitReceived(marker, Duration.ofMinutes(1)))
                .isTrue();
    }

    private HttpResponse<String> get(int instance, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + instance + path))
                        .header("Accept", "text/html")
                        .timeout(Duration.ofMinutes(1))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String page(int instance, String path) throws Exception {
        HttpResponse<String> response = get(instance, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private long version(long id, Actor editor) {
        return editorQueries.open(id, editor).version();
    }

    private String headline(long id, Actor editor) {
        return editorQueries.open(id, editor).input().headline();
    }

    private static StoryInput input(String headline, String deck, String body, long desk) {
        return StoryInputs.story(headline).deck(deck).body(body).sectionId(desk).build();
    }
}
