package org.newsroom.taxonomy;

/**
 * One tag has been merged into another, and is about to be deleted. Published inside the merge's transaction, after
 * both tags are locked and before the source tag's row goes: whoever holds tag ids (the article module: story tags and
 * working copies) must replace {@code sourceId} by {@code targetId} while handling the event, in that transaction, or
 * the delete fails on their foreign key and the whole merge is rolled back.
 *
 * @param sourceId the tag merged away
 * @param targetId the tag that remains, which takes the earlier place where a story had both
 */
public record TagsMerged(long sourceId, long targetId) {}
