package org.newsroom.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.platform.DueTimer;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.taxonomy.SectionService;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A scheduled story goes out at its time, woken by the instance's timer rather than found by the periodic sweep: here
 * the sweep runs once an hour, so within the few seconds these tests wait only the timer can publish. The application
 * here runs its publisher, as in production (the shared test application does not), so it has a context of its own,
 * closed after these tests.
 */
@IntegrationTest
@TestPropertySource(properties = {"newsroom.scheduler.enabled=true", "newsroom.scheduler.interval=1h"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ScheduledOnTimeTest {

    /** How long a test waits for a publication at most: generous for a loaded machine, far below the sweep's hour. */
    private static final Duration CAP = Duration.ofMinutes(2);

    @Autowired
    DraftingService drafting;

    @Autowired
    PublishingService publishing;

    @Autowired
    EditorQueryService editorQueries;

    @Autowired
    ScheduledPublisher publisher;

    @Autowired
    DueTimer timer;

    @Autowired
    SectionService sections;

    @Autowired
    Staff staff;

    @Autowired
    NewsroomProperties properties;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    private Actor editor;
    private long desk;
    private final List<Long> created = new ArrayList<>();

    @BeforeEach
    void setUp() {
        editor = staff.create(StaffRole.EDITOR, "Timer Editor").actor();
        desk = sections.ensureSection("test-desk", "Test desk", null, 99).id();
        assertThat(properties.scheduler().enabled()).isTrue();
        assertThat(properties.scheduler().interval()).isGreaterThan(CAP.multipliedBy(10));
    }

    @AfterEach
    void noStoriesLeftBehind() {
        for (long id : created) {
            jdbc.sql("update articles set status = 'UNPUBLISHED' where id = :id and status = 'PUBLISHED'")
                    .param("id", id)
                    .update();
            jdbc.sql(
                            "update articles set status = 'DRAFT', scheduled_at = null where id = :id and status = 'SCHEDULED'")
                    .param("id", id)
                    .update();
        }
    }

    @Test
    void aStoryScheduledAMomentAheadIsPublishedByTheTimerAndDatedAtItsTime() throws Exception {
        long id = story("On the second");
        try (Publications publications = new Publications()) {
            publishing.schedule(
                    id, version(id), input(headline(id)), Instant.now().plusSeconds(2), true, editor);
            Instant scheduledAt = editorQueries.open(id, editor).scheduledAt();

            publications.awaitPublished(id);

            ArticleEditorView published = editorQueries.open(id, editor);
            assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
            assertThat(published.publishedAt()).isEqualTo(scheduledAt);
        }
    }

    @Test
    void movingAScheduleSetsTheTimerAnew() throws Exception {
        long id = story("Moved nearer");
        try (Publications publications = new Publications()) {
            Instant far = Instant.now().plus(Duration.ofMinutes(30));
            publishing.schedule(id, version(id), input(headline(id)), far, true, editor);
            // Set past the near time: for the far schedule, or for another story due between the two.
            awaitTimerSetAfter(Instant.now().plusSeconds(10));

            Instant near = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
            publishing.schedule(id, version(id), input(headline(id)), near.plusMillis(999), true, editor);

            publications.awaitPublished(id);
            assertThat(editorQueries.open(id, editor).publishedAt()).isEqualTo(near);
        }
    }

    /** Waits until the timer has taken the far schedule in, set past {@code time}, woken each time it is set. */
    private void awaitTimerSetAfter(Instant time) throws InterruptedException {
        assertThat(timer.awaitWakeUpAfter(publisher, time, CAP))
                .as("the timer is set for the far schedule")
                .isTrue();
    }

    /** The reader-visible changes as the database announces them, to wait for a publication without the clock. */
    private final class Publications implements AutoCloseable {

        private final Connection connection;

        Publications() throws SQLException {
            connection = dataSource.getConnection();
            try (Statement statement = connection.createStatement()) {
                statement.execute("LISTEN newsroom_content");
            }
        }

        void awaitPublished(long id) throws SQLException {
            long deadline = System.nanoTime() + CAP.toNanos();
            PGConnection pg = connection.unwrap(PGConnection.class);
            while (editorQueries.open(id, editor).status() != ArticleStatus.PUBLISHED) {
                long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
                assertThat(left).as("story %s published within %s", id, CAP).isPositive();
                pg.getNotifications((int) left);
            }
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }

    private long story(String headline) {
        long id = drafting.create(input(headline + " " + UUID.randomUUID()), editor);
        created.add(id);
        return id;
    }

    private StoryInput input(String headline) {
        return StoryInputs.story(headline)
                .deck("Deck")
                .body("Text on time.")
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
