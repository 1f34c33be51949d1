package org.newsroom.article;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A story. Sections, tags and authors belong to other modules, so the article holds their ids, never their entities.
 */
@Entity
@Table(name = "articles")
class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private StoryContent content = StoryContent.EMPTY;

    /** The body as readers get it: the content's Markdown rendered and sanitized, kept only on the live row. */
    @Column(name = "body_html", nullable = false, columnDefinition = "text")
    private String bodyHtml = "";

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

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "modified_by")
    private Long modifiedBy;

    @Column(name = "review_note", length = 2000)
    private String reviewNote;

    @Column(name = "review_note_by", length = 120)
    private String reviewNoteBy;

    @Column(name = "review_note_at")
    private Instant reviewNoteAt;

    /** A first publication (or a republication) set for a time. */
    @Embedded
    private PublicationSchedule schedule = PublicationSchedule.NONE;

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

    /** The library images this row shows (lead and body): what the library lists as "used by", and keeps. */
    @ElementCollection
    @CollectionTable(name = "article_images", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "image_id", nullable = false)
    private Set<Long> imageIds = new HashSet<>();

    protected Article() {}

    /** Who saved the story last: whose text a conflict's resolution may leave out. */
    Long getModifiedBy() {
        return modifiedBy;
    }

    Article(Instant now) {
        this.createdAt = now;
        this.modifiedAt = now;
    }

    Article(Long createdBy, Instant now) {
        this(now);
        this.createdBy = createdBy;
        this.modifiedBy = createdBy;
    }

    void edit(ArticleDraft draft, String renderedBody, Instant now) {
        this.content = StoryContent.of(draft);
        this.bodyHtml = renderedBody;
        replace(this.authorIds, draft.authorIds());
        replace(this.tagIds, draft.tagIds());
        Set<Long> images = draft.imageIds();
        if (!this.imageIds.equals(images)) {
            this.imageIds.retainAll(images);
            this.imageIds.addAll(images);
        }
        this.modifiedAt = now;
    }

    /** Makes the story public with the given times, as when importing an archive or the demo content. */
    void markPublished(Instant publishedAt, Instant updatedAt) {
        if (content.sectionId() == null) {
            throw new IllegalStateException("A story needs a section to be published");
        }
        this.status = ArticleStatus.PUBLISHED;
        this.publishedAt = publishedAt;
        this.updatedAt = updatedAt;
    }

    /** Changes a list in place, and only if it differs, so that an unchanged byline or tag list writes nothing. */
    private static void replace(List<Long> current, List<Long> wanted) {
        if (!current.equals(wanted)) {
            current.clear();
            current.addAll(wanted);
        }
    }

    /**
     * Records who changed the story last. The row is then dirty (its time moved), so its version moves even when only
     * the working copy changed: every save of a story is seen by optimistic locking.
     */
    void touch(Long staffId, Instant now) {
        this.modifiedBy = staffId;
        this.modifiedAt = now;
    }

    /**
     * Makes the story public. The first publication sets {@code publishedAt}, which never moves again; republishing
     * an unpublished story keeps it.
     */
    void publish(Instant now) {
        if (content.sectionId() == null) {
            throw new IllegalStateException("A story needs a section to be published");
        }
        if (publishedAt == null) {
            publishedAt = now;
        }
        status = ArticleStatus.PUBLISHED;
    }

    void markUpdated(Instant now) {
        this.updatedAt = now;
    }

    void unpublish() {
        this.status = ArticleStatus.UNPUBLISHED;
    }

    void submitForReview() {
        this.status = ArticleStatus.IN_REVIEW;
        this.reviewNote = null;
        this.reviewNoteBy = null;
        this.reviewNoteAt = null;
    }

    /** Back to the writer as a draft, with the editor's note. */
    void sendBack(String note, String editorName, Instant now) {
        this.status = ArticleStatus.DRAFT;
        this.reviewNote = note;
        this.reviewNoteBy = editorName;
        this.reviewNoteAt = now;
    }

    /** A first publication (or a republication) at a set time. */
    void schedule(Instant at, Long staffId) {
        this.status = ArticleStatus.SCHEDULED;
        this.schedule = PublicationSchedule.of(at, staffId);
    }

    /** Back to a draft (or, if it had been public, to unpublished), keeping its text. */
    void cancelSchedule() {
        this.status = publishedAt == null ? ArticleStatus.DRAFT : ArticleStatus.UNPUBLISHED;
        clearSchedule();
    }

    void clearSchedule() {
        this.schedule = PublicationSchedule.NONE;
    }

    /** Everything an editor writes, as it stands on this row. */
    ArticleDraft toDraft() {
        return content.toDraft(authorIds, tagIds);
    }

    /**
     * Has it ever been public? Then edits go to the working copy, and readers keep the live version. A story scheduled
     * for its first publication is edited in place until it goes out.
     */
    boolean hasBeenPublished() {
        return status == ArticleStatus.PUBLISHED
                || status == ArticleStatus.UNPUBLISHED
                || (status == ArticleStatus.SCHEDULED && publishedAt != null);
    }

    String getReviewNote() {
        return reviewNote;
    }

    String getReviewNoteBy() {
        return reviewNoteBy;
    }

    Instant getReviewNoteAt() {
        return reviewNoteAt;
    }

    Instant getScheduledAt() {
        return PublicationSchedule.orNone(schedule).at();
    }

    String getScheduleError() {
        return PublicationSchedule.orNone(schedule).error();
    }

    Long getId() {
        return id;
    }

    ArticleStatus getStatus() {
        return status;
    }

    long getVersion() {
        return version;
    }

    Long getCreatedBy() {
        return createdBy;
    }

    Long getSectionId() {
        return content.sectionId();
    }

    String getSlug() {
        return content.slug();
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
