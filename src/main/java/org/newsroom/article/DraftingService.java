package org.newsroom.article;

import java.time.Clock;
import org.newsroom.audit.AuditAction;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editor's text on its way to publication: creating a draft, saving (by hand, by autosave, or after a resolved
 * conflict), submitting it for review, sending it back, restoring a revision and deleting a story that was never
 * public. Once a story has been public, saving only changes its working copy; publishing is {@link PublishingService}'s
 * job.
 */
@Service
public class DraftingService {

    static final java.time.Duration AUTOSAVE_REVISION_GAP = java.time.Duration.ofMinutes(2);

    private final ArticleRepository articles;
    private final ArticleAdminQueries adminQueries;
    private final StoryInputResolver inputs;
    private final StoryChanges changes;
    private final EditBases bases;
    private final Clock clock;

    DraftingService(
            ArticleRepository articles,
            ArticleAdminQueries adminQueries,
            StoryInputResolver inputs,
            StoryChanges changes,
            EditBases bases,
            Clock clock) {
        this.articles = articles;
        this.adminQueries = adminQueries;
        this.inputs = inputs;
        this.changes = changes;
        this.bases = bases;
        this.clock = clock;
    }

    /** A new draft by this staff member. Returns its id. */
    @Transactional
    public long create(StoryInput input, Actor actor) {
        Article article = new Article(actor.id(), clock.instant());
        ArticleDraft draft = inputs.resolve(input, null);
        article.edit(draft, changes.render(draft), clock.instant());
        long id = articles.saveAndFlush(article).getId();
        changes.snapshot(id, draft, RevisionKind.CREATED, null, actor);
        changes.record(actor, AuditAction.STORY_CREATED, id, draft.headline(), null);
        return id;
    }

    /** Saves the editor's text: onto the story itself while it was never public, else onto its working copy. */
    @Transactional
    public void save(long id, long expectedVersion, StoryInput input, Actor actor) {
        save(id, expectedVersion, input, actor, RevisionKind.SAVED);
    }

    /**
     * The editor's own save every few seconds. It writes like Save; its revision is kept too, except that autosaves by
     * the same person less than {@link #AUTOSAVE_REVISION_GAP} after their previous autosave revision share it, so that
     * an hour of typing leaves a readable history rather than seven hundred revisions. Returns the new version, whose
     * text is kept as the base of a later merge.
     */
    @Transactional
    public long autosave(long id, long expectedVersion, StoryInput input, Actor actor) {
        Article article = changes.lockForChange(id, expectedVersion);
        EditorialPolicy.requireCanEdit(article.getCreatedBy(), article.getStatus(), actor);
        ArticleDraft draft = write(article, input, actor);
        if (!recentAutosaveRevision(id, actor)) {
            changes.snapshot(id, draft, RevisionKind.AUTOSAVED, null, actor);
        }
        changes.flush();
        // The editor's form now holds this version: the base of a merge if their next save meets someone else's.
        bases.keep(id, article.getVersion(), inputs.toInput(draft));
        return article.getVersion();
    }

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

    /**
     * Saves a conflict's resolution (a merge, or the editor's text over the other person's), first keeping as
     * revisions the text of either side that it leaves out, so that no one's words are lost: the other person's
     * version in their name, and the editor's own text as typed.
     *
     * @param mineLeftOut the editor's text, when the resolution leaves some of it out; else {@code null}
     * @param theirsLeftOut whether the resolution leaves out some of the saved version
     * @param merged a merge (its revision says so), rather than the editor's text saved over theirs
     */
    @Transactional
    public void saveResolved(
            long id,
            long expectedVersion,
            StoryInput resolution,
            StoryInput mineLeftOut,
            boolean theirsLeftOut,
            boolean merged,
            Actor actor) {
        Article article = changes.lockForChange(id, expectedVersion);
        EditorialPolicy.requireCanEdit(article.getCreatedBy(), article.getStatus(), actor);
        if (theirsLeftOut) {
            String theirs = adminQueries.history(id).stream()
                    .findFirst()
                    .map(RevisionSummary::createdBy)
                    .orElse(null);
            changes.snapshot(
                    id, changes.currentDraft(article), RevisionKind.NOT_TAKEN, null, article.getModifiedBy(), theirs);
        }
        if (mineLeftOut != null) {
            changes.snapshot(id, inputs.resolve(mineLeftOut, id), RevisionKind.NOT_TAKEN, null, actor);
        }
        changes.snapshot(
                id, write(article, resolution, actor), merged ? RevisionKind.MERGED : RevisionKind.SAVED, null, actor);
    }

    /**
     * The editor gives up their text for the version someone else saved: it is kept as a revision, so that they can
     * still take words from it in History. The story itself does not change.
     */
    @Transactional
    public void setAside(long id, StoryInput mine, Actor actor) {
        Article article = changes.find(id);
        EditorialPolicy.requireCanEdit(article.getCreatedBy(), article.getStatus(), actor);
        changes.snapshot(id, inputs.resolve(mine, id), RevisionKind.NOT_TAKEN, null, actor);
    }

    private void save(long id, long expectedVersion, StoryInput input, Actor actor, RevisionKind kind) {
        Article article = changes.lockForChange(id, expectedVersion);
        EditorialPolicy.requireCanEdit(article.getCreatedBy(), article.getStatus(), actor);
        changes.snapshot(id, write(article, input, actor), kind, null, actor);
    }

    /** A writer hands the story to the editors. */
    @Transactional
    public void submitForReview(long id, long expectedVersion, StoryInput input, Actor actor) {
        Article article = changes.lockForChange(id, expectedVersion);
        EditorialPolicy.requireCanEdit(article.getCreatedBy(), article.getStatus(), actor);
        EditorialPolicy.requireSubmittable(article.getStatus());
        changes.snapshot(id, write(article, input, actor), RevisionKind.SUBMITTED, null, actor);
        article.submitForReview();
        changes.record(actor, AuditAction.SUBMITTED, id, input.headline(), null);
    }

    /** An editor hands a submitted story back to its writer, with a note the writer sees in the editor. */
    @Transactional
    public void sendBack(long id, long expectedVersion, String note, Actor actor) {
        EditorialPolicy.requireEditor(actor);
        Article article = changes.lockForChange(id, expectedVersion);
        EditorialPolicy.requireReturnable(article.getStatus());
        String trimmed = EditorialPolicy.requireNote("reviewNote", note, "Tell the writer what to change.");
        article.sendBack(trimmed, actor.name(), changes.now());
        article.touch(actor.id(), clock.instant());
        changes.flush();
        changes.record(actor, AuditAction.SENT_BACK, id, article.toDraft().headline(), trimmed);
    }

    /**
     * Deletes a story that was never public, with its revisions. A story that readers have seen is unpublished
     * instead, never deleted: its URL keeps answering, and its history stays.
     */
    @Transactional
    public void deleteDraft(long id, long expectedVersion, Actor actor) {
        Article article = changes.lockForChange(id, expectedVersion);
        EditorialPolicy.requireCanEdit(article.getCreatedBy(), article.getStatus(), actor);
        EditorialPolicy.requireDeletable(article.getPublishedAt(), article.getStatus());
        String headline = article.toDraft().headline();
        articles.delete(article);
        changes.flush();
        changes.record(actor, AuditAction.DELETED, id, headline, null);
    }

    /**
     * Brings a revision back into the working copy (or the draft). The restore is itself a new revision, so nothing
     * is lost by restoring, and any revision, the first included, can be restored.
     */
    @Transactional
    public void restore(long id, long revisionId, long expectedVersion, Actor actor) {
        Article article = changes.lockForChange(id, expectedVersion);
        EditorialPolicy.requireCanEdit(article.getCreatedBy(), article.getStatus(), actor);
        ArticleRevision revision = changes.revisionOf(id, revisionId);
        ArticleDraft draft = inputs.withoutDeletedLeadImage(revision.toDraft());
        if (!draft.slug().equals(article.getSlug()) && inputs.slugTaken(draft.slug(), id)) {
            throw new RuleViolation("This revision's slug now belongs to another story, so it cannot be restored as"
                    + " it was. Restore it, then change the slug, or pick another revision.");
        }
        changes.write(article, draft, actor);
        changes.snapshot(id, draft, RevisionKind.RESTORED, revision.getNumber(), actor);
        changes.record(actor, AuditAction.RESTORED, id, draft.headline(), "Revision " + revision.getNumber());
    }

    /** Writes the editor's text where it belongs (the row, or the working copy) and returns it resolved. */
    private ArticleDraft write(Article article, StoryInput input, Actor actor) {
        return changes.write(article, inputs.resolve(input, article.getId()), actor);
    }
}
