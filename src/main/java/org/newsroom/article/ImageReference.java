package org.newsroom.article;

/**
 * A library image named in a Markdown body: {@code ![alt](media:42 "caption")}.
 *
 * @param alt the alt text written between the brackets, or empty to use the image's own
 * @param caption the title written after the reference, or {@code null} to use the image's own caption
 */
public record ImageReference(long imageId, String alt, String caption) {}
