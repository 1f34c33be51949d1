package org.newsroom.article;

import static org.newsroom.article.StoryRows.instant;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The admin story list: one query for a page of rows, one for the total, one for the tab counts. */
@Component
record ArticleAdminQueries(JdbcClient jdbc, ArticlePaths paths) {

    /** @param ownerId only stories this staff member created, or {@code null} for all */
    StoryPage list(StoryListQuery query, Long ownerId) {
        String where = """
                where a.status = :status
                  and (cast(:section as bigint) is null or a.section_id = :section)
                  and (cast(:author as bigint) is null
                       or exists (select 1 from article_authors x where x.article_id = a.id and x.author_id = :author))
                  and (cast(:q as text) is null or strpos(lower(a.headline), lower(cast(:q as text))) > 0)
                  and (cast(:owner as bigint) is null or a.created_by = :owner)
                """;
        String order = query.sort().equals("published")
                ? "order by a.published_at desc nulls last, a.id desc"
                : query.status() == ArticleStatus.SCHEDULED
                        ? "order by a.scheduled_at, a.id"
                        : "order by a.modified_at desc, a.id desc";
        var rows = jdbc.sql("""
                        select a.id, a.headline, a.status, a.slug, a.published_at, a.updated_at, a.modified_at,
                               s.name as section_name, s.slug as section_slug, su.display_name as modified_by,
                               (select string_agg(au.name, ', ' order by aa.position)
                                  from article_authors aa join author_refs au on au.id = aa.author_id
                                 where aa.article_id = a.id) as byline,
                               w.article_id is not null as has_working_copy,
                               coalesce(w.scheduled_at, a.scheduled_at) as scheduled_at,
                               coalesce(w.schedule_error, a.schedule_error) as schedule_error
                        from articles a
                        left join section_refs s on s.id = a.section_id
                        left join staff_names su on su.id = a.modified_by
                        left join article_working_copies w on w.article_id = a.id
                        """ + where + order + " limit :limit offset :offset")
                .param("status", query.status().name())
                .param("section", query.sectionId())
                .param("author", query.authorId())
                .param("q", query.query())
                .param("owner", ownerId)
                .param("limit", StoryListQuery.PAGE_SIZE)
                .param("offset", (query.page() - 1) * StoryListQuery.PAGE_SIZE)
                .query((rs, n) -> {
                    ArticleStatus status = ArticleStatus.valueOf(rs.getString("status"));
                    Instant publishedAt = instant(rs, "published_at");
                    String sectionSlug = rs.getString("section_slug");
                    String livePath = status == ArticleStatus.PUBLISHED && sectionSlug != null
                            ? paths.canonicalPath(sectionSlug, publishedAt, rs.getString("slug"))
                            : null;
                    return new StoryRow(
                            rs.getLong("id"),
                            rs.getString("headline"),
                            status,
                            rs.getString("section_name"),
                            rs.getString("byline"),
                            publishedAt,
                            instant(rs, "updated_at"),
                            instant(rs, "modified_at"),
                            rs.getString("modified_by"),
                            rs.getBoolean("has_working_copy"),
                            livePath,
                            instant(rs, "scheduled_at"),
                            rs.getString("schedule_error"));
                })
                .list();
        long total = jdbc.sql("select count(*) from articles a " + where)
                .param("status", query.status().name())
                .param("section", query.sectionId())
                .param("author", query.authorId())
                .param("q", query.query())
                .param("owner", ownerId)
                .query(Long.class)
                .single();
        return new StoryPage(rows, query.page(), total);
    }

    Map<ArticleStatus, Long> countsByStatus(Long ownerId) {
        Map<ArticleStatus, Long> counts = new EnumMap<>(ArticleStatus.class);
        for (ArticleStatus status : ArticleStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("""
                        select status, count(*) as n from articles
                        where cast(:owner as bigint) is null or created_by = :owner
                        group by status
                        """).param("owner", ownerId).query(rs -> {
            counts.put(ArticleStatus.valueOf(rs.getString("status")), rs.getLong("n"));
        });
        return counts;
    }

    /** A story's revisions, newest first; reads only the index, never the texts. */
    java.util.List<RevisionSummary> history(long articleId) {
        return jdbc.sql("""
                        select id, number, kind, restored_from, created_at, created_by_name
                        from article_revisions where article_id = :id order by number desc
                        """)
                .param("id", articleId)
                .query((rs, n) -> new RevisionSummary(
                        rs.getLong("id"),
                        rs.getInt("number"),
                        RevisionKind.valueOf(rs.getString("kind")),
                        (Integer) rs.getObject("restored_from"),
                        instant(rs, "created_at"),
                        rs.getString("created_by_name")))
                .list();
    }

    /** The headline and status of each of these stories, whatever its status: for the screens that list chosen stories. */
    Map<Long, StoryState> states(java.util.Collection<Long> ids) {
        Map<Long, StoryState> states = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return states;
        }
        jdbc.sql("select id, headline, status, published_at from articles where id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    long id = rs.getLong("id");
                    states.put(
                            id,
                            new StoryState(
                                    id,
                                    rs.getString("headline"),
                                    ArticleStatus.valueOf(rs.getString("status")),
                                    instant(rs, "published_at")));
                });
        return states;
    }
}
