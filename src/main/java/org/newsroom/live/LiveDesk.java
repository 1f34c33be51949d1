package org.newsroom.live;

import static org.newsroom.live.LiveRows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsroom.article.ArticleService;
import org.newsroom.article.StoryState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the editors' live screens show: the live stories, a story's entries with its drafts, an entry's history. */
@Service
public class LiveDesk {

    private final JdbcClient jdbc;
    private final LiveRows rows;
    private final ArticleService articles;

    LiveDesk(JdbcClient jdbc, LiveRows rows, ArticleService articles) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.articles = articles;
    }

    private static final String SUMMARY = """
            select s.article_id, s.started_at, s.ended_at,
                   count(e.id) filter (where e.posted_at is not null and e.deleted_at is null) as entries,
                   count(e.id) filter (where e.posted_at is null and e.deleted_at is null) as drafts
            from live_stories s left join live_entries e on e.article_id = s.article_id
            """;

    @Transactional(readOnly = true)
    public List<LiveStorySummary> stories() {
        return jdbc.sql(SUMMARY + " group by s.article_id order by s.ended_at is not null, s.started_at desc")
                .query(LiveDesk::summary)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<LiveStorySummary> findStory(long storyId) {
        return jdbc.sql(SUMMARY + " where s.article_id = :id group by s.article_id")
                .param("id", storyId)
                .query(LiveDesk::summary)
                .optional();
    }

    /** The headlines of these stories, for the admin screens. */
    @Transactional(readOnly = true)
    public Map<Long, StoryState> states(Collection<Long> ids) {
        return articles.states(ids);
    }

    /** Every entry of a story not deleted, drafts first, then newest first: the editor's list. */
    @Transactional(readOnly = true)
    public List<EditableEntry> editableEntries(long storyId) {
        Long pinned = rows.pinnedOf(storyId);
        return jdbc.sql("""
                        select * from live_entries where article_id = :id and deleted_at is null
                        order by posted_at desc nulls first, id desc
                        """)
                .param("id", storyId)
                .query((rs, n) -> {
                    LiveRows.EntryRow row = LiveRows.entryRow(rs);
                    return new EditableEntry(
                            row.id(),
                            row.postedAt(),
                            instant(rs, "updated_at"),
                            row.title(),
                            row.bodyMarkdown(),
                            rs.getString("body_html"),
                            rs.getString("author_name"),
                            row.keyEvent(),
                            row.revision(),
                            pinned != null && pinned == row.id());
                })
                .list();
    }

    /** An entry as the editor shows it. */
    public record EditableEntry(
            long id,
            Instant postedAt,
            Instant updatedAt,
            String title,
            String bodyMarkdown,
            String bodyHtml,
            String author,
            boolean keyEvent,
            int revision,
            boolean pinned) {

        public boolean draft() {
            return postedAt == null;
        }
    }

    /** An entry's saved texts, newest first. */
    @Transactional(readOnly = true)
    public List<EntryRevision> revisions(long entryId) {
        return jdbc.sql("""
                        select revision, title, body_markdown, key_event, saved_at, saved_by
                        from live_entry_revisions where entry_id = :id order by revision desc
                        """)
                .param("id", entryId)
                .query((rs, n) -> new EntryRevision(
                        rs.getInt("revision"),
                        rs.getString("title"),
                        rs.getString("body_markdown"),
                        rs.getBoolean("key_event"),
                        instant(rs, "saved_at"),
                        rs.getString("saved_by")))
                .list();
    }

    public record EntryRevision(
            int revision, String title, String bodyMarkdown, boolean keyEvent, Instant savedAt, String savedBy) {}

    private static LiveStorySummary summary(ResultSet rs, int n) throws SQLException {
        return new LiveStorySummary(
                rs.getLong("article_id"),
                instant(rs, "started_at"),
                instant(rs, "ended_at"),
                rs.getLong("entries"),
                rs.getLong("drafts"));
    }
}
