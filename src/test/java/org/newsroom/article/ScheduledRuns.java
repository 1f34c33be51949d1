package org.newsroom.article;

import org.springframework.boot.test.context.TestComponent;

/**
 * Runs the scheduled publisher once, as its timer would on a running instance: the tests' application has no timer
 * ({@code newsroom.scheduler.enabled=false}), so a test outside this package that needs a due story published says
 * when.
 */
@TestComponent
public class ScheduledRuns {

    private final ScheduledPublisher publisher;

    ScheduledRuns(ScheduledPublisher publisher) {
        this.publisher = publisher;
    }

    /** Publishes everything due by the application's clock; returns how many went out. */
    public int publishDue() {
        return publisher.publishDue();
    }
}
