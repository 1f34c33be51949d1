package org.newsroom.live;

import static org.newsroom.live.LiveRows.VISIBLE;
import static org.newsroom.live.LiveRows.instant;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsroom.article.ArticleService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers see of live coverage: a story's page of entries, the changes an open page must learn of, the entries
 * of the story's Atom entry. Drafts and deleted entries are never in it ({@link LiveRows#VISIBLE}); callers have
 * checked that the story is public.
 */
@Service
public class LiveReading {

    private final JdbcClient jdbc;
    private final LiveRows rows;
    private final ArticleService articles;
    private final LiveProperties settings;

    LiveReading(JdbcClient jdbc, LiveRows rows, ArticleService articles, LiveProperties settings) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.articles = articles;
        this.settings = settings;
    }

    /**
     * The coverage of a story for its page, or empty when the story was never live. The caller has checked that the
     * story is published. {@code before} is the "Older updates" keyset (an entry id); {@code entry} an entry the page
     * must show wherever it is (a permalink): its page of entries is the one that holds it.
     */
    @Transactional(readOnly = true)
    public Optional<LiveCoverage> coverage(long storyId, Long before, Long entry) {
        record Story(Instant startedAt, Instant endedAt, Long pinned, long change) {}
        Optional<Story> story = jdbc.sql("""
                        select started_at, ended_at, pinned_entry_id,
                               greatest(s.change_seq, (select max(change_seq) from live_entries e
                                                       where e.article_id = s.article_id
                                                         and e.posted_at is not null)) as change
                        from live_stories s where article_id = :id
                        """)
                .param("id", storyId)
                .query((rs, n) -> new Story(
                        instant(rs, "started_at"),
                        instant(rs, "ended_at"),
                        (Long) rs.getObject("pinned_entry_id"),
                        rs.getLong("change")))
                .optional();
        if (story.isEmpty()) {
            return Optional.empty();
        }
        Story s = story.get();
        int size = settings.pageSize();
        Long from = before;
        boolean newest = before == null;
        if (entry != null && rows.visible(storyId, entry).isPresent()) {
            // The page of entries that holds this one: those from it back, with the newer ones of its page.
            from = jdbc.sql("""
                            select id from live_entries e
                            where article_id = :story and posted_at is not null and deleted_at is null
                              and (posted_at, id) > (select posted_at, id from live_entries where id = :entry)
                            order by posted_at, id limit 1 offset :skip
                            """)
                    .param("story", storyId)
                    .param("entry", entry)
                    .param("skip", size / 2 - 1)
                    .query(Long.class)
                    .optional()
                    .orElse(null);
            newest = from == null;
        }
        List<LiveEntry> page = olderThan(storyId, from, size + 1);
        Long older = page.size() > size ? page.get(size - 1).id() : null;
        List<LiveEntry> entries = page.size() > size ? page.subList(0, size) : page;
        List<LiveEntry> keyEvents = jdbc.sql(VISIBLE + " and key_event order by posted_at desc, id desc limit 50")
                .param("story", storyId)
                .query(rows::liveEntry)
                .list();
        LiveEntry pinned =
                s.pinned() == null ? null : rows.visible(storyId, s.pinned()).orElse(null);
        return Optional.of(new LiveCoverage(
                storyId, s.startedAt(), s.endedAt(), pinned, keyEvents, entries, older, s.change(), newest));
    }

    /**
     * Up to {@code limit} entries readers see, newest first, older than the entry {@code before} (a keyset; from the
     * newest when {@code null}).
     */
    @Transactional(readOnly = true)
    public List<LiveEntry> olderThan(long storyId, Long before, int limit) {
        return jdbc.sql(VISIBLE + """
                         and (cast(:before as bigint) is null
                              or (posted_at, id) < (select posted_at, id from live_entries where id = :before))
                        order by posted_at desc, id desc limit :limit
                        """)
                .param("story", storyId)
                .param("before", before)
                .param("limit", limit)
                .query(rows::liveEntry)
                .list();
    }

    /** An entry of this story that readers see: posted, not deleted. */
    @Transactional(readOnly = true)
    public Optional<LiveEntry> entry(long storyId, long entryId) {
        return rows.visible(storyId, entryId);
    }

    /** Whether readers see this story's coverage: it was made live and the story is published. */
    @Transactional(readOnly = true)
    public boolean isPublic(long storyId) {
        return articles.findPublishedPath(storyId).isPresent()
                && jdbc.sql("select count(*) from live_stories where article_id = :id")
                                .param("id", storyId)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    /**
     * What readers must learn of a story after change {@code after}: posted entries changed since (deleted ones
     * marked), the pinned entry and the end. Drafts are never in it.
     */
    @Transactional(readOnly = true)
    public LiveChanges changesSince(long storyId, long after, int limit) {
        List<LiveEntry> entries = jdbc.sql("""
                        select * from live_entries
                        where article_id = :story and posted_at is not null and change_seq > :after
                        order by change_seq limit :limit
                        """)
                .param("story", storyId)
                .param("after", after)
                .param("limit", limit)
                .query(rows::liveEntry)
                .list();
        record Story(Long pinned, Instant endedAt, long change) {}
        Story story = jdbc.sql("select pinned_entry_id, ended_at, change_seq from live_stories where article_id = :id")
                .param("id", storyId)
                .query((rs, n) -> new Story(
                        (Long) rs.getObject("pinned_entry_id"), instant(rs, "ended_at"), rs.getLong("change_seq")))
                .optional()
                .orElseThrow(() -> new LiveEntryNotFoundException("Not live"));
        long change = after;
        for (LiveEntry e : entries) {
            change = Math.max(change, e.change());
        }
        if (entries.size() < limit) {
            change = Math.max(change, story.change());
        }
        LiveEntry pinned = story.pinned() == null
                ? null
                : rows.visible(storyId, story.pinned()).orElse(null);
        return new LiveChanges(storyId, entries, pinned, story.endedAt(), change);
    }

    /** Entries the story's Atom entry lists as its updates, newest first. */
    @Transactional(readOnly = true)
    public List<LiveEntry> latestEntries(long storyId, int limit) {
        return olderThan(storyId, null, limit);
    }

    /**
     * Where these entries are: each one's story, and whether readers see it (posted, not deleted). Deleted entries are
     * here too, so that a tombstone of the changes feed can name its story; drafts are not.
     */
    @Transactional(readOnly = true)
    public Map<Long, EntryPlace> places(Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, EntryPlace> places = new HashMap<>();
        jdbc.sql("""
                        select id, article_id, deleted_at is null as visible from live_entries
                        where id in (:ids) and posted_at is not null
                        """).param("ids", entryIds).query(rs -> {
            places.put(rs.getLong("id"), new EntryPlace(rs.getLong("article_id"), rs.getBoolean("visible")));
        });
        return places;
    }

    /** An entry's story, and whether readers see the entry. */
    public record EntryPlace(long storyId, boolean visible) {}

    /**
     * When a story's coverage started and ended ({@code null} while it runs) and its pinned entry, or empty if it was
     * never live.
     */
    @Transactional(readOnly = true)
    public Optional<Span> span(long storyId) {
        return jdbc.sql("select started_at, ended_at, pinned_entry_id from live_stories where article_id = :id")
                .param("id", storyId)
                .query((rs, n) -> new Span(
                        instant(rs, "started_at"), instant(rs, "ended_at"), (Long) rs.getObject("pinned_entry_id")))
                .optional();
    }

    /** The time of a story's coverage, and the entry pinned to its top ({@code null} if none; never a draft). */
    public record Span(Instant startedAt, Instant endedAt, Long pinnedEntryId) {

        public boolean ended() {
            return endedAt != null;
        }
    }

    /** Of these stories, the ones made live (their coverage ended or not). */
    @Transactional(readOnly = true)
    public Set<Long> liveAmong(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select article_id from live_stories where article_id in (:ids)")
                .param("ids", ids)
                .query(Long.class)
                .list());
    }
}
