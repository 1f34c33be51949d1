package org.newsroom.article;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsroom.taxonomy.TagUsage;
import org.newsroom.taxonomy.TagsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stories as holders of tag ids: the taxonomy asks how many stories carry a tag, and when it merges one tag into
 * another, the stories' own rows ({@code article_tags}, and {@code article_working_copies.tag_ids} for unpublished
 * edits) take the remaining tag.
 *
 * <p>The merge is handled by a plain {@link EventListener}, which runs in the publisher's thread and transaction, not
 * by a transactional or asynchronous listener after commit: the taxonomy deletes the merged tag right after the event,
 * which the foreign key of {@code article_tags} refuses while a story still carries it, and a merge must be all or
 * nothing (a failure here rolls the tag's deletion back, and a story never loses a tag).
 */
@Component
class ArticleTags implements TagUsage {

    private final JdbcClient jdbc;

    ArticleTags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Long> storyCounts(Collection<Long> tagIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (tagIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select tag_id, count(distinct article_id) from article_tags where tag_id in (:ids) group by tag_id")
                .param("ids", List.copyOf(tagIds))
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    @Override
    public int workingCopiesTagged(long tagId) {
        return jdbc.sql("select count(*) from article_working_copies where :tag = any(tag_ids)")
                .param("tag", tagId)
                .query(Integer.class)
                .single();
    }

    @EventListener
    void on(TagsMerged merge) {
        long source = merge.sourceId();
        long target = merge.targetId();
        // A story with both tags keeps one: the later of the two rows goes, so the target keeps the earlier place.
        jdbc.sql("""
                        delete from article_tags t
                         using article_tags o
                         where o.article_id = t.article_id
                           and t.tag_id in (:source, :target)
                           and o.tag_id in (:source, :target)
                           and o.tag_id <> t.tag_id
                           and o.position < t.position
                        """).param("source", source).param("target", target).update();
        jdbc.sql("update article_tags set tag_id = :target where tag_id = :source")
                .param("source", source)
                .param("target", target)
                .update();
        renumberTagPositions(target);

        jdbc.sql("""
                        update article_working_copies w
                           set tag_ids = array(
                                   select x.tag_id
                                     from (select case when u.tag_id = :source then :target else u.tag_id end as tag_id,
                                                  min(u.ord) as ord
                                             from unnest(w.tag_ids) with ordinality as u(tag_id, ord)
                                            group by 1) x
                                    order by x.ord)
                         where :source = any(w.tag_ids)
                        """).param("source", source).param("target", target).update();
    }

    /**
     * Makes the tag positions of every story tagged {@code tagId} run 0, 1, 2 … again, as the article's ordered tag list
     * expects. The primary key (article, position) is checked row by row, so the rows first move above every position
     * in use and then down to their new places.
     */
    private void renumberTagPositions(long tagId) {
        String gappy = """
                select article_id, max(position) + 1 as shift
                  from article_tags
                 where article_id in (select article_id from article_tags where tag_id = :tag)
                 group by article_id
                having min(position) <> 0 or max(position) + 1 <> count(*)
                """;
        jdbc.sql("update article_tags t set position = t.position + g.shift from (" + gappy
                        + ") g where g.article_id = t.article_id")
                .param("tag", tagId)
                .update();
        jdbc.sql("""
                        update article_tags t
                           set position = r.new_position
                          from (select article_id, position,
                                       row_number() over (partition by article_id order by position) - 1 as new_position
                                  from article_tags
                                 where article_id in (select article_id from (%s) g)) r
                         where r.article_id = t.article_id
                           and r.position = t.position
                        """.formatted(gappy)).param("tag", tagId).update();
    }
}
