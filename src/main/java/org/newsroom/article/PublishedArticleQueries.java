package org.newsroom.article;

import java.sql.ResultSet;
import java.sql.SQLException;
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
 */
@Component
class PublishedArticleQueries {

    private static final String SUMMARY_COLUMNS = """
            a.id, a.headline, a.deck, a.slug, a.published_at, a.updated_at,
            s.id as section_id, s.slug as section_slug, s.name as section_name,
            p.slug as parent_slug, p.name as parent_name
            """;

    private final JdbcClient jdbc;
    private final ArticlePaths paths;

    PublishedArticleQueries(JdbcClient jdbc, ArticlePaths paths) {
        this.jdbc = jdbc;
        this.paths = paths;
    }

    List<ArticleSummary> latest(int limit) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + """
                        from articles a
                        join sections s on s.id = a.section_id
                        left join sections p on p.id = s.parent_id
                        where a.status = 'PUBLISHED'
                        order by a.published_at desc, a.id desc
                        limit :limit
                        """)
                .param("limit", limit)
                .query((rs, n) -> summary(rs))
                .list();
    }

    Optional<ArticleView> bySlug(String slug) {
        return jdbc.sql("""
                        select a.id, a.headline, a.deck, a.body_html, a.slug, a.dateline, a.language,
                               a.seo_title, a.seo_description, a.published_at, a.updated_at,
                               s.id as section_id, s.slug as section_slug, s.name as section_name,
                               p.slug as parent_slug, p.name as parent_name
                        from articles a
                        join sections s on s.id = a.section_id
                        left join sections p on p.id = s.parent_id
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
                            List.of());
                })
                .optional()
                .map(view -> complete(view, byline(view.id()), tags(view.id()), corrections(view)));
    }

    private List<AuthorRef> byline(long articleId) {
        return jdbc.sql("""
                        select au.id, au.slug, au.name
                        from article_authors aa join authors au on au.id = aa.author_id
                        where aa.article_id = :id
                        order by aa.position
                        """)
                .param("id", articleId)
                .query((rs, n) -> new AuthorRef(rs.getLong("id"), rs.getString("slug"), rs.getString("name")))
                .list();
    }

    private List<TagRef> tags(long articleId) {
        return jdbc.sql("""
                        select t.id, t.slug, t.name
                        from article_tags at join tags t on t.id = at.tag_id
                        where at.article_id = :id
                        order by at.position
                        """)
                .param("id", articleId)
                .query((rs, n) -> new TagRef(rs.getLong("id"), rs.getString("slug"), rs.getString("name")))
                .list();
    }

    private ArticleSummary summary(ResultSet rs) throws SQLException {
        SectionRef section = section(rs);
        Instant publishedAt = instant(rs, "published_at");
        String slug = rs.getString("slug");
        return new ArticleSummary(
                rs.getLong("id"),
                rs.getString("headline"),
                rs.getString("deck"),
                slug,
                section,
                publishedAt,
                instant(rs, "updated_at"),
                paths.canonicalPath(section.slug(), publishedAt, slug));
    }

    /** The canonical path of a published story, or empty when readers cannot see it. */
    Optional<String> pathOf(long articleId) {
        return jdbc.sql("""
                        select s.slug as section_slug, a.published_at, a.slug
                        from articles a join sections s on s.id = a.section_id
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
                        join sections s on s.id = a.section_id
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
                corrections);
    }

    private static SectionRef section(ResultSet rs) throws SQLException {
        return new SectionRef(
                rs.getLong("section_id"),
                rs.getString("section_slug"),
                rs.getString("section_name"),
                rs.getString("parent_slug"),
                rs.getString("parent_name"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
