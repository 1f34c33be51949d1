package org.newsroom.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.article.CorrectionKind;
import org.newsroom.article.CorrectionService;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.PublishingService;
import org.newsroom.article.StoryInput;
import org.newsroom.distribution.ChangeCursor;
import org.newsroom.distribution.ChangeEvent;
import org.newsroom.distribution.ChangeFeed;
import org.newsroom.media.ImageDetails;
import org.newsroom.media.ImageEdit;
import org.newsroom.media.MediaLibrary;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.support.TestDatabase;
import org.newsroom.support.TestMedia;
import org.newsroom.support.TestStories;
import org.newsroom.taxonomy.SectionInput;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.SectionService;
import org.newsroom.taxonomy.TagService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The changes feed at {@code /api/v1/changes}: each publication, public update, minor fix, correction, unpublication
 * (a tombstone) and republication of a story, sections and tags renamed, images changed, never a draft; a page at a
 * time by cursor; and the cursor's promise, that a consumer polling it gets every event once, held to transactions
 * that commit in another order than they wrote their events.
 */
@IntegrationTest
class ChangeFeedTest {

    private static final long WAIT_MINUTES = 2;

    @Autowired
    Browserless http;

    @Autowired
    JsonMapper json;

    @Autowired
    ChangeFeed feed;

    @Autowired
    TestStories stories;

    @Autowired
    Staff staff;

    @Autowired
    DraftingService drafting;

    @Autowired
    PublishingService publishing;

    @Autowired
    EditorQueryService editorQueries;

    @Autowired
    CorrectionService corrections;

    @Autowired
    SectionService sections;

    @Autowired
    TagService tags;

    @Autowired
    TestMedia media;

    @Autowired
    MediaLibrary library;

    @Autowired
    PlatformTransactionManager transactions;

    private Actor editor;
    private ChangeCursor start;
    /** Threads of their own for the transactions that hold: the common pool may have a single one. */
    private ExecutorService threads;

    @BeforeEach
    void fromTheEndOfTheFeed() {
        editor = staff.create(StaffRole.EDITOR).actor();
        start = end(ChangeCursor.START);
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void noThreadLeft() {
        // Each test lets its transactions commit in a finally block; this only stops the threads.
        threads.shutdownNow();
    }

    @Test
    void aStorysLifeIsInTheFeedInOrderAndDraftsNever() {
        long draft = stories.story("Feed: a draft nobody sees").draft();
        long id = drafting.create(input("Feed: a story's life", "First text."), editor);
        publishing.publish(id, version(id), input("Feed: a story's life", "First text."), editor);
        publishing.publishUpdate(id, version(id), input("Feed: a story's life", "Second text."), true, editor);
        publishing.publishUpdate(id, version(id), input("Feed: a story's life", "Second text, fixed."), false, editor);
        corrections.addCorrection(id, CorrectionKind.CORRECTION, "An earlier version misspelt a name.", editor);
        publishing.unpublish(id, version(id), editor);
        publishing.publish(id, version(id), input("Feed: a story's life", "Second text, fixed."), editor);

        List<JsonNode> items = httpItemsAfter(start);
        assertThat(items.stream().filter(item -> item.get("id").asLong() == id).map(item -> item.get("type")
                        .asString()))
                .containsExactly(
                        "article.published",
                        "article.updated",
                        "article.revised",
                        "article.corrected",
                        "article.unpublished",
                        "article.republished");
        assertThat(items)
                .noneMatch(item -> item.get("type").asString().startsWith("article.")
                        && item.get("id").asLong() == draft);

        JsonNode published = items.stream()
                .filter(item -> item.get("id").asLong() == id)
                .findFirst()
                .orElseThrow();
        assertThat(published.get("apiUrl").asString()).endsWith("/api/v1/articles/" + id);
        // Public again: its canonical URL is given.
        assertThat(published.get("url").asString()).contains("/test-desk/");
        assertThat(published.get("time").asString()).isNotBlank();
        assertThat(published.get("cursor").asString()).matches("[0-9]+-[0-9]+");
    }

    @Test
    void anUnpublicationIsATombstoneWithTheIdAndTheTimeAlone() {
        long id = stories.story("Feed: taken down").publishedAt(stories.newest());
        publishing.unpublish(id, version(id), editor);

        JsonNode tombstone = httpItemsAfter(start).stream()
                .filter(item -> item.get("id").asLong() == id
                        && item.get("type").asString().equals("article.unpublished"))
                .findFirst()
                .orElseThrow();
        assertThat(tombstone.propertyNames()).containsExactlyInAnyOrder("cursor", "type", "id", "time");
        // And the story's earlier event no longer tells where it was: readers cannot see it there.
        JsonNode publication = httpItemsAfter(start).stream()
                .filter(item -> item.get("id").asLong() == id
                        && item.get("type").asString().equals("article.published"))
                .findFirst()
                .orElseThrow();
        assertThat(publication.has("url")).isFalse();
    }

    @Test
    void sectionsAndPublicTagsRenamedAndImagesOfPublicStoriesChangedAreInTheFeed() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        SectionRef section = sections.ensureSection("feed-" + suffix, "Feed desk " + suffix, null, 99);
        sections.updateSection(section.id(), new SectionInput("Feed desk renamed " + suffix, null, null, 99));
        long publicTag = tags.ensureTag("Feed public tag " + suffix).id();
        long draftTag = tags.ensureTag("Feed draft tag " + suffix).id();
        stories.story("Feed: tagged").tags("Feed public tag " + suffix).publishedAt(stories.newest());
        stories.story("Feed: tagged draft").tags("Feed draft tag " + suffix).draft();
        tags.renameTag(publicTag, "Feed public tag renamed " + suffix, null);
        tags.renameTag(draftTag, "Feed draft tag renamed " + suffix, null);
        ImageDetails shown = media.image(editor, "Alt", "Caption", "Credit");
        ImageDetails unused = media.image(editor, "Alt", "Caption", "Credit");
        stories.story("Feed: pictured").leadImage(shown.id()).publishedAt(stories.newest());
        library.describe(
                shown.id(),
                library.get(shown.id()).version(),
                new ImageEdit("New alt", "Caption", "Credit", false),
                editor);
        library.describe(
                unused.id(),
                library.get(unused.id()).version(),
                new ImageEdit("New alt", "Caption", "Credit", false),
                editor);

        List<JsonNode> items = httpItemsAfter(start);
        assertThat(items)
                .anyMatch(item -> item.get("type").asString().equals("section.renamed")
                        && item.get("id").asLong() == section.id()
                        && item.get("apiUrl").asString().endsWith("/api/v1/sections"));
        assertThat(items)
                .anyMatch(item -> item.get("type").asString().equals("tag.renamed")
                        && item.get("id").asLong() == publicTag);
        assertThat(items)
                .noneMatch(item -> item.get("type").asString().equals("tag.renamed")
                        && item.get("id").asLong() == draftTag);
        assertThat(items)
                .anyMatch(item -> item.get("type").asString().equals("image.changed")
                        && item.get("id").asLong() == shown.id());
        assertThat(items)
                .noneMatch(item -> item.get("type").asString().equals("image.changed")
                        && item.get("id").asLong() == unused.id());
    }

    @Test
    void aConsumerPagesThroughByCursorAndAnEmptyPageKeepsTheCursor() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(stories.story("Feed: paged " + i).publishedAt(stories.newest()));
        }
        List<Long> seen = new ArrayList<>();
        String cursor = start.toString();
        int pages = 0;
        while (true) {
            Browserless.Page page = http.get("/api/v1/changes?limit=2&after=" + cursor);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            JsonNode body = json.readTree(page.body());
            assertThat(body.get("items").size()).isLessThanOrEqualTo(2);
            assertThat(page.header("Cache-Control")).isEqualTo(ChangesApiController.CACHE_CONTROL);
            if (body.get("items").isEmpty()) {
                assertThat(body.get("next").asString()).isEqualTo(cursor);
                break;
            }
            assertThat(page.header("Link"))
                    .contains("after=" + body.get("next").asString())
                    .contains("rel=\"next\"");
            body.get("items").forEach(item -> seen.add(item.get("id").asLong()));
            cursor = body.get("next").asString();
            pages++;
        }
        assertThat(seen.stream().filter(ids::contains).toList()).containsExactlyElementsOf(ids);
        assertThat(pages).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aCursorThisApiDidNotGiveIsA400ThatNamesIt() {
        for (String bad : List.of("abc", "12", "-1-2", "1-2-3", "99999999999999999999-1")) {
            Browserless.Page page = http.get("/api/v1/changes?after=" + bad);
            assertThat(page.status()).as(bad).isEqualTo(400);
            assertThat(page.header("Content-Type")).startsWith("application/problem+json");
            assertThat(json.readTree(page.body()).get("parameter").asString()).isEqualTo("after");
        }
        assertThat(http.get("/api/v1/changes?limit=0").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/changes?since=1").status()).isEqualTo(400);
    }

    /**
     * A transaction writes its event and holds before it commits, while a later one commits its own: a sequence number
     * alone would list the later event and then skip the held one, whose number is smaller. The feed lists neither
     * until the held one is over, then both, once.
     */
    @Test
    void aLaterCommitIsNotListedPastAnEarlierTransactionStillOpenAndThenBothOnce() throws Exception {
        warmUp();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Long> held = CompletableFuture.supplyAsync(
                () -> inTransaction(() -> {
                    long id = stories.story("Feed: held")
                            .section("feed-held")
                            .authors("Feed Writer Held")
                            .publishedAt(stories.newest());
                    written.countDown();
                    await(commit);
                    return id;
                }),
                threads);
        try {
            assertThat(written.await(WAIT_MINUTES, TimeUnit.MINUTES)).isTrue();
            long later = stories.story("Feed: committed later")
                    .section("feed-later")
                    .authors("Feed Writer Later")
                    .publishedAt(stories.newest());

            List<ChangeEvent> whileHeld = drain(start);
            assertThat(whileHeld)
                    .noneMatch(
                            event -> event.subjectId() == later && event.type().startsWith("article."));
            ChangeCursor cursor =
                    whileHeld.isEmpty() ? start : whileHeld.getLast().cursor();

            commit.countDown();
            long heldId = held.get(WAIT_MINUTES, TimeUnit.MINUTES);
            List<ChangeEvent> after = drain(cursor);
            assertThat(after.stream()
                            .filter(event -> event.type().equals("article.published"))
                            .map(ChangeEvent::subjectId)
                            .filter(id -> id == heldId || id == later))
                    .containsExactly(heldId, later);
            List<ChangeEvent> all = new ArrayList<>(whileHeld);
            all.addAll(after);
            assertThat(new HashSet<>(all.stream().map(ChangeEvent::cursor).toList()))
                    .hasSize(all.size());
            assertThat(drain(all.getLast().cursor()))
                    .noneMatch(event -> event.subjectId() == heldId || event.subjectId() == later);
        } finally {
            commit.countDown();
        }
    }

    /**
     * The other way round: the transaction that began first commits while a younger one holds. The older one's event is
     * final at once and listed; the younger one's comes after it, once, when it commits.
     */
    @Test
    void anOlderTransactionCommittingWhileAYoungerOneHoldsIsListedAtOnceAndTheYoungerOneLater() throws Exception {
        warmUp();
        CountDownLatch olderWritten = new CountDownLatch(1);
        CountDownLatch olderCommit = new CountDownLatch(1);
        CountDownLatch youngerWritten = new CountDownLatch(1);
        CountDownLatch youngerCommit = new CountDownLatch(1);
        CompletableFuture<Long> older = CompletableFuture.supplyAsync(
                () -> inTransaction(() -> {
                    long id = stories.story("Feed: older")
                            .section("feed-held")
                            .authors("Feed Writer Held")
                            .publishedAt(stories.newest());
                    olderWritten.countDown();
                    await(olderCommit);
                    return id;
                }),
                threads);
        CompletableFuture<Long> younger = CompletableFuture.supplyAsync(
                () -> {
                    await(olderWritten);
                    return inTransaction(() -> {
                        long id = stories.story("Feed: younger")
                                .section("feed-later")
                                .authors("Feed Writer Later")
                                .publishedAt(stories.newest());
                        youngerWritten.countDown();
                        await(youngerCommit);
                        return id;
                    });
                },
                threads);
        try {
            assertThat(youngerWritten.await(WAIT_MINUTES, TimeUnit.MINUTES)).isTrue();
            olderCommit.countDown();
            long olderId = older.get(WAIT_MINUTES, TimeUnit.MINUTES);

            List<ChangeEvent> first = drain(start);
            assertThat(first)
                    .anyMatch(event ->
                            event.subjectId() == olderId && event.type().equals("article.published"));
            ChangeCursor cursor = first.getLast().cursor();

            youngerCommit.countDown();
            long youngerId = younger.get(WAIT_MINUTES, TimeUnit.MINUTES);
            assertThat(first)
                    .noneMatch(event ->
                            event.subjectId() == youngerId && event.type().startsWith("article."));
            List<ChangeEvent> next = drain(cursor);
            assertThat(next.stream()
                            .filter(event -> event.type().equals("article.published"))
                            .map(ChangeEvent::subjectId)
                            .filter(id -> id == olderId || id == youngerId))
                    .containsExactly(youngerId);
        } finally {
            olderCommit.countDown();
            youngerCommit.countDown();
        }
    }

    /**
     * A transaction open in another database of the same server (another application's, or the test suite's other
     * databases) can write no event here: it must not hold the feed back, as a snapshot's server-wide xmin would.
     */
    @Test
    void aTransactionOpenInAnotherDatabaseDoesNotHoldTheFeedBack() throws Exception {
        assumeThat(TestDatabase.source()).isNotEqualTo(TestDatabase.Source.TESTCONTAINERS);
        TestDatabase.Server server = TestDatabase.server();
        var url = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]+)(.*)$").matcher(server.url());
        assertThat(url.matches()).isTrue();
        try (var other = DriverManager.getConnection(
                url.group(1) + "postgres" + url.group(3), server.username(), server.password())) {
            other.setAutoCommit(false);
            try (var statement = other.createStatement()) {
                // Takes a transaction id, and keeps it until the rollback below.
                statement.execute("select pg_current_xact_id()");
            }
            long id = stories.story("Feed: not held by another database").publishedAt(stories.newest());
            assertThat(drain(start))
                    .anyMatch(event -> event.subjectId() == id && event.type().equals("article.published"));
            other.rollback();
        }
    }

    @Test
    void theFeedIsInTheOpenApiDescription() {
        JsonNode openapi = json.readTree(
                http.get("/api/v1/openapi.json", "application/json").body());
        JsonNode changes = openapi.get("paths").get("/api/v1/changes");
        assertThat(changes).isNotNull();
        assertThat(changes.get("get").get("parameters").findValuesAsString("name"))
                .contains("after", "limit");
    }

    /** The sections and authors of the concurrent tests exist before, so that no two transactions create one at once. */
    private void warmUp() {
        stories.story("Feed: warm-up held")
                .section("feed-held")
                .authors("Feed Writer Held")
                .draft();
        stories.story("Feed: warm-up later")
                .section("feed-later")
                .authors("Feed Writer Later")
                .draft();
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(WAIT_MINUTES, TimeUnit.MINUTES)) {
                throw new IllegalStateException("No signal came");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<ChangeEvent> drain(ChangeCursor from) {
        List<ChangeEvent> all = new ArrayList<>();
        ChangeCursor cursor = from;
        List<ChangeEvent> page;
        while (!(page = feed.after(cursor, ChangeFeed.MAX_PAGE_SIZE)).isEmpty()) {
            all.addAll(page);
            cursor = page.getLast().cursor();
        }
        return all;
    }

    private ChangeCursor end(ChangeCursor from) {
        List<ChangeEvent> all = drain(from);
        return all.isEmpty() ? from : all.getLast().cursor();
    }

    private List<JsonNode> httpItemsAfter(ChangeCursor from) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = from.toString();
        while (true) {
            Browserless.Page page = http.get("/api/v1/changes?limit=500&after=" + cursor);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            JsonNode body = json.readTree(page.body());
            if (body.get("items").isEmpty()) {
                return items;
            }
            body.get("items").forEach(items::add);
            cursor = body.get("next").asString();
        }
    }

    private StoryInput input(String headline, String body) {
        return StoryInputs.story(headline)
                .deck("A deck")
                .body(body)
                .sectionId(sections.ensureSection("test-desk", "Test desk", null, 99)
                        .id())
                .byline("Test Reporter")
                .build();
    }

    private long version(long id) {
        return editorQueries.open(id, editor).version();
    }
}
