package org.newsroom.article;

import java.time.Instant;
import org.newsroom.taxonomy.SectionRef;

/** A story as a list of stories shows it: the front page, section pages, feeds. */
public record ArticleSummary(
        long id,
        String headline,
        String deck,
        String slug,
        SectionRef section,
        Instant publishedAt,
        Instant updatedAt,
        String path) {}
