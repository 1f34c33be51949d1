package org.newsroom.frontpage;

import java.time.Instant;

/**
 * The banner as readers see it.
 *
 * @param path where the line links to: the story's canonical path, or {@code null} when the story is no longer public
 *     (the line is shown without a link rather than leading to a 410)
 * @param expiresAt when it stops being shown, by itself
 */
public record Banner(String line, BannerLevel level, String path, Instant expiresAt) {

    public boolean linked() {
        return path != null;
    }
}
