package org.newsroom.article.web;

import jakarta.servlet.http.HttpServletRequest;
import org.newsroom.article.ArticleEditorView;
import org.newsroom.article.ArticleStatus;
import org.newsroom.article.EditLocks;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.StoryListQuery;
import org.newsroom.people.AuthorService;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.UnsavedWork;
import org.newsroom.taxonomy.SectionService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The story list and opening a story in the editor. The story's other pages are {@link StoryHistoryController}'s
 * (history, comparison, restoring), {@link LiveStoryController}'s (unpublishing, corrections) and
 * {@link StoryPreviewController}'s; the editor's buttons are {@link ArticleActionsController}'s, its script's calls
 * {@link EditSessionController}'s. Permissions are the service's business; this only binds and shows.
 */
@Controller
record ArticleAdminController(
        EditorQueryService editorQueries,
        SectionService sections,
        AuthorService authors,
        UnsavedWork unsavedWork,
        EditLocks locks,
        StoryEditorPages pages) {

    @GetMapping("/admin")
    String list(
            @RequestParam(defaultValue = "DRAFT") ArticleStatus status,
            @RequestParam(required = false) Long section,
            @RequestParam(required = false) Long author,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "modified") String sort,
            @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal StaffPrincipal me,
            Model model) {
        StoryListQuery query = new StoryListQuery(status, section, author, q, sort, page);
        model.addAttribute("query", query);
        model.addAttribute("stories", editorQueries.list(query, me.actor()));
        model.addAttribute("counts", editorQueries.countsByStatus(me.actor()));
        model.addAttribute("scheduleProblems", editorQueries.scheduleProblems());
        model.addAttribute("statuses", ArticleStatus.values());
        model.addAttribute("sections", sections.allSections());
        model.addAttribute("authors", authors.allAuthors());
        return "admin/article/list";
    }

    @GetMapping("/admin/articles/new")
    String newStory(HttpServletRequest request, Model model) {
        ArticleForm form = unsavedWork
                .take(request, "/admin/articles")
                .map(pending -> {
                    model.addAttribute("notice", StoryEditorPages.restoredNotice());
                    return ArticleForm.from(pending);
                })
                .orElseGet(ArticleForm::new);
        return pages.editor(model, form, null, null);
    }

    @GetMapping("/admin/articles/{id}/edit")
    String edit(
            @PathVariable long id,
            @AuthenticationPrincipal StaffPrincipal me,
            HttpServletRequest request,
            Model model) {
        ArticleEditorView story = editorQueries.open(id, me.actor());
        ArticleForm form = unsavedWork
                .take(request, "/admin/articles/" + id)
                .map(pending -> {
                    model.addAttribute("notice", StoryEditorPages.restoredNotice());
                    return ArticleForm.from(pending);
                })
                .orElseGet(() -> ArticleForm.from(story.input(), story.version()));
        if (story.editable()) {
            model.addAttribute("presence", locks.heartbeat(id, me.actor()));
        }
        return pages.editor(model, form, story, me);
    }
}
