package org.newsroom.article;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.newsroom.audit.AuditAction;
import org.newsroom.audit.AuditLog;
import org.newsroom.media.MediaLibrary;
import org.newsroom.media.Picture;
import org.newsroom.people.AuthorRef;
import org.newsroom.people.AuthorService;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.platform.RuleViolation;
import org.newsroom.platform.Slugs;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.TagRef;
import org.newsroom.taxonomy.TaxonomyService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's work on stories: drafting, submitting, publishing, updating and unpublishing. Every permission rule
 * is enforced here, whatever the caller. Once a story has been public, saving only changes its working copy; "Publish
 * update" makes the working copy live.
 */
@Service
public class EditorialService {

    private final ArticleRepository articles;
    private final ArticleWorkingCopyRepository workingCopies;
    private final ArticleAdminQueries adminQueries;
    private final ArticleRedirects redirects;
    private final CorrectionRepository corrections;
    private final ArticleRevisionRepository revisions;
    private final RevisionDiffer differ;
    private final ScheduleMonitor scheduleMonitor;
    private final TaxonomyService taxonomy;
    private final AuthorService authors;
    private final MarkdownRenderer markdown;
    private final MediaLibrary media;
    private final ArticlePaths paths;
    private final EntityManager entityManager;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;
    /** newsroom.site.language: the language of a story that was given none. */
    private final String defaultLanguage;

    EditorialService(
            ArticleRepository articles,
            ArticleWorkingCopyRepository workingCopies,
            ArticleAdminQueries adminQueries,
            ArticleRedirects redirects,
            CorrectionRepository corrections,
            ArticleRevisionRepository revisions,
            RevisionDiffer differ,
            ScheduleMonitor scheduleMonitor,
            TaxonomyService taxonomy,
            AuthorService authors,
            MarkdownRenderer markdown,
            MediaLibrary media,
            ArticlePaths paths,
            EntityManager entityManager,
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            AuditLog audit,
            org.springframework.context.ApplicationEventPublisher events,
            Clock clock,
            NewsroomProperties properties) {
        this.articles = articles;
        this.workingCopies = workingCopies;
        this.adminQueries = adminQueries;
        this.redirects = redirects;
        this.corrections = corrections;
        this.revisions = revisions;
        this.differ = differ;
        this.scheduleMonitor = scheduleMonitor;
        this.taxonomy = taxonomy;
        this.authors = authors;
        this.markdown = markdown;
        this.media = media;
        this.paths = paths;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.defaultLanguage = properties.site().language();
    }

    /** A new draft by this staff member. Returns its id. */
    @Transactional
    public long create(StoryInput input, Actor actor) {
        Article article = new Article(actor.id(), clock.instant());
        ArticleDraft draft = resolve(input, null);
        article.edit(draft, markdown.toSafeHtml(draft.bodyMarkdown(), draft.language()), clock.instant());
        long id = articles.saveAndFlush(article).getId();
        snapshot(id, draft, RevisionKind.CREATED, null, actor);
        record(actor, AuditAction.STORY_CREATED, id, draft.headline(), null);
        return id;
    }

    @Transactional(readOnly = true)
    public ArticleEditorView open(long id, Actor actor) {
        Article article = find(id);
        requireCanView(article, actor);
        var workingCopy = workingCopies.findById(id);
        ArticleDraft draft = workingCopy.map(ArticleWorkingCopy::toDraft).orElseGet(article::toDraft);
        boolean updateScheduled =
                workingCopy.map(ArticleWorkingCopy::getScheduledAt).isPresent();
        return new ArticleEditorView(
                id,
                article.getStatus(),
                article.getVersion(),
                toInput(draft),
                workingCopy.isPresent(),
                article.getPublishedAt(),
                article.getUpdatedAt(),
                livePath(article),
                canEdit(article, actor),
                actor.can(StaffRole.EDITOR),
                article.getReviewNote(),
                article.getReviewNoteBy(),
                article.getReviewNoteAt(),
                updateScheduled ? workingCopy.get().getScheduledAt() : article.getScheduledAt(),
                workingCopy.map(ArticleWorkingCopy::isScheduledPublicUpdate).orElse(true),
                updateScheduled ? workingCopy.get().getScheduleError() : article.getScheduleError());
    }

    /** Saves the editor's text: onto the story itself while it was never public, else onto its working copy. */
    @Transactional
    public void save(long id, long expectedVersion, StoryInput input, Actor actor) {
        save(id, expectedVersion, input, actor, RevisionKind.SAVED);
    }

    /**
     * The editor's own save every few seconds. It writes like Save; its revision is kept too, except that autosaves by
     * the same person less than {@link #AUTOSAVE_REVISION_GAP} after their previous autosave revision share it, so that
     * an hour of typing leaves a readable history rather than seven hundred revisions. Returns the new version.
     */
    @Transactional
    public long autosave(long id, long expectedVersion, StoryInput input, Actor actor) {
        Article article = lockForChange(id, expectedVersion);
        requireCanEdit(article, actor);
        ArticleDraft draft = write(article, input, actor);
        if (!recentAutosaveRevision(id, actor)) {
            snapshot(id, draft, RevisionKind.AUTOSAVED, null, actor);
        }
        flush();
        return article.getVersion();
    }

    static final java.time.Duration AUTOSAVE_REVISION_GAP = java.time.Duration.ofMinutes(2);

    private boolean recentAutosaveRevision(long id, Actor actor) {
        return adminQueries.history(id).stream()
                .findFirst()
                .filter(latest -> latest.kind() == RevisionKind.AUTOSAVED)
                .filter(latest -> actor.name().equals(latest.createdBy()))
                .filter(latest -> latest.createdAt().plus(AUTOSAVE_REVISION_GAP).isAfter(clock.instant()))
                .isPresent();
    }

    /** Saves the result of a conflict resolved field by field; its revision says so. */
    @Transactional
    public void saveMerged(long id, long expectedVersion, StoryInput input, Actor actor) {
        save(id, expectedVersion, input, actor, RevisionKind.MERGED);
    }

    private void save(long id, long expectedVersion, StoryInput input, Actor actor, RevisionKind kind) {
        Article article = lockForChange(id, expectedVersion);
        requireCanEdit(article, actor);
        snapshot(id, write(article, input, actor), kind, null, actor);
    }

    /** A writer hands the story to the editors. */
    @Transactional
    public void submitForReview(long id, long expectedVersion, StoryInput input, Actor actor) {
        Article article = lockForChange(id, expectedVersion);
        requireCanEdit(article, actor);
        if (article.getStatus() != ArticleStatus.DRAFT) {
            throw new RuleViolation("Only a draft can be submitted for review.");
        }
        snapshot(id, write(article, input, actor), RevisionKind.SUBMITTED, null, actor);
        article.submitForReview();
        record(actor, AuditAction.SUBMITTED, id, input.headline(), null);
    }

    /**
     * Publishes a story that readers cannot see: a first publication sets {@code publishedAt} once and for all;
     * republishing an unpublished story brings it back at the same URL, with any saved edits.
     */
    @Transactional
    public String publish(long id, long expectedVersion, StoryInput input, Actor actor) {
        requireEditor(actor);
        Article article = lockForChange(id, expectedVersion);
        if (article.getStatus() == ArticleStatus.PUBLISHED) {
            throw new RuleViolation("This story is already published: use Publish update.");
        }
        ArticleDraft draft = resolve(input, id);
        requirePublishable(draft, id);
        boolean republish = article.getStatus() == ArticleStatus.UNPUBLISHED;
        String oldPath = republish ? pathOfRow(article) : null;
        String oldSlug = article.getSlug();
        article.edit(draft, markdown.toSafeHtml(draft.bodyMarkdown(), draft.language()), clock.instant());
        article.touch(actor.id(), clock.instant());
        workingCopies.findById(id).ifPresent(workingCopies::delete);
        article.clearSchedule();
        article.publish(now());
        String path = flushAndPath(article);
        redirects.moved(id, oldPath, oldSlug, path);
        snapshot(id, draft, RevisionKind.PUBLISHED, null, actor);
        record(actor, AuditAction.PUBLISHED, id, draft.headline(), republish ? "Republished at " + path : path);
        return path;
    }

    /**
     * Makes the editor's text the live version of a published story. A public update moves the "Updated" time to
     * now; a minor fix (a typo) leaves it alone. {@code publishedAt} never moves.
     */
    @Transactional
    public String publishUpdate(long id, long expectedVersion, StoryInput input, boolean publicUpdate, Actor actor) {
        requireEditor(actor);
        Article article = lockForChange(id, expectedVersion);
        if (article.getStatus() != ArticleStatus.PUBLISHED) {
            throw new RuleViolation("Only a published story can get an update; publish it first.");
        }
        ArticleDraft draft = resolve(input, id);
        requirePublishable(draft, id);
        Instant now = now();
        String oldPath = pathOfRow(article);
        String oldSlug = article.getSlug();
        article.edit(draft, markdown.toSafeHtml(draft.bodyMarkdown(), draft.language()), now);
        article.touch(actor.id(), now);
        workingCopies.findById(id).ifPresent(workingCopies::delete);
        if (publicUpdate) {
            article.markUpdated(now);
        }
        String path = flushAndPath(article);
        redirects.moved(id, oldPath, oldSlug, path);
        snapshot(id, draft, RevisionKind.UPDATE_PUBLISHED, null, actor);
        record(actor, AuditAction.UPDATE_PUBLISHED, id, draft.headline(), publicUpdate ? "Public update" : "Minor fix");
        return path;
    }

    /** An editor hands a submitted story back to its writer, with a note the writer sees in the editor. */
    @Transactional
    public void sendBack(long id, long expectedVersion, String note, Actor actor) {
        requireEditor(actor);
        Article article = lockForChange(id, expectedVersion);
        if (article.getStatus() != ArticleStatus.IN_REVIEW) {
            throw new RuleViolation("Only a story in review can be sent back.");
        }
        String trimmed = note == null ? "" : note.strip();
        if (trimmed.isEmpty()) {
            throw new RuleViolation("reviewNote", "Tell the writer what to change.");
        }
        if (trimmed.length() > 2000) {
            throw new RuleViolation("reviewNote", "A note has at most 2,000 characters.");
        }
        article.sendBack(trimmed, actor.name(), now());
        article.touch(actor.id(), clock.instant());
        flush();
        record(actor, AuditAction.SENT_BACK, id, article.toDraft().headline(), trimmed);
    }

    /**
     * Sets the editor's text to go out at {@code at}: the first publication of a story readers cannot see, or an
     * update of a published one. The story must pass the checks of publication now, and the time must be ahead.
     */
    @Transactional
    public void schedule(
            long id, long expectedVersion, StoryInput input, Instant at, boolean publicUpdate, Actor actor) {
        requireEditor(actor);
        if (at == null) {
            throw new RuleViolation("scheduleAt", "Enter the date and time of publication.");
        }
        if (!at.isAfter(clock.instant())) {
            throw new RuleViolation("scheduleAt", "That time has passed. Choose a time in the future.");
        }
        Article article = lockForChange(id, expectedVersion);
        ArticleDraft draft = resolve(input, id);
        requirePublishable(draft, id);
        write(article, draft, actor);
        Instant when = at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        if (article.getStatus() == ArticleStatus.PUBLISHED) {
            ArticleWorkingCopy copy = workingCopies.findById(id).orElseThrow();
            copy.schedule(when, publicUpdate, actor.id());
        } else {
            article.schedule(when, actor.id());
        }
        flush();
        snapshot(id, draft, RevisionKind.SAVED, null, actor);
        record(actor, AuditAction.SCHEDULED, id, draft.headline(), paths.zoned(when));
    }

    /** Cancels a scheduled publication or update; the text stays as it was saved. */
    @Transactional
    public void cancelSchedule(long id, long expectedVersion, Actor actor) {
        requireEditor(actor);
        Article article = lockForChange(id, expectedVersion);
        var copy = workingCopies.findById(id).filter(c -> c.getScheduledAt() != null);
        if (copy.isPresent()) {
            copy.get().cancelSchedule();
        } else if (article.getStatus() == ArticleStatus.SCHEDULED) {
            article.cancelSchedule();
        } else {
            throw new RuleViolation("Nothing is scheduled for this story.");
        }
        article.touch(actor.id(), clock.instant());
        flush();
        record(actor, AuditAction.SCHEDULE_CANCELLED, id, article.toDraft().headline(), null);
    }

    /**
     * Publishes a story whose scheduled time has come, on behalf of the editor who scheduled it. Called by the
     * scheduler inside the transaction that holds the story's row lock.
     */
    @Transactional
    void publishScheduled(long id, Actor scheduler) {
        Article article = find(id);
        if (article.getStatus() != ArticleStatus.SCHEDULED) {
            return;
        }
        ArticleDraft draft =
                workingCopies.findById(id).map(ArticleWorkingCopy::toDraft).orElseGet(article::toDraft);
        requirePublishable(draft, id);
        String oldPath = article.getPublishedAt() == null ? null : pathOfRow(article);
        String oldSlug = article.getSlug();
        article.edit(draft, markdown.toSafeHtml(draft.bodyMarkdown(), draft.language()), clock.instant());
        article.touch(scheduler.id(), clock.instant());
        workingCopies.findById(id).ifPresent(workingCopies::delete);
        article.clearSchedule();
        article.publish(now());
        String path = flushAndPath(article);
        redirects.moved(id, oldPath, oldSlug, path);
        snapshot(id, draft, RevisionKind.PUBLISHED, null, scheduler);
        record(scheduler, AuditAction.PUBLISHED, id, draft.headline(), "Scheduled publication: " + path);
    }

    /** Publishes a scheduled update of a published story from its working copy. */
    @Transactional
    void publishScheduledUpdate(long id, Actor scheduler) {
        Article article = find(id);
        ArticleWorkingCopy copy = workingCopies.findById(id).orElse(null);
        if (copy == null || copy.getScheduledAt() == null || article.getStatus() != ArticleStatus.PUBLISHED) {
            return;
        }
        ArticleDraft draft = copy.toDraft();
        requirePublishable(draft, id);
        Instant now = now();
        String oldPath = pathOfRow(article);
        String oldSlug = article.getSlug();
        article.edit(draft, markdown.toSafeHtml(draft.bodyMarkdown(), draft.language()), now);
        article.touch(scheduler.id(), now);
        if (copy.isScheduledPublicUpdate()) {
            article.markUpdated(now);
        }
        workingCopies.delete(copy);
        String path = flushAndPath(article);
        redirects.moved(id, oldPath, oldSlug, path);
        snapshot(id, draft, RevisionKind.UPDATE_PUBLISHED, null, scheduler);
        record(scheduler, AuditAction.UPDATE_PUBLISHED, id, draft.headline(), "Scheduled update");
    }

    /** Records why a scheduled publication could not go out; it stays due, and shows as failed. */
    @Transactional
    void scheduleFailed(long id, String error, Long scheduledBy) {
        String message = error == null ? "Unknown error" : error;
        String shortened = message.length() > 500 ? message.substring(0, 500) : message;
        // Plain updates, not the entities: the error is not the editor's text, so it must not count as an edit that
        // conflicts with theirs, and two instances recording the same failure must not conflict either.
        int copies = jdbc.sql("update article_working_copies set schedule_error = :error"
                        + " where article_id = :id and scheduled_at is not null")
                .param("error", shortened)
                .param("id", id)
                .update();
        if (copies == 0) {
            jdbc.sql("update articles set schedule_error = :error where id = :id and status = 'SCHEDULED'")
                    .param("error", shortened)
                    .param("id", id)
                    .update();
        }
        audit.record(
                scheduledBy,
                "Scheduler",
                AuditAction.SCHEDULED_PUBLICATION_FAILED,
                id,
                articles.findById(id).map(a -> a.toDraft().headline()).orElse(null),
                shortened,
                null);
    }

    /**
     * Deletes a story that was never public, with its revisions. A story that readers have seen is unpublished
     * instead, never deleted: its URL keeps answering, and its history stays.
     */
    @Transactional
    public void deleteDraft(long id, long expectedVersion, Actor actor) {
        Article article = lockForChange(id, expectedVersion);
        requireCanEdit(article, actor);
        if (article.getPublishedAt() != null || article.getStatus() == ArticleStatus.SCHEDULED) {
            throw new RuleViolation("Only a story that was never published (and is not scheduled) can be deleted;"
                    + " unpublish a published story instead.");
        }
        String headline = article.toDraft().headline();
        articles.delete(article);
        flush();
        record(actor, AuditAction.DELETED, id, headline, null);
    }

    /** Takes a story off the site: readers get "410 Gone" at its URL until it is republished. */
    @Transactional
    public void unpublish(long id, long expectedVersion, Actor actor) {
        requireEditor(actor);
        Article article = lockForChange(id, expectedVersion);
        if (article.getStatus() != ArticleStatus.PUBLISHED) {
            throw new RuleViolation("Only a published story can be unpublished.");
        }
        article.unpublish();
        article.touch(actor.id(), clock.instant());
        flush();
        record(actor, AuditAction.UNPUBLISHED, id, article.toDraft().headline(), null);
    }

    /** Adds a public note (correction, clarification or update) to a published story, timed now. */
    @Transactional
    public void addCorrection(long id, CorrectionKind kind, String text, Actor actor) {
        requireEditor(actor);
        Article article = find(id);
        if (article.getStatus() != ArticleStatus.PUBLISHED) {
            throw new RuleViolation("Notes are added to published stories.");
        }
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new RuleViolation("correctionText", "Write the note readers will see.");
        }
        if (trimmed.length() > 2000) {
            throw new RuleViolation("correctionText", "A note has at most 2,000 characters.");
        }
        if (kind == null) {
            throw new RuleViolation("correctionKind", "Choose the kind of note.");
        }
        corrections.save(new ArticleCorrection(id, kind, trimmed, now(), actor.id()));
        record(actor, AuditAction.CORRECTION_ADDED, id, article.toDraft().headline(), kind.label() + ": " + trimmed);
    }

    @Transactional(readOnly = true)
    public List<Correction> correctionsOf(long id, Actor actor) {
        Article article = find(id);
        requireCanView(article, actor);
        return corrections.findByArticleIdOrderByPublishedAtAscIdAsc(id).stream()
                .map(c -> c.toCorrection(article.toDraft().headline(), livePath(article)))
                .toList();
    }

    /** A story's revisions, newest first, without their texts. */
    @Transactional(readOnly = true)
    public List<RevisionSummary> history(long id, Actor actor) {
        requireCanView(find(id), actor);
        return adminQueries.history(id);
    }

    /**
     * Two versions side by side: {@code fromRevision} against {@code toRevision}, or against the story as it stands
     * (the live version once published) when {@code toRevision} is {@code null}.
     */
    @Transactional(readOnly = true)
    public RevisionComparison compare(long id, long fromRevision, Long toRevision, Actor actor) {
        Article article = find(id);
        requireCanView(article, actor);
        ArticleRevision from = revisionOf(id, fromRevision);
        if (toRevision == null) {
            String label = article.getStatus() == ArticleStatus.PUBLISHED ? "Live version" : "Current version";
            return differ.compare(label(from), from.toDraft(), label, article.toDraft());
        }
        ArticleRevision to = revisionOf(id, toRevision);
        return differ.compare(label(from), from.toDraft(), label(to), to.toDraft());
    }

    /**
     * Brings a revision back into the working copy (or the draft). The restore is itself a new revision, so nothing
     * is lost by restoring, and any revision, the first included, can be restored.
     */
    @Transactional
    public void restore(long id, long revisionId, long expectedVersion, Actor actor) {
        Article article = lockForChange(id, expectedVersion);
        requireCanEdit(article, actor);
        ArticleRevision revision = revisionOf(id, revisionId);
        ArticleDraft draft = withoutDeletedLeadImage(revision.toDraft());
        if (!draft.slug().equals(article.getSlug())
                && (articles.existsBySlugAndIdNot(draft.slug(), id)
                        || redirects.slugBelongsToAnother(draft.slug(), id))) {
            throw new RuleViolation("This revision's slug now belongs to another story, so it cannot be restored as"
                    + " it was. Restore it, then change the slug, or pick another revision.");
        }
        write(article, draft, actor);
        snapshot(id, draft, RevisionKind.RESTORED, revision.getNumber(), actor);
        record(actor, AuditAction.RESTORED, id, draft.headline(), "Revision " + revision.getNumber());
    }

    /** A revision's lead image may have left the library since: the story then comes back without one. */
    private ArticleDraft withoutDeletedLeadImage(ArticleDraft draft) {
        if (!draft.leadImage().present()
                || media.find(draft.leadImage().imageId()).isPresent()) {
            return draft;
        }
        return new ArticleDraft(
                draft.headline(),
                draft.deck(),
                draft.bodyMarkdown(),
                draft.slug(),
                draft.sectionId(),
                draft.authorIds(),
                draft.tagIds(),
                draft.dateline(),
                draft.language(),
                draft.seoTitle(),
                draft.seoDescription(),
                LeadImage.NONE);
    }

    private ArticleRevision revisionOf(long articleId, long revisionId) {
        ArticleRevision revision =
                revisions.findById(revisionId).orElseThrow(() -> new RuleViolation("There is no such revision."));
        if (!revision.getArticleId().equals(articleId)) {
            throw new RuleViolation("That revision belongs to another story.");
        }
        return revision;
    }

    private static String label(ArticleRevision revision) {
        RevisionSummary summary = revision.toSummary();
        return "Revision " + summary.number() + " · " + summary.kind().label()
                + (summary.createdBy() == null ? "" : " by " + summary.createdBy());
    }

    /** The editor's current text in the real article template, for the preview page. */
    @Transactional(readOnly = true)
    public ArticleView preview(long id, Actor actor) {
        Article article = find(id);
        requireCanView(article, actor);
        ArticleDraft draft =
                workingCopies.findById(id).map(ArticleWorkingCopy::toDraft).orElseGet(article::toDraft);
        SectionRef section = draft.sectionId() == null
                ? new SectionRef(0, "no-section", "No section yet", null, null)
                : taxonomy.findSection(draft.sectionId())
                        .orElse(new SectionRef(0, "no-section", "No section yet", null, null));
        Instant publishedAt = article.getPublishedAt() != null ? article.getPublishedAt() : clock.instant();
        return new ArticleView(
                id,
                draft.headline(),
                draft.deck(),
                markdown.toSafeHtml(draft.bodyMarkdown(), draft.language()),
                draft.slug(),
                section,
                authors.authors(draft.authorIds()),
                taxonomy.tags(draft.tagIds()),
                draft.dateline(),
                draft.language(),
                draft.seoTitle(),
                draft.seoDescription(),
                publishedAt,
                article.getUpdatedAt(),
                paths.canonicalPath(section.slug(), publishedAt, draft.slug()),
                List.of(),
                leadPicture(draft.leadImage()));
    }

    /** The lead image as the story shows it, or {@code null}. */
    private Picture leadPicture(LeadImage lead) {
        if (!lead.present()) {
            return null;
        }
        Picture picture = media.pictures(List.of(lead.imageId())).get(lead.imageId());
        return picture == null ? null : picture.forUse(lead.alt(), lead.caption(), lead.decorative());
    }

    /** Markdown as readers would get it, for the editor's preview pane. */
    public String renderPreview(String markdownText, String language) {
        return markdown.toSafeHtml(markdownText, language == null || language.isBlank() ? defaultLanguage : language);
    }

    @Transactional(readOnly = true)
    public StoryPage list(StoryListQuery query, Actor actor) {
        return adminQueries.list(query, actor.can(StaffRole.EDITOR) ? null : actor.id());
    }

    /** Scheduled publications that are overdue or failed, for the admin's warning. */
    @Transactional(readOnly = true)
    public ScheduleProblems scheduleProblems() {
        return new ScheduleProblems(scheduleMonitor.overdue(), scheduleMonitor.failed());
    }

    @Transactional(readOnly = true)
    public Map<ArticleStatus, Long> countsByStatus(Actor actor) {
        return adminQueries.countsByStatus(actor.can(StaffRole.EDITOR) ? null : actor.id());
    }

    private void record(Actor actor, AuditAction action, long articleId, String headline, String detail) {
        audit.record(actor.id(), actor.name(), action, articleId, headline, detail, null);
        if (READER_VISIBLE.contains(action)) {
            events.publishEvent(new ArticlesChanged(articleId));
        }
    }

    /** The actions whose result readers see. */
    private static final java.util.Set<AuditAction> READER_VISIBLE = java.util.EnumSet.of(
            AuditAction.PUBLISHED, AuditAction.UPDATE_PUBLISHED, AuditAction.UNPUBLISHED, AuditAction.CORRECTION_ADDED);

    /** Editorial times are shown to the second, so they are kept to the second. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** Writes the editor's text where it belongs (the row, or the working copy) and returns it resolved. */
    private ArticleDraft write(Article article, StoryInput input, Actor actor) {
        return write(article, resolve(input, article.getId()), actor);
    }

    private ArticleDraft write(Article article, ArticleDraft draft, Actor actor) {
        Instant now = clock.instant();
        if (article.hasBeenPublished()) {
            ArticleWorkingCopy copy =
                    workingCopies.findById(article.getId()).orElseGet(() -> new ArticleWorkingCopy(article.getId()));
            copy.edit(draft, actor.id(), now);
            workingCopies.save(copy);
        } else {
            article.edit(draft, markdown.toSafeHtml(draft.bodyMarkdown(), draft.language()), now);
        }
        article.touch(actor.id(), now);
        flush();
        return draft;
    }

    private void snapshot(long articleId, ArticleDraft draft, RevisionKind kind, Integer restoredFrom, Actor actor) {
        int number = revisions.lastNumber(articleId) + 1;
        revisions.save(new ArticleRevision(
                articleId, number, kind, restoredFrom, draft, clock.instant(), actor.id(), actor.name()));
    }

    private Article lockForChange(long id, long expectedVersion) {
        Article article = find(id);
        if (article.getVersion() != expectedVersion) {
            throw new EditConflictException();
        }
        return article;
    }

    private void flush() {
        try {
            entityManager.flush();
        } catch (ObjectOptimisticLockingFailureException | jakarta.persistence.OptimisticLockException e) {
            throw new EditConflictException();
        }
    }

    private String flushAndPath(Article article) {
        flush();
        return livePath(article);
    }

    private Article find(long id) {
        return articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
    }

    /** Turns the form's text into ids: tags and authors are found by name, or created. */
    private ArticleDraft resolve(StoryInput input, Long articleId) {
        String headline = input.headline() == null ? "" : input.headline().strip();
        if (headline.isEmpty()) {
            throw new RuleViolation("headline", "Enter a headline.");
        }
        String slug = input.slug() == null ? "" : input.slug().strip().toLowerCase(Locale.ROOT);
        if (slug.isEmpty()) {
            slug = uniqueSlug(Slugs.articleSlug(headline, 100), articleId);
        } else if (!Slugs.isValidForArticle(slug)) {
            throw new RuleViolation(
                    "slug", "Use lower-case letters, digits and single hyphens, like syrian-peace-talks.");
        } else if (articleId == null ? articles.existsBySlug(slug) : articles.existsBySlugAndIdNot(slug, articleId)) {
            throw new RuleViolation("slug", "Another story already uses this slug.");
        } else if (redirects.slugBelongsToAnother(slug, articleId)) {
            throw new RuleViolation(
                    "slug", "Another story used this slug before, and its old links still lead there. Choose another.");
        }
        if (input.sectionId() != null && taxonomy.findSection(input.sectionId()).isEmpty()) {
            throw new RuleViolation("sectionId", "Choose a section from the list.");
        }
        List<Long> tagIds = names(input.tags()).stream()
                .map(taxonomy::ensureTag)
                .map(TagRef::id)
                .distinct()
                .toList();
        List<Long> authorIds = names(input.byline()).stream()
                .map(authors::ensureAuthor)
                .map(AuthorRef::id)
                .distinct()
                .toList();
        LeadImage lead = input.leadImage();
        if (lead.present() && media.find(lead.imageId()).isEmpty()) {
            throw new RuleViolation(
                    "leadImageId", "There is no image " + lead.imageId() + " in the library. Choose one from it.");
        }
        List<ImageReference> inBody = MarkdownRenderer.imageReferences(input.body());
        if (!inBody.isEmpty()) {
            var found =
                    media.pictures(inBody.stream().map(ImageReference::imageId).toList());
            for (ImageReference reference : inBody) {
                if (!found.containsKey(reference.imageId())) {
                    throw new RuleViolation(
                            "body",
                            "The body shows image " + reference.imageId() + " (media:" + reference.imageId()
                                    + "), which is not in the library. Insert an image from the library instead.");
                }
            }
        }
        return new ArticleDraft(
                headline,
                blankToNull(input.deck()),
                input.body() == null ? "" : input.body(),
                slug,
                input.sectionId(),
                authorIds,
                tagIds,
                blankToNull(input.dateline()),
                input.language() == null || input.language().isBlank()
                        ? defaultLanguage
                        : input.language().strip(),
                blankToNull(input.seoTitle()),
                blankToNull(input.seoDescription()),
                lead);
    }

    private void requirePublishable(ArticleDraft draft, long id) {
        if (draft.sectionId() == null) {
            throw new RuleViolation("sectionId", "Choose a section before publishing.");
        }
        if (articles.existsBySlugAndIdNot(draft.slug(), id)) {
            throw new RuleViolation("slug", "Another story already uses this slug.");
        }
        requireAltText(draft);
    }

    /**
     * Readers who cannot see an image get its alt text: a story is not published with an image that has none, unless
     * the image is marked decorative. The lead image's alt text is this story's, else the library's; a body image's
     * is what its brackets say, else the library's.
     */
    private void requireAltText(ArticleDraft draft) {
        List<ImageReference> inBody = MarkdownRenderer.imageReferences(draft.bodyMarkdown());
        if (!draft.leadImage().present() && inBody.isEmpty()) {
            return;
        }
        var pictures = media.pictures(draft.imageIds());
        LeadImage lead = draft.leadImage();
        if (lead.present()) {
            Picture picture = pictures.get(lead.imageId());
            if (picture == null) {
                throw new RuleViolation(
                        "leadImageId",
                        "The lead image is no longer in the library. Choose another, or remove it, then publish.");
            }
            if (!picture.forUse(lead.alt(), lead.caption(), lead.decorative()).hasAltText()) {
                throw new RuleViolation(
                        "leadImageAlt",
                        "The lead image has no alt text. Say what it shows, for readers who cannot see it, or mark it"
                                + " decorative; then publish.");
            }
        }
        for (ImageReference reference : inBody) {
            Picture picture = pictures.get(reference.imageId());
            if (picture == null) {
                throw new RuleViolation(
                        "body", "The body shows image " + reference.imageId() + ", which is no longer in the library.");
            }
            if (!picture.forUse(reference.alt(), null, false).hasAltText()) {
                throw new RuleViolation(
                        "body",
                        "Image " + reference.imageId() + " in the body has no alt text. Write what it shows between"
                                + " the brackets, like ![What it shows](media:" + reference.imageId()
                                + "), or give the image alt text in the library; then publish.");
            }
        }
    }

    private StoryInput toInput(ArticleDraft draft) {
        return new StoryInput(
                draft.headline(),
                draft.deck(),
                draft.bodyMarkdown(),
                draft.slug(),
                draft.sectionId(),
                String.join(
                        ", ",
                        taxonomy.tags(draft.tagIds()).stream().map(TagRef::name).toList()),
                String.join(
                        ", ",
                        authors.authors(draft.authorIds()).stream()
                                .map(AuthorRef::name)
                                .toList()),
                draft.dateline(),
                draft.language(),
                draft.seoTitle(),
                draft.seoDescription(),
                draft.leadImage());
    }

    /** The path the row had for readers, whether or not it is public now. */
    private String pathOfRow(Article article) {
        if (article.getPublishedAt() == null || article.getSectionId() == null) {
            return null;
        }
        return taxonomy.findSection(article.getSectionId())
                .map(section -> paths.canonicalPath(section.slug(), article.getPublishedAt(), article.getSlug()))
                .orElse(null);
    }

    private String livePath(Article article) {
        if (article.getStatus() != ArticleStatus.PUBLISHED || article.getSectionId() == null) {
            return null;
        }
        return taxonomy.findSection(article.getSectionId())
                .map(section -> paths.canonicalPath(section.slug(), article.getPublishedAt(), article.getSlug()))
                .orElse(null);
    }

    private String uniqueSlug(String base, Long articleId) {
        String root = base.isEmpty() ? "story" : base;
        String slug = root;
        for (int n = 2;
                (articleId == null ? articles.existsBySlug(slug) : articles.existsBySlugAndIdNot(slug, articleId))
                        || redirects.slugBelongsToAnother(slug, articleId);
                n++) {
            slug = root + "-" + n;
        }
        return slug;
    }

    private static List<String> names(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        Map<String, String> unique = new LinkedHashMap<>();
        for (String name : commaSeparated.split(",")) {
            String trimmed = name.strip().replaceAll("\\s+", " ");
            if (!trimmed.isEmpty()) {
                unique.putIfAbsent(trimmed.toLowerCase(Locale.ROOT), trimmed);
            }
        }
        return new ArrayList<>(unique.values());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean canEdit(Article article, Actor actor) {
        return actor.can(StaffRole.EDITOR)
                || (Objects.equals(article.getCreatedBy(), actor.id()) && article.getStatus() == ArticleStatus.DRAFT);
    }

    private static void requireCanView(Article article, Actor actor) {
        if (!actor.can(StaffRole.EDITOR) && !Objects.equals(article.getCreatedBy(), actor.id())) {
            throw new AccessDeniedException("This story belongs to someone else.");
        }
    }

    private static void requireCanEdit(Article article, Actor actor) {
        requireCanView(article, actor);
        if (!canEdit(article, actor)) {
            throw new AccessDeniedException("Once submitted or published, a story is edited by the editors.");
        }
    }

    private static void requireEditor(Actor actor) {
        if (!actor.can(StaffRole.EDITOR)) {
            throw new AccessDeniedException("Only editors publish and unpublish stories.");
        }
    }
}
