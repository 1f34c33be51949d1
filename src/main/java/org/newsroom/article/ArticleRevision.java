package org.newsroom.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An immutable snapshot of every field of a story, taken at each save. */
@Entity
@Immutable
@Table(name = "article_revisions")
class ArticleRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RevisionKind kind;

    @Column(name = "restored_from")
    private Integer restoredFrom;

    @Column(nullable = false, length = 200)
    private String headline;

    @Column(length = 400)
    private String deck;

    @Column(name = "body_markdown", nullable = false, columnDefinition = "text")
    private String bodyMarkdown;

    @Column(nullable = false, length = 120)
    private String slug;

    @Column(name = "section_id")
    private Long sectionId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tag_ids", nullable = false, columnDefinition = "bigint[]")
    private Long[] tagIds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "author_ids", nullable = false, columnDefinition = "bigint[]")
    private Long[] authorIds;

    @Column(length = 80)
    private String dateline;

    @Column(nullable = false, length = 35)
    private String language;

    @Column(name = "seo_title", length = 200)
    private String seoTitle;

    @Column(name = "seo_description", length = 400)
    private String seoDescription;

    @Column(name = "lead_image_id")
    private Long leadImageId;

    @Column(name = "lead_image_alt", length = 1000)
    private String leadImageAlt;

    @Column(name = "lead_image_caption", length = 2000)
    private String leadImageCaption;

    @Column(name = "lead_image_decorative", nullable = false)
    private boolean leadImageDecorative;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_by_name", length = 120)
    private String createdByName;

    protected ArticleRevision() {}

    ArticleRevision(
            long articleId,
            int number,
            RevisionKind kind,
            Integer restoredFrom,
            ArticleDraft draft,
            Instant createdAt,
            Long createdBy,
            String createdByName) {
        this.articleId = articleId;
        this.number = number;
        this.kind = kind;
        this.restoredFrom = restoredFrom;
        this.headline = draft.headline();
        this.deck = draft.deck();
        this.bodyMarkdown = draft.bodyMarkdown() == null ? "" : draft.bodyMarkdown();
        this.slug = draft.slug();
        this.sectionId = draft.sectionId();
        this.tagIds = draft.tagIds().toArray(Long[]::new);
        this.authorIds = draft.authorIds().toArray(Long[]::new);
        this.dateline = draft.dateline();
        this.language = draft.language() == null ? "en" : draft.language();
        this.seoTitle = draft.seoTitle();
        this.seoDescription = draft.seoDescription();
        this.leadImageId = draft.leadImage().imageId();
        this.leadImageAlt = draft.leadImage().alt();
        this.leadImageCaption = draft.leadImage().caption();
        this.leadImageDecorative = draft.leadImage().decorative();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.createdByName = createdByName;
    }

    ArticleDraft toDraft() {
        return new ArticleDraft(
                headline,
                deck,
                bodyMarkdown,
                slug,
                sectionId,
                List.of(authorIds),
                List.of(tagIds),
                dateline,
                language,
                seoTitle,
                seoDescription,
                new LeadImage(leadImageId, leadImageAlt, leadImageCaption, leadImageDecorative));
    }

    Long getId() {
        return id;
    }

    Long getArticleId() {
        return articleId;
    }

    int getNumber() {
        return number;
    }

    RevisionSummary toSummary() {
        return new RevisionSummary(id, number, kind, restoredFrom, createdAt, createdByName);
    }
}
