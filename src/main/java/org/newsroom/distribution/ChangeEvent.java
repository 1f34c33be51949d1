package org.newsroom.distribution;

import java.time.Instant;

/**
 * One event of the changes feed: what happened ({@code article.published}, ...), to which thing (a story's, a
 * section's, a tag's or an image's id, as the type's prefix says), when, and where it is in the feed.
 */
public record ChangeEvent(ChangeCursor cursor, String type, long subjectId, Instant occurredAt) {

    public static final String ARTICLE_UNPUBLISHED = "article.unpublished";

    /** What kind of thing the event is about: {@code article}, {@code section}, {@code tag} or {@code image}. */
    public String subject() {
        return type.substring(0, type.indexOf('.'));
    }

    /** An unpublication: a tombstone, which says no more than the story's id and the time. */
    public boolean tombstone() {
        return ARTICLE_UNPUBLISHED.equals(type);
    }
}
