package org.newsroom.article;

import java.util.List;
import org.newsroom.staff.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A story's revisions: the list, and two versions compared. Restoring one is a change, in {@link DraftingService}. */
@Service
public class HistoryService {

    private final ArticleAdminQueries adminQueries;
    private final RevisionDiffer differ;
    private final StoryChanges changes;

    HistoryService(ArticleAdminQueries adminQueries, RevisionDiffer differ, StoryChanges changes) {
        this.adminQueries = adminQueries;
        this.differ = differ;
        this.changes = changes;
    }

    /** A story's revisions, newest first, without their texts. */
    @Transactional(readOnly = true)
    public List<RevisionSummary> history(long id, Actor actor) {
        changes.findViewable(id, actor);
        return adminQueries.history(id);
    }

    /**
     * Two versions side by side: {@code fromRevision} against {@code toRevision}, or against the story as it stands
     * (the live version once published) when {@code toRevision} is {@code null}.
     */
    @Transactional(readOnly = true)
    public RevisionComparison compare(long id, long fromRevision, Long toRevision, Actor actor) {
        Article article = changes.findViewable(id, actor);
        ArticleRevision from = changes.revisionOf(id, fromRevision);
        if (toRevision == null) {
            String label = article.getStatus() == ArticleStatus.PUBLISHED ? "Live version" : "Current version";
            return differ.compare(label(from), from.toDraft(), label, article.toDraft());
        }
        ArticleRevision to = changes.revisionOf(id, toRevision);
        return differ.compare(label(from), from.toDraft(), label(to), to.toDraft());
    }

    private static String label(ArticleRevision revision) {
        RevisionSummary summary = revision.toSummary();
        return "Revision " + summary.number() + " · " + summary.kind().label()
                + (summary.createdBy() == null ? "" : " by " + summary.createdBy());
    }
}
