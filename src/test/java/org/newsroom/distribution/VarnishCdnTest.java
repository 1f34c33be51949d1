package org.newsroom.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.HistoryNotes;
import org.newsroom.article.PublishingService;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.RecordingHttpServer;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.support.Varnish;
import org.newsroom.taxonomy.SectionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application behind a real Varnish running {@code deploy/varnish/default.vcl}, purging it through the queue. A
 * second "Varnish" is a local recording server: stopping it is a CDN outage. Each test waits for the purge to be sent
 * (the sender's signal), then looks through Varnish; the times it took are logged, not asserted (bench/ measures).
 */
@IntegrationTest
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VarnishCdnTest {

    private static final Logger log = LoggerFactory.getLogger(VarnishCdnTest.class);
    private static final Duration PATIENCE = Duration.ofMinutes(1);

    static int varnishPort;
    static RecordingHttpServer outageProne;

    @DynamicPropertySource
    static void cdn(DynamicPropertyRegistry registry) throws IOException {
        Varnish.requireInstalled();
        varnishPort = Varnish.freePort();
        outageProne = RecordingHttpServer.start();
        registry.add("newsroom.cdn.backend", () -> "varnish");
        registry.add("newsroom.cdn.varnish.urls", () -> "http://127.0.0.1:" + varnishPort + "," + outageProne.url());
        registry.add("newsroom.cdn.poll-interval", () -> "200ms");
        registry.add("newsroom.cdn.first-retry", () -> "100ms");
        registry.add("newsroom.cdn.last-retry", () -> "500ms");
        registry.add("newsroom.cdn.repeat-after", () -> "300ms");
    }

    @LocalServerPort
    int appPort;

    @Autowired
    PurgeSender sender;

    @Autowired
    DraftingService drafting;

    @Autowired
    PublishingService publishing;

    @Autowired
    EditorQueryService editorQueries;

    @Autowired
    SectionService sections;

    @Autowired
    HistoryNotes notes;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    Varnish varnish;
    final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    void startVarnish() throws Exception {
        varnish = Varnish.start(varnishPort, appPort);
    }

    @AfterAll
    void stopVarnish() throws Exception {
        if (varnish != null) {
            varnish.stop();
        }
        outageProne.stop();
    }

    @Test
    void aPublishedUpdateShowsThroughVarnishAndAnUnrelatedPageStaysAHit() throws Exception {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        long desk =
                sections.ensureSection("varnish-desk", "Varnish desk", null, 97).id();
        long a = story(editor, "Through Varnish " + UUID.randomUUID(), "Before the update.", desk);
        String pathA = publish(a, editor, "Before the update.", desk);
        // Another section: a story of the same one would list A among its related stories, and name it.
        long other = sections.ensureSection("varnish-other", "Varnish other", null, 96)
                .id();
        long b = story(editor, "Unrelated " + UUID.randomUUID(), "Unrelated text.", other);
        String pathB = publish(b, editor, "Unrelated text.", other);
        drain();

        assertThat(throughVarnish(pathA).body()).contains("Before the update.");
        HttpResponse<String> cachedA = throughVarnish(pathA);
        assertThat(cachedA.headers().firstValue("X-Cache")).hasValue("HIT");
        assertThat(cachedA.headers().firstValue("Surrogate-Key"))
                .as("stripped before browsers")
                .isEmpty();
        throughVarnish(pathB);
        assertThat(throughVarnish(pathB).headers().firstValue("X-Cache")).hasValue("HIT");

        long sent = sender.sent();
        long start = System.nanoTime();
        publishing.publishUpdate(
                a, version(a, editor), input(headline(a, editor), "After the update.", desk), true, editor);
        assertThat(sender.awaitPurged("a:" + a, sent, PATIENCE))
                .as("purge sent")
                .isTrue();

        HttpResponse<String> updated = throughVarnish(pathA);
        log.info("An update showed through Varnish {} ms after it committed", (System.nanoTime() - start) / 1_000_000);
        assertThat(updated.body()).contains("After the update.").doesNotContain("Before the update.");
        assertThat(throughVarnish(pathB).headers().firstValue("X-Cache"))
                .as("the unrelated page was not purged")
                .hasValue("HIT");
    }

    @Test
    void anUnpublishedStoryAnswers410ThroughVarnishAndItsHistorySaysItWasRemoved() throws Exception {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        long desk =
                sections.ensureSection("varnish-desk", "Varnish desk", null, 97).id();
        long id = story(editor, "Taken down " + UUID.randomUUID(), "A legal problem.", desk);
        String path = publish(id, editor, "A legal problem.", desk);
        drain();
        throughVarnish(path);
        assertThat(throughVarnish(path).headers().firstValue("X-Cache")).hasValue("HIT");

        long sent = sender.sent();
        long start = System.nanoTime();
        publishing.unpublish(id, version(id, editor), editor);
        assertThat(sender.awaitPurged("a:" + id, sent, PATIENCE))
                .as("purge sent")
                .isTrue();

        HttpResponse<String> gone = throughVarnish(path);
        log.info(
                "An unpublished story answered 410 through Varnish {} ms after it committed",
                (System.nanoTime() - start) / 1_000_000);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(notes.of(id)).singleElement().satisfies(note -> assertThat(note.text())
                .matches("Removed from the CDN \\(Varnish\\) at \\d\\d:\\d\\d:\\d\\d"));
    }

    @Test
    void aPurgeDuringAnOutageArrivesWhenTheCdnIsBack() throws Exception {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        long desk =
                sections.ensureSection("varnish-desk", "Varnish desk", null, 97).id();
        long id = story(editor, "During the outage " + UUID.randomUUID(), "Before.", desk);
        publish(id, editor, "Before.", desk);
        drain();
        int port = outageProne.port();
        outageProne.stop();
        try {
            long failed = sender.failed();
            publishing.publishUpdate(
                    id, version(id, editor), input(headline(id, editor), "After.", desk), true, editor);
            assertThat(sender.awaitFailed(failed + 2, PATIENCE))
                    .as("tried, and tried again")
                    .isTrue();
            assertThat(queued("a:" + id)).as("kept in the queue").isEqualTo(1);
        } finally {
            outageProne = RecordingHttpServer.startOn(port);
        }
        var purge = outageProne.await(
                request -> request.method().equals("PURGE")
                        && String.valueOf(request.header("xkey-purge")).contains("a:" + id),
                PATIENCE);
        assertThat(purge.header("xkey-purge").split(" ")).contains("a:" + id, "feeds");
        // Sent once more a moment later, for an instance that had not yet heard of the change; then it is gone.
        outageProne.await(
                request -> request != purge
                        && String.valueOf(request.header("xkey-purge")).contains("a:" + id),
                PATIENCE);
    }

    /** Waits until every purge queued so far has been sent, so that a test starts with its pages in Varnish. */
    private void drain() throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (jdbc.sql("select count(*) from cdn_purges").query(Long.class).single() > 0) {
            assertThat(System.nanoTime()).as("the queue drained").isLessThan(deadline);
            sender.awaitSent(sender.sent() + 1, Duration.ofMillis(200));
        }
    }

    private long queued(String key) {
        return jdbc.sql("select count(*) from cdn_purges where :key = any(keys)")
                .param("key", key)
                .query(Long.class)
                .single();
    }

    private HttpResponse<String> throughVarnish(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(varnish.url() + path))
                        .header("Accept", "text/html")
                        .timeout(PATIENCE)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long story(Actor editor, String headline, String body, long desk) {
        return drafting.create(input(headline, body, desk), editor);
    }

    private String publish(long id, Actor editor, String body, long desk) {
        return publishing.publish(id, version(id, editor), input(headline(id, editor), body, desk), editor);
    }

    private long version(long id, Actor editor) {
        return editorQueries.open(id, editor).version();
    }

    private String headline(long id, Actor editor) {
        return editorQueries.open(id, editor).input().headline();
    }

    private static org.newsroom.article.StoryInput input(String headline, String body, long desk) {
        return StoryInputs.story(headline).body(body).sectionId(desk).build();
    }
}
