package org.newsroom.media;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of image the library accepts, as their decoders name them, and the two its renditions are served in:
 * WebP for browsers that take it, JPEG for the rest.
 */
public enum ImageFormat {
    JPEG("JPEG", "image/jpeg", "jpg"),
    PNG("PNG", "image/png", "png"),
    WEBP("WebP", "image/webp", "webp"),
    GIF("GIF", "image/gif", "gif");

    private final String label;
    private final String mediaType;
    private final String extension;

    ImageFormat(String label, String mediaType, String extension) {
        this.label = label;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    public String mediaType() {
        return mediaType;
    }

    /** How a file of this format is named, as a rendition's URL ends: {@code jpg}, {@code webp}. */
    public String extension() {
        return extension;
    }

    /** The format an ImageIO reader names ({@code "jpeg"}, {@code "JPEG"}, {@code "png"}, …), if it is one we take. */
    static Optional<ImageFormat> ofReaderName(String name) {
        return switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
            case "jpeg", "jpg" -> Optional.of(JPEG);
            case "png" -> Optional.of(PNG);
            case "webp" -> Optional.of(WEBP);
            case "gif" -> Optional.of(GIF);
            default -> Optional.empty();
        };
    }
}
