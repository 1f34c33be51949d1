package org.newsroom.frontpage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsroom.platform.DueTimer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The frontpage module's SQL, over its own tables only (V30): fronts, their working slots, and the revisions with
 * their slots. Every read a reader's page makes is one query by primary key.
 */
@Component
class FrontStore {

    /** The live arrangement of a front: its revision's slots in order, and when it went out. */
    record Live(Long revisionId, Instant publishedAt, List<FrontSlot> slots) {
        static final Live NONE = new Live(null, null, List.of());
    }

    /** A scheduled arrangement whose time has come, taken by this instance. */
    record Due(long revisionId, FrontKey front, Long createdBy, String createdByName) {}

    private static final String REVISION_COLUMNS = """
            r.id, r.front_key, r.created_at, r.created_by_name, r.scheduled_for, r.published_at, r.cancelled_at,
            r.schedule_error, r.restored_from,
            (select count(*) from front_revision_slots s where s.revision_id = r.id) as slot_count,
            exists (select 1 from fronts f where f.live_revision_id = r.id) as live
            """;

    private final JdbcClient jdbc;

    FrontStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Live live(FrontKey front) {
        List<FrontSlot> slots = new ArrayList<>();
        Live[] live = {Live.NONE};
        jdbc.sql("""
                        select r.id, r.published_at, s.article_id, s.headline, s.deck, s.image_id
                        from fronts f
                        join front_revisions r on r.id = f.live_revision_id
                        left join front_revision_slots s on s.revision_id = r.id
                        where f.front_key = :key
                        order by s.position
                        """).param("key", front.stored()).query(rs -> {
            if (live[0].revisionId() == null) {
                live[0] = new Live(rs.getLong("id"), instant(rs, "published_at"), slots);
            }
            if (rs.getObject("article_id") != null) {
                slots.add(slot(rs));
            }
        });
        return live[0].revisionId() == null ? Live.NONE : live[0];
    }

    /** The working copy's slots, or empty if editors never touched this front. */
    Optional<List<FrontSlot>> working(FrontKey front) {
        boolean exists = jdbc.sql("select exists (select 1 from fronts where front_key = :key)")
                .param("key", front.stored())
                .query(Boolean.class)
                .single();
        if (!exists) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("select article_id, headline, deck, image_id from front_working_slots"
                        + " where front_key = :key order by position")
                .param("key", front.stored())
                .query((rs, n) -> slot(rs))
                .list());
    }

    /** Who last changed the working copy, and when; empty if nobody did. */
    Optional<String> lastEdit(FrontKey front) {
        return jdbc.sql("select modified_by_name from fronts where front_key = :key")
                .param("key", front.stored())
                .query(String.class)
                .optional();
    }

    void saveWorking(FrontKey front, List<FrontSlot> slots, String by, Instant at) {
        jdbc.sql("""
                        insert into fronts (front_key, modified_at, modified_by_name) values (:key, :at, :by)
                        on conflict (front_key) do update set modified_at = excluded.modified_at,
                                                              modified_by_name = excluded.modified_by_name
                        """)
                .param("key", front.stored())
                .param("at", utc(at))
                .param("by", by)
                .update();
        jdbc.sql("delete from front_working_slots where front_key = :key")
                .param("key", front.stored())
                .update();
        insertSlots("front_working_slots", "front_key", front.stored(), slots);
    }

    long insertRevision(
            FrontKey front,
            List<FrontSlot> slots,
            Long by,
            String byName,
            Instant at,
            Instant scheduledFor,
            Long from) {
        long id = jdbc.sql("""
                        insert into front_revisions
                            (front_key, created_at, created_by, created_by_name, scheduled_for, restored_from)
                        values (:key, :at, :by, :byName, :scheduledFor, :from)
                        returning id
                        """)
                .param("key", front.stored())
                .param("at", utc(at))
                .param("by", by)
                .param("byName", byName)
                .param("scheduledFor", scheduledFor == null ? null : utc(scheduledFor))
                .param("from", from)
                .query(Long.class)
                .single();
        insertSlots("front_revision_slots", "revision_id", id, slots);
        if (scheduledFor != null) {
            scheduleChanged();
        }
        return id;
    }

    /** Makes a revision the front's live arrangement, as of {@code at}. */
    void makeLive(FrontKey front, long revisionId, Instant at) {
        jdbc.sql("update front_revisions set published_at = :at where id = :id")
                .param("at", utc(at))
                .param("id", revisionId)
                .update();
        jdbc.sql("""
                        insert into fronts (front_key, live_revision_id, modified_at) values (:key, :id, :at)
                        on conflict (front_key) do update set live_revision_id = excluded.live_revision_id
                        """)
                .param("key", front.stored())
                .param("id", revisionId)
                .param("at", utc(at))
                .update();
    }

    List<FrontRevision> revisions(FrontKey front, int limit) {
        return jdbc.sql("select " + REVISION_COLUMNS
                        + " from front_revisions r where r.front_key = :key order by r.id desc limit :limit")
                .param("key", front.stored())
                .param("limit", limit)
                .query((rs, n) -> revision(rs))
                .list();
    }

    Optional<FrontRevision> revision(long id) {
        return jdbc.sql("select " + REVISION_COLUMNS + " from front_revisions r where r.id = :id")
                .param("id", id)
                .query((rs, n) -> revision(rs))
                .optional();
    }

    List<FrontSlot> revisionSlots(long id) {
        return jdbc.sql("select article_id, headline, deck, image_id from front_revision_slots"
                        + " where revision_id = :id order by position")
                .param("id", id)
                .query((rs, n) -> slot(rs))
                .list();
    }

    /** Cancels a scheduled arrangement that has not gone out; {@code false} if there was none to cancel. */
    boolean cancel(long id, Instant at) {
        boolean cancelled = jdbc.sql("update front_revisions set cancelled_at = :at"
                                + " where id = :id and published_at is null and cancelled_at is null"
                                + " and scheduled_for is not null")
                        .param("at", utc(at))
                        .param("id", id)
                        .update()
                > 0;
        if (cancelled) {
            scheduleChanged();
        }
        return cancelled;
    }

    /** When the earliest arrangement waiting to go out is due, which may have passed; empty when none waits. */
    Optional<Instant> earliestDue() {
        return jdbc.sql("""
                        select min(scheduled_for) as due from front_revisions
                        where scheduled_for is not null and published_at is null and cancelled_at is null
                          and schedule_error is null
                        """)
                .query((rs, n) -> Optional.ofNullable(instant(rs, "due")))
                .single();
    }

    /**
     * The first scheduled arrangement due by {@code now}, locked for this transaction: another instance's scheduler
     * skips it meanwhile, and finds it gone out once this transaction commits, so that it goes out once.
     */
    Optional<Due> nextDue(Instant now) {
        return jdbc.sql("""
                        select id, front_key, created_by, created_by_name from front_revisions
                        where scheduled_for <= :now and published_at is null and cancelled_at is null
                          and schedule_error is null
                        order by scheduled_for, id
                        limit 1 for update skip locked
                        """)
                .param("now", utc(now))
                .query((rs, n) -> new Due(
                        rs.getLong("id"),
                        FrontKey.ofStored(rs.getString("front_key")),
                        (Long) rs.getObject("created_by"),
                        rs.getString("created_by_name")))
                .optional();
    }

    void scheduleFailed(long id, String error) {
        jdbc.sql("update front_revisions set schedule_error = :error where id = :id")
                .param("error", error.length() > 500 ? error.substring(0, 500) : error)
                .param("id", id)
                .update();
        scheduleChanged();
    }

    /**
     * Tells every instance's {@link DueTimer}, when the transaction commits, that a schedule was set, cancelled or
     * failed, as the stories' triggers (V35) do for theirs. Said here rather than by a trigger, which would want a
     * migration of its own; a schedule that is carried out needs no word, as the timer looks again after each run.
     */
    private void scheduleChanged() {
        jdbc.sql("select pg_notify(:channel, 'front_revisions')")
                .param("channel", DueTimer.CHANNEL)
                .query((rs, n) -> n)
                .list();
    }

    /**
     * Tells every instance's page cache and the CDN, when the transaction commits, that the page this front is shown
     * on changed: its surrogate key ({@code front}, or the section's) joins the transaction's change keys (V33's
     * {@code newsroom_change}), which are notified and queued for purging at commit.
     */
    void notifyChanged(String surrogateKey) {
        jdbc.sql("select newsroom_change(array[:key], false)")
                .param("key", surrogateKey)
                .query((rs, n) -> 0)
                .list();
    }

    private void insertSlots(String table, String keyColumn, Object key, List<FrontSlot> slots) {
        for (int position = 0; position < slots.size(); position++) {
            FrontSlot slot = slots.get(position);
            jdbc.sql("insert into " + table + " (" + keyColumn
                            + ", position, article_id, headline, deck, image_id)"
                            + " values (:key, :position, :article, :headline, :deck, :image)")
                    .param("key", key)
                    .param("position", position)
                    .param("article", slot.articleId())
                    .param("headline", slot.headline())
                    .param("deck", slot.deck())
                    .param("image", slot.imageId())
                    .update();
        }
    }

    private static FrontSlot slot(ResultSet rs) throws SQLException {
        return new FrontSlot(rs.getLong("article_id"), rs.getString("headline"), rs.getString("deck"), (Long)
                rs.getObject("image_id"));
    }

    private static FrontRevision revision(ResultSet rs) throws SQLException {
        return new FrontRevision(
                rs.getLong("id"),
                FrontKey.ofStored(rs.getString("front_key")),
                instant(rs, "created_at"),
                rs.getString("created_by_name"),
                instant(rs, "scheduled_for"),
                instant(rs, "published_at"),
                instant(rs, "cancelled_at"),
                rs.getString("schedule_error"),
                (Long) rs.getObject("restored_from"),
                rs.getInt("slot_count"),
                rs.getBoolean("live"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
