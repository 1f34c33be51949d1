package org.newsroom.article;

import java.time.Instant;

/**
 * What a reader of the content API asks of the list of published stories: each filter optional, newest first.
 *
 * @param sectionId only stories of this section and its subsections, or {@code null}
 * @param tagId only stories with this tag, or {@code null}
 * @param authorId only stories with this author in their byline, or {@code null}
 * @param updatedSince only stories published or updated at or after this time, or {@code null}
 * @param beforeId continue after this story (the keyset cursor of the previous page), or {@code null}
 * @param limit at most this many stories
 */
public record ContentQuery(Long sectionId, Long tagId, Long authorId, Instant updatedSince, Long beforeId, int limit) {}
