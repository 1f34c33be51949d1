package org.newsroom.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.newsroom.audit.AuditAction;
import org.newsroom.audit.AuditEvent;
import org.newsroom.audit.AuditLog;
import org.newsroom.staff.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys: made by admins, shown once, kept only as their SHA-256 (a key is 32 random bytes, so a plain hash is
 * enough: there is nothing to guess), revocable, with their use per day and their last use. Making and revoking a key
 * are in the audit log, by the key's id, name, scope and visible prefix, never its token.
 */
@Service
public class ApiKeys {

    static final String PREFIX = "nrk_";
    private static final int DAYS_SHOWN = 7;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    ApiKeys(JdbcClient jdbc, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** A key just made: the only time its token is known. */
    public record CreatedKey(long id, String name, ApiKeyScope scope, String token) {}

    /** A key as the admin screen lists it. */
    public record KeySummary(
            long id,
            String name,
            ApiKeyScope scope,
            String prefix,
            Instant createdAt,
            Instant revokedAt,
            Instant lastUsedAt,
            long requestsToday,
            List<DayUse> recentDays) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    public record DayUse(LocalDate day, long requests) {}

    /** A key that a request presented and that is in force. */
    record ActiveKey(long id, ApiKeyScope scope) {}

    @Transactional
    public CreatedKey create(String name, ApiKeyScope scope, Actor by) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String prefix = token.substring(0, PREFIX.length() + 4);
        long id = jdbc.sql("""
                        insert into api_keys (name, scope, token_hash, token_prefix, created_at, created_by)
                        values (:name, :scope, :hash, :prefix, :now, :by)
                        returning id
                        """)
                .param("name", name.strip())
                .param("scope", scope.name())
                .param("hash", hash(token))
                .param("prefix", prefix)
                .param("now", Timestamp.from(clock.instant()))
                .param("by", by.id())
                .query(Long.class)
                .single();
        audit.record(AuditEvent.of(AuditAction.API_KEY_CREATED)
                .by(by.id(), by.name())
                .subject(name.strip())
                .detail(describe(id, scope.name(), prefix)));
        return new CreatedKey(id, name.strip(), scope, token);
    }

    /** Revokes a key in force; false when there is none by that id (or it was revoked already). */
    @Transactional
    public boolean revoke(long id, Actor by) {
        record Revoked(String name, String scope, String prefix) {}
        Optional<Revoked> revoked = jdbc.sql("""
                        update api_keys set revoked_at = :now where id = :id and revoked_at is null
                        returning name, scope, token_prefix
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .query((rs, n) ->
                        new Revoked(rs.getString("name"), rs.getString("scope"), rs.getString("token_prefix")))
                .optional();
        revoked.ifPresent(key -> audit.record(AuditEvent.of(AuditAction.API_KEY_REVOKED)
                .by(by.id(), by.name())
                .subject(key.name())
                .detail(describe(id, key.scope(), key.prefix()))));
        return revoked.isPresent();
    }

    /** What the audit log says of a key: enough to tell which, nothing to use it with. */
    private static String describe(long id, String scope, String prefix) {
        return "Key " + id + ", " + scope.toLowerCase(java.util.Locale.ROOT) + " scope, " + prefix + "…";
    }

    @Transactional(readOnly = true)
    public List<KeySummary> list() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var days = jdbc.sql("""
                        select key_id, day, requests from api_key_usage
                        where day > :since order by day desc
                        """)
                .param("since", today.minusDays(DAYS_SHOWN))
                .query((rs, n) -> java.util.Map.entry(
                        rs.getLong("key_id"), new DayUse(rs.getObject("day", LocalDate.class), rs.getLong("requests"))))
                .list();
        return jdbc.sql("""
                        select id, name, scope, token_prefix, created_at, revoked_at, last_used_at
                        from api_keys order by revoked_at is not null, created_at desc, id desc
                        """)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    List<DayUse> recent = days.stream()
                            .filter(e -> e.getKey() == id)
                            .map(java.util.Map.Entry::getValue)
                            .toList();
                    return new KeySummary(
                            id,
                            rs.getString("name"),
                            ApiKeyScope.valueOf(rs.getString("scope")),
                            rs.getString("token_prefix"),
                            instant(rs.getTimestamp("created_at")),
                            instant(rs.getTimestamp("revoked_at")),
                            instant(rs.getTimestamp("last_used_at")),
                            recent.stream()
                                    .filter(u -> u.day().equals(today))
                                    .mapToLong(DayUse::requests)
                                    .sum(),
                            recent);
                })
                .list();
    }

    /** The key with this token, unless it is unknown or revoked. */
    Optional<ActiveKey> find(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("select id, scope from api_keys where token_hash = :hash and revoked_at is null")
                .param("hash", hash(token))
                .query((rs, n) -> new ActiveKey(rs.getLong("id"), ApiKeyScope.valueOf(rs.getString("scope"))))
                .optional();
    }

    /** Counts one request of this key today, and notes its last use. */
    void recordUse(long keyId) {
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into api_key_usage (key_id, day, requests) values (:id, :day, 1)
                        on conflict (key_id, day) do update set requests = api_key_usage.requests + 1
                        """)
                .param("id", keyId)
                .param("day", LocalDate.ofInstant(now, ZoneOffset.UTC))
                .update();
        jdbc.sql("update api_keys set last_used_at = :now where id = :id")
                .param("now", Timestamp.from(now))
                .param("id", keyId)
                .update();
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
