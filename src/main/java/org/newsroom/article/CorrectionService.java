package org.newsroom.article;

import java.util.List;
import org.newsroom.audit.AuditAction;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public notes on a published story: corrections, clarifications and updates, each timed when added. */
@Service
public class CorrectionService {

    private final CorrectionRepository corrections;
    private final ArticlePaths paths;
    private final StoryChanges changes;

    CorrectionService(CorrectionRepository corrections, ArticlePaths paths, StoryChanges changes) {
        this.corrections = corrections;
        this.paths = paths;
        this.changes = changes;
    }

    /** Adds a public note (correction, clarification or update) to a published story, timed now. */
    @Transactional
    public void addCorrection(long id, CorrectionKind kind, String text, Actor actor) {
        EditorialPolicy.requireEditor(actor);
        Article article = changes.find(id);
        EditorialPolicy.requireCorrectable(article.getStatus());
        String trimmed = EditorialPolicy.requireNote("correctionText", text, "Write the note readers will see.");
        if (kind == null) {
            throw new RuleViolation("correctionKind", "Choose the kind of note.");
        }
        corrections.save(new ArticleCorrection(id, kind, trimmed, changes.now(), actor.id()));
        changes.record(
                actor, AuditAction.CORRECTION_ADDED, id, article.toDraft().headline(), kind.label() + ": " + trimmed);
    }

    @Transactional(readOnly = true)
    public List<Correction> correctionsOf(long id, Actor actor) {
        Article article = changes.findViewable(id, actor);
        return corrections.findByArticleIdOrderByPublishedAtAscIdAsc(id).stream()
                .map(c -> c.toCorrection(article.toDraft().headline(), paths.livePath(article)))
                .toList();
    }
}
