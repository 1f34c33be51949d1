package org.newsroom.article;

import java.time.Instant;

/**
 * A published story as a sitemap lists it.
 *
 * @param path the canonical path
 * @param lastModified the story's "Updated" time, else its publication
 */
public record SitemapEntry(String path, Instant lastModified) {}
