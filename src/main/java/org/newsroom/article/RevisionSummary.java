package org.newsroom.article;

import java.time.Instant;

/** A line of a story's history. */
public record RevisionSummary(
        long id, int number, RevisionKind kind, Integer restoredFrom, Instant createdAt, String createdBy) {}
