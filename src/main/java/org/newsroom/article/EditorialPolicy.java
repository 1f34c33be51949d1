package org.newsroom.article;

import java.time.Instant;
import java.util.Objects;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what to a story, and in which state. Pure rules on plain values, with no Spring bean and no database, so
 * that each rule is tested on its own and every editorial service asks the same question the same way: a writer sees
 * and edits only their own stories, and edits them only while they are drafts; editors see, edit, publish and
 * unpublish every story.
 */
final class EditorialPolicy {

    private EditorialPolicy() {}

    /** Editors see every story; a writer only their own. */
    static boolean seesEveryStory(Actor actor) {
        return actor.can(StaffRole.EDITOR);
    }

    /** Whose stories the editor's lists show: {@code null} for everyone's. */
    static Long listedOwner(Actor actor) {
        return seesEveryStory(actor) ? null : actor.id();
    }

    static boolean canPublish(Actor actor) {
        return actor.can(StaffRole.EDITOR);
    }

    static boolean canEdit(Long owner, ArticleStatus status, Actor actor) {
        return actor.can(StaffRole.EDITOR) || (Objects.equals(owner, actor.id()) && status == ArticleStatus.DRAFT);
    }

    static void requireCanView(Long owner, Actor actor) {
        if (!actor.can(StaffRole.EDITOR) && !Objects.equals(owner, actor.id())) {
            throw new AccessDeniedException("This story belongs to someone else.");
        }
    }

    static void requireCanEdit(Long owner, ArticleStatus status, Actor actor) {
        requireCanView(owner, actor);
        if (!canEdit(owner, status, actor)) {
            throw new AccessDeniedException("Once submitted or published, a story is edited by the editors.");
        }
    }

    static void requireEditor(Actor actor) {
        if (!canPublish(actor)) {
            throw new AccessDeniedException("Only editors publish and unpublish stories.");
        }
    }

    /**
     * A note one person writes for others (a correction for readers, a review note for the writer): stripped, and
     * between one and 2,000 characters, the size of its column. Answers the stripped note.
     */
    static String requireNote(String field, String text, String whenEmpty) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new RuleViolation(field, whenEmpty);
        }
        if (trimmed.length() > 2000) {
            throw new RuleViolation(field, "A note has at most 2,000 characters.");
        }
        return trimmed;
    }

    static void requireSubmittable(ArticleStatus status) {
        require(status == ArticleStatus.DRAFT, "Only a draft can be submitted for review.");
    }

    static void requireReturnable(ArticleStatus status) {
        require(status == ArticleStatus.IN_REVIEW, "Only a story in review can be sent back.");
    }

    /** A first publication, or a republication: never of a story readers see now. */
    static void requireNotLive(ArticleStatus status) {
        require(status != ArticleStatus.PUBLISHED, "This story is already published: use Publish update.");
    }

    static void requireUpdatable(ArticleStatus status) {
        require(status == ArticleStatus.PUBLISHED, "Only a published story can get an update; publish it first.");
    }

    static void requireUnpublishable(ArticleStatus status) {
        require(status == ArticleStatus.PUBLISHED, "Only a published story can be unpublished.");
    }

    static void requireCorrectable(ArticleStatus status) {
        require(status == ArticleStatus.PUBLISHED, "Notes are added to published stories.");
    }

    /** Only a story readers never saw is deleted; one they saw is unpublished, so its URL and history stay. */
    static void requireDeletable(Instant publishedAt, ArticleStatus status) {
        if (publishedAt != null || status == ArticleStatus.SCHEDULED) {
            throw new RuleViolation("Only a story that was never published (and is not scheduled) can be deleted;"
                    + " unpublish a published story instead.");
        }
    }

    /** A publication is scheduled for a time still ahead of {@code now}. */
    static void requireScheduleTime(Instant at, Instant now) {
        if (at == null) {
            throw new RuleViolation("scheduleAt", "Enter the date and time of publication.");
        }
        if (!at.isAfter(now)) {
            throw new RuleViolation("scheduleAt", "That time has passed. Choose a time in the future.");
        }
    }

    /** The rules about a story's status: a plain message, for the form's summary rather than a field. */
    private static void require(boolean allowed, String refusal) {
        if (!allowed) {
            throw new RuleViolation(refusal);
        }
    }
}
