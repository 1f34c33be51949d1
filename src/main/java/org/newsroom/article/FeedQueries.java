package org.newsroom.article;

import static org.newsroom.article.StoryRows.SECTION_COLUMNS;
import static org.newsroom.article.StoryRows.SECTION_JOINS;
import static org.newsroom.article.StoryRows.instant;
import static org.newsroom.article.StoryRows.section;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsroom.people.AuthorRef;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.TagRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The queries of feeds and sitemaps, in plain SQL that reads only the columns each one shows. Like the reader pages'
 * queries, they only ever read rows whose status is {@code PUBLISHED}, and they use the partial indexes on
 * {@code published_at}, or the primary key for sitemap pages, which are ranges of ids.
 */
@Component
record FeedQueries(JdbcClient jdbc, ArticlePaths paths, StoryRefs refs, java.time.Clock clock) {

    private static final String ENTRY_COLUMNS = """
            a.id, a.headline, a.deck, a.slug, a.language, a.published_at, a.updated_at,
            """ + SECTION_COLUMNS;

    /** Like the lists, feeds and sitemaps show what has been published by now (by the application clock). */
    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    List<FeedEntry> latest(int limit) {
        return complete(jdbc.sql("select " + ENTRY_COLUMNS + """
                        from articles a
                        """ + SECTION_JOINS + """
                        where a.status = 'PUBLISHED' and a.published_at <= :now
                        order by a.published_at desc, a.id desc
                        limit :limit
                        """)
                .param("now", now())
                .param("limit", limit)
                .query((rs, n) -> entry(rs))
                .list());
    }

    /**
     * The newest stories of a section and of its subsections: the newest of each section, merged. Each section is read
     * from the index on {@code (section_id, published_at desc, id desc)}; the range {@code section_id >= x and
     * section_id <= x}, which means {@code = x}, keeps it so. With an equality PostgreSQL would rather walk the
     * site-wide index on {@code published_at} and skip other sections' stories, which reads every published story
     * for a section whose stories are few and old.
     */
    List<FeedEntry> latestInSection(long sectionId, int limit) {
        return complete(jdbc.sql("select " + ENTRY_COLUMNS + """
                        from section_refs sec
                        cross join lateral (
                            select a.id, a.headline, a.deck, a.slug, a.language, a.published_at, a.updated_at,
                                   a.section_id
                            from articles a
                            where a.status = 'PUBLISHED' and a.published_at <= :now and a.section_id >= sec.id and a.section_id <= sec.id
                            order by a.section_id, a.published_at desc, a.id desc
                            limit :limit
                        ) a
                        """ + SECTION_JOINS + """
                        where sec.id = :section or sec.parent_id = :section
                        order by a.published_at desc, a.id desc
                        limit :limit
                        """)
                .param("now", now())
                .param("section", sectionId)
                .param("limit", limit)
                .query((rs, n) -> entry(rs))
                .list());
    }

    /**
     * The numbers of the sitemap pages that list at least one story. Page {@code n} holds the published stories whose
     * ids are in {@code ((n - 1) * pageSize, n * pageSize]}: a story never moves to another page, whatever is
     * published or unpublished around it.
     */
    List<Integer> sitemapPages(int pageSize) {
        return jdbc.sql("""
                        select b.page
                        from generate_series(
                                 1,
                                 cast(ceil(coalesce((select max(id) from articles where status = 'PUBLISHED'), 0)
                                           / cast(:size as numeric)) as integer)) as b(page)
                        where exists (select 1 from articles a
                                      where a.status = 'PUBLISHED' and a.published_at <= :now
                                        and a.id > cast(b.page - 1 as bigint) * :size
                                        and a.id <= cast(b.page as bigint) * :size)
                        order by b.page
                        """)
                .param("now", now())
                .param("size", pageSize)
                .query(Integer.class)
                .list();
    }

    List<SitemapEntry> sitemapPage(int page, int pageSize) {
        return jdbc.sql("""
                        select a.slug, a.published_at, a.updated_at, s.slug as section_slug
                        from articles a
                        join section_refs s on s.id = a.section_id
                        where a.status = 'PUBLISHED' and a.published_at <= :now and a.id > :from and a.id <= :to
                        order by a.id
                        """)
                .param("now", now())
                .param("from", (long) (page - 1) * pageSize)
                .param("to", (long) page * pageSize)
                .query((rs, n) -> {
                    Instant publishedAt = instant(rs, "published_at");
                    Instant updatedAt = instant(rs, "updated_at");
                    return new SitemapEntry(
                            paths.canonicalPath(rs.getString("section_slug"), publishedAt, rs.getString("slug")),
                            updatedAt != null ? updatedAt : publishedAt);
                })
                .list();
    }

    List<NewsSitemapEntry> publishedSince(Instant since, int limit) {
        return jdbc.sql("""
                        select a.slug, a.headline, a.language, a.published_at, s.slug as section_slug
                        from articles a
                        join section_refs s on s.id = a.section_id
                        where a.status = 'PUBLISHED' and a.published_at <= :now and a.published_at >= :since
                        order by a.published_at desc, a.id desc
                        limit :limit
                        """)
                .param("now", now())
                .param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .param("limit", limit)
                .query((rs, n) -> {
                    Instant publishedAt = instant(rs, "published_at");
                    return new NewsSitemapEntry(
                            paths.canonicalPath(rs.getString("section_slug"), publishedAt, rs.getString("slug")),
                            rs.getString("headline"),
                            rs.getString("language"),
                            publishedAt);
                })
                .list();
    }

    /** The publication time of the newest published story. */
    Instant newestPublication() {
        return jdbc.sql("select max(published_at) from articles where status = 'PUBLISHED' and published_at <= :now")
                .param("now", now())
                .query((rs, n) -> instant(rs, 1))
                .single();
    }

    /**
     * For each section with a published story, its own or a subsection's, the publication time of the newest one.
     *
     * <p>A loose scan of the index on {@code (section_id, published_at desc, id desc)}: each step jumps to the newest
     * story of the next section that has one, so the query costs one index probe per section, however many stories
     * there are. Subsections' times are then carried up to their parents.
     */
    Map<Long, Instant> newestPublicationBySection() {
        Map<Long, Instant> newest = new HashMap<>();
        jdbc.sql("""
                        with recursive newest as (
                            (select a.section_id, a.published_at
                             from articles a
                             where a.status = 'PUBLISHED' and a.published_at <= :now
                             order by a.section_id, a.published_at desc, a.id desc
                             limit 1)
                            union all
                            select next.section_id, next.published_at
                            from newest n
                            cross join lateral (
                                select a.section_id, a.published_at
                                from articles a
                                where a.status = 'PUBLISHED' and a.published_at <= :now and a.section_id > n.section_id
                                order by a.section_id, a.published_at desc, a.id desc
                                limit 1
                            ) next
                        )
                        select n.section_id, s.parent_id, n.published_at
                        from newest n join section_refs s on s.id = n.section_id
                        """).param("now", now()).query(rs -> {
            Instant time = instant(rs, "published_at");
            newest.merge(rs.getLong("section_id"), time, FeedQueries::later);
            long parent = rs.getLong("parent_id");
            if (!rs.wasNull()) {
                newest.merge(parent, time, FeedQueries::later);
            }
        });
        return newest;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Adds byline and tags to a page of entries: two queries, whatever the number of entries. */
    private List<FeedEntry> complete(List<FeedEntry> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        List<Long> ids = entries.stream().map(FeedEntry::id).toList();
        Map<Long, List<AuthorRef>> bylines = refs.bylines(ids);
        Map<Long, List<TagRef>> tags = refs.tags(ids);
        return entries.stream()
                .map(e -> new FeedEntry(
                        e.id(),
                        e.headline(),
                        e.deck(),
                        e.path(),
                        e.section(),
                        bylines.getOrDefault(e.id(), List.of()),
                        tags.getOrDefault(e.id(), List.of()),
                        e.language(),
                        e.publishedAt(),
                        e.updatedAt()))
                .toList();
    }

    private FeedEntry entry(ResultSet rs) throws SQLException {
        SectionRef section = section(rs);
        Instant publishedAt = instant(rs, "published_at");
        return new FeedEntry(
                rs.getLong("id"),
                rs.getString("headline"),
                rs.getString("deck"),
                paths.canonicalPath(section.slug(), publishedAt, rs.getString("slug")),
                section,
                List.of(),
                List.of(),
                rs.getString("language"),
                publishedAt,
                instant(rs, "updated_at"));
    }
}
