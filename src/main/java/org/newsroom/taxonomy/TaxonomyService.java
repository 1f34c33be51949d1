package org.newsroom.taxonomy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.newsroom.platform.Slugs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sections and tags: the taxonomy module's API. */
@Service
public class TaxonomyService {

    private final SectionRepository sections;
    private final TagRepository tags;
    private final Clock clock;

    TaxonomyService(SectionRepository sections, TagRepository tags, Clock clock) {
        this.sections = sections;
        this.tags = tags;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<SectionRef> findSection(String slug) {
        return sections.findBySlug(slug).map(Section::toRef);
    }

    /** Top-level sections in navigation order. */
    @Transactional(readOnly = true)
    public List<SectionRef> navigationSections() {
        return sections.findTopLevel().stream().map(Section::toRef).toList();
    }

    /** Every section, each top-level one followed by its subsections, for choosing a story's section. */
    @Transactional(readOnly = true)
    public List<SectionRef> allSections() {
        List<SectionRef> all = sections.findAll().stream()
                .sorted(java.util.Comparator.comparing(Section::sortKey))
                .map(Section::toRef)
                .toList();
        return all;
    }

    @Transactional(readOnly = true)
    public Optional<SectionRef> findSection(long id) {
        return sections.findById(id).map(Section::toRef);
    }

    /** The tags with these ids, in the order given; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<TagRef> tags(List<Long> ids) {
        var byId = tags.findAllById(ids).stream()
                .map(Tag::toRef)
                .collect(java.util.stream.Collectors.toMap(TagRef::id, tag -> tag));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Transactional(readOnly = true)
    public List<TagRef> allTags() {
        return tags.findAll(org.springframework.data.domain.Sort.by("name")).stream()
                .map(Tag::toRef)
                .toList();
    }

    /** The section with this slug, created under the given parent if it does not exist yet. */
    @Transactional
    public SectionRef ensureSection(String slug, String name, String parentSlug, int position) {
        if (!Slugs.isValid(slug)) {
            throw new IllegalArgumentException("Not a valid section slug: " + slug);
        }
        return sections.findBySlug(slug)
                .orElseGet(() -> {
                    Section parent = parentSlug == null
                            ? null
                            : sections.findBySlug(parentSlug)
                                    .orElseThrow(() ->
                                            new IllegalArgumentException("Unknown parent section: " + parentSlug));
                    return sections.save(new Section(slug, name, parent, position, clock.instant()));
                })
                .toRef();
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
