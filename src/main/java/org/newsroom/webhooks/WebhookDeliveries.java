package org.newsroom.webhooks;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.newsroom.distribution.ChangeCursor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The deliveries table and the fan-out's cursor. Times are the database's ({@code now()}), so that every instance
 * schedules by the same clock. Callers own the transactions.
 */
@Component
class WebhookDeliveries {

    static final int LOG_PAGE = 25;

    private final JdbcClient jdbc;
    private final SecretCipher cipher;

    WebhookDeliveries(JdbcClient jdbc, WebhookProperties properties) {
        this.jdbc = jdbc;
        this.cipher = new SecretCipher(properties);
    }

    /** A delivery to make: {@code eventKey} is the change's place in the feed, {@code null} for a replay or a test. */
    record NewDelivery(long endpointId, String messageId, String eventType, String eventKey, String payload) {}

    /** A delivery claimed for sending, with what sending it takes. */
    record Claimed(
            long id,
            long endpointId,
            String messageId,
            String payload,
            int attempts,
            String url,
            String secret,
            String previousSecret) {

        List<String> secrets() {
            return previousSecret == null ? List.of(secret) : List.of(secret, previousSecret);
        }

        /** Whether this instance could read the secret (see {@link SecretCipher}). */
        boolean signable() {
            return secret != null;
        }
    }

    /** An enabled endpoint, as the fan-out matches events against it. */
    record Target(long id, List<String> eventTypes, PayloadKind payload, Instant createdAt) {}

    ChangeCursor cursor() {
        return jdbc.sql("select txid, event_id from webhook_feed_cursor where id = 1")
                .query((rs, n) -> new ChangeCursor(rs.getLong("txid"), rs.getLong("event_id")))
                .single();
    }

    /** The cursor, locked until the caller's transaction ends: the one fan-out that may move it meanwhile. */
    ChangeCursor lockCursor() {
        return jdbc.sql("select txid, event_id from webhook_feed_cursor where id = 1 for update")
                .query((rs, n) -> new ChangeCursor(rs.getLong("txid"), rs.getLong("event_id")))
                .single();
    }

    void moveCursor(ChangeCursor to) {
        jdbc.sql("update webhook_feed_cursor set txid = :txid, event_id = :id where id = 1")
                .param("txid", to.txid())
                .param("id", to.id())
                .update();
    }

    List<Target> enabledTargets() {
        return jdbc.sql("select id, event_types, payload, created_at from webhook_endpoints where enabled")
                .query((rs, n) -> new Target(
                        rs.getLong("id"),
                        texts(rs.getArray("event_types")),
                        PayloadKind.valueOf(rs.getString("payload").toUpperCase(java.util.Locale.ROOT)),
                        instant(rs, "created_at")))
                .list();
    }

    /** Inserts the deliveries, due now; one the fan-out made already (same endpoint and event) is left as it is. */
    long insert(NewDelivery delivery) {
        return jdbc.sql("""
                        insert into webhook_deliveries (endpoint_id, message_id, event_type, event_key, payload,
                                                        next_attempt_at)
                        values (:endpoint, :message, :type, :key, :payload, now())
                        on conflict (endpoint_id, event_key) do nothing
                        returning id
                        """)
                .param("endpoint", delivery.endpointId())
                .param("message", delivery.messageId())
                .param("type", delivery.eventType())
                .param("key", delivery.eventKey())
                .param("payload", delivery.payload())
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    /**
     * Takes up to {@code limit} deliveries that are due (or whose sender's lease ran out), of enabled endpoints, for
     * this instance: each is counted as an attempt and leased for {@code lease}, and no other instance takes it
     * meanwhile ({@code skip locked} while claiming, the lease after). No transaction stays open while sending.
     */
    List<Claimed> claim(int limit, Duration lease) {
        return jdbc.sql("""
                        update webhook_deliveries d
                        set status = 'sending', attempts = d.attempts + 1, last_attempt_at = now(),
                            lease_until = now() + make_interval(secs => :lease)
                        from (select d2.id
                              from webhook_deliveries d2
                              join webhook_endpoints e2 on e2.id = d2.endpoint_id
                              where e2.enabled
                                and ((d2.status = 'pending' and d2.next_attempt_at <= now())
                                     or (d2.status = 'sending' and d2.lease_until < now()))
                              order by d2.next_attempt_at, d2.id
                              limit :limit
                              for update of d2 skip locked) due,
                             webhook_endpoints e
                        where d.id = due.id and e.id = d.endpoint_id
                        returning d.id, d.endpoint_id, d.message_id, d.payload, d.attempts, e.url, e.secret,
                                  case when e.previous_secret_until > now() then e.previous_secret end as previous
                        """)
                .param("limit", limit)
                .param("lease", (double) lease.toMillis() / 1000)
                .query((rs, n) -> new Claimed(
                        rs.getLong("id"),
                        rs.getLong("endpoint_id"),
                        rs.getString("message_id"),
                        rs.getString("payload"),
                        rs.getInt("attempts"),
                        rs.getString("url"),
                        readable(rs.getString("secret")),
                        readable(rs.getString("previous"))))
                .list();
    }

    /** The secret, or {@code null} if this instance cannot decrypt it: that delivery then fails, and others go on. */
    private String readable(String stored) {
        try {
            return cipher.open(stored);
        } catch (IllegalStateException e) {
            return null;
        }
    }

    void succeeded(long id, int statusCode, long durationMs) {
        finish(id, "succeeded", statusCode, null, durationMs, null);
    }

    void failed(long id, Integer statusCode, String error, long durationMs) {
        finish(id, "failed", statusCode, error, durationMs, null);
    }

    void retry(long id, Integer statusCode, String error, long durationMs, Duration wait) {
        finish(id, "pending", statusCode, error, durationMs, wait);
    }

    private void finish(long id, String status, Integer statusCode, String error, long durationMs, Duration wait) {
        jdbc.sql("""
                        update webhook_deliveries
                        set status = :status, last_status_code = :code, last_error = :error,
                            last_duration_ms = :duration, lease_until = null,
                            next_attempt_at = case when cast(:wait as double precision) is null then null
                                                   else now() + make_interval(secs => cast(:wait as double precision))
                                              end
                        where id = :id and status = 'sending'
                        """)
                .param("id", id)
                .param("status", status)
                .param("code", statusCode)
                .param("error", error == null ? null : error.length() > 500 ? error.substring(0, 500) : error)
                .param("duration", (int) Math.min(durationMs, Integer.MAX_VALUE))
                .param("wait", wait == null ? null : (double) wait.toMillis() / 1000)
                .update();
    }

    /**
     * How long until the next delivery of an enabled endpoint falls due, or a lease runs out, by the database's clock
     * (zero if one is due already); empty when none waits.
     */
    Optional<Duration> untilNextDue() {
        return jdbc.sql("""
                        select greatest(0, extract(epoch from
                                   min(case when d.status = 'pending' then d.next_attempt_at else d.lease_until end)
                                   - now())) * 1000
                        from webhook_deliveries d
                        join webhook_endpoints e on e.id = d.endpoint_id
                        where e.enabled and d.status in ('pending', 'sending')
                        """)
                .query((rs, n) -> {
                    java.math.BigDecimal millis = rs.getBigDecimal(1);
                    return Optional.ofNullable(millis).map(m -> Duration.ofMillis(m.longValue()));
                })
                .single();
    }

    Optional<NewDelivery> find(long endpointId, long deliveryId) {
        return jdbc.sql("""
                        select endpoint_id, message_id, event_type, payload from webhook_deliveries
                        where id = :id and endpoint_id = :endpoint
                        """)
                .param("id", deliveryId)
                .param("endpoint", endpointId)
                .query((rs, n) -> new NewDelivery(
                        rs.getLong("endpoint_id"),
                        rs.getString("message_id"),
                        rs.getString("event_type"),
                        null,
                        rs.getString("payload")))
                .optional();
    }

    /** An endpoint's log, newest first, a page at a time before the delivery {@code olderThan} (or from the newest). */
    DeliveryPage page(long endpointId, Long olderThan) {
        List<DeliveryView> rows = jdbc.sql("""
                        select * from webhook_deliveries
                        where endpoint_id = :endpoint and (cast(:before as bigint) is null or id < :before)
                        order by id desc
                        limit :limit
                        """)
                .param("endpoint", endpointId)
                .param("before", olderThan)
                .param("limit", LOG_PAGE + 1)
                .query((rs, n) -> new DeliveryView(
                        rs.getLong("id"),
                        rs.getString("message_id"),
                        rs.getString("event_type"),
                        rs.getString("status"),
                        rs.getInt("attempts"),
                        instant(rs, "created_at"),
                        instant(rs, "last_attempt_at"),
                        (Integer) rs.getObject("last_duration_ms"),
                        (Integer) rs.getObject("last_status_code"),
                        rs.getString("last_error"),
                        "pending".equals(rs.getString("status")) ? instant(rs, "next_attempt_at") : null))
                .list();
        if (rows.size() > LOG_PAGE) {
            List<DeliveryView> shown = rows.subList(0, LOG_PAGE);
            return new DeliveryPage(List.copyOf(shown), shown.getLast().id());
        }
        return new DeliveryPage(rows, null);
    }

    static List<String> texts(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(Object::toString).toList();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
