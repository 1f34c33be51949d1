package org.newsroom.live.web;

import jakarta.servlet.http.HttpServletResponse;
import org.newsroom.live.LiveMessage;
import org.newsroom.live.LiveReading;
import org.newsroom.live.LiveStreams;
import org.newsroom.platform.SurrogateKeys;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * How a live story's open page learns of its changes: a stream of Server-Sent Events ({@code /live/{id}/stream},
 * resumed from {@code Last-Event-ID} or {@code ?after=}), and, should the stream fail, polling the changes since a
 * number ({@code /live/{id}/since?after=N}), a small answer that is the same for everyone, so the page cache and a CDN
 * serve it (a few seconds, and purged with the story's pages by its surrogate key). Only published live stories
 * answer; others are 404.
 */
@RestController
record LiveUpdatesController(LiveReading live, LiveStreams streams) {

    static final int POLL_BATCH = 100;

    @GetMapping(path = "/live/{story}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(
            @PathVariable long story,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            @RequestParam(name = "after", required = false) Long after,
            HttpServletResponse response) {
        requirePublic(story);
        long from = parse(lastEventId, after);
        response.setHeader("Cache-Control", "no-store");
        // Proxies such as nginx would otherwise hold the events back in their buffers.
        response.setHeader("X-Accel-Buffering", "no");
        return streams.open(story, from);
    }

    @GetMapping(path = "/live/{story}/since", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LiveMessage> since(@PathVariable long story, @RequestParam(name = "after") long after) {
        requirePublic(story);
        SurrogateKeys.add(SurrogateKeys.story(story));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofSeconds(5))
                        .sMaxAge(java.time.Duration.ofSeconds(5))
                        .cachePublic())
                .body(LiveMessage.of(live.changesSince(story, Math.max(0, after), POLL_BATCH)));
    }

    @ExceptionHandler(LiveStreams.TooManyStreams.class)
    ResponseEntity<String> tooMany() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "30")
                .contentType(MediaType.TEXT_PLAIN)
                .body("Too many readers on this server: the page asks again by polling.");
    }

    private void requirePublic(long story) {
        if (!live.isPublic(story)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static long parse(String lastEventId, Long after) {
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                return Math.max(0, Long.parseLong(lastEventId.strip()));
            } catch (NumberFormatException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Last-Event-ID is a change number");
            }
        }
        return after == null ? 0 : Math.max(0, after);
    }
}
