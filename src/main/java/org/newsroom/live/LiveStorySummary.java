package org.newsroom.live;

import java.time.Instant;

/** A live story in the admin list. */
public record LiveStorySummary(long storyId, Instant startedAt, Instant endedAt, long entries, long drafts) {

    public boolean ended() {
        return endedAt != null;
    }
}
