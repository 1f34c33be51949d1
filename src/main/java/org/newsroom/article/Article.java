package org.newsroom.article;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A story. Sections, tags and authors belong to other modules, so the article holds their ids, never their entities.
 */
@Entity
@Table(name = "articles")
class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String headline;

    @Column(length = 400)
    private String deck;

    @Column(name = "body_markdown", nullable = false, columnDefinition = "text")
    private String bodyMarkdown = "";

    @Column(name = "body_html", nullable = false, columnDefinition = "text")
    private String bodyHtml = "";

    @Column(nullable = false, length = 120)
    private String slug;

    @Column(name = "section_id")
    private Long sectionId;

    @Column(length = 80)
    private String dateline;

    @Column(nullable = false, length = 35)
    private String language = "en";

    @Column(name = "seo_title", length = 200)
    private String seoTitle;

    @Column(name = "seo_description", length = 400)
    private String seoDescription;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArticleStatus status = ArticleStatus.DRAFT;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    @Version
    @Column(nullable = false)
    private long version;

    @ElementCollection
    @CollectionTable(name = "article_authors", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "author_id", nullable = false)
    private List<Long> authorIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "article_tags", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag_id", nullable = false)
    private List<Long> tagIds = new ArrayList<>();

    protected Article() {}

    Article(Instant now) {
        this.createdAt = now;
        this.modifiedAt = now;
    }

    void edit(ArticleDraft draft, String renderedBody, Instant now) {
        this.headline = draft.headline();
        this.deck = draft.deck();
        this.bodyMarkdown = draft.bodyMarkdown() == null ? "" : draft.bodyMarkdown();
        this.bodyHtml = renderedBody;
        this.slug = draft.slug();
        this.sectionId = draft.sectionId();
        this.dateline = draft.dateline();
        this.language = draft.language() == null ? "en" : draft.language();
        this.seoTitle = draft.seoTitle();
        this.seoDescription = draft.seoDescription();
        this.authorIds = new ArrayList<>(draft.authorIds());
        this.tagIds = new ArrayList<>(draft.tagIds());
        this.modifiedAt = now;
    }

    /** Makes the story public with the given times, as when importing an archive or the demo content. */
    void markPublished(Instant publishedAt, Instant updatedAt) {
        if (sectionId == null) {
            throw new IllegalStateException("A story needs a section to be published");
        }
        this.status = ArticleStatus.PUBLISHED;
        this.publishedAt = publishedAt;
        this.updatedAt = updatedAt;
    }

    Long getId() {
        return id;
    }

    ArticleStatus getStatus() {
        return status;
    }
}
