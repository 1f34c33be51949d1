package org.newsroom.live;

import java.time.Instant;
import java.util.List;

/**
 * Coverage that already happened, as an import gives it (the demo content's live story): when it started and ended,
 * and its entries, each posted at its own time by its own author.
 *
 * @param startedBy who started it, as the coverage records it
 * @param endedAt when it ended, or {@code null} when it goes on
 */
public record PastCoverage(Instant startedAt, String startedBy, Instant endedAt, List<Entry> entries) {

    public PastCoverage {
        entries = List.copyOf(entries);
    }

    /**
     * A posted entry.
     *
     * @param pinned whether it is the one pinned to the top (one entry at most)
     */
    public record Entry(
            Instant postedAt, String title, String bodyMarkdown, String author, boolean keyEvent, boolean pinned) {}
}
