package org.newsroom.article.web;

import org.newsroom.article.DraftingService;
import org.newsroom.article.EditConflictException;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.StoryInput;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffPrincipal;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What each of {@link ArticleActionsController}'s buttons does around its own work, in one place, so that a new
 * button is one handler and one lambda.
 */
@Component
class ButtonSequence {

    private final DraftingService drafting;
    private final EditorQueryService editorQueries;
    private final StoryEditorPages pages;

    ButtonSequence(DraftingService drafting, EditorQueryService editorQueries, StoryEditorPages pages) {
        this.drafting = drafting;
        this.editorQueries = editorQueries;
        this.pages = pages;
    }

    /** What every button's handler is given, as {@link EditorPostArguments} resolves it. */
    record Post(ArticleForm form, BindingResult errors, StaffPrincipal me, Model model, RedirectAttributes redirect) {

        StoryInput input() {
            return form.toInput();
        }

        Actor actor() {
            return me.actor();
        }
    }

    /** A button's work on the saved story; answers the message to show in the editor, or {@code null} for the list. */
    @FunctionalInterface
    interface Button {
        String press(long id, long version);
    }

    /**
     * The one sequence every button shares. A new story is first saved as a draft (a form that would not save is shown
     * again), then the button does its work on the version the editor holds. A refused rule shows the editor again
     * with the text kept; someone else's save in between shows the conflict screen.
     *
     * @param needsValidText whether the button saves the text, so that a form with errors is shown again first
     */
    String carryOut(Long id, Post post, boolean needsValidText, Button button) {
        ArticleForm form = post.form();
        long story;
        if (id == null) {
            if (post.errors().hasErrors()) {
                return pages.editor(post.model(), form, null, null);
            }
            try {
                story = drafting.create(post.input(), post.actor());
            } catch (RuleViolation violation) {
                StoryEditorPages.reject(post.errors(), violation);
                return pages.editor(post.model(), form, null, null);
            }
            form.setVersion(editorQueries.open(story, post.actor()).version());
        } else {
            story = id;
            if (needsValidText && post.errors().hasErrors()) {
                return pages.editor(post.model(), form, editorQueries.open(story, post.actor()), post.me());
            }
        }
        long version = form.getVersion() == null ? -1 : form.getVersion();
        try {
            String message = button.press(story, version);
            if (message == null) {
                return "redirect:/admin";
            }
            post.redirect().addFlashAttribute("success", message);
            return "redirect:/admin/articles/" + story + "/edit";
        } catch (EditConflictException | OptimisticLockingFailureException conflict) {
            return pages.conflict(post.model(), story, form, post.me());
        } catch (RuleViolation violation) {
            StoryEditorPages.reject(post.errors(), violation);
            return pages.editor(post.model(), form, editorQueries.open(story, post.actor()), post.me());
        }
    }
}
