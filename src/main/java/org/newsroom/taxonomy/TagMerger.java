package org.newsroom.taxonomy;

import java.util.List;
import org.newsroom.platform.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges one tag into another in plain SQL, inside the caller's transaction. Stories keep tag ids, not tags, so a merge
 * has to rewrite the story rows too: {@code article_tags} (the tags of every story, in order) and
 * {@code article_working_copies.tag_ids} (the tags of unpublished edits). Doing that here, rather than through the
 * article module, keeps taxonomy free of any dependency on article and keeps the merge one statement list in one
 * transaction.
 */
@Component
class TagMerger {

    private final JdbcClient jdbc;

    TagMerger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    TagMerge merge(long sourceId, long targetId) {
        if (sourceId == targetId) {
            throw new RuleViolation("targetId", "Choose another tag: a tag cannot be merged into itself.");
        }
        // Both rows locked, in id order so that two opposite merges cannot deadlock. A story being saved with either
        // tag at this moment holds a key-share lock on it, so the merge waits for that save and then sees its rows.
        List<TagRef> locked = jdbc.sql(
                        "select id, slug, name from tags where id in (:source, :target) order by id" + " for update")
                .param("source", sourceId)
                .param("target", targetId)
                .query((rs, n) -> new TagRef(rs.getLong("id"), rs.getString("slug"), rs.getString("name")))
                .list();
        TagRef source = locked.stream()
                .filter(tag -> tag.id() == sourceId)
                .findFirst()
                .orElseThrow(() -> new TagNotFoundException(sourceId));
        TagRef target = locked.stream()
                .filter(tag -> tag.id() == targetId)
                .findFirst()
                .orElseThrow(() -> new RuleViolation("targetId", "Choose the tag to merge into from the list."));

        int articles = jdbc.sql("select count(distinct article_id) from article_tags where tag_id = :source")
                .param("source", sourceId)
                .query(Integer.class)
                .single();

        // A story with both tags keeps one: the later of the two rows goes, so the target keeps the earlier place.
        jdbc.sql("""
                        delete from article_tags t
                         using article_tags o
                         where o.article_id = t.article_id
                           and t.tag_id in (:source, :target)
                           and o.tag_id in (:source, :target)
                           and o.tag_id <> t.tag_id
                           and o.position < t.position
                        """).param("source", sourceId).param("target", targetId).update();
        jdbc.sql("update article_tags set tag_id = :target where tag_id = :source")
                .param("source", sourceId)
                .param("target", targetId)
                .update();
        renumberTagPositions(targetId);

        int workingCopies = jdbc.sql("""
                        update article_working_copies w
                           set tag_ids = array(
                                   select x.tag_id
                                     from (select case when u.tag_id = :source then :target else u.tag_id end as tag_id,
                                                  min(u.ord) as ord
                                             from unnest(w.tag_ids) with ordinality as u(tag_id, ord)
                                            group by 1) x
                                    order by x.ord)
                         where :source = any(w.tag_ids)
                        """)
                .param("source", sourceId)
                .param("target", targetId)
                .update();

        jdbc.sql("delete from tags where id = :source")
                .param("source", sourceId)
                .update();
        return new TagMerge(source.name(), target, articles, workingCopies);
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
