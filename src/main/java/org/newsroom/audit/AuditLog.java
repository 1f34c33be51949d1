package org.newsroom.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log. Entries are only ever inserted: the table refuses updates and deletes (a trigger), so the record
 * cannot be rewritten after the fact, even by the application.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an action as part of the caller's transaction: if the action rolls back, so does its entry. */
    @Transactional
    public void record(AuditEvent event) {
        jdbc.sql("""
                        insert into audit_log
                            (occurred_at, actor_id, actor_name, action, article_id, subject, detail, client_address)
                        values (:at, :actorId, :actorName, :action, :articleId, :subject, :detail, :address)
                        """)
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("actorId", event.actorId())
                .param("actorName", truncate(event.actorName(), 254))
                .param("action", event.action().name())
                .param("articleId", event.articleId())
                .param("subject", truncate(event.subject(), 400))
                .param("detail", truncate(event.detail(), 1000))
                .param("address", truncate(event.clientAddress(), 100))
                .update();
    }

    /** Records an action that must stay recorded whatever happens to the caller's transaction (failed sign-ins). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordIndependently(AuditEvent event) {
        // A call on this object skips record()'s @Transactional, which would only join this new transaction anyway.
        record(event);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditQuery query, ZoneId zone) {
        return jdbc.sql("select * from audit_log " + WHERE
                        + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(parameters(query, zone))
                .param("limit", AuditQuery.PAGE_SIZE + 1)
                .param("offset", (query.page() - 1) * AuditQuery.PAGE_SIZE)
                .query((rs, n) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        (Long) rs.getObject("actor_id"),
                        rs.getString("actor_name"),
                        AuditAction.valueOf(rs.getString("action")),
                        (Long) rs.getObject("article_id"),
                        rs.getString("subject"),
                        rs.getString("detail"),
                        rs.getString("client_address")))
                .list();
    }

    private static final String WHERE = """
            where (cast(:action as text) is null or action = :action)
              and (cast(:actor as text) is null or strpos(lower(actor_name), lower(cast(:actor as text))) > 0)
              and (cast(:article as bigint) is null or article_id = :article)
              and (cast(:from as timestamptz) is null or occurred_at >= :from)
              and (cast(:to as timestamptz) is null or occurred_at < :to)
            """;

    private static java.util.Map<String, Object> parameters(AuditQuery query, ZoneId zone) {
        var map = new java.util.HashMap<String, Object>();
        map.put("action", query.action() == null ? null : query.action().name());
        map.put("actor", query.actor());
        map.put("article", query.articleId());
        map.put(
                "from",
                query.from() == null ? null : query.from().atStartOfDay(zone).toOffsetDateTime());
        map.put(
                "to",
                query.to() == null
                        ? null
                        : query.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        return map;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
