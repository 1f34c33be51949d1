package org.newsroom.article.web;

import org.newsroom.article.ArticleEditorView;
import org.newsroom.article.ArticleStatus;
import org.newsroom.article.CorrectionKind;
import org.newsroom.article.CorrectionService;
import org.newsroom.article.EditConflictException;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.PublishingService;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.StaffPrincipal;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What is done to a story once readers have it, outside the editor's form: unpublishing it, after asking twice,
 * and adding a public correction or clarification.
 */
@Controller
record LiveStoryController(
        EditorQueryService editorQueries,
        PublishingService publishing,
        CorrectionService corrections,
        StoryEditorPages pages) {

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
}
