package org.newsroom.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Saved edits of a story that readers can see, waiting for "Publish update". */
@Entity
@Table(name = "article_working_copies")
class ArticleWorkingCopy {

    @Id
    @Column(name = "article_id")
    private Long articleId;

    @Embedded
    private StoryContent content = StoryContent.EMPTY;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tag_ids", nullable = false, columnDefinition = "bigint[]")
    private Long[] tagIds = new Long[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "author_ids", nullable = false, columnDefinition = "bigint[]")
    private Long[] authorIds = new Long[0];

    /** The library images these edits show, lead and body: the library keeps them while they are here. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "image_ids", nullable = false, columnDefinition = "bigint[]")
    private Long[] imageIds = new Long[0];

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    @Column(name = "modified_by")
    private Long modifiedBy;

    /** An update of the live version set for a time. */
    @Embedded
    private PublicationSchedule schedule = PublicationSchedule.NONE;

    @Column(name = "scheduled_public_update", nullable = false)
    private boolean scheduledPublicUpdate = true;

    protected ArticleWorkingCopy() {}

    ArticleWorkingCopy(Long articleId) {
        this.articleId = articleId;
    }

    void edit(ArticleDraft draft, Long staffId, Instant now) {
        this.content = StoryContent.of(draft);
        this.tagIds = draft.tagIds().toArray(Long[]::new);
        this.authorIds = draft.authorIds().toArray(Long[]::new);
        this.imageIds = draft.imageIds().toArray(Long[]::new);
        this.modifiedBy = staffId;
        this.modifiedAt = now;
    }

    void schedule(Instant at, boolean publicUpdate, Long staffId) {
        this.schedule = PublicationSchedule.of(at, staffId);
        this.scheduledPublicUpdate = publicUpdate;
    }

    void cancelSchedule() {
        this.schedule = PublicationSchedule.NONE;
    }

    Instant getScheduledAt() {
        return PublicationSchedule.orNone(schedule).at();
    }

    boolean isScheduledPublicUpdate() {
        return scheduledPublicUpdate;
    }

    String getScheduleError() {
        return PublicationSchedule.orNone(schedule).error();
    }

    ArticleDraft toDraft() {
        return content.toDraft(List.of(authorIds), List.of(tagIds));
    }

    @Override
    public String toString() {
        return "ArticleWorkingCopy[" + articleId + ", tags=" + Arrays.toString(tagIds) + "]";
    }
}
