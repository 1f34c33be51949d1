package org.newsroom.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * API keys: kept only as their hash, revocable, counted per day; each key has its own limit (a partner's higher), and
 * past it the answer is 429 with {@code Retry-After}. The limits are counted in PostgreSQL, so that two instances
 * share one count. The tests' public limit is 3 requests a minute ({@code IntegrationTest}).
 */
@IntegrationTest
class ApiKeysTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @Autowired
    ApiKeys keys;

    @Autowired
    ApiRateLimits limits;

    @Autowired
    ApiProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    Staff staff;

    @Autowired
    Environment environment;

    @Autowired
    JsonMapper json;

    HttpResponse<String> get(String path, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + environment.getRequiredProperty("local.server.port") + path))
                .timeout(Duration.ofMinutes(1));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aKeyIsKeptOnlyAsItsHashAndARevokedKeyIsRefused() {
        var created = keys.create(
                "Partner " + UUID.randomUUID(),
                ApiKeyScope.PARTNER,
                staff.create(StaffRole.ADMIN).actor());
        assertThat(created.token()).startsWith("nrk_").hasSizeGreaterThan(40);
        byte[] stored = jdbc.sql("select token_hash from api_keys where id = :id")
                .param("id", created.id())
                .query(byte[].class)
                .single();
        assertThat(stored).isEqualTo(ApiKeys.hash(created.token()));
        // Compared as bytes: a hash read as text fails on its first zero byte, which most tables of keys hold.
        assertThat(jdbc.sql("select count(*) from api_keys where position(convert_to(:t, 'UTF8') in token_hash) > 0")
                        .param("t", created.token().substring(4))
                        .query(Long.class)
                        .single())
                .isZero();

        HttpResponse<String> ok = get("/api/v1/sections", created.token());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("RateLimit-Limit")).hasValue(Integer.toString(properties.partnerLimit()));
        var listed = keys.list().stream()
                .filter(k -> k.id() == created.id())
                .findFirst()
                .orElseThrow();
        assertThat(listed.requestsToday()).isEqualTo(1);
        assertThat(listed.lastUsedAt()).isNotNull();

        assertThat(keys.revoke(created.id(), staff.create(StaffRole.ADMIN).actor()))
                .isTrue();
        HttpResponse<String> refused = get("/api/v1/sections", created.token());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(get("/api/v1/sections", "nrk_not-a-key").statusCode()).isEqualTo(401);
    }

    /**
     * Requests with a public key until the first 429. A fixed window may end between two requests, which starts the
     * count again: what must hold is that the 429 comes after exactly the limit's requests of its own window.
     */
    @Test
    void pastItsLimitAKeyGets429WithRetryAfter() {
        var created = keys.create(
                "Public " + UUID.randomUUID(),
                ApiKeyScope.PUBLIC,
                staff.create(StaffRole.ADMIN).actor());
        int limit = properties.publicLimit();
        int inWindow = 0;
        HttpResponse<String> answer = null;
        for (int i = 0; i < 3 * limit + 1; i++) {
            answer = get("/api/v1/sections", created.token());
            if (answer.statusCode() == 429) {
                break;
            }
            assertThat(answer.statusCode()).isEqualTo(200);
            int remaining = Integer.parseInt(
                    answer.headers().firstValue("RateLimit-Remaining").orElseThrow());
            inWindow = remaining == limit - 1 ? 1 : inWindow + 1;
        }
        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(inWindow).isEqualTo(limit);
        long retryAfter =
                Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, properties.window().toSeconds());
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(answer.body()).get("status").asInt()).isEqualTo(429);

        var partner = keys.create(
                "Partner " + UUID.randomUUID(),
                ApiKeyScope.PARTNER,
                staff.create(StaffRole.ADMIN).actor());
        assertThat(get("/api/v1/sections", partner.token()).statusCode()).isEqualTo(200);
    }

    /**
     * Two instances are two counters over one table: each one's requests count against the same limit. Both read one
     * fixed clock here, so that no window ends between the hits.
     */
    @Test
    void twoInstancesShareOneCount() {
        Clock now = Clock.fixed(clock.instant(), java.time.ZoneOffset.UTC);
        ApiRateLimits one = new ApiRateLimits(jdbc, now, properties);
        ApiRateLimits other = new ApiRateLimits(jdbc, now, properties);
        String subject = "address:test-" + UUID.randomUUID();
        java.util.List<Boolean> allowed = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            allowed.add((i % 2 == 0 ? one : other).hit(subject, 4).allowed());
        }
        assertThat(allowed).containsExactly(true, true, true, true, false, false);
        assertThat(jdbc.sql("select requests from api_rate_windows where subject = :s")
                        .param("s", subject)
                        .query(Integer.class)
                        .single())
                .isEqualTo(6);
    }
}
