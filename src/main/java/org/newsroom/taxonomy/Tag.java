package org.newsroom.taxonomy;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.newsroom.platform.NamedEntity;

@Entity
@Table(name = "tags")
class Tag extends NamedEntity {

    protected Tag() {}

    Tag(String slug, String name, Instant now) {
        super(slug, name, now);
    }

    void rename(String name, String slug) {
        changeSlugAndName(slug, name);
    }

    TagRef toRef() {
        return new TagRef(getId(), getSlug(), getName());
    }
}
