package org.newsroom.article;

import java.time.Instant;

/**
 * A story opened in the editor: what the form shows (the working copy when there is one) and what the editor may do.
 *
 * @param livePath the reader URL of the live version, or {@code null} if readers cannot see the story
 * @param hasUnpublishedChanges saved edits that readers do not see yet
 */
public record ArticleEditorView(
        long id,
        ArticleStatus status,
        long version,
        StoryInput input,
        boolean hasUnpublishedChanges,
        Instant publishedAt,
        Instant updatedAt,
        String livePath,
        boolean editable,
        boolean canPublish) {

    public boolean hasBeenPublished() {
        return status == ArticleStatus.PUBLISHED || status == ArticleStatus.UNPUBLISHED;
    }
}
