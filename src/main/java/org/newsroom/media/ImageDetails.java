package org.newsroom.media;

import java.time.Instant;

/**
 * An image as the library shows it to staff.
 *
 * @param fileName the name it was uploaded with; shown, never used to name a file
 * @param byteSize of the original, as uploaded
 * @param picture its size, its renditions, and its own alt text, caption and credit, which this record's accessors of
 *     the same names read
 */
public record ImageDetails(
        long id,
        String fileName,
        ImageFormat format,
        long byteSize,
        Instant createdAt,
        Long createdBy,
        String createdByName,
        long version,
        Picture picture) {

    /** The same image with these renditions (the library's reads find them in a second query). */
    ImageDetails withPicture(Picture shown) {
        return new ImageDetails(id, fileName, format, byteSize, createdAt, createdBy, createdByName, version, shown);
    }

    /** Its width in pixels, after its EXIF orientation; likewise {@link #height}. */
    public int width() {
        return picture.width();
    }

    public int height() {
        return picture.height();
    }

    /** Its own alt text, as the library keeps it ({@code null} when it has none). */
    public String alt() {
        return picture.alt();
    }

    public String caption() {
        return picture.caption();
    }

    public String credit() {
        return picture.credit();
    }

    public boolean decorative() {
        return picture.decorative();
    }

    /**
     * The line an editor puts in a story's body to show this image. The brackets are empty: the image's own alt text
     * then applies, and follows it when the library's changes.
     */
    public String markdown() {
        return "![](media:" + id + ")";
    }

    public boolean hasAltText() {
        return picture.hasAltText();
    }

    /** The size of the original, e.g. {@code 2.4 MB}. */
    public String size() {
        if (byteSize < 1024 * 1024) {
            return Math.max(1, Math.round(byteSize / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", byteSize / (1024.0 * 1024.0));
    }
}
