package org.newsroom.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.newsroom.article.ScheduledRuns;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, on the test suite's PostgreSQL, with the demo content seeded, a movable
 * clock and a {@code MockMvc} for the admin screens. Every test class with this annotation shares one application context: add
 * nothing per class that would change it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "newsroom.embedded-database.enabled=false",
            "newsroom.demo-content=true",
            // No scheduled publisher in the background: it would publish one test's stories while another looks. The
            // tests of scheduling run it themselves (ScheduledPublishingTest).
            "newsroom.scheduler.enabled=false",
            // Readers arriving at a page being rendered wait for that render, 5 s at most in production: long enough
            // on a loaded test machine too, so that the page cache's tests can count renders.
            "newsroom.page-cache.render-wait=1m",
            "newsroom.media.dir=target/test-media",
            // The actuator on a port of its own, as in production, but a free one.
            "management.server.port=0",
            // X-Forwarded-For from loopback (the tests' own clients) is believed, as from a trusted proxy in
            // production, so that a test sending it sees what a client behind such a proxy would.
            "server.forward-headers-strategy=native",
            // The content API's limit per address is out of the way of the tests that read the API; a public key's is
            // low, so that ApiKeysTest reaches it in a few requests.
            "newsroom.api.anonymous-limit=1000000",
            "newsroom.api.public-limit=3",
            // Webhooks may call the tests' local receivers on loopback, and nothing else internal; their retries come
            // within a second rather than within minutes, so that a test of retries waits for them.
            "newsroom.webhooks.allowed-networks=127.0.0.0/8",
            "newsroom.webhooks.retry-schedule=100ms,200ms,400ms",
            // The endpoints' secrets are stored encrypted, as with a key in production (WebhooksTest checks it).
            "newsroom.webhooks.secret-key=" + IntegrationTest.WEBHOOK_SECRET_KEY
        })
@AutoConfigureMockMvc
@Import({
    TestDatabaseConfiguration.class,
    TestSupportConfiguration.class,
    TestStories.class,
    Browserless.class,
    Staff.class,
    TestMedia.class,
    ScheduledRuns.class
})
public @interface IntegrationTest {

    /** The test suite's key for the webhook secrets: 32 bytes, in base64. */
    String WEBHOOK_SECRET_KEY = "dGVzdC1rZXktZm9yLXdlYmhvb2stc2VjcmV0cy0zMmI=";
}
