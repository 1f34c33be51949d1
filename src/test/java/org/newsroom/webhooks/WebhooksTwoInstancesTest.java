package org.newsroom.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.SecondInstance;
import org.newsroom.support.Staff;
import org.newsroom.support.TestStories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances on one database, both fanning out and both sending, as behind a load balancer: every event reaches the
 * endpoint exactly once.
 */
@IntegrationTest
class WebhooksTwoInstancesTest {

    static final int STORIES = 20;

    @Autowired
    DataSource dataSource;

    @Autowired
    WebhookEndpoints endpoints;

    @Autowired
    TestStories stories;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachEventIsDeliveredOnceThoughTwoInstancesDeliver() throws Exception {
        HikariDataSource database = dataSource.unwrap(HikariDataSource.class);
        Actor admin = staff.create(StaffRole.ADMIN).actor();
        try (WebhookReceiver receiver = WebhookReceiver.start();
                SecondInstance second = SecondInstance.run(
                        "--spring.datasource.url=" + database.getJdbcUrl(),
                        "--spring.datasource.username=" + database.getUsername(),
                        "--spring.datasource.password="
                                + (database.getPassword() == null ? "" : database.getPassword()),
                        "--spring.datasource.hikari.maximum-pool-size=4",
                        "--server.port=0",
                        "--management.server.port=0",
                        "--newsroom.embedded-database.enabled=false",
                        "--newsroom.demo-content=false",
                        "--newsroom.scheduler.enabled=false",
                        "--newsroom.media.dir=target/test-media",
                        "--newsroom.webhooks.allowed-networks=127.0.0.0/8",
                        "--newsroom.webhooks.secret-key=" + IntegrationTest.WEBHOOK_SECRET_KEY,
                        // It looks often, so that both instances race for the same events and deliveries.
                        "--newsroom.webhooks.poll-interval=100ms")) {
            assertThat(second.bean(WebhookDispatcher.class).isRunning()).isTrue();
            CreatedEndpoint endpoint = endpoints.create(
                    new NewEndpoint(
                            receiver.url(),
                            "two instances",
                            Set.of(WebhookEventType.ARTICLE_PUBLISHED),
                            PayloadKind.THIN),
                    admin);

            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < STORIES; i++) {
                ids.add(stories.story("Webhooks: two instances " + i).publishedAt(stories.newest()));
            }

            Set<String> bodies = new HashSet<>();
            while (bodies.size() < STORIES) {
                WebhookReceiver.Received request = receiver.next(r -> true, Duration.ofSeconds(60));
                assertThat(request)
                        .as("delivery %d of %d", bodies.size() + 1, STORIES)
                        .isNotNull();
                bodies.add(request.body());
            }
            // Every delivery recorded as done: nothing is left that could still arrive a second time.
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (pendingOf(endpoint.id()) > 0 && System.nanoTime() < deadline) {
                java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
            }
            assertThat(pendingOf(endpoint.id())).isZero();

            assertThat(receiver.all()).hasSize(STORIES);
            assertThat(receiver.all().stream().map(WebhookReceiver.Received::id).distinct())
                    .hasSize(STORIES);
            for (long id : ids) {
                assertThat(bodies).anyMatch(body -> body.contains("\"id\":" + id + "}"));
            }
            assertThat(jdbc.sql("select count(*) from webhook_deliveries where endpoint_id = :id")
                            .param("id", endpoint.id())
                            .query(Long.class)
                            .single())
                    .isEqualTo(STORIES);
            endpoints.delete(endpoint.id(), admin);
        }
    }

    private long pendingOf(long endpointId) {
        return jdbc.sql("select count(*) from webhook_deliveries where endpoint_id = :id and status <> 'succeeded'")
                .param("id", endpointId)
                .query(Long.class)
                .single();
    }
}
