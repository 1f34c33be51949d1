package org.newsroom.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import org.newsroom.platform.OneTimeRuns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When anything readers can see last changed: a story (its live version or status), a correction, a section or an
 * author. Public pages send it as {@code Last-Modified}. Each term is the maximum of an indexed column.
 */
@Service
public class ContentVersion {

    private final JdbcClient jdbc;
    private final OneTimeRuns runs;

    ContentVersion(JdbcClient jdbc, OneTimeRuns runs) {
        this.jdbc = jdbc;
        this.runs = runs;
    }

    @Transactional(readOnly = true)
    public Instant lastChange() {
        OffsetDateTime last =
                jdbc.sql("""
                        select greatest(
                            (select max(modified_at) from articles),
                            (select max(published_at) from article_corrections),
                            (select max(modified_at) from section_refs),
                            (select max(modified_at) from author_refs))
                        """).query(OffsetDateTime.class).optional().orElse(null);
        return last == null ? Instant.EPOCH : last.toInstant();
    }

    /**
     * When what a page shows last changed: the given stories (their rows, corrections, bylines' authors and images),
     * the given authors (an author page's own details), the sections (every page's menu), and the newest story taken
     * down anywhere, since a story that left a list is no longer among those it shows, and the last time stored bodies
     * were rendered again by a new renderer. Each term reads an index.
     */
    @Transactional(readOnly = true)
    public Instant lastChangeOf(Collection<Long> articleIds, Collection<Long> authorIds) {
        Long[] articles = articleIds.toArray(Long[]::new);
        Long[] authors = authorIds.toArray(Long[]::new);
        OffsetDateTime last = jdbc.sql("""
                        select greatest(
                            (select max(modified_at) from articles where id = any(:articles)),
                            (select max(published_at) from article_corrections where article_id = any(:articles)),
                            (select max(modified_at) from author_refs
                              where id = any(:authors)
                                 or id in (select author_id from article_authors where article_id = any(:articles))),
                            (select max(m.modified_at) from image_changes m
                               join article_images i on i.image_id = m.id
                              where i.article_id = any(:articles)),
                            (select max(modified_at) from section_refs),
                            (select max(modified_at) from articles where status = 'UNPUBLISHED'),
                            -- bodies rendered again by a new renderer (StoredBodies) keep their modified_at
                            cast(:bodies as timestamptz))
                        """)
                .param("articles", articles)
                .param(
                        "bodies",
                        runs.lastDoneAt(StoredBodies.RUN_PREFIX)
                                .map(at -> at.atOffset(ZoneOffset.UTC))
                                .orElse(null))
                .param("authors", authors)
                .query(OffsetDateTime.class)
                .optional()
                .orElse(null);
        return last == null ? Instant.EPOCH : last.toInstant();
    }
}
