package org.newsroom.article;

import static org.newsroom.article.StoryRows.SECTION_COLUMNS;
import static org.newsroom.article.StoryRows.instant;
import static org.newsroom.article.StoryRows.section;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.newsroom.taxonomy.SectionRef;
import org.springframework.stereotype.Component;

/**
 * What every reader query of published stories shares: the columns of a story's summary, their one row mapping, and
 * the time lists are read at. The queries themselves are by job: one story ({@link PublishedArticle}), list pages
 * ({@link PublishedLists}), fronts ({@link PublishedFronts}), search ({@link ArticleSearch}), the API
 * ({@link PublishedContent}), feeds ({@link FeedQueries}). Each costs a fixed, small number of indexed queries,
 * whatever the number of stories on the page, and reads only rows whose status is {@code PUBLISHED}.
 */
@Component
record PublishedSummaries(ArticlePaths paths, Clock clock) {

    /** What a summary says of its lead image; every query that makes summaries selects these. */
    static final String LEAD_COLUMNS =
            "a.lead_image_id, a.lead_image_alt, a.lead_image_caption, a.lead_image_decorative";

    /** What {@link #summaryOf} reads, from a story {@code a} with its {@link StoryRows#SECTION_JOINS}. */
    static final String SUMMARY_COLUMNS = """
            a.id, a.headline, a.deck, a.language, a.slug, a.published_at, a.updated_at,
            """ + SECTION_COLUMNS + ", " + LEAD_COLUMNS + " ";

    /**
     * Lists show what has been published by now: a story stamped with a later time (an import, or a clock ahead) waits
     * for its time.
     */
    OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** A summary from a row with the {@link #SUMMARY_COLUMNS}. */
    ArticleSummary summaryOf(ResultSet rs) throws SQLException {
        SectionRef section = section(rs);
        Instant publishedAt = instant(rs, "published_at");
        String slug = rs.getString("slug");
        return new ArticleSummary(
                rs.getLong("id"),
                rs.getString("headline"),
                rs.getString("deck"),
                rs.getString("language"),
                slug,
                section,
                publishedAt,
                instant(rs, "updated_at"),
                paths.canonicalPath(section.slug(), publishedAt, slug),
                lead(rs),
                null);
    }

    /** The lead image a row with the {@link #LEAD_COLUMNS} names. */
    static LeadImage lead(ResultSet rs) throws SQLException {
        return new LeadImage(
                (Long) rs.getObject("lead_image_id"),
                rs.getString("lead_image_alt"),
                rs.getString("lead_image_caption"),
                rs.getBoolean("lead_image_decorative"));
    }
}
