package org.newsroom.frontpage;

import java.time.Instant;

/**
 * The banner as readers see it.
 *
 * @param articleId the story it was set to link to, public or not: the pages it is on name that story's surrogate key,
 *     so that they go when the story does
 * @param path where the line links to: the story's canonical path, or {@code null} when the story is no longer public
 *     (the line is shown without a link rather than leading to a 410)
 * @param expiresAt when it stops being shown, by itself
 */
public record Banner(String line, BannerLevel level, Long articleId, String path, Instant expiresAt) {

    public boolean linked() {
        return path != null;
    }
}
