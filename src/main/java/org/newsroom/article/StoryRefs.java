package org.newsroom.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsroom.people.AuthorRef;
import org.newsroom.taxonomy.TagRef;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bylines and tags of published stories, for the reader pages and the feeds: one query each for any number of
 * stories, through the views the people and taxonomy modules define, in the order the story gives them.
 */
@Component
class StoryRefs {

    private final JdbcClient jdbc;

    StoryRefs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each story's authors, by story id; a story with none is not in the map. */
    Map<Long, List<AuthorRef>> bylines(Collection<Long> articleIds) {
        return byArticle(
                """
                select aa.article_id, au.id, au.slug, au.name
                from article_authors aa join author_refs au on au.id = aa.author_id
                where aa.article_id in (:ids)
                order by aa.article_id, aa.position
                """,
                articleIds,
                (rs, n) -> new AuthorRef(rs.getLong("id"), rs.getString("slug"), rs.getString("name")));
    }

    /** Each story's tags, by story id; a story with none is not in the map. */
    Map<Long, List<TagRef>> tags(Collection<Long> articleIds) {
        return byArticle(
                """
                select at.article_id, t.id, t.slug, t.name
                from article_tags at join tag_refs t on t.id = at.tag_id
                where at.article_id in (:ids)
                order by at.article_id, at.position
                """, articleIds, (rs, n) -> new TagRef(rs.getLong("id"), rs.getString("slug"), rs.getString("name")));
    }

    private <T> Map<Long, List<T>> byArticle(String sql, Collection<Long> articleIds, RowMapper<T> ref) {
        Map<Long, List<T>> refs = new HashMap<>();
        if (articleIds.isEmpty()) {
            return refs;
        }
        jdbc.sql(sql).param("ids", articleIds).query(rs -> {
            refs.computeIfAbsent(rs.getLong("article_id"), id -> new ArrayList<>())
                    .add(ref.mapRow(rs, rs.getRow()));
        });
        return refs;
    }
}
