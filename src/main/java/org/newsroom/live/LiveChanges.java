package org.newsroom.live;

import java.time.Instant;
import java.util.List;

/**
 * What changed in a live story after a given change number: the entries posted, edited or deleted (deleted ones with
 * {@code deleted} set), the pinned entry, and whether the coverage ended.
 *
 * @param pinned the entry pinned now, or {@code null}: given whole, so that an open page can show an entry newly pinned
 *     in its pinned slot even when the entry itself did not change (nor is on the page)
 * @param change the number of the latest change included: what to ask after next time
 */
public record LiveChanges(long storyId, List<LiveEntry> entries, LiveEntry pinned, Instant endedAt, long change) {

    public Long pinnedEntryId() {
        return pinned == null ? null : pinned.id();
    }

    public boolean ended() {
        return endedAt != null;
    }
}
