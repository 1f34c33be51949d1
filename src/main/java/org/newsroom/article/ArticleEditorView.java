package org.newsroom.article;

import java.time.Instant;

/**
 * A story opened in the editor: what the form shows (the working copy when there is one) and what the editor may do.
 *
 * @param livePath the reader URL of the live version, or {@code null} if readers cannot see the story
 * @param hasUnpublishedChanges saved edits that readers do not see yet
 * @param reviewNote what the editor said when sending the story back, or {@code null}
 * @param scheduledAt when the story (or, if it is published, its update) is set to go out, or {@code null}
 * @param scheduleError why a scheduled publication failed, or {@code null}
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
        boolean canPublish,
        String reviewNote,
        String reviewNoteBy,
        Instant reviewNoteAt,
        Instant scheduledAt,
        boolean scheduledPublicUpdate,
        String scheduleError) {

    public boolean hasBeenPublished() {
        return status == ArticleStatus.PUBLISHED || status == ArticleStatus.UNPUBLISHED;
    }
}
