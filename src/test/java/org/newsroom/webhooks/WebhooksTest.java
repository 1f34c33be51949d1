package org.newsroom.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.live.EntryDraft;
import org.newsroom.live.LiveEditing;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.TestStories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks end to end, on the real database and local receivers: a publication reaches its endpoints signed (checked
 * by the receiver's own HMAC), a rolled-back change sends nothing, failures are retried, a 410 turns the endpoint off,
 * and a rotated secret signs beside the new one.
 */
@IntegrationTest
class WebhooksTest {

    /** Generous: the machine may be loaded; the tests wait on the receiver, not on the clock. */
    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    WebhookEndpoints endpoints;

    @Autowired
    TestStories stories;

    @Autowired
    Staff staff;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    LiveEditing live;

    private Actor admin;

    @BeforeEach
    void anAdmin() {
        admin = staff.create(StaffRole.ADMIN).actor();
    }

    private CreatedEndpoint register(WebhookReceiver receiver, PayloadKind payload, WebhookEventType... types) {
        return endpoints.create(new NewEndpoint(receiver.url(), "test", EnumSet.copyOf(Set.of(types)), payload), admin);
    }

    @Test
    void aPublicationIsDeliveredSignedWithTheStorysNinjsAndARolledBackOneIsNot() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            CreatedEndpoint endpoint = register(receiver, PayloadKind.NINJS, WebhookEventType.ARTICLE_PUBLISHED);
            assertThat(endpoint.secret()).startsWith("whsec_");
            // Kept encrypted (the suite sets newsroom.webhooks.secret-key), yet the deliveries are signed with it.
            assertThat(jdbc.sql("select secret from webhook_endpoints where id = :id")
                            .param("id", endpoint.id())
                            .query(String.class)
                            .single())
                    .startsWith("enc:v1:")
                    .doesNotContain(endpoint.secret().substring(6));

            var rolledBack = new TransactionTemplate(transactions);
            rolledBack.executeWithoutResult(status -> {
                stories.story("Webhooks: never committed").publishedAt(stories.newest());
                status.setRollbackOnly();
            });
            long id = stories.story("Webhooks: published").publishedAt(stories.newest());

            WebhookReceiver.Received delivery = receiver.next(r -> true, WAIT);
            assertThat(delivery).as("a delivery of the publication").isNotNull();
            assertThat(delivery.signedWith(endpoint.secret())).isTrue();
            assertThat(Long.parseLong(delivery.timestamp())).isPositive();
            JsonNode body = json.readTree(delivery.body());
            assertThat(body.get("type").asString()).isEqualTo("article.published");
            assertThat(body.get("timestamp").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            // The story committed after the rolled-back one: had that one made an event, it would have come first.
            assertThat(body.get("data").get("headlines").get(0).get("value").asString())
                    .isEqualTo("Webhooks: published");
            assertThat(body.get("data").get("altIds").get(0).get("value").asString())
                    .isEqualTo(Long.toString(id));
            assertThat(body.get("data").get("standard").get("name").asString()).isEqualTo("ninjs");
            assertThat(receiver.all()).noneMatch(r -> r.body().contains("never committed"));

            DeliveryView logged = awaitDelivery(endpoint.id(), "succeeded");
            assertThat(logged.lastStatusCode()).isEqualTo(200);
            assertThat(logged.messageId()).isEqualTo(delivery.id());
            endpoints.delete(endpoint.id(), admin);
        }
    }

    @Test
    void aThinEndpointGetsTheIdAlone() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            CreatedEndpoint endpoint = register(receiver, PayloadKind.THIN, WebhookEventType.ARTICLE_PUBLISHED);
            long id = stories.story("Webhooks: thin").publishedAt(stories.newest());

            WebhookReceiver.Received delivery = receiver.next(r -> r.body().contains("\"id\":" + id), WAIT);
            assertThat(delivery).isNotNull();
            assertThat(json.readTree(delivery.body()).get("data").propertyNames())
                    .containsExactly("id");
            endpoints.delete(endpoint.id(), admin);
        }
    }

    @Test
    void aLiveEntryPostedReachesItsEndpointNamingTheEntryAndItsStory() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            CreatedEndpoint endpoint = register(receiver, PayloadKind.NINJS, WebhookEventType.LIVE_ENTRY_PUBLISHED);
            // Published a minute ago: its time has come for the database's clock as for the site's.
            long story =
                    stories.story("Webhooks: live").publishedAt(Instant.now().minusSeconds(60));
            Actor editor = staff.create(StaffRole.EDITOR).actor();
            live.start(story, editor);
            long entry = live.post(story, new EntryDraft(null, "Delegations meet.", false, true), editor);

            WebhookReceiver.Received delivery = receiver.next(r -> r.body().contains("\"id\":" + entry), WAIT);
            assertThat(delivery).isNotNull();
            assertThat(delivery.signedWith(endpoint.secret())).isTrue();
            JsonNode body = json.readTree(delivery.body());
            assertThat(body.get("type").asString()).isEqualTo("live_entry.published");
            assertThat(body.get("data").get("story").asLong()).isEqualTo(story);
            endpoints.delete(endpoint.id(), admin);
        }
    }

    @Test
    void aFailingReceiverIsTriedAgainUntilItTakesTheDelivery() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start(500, 503)) {
            CreatedEndpoint endpoint = register(receiver, PayloadKind.THIN, WebhookEventType.ARTICLE_PUBLISHED);
            long id = stories.story("Webhooks: retried").publishedAt(stories.newest());

            WebhookReceiver.Received taken = receiver.next(r -> r.answered() == 200, WAIT);
            assertThat(taken).isNotNull();
            assertThat(taken.body()).contains("\"id\":" + id);
            assertThat(receiver.all())
                    .extracting(WebhookReceiver.Received::answered)
                    .containsExactly(500, 503, 200);
            // One message, the same id on every attempt, each signed afresh.
            assertThat(receiver.all()).extracting(WebhookReceiver.Received::id).containsOnly(taken.id());
            assertThat(receiver.all()).allMatch(r -> r.signedWith(endpoint.secret()));

            DeliveryView logged = awaitDelivery(endpoint.id(), "succeeded");
            assertThat(logged.attempts()).isEqualTo(3);
            endpoints.delete(endpoint.id(), admin);
        }
    }

    @Test
    void aDeliveryThatFailsEveryAttemptEndsFailed() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start(500, 500, 500, 500, 500)) {
            CreatedEndpoint endpoint = register(receiver, PayloadKind.THIN, WebhookEventType.WEBHOOK_TEST);
            endpoints.testSend(endpoint.id(), admin);

            // The first attempt and the three retries of the tests' schedule.
            DeliveryView logged = awaitDelivery(endpoint.id(), "failed");
            assertThat(logged.attempts()).isEqualTo(4);
            assertThat(logged.lastStatusCode()).isEqualTo(500);
            assertThat(receiver.all()).hasSize(4);
            endpoints.delete(endpoint.id(), admin);
        }
    }

    @Test
    void aReceiverAnswering410TurnsItsEndpointOff() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start(410)) {
            CreatedEndpoint endpoint = register(receiver, PayloadKind.THIN, WebhookEventType.ARTICLE_PUBLISHED);
            stories.story("Webhooks: gone").publishedAt(stories.newest());

            assertThat(receiver.next(r -> r.answered() == 410, WAIT)).isNotNull();
            awaitDelivery(endpoint.id(), "failed");
            EndpointView off = endpoints.find(endpoint.id()).orElseThrow();
            assertThat(off.enabled()).isFalse();
            assertThat(off.disabledReason()).contains("410");

            // Off means off: the next publication makes no delivery for it, though it reaches another endpoint.
            try (WebhookReceiver other = WebhookReceiver.start()) {
                CreatedEndpoint witness = register(other, PayloadKind.THIN, WebhookEventType.ARTICLE_PUBLISHED);
                long after = stories.story("Webhooks: after gone").publishedAt(stories.newest());
                assertThat(other.next(r -> r.body().contains("\"id\":" + after), WAIT))
                        .isNotNull();
                assertThat(endpoints.deliveries(endpoint.id(), null).items()).hasSize(1);
                endpoints.delete(witness.id(), admin);
            }
            endpoints.delete(endpoint.id(), admin);
        }
    }

    @Test
    void afterARotationDeliveriesCarryBothSignaturesAndAReplayKeepsTheMessageId() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            CreatedEndpoint endpoint = register(receiver, PayloadKind.THIN, WebhookEventType.WEBHOOK_TEST);
            CreatedEndpoint rotated =
                    endpoints.rotateSecret(endpoint.id(), admin).orElseThrow();
            assertThat(rotated.secret()).isNotEqualTo(endpoint.secret());
            assertThat(endpoints.find(endpoint.id()).orElseThrow().previousSecretUntil())
                    .isNotNull();

            endpoints.testSend(endpoint.id(), admin);
            WebhookReceiver.Received test = receiver.next(r -> true, WAIT);
            assertThat(test).isNotNull();
            assertThat(test.signature().split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
            assertThat(test.signedWith(rotated.secret())).isTrue();
            assertThat(test.signedWith(endpoint.secret())).isTrue();
            assertThat(json.readTree(test.body()).get("type").asString()).isEqualTo("webhook.test");

            long first = awaitDelivery(endpoint.id(), "succeeded").id();
            endpoints.replay(endpoint.id(), first, admin);
            WebhookReceiver.Received replayed = receiver.next(r -> true, WAIT);
            assertThat(replayed).isNotNull();
            assertThat(replayed.id()).isEqualTo(test.id());
            assertThat(replayed.body()).isEqualTo(test.body());

            // Once the overlap is over, the previous secret signs no more.
            jdbc.sql("update webhook_endpoints set previous_secret_until = now() - interval '1 second' where id = :id")
                    .param("id", endpoint.id())
                    .update();
            endpoints.testSend(endpoint.id(), admin);
            WebhookReceiver.Received later = receiver.next(r -> true, WAIT);
            assertThat(later).isNotNull();
            assertThat(later.signature().split(" ")).hasSize(1);
            assertThat(later.signedWith(rotated.secret())).isTrue();
            endpoints.delete(endpoint.id(), admin);
        }
    }

    @Test
    void theDatabaseKnowsTheSameEventTypesAsTheForm() {
        for (WebhookEventType type : WebhookEventType.values()) {
            long id = jdbc.sql("""
                            insert into webhook_endpoints (url, event_types, payload, secret)
                            values ('https://example.com/', array[:type], 'thin', 'whsec_x') returning id
                            """)
                    .param("type", type.wireName())
                    .query(Long.class)
                    .single();
            jdbc.sql("delete from webhook_endpoints where id = :id")
                    .param("id", id)
                    .update();
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("""
                                insert into webhook_endpoints (url, event_types, payload, secret)
                                values ('https://example.com/', array['article.eaten'], 'thin', 'whsec_x')
                                """).update())
                .hasMessageContaining("webhook_endpoints_events_known");
    }

    /**
     * Waits until the endpoint's newest delivery has this status: the receiver has answered already, and the outcome
     * is recorded right after, so this polls a condition about to hold, a minute at most.
     */
    private DeliveryView awaitDelivery(long endpointId, String status) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            var items = endpoints.deliveries(endpointId, null).items();
            if (!items.isEmpty() && items.getFirst().status().equals(status)) {
                return items.getFirst();
            }
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
        }
        throw new AssertionError("No delivery of endpoint " + endpointId + " became " + status);
    }
}
