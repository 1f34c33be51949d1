package org.newsroom.platform;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * The columns of everything readers reach by a slug of its own (an author, a section, a tag): its id, the slug, the
 * name and when it was created. The sizes are those of {@link NameRules}, which checks what is typed into them.
 */
@MappedSuperclass
public abstract class NamedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NameRules.MAX_SLUG_LENGTH)
    private String slug;

    @Column(nullable = false, length = NameRules.MAX_NAME_LENGTH)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected NamedEntity() {}

    protected NamedEntity(String slug, String name, Instant now) {
        this.slug = slug;
        this.name = name;
        this.createdAt = now;
    }

    protected void changeSlugAndName(String slug, String name) {
        this.slug = slug;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }
}
