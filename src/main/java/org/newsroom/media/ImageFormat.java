package org.newsroom.media;

import java.util.Locale;
import java.util.Optional;

/** The kinds of image the library accepts, as their decoders name them. */
public enum ImageFormat {
    JPEG("JPEG", "image/jpeg"),
    PNG("PNG", "image/png"),
    WEBP("WebP", "image/webp"),
    GIF("GIF", "image/gif");

    private final String label;
    private final String mediaType;

    ImageFormat(String label, String mediaType) {
        this.label = label;
        this.mediaType = mediaType;
    }

    public String label() {
        return label;
    }

    public String mediaType() {
        return mediaType;
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
