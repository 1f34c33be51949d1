package org.newsroom.distribution;

import java.io.IOException;
import java.util.List;

/** One CDN's purge API. */
interface CdnBackend {

    /** Its name, as the History page says it ("Removed from Fastly"). */
    String name();

    /**
     * Purges these keys, or everything for {@code *}; returns once the CDN has answered that it did. Throws when it did
     * not, so that the purge is tried again.
     */
    void purge(List<String> keys, boolean hard) throws IOException, InterruptedException;
}
