package org.newsroom.taxonomy;

/**
 * What merging one tag into another did.
 *
 * @param sourceName the name of the tag that was merged, and is now deleted
 * @param target the tag that remains
 * @param articles stories whose tags changed
 * @param workingCopies unpublished edits of live stories whose tags changed
 */
public record TagMerge(String sourceName, TagRef target, int articles, int workingCopies) {}
