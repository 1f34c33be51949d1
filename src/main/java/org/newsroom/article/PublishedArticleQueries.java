package org.newsroom.article;

import static org.newsroom.article.StoryRows.SECTION_COLUMNS;
import static org.newsroom.article.StoryRows.SECTION_JOINS;
import static org.newsroom.article.StoryRows.instant;
import static org.newsroom.article.StoryRows.section;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.newsroom.people.AuthorRef;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.TagRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reader pages' queries, in plain SQL: each page costs a fixed, small number of indexed queries, whatever the
 * number of stories on it. Only rows whose status is {@code PUBLISHED} are ever read here.
 *
 * <p>One class, though long: most queries here select the same summary columns and share one row mapping, and all
 * of them hold to the one rule above; together, the rule is reviewed in one file. Feeds and sitemaps have their own,
 * {@link FeedQueries}.
 */
@Component
class PublishedArticleQueries {

    /** What a summary says of its lead image; every query that makes summaries selects these. */
    static final String LEAD_COLUMNS =
            "a.lead_image_id, a.lead_image_alt, a.lead_image_caption, a.lead_image_decorative";

    /** What {@link #summaryOf} reads, from a story {@code a} with its {@link StoryRows#SECTION_JOINS}. */
    static final String SUMMARY_COLUMNS = """
            a.id, a.headline, a.deck, a.language, a.slug, a.published_at, a.updated_at,
            """ + SECTION_COLUMNS + ", " + LEAD_COLUMNS + " ";

    private final JdbcClient jdbc;
    private final ArticlePaths paths;
    private final LeadPictures pictures;
    private final StoryRefs refs;
    private final Clock clock;

    PublishedArticleQueries(JdbcClient jdbc, ArticlePaths paths, LeadPictures pictures, StoryRefs refs, Clock clock) {
        this.jdbc = jdbc;
        this.refs = refs;
        this.paths = paths;
        this.pictures = pictures;
        this.clock = clock;
    }

    /**
     * Lists show what has been published by now: a story stamped with a later time (an import, or a clock ahead) waits
     * for its time.
     */
    OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }

    List<ArticleSummary> latest(int limit) {
        return pictures.attach(jdbc.sql("select " + SUMMARY_COLUMNS + """
                        from articles a
                        """ + SECTION_JOINS + """
                        where a.status = 'PUBLISHED' and a.published_at <= :now
                        order by a.published_at desc, a.id desc
                        limit :limit
                        """)
                .param("limit", limit)
                .param("now", now())
                .query((rs, n) -> summary(rs))
                .list());
    }

    /**
     * The stories among these ids that readers can see now (published, and their time come), in no order: a front's
     * chosen stories, read by primary key in one query.
     */
    List<ArticleSummary> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return pictures.attach(jdbc.sql("select " + SUMMARY_COLUMNS + """
                        from articles a
                        join section_refs s on s.id = a.section_id
                        left join section_refs p on p.id = s.parent_id
                        where a.id = any(:ids) and a.status = 'PUBLISHED' and a.published_at <= :now
                        """)
                .param("ids", ids.toArray(Long[]::new))
                .param("now", now())
                .query((rs, n) -> summary(rs))
                .list());
    }

    /** The newest public stories whose headline holds this text, for an editor choosing stories for a front. */
    List<ArticleSummary> withHeadline(String text, int limit) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + """
                        from articles a
                        join section_refs s on s.id = a.section_id
                        left join section_refs p on p.id = s.parent_id
                        where a.status = 'PUBLISHED' and a.published_at <= :now
                          and strpos(lower(a.headline), lower(:text)) > 0
                        order by a.published_at desc, a.id desc
                        limit :limit
                        """)
                .param("text", text)
                .param("limit", limit)
                .param("now", now())
                .query((rs, n) -> summary(rs))
                .list();
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
                            pictures.of(lead(rs)));
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

    /** A summary from a row with the summary columns, for other queries of this module. */
    ArticleSummary summaryOf(ResultSet rs) throws SQLException {
        return summary(rs);
    }

    private ArticleSummary summary(ResultSet rs) throws SQLException {
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

    private static LeadImage lead(ResultSet rs) throws SQLException {
        return new LeadImage(
                (Long) rs.getObject("lead_image_id"),
                rs.getString("lead_image_alt"),
                rs.getString("lead_image_caption"),
                rs.getBoolean("lead_image_decorative"));
    }

    /** Which stories a list page shows. */
    enum Scope {
        SECTION,
        TAG,
        AUTHOR
    }

    /**
     * A tag's page reads the tag's stories newest first from {@code article_tags_published_idx}. Filtering all
     * published stories by the tag instead is fast for a common tag and a walk through the whole archive for a rare
     * one, and once PostgreSQL settles on one plan for the statement, some tag gets the slow one (157 ms at 100,000
     * stories).
     */
    private static final String TAG_PAGE = byIndex("article_tags", "tag_id");

    /**
     * A section's page: the newest stories of the section and of each of its subsections, each read from
     * {@code articles_section_published_idx}, then merged. Filtering all published stories by section instead walks
     * the whole archive for a section with few stories once PostgreSQL settles on one plan (150 ms at 100,000).
     */
    private static final String SECTION_PAGE = "select " + SUMMARY_COLUMNS + """
            from (select x.id
                  from section_refs part
                  cross join lateral (
                      select a.id, a.published_at from articles a
                      where a.section_id = part.id and a.status = 'PUBLISHED' and a.published_at <= :now
                        and (cast(:beforeTime as timestamptz) is null
                             or (a.published_at, a.id) < (cast(:beforeTime as timestamptz), :beforeId))
                      order by a.published_at desc, a.id desc
                      limit :limit) x
                  where part.id = :scopeId or part.parent_id = :scopeId
                  order by x.published_at desc, x.id desc
                  limit :limit) y
            join articles a on a.id = y.id
            """ + SECTION_JOINS + """
            order by a.published_at desc, a.id desc
            """;

    /** An author's page, the same way from {@code article_authors_published_idx}. */
    private static final String AUTHOR_PAGE = byIndex("article_authors", "author_id");

    private static String byIndex(String table, String column) {
        return "select " + SUMMARY_COLUMNS + """
                from (select t.article_id from %s t
                      where t.%s = :scopeId and t.published_at <= :now
                        and (cast(:beforeTime as timestamptz) is null
                             or (t.published_at, t.article_id) < (cast(:beforeTime as timestamptz), :beforeId))
                      order by t.published_at desc, t.article_id desc
                      limit :limit) x
                join articles a on a.id = x.article_id and a.status = 'PUBLISHED'
                """.formatted(table, column) + SECTION_JOINS + """
                order by a.published_at desc, a.id desc
                """;
    }

    /**
     * A page of published stories, newest first, older than the story {@code beforeId} (keyset pagination: the same
     * URL always shows the same stories, however many are published meanwhile). Reads one more than asked, to know
     * whether an older page exists. Runs in a transaction.
     */
    StoryList page(Scope scope, long scopeId, Long beforeId, int limit) {
        Instant beforeTime = null;
        if (beforeId != null) {
            beforeTime = jdbc.sql("select published_at from articles where id = :id and published_at is not null")
                    .param("id", beforeId)
                    .query((rs, n) -> instant(rs, "published_at"))
                    .optional()
                    .orElseThrow(() -> new IllegalArgumentException("No story " + beforeId + " to page from"));
        }
        String sql =
                switch (scope) {
                    case SECTION -> SECTION_PAGE;
                    case TAG -> TAG_PAGE;
                    case AUTHOR -> AUTHOR_PAGE;
                };
        // Each page reads an index in order, whatever the section, tag or author: one plan serves all, where planning
        // anew for each request cost more than running the query.
        jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
        List<ArticleSummary> rows = jdbc.sql(sql)
                .param("scopeId", scopeId)
                .param("now", now())
                .param("beforeTime", beforeTime == null ? null : java.sql.Timestamp.from(beforeTime))
                .param("beforeId", beforeId == null ? 0L : beforeId)
                .param("limit", limit + 1)
                .query((rs, n) -> summary(rs))
                .list();
        if (rows.size() > limit) {
            List<ArticleSummary> shown = rows.subList(0, limit);
            return pictures.attach(
                    new StoryList(List.copyOf(shown), shown.getLast().id()));
        }
        return pictures.attach(new StoryList(rows, null));
    }

    /**
     * Whether a story published by now shows this section (in it or in one of its subsections), tag or author. One
     * probe of the index the scope's page reads.
     */
    /** Which of these sections a published story shows, its subsections' stories counted: one query for a menu. */
    java.util.Set<Long> sectionsShown(java.util.Collection<Long> sectionIds) {
        return new java.util.HashSet<>(jdbc.sql("""
                        select s.id from section_refs s
                        where s.id = any(:ids)
                          and exists (select 1 from section_refs part
                                      where (part.id = s.id or part.parent_id = s.id)
                                        and exists (select 1 from articles a
                                                    where a.section_id = part.id and a.status = 'PUBLISHED'
                                                      and a.published_at <= :now))
                        """)
                .param("ids", sectionIds.toArray(Long[]::new))
                .param("now", now())
                .query(Long.class)
                .list());
    }

    boolean shows(Scope scope, long scopeId) {
        String sql =
                switch (scope) {
                    case SECTION -> """
                            select exists (
                                select 1 from section_refs part
                                where (part.id = :scopeId or part.parent_id = :scopeId)
                                  and exists (select 1 from articles a
                                              where a.section_id = part.id and a.status = 'PUBLISHED'
                                                and a.published_at <= :now))
                            """;
                    case TAG ->
                        "select exists (select 1 from article_tags t"
                                + " where t.tag_id = :scopeId and t.published_at <= :now)";
                    case AUTHOR ->
                        "select exists (select 1 from article_authors t"
                                + " where t.author_id = :scopeId and t.published_at <= :now)";
                };
        return jdbc.sql(sql)
                .param("scopeId", scopeId)
                .param("now", now())
                .query(Boolean.class)
                .single();
    }

    /** The latest stories of every top-level section (its subsections included), in navigation order. */
    List<SectionBlock> sectionBlocks(int perSection) {
        var blocks = new java.util.LinkedHashMap<Long, List<ArticleSummary>>();
        var sections = new java.util.LinkedHashMap<Long, SectionRef>();
        jdbc.sql("""
                        select top.id as top_id, top.slug as top_slug, top.name as top_name, x.*
                        from section_refs top
                        cross join lateral (
                        """ + "select " + SUMMARY_COLUMNS + """
                            from articles a
                            """ + SECTION_JOINS + """
                            where a.status = 'PUBLISHED' and a.published_at <= :now and (s.id = top.id or s.parent_id = top.id)
                            order by a.published_at desc, a.id desc
                            limit :perSection
                        ) x
                        where top.parent_id is null
                        order by top.position, top.name, x.published_at desc, x.id desc
                        """)
                .param("perSection", perSection)
                .param("now", now())
                .query(rs -> {
                    long top = rs.getLong("top_id");
                    sections.computeIfAbsent(top, id -> {
                        try {
                            return new SectionRef(id, rs.getString("top_slug"), rs.getString("top_name"), null, null);
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    blocks.computeIfAbsent(top, id -> new java.util.ArrayList<>())
                            .add(summary(rs));
                });
        return pictures.attachToBlocks(blocks.entrySet().stream()
                .map(entry -> new SectionBlock(sections.get(entry.getKey()), List.copyOf(entry.getValue())))
                .toList());
    }

    /**
     * How many of the latest stories of each of the story's tags, and of its section, are considered as related. The
     * ranking only ever looks at these candidates, so its cost does not grow with the archive: a tag on 30,000
     * stories costs the same as one on 30.
     */
    static final int RELATED_CANDIDATES_PER_SOURCE = 20;

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
                .param("now", now())
                .param("section", view.section().id())
                .param("pool", RELATED_CANDIDATES_PER_SOURCE)
                .param("limit", limit)
                .query((rs, n) -> summary(rs))
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

    /** Public notes on published stories, newest first; {@code before} continues an earlier page. */
    List<Correction> corrections(int limit, Instant beforeTime, Long beforeId) {
        return jdbc.sql("""
                        select c.id, c.article_id, c.kind, c.text, c.published_at,
                               a.headline, a.slug, a.published_at as article_published_at, s.slug as section_slug
                        from article_corrections c
                        join articles a on a.id = c.article_id and a.status = 'PUBLISHED'
                        join section_refs s on s.id = a.section_id
                        where cast(:beforeTime as timestamptz) is null
                           or (c.published_at, c.id) < (cast(:beforeTime as timestamptz), :beforeId)
                        order by c.published_at desc, c.id desc
                        limit :limit
                        """)
                .param("beforeTime", beforeTime == null ? null : java.sql.Timestamp.from(beforeTime))
                .param("beforeId", beforeId == null ? 0L : beforeId)
                .param("limit", limit)
                .query((rs, n) -> new Correction(
                        rs.getLong("id"),
                        rs.getLong("article_id"),
                        CorrectionKind.valueOf(rs.getString("kind")),
                        rs.getString("text"),
                        instant(rs, "published_at"),
                        rs.getString("headline"),
                        paths.canonicalPath(
                                rs.getString("section_slug"),
                                instant(rs, "article_published_at"),
                                rs.getString("slug"))))
                .list();
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
