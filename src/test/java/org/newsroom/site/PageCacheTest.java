package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.PublishingService;
import org.newsroom.article.StoryInput;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.support.TestClock;
import org.newsroom.taxonomy.SectionInput;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rendered pages are kept, and dropped as soon as anything readers see changes, on every instance. Nothing here waits
 * on the clock: the tests wait for the database's notifications to arrive ({@link #settled()}) and count renders.
 */
@IntegrationTest
class PageCacheTest {

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
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    PageCache pages;

    @Autowired
    ContentChangeListener listener;

    @Autowired
    TestClock clock;

    @Autowired
    org.newsroom.support.TestStories stories;

    @LocalServerPort
    int port;

    @Test
    void aPageIsServedFromTheCacheUntilTheDatabaseSaysSomethingChanged() {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        long desk = sections.ensureSection("test-desk", "Test desk", null, 99).id();
        long id = drafting.create(input("Cached " + UUID.randomUUID(), "Original text.", desk), editor);
        String path = publishing.publish(
                id, version(id, editor), input(headline(id, editor), "Original text.", desk), editor);
        settled();
        assertThat(browser.get(path).body()).contains("Original text.");

        // Change the row without its triggers, as if behind the application's back: the cache does not know.
        behindTheCache(id, "Changed behind the cache.");
        assertThat(browser.get(path).body()).contains("Original text.");

        // Any instance (here, this test) notifies the channel: every instance drops its pages.
        notifyChannel("test-" + UUID.randomUUID());
        assertThat(browser.get(path).body()).contains("Changed behind the cache.");
    }

    @Test
    void nothingAReaderSendsBypassesTheCacheAndAHitSaysHowOldItIs() throws Exception {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        long desk = sections.ensureSection("test-desk", "Test desk", null, 99).id();
        long id = drafting.create(input("Unbypassable " + UUID.randomUUID(), "Original text.", desk), editor);
        String path = publishing.publish(
                id, version(id, editor), input(headline(id, editor), "Original text.", desk), editor);
        settled();
        Browserless.Page first = browser.get(path);
        assertThat(first.body()).contains("Original text.");
        assertThat(first.header("Age"))
                .as("a page just rendered is no cached copy")
                .isNull();
        behindTheCache(id, "Changed behind the cache.");
        long renders = pages.stores();

        for (String[] header : new String[][] {
            {"Cache-Control", "no-cache"},
            {"Cache-Control", "no-store"},
            {"Cache-Control", "max-age=0"},
            {"Pragma", "no-cache"}
        }) {
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .header(header[0], header[1])
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(answer.body()).as(header[0] + ": " + header[1]).contains("Original text.");
            assertThat(answer.headers().firstValue("Age")).as(header[1]).isPresent();
        }
        for (String query : new String[] {"?x=" + UUID.randomUUID(), "?utm_source=" + UUID.randomUUID() + "&y=1"}) {
            Browserless.Page answer = browser.get(path + query);
            assertThat(answer.body()).as(query).contains("Original text.");
            assertThat(answer.header("Age")).as(query).isNotNull();
        }
        assertThat(pages.stores()).as("no render").isEqualTo(renders);

        clock.advance(Duration.ofSeconds(42));
        try {
            assertThat(Long.parseLong(browser.get(path).header("Age"))).isBetween(42L, 100L);
        } finally {
            clock.reset();
        }
    }

    @Test
    void aPublishedUpdateIsVisibleToTheNextReader() {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        long desk = sections.ensureSection("test-desk", "Test desk", null, 99).id();
        long id = drafting.create(input("Updated fast " + UUID.randomUUID(), "Before.", desk), editor);
        String path = publishing.publish(id, version(id, editor), input(headline(id, editor), "Before.", desk), editor);
        assertThat(browser.get(path).body()).contains("Before.");
        assertThat(browser.get("/").body()).contains(headline(id, editor));

        publishing.publishUpdate(id, version(id, editor), input(headline(id, editor), "After.", desk), true, editor);

        // This instance empties its cache as the update commits, without waiting for the database's notification.
        assertThat(browser.get(path).body()).contains("After.");
    }

    @Test
    void savingADraftLeavesTheCacheAlone() {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        long desk = sections.ensureSection("test-desk", "Test desk", null, 99).id();
        long published = drafting.create(input("Steady " + UUID.randomUUID(), "Steady text.", desk), editor);
        String path = publishing.publish(
                published,
                version(published, editor),
                input(headline(published, editor), "Steady text.", desk),
                editor);
        settled();
        browser.get(path);
        behindTheCache(published, "Only in the database.");
        long notifications = listener.received();
        long draft = drafting.create(input("A draft " + UUID.randomUUID(), "Draft text.", desk), editor);

        drafting.save(
                draft, version(draft, editor), input(headline(draft, editor), "Draft, saved again.", desk), editor);
        drafting.save(
                published,
                version(published, editor),
                input(headline(published, editor), "Working copy.", desk),
                editor);

        assertThat(browser.get(path).body()).contains("Steady text.");
        settled();
        assertThat(listener.received() - notifications)
                .as("no notification but the test's own marker")
                .isEqualTo(1);
    }

    /**
     * Waits until the database's notifications of every change committed so far have reached this instance and
     * emptied its cache: a marker notified now arrives after them, as notifications arrive in commit order.
     */
    private void settled() {
        notifyChannel("settled-" + UUID.randomUUID());
    }

    private void notifyChannel(String payload) {
        Notified.await(jdbc, listener, payload);
    }

    /** Changes a story's body without its triggers, as if behind the application's back: no cache hears of it. */
    private void behindTheCache(long id, String text) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("update articles set body_html = :html where id = :id")
                    .param("html", "<p>" + text + "</p>")
                    .param("id", id)
                    .update();
        });
    }

    @Test
    void aRenamedSectionShowsInTheMenuOfEveryPage() {
        String slug = "menu-" + UUID.randomUUID().toString().substring(0, 8);
        long id = sections.ensureSection(slug, "Menu before", null, 98).id();
        stories.story("In the menu's section " + slug).section(slug).publishedAt(stories.newest());
        settled();
        assertThat(browser.get("/").body()).contains("Menu before");
        assertThat(browser.get("/corrections").body()).contains("Menu before");

        sections.updateSection(id, new SectionInput("Menu after", slug, null, 98));
        settled();

        assertThat(browser.get("/").body()).contains("Menu after");
        assertThat(browser.get("/corrections").body()).contains("Menu after");
    }

    @Test
    void aPageWhoseRenderOverlappedAChangeIsNotKept() throws Exception {
        settled();
        pages.invalidateAll();
        org.newsroom.support.TestSupportConfiguration.SlowPage.started = new java.util.concurrent.CountDownLatch(1);
        org.newsroom.support.TestSupportConfiguration.SlowPage.proceed = new java.util.concurrent.CountDownLatch(1);
        var first = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> browser.get(org.newsroom.support.TestSupportConfiguration.SlowPage.PATH)
                        .body());
        assertThat(org.newsroom.support.TestSupportConfiguration.SlowPage.started.await(
                        1, java.util.concurrent.TimeUnit.MINUTES))
                .isTrue();

        pages.invalidateAll(); // something readers see changed while the page was being rendered
        org.newsroom.support.TestSupportConfiguration.SlowPage.proceed.countDown();
        String firstBody = first.get(1, java.util.concurrent.TimeUnit.MINUTES);
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
        long desk = sections.ensureSection("test-desk", "Test desk", null, 99).id();
        long id = drafting.create(input("Crowded " + UUID.randomUUID(), "Everyone wants this.", desk), editor);
        String path = publishing.publish(
                id, version(id, editor), input(headline(id, editor), "Everyone wants this.", desk), editor);
        settled();
        long before = pages.stores();

        burst(path, 32);

        assertThat(pages.stores() - before).as("renders").isEqualTo(1);
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

    private long version(long id, Actor editor) {
        return editorQueries.open(id, editor).version();
    }

    private String headline(long id, Actor editor) {
        return editorQueries.open(id, editor).input().headline();
    }

    private static StoryInput input(String headline, String body, long desk) {
        return StoryInputs.story(headline).body(body).sectionId(desk).build();
    }

    /** Every parameter a reader page reads is part of the cache's key, or two different pages would share one. */
    @Test
    void theCacheKeyHoldsEveryParameterAReaderPageReads() throws Exception {
        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new org.springframework.core.type.filter.AnnotationTypeFilter(
                org.springframework.stereotype.Controller.class));
        var read = new java.util.TreeSet<String>();
        for (var candidate : scanner.findCandidateComponents("org.newsroom.site")) {
            for (var method : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
                for (var parameter : method.getParameters()) {
                    var param = parameter.getAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
                    if (param != null) {
                        read.add(
                                param.name().isEmpty()
                                        ? (param.value().isEmpty() ? parameter.getName() : param.value())
                                        : param.name());
                    }
                }
            }
        }
        assertThat(read).isNotEmpty();
        assertThat(PageCacheFilter.PAGE_PARAMETERS).containsAll(read);
    }
}
