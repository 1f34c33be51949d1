package org.newsroom.article;

import java.time.Instant;
import java.time.OffsetDateTime;
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

    ContentVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Instant lastChange() {
        OffsetDateTime last =
                jdbc.sql("""
                        select greatest(
                            (select max(modified_at) from articles),
                            (select max(published_at) from article_corrections),
                            (select max(modified_at) from sections),
                            (select max(modified_at) from authors))
                        """).query(OffsetDateTime.class).optional().orElse(null);
        return last == null ? Instant.EPOCH : last.toInstant();
    }
}
