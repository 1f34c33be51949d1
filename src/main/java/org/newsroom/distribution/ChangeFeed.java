package org.newsroom.distribution;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The changes feed: the events the database's triggers write in the transaction of each change ({@code change_events},
 * V42 and V43), a page at a time after a cursor. A consumer that polls with the cursor of its last event never misses
 * one and never gets one twice, even while transactions on several instances commit in another order than they began.
 *
 * <p>Why: an event's sequence number is taken when its statement runs, but the event is seen only when its transaction
 * commits, so a smaller number may appear after a larger one has been read. The feed therefore lists only the events of
 * transactions that are all over: those whose transaction id is below the <em>horizon</em>, the oldest transaction of
 * this database still running (or, with none running, the next id to be given out). Every transaction below it has
 * committed or rolled back, so its events are final. An event that becomes visible later belongs to a transaction that
 * was running then, or began later: its transaction id is at least that horizon, above every event listed so far. So
 * events are listed in (transaction id, sequence number) order, and the cursor, the last of those pairs a consumer got,
 * only ever moves forwards over events that can no longer change.
 *
 * <p>The horizon is read in one statement and the events in the next: an event counted as final must be visible to the
 * statement that reads it, and it is, since its transaction ended before the horizon was read, hence before the
 * second statement's snapshot. (Read in one statement, the horizon could pass a transaction that committed after that
 * statement's own snapshot was taken, and its events would be skipped.) Both run outside any transaction, each its
 * own: hence no {@code @Transactional} here.
 */
@Service
public class ChangeFeed {

    public static final int MAX_PAGE_SIZE = 500;

    /**
     * The oldest transaction of this database still running. Not {@code pg_snapshot_xmin(pg_current_snapshot())}: a
     * snapshot's xmin is the oldest transaction of the whole server, so a long transaction in another database on the
     * same server (another application's, a report, a test suite's databases run side by side) would hold this feed
     * back for as long as it ran, though it can write no event here. The snapshot's running transactions are kept only
     * when a backend of this database holds them ({@code pg_stat_activity.backend_xid}, the low 32 bits of the same
     * transaction id). A transaction of this database that the snapshot lists and that is over by the time
     * {@code pg_stat_activity} is read is over before the next statement too, which is all the feed needs. (Any role
     * may read {@code backend_xid} of every session; a prepared transaction has no session, so those are added.)
     */
    private static final String HORIZON = """
            with snapshot as (select pg_current_snapshot() as s),
                 ours as (select backend_xid::text as xid
                          from pg_stat_activity
                          where datname = current_database() and backend_xid is not null
                          union all
                          select transaction::text from pg_prepared_xacts where database = current_database())
            select coalesce(
                       (select min(x::text::numeric)
                        from snapshot, pg_snapshot_xip(s) x
                        where (x::text::numeric % 4294967296)::text in (select xid from ours)),
                       (select pg_snapshot_xmax(s)::text::numeric from snapshot))::text
            """;

    private final JdbcClient jdbc;

    ChangeFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} events after the cursor, in the feed's order; none when nothing after it is final yet. */
    public List<ChangeEvent> after(ChangeCursor cursor, int limit) {
        // Inside a transaction, PostgreSQL would answer pg_stat_activity from what it read first in that transaction,
        // older than the snapshot of a later statement: the horizon could pass a transaction begun in between.
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("The changes feed is read outside any transaction");
        }
        String horizon = jdbc.sql(HORIZON).query(String.class).single();
        return jdbc.sql("""
                        select id, txid::text as txid, type, subject_id, occurred_at
                        from change_events
                        where txid < cast(:horizon as xid8)
                          and (txid, id) > (cast(:afterTxid as xid8), :afterId)
                        order by txid, id
                        limit :limit
                        """)
                .param("horizon", horizon)
                .param("afterTxid", Long.toString(cursor.txid()))
                .param("afterId", cursor.id())
                .param("limit", Math.clamp(limit, 1, MAX_PAGE_SIZE))
                .query((rs, n) -> new ChangeEvent(
                        new ChangeCursor(Long.parseLong(rs.getString("txid")), rs.getLong("id")),
                        rs.getString("type"),
                        rs.getLong("subject_id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
