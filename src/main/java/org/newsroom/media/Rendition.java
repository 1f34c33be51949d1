package org.newsroom.media;

/**
 * One file a page may show for an image.
 *
 * @param url the path it is served at, {@code /media/{sha-256}.webp} or {@code .jpg}, immutable
 */
public record Rendition(ImageFormat format, int width, int height, String url) {

    static String urlOf(String key, ImageFormat format) {
        return "/media/" + key + "." + format.extension();
    }
}
