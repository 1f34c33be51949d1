package org.newsroom.distribution;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The purges still to be sent, in {@code cdn_purges}. The database's triggers write them in the transaction of the
 * change (V33), so that a change is never committed without its purge; here they are claimed, one instance at a time,
 * and taken off once the CDN has them.
 */
@Component
class PurgeQueue {

    /** A purge: the keys of one change (or {@code *}, everything), hard or soft, and how often it was tried. */
    record Purge(long id, List<String> keys, boolean hard, int attempts) {

        boolean everything() {
            return keys.contains("*");
        }
    }

    private final JdbcClient jdbc;

    PurgeQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims up to {@code limit} due purges, oldest first, for {@code lease}: rows another instance is claiming right
     * now are skipped, and a claimed row is not due again until the lease ends, so that an instance that dies while
     * sending leaves it to another.
     */
    @Transactional
    List<Purge> claim(int limit, Duration lease) {
        return jdbc
                .sql("""
                        update cdn_purges p
                        set next_attempt_at = now() + make_interval(secs => :lease)
                        from (select id from cdn_purges
                              where next_attempt_at <= now()
                              order by id
                              limit :limit
                              for update skip locked) due
                        where p.id = due.id
                        returning p.id, p.keys, p.hard, p.attempts
                        """)
                .param("lease", lease.toMillis() / 1000.0)
                .param("limit", limit)
                .query((rs, n) -> new Purge(
                        rs.getLong("id"),
                        Arrays.asList((String[]) rs.getArray("keys").getArray()),
                        rs.getBoolean("hard"),
                        rs.getInt("attempts")))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparingLong(Purge::id))
                .toList();
    }

    /**
     * The CDN took it: it is sent once more after {@code repeat} (zero: never), then it goes. Answers whether this was
     * its first sending.
     */
    @Transactional
    boolean sent(long id, Duration repeat) {
        if (!repeat.isZero()) {
            int first = jdbc.sql("""
                            update cdn_purges
                            set repeated = true, next_attempt_at = now() + make_interval(secs => :repeat)
                            where id = :id and not repeated
                            """)
                    .param("id", id)
                    .param("repeat", repeat.toMillis() / 1000.0)
                    .update();
            if (first == 1) {
                return true;
            }
            jdbc.sql("delete from cdn_purges where id = :id").param("id", id).update();
            return false;
        }
        jdbc.sql("delete from cdn_purges where id = :id").param("id", id).update();
        return true;
    }

    /** The CDN did not take it: tried again after {@code wait}. */
    @Transactional
    void failed(long id, String error, Duration wait) {
        jdbc.sql("""
                        update cdn_purges
                        set attempts = attempts + 1,
                            next_attempt_at = now() + make_interval(secs => :wait),
                            last_error = left(:error, 500)
                        where id = :id
                        """)
                .param("id", id)
                .param("wait", wait.toMillis() / 1000.0)
                .param("error", error == null ? "unknown error" : error)
                .update();
    }

    /** Without a CDN: drops what no instance sent for this long. */
    @Transactional
    void forget(Duration after) {
        jdbc.sql("delete from cdn_purges where created_at < now() - make_interval(secs => :after)")
                .param("after", (double) after.toSeconds())
                .update();
    }

    /** How many purges wait, sent or not yet due: for the health of the queue. */
    @Transactional(readOnly = true)
    long waiting() {
        return jdbc.sql("select count(*) from cdn_purges").query(Long.class).single();
    }
}
