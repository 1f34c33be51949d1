package org.newsroom.live;

import java.time.Instant;
import java.util.List;

/**
 * What a live story's page shows of its coverage.
 *
 * @param pinned the pinned entry, or {@code null}
 * @param keyEvents the entries marked as key events, newest first
 * @param entries one page of entries, newest first
 * @param olderBefore the entry id for the "Older updates" link ({@code ?before=}), or {@code null} on the last page
 * @param change the number of the story's latest change: where a page's stream or polling starts from
 */
public record LiveCoverage(
        long storyId,
        Instant startedAt,
        Instant endedAt,
        LiveEntry pinned,
        List<LiveEntry> keyEvents,
        List<LiveEntry> entries,
        Long olderBefore,
        long change,
        boolean newest) {

    public boolean ended() {
        return endedAt != null;
    }

    /** Every entry the page shows, the pinned one first. */
    public List<LiveEntry> shown() {
        return pinned == null || entries.stream().anyMatch(e -> e.id() == pinned.id())
                ? entries
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(pinned), entries.stream())
                        .toList();
    }
}
