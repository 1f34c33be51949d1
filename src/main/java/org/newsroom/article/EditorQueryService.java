package org.newsroom.article;

import java.util.Map;
import org.newsroom.staff.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the admin area shows of stories: one opened in the editor, the story list, its counts and schedule warnings. */
@Service
public class EditorQueryService {

    private final ArticleWorkingCopyRepository workingCopies;
    private final ArticleAdminQueries adminQueries;
    private final ScheduleMonitor scheduleMonitor;
    private final ArticlePaths paths;
    private final StoryInputResolver inputs;
    private final StoryChanges changes;

    EditorQueryService(
            ArticleWorkingCopyRepository workingCopies,
            ArticleAdminQueries adminQueries,
            ScheduleMonitor scheduleMonitor,
            ArticlePaths paths,
            StoryInputResolver inputs,
            StoryChanges changes) {
        this.workingCopies = workingCopies;
        this.adminQueries = adminQueries;
        this.scheduleMonitor = scheduleMonitor;
        this.paths = paths;
        this.inputs = inputs;
        this.changes = changes;
    }

    @Transactional(readOnly = true)
    public ArticleEditorView open(long id, Actor actor) {
        Article article = changes.findViewable(id, actor);
        var workingCopy = workingCopies.findById(id);
        ArticleDraft draft = workingCopy.map(ArticleWorkingCopy::toDraft).orElseGet(article::toDraft);
        boolean updateScheduled =
                workingCopy.map(ArticleWorkingCopy::getScheduledAt).isPresent();
        return new ArticleEditorView(
                id,
                article.getStatus(),
                article.getVersion(),
                inputs.toInput(draft),
                workingCopy.isPresent(),
                article.getPublishedAt(),
                article.getUpdatedAt(),
                paths.livePath(article),
                EditorialPolicy.canEdit(article.getCreatedBy(), article.getStatus(), actor),
                EditorialPolicy.canPublish(actor),
                article.getReviewNote(),
                article.getReviewNoteBy(),
                article.getReviewNoteAt(),
                updateScheduled ? workingCopy.get().getScheduledAt() : article.getScheduledAt(),
                workingCopy.map(ArticleWorkingCopy::isScheduledPublicUpdate).orElse(true),
                updateScheduled ? workingCopy.get().getScheduleError() : article.getScheduleError());
    }

    @Transactional(readOnly = true)
    public StoryPage list(StoryListQuery query, Actor actor) {
        return adminQueries.list(query, EditorialPolicy.listedOwner(actor));
    }

    /** Scheduled publications that are overdue or failed, for the admin's warning. */
    @Transactional(readOnly = true)
    public ScheduleProblems scheduleProblems() {
        return new ScheduleProblems(scheduleMonitor.overdue(), scheduleMonitor.failed());
    }

    @Transactional(readOnly = true)
    public Map<ArticleStatus, Long> countsByStatus(Actor actor) {
        return adminQueries.countsByStatus(EditorialPolicy.listedOwner(actor));
    }
}
