package org.newsroom.media;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One rendition of an image: a format at a width, stored under the key of its bytes. */
@Embeddable
class StoredRendition {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ImageFormat format;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "file_key", nullable = false, length = 64)
    private String fileKey;

    @Column(name = "byte_size", nullable = false)
    private int byteSize;

    protected StoredRendition() {}

    StoredRendition(ImageFormat format, int width, int height, String fileKey, int byteSize) {
        this.format = format;
        this.width = width;
        this.height = height;
        this.fileKey = fileKey;
        this.byteSize = byteSize;
    }

    String getFileKey() {
        return fileKey;
    }
}
