package org.newsroom.taxonomy;

/**
 * A section as pages show it. A subsection carries its parent, for labels such as "World › Middle East".
 *
 * @param parentSlug the parent section's slug, or {@code null} for a top-level section
 * @param parentName the parent section's name, or {@code null} for a top-level section
 */
public record SectionRef(long id, String slug, String name, String parentSlug, String parentName) {

    public boolean hasParent() {
        return parentSlug != null;
    }

    public String path() {
        return "/" + slug;
    }
}
