package org.newsroom.live;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.newsroom.article.MarkdownRenderer;
import org.newsroom.platform.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the live module's services share of its tables: an entry's row as editors and readers see it, the rule of
 * which entries readers see ({@link #VISIBLE}), the rendering and the checks of an entry's text, and the saving of its
 * revisions. Editing, the import, the editors' screens and the readers' side each keep their own queries.
 */
@Component
record LiveRows(JdbcClient jdbc, MarkdownRenderer markdown, EntryMarkup markup) {

    static final int MAX_TITLE = 300;
    static final int MAX_BODY = 20_000;

    /** The entries readers see: posted, and not deleted. A draft is never among them. */
    static final String VISIBLE = """
            select * from live_entries
            where article_id = :story and posted_at is not null and deleted_at is null
            """;

    /** An entry as its editor changes it. */
    record EntryRow(
            long id,
            long storyId,
            Instant postedAt,
            String title,
            String bodyMarkdown,
            boolean keyEvent,
            int revision) {}

    /** An entry not deleted, draft or posted. */
    Optional<EntryRow> entry(long id) {
        return jdbc.sql("select * from live_entries where id = :id and deleted_at is null")
                .param("id", id)
                .query((rs, n) -> entryRow(rs))
                .optional();
    }

    /** An entry of this story that readers see. */
    Optional<LiveEntry> visible(long storyId, long entryId) {
        return jdbc.sql(VISIBLE + " and id = :id")
                .param("story", storyId)
                .param("id", entryId)
                .query(this::liveEntry)
                .optional();
    }

    Long pinnedOf(long storyId) {
        return jdbc.sql("select pinned_entry_id from live_stories where article_id = :id")
                .param("id", storyId)
                .query((rs, n) -> (Long) rs.getObject(1))
                .optional()
                .orElse(null);
    }

    static EntryRow entryRow(ResultSet rs) throws SQLException {
        return new EntryRow(
                rs.getLong("id"),
                rs.getLong("article_id"),
                instant(rs, "posted_at"),
                rs.getString("title"),
                rs.getString("body_markdown"),
                rs.getBoolean("key_event"),
                rs.getInt("revision"));
    }

    /** A row of {@code live_entries} as readers see it; a deleted entry keeps only its id, times and author. */
    LiveEntry liveEntry(ResultSet rs, int n) throws SQLException {
        boolean deleted = rs.getObject("deleted_at") != null;
        long id = rs.getLong("id");
        Instant postedAt = instant(rs, "posted_at");
        Instant updatedAt = instant(rs, "updated_at");
        // The title as readers see it, in the typography of the body (as a story's headline is set for readers).
        String title = deleted ? null : org.newsroom.platform.Typography.text(rs.getString("title"), "en");
        String body = deleted ? "" : rs.getString("body_html");
        String author = rs.getString("author_name");
        boolean key = rs.getBoolean("key_event");
        return new LiveEntry(
                id,
                rs.getLong("article_id"),
                postedAt,
                updatedAt,
                title,
                body,
                author,
                key,
                deleted,
                rs.getLong("change_seq"),
                deleted ? "" : markup.of(id, postedAt, updatedAt, title, body, author, key));
    }

    /** Saves a text of an entry as its revision {@code revision}, by whoever saved it. */
    void saveRevision(
            long entryId, int revision, String title, String bodyMarkdown, boolean keyEvent, Instant at, String by) {
        jdbc.sql("""
                        insert into live_entry_revisions
                            (entry_id, revision, title, body_markdown, key_event, saved_at, saved_by)
                        values (:entry, :revision, :title, :body, :key, :at, :by)
                        """)
                .param("entry", entryId)
                .param("revision", revision)
                .param("title", blankToNull(title))
                .param("body", bodyMarkdown)
                .param("key", keyEvent)
                .param("at", at(at))
                .param("by", by)
                .update();
    }

    String render(String body) {
        // Entries are set in English typography: the article module tells no story's language by its id yet.
        return markdown.toSafeHtml(body, "en");
    }

    static void validate(EntryDraft draft) {
        if (draft.bodyMarkdown() == null || draft.bodyMarkdown().isBlank()) {
            throw new RuleViolation("bodyMarkdown", "Write the entry.");
        }
        if (draft.bodyMarkdown().length() > MAX_BODY) {
            throw new RuleViolation("bodyMarkdown", "An entry is at most " + MAX_BODY + " characters.");
        }
        if (draft.title() != null && draft.title().length() > MAX_TITLE) {
            throw new RuleViolation("title", "A title is at most " + MAX_TITLE + " characters.");
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
