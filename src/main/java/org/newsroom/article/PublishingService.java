package org.newsroom.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.newsroom.audit.AuditAction;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that changes what readers see of a story: publishing it, publishing an update of it, scheduling either,
 * cancelling a schedule and unpublishing. The editor's four ways of going live (now or at a set time, a first
 * publication or an update) differ only in what they check first and what the audit log says; they share one path,
 * {@link #goLive}.
 */
@Service
public class PublishingService {

    /**
     * A scheduled story that goes out within this long of its time is dated at its time, as its editor set it (the
     * timer wakes within a second; the periodic sweep within its interval). Later, say after the application was down,
     * it is dated when readers could first see it, not hours before.
     */
    static final Duration ON_TIME = Duration.ofMinutes(1);

    private final ArticleWorkingCopyRepository workingCopies;
    private final ArticleRedirects redirects;
    private final ArticlePaths paths;
    private final StoryInputResolver inputs;
    private final StoryChanges changes;
    private final Clock clock;

    PublishingService(
            ArticleWorkingCopyRepository workingCopies,
            ArticleRedirects redirects,
            ArticlePaths paths,
            StoryInputResolver inputs,
            StoryChanges changes,
            Clock clock) {
        this.workingCopies = workingCopies;
        this.redirects = redirects;
        this.paths = paths;
        this.inputs = inputs;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Publishes a story that readers cannot see: a first publication sets {@code publishedAt} once and for all;
     * republishing an unpublished story brings it back at the same URL, with any saved edits.
     */
    @Transactional
    public String publish(long id, long expectedVersion, StoryInput input, Actor actor) {
        EditorialPolicy.requireEditor(actor);
        Article article = changes.lockForChange(id, expectedVersion);
        EditorialPolicy.requireNotLive(article.getStatus());
        ArticleDraft draft = inputs.resolve(input, id);
        inputs.requirePublishable(draft, id);
        boolean republish = article.getStatus() == ArticleStatus.UNPUBLISHED;
        String oldPath = republish ? paths.pathOfRow(article) : null;
        return goLive(
                article, draft, actor, Release.first(oldPath, path -> republish ? "Republished at " + path : path));
    }

    /**
     * Makes the editor's text the live version of a published story. A public update moves the "Updated" time to
     * now; a minor fix (a typo) leaves it alone. {@code publishedAt} never moves.
     */
    @Transactional
    public String publishUpdate(long id, long expectedVersion, StoryInput input, boolean publicUpdate, Actor actor) {
        EditorialPolicy.requireEditor(actor);
        Article article = changes.lockForChange(id, expectedVersion);
        EditorialPolicy.requireUpdatable(article.getStatus());
        ArticleDraft draft = inputs.resolve(input, id);
        inputs.requirePublishable(draft, id);
        return goLive(
                article,
                draft,
                actor,
                Release.update(
                        paths.pathOfRow(article), publicUpdate, path -> publicUpdate ? "Public update" : "Minor fix"));
    }

    /**
     * Publishes a story whose scheduled time has come, on behalf of the editor who scheduled it. Called by the
     * scheduler inside the transaction that holds the story's row lock.
     */
    @Transactional
    void publishScheduled(long id, Actor scheduler) {
        Article article = changes.find(id);
        if (article.getStatus() != ArticleStatus.SCHEDULED) {
            return;
        }
        ArticleDraft draft = changes.currentDraft(article);
        inputs.requirePublishable(draft, id);
        String oldPath = article.getPublishedAt() == null ? null : paths.pathOfRow(article);
        goLive(
                article,
                draft,
                scheduler,
                Release.first(oldPath, path -> "Scheduled publication: " + path)
                        .at(releaseTime(article.getScheduledAt())));
    }

    /** Publishes a scheduled update of a published story from its working copy. */
    @Transactional
    void publishScheduledUpdate(long id, Actor scheduler) {
        Article article = changes.find(id);
        ArticleWorkingCopy copy = workingCopies.findById(id).orElse(null);
        if (copy == null || copy.getScheduledAt() == null || article.getStatus() != ArticleStatus.PUBLISHED) {
            return;
        }
        ArticleDraft draft = copy.toDraft();
        inputs.requirePublishable(draft, id);
        goLive(
                article,
                draft,
                scheduler,
                Release.update(paths.pathOfRow(article), copy.isScheduledPublicUpdate(), path -> "Scheduled update")
                        .at(releaseTime(copy.getScheduledAt())));
    }

    /** The time a scheduled release is dated: its own when it goes out on time ({@link #ON_TIME}), else now. */
    private Instant releaseTime(Instant due) {
        Instant now = changes.now();
        if (due != null && !now.isBefore(due) && !now.isAfter(due.plus(ON_TIME))) {
            return due;
        }
        return now;
    }

    /**
     * What differs between the ways a story goes live.
     *
     * @param update an update of the live version, rather than a first publication (or a republication)
     * @param publicUpdate an update that moves the story's "Updated" time
     * @param oldPath where readers found the story before, for a redirect; {@code null} for none
     * @param detail what the audit log says, given the story's new path
     * @param releasedAt the time readers see as published (or updated); {@code null} for now
     */
    private record Release(
            boolean update, boolean publicUpdate, String oldPath, UnaryOperator<String> detail, Instant releasedAt) {

        static Release first(String oldPath, UnaryOperator<String> detail) {
            return new Release(false, false, oldPath, detail, null);
        }

        static Release update(String oldPath, boolean publicUpdate, UnaryOperator<String> detail) {
            return new Release(true, publicUpdate, oldPath, detail, null);
        }

        Release at(Instant time) {
            return new Release(update, publicUpdate, oldPath, detail, time);
        }
    }

    /**
     * The one way a story goes live: the draft onto the row, the working copy gone, the schedule cleared, a redirect
     * from the old path, a revision, and an audit record that tells the page caches. Returns the story's path.
     */
    private String goLive(Article article, ArticleDraft draft, Actor actor, Release release) {
        long id = article.getId();
        String oldSlug = article.getSlug();
        if (release.update()) {
            Instant now = changes.now();
            article.edit(draft, changes.render(draft), now);
            article.touch(actor.id(), now);
            if (release.publicUpdate()) {
                article.markUpdated(release.releasedAt() == null ? now : release.releasedAt());
            }
        } else {
            article.edit(draft, changes.render(draft), clock.instant());
            article.touch(actor.id(), clock.instant());
            article.clearSchedule();
            article.publish(release.releasedAt() == null ? changes.now() : release.releasedAt());
        }
        workingCopies.findById(id).ifPresent(workingCopies::delete);
        changes.flush();
        String path = paths.livePath(article);
        redirects.moved(id, release.oldPath(), oldSlug, path);
        RevisionKind kind = release.update() ? RevisionKind.UPDATE_PUBLISHED : RevisionKind.PUBLISHED;
        AuditAction action = release.update() ? AuditAction.UPDATE_PUBLISHED : AuditAction.PUBLISHED;
        changes.snapshot(id, draft, kind, null, actor);
        changes.record(actor, action, id, draft.headline(), release.detail().apply(path));
        return path;
    }

    /**
     * Sets the editor's text to go out at {@code at}: the first publication of a story readers cannot see, or an
     * update of a published one. The story must pass the checks of publication now, and the time must be ahead.
     */
    @Transactional
    public void schedule(
            long id, long expectedVersion, StoryInput input, Instant at, boolean publicUpdate, Actor actor) {
        EditorialPolicy.requireEditor(actor);
        EditorialPolicy.requireScheduleTime(at, clock.instant());
        Article article = changes.lockForChange(id, expectedVersion);
        ArticleDraft draft = inputs.resolve(input, id);
        inputs.requirePublishable(draft, id);
        changes.write(article, draft, actor);
        Instant when = at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        if (article.getStatus() == ArticleStatus.PUBLISHED) {
            ArticleWorkingCopy copy = workingCopies.findById(id).orElseThrow();
            copy.schedule(when, publicUpdate, actor.id());
        } else {
            article.schedule(when, actor.id());
        }
        changes.flush();
        changes.snapshot(id, draft, RevisionKind.SAVED, null, actor);
        changes.record(actor, AuditAction.SCHEDULED, id, draft.headline(), paths.zoned(when));
    }

    /** Cancels a scheduled publication or update; the text stays as it was saved. */
    @Transactional
    public void cancelSchedule(long id, long expectedVersion, Actor actor) {
        EditorialPolicy.requireEditor(actor);
        Article article = changes.lockForChange(id, expectedVersion);
        var copy = workingCopies.findById(id).filter(c -> c.getScheduledAt() != null);
        if (copy.isPresent()) {
            copy.get().cancelSchedule();
        } else if (article.getStatus() == ArticleStatus.SCHEDULED) {
            article.cancelSchedule();
        } else {
            throw new RuleViolation("Nothing is scheduled for this story.");
        }
        article.touch(actor.id(), clock.instant());
        changes.flush();
        changes.record(
                actor, AuditAction.SCHEDULE_CANCELLED, id, article.toDraft().headline(), null);
    }

    /** Takes a story off the site: readers get "410 Gone" at its URL until it is republished. */
    @Transactional
    public void unpublish(long id, long expectedVersion, Actor actor) {
        EditorialPolicy.requireEditor(actor);
        Article article = changes.lockForChange(id, expectedVersion);
        EditorialPolicy.requireUnpublishable(article.getStatus());
        article.unpublish();
        article.touch(actor.id(), clock.instant());
        changes.flush();
        changes.record(actor, AuditAction.UNPUBLISHED, id, article.toDraft().headline(), null);
    }
}
