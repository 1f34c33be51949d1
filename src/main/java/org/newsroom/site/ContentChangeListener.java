package org.newsroom.site;

import org.newsroom.platform.NotificationSubscriber;
import org.springframework.stereotype.Component;

/**
 * Listens to PostgreSQL's {@code newsroom_content} channel, which triggers notify (at commit) whenever something
 * readers see changes, whichever instance or tool made the change, and empties this instance's page cache. The
 * connection is the instance's one listening connection ({@link org.newsroom.platform.DatabaseNotifications}); when
 * it is opened again after a loss the cache is emptied too, since a notification may have been missed meanwhile.
 */
@Component
class ContentChangeListener implements NotificationSubscriber {

    static final String CHANNEL = "newsroom_content";

    private final PageCache cache;
    /** The latest payloads, newest last, a bounded few: what tests wait for (see {@link #hasReceived}). */
    private final java.util.Deque<String> recentPayloads = new java.util.concurrent.ConcurrentLinkedDeque<>();

    private final java.util.concurrent.atomic.AtomicLong received = new java.util.concurrent.atomic.AtomicLong();

    ContentChangeListener(PageCache cache) {
        this.cache = cache;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void notified(String payload) {
        cache.invalidateAll();
        received.incrementAndGet();
        recentPayloads.addLast(payload);
        while (recentPayloads.size() > 64) {
            recentPayloads.pollFirst();
        }
        synchronized (recentPayloads) {
            recentPayloads.notifyAll();
        }
    }

    @Override
    public void listening() {
        cache.invalidateAll();
    }

    /**
     * Whether a notification with this payload has reached this instance among the latest few: when it has, every
     * notification committed before it has been acted on too, as they arrive in commit order. What tests wait for
     * instead of the clock.
     */
    boolean hasReceived(String payload) {
        return recentPayloads.contains(payload);
    }

    /**
     * Waits until a notification with this payload has reached this instance ({@link #hasReceived}), woken by its
     * arrival rather than by looking again and again; {@code false} if it has not arrived within {@code timeout}.
     */
    boolean awaitReceived(String payload, java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (recentPayloads) {
            while (!recentPayloads.contains(payload)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(recentPayloads, left);
            }
            return true;
        }
    }

    /** How many notifications this instance has received. */
    long received() {
        return received.get();
    }
}
