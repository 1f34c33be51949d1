package org.newsroom.article.web;

import org.newsroom.article.DraftingService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.HistoryNotes;
import org.newsroom.article.HistoryService;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A story's revisions, two of them side by side, and restoring one into the editor.
 */
@Controller
record StoryHistoryController(
        EditorQueryService editorQueries, HistoryService storyHistory, DraftingService drafting, HistoryNotes notes) {

    @GetMapping("/admin/articles/{id}/history")
    String history(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("story", editorQueries.open(id, me.actor()));
        model.addAttribute("revisions", storyHistory.history(id, me.actor()));
        model.addAttribute("notes", notes.of(id));
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

    private static Long parseRevision(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new RuleViolation("Choose a revision to compare with.");
        }
    }
}
