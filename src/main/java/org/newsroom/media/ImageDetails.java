package org.newsroom.media;

import java.time.Instant;

/**
 * An image as the library shows it to staff.
 *
 * @param fileName the name it was uploaded with; shown, never used to name a file
 * @param byteSize of the original, as uploaded
 * @param picture its renditions and its own alt text, caption and credit
 */
public record ImageDetails(
        long id,
        String fileName,
        ImageFormat format,
        long byteSize,
        int width,
        int height,
        String alt,
        String caption,
        String credit,
        boolean decorative,
        Instant createdAt,
        Long createdBy,
        String createdByName,
        long version,
        Picture picture) {

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
