package org.newsroom.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Wakes each {@link ScheduledWork} at its next due time, so that a scheduled story goes out on the second rather than
 * at the next periodic sweep. Every change of a schedule, on any instance or by any tool, reaches every instance on
 * {@link #CHANNEL} and sets its timer anew; so does a reconnection of the listener, which may have missed some. The
 * periodic sweep ({@code newsroom.scheduler.interval}) stays as the safety net. Every instance wakes at the same time;
 * the work's row locks decide which one does it.
 *
 * <p>Off with {@code newsroom.scheduler.enabled}, like the sweep.
 */
@Component
public class DueTimer implements SmartLifecycle, WakingSubscriber {

    /** The channel on which the database's triggers announce changes of schedules. */
    public static final String CHANNEL = "newsroom_schedule";

    /**
     * How soon to look again when something is still due after a run: another instance holds it and is publishing it
     * (its commit notifies anyway), or it is being retried.
     */
    static final Duration STILL_DUE_RETRY = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(DueTimer.class);

    private final ObjectProvider<ScheduledWork> workBeans;
    private final Clock clock;
    private final NewsroomProperties.Scheduler settings;
    private final Map<ScheduledWork, ScheduledFuture<?>> timers = new ConcurrentHashMap<>();
    private volatile List<ScheduledWork> works = List.of();
    private volatile ScheduledThreadPoolExecutor executor;
    /** Notified each time a work's timer has been set anew: what {@link #awaitWakeUpAfter} waits on. */
    private final Object armed = new Object();

    DueTimer(ObjectProvider<ScheduledWork> workBeans, Clock clock, NewsroomProperties properties) {
        this.workBeans = workBeans;
        this.clock = clock;
        this.settings = properties.scheduler();
    }

    @Override
    public void start() {
        if (!settings.enabled()) {
            return;
        }
        works = workBeans.orderedStream().toList();
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(
                1, runnable -> Thread.ofPlatform().daemon().name("due-timer").unstarted(runnable));
        timer.setRemoveOnCancelPolicy(true);
        executor = timer;
        wake();
    }

    @Override
    public void stop() {
        ScheduledThreadPoolExecutor timer = executor;
        executor = null;
        if (timer != null) {
            timer.shutdownNow();
        }
        timers.clear();
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Sets every work's timer anew from the database: after a change of schedule that no trigger announces. */
    @Override
    public void wake() {
        works.forEach(work -> submit(() -> arm(work, Duration.ZERO)));
    }

    /** When the next wake-up of this work is set for; empty when none is set. For tests and the curious. */
    public Optional<Instant> nextWakeUp(ScheduledWork work) {
        ScheduledFuture<?> future = timers.get(work);
        if (future == null || future.isDone()) {
            return Optional.empty();
        }
        return Optional.of(clock.instant().plusMillis(future.getDelay(TimeUnit.MILLISECONDS)));
    }

    /**
     * Waits until this work's next wake-up is set for after {@code time}, woken each time a timer is set rather than
     * looking again and again; {@code false} if that has not happened within {@code timeout}. For tests.
     */
    public boolean awaitWakeUpAfter(ScheduledWork work, Instant time, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (armed) {
            while (nextWakeUp(work).filter(wakeUp -> wakeUp.isAfter(time)).isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(armed, left);
            }
            return true;
        }
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    /** Runs on the timer's one thread, as does {@link #fire}: a work's timer is only ever set by that thread. */
    private void arm(ScheduledWork work, Duration atLeast) {
        try {
            setTimer(work, atLeast);
        } finally {
            synchronized (armed) {
                armed.notifyAll();
            }
        }
    }

    private void setTimer(ScheduledWork work, Duration atLeast) {
        Optional<Instant> due;
        try {
            due = work.nextDue();
        } catch (RuntimeException e) {
            // The sweep, and the listener's reconnection, set it again once the database answers.
            log.warn("Could not read when scheduled work is due: {}", e.getMessage());
            cancel(work);
            return;
        }
        cancel(work);
        if (due.isEmpty()) {
            return;
        }
        Duration delay = Duration.between(clock.instant(), due.get());
        if (delay.compareTo(atLeast) < 0) {
            delay = atLeast;
        }
        ScheduledThreadPoolExecutor timer = executor;
        if (timer != null) {
            try {
                timers.put(work, timer.schedule(() -> fire(work), delay.toMillis(), TimeUnit.MILLISECONDS));
            } catch (RejectedExecutionException stopping) {
                // Shutting down.
            }
        }
    }

    private void fire(ScheduledWork work) {
        try {
            work.runDue();
        } catch (RuntimeException e) {
            log.error("Scheduled work failed; the sweep will try again", e);
        }
        arm(work, STILL_DUE_RETRY);
    }

    private void cancel(ScheduledWork work) {
        ScheduledFuture<?> previous = timers.remove(work);
        if (previous != null) {
            previous.cancel(false);
        }
    }

    private void submit(Runnable task) {
        ScheduledThreadPoolExecutor timer = executor;
        if (timer != null) {
            try {
                timer.execute(task);
            } catch (RejectedExecutionException stopping) {
                // Shutting down.
            }
        }
    }
}
