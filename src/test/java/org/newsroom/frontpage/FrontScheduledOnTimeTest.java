package org.newsroom.frontpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.AdminRequests;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.TestStories;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A scheduled arrangement of the front goes out at its time, woken by the instance's {@link org.newsroom.platform.DueTimer} as a scheduled
 * story is, rather than found by the periodic sweep: here the sweep runs once an hour, so within the few seconds this
 * test waits only the timer can send it out. Its application runs the schedulers, as in production, with the same
 * settings as the stories' {@code ScheduledOnTimeTest}, and is closed after these tests.
 */
@IntegrationTest
@TestPropertySource(properties = {"newsroom.scheduler.enabled=true", "newsroom.scheduler.interval=1h"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class FrontScheduledOnTimeTest {

    /** How long the test waits at most: generous for a loaded machine, far below the sweep's hour. */
    private static final Duration CAP = Duration.ofMinutes(2);

    @Autowired
    FrontCuration curation;

    @Autowired
    TestStories stories;

    @Autowired
    Staff staff;

    @Autowired
    NewsroomProperties properties;

    @Autowired
    DataSource dataSource;

    private Actor editor;

    @BeforeEach
    void anEditor() {
        editor = staff.create(StaffRole.EDITOR, "Front Timer Editor " + AdminRequests.unique())
                .actor();
        assertThat(properties.scheduler().enabled()).isTrue();
        assertThat(properties.scheduler().interval()).isGreaterThan(CAP.multipliedBy(10));
    }

    /** The other tests of the suite expect the newest story as the lead. */
    @AfterEach
    void backToTheLatestStories() {
        curation.publish(FrontKey.FRONT, List.of(), editor);
    }

    @Test
    void anArrangementScheduledAMomentAheadIsSentOutByTheTimer() throws Exception {
        long lead = stories.story("On the second " + UUID.randomUUID())
                .publishedAt(Instant.now().minus(Duration.ofDays(2)));
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("LISTEN newsroom_content");
            }
            long revision = curation.schedule(
                    FrontKey.FRONT, List.of(FrontSlot.of(lead)), Instant.now().plusSeconds(2), editor);

            awaitLive(connection, revision);
        }

        FrontEditorView view = curation.open(FrontKey.FRONT, editor);
        assertThat(view.scheduled()).isEmpty();
        assertThat(view.revisions().getFirst().scheduledFor()).isNotNull();
        assertThat(view.revisions().getFirst().live()).isTrue();
    }

    /** Waits for the revision to go live, looking again at each change readers could see, within the cap. */
    private void awaitLive(Connection connection, long revision) throws SQLException {
        long deadline = System.nanoTime() + CAP.toNanos();
        PGConnection pg = connection.unwrap(PGConnection.class);
        while (curation.open(FrontKey.FRONT, editor).revisions().stream()
                .noneMatch(r -> r.id() == revision && r.live())) {
            long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
            assertThat(left)
                    .as("arrangement %s sent out within %s", revision, CAP)
                    .isPositive();
            pg.getNotifications((int) left);
        }
    }
}
