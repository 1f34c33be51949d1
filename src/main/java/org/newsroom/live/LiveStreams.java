package org.newsroom.live;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsroom.platform.NotificationSubscriber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The instance's open update streams of live stories, fed by the database's {@code newsroom_live} notifications (V45:
 * "<story id> <change number>"), so that a change made on any instance reaches the readers of every one. A stream is an
 * asynchronous request ({@link SseEmitter}): waiting, it holds no thread at all. A notification is handled off the
 * listener's thread, on a virtual thread per story, which reads the changes once and writes them to each of the
 * story's streams from the change that stream last got. Each event's id is its change number, so that a browser that
 * reconnects with {@code Last-Event-ID} gets what it missed. The number of streams is bounded
 * ({@code newsroom.live.max-streams}) and is the gauge {@code newsroom.live.streams}.
 */
@Component
public class LiveStreams implements NotificationSubscriber, MeterBinder, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);
    private static final int BATCH = 100;

    private final LiveReading live;
    private final LiveProperties settings;
    private final JsonMapper json;
    private final Map<Long, Set<Stream>> streams = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    /** Stories with a notification being handled, and whether another came meanwhile. */
    private final Map<Long, Boolean> handling = new ConcurrentHashMap<>();

    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private ScheduledExecutorService heartbeats;
    private volatile boolean running;

    LiveStreams(LiveReading live, LiveProperties settings, JsonMapper json) {
        this.live = live;
        this.settings = settings;
        this.json = json;
    }

    /** One reader's stream, and the last change it was sent. */
    private static final class Stream {
        final SseEmitter emitter;
        volatile long last;

        Stream(SseEmitter emitter, long last) {
            this.emitter = emitter;
            this.last = last;
        }
    }

    /** Thrown when the instance already holds as many streams as it may. */
    public static final class TooManyStreams extends RuntimeException {
        TooManyStreams() {
            super("Too many live streams on this instance");
        }
    }

    /**
     * Opens a stream of a story's changes after change {@code after}: what the reader missed is sent at once. The
     * caller has checked that readers may see the story.
     */
    public SseEmitter open(long storyId, long after) {
        if (open.incrementAndGet() > settings.maxStreams()) {
            open.decrementAndGet();
            throw new TooManyStreams();
        }
        SseEmitter emitter = new SseEmitter(0L);
        Stream stream = new Stream(emitter, after);
        Set<Stream> ofStory = streams.computeIfAbsent(storyId, id -> ConcurrentHashMap.newKeySet());
        ofStory.add(stream);
        Runnable close = () -> {
            if (ofStory.remove(stream)) {
                open.decrementAndGet();
            }
        };
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(e -> close.run());
        try {
            // Tells the browser how long to wait before reconnecting, and flushes the headers.
            emitter.send(SseEmitter.event().reconnectTime(3000).comment("live"));
        } catch (IOException | IllegalStateException e) {
            close.run();
            return emitter;
        }
        senders.execute(() -> catchUp(storyId, stream));
        return emitter;
    }

    /** How many streams this instance holds open. */
    public int streams() {
        return open.get();
    }

    @Override
    public String channel() {
        return "newsroom_live";
    }

    @Override
    public void notified(String payload) {
        long storyId;
        try {
            storyId = Long.parseLong(payload.substring(0, payload.indexOf(' ')));
        } catch (RuntimeException e) {
            log.warn("Unreadable live notification: {}", payload);
            return;
        }
        if (streams.getOrDefault(storyId, Set.of()).isEmpty()) {
            return;
        }
        // One handler per story at a time: a notification that comes while one runs makes it run once more.
        if (handling.put(storyId, Boolean.TRUE) == null) {
            senders.execute(() -> send(storyId));
        }
    }

    /** After the connection was lost, every stream catches up: notifications may have been missed meanwhile. */
    @Override
    public void listening() {
        streams.keySet().forEach(id -> {
            if (handling.put(id, Boolean.TRUE) == null) {
                senders.execute(() -> send(id));
            }
        });
    }

    private void send(long storyId) {
        try {
            do {
                handling.put(storyId, Boolean.FALSE);
                Set<Stream> ofStory = streams.getOrDefault(storyId, Set.of());
                long from = ofStory.stream().mapToLong(s -> s.last).min().orElse(Long.MAX_VALUE);
                if (from != Long.MAX_VALUE) {
                    LiveChanges changes = live.changesSince(storyId, from, BATCH);
                    for (Stream stream : ofStory) {
                        deliver(stream, changes);
                    }
                }
                // Done unless another notification came meanwhile (it set the mark back to TRUE).
            } while (!handling.remove(storyId, Boolean.FALSE));
        } catch (RuntimeException e) {
            handling.remove(storyId);
            log.warn("Could not send the changes of live story {}", storyId, e);
        }
    }

    private void catchUp(long storyId, Stream stream) {
        try {
            deliver(stream, live.changesSince(storyId, stream.last, BATCH));
        } catch (RuntimeException e) {
            log.warn("Could not send the missed changes of live story {}", storyId, e);
        }
    }

    /** Sends a stream what it has not had of these changes, as one event whose id is the newest change. */
    private void deliver(Stream stream, LiveChanges changes) {
        synchronized (stream) {
            if (changes.change() <= stream.last) {
                return;
            }
            long after = stream.last;
            LiveChanges mine = new LiveChanges(
                    changes.storyId(),
                    changes.entries().stream().filter(e -> e.change() > after).toList(),
                    changes.pinned(),
                    changes.endedAt(),
                    changes.change());
            try {
                stream.emitter.send(SseEmitter.event()
                        .id(Long.toString(mine.change()))
                        .name("changes")
                        .data(json.writeValueAsString(LiveMessage.of(mine)), MediaType.APPLICATION_JSON));
                stream.last = mine.change();
                if (mine.ended()) {
                    stream.emitter.complete();
                }
            } catch (IOException | IllegalStateException e) {
                stream.emitter.completeWithError(e);
            }
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("newsroom.live.streams", open, AtomicInteger::get)
                .description("Open update streams of live stories on this instance")
                .register(registry);
    }

    @Override
    public void start() {
        running = true;
        heartbeats = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("live-heartbeats").factory());
        long every = settings.heartbeat().toMillis();
        heartbeats.scheduleWithFixedDelay(this::heartbeat, every, every, TimeUnit.MILLISECONDS);
    }

    private void heartbeat() {
        streams.values()
                .forEach(ofStory -> ofStory.forEach(stream -> senders.execute(() -> {
                    synchronized (stream) {
                        try {
                            stream.emitter.send(SseEmitter.event().comment("keep-alive"));
                        } catch (IOException | IllegalStateException e) {
                            stream.emitter.completeWithError(e);
                        }
                    }
                })));
    }

    @Override
    public void stop() {
        running = false;
        heartbeats.shutdownNow();
        streams.values().forEach(ofStory -> ofStory.forEach(stream -> stream.emitter.complete()));
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
