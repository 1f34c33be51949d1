package org.newsroom.media;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An image of the library: its original's key, its renditions' keys, and what the newsroom says about it. */
@Entity
@Table(name = "media_images")
class Image {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "original_key", nullable = false, length = 64, updatable = false)
    private String originalKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private ImageFormat format;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "byte_size", nullable = false, updatable = false)
    private long byteSize;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "alt_text", length = 1000)
    private String alt;

    @Column(length = 2000)
    private String caption;

    @Column(length = 300)
    private String credit;

    @Column(nullable = false)
    private boolean decorative;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    @Column(name = "modified_by")
    private Long modifiedBy;

    @Version
    @Column(nullable = false)
    private long version;

    @ElementCollection
    @CollectionTable(name = "media_renditions", joinColumns = @JoinColumn(name = "image_id"))
    private List<StoredRendition> renditions = new ArrayList<>();

    protected Image() {}

    Image(
            String originalKey,
            ImageFormat format,
            String fileName,
            long byteSize,
            int width,
            int height,
            List<StoredRendition> renditions,
            Long createdBy,
            Instant now) {
        this.originalKey = originalKey;
        this.format = format;
        this.fileName = fileName;
        this.byteSize = byteSize;
        this.width = width;
        this.height = height;
        this.renditions.addAll(renditions);
        this.createdBy = createdBy;
        this.modifiedBy = createdBy;
        this.createdAt = now;
        this.modifiedAt = now;
    }

    void describe(ImageEdit edit, Long staffId, Instant now) {
        this.alt = edit.alt();
        this.caption = edit.caption();
        this.credit = edit.credit();
        this.decorative = edit.decorative();
        this.modifiedBy = staffId;
        this.modifiedAt = now;
    }

    Long getId() {
        return id;
    }

    String getOriginalKey() {
        return originalKey;
    }

    String getFileName() {
        return fileName;
    }

    Long getCreatedBy() {
        return createdBy;
    }

    long getVersion() {
        return version;
    }

    List<StoredRendition> getRenditions() {
        return List.copyOf(renditions);
    }
}
