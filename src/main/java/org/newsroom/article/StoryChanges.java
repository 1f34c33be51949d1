package org.newsroom.article;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import org.newsroom.audit.AuditAction;
import org.newsroom.audit.AuditEvent;
import org.newsroom.audit.AuditLog;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The steps that the editorial services share, so that each is written once: taking a story for a change at the
 * version the editor opened, writing the editor's text where it belongs, keeping a revision, flushing so that a stale
 * version is refused inside the transaction, and recording the change in the audit log (and, when readers see its
 * result, telling the page caches). It runs inside its callers' transactions and opens none of its own.
 */
@Component
record StoryChanges(
        ArticleRepository articles,
        ArticleWorkingCopyRepository workingCopies,
        ArticleRevisionRepository revisions,
        MarkdownRenderer markdown,
        EntityManager entityManager,
        AuditLog audit,
        ApplicationEventPublisher events,
        Clock clock) {

    Article find(long id) {
        return articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
    }

    /** The story, when this member of staff may see it in the admin (a reporter only their own), else access denied. */
    Article findViewable(long id, Actor actor) {
        Article article = find(id);
        EditorialPolicy.requireCanView(article.getCreatedBy(), actor);
        return article;
    }

    Article lockForChange(long id, long expectedVersion) {
        Article article = find(id);
        if (article.getVersion() != expectedVersion) {
            throw new EditConflictException();
        }
        return article;
    }

    /** What the editor works on: the working copy when there is one, else the row. */
    ArticleDraft currentDraft(Article article) {
        return workingCopies
                .findById(article.getId())
                .map(ArticleWorkingCopy::toDraft)
                .orElseGet(article::toDraft);
    }

    /** The body as readers get it: rendered and sanitized. */
    String render(ArticleDraft draft) {
        return render(draft.bodyMarkdown(), draft.language());
    }

    String render(String bodyMarkdown, String language) {
        return markdown.toSafeHtml(bodyMarkdown, language);
    }

    /** Writes the editor's text where it belongs (the row, or the working copy) and returns it. */
    ArticleDraft write(Article article, ArticleDraft draft, Actor actor) {
        Instant now = clock.instant();
        if (article.hasBeenPublished()) {
            ArticleWorkingCopy copy =
                    workingCopies.findById(article.getId()).orElseGet(() -> new ArticleWorkingCopy(article.getId()));
            copy.edit(draft, actor.id(), now);
            workingCopies.save(copy);
        } else {
            article.edit(draft, render(draft), now);
        }
        article.touch(actor.id(), now);
        flush();
        return draft;
    }

    void snapshot(long articleId, ArticleDraft draft, RevisionKind kind, Integer restoredFrom, Actor actor) {
        snapshot(articleId, draft, kind, restoredFrom, actor.id(), actor.name());
    }

    /** A revision of text someone other than the actor wrote, in their name: the other side of a conflict. */
    void snapshot(
            long articleId, ArticleDraft draft, RevisionKind kind, Integer restoredFrom, Long byId, String byName) {
        int number = revisions.lastNumber(articleId) + 1;
        revisions.save(
                new ArticleRevision(articleId, number, kind, restoredFrom, draft, clock.instant(), byId, byName));
    }

    ArticleRevision revisionOf(long articleId, long revisionId) {
        ArticleRevision revision =
                revisions.findById(revisionId).orElseThrow(() -> new RuleViolation("There is no such revision."));
        if (!revision.getArticleId().equals(articleId)) {
            throw new RuleViolation("That revision belongs to another story.");
        }
        return revision;
    }

    void flush() {
        try {
            entityManager.flush();
        } catch (ObjectOptimisticLockingFailureException | jakarta.persistence.OptimisticLockException e) {
            throw new EditConflictException();
        }
    }

    void record(Actor actor, AuditAction action, long articleId, String headline, String detail) {
        audit.record(AuditEvent.of(action)
                .by(actor.id(), actor.name())
                .story(articleId)
                .subject(headline)
                .detail(detail));
        if (READER_VISIBLE.contains(action)) {
            events.publishEvent(new ArticlesChanged(articleId));
        }
    }

    /** The actions whose result readers see. */
    private static final java.util.Set<AuditAction> READER_VISIBLE = java.util.EnumSet.of(
            AuditAction.PUBLISHED, AuditAction.UPDATE_PUBLISHED, AuditAction.UNPUBLISHED, AuditAction.CORRECTION_ADDED);

    /** Editorial times are shown to the second, so they are kept to the second. */
    Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }
}
