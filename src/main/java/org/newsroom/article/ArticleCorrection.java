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

@Entity
@Table(name = "article_corrections")
class ArticleCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CorrectionKind kind;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "created_by")
    private Long createdBy;

    protected ArticleCorrection() {}

    ArticleCorrection(Long articleId, CorrectionKind kind, String text, Instant publishedAt, Long createdBy) {
        this.articleId = articleId;
        this.kind = kind;
        this.text = text;
        this.publishedAt = publishedAt;
        this.createdBy = createdBy;
    }

    Correction toCorrection(String headline, String articlePath) {
        return new Correction(id, articleId, kind, text, publishedAt, headline, articlePath);
    }
}
