package org.newsroom.media;

/** The formats renditions are served in: WebP for browsers that take it, JPEG for the rest. */
public enum RenditionFormat {
    WEBP("image/webp", "webp"),
    JPEG("image/jpeg", "jpg");

    private final String mediaType;
    private final String extension;

    RenditionFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
