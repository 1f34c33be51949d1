package org.newsroom.article;

import java.time.Instant;

/**
 * A public note on a story, as the article page and the corrections page show it.
 *
 * @param headline the story's headline
 * @param articlePath the story's canonical path
 */
public record Correction(
        long id,
        long articleId,
        CorrectionKind kind,
        String text,
        Instant publishedAt,
        String headline,
        String articlePath) {}
