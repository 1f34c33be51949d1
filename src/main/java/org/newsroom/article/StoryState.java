package org.newsroom.article;

import java.time.Instant;

/**
 * A story's headline and where it stands, whatever its status: what a screen listing chosen stories needs to say
 * that one is no longer (or not yet) public.
 *
 * @param publishedAt its publication time, or {@code null} if it was never published
 */
public record StoryState(long id, String headline, ArticleStatus status, Instant publishedAt) {

    /** Whether readers can see it at {@code now}: published, and its time come. */
    public boolean visibleAt(Instant now) {
        return status == ArticleStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
    }
}
