package org.newsroom.webhooks;

import java.time.Instant;
import java.util.List;

/**
 * An endpoint as the admin screen shows it; never its secret.
 *
 * @param disabledReason why it is off, e.g. the receiver answered 410; {@code null} when on, or off by an admin
 * @param previousSecretUntil until when the secret before the last rotation still signs; {@code null} if none does
 */
public record EndpointView(
        long id,
        String url,
        String description,
        List<WebhookEventType> events,
        PayloadKind payload,
        boolean enabled,
        String disabledReason,
        Instant createdAt,
        Instant previousSecretUntil) {

    public boolean wants(WebhookEventType type) {
        return events.contains(type);
    }
}
