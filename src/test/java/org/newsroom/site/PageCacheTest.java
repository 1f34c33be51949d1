package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newsroom.article.EditorialService;
import org.newsroom.article.StoryInput;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.taxonomy.SectionInput;
import org.newsroom.taxonomy.TaxonomyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Rendered pages are kept, and dropped as soon as anything readers see changes, on every instance. */
@IntegrationTest
class PageCacheTest {

    @Autowired
    Browserless browser;

    @Autowired
    EditorialService editorial;

    @Autowired
    TaxonomyService taxonomy;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    PageCache pages;

    @LocalServerPort
    int port;

    @Test
    void aPageIsServedFromTheCacheUntilTheDatabaseSaysSomethingChanged() {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        long desk = taxonomy.ensureSection("test-desk", "Test desk", null, 99).id();
        long id = editorial.create(input("Cached " + UUID.randomUUID(), "Original text.", desk), editor);
        String path =
                editorial.publish(id, version(id, editor), input(headline(id, editor), "Original text.", desk), editor);
        assertThat(browser.get(path).body()).contains("Original text.");

        // Change the row without its triggers, as if behind the application's back: the cache does not know.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("update articles set body_html = '<p>Changed behind the cache.</p>' where id = :id")
                    .param("id", id)
                    .update();
        });
        assertThat(browser.get(path).body()).contains("Original text.");
        assertThat(fresh(path)).contains("Changed behind the cache.");

        // Any instance (here, this test) notifies the channel: every instance drops its pages.
        jdbc.sql("select pg_notify('newsroom_content', 'test')")
                .query(Object.class)
                .single();
        assertThat(eventually(path, "Changed behind the cache.")).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aPublishedUpdateIsVisibleToReadersWithinASecond() {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        long desk = taxonomy.ensureSection("test-desk", "Test desk", null, 99).id();
        long id = editorial.create(input("Updated fast " + UUID.randomUUID(), "Before.", desk), editor);
        String path = editorial.publish(id, version(id, editor), input(headline(id, editor), "Before.", desk), editor);
        assertThat(browser.get(path).body()).contains("Before.");
        assertThat(browser.get("/").body()).contains(headline(id, editor));

        editorial.publishUpdate(id, version(id, editor), input(headline(id, editor), "After.", desk), true, editor);

        assertThat(eventually(path, "After.")).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void savingADraftLeavesTheCacheAlone() {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        long desk = taxonomy.ensureSection("test-desk", "Test desk", null, 99).id();
        long published = editorial.create(input("Steady " + UUID.randomUUID(), "Steady text.", desk), editor);
        String path = editorial.publish(
                published,
                version(published, editor),
                input(headline(published, editor), "Steady text.", desk),
                editor);
        settled();
        browser.get(path);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("update articles set body_html = '<p>Only in the database.</p>' where id = :id")
                    .param("id", published)
                    .update();
        });
        long draft = editorial.create(input("A draft " + UUID.randomUUID(), "Draft text.", desk), editor);

        editorial.save(
                draft, version(draft, editor), input(headline(draft, editor), "Draft, saved again.", desk), editor);
        editorial.save(
                published,
                version(published, editor),
                input(headline(published, editor), "Working copy.", desk),
                editor);

        assertThat(browser.get(path).body()).contains("Steady text.");
    }

    /**
     * Waits until the publication's notification has come back from the database and emptied the cache (it arrives
     * on another thread, up to half a second later): until the cache was not emptied for a second.
     */
    private void settled() {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        long generation = pages.generation();
        long quietSince = System.nanoTime();
        while (System.nanoTime() - quietSince < java.time.Duration.ofSeconds(1).toNanos()) {
            assertThat(System.nanoTime()).as("the cache settles").isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (pages.generation() != generation) {
                generation = pages.generation();
                quietSince = System.nanoTime();
            }
        }
    }

    @Test
    void aRenamedSectionShowsInTheMenuOfEveryPageWithinASecond() {
        String slug = "menu-" + UUID.randomUUID().toString().substring(0, 8);
        // Both pages rendered once before timing: the first render of a template in a fresh JVM is not what is
        // measured.
        browser.get("/");
        browser.get("/corrections");
        long id = taxonomy.ensureSection(slug, "Menu before", null, 98).id();
        assertThat(eventually("/", "Menu before")).isLessThan(Duration.ofSeconds(1));

        taxonomy.updateSection(id, new SectionInput("Menu after", slug, null, 98));

        assertThat(eventually("/", "Menu after")).isLessThan(Duration.ofSeconds(1));
        assertThat(eventually("/corrections", "Menu after")).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aPageWhoseRenderOverlappedAChangeIsNotKept() throws Exception {
        pages.invalidateAll();
        org.newsroom.support.TestSupportConfiguration.SlowPage.started = new java.util.concurrent.CountDownLatch(1);
        org.newsroom.support.TestSupportConfiguration.SlowPage.proceed = new java.util.concurrent.CountDownLatch(1);
        var first = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> browser.get(org.newsroom.support.TestSupportConfiguration.SlowPage.PATH)
                        .body());
        assertThat(org.newsroom.support.TestSupportConfiguration.SlowPage.started.await(
                        10, java.util.concurrent.TimeUnit.SECONDS))
                .isTrue();

        pages.invalidateAll(); // something readers see changed while the page was being rendered
        org.newsroom.support.TestSupportConfiguration.SlowPage.proceed.countDown();
        String firstBody = first.get(10, java.util.concurrent.TimeUnit.SECONDS);
        String secondBody = browser.get(org.newsroom.support.TestSupportConfiguration.SlowPage.PATH)
                .body();

        assertThat(firstBody).contains("render ");
        assertThat(secondBody)
                .as("rendered again, not the page from before the change")
                .isNotEqualTo(firstBody);
        assertThat(browser.get(org.newsroom.support.TestSupportConfiguration.SlowPage.PATH)
                        .body())
                .as("a render with no change meanwhile is kept")
                .isEqualTo(secondBody);
    }

    @Test
    void readersArrivingTogetherAtAnUncachedPageCauseOneRender() throws Exception {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        long desk = taxonomy.ensureSection("test-desk", "Test desk", null, 99).id();
        long id = editorial.create(input("Crowded " + UUID.randomUUID(), "Everyone wants this.", desk), editor);
        String path = editorial.publish(
                id, version(id, editor), input(headline(id, editor), "Everyone wants this.", desk), editor);
        // The publication's notification empties the cache at a moment of its own; a burst it interrupts is repeated.
        for (int attempt = 0; ; attempt++) {
            String page = path + "?attempt=" + attempt;
            long generation = pages.generation();
            long before = pages.stores();
            burst(page, 32);
            if (pages.generation() == generation || attempt == 5) {
                assertThat(pages.generation()).isEqualTo(generation);
                assertThat(pages.stores() - before).isEqualTo(1);
                return;
            }
        }
    }

    private void burst(String page, int readers) throws Exception {
        var start = new CyclicBarrier(readers);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var bodies = new ArrayList<Future<String>>();
            for (int i = 0; i < readers; i++) {
                bodies.add(pool.submit(() -> {
                    start.await();
                    return browser.get(page).body();
                }));
            }
            for (var body : bodies) {
                assertThat(body.get()).contains("Everyone wants this.");
            }
        }
    }

    private Duration eventually(String path, String text) {
        Instant start = Instant.now();
        while (Duration.between(start, Instant.now()).compareTo(Duration.ofSeconds(5)) < 0) {
            if (browser.get(path).body().contains(text)) {
                return Duration.between(start, Instant.now());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Duration.ofSeconds(5);
    }

    private String fresh(String path) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .header("Cache-Control", "no-cache")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long version(long id, Actor editor) {
        return editorial.open(id, editor).version();
    }

    private String headline(long id, Actor editor) {
        return editorial.open(id, editor).input().headline();
    }

    private static StoryInput input(String headline, String body, long desk) {
        return new StoryInput(headline, null, body, null, desk, null, null, null, "en", null, null);
    }
}
