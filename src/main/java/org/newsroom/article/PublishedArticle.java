package org.newsroom.article;

import static org.newsroom.article.PublishedSummaries.SUMMARY_COLUMNS;
import static org.newsroom.article.StoryRows.SECTION_COLUMNS;
import static org.newsroom.article.StoryRows.SECTION_JOINS;
import static org.newsroom.article.StoryRows.instant;
import static org.newsroom.article.StoryRows.section;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.newsroom.people.AuthorRef;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.TagRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One published story as its page shows it: the story with its byline, tags and corrections, its related stories, and
 * its path. Only rows whose status is {@code PUBLISHED} are read ({@link PublishedSummaries}).
 */
@Component
class PublishedArticle {

    /**
     * How many of the latest stories of each of the story's tags, and of its section, are considered as related. The
     * ranking only ever looks at these candidates, so its cost does not grow with the archive: a tag on 30,000
     * stories costs the same as one on 30.
     */
    static final int RELATED_CANDIDATES_PER_SOURCE = 20;

    private final JdbcClient jdbc;
    private final ArticlePaths paths;
    private final LeadPictures pictures;
    private final StoryRefs refs;
    private final PublishedSummaries summaries;

    PublishedArticle(
            JdbcClient jdbc, ArticlePaths paths, LeadPictures pictures, StoryRefs refs, PublishedSummaries summaries) {
        this.jdbc = jdbc;
        this.paths = paths;
        this.pictures = pictures;
        this.refs = refs;
        this.summaries = summaries;
    }

    Optional<ArticleView> bySlug(String slug) {
        return jdbc.sql("""
                        select a.id, a.headline, a.deck, a.body_html, a.slug, a.dateline, a.language,
                               a.seo_title, a.seo_description, a.published_at, a.updated_at,
                               a.lead_image_id, a.lead_image_alt, a.lead_image_caption, a.lead_image_decorative,
                        """ + SECTION_COLUMNS + """
                        from articles a
                        """ + SECTION_JOINS + """
                        where a.slug = :slug and a.status = 'PUBLISHED'
                        """)
                .param("slug", slug)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    SectionRef section = section(rs);
                    Instant publishedAt = instant(rs, "published_at");
                    return new ArticleView(
                            id,
                            rs.getString("headline"),
                            rs.getString("deck"),
                            rs.getString("body_html"),
                            rs.getString("slug"),
                            section,
                            List.of(),
                            List.of(),
                            rs.getString("dateline"),
                            rs.getString("language"),
                            rs.getString("seo_title"),
                            rs.getString("seo_description"),
                            publishedAt,
                            instant(rs, "updated_at"),
                            paths.canonicalPath(section.slug(), publishedAt, rs.getString("slug")),
                            List.of(),
                            pictures.of(PublishedSummaries.lead(rs)));
                })
                .optional()
                .map(view -> complete(view, byline(view.id()), tags(view.id()), corrections(view)));
    }

    private List<AuthorRef> byline(long articleId) {
        return refs.bylines(List.of(articleId)).getOrDefault(articleId, List.of());
    }

    private List<TagRef> tags(long articleId) {
        return refs.tags(List.of(articleId)).getOrDefault(articleId, List.of());
    }

    /**
     * Stories that share the most tags with this one, then stories of its section; newest first among equals. The
     * candidates are the latest few stories of each tag (read from {@code article_tags_published_idx}) and of the
     * section; only they are ranked. Runs in a transaction.
     */
    List<ArticleSummary> related(ArticleView view, int limit) {
        // Every branch reads an index whatever the story and its tags: one plan serves all, and planning anew for
        // each story took twice as long as running the query. Inside the caller's transaction only.
        jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
        return pictures.attach(jdbc.sql("""
                        with mine as (select tag_id from article_tags where article_id = :id),
                        candidates as (
                            select c.article_id as id
                            from mine
                            cross join lateral (
                                select t.article_id from article_tags t
                                where t.tag_id = mine.tag_id and t.published_at <= :now and t.article_id <> :id
                                order by t.published_at desc, t.article_id desc
                                limit :pool
                            ) c
                            union
                            (select a.id from articles a
                             where a.section_id = :section and a.status = 'PUBLISHED' and a.published_at <= :now
                               and a.id <> :id
                             order by a.published_at desc, a.id desc
                             limit :pool)
                        )
                        """ + "select " + SUMMARY_COLUMNS + """
                        , (select count(*) from article_tags x join mine m on m.tag_id = x.tag_id
                           where x.article_id = a.id) as shared
                        from candidates c
                        join articles a on a.id = c.id and a.status = 'PUBLISHED'
                        """ + SECTION_JOINS + """
                        order by shared desc, (a.section_id = :section) desc, a.published_at desc, a.id desc
                        limit :limit
                        """)
                .param("id", view.id())
                .param("now", summaries.now())
                .param("section", view.section().id())
                .param("pool", RELATED_CANDIDATES_PER_SOURCE)
                .param("limit", limit)
                .query((rs, n) -> summaries.summaryOf(rs))
                .list());
    }

    /** The canonical path of a published story, or empty when readers cannot see it. */
    Optional<String> pathOf(long articleId) {
        return jdbc.sql("""
                        select s.slug as section_slug, a.published_at, a.slug
                        from articles a join section_refs s on s.id = a.section_id
                        where a.id = :id and a.status = 'PUBLISHED'
                        """)
                .param("id", articleId)
                .query((rs, n) -> paths.canonicalPath(
                        rs.getString("section_slug"), instant(rs, "published_at"), rs.getString("slug")))
                .optional();
    }

    private List<Correction> corrections(ArticleView view) {
        return jdbc.sql("""
                        select id, kind, text, published_at from article_corrections
                        where article_id = :id order by published_at, id
                        """)
                .param("id", view.id())
                .query((rs, n) -> new Correction(
                        rs.getLong("id"),
                        view.id(),
                        CorrectionKind.valueOf(rs.getString("kind")),
                        rs.getString("text"),
                        instant(rs, "published_at"),
                        view.headline(),
                        view.path()))
                .list();
    }

    private static ArticleView complete(
            ArticleView v, List<AuthorRef> byline, List<TagRef> tags, List<Correction> corrections) {
        return new ArticleView(
                v.id(),
                v.headline(),
                v.deck(),
                v.bodyHtml(),
                v.slug(),
                v.section(),
                byline,
                tags,
                v.dateline(),
                v.language(),
                v.seoTitle(),
                v.seoDescription(),
                v.publishedAt(),
                v.updatedAt(),
                v.path(),
                corrections,
                v.leadImage());
    }
}
