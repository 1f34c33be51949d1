package org.newsroom.frontpage;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.newsroom.audit.AuditAction;
import org.newsroom.audit.AuditEvent;
import org.newsroom.audit.AuditLog;
import org.newsroom.platform.DueItems;
import org.newsroom.platform.RunObservations;
import org.newsroom.platform.ScheduledWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends out the scheduled arrangements whose time has come, as the article module's scheduled publisher does for
 * stories: the platform's {@link org.newsroom.platform.DueTimer} wakes it at the next arrangement's time on every
 * instance, so that it goes out on the second, and it also runs every few seconds as a safety net
 * (the platform's {@code ScheduledWorkSweep}). Each arrangement is taken with {@code FOR UPDATE SKIP LOCKED} inside the transaction
 * that makes it live, so that with several instances it goes out exactly once. One that fails is marked with the
 * reason and shows on the front's screen.
 */
@org.springframework.stereotype.Component
class FrontScheduler implements ScheduledWork {

    private static final Logger log = LoggerFactory.getLogger(FrontScheduler.class);
    static final int MAX_PER_RUN = 50;

    private final FrontStore store;
    private final FrontCuration curation;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final RunObservations observations;

    FrontScheduler(
            FrontStore store,
            FrontCuration curation,
            AuditLog audit,
            PlatformTransactionManager transactionManager,
            Clock clock,
            RunObservations observations) {
        this.store = store;
        this.curation = curation;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.observations = observations;
    }

    @Override
    public Optional<Instant> nextDue() {
        return store.earliestDue();
    }

    @Override
    public void runDue() {
        run();
    }

    /** One run, as the timers start it: a failure is logged and tried again. */
    void run() {
        observations.observe("front-scheduler", this::runOnce);
    }

    private void runOnce() {
        try {
            int sent = publishDue();
            if (sent > 0) {
                log.info("Sent out {} scheduled front arrangement{}", sent, sent == 1 ? "" : "s");
            }
        } catch (RuntimeException e) {
            log.error("The front scheduler failed; it will try again", e);
        }
    }

    /** Sends out every arrangement due now; returns how many went out. */
    int publishDue() {
        return DueItems.doEach(transaction, MAX_PER_RUN, this::takeNextDue, this::goLive, this::failed);
    }

    /** The next arrangement due, with the time it was found due at, which is the time it goes live. */
    private Optional<Taken> takeNextDue() {
        Instant now = clock.instant();
        return store.nextDue(now).map(due -> new Taken(due, now));
    }

    private void goLive(Taken taken) {
        FrontStore.Due due = taken.due();
        curation.goLive(due.front(), due.revisionId(), taken.now());
        audit.record(AuditEvent.of(AuditAction.FRONT_PUBLISHED)
                .by(due.createdBy(), due.createdByName() + " (scheduled)")
                .subject(curation.name(due.front()))
                .detail("Scheduled revision " + due.revisionId()));
    }

    private void failed(Taken taken, RuntimeException e) {
        FrontStore.Due failed = taken.due();
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        log.warn("Scheduled front arrangement {} failed: {}", failed.revisionId(), reason);
        transaction.executeWithoutResult(status -> {
            store.scheduleFailed(failed.revisionId(), reason);
            audit.record(AuditEvent.of(AuditAction.FRONT_SCHEDULE_FAILED)
                    .by(failed.createdBy(), "Scheduler")
                    .subject(curation.name(failed.front()))
                    .detail(reason));
        });
    }

    private record Taken(FrontStore.Due due, Instant now) {}
}
