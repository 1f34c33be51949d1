package org.newsroom.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

    @Embedded
    private StoryContent content;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tag_ids", nullable = false, columnDefinition = "bigint[]")
    private Long[] tagIds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "author_ids", nullable = false, columnDefinition = "bigint[]")
    private Long[] authorIds;

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
        this.content = StoryContent.of(draft);
        this.tagIds = draft.tagIds().toArray(Long[]::new);
        this.authorIds = draft.authorIds().toArray(Long[]::new);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.createdByName = createdByName;
    }

    ArticleDraft toDraft() {
        return content.toDraft(List.of(authorIds), List.of(tagIds));
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
