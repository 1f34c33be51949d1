package org.newsroom.article;

import java.util.List;

/**
 * What an editor writes: every field of a story except its status and timestamps.
 *
 * @param bodyMarkdown the body as Markdown; the rendered, sanitized HTML is derived from it
 * @param sectionId the section, which may be missing until the story is published
 * @param authorIds the byline, in order
 * @param tagIds the tags, in order
 * @param language a BCP 47 language tag such as {@code en} or {@code ar}
 */
public record ArticleDraft(
        String headline,
        String deck,
        String bodyMarkdown,
        String slug,
        Long sectionId,
        List<Long> authorIds,
        List<Long> tagIds,
        String dateline,
        String language,
        String seoTitle,
        String seoDescription) {

    public ArticleDraft {
        authorIds = authorIds == null ? List.of() : List.copyOf(authorIds);
        tagIds = tagIds == null ? List.of() : List.copyOf(tagIds);
    }
}
