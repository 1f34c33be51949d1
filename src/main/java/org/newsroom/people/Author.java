package org.newsroom.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.newsroom.platform.NamedEntity;

@Entity
@Table(name = "authors")
class Author extends NamedEntity {

    @Column(columnDefinition = "text")
    private String bio;

    @Column(name = "staff_user_id")
    private Long staffUserId;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    protected Author() {}

    Author(String slug, String name, Instant now) {
        super(slug, name, now);
        this.modifiedAt = now;
    }

    void change(String slug, String name, String bio, Long staffUserId, Instant now) {
        changeSlugAndName(slug, name);
        this.bio = bio;
        this.staffUserId = staffUserId;
        this.modifiedAt = now;
    }

    Long getStaffUserId() {
        return staffUserId;
    }

    AuthorDetails toDetails() {
        return new AuthorDetails(getId(), getName(), getSlug(), bio, staffUserId);
    }

    AuthorRef toRef() {
        return new AuthorRef(getId(), getSlug(), getName());
    }
}
