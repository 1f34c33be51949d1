package org.newsroom.taxonomy;

import static org.newsroom.taxonomy.TaxonomyNames.duplicate;
import static org.newsroom.taxonomy.TaxonomyNames.name;
import static org.newsroom.taxonomy.TaxonomyNames.slug;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsroom.platform.RuleViolation;
import org.newsroom.platform.Slugs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tags: the taxonomy module's API for them. Sections are {@link SectionService}'s. */
@Service
public class TagService {

    private final TagRepository tags;
    private final TagMerger tagMerger;
    private final JdbcClient jdbc;
    private final ObjectProvider<TagUsage> tagUsage;
    private final Clock clock;

    TagService(
            TagRepository tags, TagMerger tagMerger, JdbcClient jdbc, ObjectProvider<TagUsage> tagUsage, Clock clock) {
        this.tags = tags;
        this.tagMerger = tagMerger;
        this.jdbc = jdbc;
        this.tagUsage = tagUsage;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<TagRef> findTag(String slug) {
        return Slugs.isValid(slug) ? tags.findBySlug(slug).map(Tag::toRef) : Optional.empty();
    }

    /** The tags with these ids, in the order given; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<TagRef> tags(List<Long> ids) {
        return tags.findAllInOrder(ids).stream().map(Tag::toRef).toList();
    }

    @Transactional(readOnly = true)
    public List<TagRef> allTags() {
        return tags.findAll(Sort.by("name")).stream().map(Tag::toRef).toList();
    }

    /**
     * Tags by name with the number of stories that carry each one, optionally only those whose name or slug contains
     * {@code query} (ignoring case). Two queries whatever the number of tags: the tags, then their counts from
     * {@link TagUsage}.
     */
    @Transactional(readOnly = true)
    public List<TagSummary> tagSummaries(String query) {
        String q = query == null || query.isBlank() ? null : query.strip();
        List<TagRef> found = jdbc.sql("""
                        select t.id, t.name, t.slug
                          from tags t
                         where cast(:q as text) is null
                            or strpos(lower(t.name), lower(cast(:q as text))) > 0
                            or strpos(t.slug, lower(cast(:q as text))) > 0
                         order by lower(t.name), t.id
                        """)
                .param("q", q)
                .query((rs, n) -> new TagRef(rs.getLong("id"), rs.getString("slug"), rs.getString("name")))
                .list();
        Map<Long, Long> counts = storyCounts(found.stream().map(TagRef::id).toList());
        return found.stream()
                .map(tag -> new TagSummary(tag.id(), tag.name(), tag.slug(), counts.getOrDefault(tag.id(), 0L)))
                .toList();
    }

    @Transactional(readOnly = true)
    public TagSummary getTag(long id) {
        Tag tag = tags.findById(id).orElseThrow(() -> new TagNotFoundException(id));
        return new TagSummary(
                tag.getId(),
                tag.getName(),
                tag.getSlug(),
                storyCounts(List.of(tag.getId())).getOrDefault(tag.getId(), 0L));
    }

    private Map<Long, Long> storyCounts(List<Long> tagIds) {
        TagUsage usage = tagUsage.getIfAvailable();
        return usage == null ? Map.of() : usage.storyCounts(tagIds);
    }

    /**
     * Renames a tag. Names are unique ignoring case; the slug, made from the name when left empty, must be well formed
     * and unique.
     */
    @Transactional
    public TagRef renameTag(long id, String newName, String newSlug) {
        Tag tag = tags.findById(id).orElseThrow(() -> new TagNotFoundException(id));
        String name = name(newName);
        tags.findByNameIgnoreCase(name)
                .filter(other -> !other.getId().equals(tag.getId()))
                .ifPresent(other -> {
                    throw new RuleViolation(
                            "name",
                            "Another tag is already called “" + other.getName()
                                    + "”. To combine the two, merge this tag into it.");
                });
        String slug = slug(newSlug, name);
        tags.findBySlug(slug)
                .filter(other -> !other.getId().equals(tag.getId()))
                .ifPresent(other -> {
                    throw new RuleViolation(
                            "slug", "The tag “" + other.getName() + "” already uses the slug “" + slug + "”.");
                });
        tag.rename(name, slug);
        try {
            tags.flush();
        } catch (DataIntegrityViolationException e) {
            throw duplicate(e, "tags_name_unique", "name", "Another tag already has this name.")
                    .or(() -> duplicate(e, "tags_slug_unique", "slug", "Another tag already uses this slug."))
                    .orElseThrow(() -> e);
        }
        return tag.toRef();
    }

    /**
     * Merges one tag into another: every story and every unpublished edit tagged with {@code sourceId} is tagged with
     * {@code targetId} instead (once, at the earlier of the two places), then the source tag is deleted.
     */
    @Transactional
    public TagMerge mergeTags(long sourceId, long targetId) {
        return tagMerger.merge(sourceId, targetId);
    }

    /** The tag with this name (ignoring case), created if it does not exist yet. */
    @Transactional
    public TagRef ensureTag(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("A tag needs a name");
        }
        return tags.findByNameIgnoreCase(trimmed)
                .orElseGet(() -> tags.save(new Tag(uniqueTagSlug(trimmed), trimmed, clock.instant())))
                .toRef();
    }

    private String uniqueTagSlug(String name) {
        String base = Slugs.slugify(name, 70);
        if (base.isEmpty()) {
            base = "tag";
        }
        String slug = base;
        for (int n = 2; tags.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
