package org.newsroom.frontpage;

import java.time.Instant;

/**
 * The live banner as the admin form shows it.
 *
 * @param storyPath the linked story's path, or {@code null} when it is no longer public (readers see no link)
 * @param storyHeadline the linked story's headline, while it is public
 */
public record BannerDetails(
        long id,
        String line,
        BannerLevel level,
        String storyPath,
        String storyHeadline,
        Instant expiresAt,
        Instant modifiedAt) {

    /** Where readers' banner links to, as {@link Banner#path()}. */
    public String path() {
        return storyPath;
    }

    public boolean linked() {
        return storyPath != null;
    }
}
