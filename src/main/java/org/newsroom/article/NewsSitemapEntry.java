package org.newsroom.article;

import java.time.Instant;
import org.newsroom.platform.Typography;

/**
 * A recent published story as a news sitemap lists it.
 *
 * @param path the canonical path
 * @param language a BCP 47 language tag such as {@code en} or {@code ar}
 */
public record NewsSitemapEntry(String path, String headline, String language, Instant publishedAt) {

    public NewsSitemapEntry {
        headline = Typography.text(headline, language);
    }
}
