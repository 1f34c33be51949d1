package org.newsroom.media;

/**
 * One file a page may show for an image.
 *
 * @param url where it is served, immutable: this site's path {@code /media/{sha-256}.webp} or {@code .jpg}, or an
 *     absolute URL under {@code newsroom.media.public-base-url} (see {@link MediaUrls})
 */
public record Rendition(ImageFormat format, int width, int height, String url) {}
