package org.newsroom.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.support.TestClock;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ScheduledPublishingTest {

    @Autowired
    DraftingService drafting;

    @Autowired
    PublishingService publishing;

    @Autowired
    HistoryService storyHistory;

    @Autowired
    EditorQueryService editorQueries;

    @Autowired
    ScheduledPublisher publisher;

    @Autowired
    ScheduleMonitor monitor;

    @Autowired
    SectionService sections;

    @Autowired
    Staff staff;

    @Autowired
    TestClock clock;

    @Autowired
    Browserless browser;

    @Autowired
    JdbcClient jdbc;

    private Actor editor;
    private long desk;

    @BeforeEach
    void setUp() {
        editor = staff.create(StaffRole.EDITOR, "Sched Editor").actor();
        desk = sections.ensureSection("test-desk", "Test desk", null, 99).id();
    }

    private final java.util.List<Long> created = new java.util.ArrayList<>();

    /**
     * Stories published here carry a time ahead of the real clock; they leave the site afterwards, and their times come
     * back to the present first ({@link TestClock#reset()}), so that they neither stand above the stories of the tests
     * that follow nor date every page's Last-Modified (which counts the newest story taken down) in the future.
     */
    @AfterEach
    void realTimeAndNoStoriesFromTheFuture() {
        clock.reset();
        for (long id : created) {
            jdbc.sql("update articles set status = 'UNPUBLISHED' where id = :id and status = 'PUBLISHED'")
                    .param("id", id)
                    .update();
        }
    }

    @Test
    void aScheduledStoryGoesOutWhenItsTimeComesAndNotBefore() {
        long id = track(drafting.create(input("Scheduled " + UUID.randomUUID(), "Embargoed text."), editor));
        Instant at = clock.instant().plus(Duration.ofHours(2));
        publishing.schedule(id, version(id), input(headline(id), "Embargoed text."), at, true, editor);
        assertThat(editorQueries.open(id, editor).status()).isEqualTo(ArticleStatus.SCHEDULED);

        publisher.publishDue();
        assertThat(editorQueries.open(id, editor).status()).isEqualTo(ArticleStatus.SCHEDULED);

        clock.advance(Duration.ofHours(2).plusSeconds(1));
        publisher.publishDue();

        ArticleEditorView published = editorQueries.open(id, editor);
        assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
        // Out on time, the story is dated at its scheduled time (kept to the second), not when the run came by.
        assertThat(published.publishedAt()).isEqualTo(at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(browser.get(published.livePath()).body()).contains("Embargoed text.");
        assertThat(storyHistory.history(id, editor).getFirst().createdBy()).isEqualTo("Sched Editor (scheduled)");
    }

    @Test
    void aStoryThatGoesOutMoreThanAMinuteLateIsDatedWhenReadersCouldFirstSeeIt() {
        long id = track(drafting.create(input("Late " + UUID.randomUUID(), "Late text."), editor));
        Instant at = clock.instant().plus(Duration.ofHours(1));
        publishing.schedule(id, version(id), input(headline(id), "Late text."), at, true, editor);

        // As after the site was down for two hours: the start-up run finds it.
        clock.advance(Duration.ofHours(3));
        Instant run = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        publisher.publishDue();

        assertThat(editorQueries.open(id, editor).publishedAt())
                .isAfterOrEqualTo(run)
                .isAfter(at.plus(PublishingService.ON_TIME));
    }

    @Test
    void aScheduledUpdateReplacesTheLiveTextAtItsTime() {
        long id = track(drafting.create(input("Update later " + UUID.randomUUID(), "Morning text."), editor));
        String path = publishing.publish(id, version(id), input(headline(id), "Morning text."), editor);
        publishing.schedule(
                id,
                version(id),
                input(headline(id), "Evening text."),
                clock.instant().plusSeconds(3600),
                true,
                editor);

        assertThat(browser.get(path).body()).contains("Morning text.");
        clock.advance(Duration.ofMinutes(61));
        publisher.publishDue();

        assertThat(browser.get(path).body()).contains("Evening text.").doesNotContain("Morning text.");
        assertThat(editorQueries.open(id, editor).updatedAt()).isNotNull();
        assertThat(editorQueries.open(id, editor).hasUnpublishedChanges()).isFalse();
    }

    @Test
    void schedulersRunningAtOnceOnSeveralInstancesPublishEachStoryOnce() throws Exception {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long id = track(drafting.create(input("Once " + i + " " + UUID.randomUUID(), "Text."), editor));
            publishing.schedule(
                    id,
                    version(id),
                    input(headline(id), "Text."),
                    clock.instant().plusSeconds(60),
                    true,
                    editor);
            ids.add(id);
        }
        clock.advance(Duration.ofMinutes(2));

        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        var runs = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
        var start = new java.util.concurrent.CountDownLatch(1);
        for (int i = 0; i < 4; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                return publisher.publishDue();
            }));
        }
        start.countDown();
        for (var run : runs) {
            run.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        pool.shutdown();

        for (long id : ids) {
            assertThat(editorQueries.open(id, editor).status()).isEqualTo(ArticleStatus.PUBLISHED);
            assertThat(storyHistory.history(id, editor).stream()
                            .filter(r -> r.kind() == RevisionKind.PUBLISHED)
                            .count())
                    .as("publications of story %s", id)
                    .isOne();
        }
    }

    @Test
    void aScheduleCanBeMovedAndCancelled() {
        long id = track(drafting.create(input("Moved " + UUID.randomUUID(), "Text."), editor));
        publishing.schedule(
                id, version(id), input(headline(id), "Text."), clock.instant().plusSeconds(600), true, editor);
        Instant later = clock.instant().plusSeconds(7200);
        publishing.schedule(id, version(id), input(headline(id), "Text."), later, true, editor);

        clock.advance(Duration.ofMinutes(11));
        publisher.publishDue();
        assertThat(editorQueries.open(id, editor).status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(editorQueries.open(id, editor).scheduledAt())
                .isEqualTo(later.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

        publishing.cancelSchedule(id, version(id), editor);
        clock.advance(Duration.ofHours(3));
        publisher.publishDue();
        assertThat(editorQueries.open(id, editor).status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(editorQueries.open(id, editor).scheduledAt()).isNull();
    }

    @Test
    void schedulingInThePastOrWithoutWhatPublicationNeedsIsRefused() {
        long id = track(drafting.create(input("Past " + UUID.randomUUID(), "Text."), editor));
        StoryInput noSection = StoryInputs.story(headline(id)).body("Text").build();

        assertThatThrownBy(() -> publishing.schedule(
                        id,
                        version(id),
                        input(headline(id), "Text."),
                        clock.instant().minusSeconds(60),
                        true,
                        editor))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("scheduleAt");
                    assertThat(v.getMessage()).isEqualTo("That time has passed. Choose a time in the future.");
                });
        assertThatThrownBy(() -> publishing.schedule(
                        id, version(id), noSection, clock.instant().plusSeconds(600), true, editor))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo("sectionId"));
        assertThat(editorQueries.open(id, editor).status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void aFailedScheduledPublicationIsKeptShownAndCountedAsOverdue() {
        long id = track(drafting.create(input("Will fail " + UUID.randomUUID(), "Text."), editor));
        publishing.schedule(
                id, version(id), input(headline(id), "Text."), clock.instant().plusSeconds(60), true, editor);
        // The story loses its section behind the scheduler's back, as a broken import could leave it.
        jdbc.sql("update articles set section_id = null where id = :id")
                .param("id", id)
                .update();

        clock.advance(Duration.ofMinutes(3));
        publisher.publishDue();

        ArticleEditorView failed = editorQueries.open(id, editor);
        assertThat(failed.status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(failed.scheduleError()).contains("section");
        assertThat(monitor.failed()).isPositive();
        assertThat(monitor.overdue()).isPositive();
        assertThat(editorQueries.scheduleProblems().any()).isTrue();

        publishing.cancelSchedule(id, version(id), editor);
    }

    private long track(long id) {
        created.add(id);
        return id;
    }

    private StoryInput input(String headline, String body) {
        return StoryInputs.story(headline)
                .deck("Deck")
                .body(body)
                .sectionId(desk)
                .build();
    }

    private long version(long id) {
        return editorQueries.open(id, editor).version();
    }

    private String headline(long id) {
        return editorQueries.open(id, editor).input().headline();
    }
}
