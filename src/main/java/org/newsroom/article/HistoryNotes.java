package org.newsroom.article;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes in a story's history that are no revision of it, such as the CDN's confirmation that an unpublished story is
 * gone from the edge ("Removed from the CDN"). The History page lists them with the revisions.
 */
@Service
public class HistoryNotes {

    /** A note, and when it happened. */
    public record HistoryNote(String text, Instant at) {}

    private final JdbcClient jdbc;

    HistoryNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a note to each of these stories that still exists (a deleted story has no history to add to). */
    @Transactional
    public void add(List<Long> articleIds, String text, Instant at) {
        if (articleIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into article_history_notes (article_id, text, created_at)
                        select a.id, :text, :at from articles a where a.id = any(:ids)
                        """)
                .param("ids", articleIds.toArray(Long[]::new))
                .param("text", text)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** A story's notes, newest first. */
    @Transactional(readOnly = true)
    public List<HistoryNote> of(long articleId) {
        return jdbc.sql("""
                        select text, created_at from article_history_notes
                        where article_id = :id order by created_at desc, id desc
                        """)
                .param("id", articleId)
                .query((rs, n) -> new HistoryNote(
                        rs.getString("text"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
