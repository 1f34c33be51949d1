package org.newsroom.frontpage;

import java.time.Instant;

/**
 * An arrangement of a front that went out, or waits to go out at its time: who made it and when.
 *
 * @param scheduledFor the time it was scheduled for, or {@code null} if it was published at once
 * @param publishedAt when it went out, or {@code null} while it waits (or if it was cancelled)
 * @param live whether it is the arrangement readers see now
 * @param restoredFrom the revision it restored, if it was a restore
 */
public record FrontRevision(
        long id,
        FrontKey front,
        Instant createdAt,
        String createdBy,
        Instant scheduledFor,
        Instant publishedAt,
        Instant cancelledAt,
        String scheduleError,
        Long restoredFrom,
        int slots,
        boolean live) {

    /** Waiting for its time: scheduled, neither out nor cancelled. */
    public boolean pending() {
        return scheduledFor != null && publishedAt == null && cancelledAt == null;
    }
}
