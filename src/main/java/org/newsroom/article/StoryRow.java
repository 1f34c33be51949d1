package org.newsroom.article;

import java.time.Instant;

public record StoryRow(
        long id,
        String headline,
        ArticleStatus status,
        String sectionName,
        String byline,
        Instant publishedAt,
        Instant updatedAt,
        Instant modifiedAt,
        String modifiedBy,
        boolean hasUnpublishedChanges,
        String livePath,
        Instant scheduledAt,
        String scheduleError) {}
