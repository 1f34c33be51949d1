package org.newsroom.live;

import java.util.List;

/**
 * What a reader's page is told of a live story's changes, by its stream and by polling alike: the entries to insert,
 * replace or remove (by id, newest change last), the pinned entry (its id and its HTML, which the page puts in its
 * pinned slot), whether the coverage ended, and the change to ask after next.
 */
public record LiveMessage(long change, List<Entry> entries, Long pinned, String pinnedHtml, boolean ended) {

    /** An entry changed: its HTML, or {@code deleted}. */
    public record Entry(long id, String postedAt, boolean deleted, String html) {}

    public static LiveMessage of(LiveChanges changes) {
        return new LiveMessage(
                changes.change(),
                changes.entries().stream()
                        .map(e -> new Entry(
                                e.id(),
                                e.postedAt()
                                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                                        .toString(),
                                e.deleted(),
                                e.html()))
                        .toList(),
                changes.pinnedEntryId(),
                changes.pinned() == null ? null : changes.pinned().html(),
                changes.ended());
    }
}
