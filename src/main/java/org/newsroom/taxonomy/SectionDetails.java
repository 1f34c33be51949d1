package org.newsroom.taxonomy;

import org.newsroom.platform.NamedPage;

/**
 * A section as the admin screens show and edit it.
 *
 * @param parentId the parent section, or {@code null} for a top-level section
 * @param parentName the parent's name, or {@code null} for a top-level section
 * @param subsections how many sections have this one as their parent
 */
public record SectionDetails(
        long id, String name, String slug, Long parentId, String parentName, int position, int subsections)
        implements NamedPage {

    public boolean isSubsection() {
        return parentId != null;
    }

    @Override
    public String path() {
        return "/" + slug;
    }
}
