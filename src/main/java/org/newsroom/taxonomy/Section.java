package org.newsroom.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "sections")
class Section {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Section parent;

    @Column(nullable = false)
    private int position;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    protected Section() {}

    Section(String slug, String name, Section parent, int position, Instant now) {
        this.slug = slug;
        this.name = name;
        this.parent = parent;
        this.position = position;
        this.createdAt = now;
        this.modifiedAt = now;
    }

    Long getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    String getName() {
        return name;
    }

    Section getParent() {
        return parent;
    }

    int getPosition() {
        return position;
    }

    void change(String slug, String name, Section parent, int position, Instant now) {
        this.slug = slug;
        this.name = name;
        this.parent = parent;
        this.position = position;
        this.modifiedAt = now;
    }

    SectionDetails toDetails(int subsections) {
        return new SectionDetails(
                id,
                name,
                slug,
                parent == null ? null : parent.id,
                parent == null ? null : parent.name,
                position,
                subsections);
    }

    SectionRef toRef() {
        return new SectionRef(id, slug, name, parent == null ? null : parent.slug, parent == null ? null : parent.name);
    }
}
