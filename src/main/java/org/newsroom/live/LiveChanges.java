package org.newsroom.live;

import java.time.Instant;
import java.util.List;

/**
 * What changed in a live story after a given change number: the entries posted, edited or deleted (deleted ones with
 * {@code deleted} set), the pinned entry, and whether the coverage ended.
 *
 * @param change the number of the latest change included: what to ask after next time
 */
public record LiveChanges(long storyId, List<LiveEntry> entries, Long pinnedEntryId, Instant endedAt, long change) {

    public boolean ended() {
        return endedAt != null;
    }
}
