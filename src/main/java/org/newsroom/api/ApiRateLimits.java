package org.newsroom.api;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fixed-window rate limits in PostgreSQL, so that all instances count together: each request adds one to its client's
 * row for the current window with one upsert, and learns the count in the same statement. A window's rows are
 * deleted once it is over (by whichever instance first sees the next window).
 *
 * <p>The count is committed without waiting for the write-ahead log to reach the disk
 * ({@code synchronous_commit = off} for its own statement only): it is visible to every instance at once all the same,
 * and a crash of the database can only forget the last fraction of a second of counts, which a rate limit can afford.
 * Waiting for the flush cost 1.4-3.4 ms of every API request on the development machine, against 0.3-0.5 ms without
 * (pgbench of the upsert alone, one client, 2026-12-02): most of an uncached API answer's budget.
 */
@Component
class ApiRateLimits {

    /** What a request may do: go on, or wait {@code retryAfterSeconds}. */
    record Decision(boolean allowed, int limit, int remaining, long retryAfterSeconds) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApiProperties properties;
    private final AtomicLong cleanedBefore = new AtomicLong();

    ApiRateLimits(JdbcClient jdbc, Clock clock, ApiProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    Decision hit(String subject, int limit) {
        long windowMillis = properties.window().toMillis();
        long nowMillis = clock.millis();
        long start = nowMillis - Math.floorMod(nowMillis, windowMillis);
        if (cleanedBefore.getAndSet(start) != start) {
            jdbc.sql("delete from api_rate_windows where window_start < :start")
                    .param("start", Timestamp.from(Instant.ofEpochMilli(start)))
                    .update();
        }
        // One statement, its own transaction, whose commit does not wait for the flush: set_config(..., true) lasts for
        // the statement's transaction only. As fast as a transaction of its own with SET LOCAL, in one round trip.
        int count = jdbc.sql("""
                        insert into api_rate_windows (subject, window_start, requests)
                        select :subject, :start, 1 from (select set_config('synchronous_commit', 'off', true)) unflushed
                        on conflict (subject, window_start)
                        do update set requests = api_rate_windows.requests + 1
                        returning requests
                        """)
                .param("subject", subject)
                .param("start", Timestamp.from(Instant.ofEpochMilli(start)))
                .query(Integer.class)
                .single();
        long retryAfter = Math.max(1, (start + windowMillis - nowMillis + 999) / 1000);
        return new Decision(count <= limit, limit, Math.max(0, limit - count), retryAfter);
    }
}
