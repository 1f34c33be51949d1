package org.newsroom.article;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published stories for machines: feeds, sitemaps and news sitemaps. Only stories whose status is {@code PUBLISHED}
 * are ever listed, in their live version.
 */
@Service
public class ArticleFeeds {

    /** The most entries a feed asks for at once. */
    public static final int MAX_FEED_ENTRIES = 100;

    /** The most URLs in one sitemap file, as the sitemaps protocol allows. */
    public static final int SITEMAP_PAGE_SIZE = 50_000;

    /** The most URLs in a news sitemap, as Google News allows. */
    public static final int MAX_NEWS_ENTRIES = 1_000;

    private final FeedQueries queries;

    ArticleFeeds(FeedQueries queries) {
        this.queries = queries;
    }

    /** The newest published stories, newest first, with byline and tags. */
    @Transactional(readOnly = true)
    public List<FeedEntry> latest(int limit) {
        return queries.latest(Math.clamp(limit, 1, MAX_FEED_ENTRIES));
    }

    /** The newest published stories of a section and its subsections, newest first, with byline and tags. */
    @Transactional(readOnly = true)
    public List<FeedEntry> latestInSection(long sectionId, int limit) {
        return queries.latestInSection(sectionId, Math.clamp(limit, 1, MAX_FEED_ENTRIES));
    }

    /**
     * The numbers of the sitemap pages that list at least one story, in order. Page {@code n} lists the published
     * stories whose ids are from {@code (n - 1) * SITEMAP_PAGE_SIZE + 1} to {@code n * SITEMAP_PAGE_SIZE}, so a story
     * stays on its page for good and a page never holds more than {@link #SITEMAP_PAGE_SIZE} URLs.
     */
    @Transactional(readOnly = true)
    public List<Integer> sitemapPages() {
        return queries.sitemapPages(SITEMAP_PAGE_SIZE);
    }

    /** The published stories of a sitemap page, by id; empty for a page that lists nothing. */
    @Transactional(readOnly = true)
    public List<SitemapEntry> sitemapPage(int page) {
        if (page < 1) {
            return List.of();
        }
        return queries.sitemapPage(page, SITEMAP_PAGE_SIZE);
    }

    /** The stories first published at or after {@code since}, newest first, at most {@link #MAX_NEWS_ENTRIES}. */
    @Transactional(readOnly = true)
    public List<NewsSitemapEntry> publishedSince(Instant since) {
        return queries.publishedSince(since, MAX_NEWS_ENTRIES);
    }

    /** When the newest published story was published; empty while nothing is published. */
    @Transactional(readOnly = true)
    public Optional<Instant> newestPublication() {
        return Optional.ofNullable(queries.newestPublication());
    }

    /**
     * For each section id with a published story, the publication time of its newest story, its subsections' stories
     * included. Sections without a published story are missing.
     */
    @Transactional(readOnly = true)
    public Map<Long, Instant> newestPublicationBySection() {
        return Map.copyOf(queries.newestPublicationBySection());
    }
}
