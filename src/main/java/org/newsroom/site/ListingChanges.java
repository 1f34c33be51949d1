package org.newsroom.site;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a public story last joined or left a list: a section (moved), a tag or a byline (taken off or put on). A
 * story that left a list is no longer among the stories the page shows, so their times alone would leave the page's
 * {@code Last-Modified} where it was. Kept by the database's triggers in {@code listing_changes} (V28), the site's own
 * table.
 *
 * <p>A story moved to another section counts on every page, not only on the two sections': the menu of every page
 * lists only the sections a published story is in, and a move can add or remove one.
 */
@Component
class ListingChanges {

    private final JdbcClient jdbc;

    ListingChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The later of {@code shown} and the last time a story joined or left any section or the given tags and authors. */
    @Transactional(readOnly = true)
    Instant latest(Instant shown, Collection<Long> tagIds, Collection<Long> authorIds) {
        OffsetDateTime last = jdbc.sql("""
                        select greatest(
                            (select max(changed_at) from listing_changes where scope = 'section'),
                            (select max(changed_at) from listing_changes where scope = 'tag' and scope_id = any(:tags)),
                            (select max(changed_at) from listing_changes
                              where scope = 'author' and scope_id = any(:authors)))
                        """)
                .param("tags", tagIds.toArray(Long[]::new))
                .param("authors", authorIds.toArray(Long[]::new))
                .query(OffsetDateTime.class)
                .optional()
                .orElse(null);
        return later(shown, last);
    }

    /** The later of {@code shown} and the last time a story joined or left any list. */
    @Transactional(readOnly = true)
    Instant latestOfAll(Instant shown) {
        OffsetDateTime last = jdbc.sql("select max(changed_at) from listing_changes")
                .query(OffsetDateTime.class)
                .optional()
                .orElse(null);
        return later(shown, last);
    }

    private static Instant later(Instant shown, OffsetDateTime listed) {
        return listed == null || !listed.toInstant().isAfter(shown) ? shown : listed.toInstant();
    }
}
