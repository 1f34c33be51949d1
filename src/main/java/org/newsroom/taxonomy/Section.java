package org.newsroom.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.newsroom.platform.NamedEntity;

@Entity
@Table(name = "sections")
class Section extends NamedEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Section parent;

    @Column(nullable = false)
    private int position;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    protected Section() {}

    Section(String slug, String name, Section parent, int position, Instant now) {
        super(slug, name, now);
        this.parent = parent;
        this.position = position;
        this.modifiedAt = now;
    }

    Section getParent() {
        return parent;
    }

    int getPosition() {
        return position;
    }

    void change(String slug, String name, Section parent, int position, Instant now) {
        changeSlugAndName(slug, name);
        this.parent = parent;
        this.position = position;
        this.modifiedAt = now;
    }

    SectionDetails toDetails(int subsections) {
        return new SectionDetails(
                getId(),
                getName(),
                getSlug(),
                parent == null ? null : parent.getId(),
                parent == null ? null : parent.getName(),
                position,
                subsections);
    }

    SectionRef toRef() {
        return new SectionRef(
                getId(),
                getSlug(),
                getName(),
                parent == null ? null : parent.getSlug(),
                parent == null ? null : parent.getName());
    }
}
