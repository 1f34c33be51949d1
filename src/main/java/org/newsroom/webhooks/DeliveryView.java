package org.newsroom.webhooks;

import java.time.Instant;

/**
 * One delivery in an endpoint's log.
 *
 * @param status {@code pending} (waiting for its next attempt), {@code sending}, {@code succeeded} or {@code failed}
 * @param lastStatusCode the receiver's answer to the last attempt; {@code null} if none came (refused, timed out)
 */
public record DeliveryView(
        long id,
        String messageId,
        String eventType,
        String status,
        int attempts,
        Instant createdAt,
        Instant lastAttemptAt,
        Integer lastDurationMs,
        Integer lastStatusCode,
        String lastError,
        Instant nextAttemptAt) {}
