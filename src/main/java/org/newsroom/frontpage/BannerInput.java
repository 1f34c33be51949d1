package org.newsroom.frontpage;

import java.time.Instant;

/**
 * What an editor sets.
 *
 * @param story the story the line links to: its address on the site, as a path or a full URL, as copied from the
 *     browser
 */
public record BannerInput(String line, BannerLevel level, String story, Instant expiresAt) {}
