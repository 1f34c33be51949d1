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
record ButtonSequence(
        DraftingService drafting, EditorQueryService editorQueries, StoryEditorPages pages, StoryMerges merges) {

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
     * with the text kept. Someone else's save in between is merged with the editor's text when they changed different
     * fields or paragraphs, and the button does its work on the merged story; what both changed shows the conflict
     * screen.
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
            return done(post, story, button.press(story, version));
        } catch (EditConflictException | OptimisticLockingFailureException conflict) {
            return needsValidText ? merged(story, post, button) : pages.conflict(post.model(), story, form, post.me());
        } catch (RuleViolation violation) {
            return refused(story, post, violation);
        }
    }

    /**
     * The button again, on the editor's text merged with the save it met, when they changed different things. A
     * further save meanwhile, or a merge that needs a choice, shows the conflict screen with the editor's own text.
     */
    private String merged(long story, Post post, Button button) {
        ArticleForm form = post.form();
        var merged = merges.cleanly(story, post.input(), form.getVersion(), post.actor());
        if (merged.isEmpty()) {
            return pages.conflict(post.model(), story, form, post.me());
        }
        var typed = form.toInput();
        Long typedVersion = form.getVersion();
        form.takeStory(merged.get().input());
        form.setVersion(merged.get().version());
        try {
            String message = button.press(story, merged.get().version());
            post.redirect().addFlashAttribute("merged", merged.get().notice());
            return done(post, story, message);
        } catch (EditConflictException | OptimisticLockingFailureException again) {
            form.takeStory(typed);
            form.setVersion(typedVersion);
            return pages.conflict(post.model(), story, form, post.me());
        } catch (RuleViolation violation) {
            post.model().addAttribute("merged", merged.get().notice());
            return refused(story, post, violation);
        }
    }

    private static String done(Post post, long story, String message) {
        if (message == null) {
            return "redirect:/admin";
        }
        post.redirect().addFlashAttribute("success", message);
        return "redirect:/admin/articles/" + story + "/edit";
    }

    private String refused(long story, Post post, RuleViolation violation) {
        StoryEditorPages.reject(post.errors(), violation);
        return pages.editor(post.model(), post.form(), editorQueries.open(story, post.actor()), post.me());
    }
}
