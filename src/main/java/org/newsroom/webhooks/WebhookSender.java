package org.newsroom.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;

/**
 * Sends one delivery: checks where its host points now, signs it (Standard Webhooks headers) and POSTs it, within
 * {@code newsroom.webhooks.timeout}, following no redirect (a redirect could lead to an internal address, and is a
 * receiver's mistake to fix). A fresh timestamp and signature for each attempt; the same {@code webhook-id}.
 */
@Component
class WebhookSender {

    private final HttpClient client;
    private final AddressPolicy addresses;
    private final WebhookProperties properties;
    private final Clock clock;

    WebhookSender(WebhookProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.addresses = new AddressPolicy(properties);
        this.client = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** What an attempt came to: the receiver's status ({@code null} if none answered), or why it was not made. */
    record Outcome(Integer statusCode, String error, long durationMs) {

        boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }

        boolean gone() {
            return statusCode != null && statusCode == 410;
        }
    }

    Outcome send(WebhookDeliveries.Claimed delivery) {
        long started = System.nanoTime();
        URI uri;
        try {
            uri = URI.create(delivery.url());
        } catch (IllegalArgumentException e) {
            return new Outcome(null, "Not a URL: " + delivery.url(), 0);
        }
        Optional<String> refused = addresses.hostRefusal(uri.getHost() == null ? "" : uri.getHost());
        if (refused.isPresent()) {
            return new Outcome(null, "Refused: " + refused.get(), elapsed(started));
        }
        if (!delivery.signable()) {
            return new Outcome(
                    null,
                    "The endpoint's secret is encrypted with another newsroom.webhooks.secret-key than this"
                            + " instance's",
                    elapsed(started));
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Newsroom-Webhooks/1")
                .header("webhook-id", delivery.messageId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header(
                        "webhook-signature",
                        WebhookSigner.signature(
                                delivery.secrets(), delivery.messageId(), timestamp, delivery.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                .build();
        // The whole exchange, the answer's body included, within the timeout: the request's own timeout ends at the
        // answer's headers, and a receiver that then drips its body would hold the thread.
        CompletableFuture<HttpResponse<Void>> exchange =
                client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            HttpResponse<Void> response = exchange.get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
            int status = response.statusCode();
            String error = status >= 200 && status < 300 ? null : "The receiver answered " + status;
            return new Outcome(status, error, elapsed(started));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return timedOut(started);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                return timedOut(started);
            }
            return new Outcome(
                    null,
                    cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(),
                    elapsed(started));
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return new Outcome(null, "Interrupted while sending", elapsed(started));
        }
    }

    private Outcome timedOut(long started) {
        return new Outcome(null, "No answer within " + properties.timeout().toMillis() + " ms", elapsed(started));
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
