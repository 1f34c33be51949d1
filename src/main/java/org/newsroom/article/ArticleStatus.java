package org.newsroom.article;

/** Where a story is in its life; DESIGN.md gives the workflow. Readers only ever see {@link #PUBLISHED}. */
public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED
}
