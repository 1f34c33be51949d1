package org.newsroom.webhooks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsroom.api.PublishedNinjs;
import org.newsroom.distribution.ChangeEvent;
import org.newsroom.live.LiveReading;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A delivery's body, as the Standard Webhooks specification shapes it: {@code {"type", "timestamp", "data"}}. For a
 * story's event on an endpoint that wants ninjs, {@code data} is the story's ninjs as the content API serves it; else
 * (a thin endpoint, a tombstone, a story no longer public, a section, a tag, an image) its id alone; a live entry's event
 * carries its id and its story's ({@code {"id", "story"}}), so that a receiver knows which page changed.
 */
@Component
record WebhookPayloads(PublishedNinjs ninjs, JsonMapper json, LiveReading live) {

    /** The payloads of one event, made once for each kind of endpoint that wants it. */
    final class ForEvent {
        private final ChangeEvent event;
        private final Map<PayloadKind, String> made = new java.util.EnumMap<>(PayloadKind.class);

        ForEvent(ChangeEvent event) {
            this.event = event;
        }

        String of(PayloadKind kind) {
            return made.computeIfAbsent(kind, this::make);
        }

        private String make(PayloadKind kind) {
            Object data = Map.of("id", event.subjectId());
            if (event.subject().equals("live_entry")) {
                LiveReading.EntryPlace place =
                        live.places(java.util.List.of(event.subjectId())).get(event.subjectId());
                if (place != null) {
                    data = Map.of("id", event.subjectId(), "story", place.storyId());
                }
            }
            if (kind == PayloadKind.NINJS && event.subject().equals("article") && !event.tombstone()) {
                data = ninjs.of(event.subjectId())
                        .<Object>map(document -> document)
                        .orElse(data);
            }
            return body(event.type(), event.occurredAt(), data);
        }
    }

    ForEvent forEvent(ChangeEvent event) {
        return new ForEvent(event);
    }

    String test(Instant now, long endpointId) {
        return body(
                WebhookEventType.WEBHOOK_TEST.wireName(),
                now,
                Map.of("endpoint", endpointId, "message", "A test send from the Newsroom admin screen"));
    }

    private String body(String type, Instant timestamp, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("timestamp", timestamp.toString());
        body.put("data", data);
        return json.writeValueAsString(body);
    }
}
