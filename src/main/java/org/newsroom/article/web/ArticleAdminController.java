package org.newsroom.article.web;

import jakarta.servlet.http.HttpServletRequest;
import org.newsroom.article.ArticleEditorView;
import org.newsroom.article.ArticleStatus;
import org.newsroom.article.CorrectionKind;
import org.newsroom.article.CorrectionService;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditConflictException;
import org.newsroom.article.EditLocks;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.HistoryService;
import org.newsroom.article.PreviewService;
import org.newsroom.article.PublishingService;
import org.newsroom.article.StoryListQuery;
import org.newsroom.people.AuthorService;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.UnsavedWork;
import org.newsroom.taxonomy.TaxonomyService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The story list, opening a story in the editor, and the story's other pages (history, comparison, unpublishing,
 * corrections, preview). The editor's buttons are {@link ArticleActionsController}'s, its script's calls
 * {@link EditSessionController}'s. Permissions are the service's business; this only binds and shows.
 */
@Controller
class ArticleAdminController {

    private final DraftingService drafting;
    private final PublishingService publishing;
    private final HistoryService storyHistory;
    private final CorrectionService corrections;
    private final EditorQueryService editorQueries;
    private final PreviewService previews;
    private final TaxonomyService taxonomy;
    private final AuthorService authors;
    private final UnsavedWork unsavedWork;
    private final EditLocks locks;
    private final StoryEditorPages pages;

    ArticleAdminController(
            DraftingService drafting,
            PublishingService publishing,
            HistoryService storyHistory,
            CorrectionService corrections,
            EditorQueryService editorQueries,
            PreviewService previews,
            TaxonomyService taxonomy,
            AuthorService authors,
            UnsavedWork unsavedWork,
            EditLocks locks,
            StoryEditorPages pages) {
        this.drafting = drafting;
        this.publishing = publishing;
        this.storyHistory = storyHistory;
        this.corrections = corrections;
        this.editorQueries = editorQueries;
        this.previews = previews;
        this.taxonomy = taxonomy;
        this.authors = authors;
        this.unsavedWork = unsavedWork;
        this.locks = locks;
        this.pages = pages;
    }

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
        model.addAttribute("sections", taxonomy.allSections());
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

    @GetMapping("/admin/articles/{id}/history")
    String history(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("story", editorQueries.open(id, me.actor()));
        model.addAttribute("revisions", storyHistory.history(id, me.actor()));
        return "admin/article/history";
    }

    /** Two revisions side by side, or a revision against the story as it stands ({@code to=live}). */
    @GetMapping("/admin/articles/{id}/compare")
    String compare(
            @PathVariable long id,
            @RequestParam long from,
            @RequestParam(defaultValue = "live") String to,
            @AuthenticationPrincipal StaffPrincipal me,
            Model model) {
        Long toRevision = to.equals("live") ? null : parseRevision(to);
        model.addAttribute("story", editorQueries.open(id, me.actor()));
        model.addAttribute("comparison", storyHistory.compare(id, from, toRevision, me.actor()));
        return "admin/article/compare";
    }

    @PostMapping("/admin/articles/{id}/revisions/{revisionId}/restore")
    String restore(
            @PathVariable long id,
            @PathVariable long revisionId,
            @RequestParam long version,
            @AuthenticationPrincipal StaffPrincipal me,
            RedirectAttributes redirect) {
        try {
            drafting.restore(id, revisionId, version, me.actor());
            redirect.addFlashAttribute("success", "Revision restored into the editor. It is saved, not published.");
            return "redirect:/admin/articles/" + id + "/edit";
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("error", violation.getMessage());
            return "redirect:/admin/articles/" + id + "/history";
        }
    }

    /**
     * Unpublishing takes a story away from its readers, so it is asked for twice. With JavaScript the editor's button
     * opens a dialog holding the form below; without, the button is a link to this page, which says the same.
     */
    @GetMapping("/admin/articles/{id}/unpublish")
    String confirmUnpublish(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        ArticleEditorView story = editorQueries.open(id, me.actor());
        if (story.status() != ArticleStatus.PUBLISHED) {
            throw new RuleViolation("Only a published story can be unpublished.");
        }
        model.addAttribute("story", story);
        model.addAttribute("liveUrl", pages.liveUrl(story));
        return "admin/article/unpublish";
    }

    @PostMapping("/admin/articles/{id}/unpublish")
    String unpublish(
            @PathVariable long id,
            @RequestParam long version,
            @AuthenticationPrincipal StaffPrincipal me,
            RedirectAttributes redirect) {
        try {
            publishing.unpublish(id, version, me.actor());
        } catch (EditConflictException | OptimisticLockingFailureException conflict) {
            redirect.addFlashAttribute(
                    "error",
                    "The story was saved by someone else after you opened it, so it was not unpublished. Check it as"
                            + " it is now, and unpublish again if you still mean to.");
            return "redirect:/admin/articles/" + id + "/edit";
        }
        redirect.addFlashAttribute("success", "Unpublished: readers now get “410 Gone” at its address.");
        return "redirect:/admin/articles/" + id + "/edit";
    }

    private static Long parseRevision(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new RuleViolation("Choose a revision to compare with.");
        }
    }

    /** A public note on a published story. */
    @PostMapping("/admin/articles/{id}/corrections")
    String addCorrection(
            @PathVariable long id,
            @RequestParam(required = false) CorrectionKind correctionKind,
            @RequestParam(defaultValue = "") String correctionText,
            @AuthenticationPrincipal StaffPrincipal me,
            RedirectAttributes redirect) {
        try {
            corrections.addCorrection(id, correctionKind, correctionText, me.actor());
            redirect.addFlashAttribute("success", "Note published on the story.");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("correctionError", violation.getMessage());
            redirect.addFlashAttribute("correctionText", correctionText);
        }
        return "redirect:/admin/articles/" + id + "/edit#corrections";
    }

    /** The story in the real article template, as readers would see the editor's current text. */
    @GetMapping("/admin/articles/{id}/preview")
    String preview(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        var article = previews.preview(id, me.actor());
        model.addAttribute("article", article);
        model.addAttribute("preview", true);
        return "site/article";
    }

    /** The preview pane of the editor, when JavaScript runs: the body as readers would get it. */
    @PostMapping(path = "/admin/articles/preview-markdown", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    ResponseEntity<String> previewMarkdown(
            @RequestParam(defaultValue = "") String body, @RequestParam(required = false) String language) {
        return ResponseEntity.ok(previews.renderPreview(body, language));
    }
}
