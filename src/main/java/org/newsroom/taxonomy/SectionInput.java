package org.newsroom.taxonomy;

/**
 * A section to create or change.
 *
 * @param slug the URL segment; empty or {@code null} to make one from the name
 * @param parentId a top-level section, or {@code null} to make this a top-level section
 * @param position the order among its siblings, smallest first
 */
public record SectionInput(String name, String slug, Long parentId, int position) {}
