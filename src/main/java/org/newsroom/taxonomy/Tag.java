package org.newsroom.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "tags")
class Tag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Tag() {}

    Tag(String slug, String name, Instant now) {
        this.slug = slug;
        this.name = name;
        this.createdAt = now;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getSlug() {
        return slug;
    }

    void rename(String name, String slug) {
        this.name = name;
        this.slug = slug;
    }

    TagRef toRef() {
        return new TagRef(id, slug, name);
    }
}
