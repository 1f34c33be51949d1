package org.newsroom.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One delivery's HTTP exchange: signed headers, no redirect followed, a receiver that never answers given up on. */
class WebhookSenderTest {

    private final WebhookSender sender = new WebhookSender(
            new WebhookProperties(
                    true,
                    Duration.ofMillis(300),
                    List.of(Duration.ofMillis(100)),
                    Duration.ofHours(24),
                    false,
                    List.of("127.0.0.0/8"),
                    2,
                    Duration.ofSeconds(1),
                    null),
            Clock.systemUTC());

    private static WebhookDeliveries.Claimed delivery(String url, String secret) {
        return new WebhookDeliveries.Claimed(
                7, 3, "msg_sender_test", "{\"type\":\"webhook.test\"}", 1, url, secret, null);
    }

    @Test
    void aDeliveryCarriesTheStandardWebhooksHeadersSignedWithTheSecret() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String secret = WebhookSigner.newSecret();
            long before = System.currentTimeMillis() / 1000;

            WebhookSender.Outcome outcome = sender.send(delivery(receiver.url(), secret));

            assertThat(outcome.succeeded()).isTrue();
            WebhookReceiver.Received request = receiver.all().getFirst();
            assertThat(request.id()).isEqualTo("msg_sender_test");
            assertThat(Long.parseLong(request.timestamp())).isBetween(before - 1, before + 60);
            assertThat(request.body()).isEqualTo("{\"type\":\"webhook.test\"}");
            assertThat(request.signedWith(secret)).isTrue();
            assertThat(request.signedWith(WebhookSigner.newSecret())).isFalse();
        }
    }

    @Test
    void aRedirectIsNotFollowed() throws Exception {
        try (WebhookReceiver target = WebhookReceiver.start()) {
            HttpServer redirecting = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            redirecting.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().add("Location", target.url());
                exchange.sendResponseHeaders(307, -1);
                exchange.close();
            });
            redirecting.start();
            try {
                WebhookSender.Outcome outcome = sender.send(delivery(
                        "http://127.0.0.1:" + redirecting.getAddress().getPort() + "/", WebhookSigner.newSecret()));
                assertThat(outcome.succeeded()).isFalse();
                assertThat(outcome.statusCode()).isEqualTo(307);
                assertThat(target.all()).isEmpty();
            } finally {
                redirecting.stop(0);
            }
        }
    }

    @Test
    void aReceiverThatDoesNotAnswerWithinTheTimeoutIsGivenUpOn() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        HttpServer silent = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        silent.createContext("/", exchange -> {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        silent.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        silent.start();
        try {
            WebhookSender.Outcome outcome = sender.send(
                    delivery("http://127.0.0.1:" + silent.getAddress().getPort() + "/", WebhookSigner.newSecret()));
            assertThat(outcome.succeeded()).isFalse();
            assertThat(outcome.statusCode()).isNull();
            assertThat(outcome.error()).isEqualTo("No answer within 300 ms");
        } finally {
            release.countDown();
            silent.stop(0);
        }
    }
}
