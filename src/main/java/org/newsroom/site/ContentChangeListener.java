package org.newsroom.site;

import java.util.List;
import org.newsroom.platform.NotificationSubscriber;
import org.springframework.stereotype.Component;

/**
 * Listens to PostgreSQL's {@code newsroom_content} channel, which triggers notify (at commit) whenever something
 * readers see changes, whichever instance or tool made the change, and drops the pages of this instance's cache that
 * the change touches. The payload names the change's surrogate keys, {@code keys a:12 s:3 front} (V33); any other
 * payload ({@code *}, sent when the keys would not fit in a notification's 8000 bytes, or a notification of some
 * other part of the application) empties the whole cache: a page is never kept on a guess. The connection is the
 * instance's one listening connection ({@link org.newsroom.platform.DatabaseNotifications}); when it is opened again
 * after a loss the cache is emptied too, since a notification may have been missed meanwhile.
 */
@Component
class ContentChangeListener implements NotificationSubscriber {

    static final String CHANNEL = "newsroom_content";
    static final String KEYS = "keys ";

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
        List<String> keys = keys(payload);
        if (keys == null) {
            cache.invalidateAll();
        } else {
            cache.invalidate(keys);
        }
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

    /** The keys a payload names, or {@code null} when it names none: then everything may have changed. */
    static List<String> keys(String payload) {
        if (payload == null || !payload.startsWith(KEYS)) {
            return null;
        }
        List<String> keys = List.of(payload.substring(KEYS.length()).strip().split(" +"));
        return keys.isEmpty() || keys.contains("") ? null : keys;
    }
}
