package org.newsroom.distribution;

import java.time.Instant;

/**
 * One event of the changes feed: what happened ({@code article.published}, ...), to which thing (a story's, a
 * section's, a tag's, an image's or a live entry's id, as the type's prefix says), when, and where it is in the feed.
 */
public record ChangeEvent(ChangeCursor cursor, String type, long subjectId, Instant occurredAt) {

    public static final String ARTICLE_UNPUBLISHED = "article.unpublished";

    /** A live entry readers saw, deleted (V50): a tombstone too. */
    public static final String LIVE_ENTRY_DELETED = "live_entry.deleted";

    /**
     * What kind of thing the event is about: {@code article}, {@code section}, {@code tag}, {@code image} or
     * {@code live_entry} (an entry of a live story, V50).
     */
    public String subject() {
        return type.substring(0, type.indexOf('.'));
    }

    /**
     * An unpublication or a live entry's deletion: a tombstone, which says no more than the id and the time (and, for
     * an entry, its story).
     */
    public boolean tombstone() {
        return ARTICLE_UNPUBLISHED.equals(type) || LIVE_ENTRY_DELETED.equals(type);
    }
}
