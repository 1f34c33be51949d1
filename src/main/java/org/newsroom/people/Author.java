package org.newsroom.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "authors")
class Author {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(columnDefinition = "text")
    private String bio;

    @Column(name = "staff_user_id")
    private Long staffUserId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    protected Author() {}

    Author(String slug, String name, Instant now) {
        this.slug = slug;
        this.name = name;
        this.createdAt = now;
        this.modifiedAt = now;
    }

    void change(String slug, String name, String bio, Long staffUserId, Instant now) {
        this.slug = slug;
        this.name = name;
        this.bio = bio;
        this.staffUserId = staffUserId;
        this.modifiedAt = now;
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

    Long getStaffUserId() {
        return staffUserId;
    }

    AuthorDetails toDetails() {
        return new AuthorDetails(id, name, slug, bio, staffUserId);
    }

    AuthorRef toRef() {
        return new AuthorRef(id, slug, name);
    }
}
