package org.newsroom.taxonomy;

import static org.newsroom.taxonomy.TaxonomyNames.duplicate;
import static org.newsroom.taxonomy.TaxonomyNames.name;
import static org.newsroom.taxonomy.TaxonomyNames.slug;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsroom.platform.RuleViolation;
import org.newsroom.platform.Slugs;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sections and their subsections: the taxonomy module's API for them. Tags are {@link TagService}'s. */
@Service
public class SectionService {

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

    public static final int MAX_POSITION = 9999;

    private static final Comparator<Section> SIBLING_ORDER = Comparator.comparingInt(Section::getPosition)
            .thenComparing(Section::getName)
            .thenComparing(Section::getId);

    private final SectionRepository sections;
    private final Clock clock;

    SectionService(SectionRepository sections, Clock clock) {
        this.sections = sections;
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

    /** The subsections of a section, in navigation order. */
    @Transactional(readOnly = true)
    public List<SectionRef> subsections(SectionRef parent) {
        return allSections().stream()
                .filter(section -> parent.slug().equals(section.parentSlug()))
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
