package org.newsroom.taxonomy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsroom.platform.NameRules;
import org.newsroom.platform.RuleViolation;
import org.newsroom.platform.Slugs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sections and tags: the taxonomy module's API. */
@Service
public class TaxonomyService {

    /**
     * Words that a section may not take as its slug, because a section's slug is the first segment of its URL and these
     * belong to other routes. The database holds the same list ({@code sections_slug_not_reserved} in
     * {@code V1__sections.sql}); keep the two in step.
     */
    public static final List<String> RESERVED_SECTION_SLUGS = List.of(
            "admin",
            "api",
            "actuator",
            "assets",
            "author",
            "authors",
            "corrections",
            "css",
            "error",
            "favicon",
            "feed",
            "feeds",
            "fonts",
            "images",
            "img",
            "js",
            "login",
            "logout",
            "media",
            "news-sitemap",
            "preview",
            "robots",
            "rss",
            "search",
            "sitemap",
            "sitemaps",
            "static",
            "tag",
            "tags",
            "webjars");

    /** Slug rules, as people read them. */
    public static final String SLUG_FORMAT_MESSAGE =
            "Use only lower-case letters (a–z), digits and single hyphens between them, like middle-east.";

    /** Slug format for forms: {@link Slugs#FORMAT}, or nothing, with spaces around it allowed. */
    public static final String SLUG_OR_EMPTY_PATTERN = "^\\s*([a-z0-9]+(-[a-z0-9]+)*)?\\s*$";

    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_SLUG_LENGTH = 80;
    public static final int MAX_POSITION = 9999;

    private static final Comparator<Section> SIBLING_ORDER = Comparator.comparingInt(Section::getPosition)
            .thenComparing(Section::getName)
            .thenComparing(Section::getId);

    private final SectionRepository sections;
    private final TagRepository tags;
    private final TagMerger tagMerger;
    private final JdbcClient jdbc;
    private final ObjectProvider<TagUsage> tagUsage;
    private final Clock clock;

    TaxonomyService(
            SectionRepository sections,
            TagRepository tags,
            TagMerger tagMerger,
            JdbcClient jdbc,
            ObjectProvider<TagUsage> tagUsage,
            Clock clock) {
        this.sections = sections;
        this.tags = tags;
        this.tagMerger = tagMerger;
        this.jdbc = jdbc;
        this.tagUsage = tagUsage;
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
        return new SectionTree(sections.findAllWithParent())
                .inOrder().stream().map(Section::toRef).toList();
    }

    /** Every section with what the admin screens show, each top-level one followed by its subsections. */
    @Transactional(readOnly = true)
    public List<SectionDetails> sectionTree() {
        SectionTree tree = new SectionTree(sections.findAllWithParent());
        return tree.inOrder().stream()
                .map(section -> section.toDetails(tree.childrenOf(section).size()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<SectionRef> findSection(long id) {
        return sections.findById(id).map(Section::toRef);
    }

    @Transactional(readOnly = true)
    public SectionDetails getSection(long id) {
        Section section = sections.findWithParent(id).orElseThrow(() -> new SectionNotFoundException(id));
        return section.toDetails((int) sections.countByParent(section));
    }

    /**
     * Creates a section. Its slug is made from the name when left empty; a slug that is taken, reserved for another
     * route or badly formed, a parent that is itself a subsection, or a position out of range is refused with a
     * {@link RuleViolation} naming the field.
     */
    @Transactional
    public SectionDetails createSection(SectionInput input) {
        String name = name(input.name());
        String slug = sectionSlug(input.slug(), name, null);
        Section parent = parent(input.parentId(), null);
        int position = position(input.position());
        Section section = new Section(slug, name, parent, position, clock.instant());
        flushSections(() -> sections.saveAndFlush(section));
        return section.toDetails(0);
    }

    /** Changes a section, by the rules of {@link #createSection}; a section with subsections stays top-level. */
    @Transactional
    public SectionDetails updateSection(long id, SectionInput input) {
        Section section = sections.findWithParent(id).orElseThrow(() -> new SectionNotFoundException(id));
        String name = name(input.name());
        String slug = sectionSlug(input.slug(), name, section.getId());
        Section parent = parent(input.parentId(), section);
        int position = position(input.position());
        section.change(slug, name, parent, position, clock.instant());
        flushSections(sections::flush);
        return section.toDetails((int) sections.countByParent(section));
    }

    @Transactional(readOnly = true)
    public Optional<TagRef> findTag(String slug) {
        return Slugs.isValid(slug) ? tags.findBySlug(slug).map(Tag::toRef) : Optional.empty();
    }

    /** The subsections of a section, in navigation order. */
    @Transactional(readOnly = true)
    public List<SectionRef> subsections(SectionRef parent) {
        return allSections().stream()
                .filter(section -> parent.slug().equals(section.parentSlug()))
                .toList();
    }

    /** The tags with these ids, in the order given; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<TagRef> tags(List<Long> ids) {
        var byId = tags.findAllById(ids).stream()
                .map(Tag::toRef)
                .collect(Collectors.toMap(TagRef::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
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

    private static String name(String value) {
        return NameRules.name(value, MAX_NAME_LENGTH);
    }

    private static String slug(String requested, String name) {
        return NameRules.slug(requested, name, MAX_SLUG_LENGTH, SLUG_FORMAT_MESSAGE);
    }

    private String sectionSlug(String requested, String name, Long selfId) {
        boolean made = requested == null || requested.isBlank();
        String slug = slug(requested, name);
        if (RESERVED_SECTION_SLUGS.contains(slug)) {
            throw new RuleViolation(
                    "slug",
                    (made ? "The slug made from the name, “" + slug + "”," : "“" + slug + "”")
                            + " is reserved for another page of the site (/" + slug + "). Choose another slug.");
        }
        sections.findBySlug(slug).filter(other -> !other.getId().equals(selfId)).ifPresent(other -> {
            throw new RuleViolation(
                    "slug",
                    "The section “" + other.getName() + "” already uses the slug “" + slug + "”. Choose another slug.");
        });
        return slug;
    }

    /** The parent asked for, which must be a top-level section other than the one being changed. */
    private Section parent(Long parentId, Section self) {
        if (parentId == null) {
            return null;
        }
        if (self != null && parentId.equals(self.getId())) {
            throw new RuleViolation("parentId", "A section cannot be its own parent.");
        }
        Section parent = sections.findWithParent(parentId)
                .orElseThrow(() -> new RuleViolation("parentId", "Choose a parent section from the list."));
        if (parent.getParent() != null) {
            throw new RuleViolation(
                    "parentId",
                    "“" + parent.getName() + "” is itself a subsection of “"
                            + parent.getParent().getName()
                            + "”. Sections nest only one level deep: choose a top-level section.");
        }
        if (self != null && sections.countByParent(self) > 0) {
            throw new RuleViolation(
                    "parentId",
                    "This section has subsections of its own, so it cannot become a subsection: sections nest only"
                            + " one level deep.");
        }
        return parent;
    }

    private static int position(int position) {
        if (position < 0 || position > MAX_POSITION) {
            throw new RuleViolation("position", "Enter a position from 0 to " + MAX_POSITION + ".");
        }
        return position;
    }

    /** Runs a write that flushes, turning a slug taken in the meantime by another request into a field message. */
    private static void flushSections(Runnable write) {
        try {
            write.run();
        } catch (DataIntegrityViolationException e) {
            throw duplicate(e, "sections_slug_unique", "slug", "Another section already uses this slug.")
                    .orElseThrow(() -> e);
        }
    }

    private static Optional<RuleViolation> duplicate(
            DataIntegrityViolationException e, String constraint, String field, String message) {
        String cause = String.valueOf(e.getMostSpecificCause().getMessage());
        return cause.contains(constraint) ? Optional.of(new RuleViolation(field, message)) : Optional.empty();
    }

    /** Sections as a tree: roots by position, each followed depth-first by its children by position. */
    private static final class SectionTree {

        private final List<Section> roots = new ArrayList<>();
        private final Map<Long, List<Section>> children = new HashMap<>();

        SectionTree(List<Section> all) {
            for (Section section : all) {
                if (section.getParent() == null) {
                    roots.add(section);
                } else {
                    children.computeIfAbsent(section.getParent().getId(), id -> new ArrayList<>())
                            .add(section);
                }
            }
            roots.sort(SIBLING_ORDER);
            children.values().forEach(list -> list.sort(SIBLING_ORDER));
        }

        List<Section> childrenOf(Section section) {
            return children.getOrDefault(section.getId(), List.of());
        }

        List<Section> inOrder() {
            List<Section> ordered = new ArrayList<>();
            roots.forEach(root -> visit(root, ordered));
            return ordered;
        }

        private void visit(Section section, List<Section> ordered) {
            ordered.add(section);
            childrenOf(section).forEach(child -> visit(child, ordered));
        }
    }
}
