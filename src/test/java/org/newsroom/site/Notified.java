package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits for the tests on a signal, not on the clock: a notification sent now on the content channel arrives at this
 * instance after every one committed before it (PostgreSQL delivers them in commit order), so once it has arrived, the
 * page cache has acted on all of those. The payload is the caller's: a {@code keys …} marker names no page, another
 * payload is whatever the test needs it to be.
 */
final class Notified {

    private Notified() {}

    static void await(JdbcClient jdbc, ContentChangeListener listener, String payload) {
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", ContentChangeListener.CHANNEL)
                .param("payload", payload)
                .query(Object.class)
                .single();
        try {
            assertThat(listener.awaitReceived(payload, Duration.ofMinutes(1)))
                    .as("notification " + payload + " arrived")
                    .isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
