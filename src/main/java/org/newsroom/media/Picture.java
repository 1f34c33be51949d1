package org.newsroom.media;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An image as a page shows it: its renditions and, for this use, its alt text, caption and credit.
 *
 * @param width and {@code height} of the image (after its EXIF orientation), for its proportions
 * @param alt the alt text, or {@code null} when it has none (publishing refuses that unless it is decorative)
 * @param decorative shown with empty alt text, so that screen readers pass over it
 * @param renditions WebP and JPEG, narrowest first
 */
public record Picture(
        long id,
        int width,
        int height,
        String alt,
        String caption,
        String credit,
        boolean decorative,
        List<Rendition> renditions) {

    /** Browsers that read neither {@code srcset} nor WebP get the JPEG nearest this width. */
    static final int FALLBACK_WIDTH = 1024;

    public Picture {
        renditions = renditions.stream()
                .sorted(Comparator.comparing((Rendition r) -> r.format() != ImageFormat.WEBP)
                        .thenComparing(Rendition::width))
                .toList();
    }

    /** The same image with these renditions. */
    Picture withRenditions(List<Rendition> found) {
        return new Picture(id, width, height, alt, caption, credit, decorative, found);
    }

    /**
     * This image as one story uses it: its own alt text and caption unless the story gives others, decorative if
     * either says so.
     */
    public Picture forUse(String altHere, String captionHere, boolean decorativeHere) {
        return new Picture(
                id,
                width,
                height,
                blank(altHere) ? alt : altHere.strip(),
                blank(captionHere) ? caption : captionHere.strip(),
                credit,
                decorative || decorativeHere,
                renditions);
    }

    /** What the {@code alt} attribute says: empty for a decorative image. */
    public String altText() {
        return decorative || alt == null ? "" : alt;
    }

    /** Has it what publishing needs: alt text, or the mark of a decorative image? */
    public boolean hasAltText() {
        return decorative || !blank(alt);
    }

    public boolean hasCaption() {
        return !blank(caption);
    }

    public boolean hasCredit() {
        return !blank(credit);
    }

    public List<Rendition> webp() {
        return of(ImageFormat.WEBP);
    }

    public List<Rendition> jpeg() {
        return of(ImageFormat.JPEG);
    }

    public String webpSrcset() {
        return srcset(webp());
    }

    public String jpegSrcset() {
        return srcset(jpeg());
    }

    /** The JPEG for {@code src}: the widest up to 1024 pixels, else the narrowest. */
    public Rendition fallback() {
        List<Rendition> jpeg = jpeg();
        return jpeg.stream()
                .filter(r -> r.width() <= FALLBACK_WIDTH)
                .reduce((first, second) -> second)
                .orElse(jpeg.getFirst());
    }

    /** The widest JPEG, for sharing (OpenGraph, structured data). */
    public Rendition largest() {
        return jpeg().getLast();
    }

    private List<Rendition> of(ImageFormat format) {
        return renditions.stream().filter(r -> r.format() == format).toList();
    }

    private static String srcset(List<Rendition> renditions) {
        return renditions.stream().map(r -> r.url() + " " + r.width() + "w").collect(Collectors.joining(", "));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
