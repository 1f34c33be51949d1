package org.newsroom.distribution;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.newsroom.article.ArticlesChanged;
import org.newsroom.article.HistoryNotes;
import org.newsroom.platform.BackgroundLoop;
import org.newsroom.platform.CdnProperties;
import org.newsroom.platform.NewsroomProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the queued purges ({@link PurgeQueue}) to the configured CDN, from a thread of its own: an editor's request
 * never waits for a CDN. Every instance runs one; each purge is claimed by one of them. A change made by this instance
 * wakes it at once; others' changes are found within {@code newsroom.cdn.poll-interval}. A purge the CDN does not take
 * is tried again after {@code first-retry}, doubling up to {@code last-retry}, for as long as it takes: an outage delays
 * purges, and loses none. A hard purge (an unpublished story) is confirmed in the story's history.
 *
 * <p>Without a CDN ({@code none}) nothing is sent; the queue is kept for an hour, then emptied, since the triggers that
 * fill it do not know the configuration.
 */
@Component
class PurgeSender extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(PurgeSender.class);
    private static final int BATCH = 20;
    private static final Duration UNSENT_KEPT = Duration.ofHours(1);

    private final PurgeQueue queue;
    private final CdnBackend backend;
    private final HistoryNotes notes;
    private final CdnProperties cdn;
    private final Clock clock;
    private final DateTimeFormatter clockTime;
    private final Semaphore wake = new Semaphore(0);
    private final Object sentSignal = new Object();
    private long sent;
    /** The latest purges sent, a bounded few, numbered: what {@link #awaitPurged} looks for. */
    private final java.util.Deque<Sent> recent = new java.util.ArrayDeque<>();

    private record Sent(long number, List<String> keys) {}

    private long failed;
    private long lastForgotten = System.nanoTime() - Duration.ofHours(1).toNanos();

    PurgeSender(PurgeQueue queue, HistoryNotes notes, CdnProperties cdn, NewsroomProperties properties, Clock clock) {
        super("cdn-purges");
        this.queue = queue;
        this.notes = notes;
        this.cdn = cdn;
        this.clock = clock;
        this.backend = CdnBackends.of(cdn);
        this.clockTime = DateTimeFormatter.ofPattern("HH:mm:ss")
                .withZone(properties.site().timeZone());
    }

    /** This instance's change: its purge is in the queue now that the change committed. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticlesChanged change) {
        wake.release();
    }

    /** How many purges this instance has sent since it started. */
    long sent() {
        synchronized (sentSignal) {
            return sent;
        }
    }

    /**
     * Waits until this instance has sent a purge of {@code key} as its {@code after}+1st purge or later (see
     * {@link #sent()}); what tests wait for.
     */
    boolean awaitPurged(String key, long after, Duration timeout) throws InterruptedException {
        return await(
                () -> recent.stream()
                        .anyMatch(
                                purge -> purge.number() > after && purge.keys().contains(key)),
                timeout);
    }

    /** How many times a purge failed on this instance since it started. */
    long failed() {
        synchronized (sentSignal) {
            return failed;
        }
    }

    /** Waits until this instance has sent {@code count} purges since it started; what tests wait for. */
    boolean awaitSent(long count, Duration timeout) throws InterruptedException {
        return await(() -> sent >= count, timeout);
    }

    /** Waits until purges failed {@code count} times on this instance since it started. */
    boolean awaitFailed(long count, Duration timeout) throws InterruptedException {
        return await(() -> failed >= count, timeout);
    }

    private boolean await(java.util.function.BooleanSupplier done, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (sentSignal) {
            while (!done.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(sentSignal, left);
            }
            return true;
        }
    }

    @Override
    protected void loop() {
        while (isRunning()) {
            try {
                while (isRunning() && sendDue() == BATCH) {
                    // a full batch: there may be more
                }
                wake.tryAcquire(cdn.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!isRunning()) {
                    return;
                }
                log.warn("CDN purges: {}", e.getMessage());
                if (!slept(cdn.pollInterval())) {
                    return;
                }
            }
        }
    }

    /** Sends what is due; answers how many purges were claimed. */
    int sendDue() throws InterruptedException {
        if (backend == null) {
            long now = System.nanoTime();
            if (now - lastForgotten > Duration.ofMinutes(1).toNanos()) {
                lastForgotten = now;
                queue.forget(UNSENT_KEPT);
            }
            return 0;
        }
        List<PurgeQueue.Purge> due =
                queue.claim(BATCH, cdn.timeout().multipliedBy(3).plusSeconds(5));
        for (int i = 0; i < due.size(); i++) {
            PurgeQueue.Purge purge = due.get(i);
            try {
                backend.purge(purge.keys(), purge.hard());
            } catch (IOException | RuntimeException e) {
                Duration wait = retryAfter(purge.attempts());
                String error = e.getMessage() == null ? e.toString() : e.getMessage();
                log.warn(
                        "{} did not take a purge of {} key(s) (attempt {}), trying again in {}: {}",
                        backend.name(),
                        purge.keys().size(),
                        purge.attempts() + 1,
                        wait,
                        error);
                synchronized (sentSignal) {
                    failed++;
                    sentSignal.notifyAll();
                }
                if (e instanceof HttpPurges.Refused) {
                    // The CDN answered, and refused this one: the others may still go through.
                    queue.failed(purge.id(), error, wait);
                    continue;
                }
                // The CDN cannot be reached: the rest of the batch waits as long, rather than each for its timeout.
                for (PurgeQueue.Purge rest : due.subList(i, due.size())) {
                    queue.failed(rest.id(), error, retryAfter(rest.attempts()));
                }
                return due.size();
            }
            if (queue.sent(purge.id(), cdn.repeatAfter()) && purge.hard()) {
                confirm(purge);
            }
            synchronized (sentSignal) {
                sent++;
                recent.addLast(new Sent(sent, purge.keys()));
                if (recent.size() > 64) {
                    recent.removeFirst();
                }
                sentSignal.notifyAll();
            }
        }
        return due.size();
    }

    /** Doubles from {@code first-retry} with each failure, up to {@code last-retry}. */
    Duration retryAfter(int attempts) {
        Duration wait = cdn.firstRetry().multipliedBy(1L << Math.min(attempts, 20));
        return wait.compareTo(cdn.lastRetry()) > 0 ? cdn.lastRetry() : wait;
    }

    private void confirm(PurgeQueue.Purge purge) {
        List<Long> stories = purge.keys().stream()
                .filter(key -> key.startsWith("a:"))
                .map(key -> Long.parseLong(key.substring(2)))
                .toList();
        var now = clock.instant();
        notes.add(stories, "Removed from the CDN (" + backend.name() + ") at " + clockTime.format(now), now);
    }

    /** Waits out a failure before trying again; false when interrupted, which ends the loop. */
    private static boolean slept(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
