package org.newsroom.taxonomy;

import java.util.List;
import org.newsroom.platform.RuleViolation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges one tag into another, inside the caller's transaction. Stories keep tag ids, not tags, so their rows change
 * too; they belong to the article module, which rewrites them when told {@link TagsMerged}, in this transaction,
 * before the source tag is deleted. Taxonomy reads and writes only its own table, and needs no dependency on article.
 */
@Component
class TagMerger {

    private final JdbcClient jdbc;
    private final ObjectProvider<TagUsage> usage;
    private final ApplicationEventPublisher events;

    TagMerger(JdbcClient jdbc, ObjectProvider<TagUsage> usage, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.usage = usage;
        this.events = events;
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

        TagUsage usage = this.usage.getIfAvailable();
        int articles = usage == null
                ? 0
                : usage.storyCounts(List.of(sourceId))
                        .getOrDefault(sourceId, 0L)
                        .intValue();
        int workingCopies = usage == null ? 0 : usage.workingCopiesTagged(sourceId);
        events.publishEvent(new TagsMerged(sourceId, targetId));

        jdbc.sql("delete from tags where id = :source")
                .param("source", sourceId)
                .update();
        return new TagMerge(source.name(), target, articles, workingCopies);
    }
}
