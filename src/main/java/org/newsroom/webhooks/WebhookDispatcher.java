package org.newsroom.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.newsroom.platform.WakingSubscriber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every instance runs one: on a thread of its own, it fans the feed's new events out into deliveries
 * ({@link WebhookFanOut}) and sends those that are due on a bounded pool of {@code newsroom.webhooks.concurrency}
 * threads, claiming no more than it has threads free, so an editor's request never waits for a receiver. It wakes when the database announces a change of
 * content ({@code newsroom_content}, notified by the same commits that write the events), when this instance queues a
 * test or a replay, when the next retry falls due, and at the latest every {@code poll-interval}, the sweep that catches
 * whatever a lost notification missed.
 *
 * <p>A failure is tried again after the next wait of {@code retry-schedule}, jittered by up to a fifth either way so
 * that many deliveries failed together do not come back together; after the last, the delivery has failed. A receiver
 * answering 410 Gone asks for no more: its endpoint is turned off.
 */
@Component
class WebhookDispatcher implements SmartLifecycle, WakingSubscriber {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    static final String CHANNEL = "newsroom_content";

    private final WebhookFanOut fanOut;
    private final WebhookDeliveries deliveries;
    private final WebhookSender sender;
    private final WebhookEndpoints endpoints;
    private final WebhookProperties properties;
    private final Clock clock;
    private final Semaphore wake = new Semaphore(0);
    /** The pool's threads that are free: what the loop may claim at most. */
    private final Semaphore free;

    private volatile boolean running;
    private Thread thread;
    private ExecutorService pool;

    WebhookDispatcher(
            WebhookFanOut fanOut,
            WebhookDeliveries deliveries,
            WebhookSender sender,
            WebhookEndpoints endpoints,
            WebhookProperties properties,
            Clock clock) {
        this.fanOut = fanOut;
        this.deliveries = deliveries;
        this.sender = sender;
        this.endpoints = endpoints;
        this.properties = properties;
        this.clock = clock;
        this.free = new Semaphore(properties.concurrency());
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            return;
        }
        running = true;
        pool = Executors.newFixedThreadPool(
                properties.concurrency(),
                Thread.ofPlatform().daemon().name("webhook-delivery-", 1).factory());
        thread = Thread.ofPlatform().daemon().name("webhooks").start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Looks for work now. */
    @Override
    public void wake() {
        wake.release();
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DeliveriesQueued queued) {
        wake();
    }

    private void run() {
        while (running) {
            try {
                fanOut.fanOut();
                while (running && deliverDue() > 0) {
                    // claimed some: there may be more due, for the threads still free
                }
                wake.tryAcquire(untilNextDue().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Webhooks: {}", e.getMessage());
                try {
                    wake.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private Duration untilNextDue() {
        Duration wait = properties.pollInterval();
        Duration due = deliveries.untilNextDue().orElse(wait);
        return (due.compareTo(wait) < 0 ? due : wait).plusMillis(5);
    }

    /**
     * Claims what is due, no more than the pool has threads free, and hands it to them; answers how many were claimed.
     * It does not wait for them: a slow receiver holds one thread for its timeout, not the others' deliveries. Each
     * finished delivery frees its thread and wakes this loop.
     */
    int deliverDue() {
        int slots = free.availablePermits();
        if (slots == 0) {
            return 0;
        }
        Duration lease = properties.timeout().multipliedBy(2).plusSeconds(30);
        List<WebhookDeliveries.Claimed> due = deliveries.claim(slots, lease);
        for (WebhookDeliveries.Claimed delivery : due) {
            free.acquireUninterruptibly();
            try {
                pool.execute(() -> {
                    try {
                        deliver(delivery);
                    } catch (RuntimeException e) {
                        // Its lease runs out and it is claimed again.
                        log.warn("Webhook delivery {} could not be recorded: {}", delivery.id(), e.toString());
                    } finally {
                        free.release();
                        wake();
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                free.release();
            }
        }
        return due.size();
    }

    private void deliver(WebhookDeliveries.Claimed delivery) {
        WebhookSender.Outcome outcome = sender.send(delivery);
        if (outcome.succeeded()) {
            deliveries.succeeded(delivery.id(), outcome.statusCode(), outcome.durationMs());
            return;
        }
        if (outcome.gone()) {
            // The endpoint first: whoever sees the delivery recorded as failed then also sees the endpoint off (and
            // should this instance stop in between, the lease runs out, the 410 comes again and both are written).
            endpoints.disableGone(delivery.endpointId(), clock.instant());
            deliveries.failed(delivery.id(), outcome.statusCode(), outcome.error(), outcome.durationMs());
            return;
        }
        List<Duration> schedule = properties.retrySchedule();
        if (delivery.attempts() > schedule.size()) {
            deliveries.failed(delivery.id(), outcome.statusCode(), outcome.error(), outcome.durationMs());
            return;
        }
        Duration wait = schedule.get(delivery.attempts() - 1);
        long jittered = Math.round(wait.toMillis() * ThreadLocalRandom.current().nextDouble(0.8, 1.2));
        deliveries.retry(
                delivery.id(),
                outcome.statusCode(),
                outcome.error(),
                outcome.durationMs(),
                Duration.ofMillis(jittered));
    }
}
