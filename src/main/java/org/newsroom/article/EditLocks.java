package org.newsroom.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.newsroom.staff.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Soft locks on stories: the editor shows "Eda has been editing since 10:02" while someone else has the story open.
 * The lock lives as long as its holder's editor sends heartbeats; after {@link #EXPIRY} without one it is free.
 * Nobody is ever blocked: anyone may take over, and saving stays guarded by optimistic locking.
 */
@Service
public class EditLocks {

    public static final Duration EXPIRY = Duration.ofSeconds(60);

    private final JdbcClient jdbc;
    private final Clock clock;

    EditLocks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** This editor opens the story, or their editor's heartbeat says it is still open. */
    @Transactional
    public EditPresence heartbeat(long articleId, Actor actor) {
        Instant now = now();
        var current = jdbc.sql("""
                        select holder_id, holder_name, since, heartbeat_at, taken_from_id
                        from article_edit_locks where article_id = :id for update
                        """)
                .param("id", articleId)
                .query((rs, n) -> new Lock(
                        rs.getLong("holder_id"),
                        rs.getString("holder_name"),
                        rs.getObject("since", OffsetDateTime.class).toInstant(),
                        rs.getObject("heartbeat_at", OffsetDateTime.class).toInstant(),
                        (Long) rs.getObject("taken_from_id")))
                .optional();
        if (current.isPresent() && current.get().holderId() != actor.id() && fresh(current.get(), now)) {
            Lock other = current.get();
            boolean takenFromMe = Objects.equals(other.takenFromId(), actor.id());
            return new EditPresence(
                    takenFromMe ? EditPresence.TAKEN_OVER : EditPresence.OTHER, other.holderName(), other.since());
        }
        if (current.isPresent() && current.get().holderId() == actor.id()) {
            jdbc.sql("update article_edit_locks set heartbeat_at = :now where article_id = :id")
                    .param("now", at(now))
                    .param("id", articleId)
                    .update();
            return new EditPresence(
                    EditPresence.HELD, actor.name(), current.get().since(), now);
        }
        take(articleId, actor, now, null);
        return new EditPresence(EditPresence.HELD, actor.name(), now, now);
    }

    /** This editor takes the story over from whoever had it open; that person is told at their next heartbeat. */
    @Transactional
    public void takeOver(long articleId, Actor actor) {
        Long previous = jdbc.sql("select holder_id from article_edit_locks where article_id = :id for update")
                .param("id", articleId)
                .query(Long.class)
                .optional()
                .orElse(null);
        take(articleId, actor, now(), previous != null && previous != actor.id() ? previous : null);
    }

    /**
     * This editor closed the story. Only the hold that their page had is released ({@code since} says which): a page
     * that closes after its editor took the story over in a newer page must not release the newer hold.
     */
    @Transactional
    public void release(long articleId, Actor actor, Instant since) {
        jdbc.sql("""
                        delete from article_edit_locks
                        where article_id = :id and holder_id = :holder and since = :since
                        """)
                .param("id", articleId)
                .param("holder", actor.id())
                .param("since", at(since))
                .update();
    }

    /**
     * This editor's page closed (a beacon), having last heard of its hold at {@code lastBeat}. The hold goes only if
     * no heartbeat came since: the beacon of a page that is reloaded, or left for the editor again after a save, may
     * arrive after the next page has kept the hold, and that next page must not lose it (nor another open tab of the
     * same editor).
     */
    @Transactional
    public void release(long articleId, Actor actor, Instant since, Instant lastBeat) {
        jdbc.sql("""
                        delete from article_edit_locks
                        where article_id = :id and holder_id = :holder and since = :since and heartbeat_at <= :beat
                        """)
                .param("id", articleId)
                .param("holder", actor.id())
                .param("since", at(since))
                .param("beat", at(lastBeat))
                .update();
    }

    private void take(long articleId, Actor actor, Instant now, Long takenFrom) {
        jdbc.sql("""
                        insert into article_edit_locks
                            (article_id, holder_id, holder_name, since, heartbeat_at, taken_from_id, taken_from_name,
                             taken_at)
                        values (:id, :holder, :name, :now, :now, :takenFrom,
                                (select display_name from staff_names where id = :takenFrom),
                                case when cast(:takenFrom as bigint) is null then null else cast(:now as timestamptz) end)
                        on conflict (article_id) do update set
                            holder_id = excluded.holder_id, holder_name = excluded.holder_name,
                            since = excluded.since, heartbeat_at = excluded.heartbeat_at,
                            taken_from_id = excluded.taken_from_id, taken_from_name = excluded.taken_from_name,
                            taken_at = excluded.taken_at
                        """)
                .param("id", articleId)
                .param("holder", actor.id())
                .param("name", actor.name())
                .param("now", at(now))
                .param("takenFrom", takenFrom)
                .update();
    }

    /** PostgreSQL keeps microseconds: a time handed to a page must compare equal when it comes back. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static boolean fresh(Lock lock, Instant now) {
        return lock.heartbeatAt().plus(EXPIRY).isAfter(now);
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private record Lock(long holderId, String holderName, Instant since, Instant heartbeatAt, Long takenFromId) {}
}
