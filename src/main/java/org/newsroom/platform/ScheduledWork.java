package org.newsroom.platform;

import java.time.Instant;
import java.util.Optional;

/**
 * Work that falls due at times kept in the database, such as scheduled stories: {@link DueTimer} wakes it at its next
 * due time. A module adds its own by declaring a bean of this type, and keeps the timer told of its changes with a
 * trigger that notifies {@link DueTimer#CHANNEL} (or by calling {@link DueTimer#wake()}).
 */
public interface ScheduledWork {

    /** The earliest time at which something is due, which may have passed; empty when nothing is waiting. */
    Optional<Instant> nextDue();

    /**
     * Does what is due now, once across instances (each taking its rows with {@code FOR UPDATE SKIP LOCKED}); a
     * failure is its own to record.
     */
    void runDue();
}
