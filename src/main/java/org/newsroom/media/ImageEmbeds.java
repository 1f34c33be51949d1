package org.newsroom.media;

import java.util.Collection;
import java.util.Map;

/**
 * The images of the library that a Markdown body can show, written {@code ![alt text](media:42 "Caption")}. The media
 * module provides them; {@link MarkdownRenderer} writes the HTML.
 */
public interface ImageEmbeds {

    /** The images with these ids that exist; an id that names no image is left out. */
    Map<Long, Embed> find(Collection<Long> ids);

    /**
     * What a page needs to show a library image: its renditions as {@code srcset} lists and its defaults.
     *
     * @param src the rendition for browsers that read neither {@code srcset} nor WebP
     * @param width and {@code height} of {@code src}, for the page to reserve the image's place
     */
    record Embed(
            String src,
            String webpSrcset,
            String jpegSrcset,
            int width,
            int height,
            String alt,
            boolean decorative,
            String caption,
            String credit) {}
}
