package org.newsroom.article;

import static org.newsroom.article.PublishedSummaries.SUMMARY_COLUMNS;
import static org.newsroom.article.StoryRows.SECTION_JOINS;
import static org.newsroom.article.StoryRows.instant;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The list pages' queries: a section's, a tag's or an author's stories a page at a time, whether such a page shows
 * anything, the menu's sections, and the corrections page. Each reads an index in order and stops after the rows it
 * shows; only rows whose status is {@code PUBLISHED} are read ({@link PublishedSummaries}).
 */
@Component
record PublishedLists(JdbcClient jdbc, ArticlePaths paths, LeadPictures pictures, PublishedSummaries summaries) {

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
                .param("now", summaries.now())
                .param("beforeTime", beforeTime == null ? null : Timestamp.from(beforeTime))
                .param("beforeId", beforeId == null ? 0L : beforeId)
                .param("limit", limit + 1)
                .query((rs, n) -> summaries.summaryOf(rs))
                .list();
        if (rows.size() > limit) {
            List<ArticleSummary> shown = rows.subList(0, limit);
            return pictures.attach(
                    new StoryList(List.copyOf(shown), shown.getLast().id()));
        }
        return pictures.attach(new StoryList(rows, null));
    }

    /** Which of these sections a published story shows, its subsections' stories counted: one query for a menu. */
    Set<Long> sectionsShown(Collection<Long> sectionIds) {
        return new HashSet<>(jdbc.sql("""
                        select s.id from section_refs s
                        where s.id = any(:ids)
                          and exists (select 1 from section_refs part
                                      where (part.id = s.id or part.parent_id = s.id)
                                        and exists (select 1 from articles a
                                                    where a.section_id = part.id and a.status = 'PUBLISHED'
                                                      and a.published_at <= :now))
                        """)
                .param("ids", sectionIds.toArray(Long[]::new))
                .param("now", summaries.now())
                .query(Long.class)
                .list());
    }

    /**
     * Whether a story published by now shows this section (in it or in one of its subsections), tag or author. One
     * probe of the index the scope's page reads.
     */
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
                .param("now", summaries.now())
                .query(Boolean.class)
                .single();
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
                .param("beforeTime", beforeTime == null ? null : Timestamp.from(beforeTime))
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
}
