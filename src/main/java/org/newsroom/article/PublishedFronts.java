package org.newsroom.article;

import static org.newsroom.article.PublishedSummaries.SUMMARY_COLUMNS;
import static org.newsroom.article.StoryRows.SECTION_JOINS;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import org.newsroom.taxonomy.SectionRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The fronts' queries: the latest stories, the stories editors chose (by id), a front's blocks per section, and the
 * editors' search for stories to choose. Each reads an index in order and stops after the rows it shows; only rows
 * whose status is {@code PUBLISHED} are read ({@link PublishedSummaries}).
 */
@Component
record PublishedFronts(JdbcClient jdbc, LeadPictures pictures, PublishedSummaries summaries) {

    List<ArticleSummary> latest(int limit) {
        return pictures.attach(jdbc.sql("select " + SUMMARY_COLUMNS + """
                        from articles a
                        """ + SECTION_JOINS + """
                        where a.status = 'PUBLISHED' and a.published_at <= :now
                        order by a.published_at desc, a.id desc
                        limit :limit
                        """)
                .param("limit", limit)
                .param("now", summaries.now())
                .query((rs, n) -> summaries.summaryOf(rs))
                .list());
    }

    /**
     * The stories among these ids that readers can see now (published, and their time come), in no order: a front's
     * chosen stories, read by primary key in one query.
     */
    List<ArticleSummary> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return pictures.attach(jdbc.sql("select " + SUMMARY_COLUMNS + """
                        from articles a
                        """ + SECTION_JOINS + """
                        where a.id = any(:ids) and a.status = 'PUBLISHED' and a.published_at <= :now
                        """)
                .param("ids", ids.toArray(Long[]::new))
                .param("now", summaries.now())
                .query((rs, n) -> summaries.summaryOf(rs))
                .list());
    }

    /** The newest public stories whose headline holds this text, for an editor choosing stories for a front. */
    List<ArticleSummary> withHeadline(String text, int limit) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + """
                        from articles a
                        """ + SECTION_JOINS + """
                        where a.status = 'PUBLISHED' and a.published_at <= :now
                          and strpos(lower(a.headline), lower(:text)) > 0
                        order by a.published_at desc, a.id desc
                        limit :limit
                        """)
                .param("text", text)
                .param("limit", limit)
                .param("now", summaries.now())
                .query((rs, n) -> summaries.summaryOf(rs))
                .list();
    }

    /** The latest stories of every top-level section (its subsections included), in navigation order. */
    List<SectionBlock> sectionBlocks(int perSection) {
        var blocks = new LinkedHashMap<Long, List<ArticleSummary>>();
        var sections = new LinkedHashMap<Long, SectionRef>();
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
                .param("now", summaries.now())
                .query(rs -> {
                    long top = rs.getLong("top_id");
                    sections.computeIfAbsent(top, id -> {
                        try {
                            return new SectionRef(id, rs.getString("top_slug"), rs.getString("top_name"), null, null);
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    blocks.computeIfAbsent(top, id -> new ArrayList<>()).add(summaries.summaryOf(rs));
                });
        return pictures.attachToBlocks(blocks.entrySet().stream()
                .map(entry -> new SectionBlock(sections.get(entry.getKey()), List.copyOf(entry.getValue())))
                .toList());
    }
}
