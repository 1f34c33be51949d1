package org.newsroom.article.web;

import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.newsroom.article.ArticlePaths;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.PreviewService;
import org.newsroom.article.PublishingService;
import org.newsroom.article.web.ButtonSequence.Post;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The story editor's buttons, one handler each. The form posts to {@value #NEW} for a story not yet saved and to
 * {@value #STORY} after; a button pressed on a new story first saves it as a draft, then does what it says.
 * Permissions are the service's business; this only binds, calls and shows, and {@link ButtonSequence} holds what
 * every button does around its own work.
 */
@Controller
class ArticleActionsController {

    static final String NEW = "/admin/articles";
    static final String STORY = "/admin/articles/{id}";

    private final DraftingService drafting;
    private final PublishingService publishing;
    private final EditorQueryService editorQueries;
    private final PreviewService previews;
    private final ArticlePaths paths;
    private final StoryEditorPages pages;
    private final ButtonSequence sequence;

    ArticleActionsController(
            DraftingService drafting,
            PublishingService publishing,
            EditorQueryService editorQueries,
            PreviewService previews,
            ArticlePaths paths,
            StoryEditorPages pages,
            ButtonSequence sequence) {
        this.drafting = drafting;
        this.publishing = publishing;
        this.editorQueries = editorQueries;
        this.previews = previews;
        this.paths = paths;
        this.pages = pages;
        this.sequence = sequence;
    }

    /** The body as readers would get it, above the form; nothing is saved, so the form's errors are only shown. */
    @PostMapping(
            path = {NEW, STORY},
            params = "action=preview")
    String preview(
            @PathVariable(required = false) Long id,
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            @AuthenticationPrincipal StaffPrincipal me,
            Model model) {
        model.addAttribute("previewHtml", previews.renderPreview(form.getBody(), form.getLanguage()));
        return id == null
                ? pages.editor(model, form, null, null)
                : pages.editor(model, form, editorQueries.open(id, me.actor()), me);
    }

    @PostMapping(path = NEW, params = "action=save")
    String saveNew(
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            @AuthenticationPrincipal StaffPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return pages.editor(model, form, null, null);
        }
        try {
            long id = drafting.create(form.toInput(), me.actor());
            redirect.addFlashAttribute("success", "Draft saved.");
            return "redirect:/admin/articles/" + id + "/edit";
        } catch (RuleViolation violation) {
            StoryEditorPages.reject(errors, violation);
            return pages.editor(model, form, null, null);
        }
    }

    @PostMapping(path = STORY, params = "action=save")
    String save(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            @AuthenticationPrincipal StaffPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        return sequence.carryOut(id, new Post(form, errors, me, model, redirect), true, (story, version) -> {
            drafting.save(story, version, form.toInput(), me.actor());
            return "Saved.";
        });
    }

    @PostMapping(
            path = {NEW, STORY},
            params = "action=submit")
    String submit(
            @PathVariable(required = false) Long id,
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            @AuthenticationPrincipal StaffPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        return sequence.carryOut(id, new Post(form, errors, me, model, redirect), true, (story, version) -> {
            drafting.submitForReview(story, version, form.toInput(), me.actor());
            return "Submitted for review.";
        });
    }

    @PostMapping(
            path = {NEW, STORY},
            params = "action=publish")
    String publish(
            @PathVariable(required = false) Long id,
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            @AuthenticationPrincipal StaffPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        return sequence.carryOut(id, new Post(form, errors, me, model, redirect), true, (story, version) -> {
            publishing.publish(story, version, form.toInput(), me.actor());
            return "Published.";
        });
    }

    @PostMapping(
            path = {NEW, STORY},
            params = "action=publish-update")
    String publishUpdate(
            @PathVariable(required = false) Long id,
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            @AuthenticationPrincipal StaffPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        return sequence.carryOut(id, new Post(form, errors, me, model, redirect), true, (story, version) -> {
            publishing.publishUpdate(story, version, form.toInput(), form.isPublicUpdate(), me.actor());
            return form.isPublicUpdate()
                    ? "Update published; readers see the new Updated time."
                    : "Update published as a minor fix; the Updated time did not change.";
        });
    }

    @PostMapping(
            path = {NEW, STORY},
            params = "action=schedule")
    String schedule(
            @PathVariable(required = false) Long id,
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            @AuthenticationPrincipal StaffPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        return sequence.carryOut(id, new Post(form, errors, me, model, redirect), true, (story, version) -> {
            Instant at = scheduleTime(form.getScheduleAt());
            publishing.schedule(story, version, form.toInput(), at, form.isPublicUpdate(), me.actor());
            return "Scheduled.";
        });
    }

    /** Like "Send back" and "Delete", a button that does not save the text, so a form that would not save is no bar. */
    @PostMapping(
            path = {NEW, STORY},
            params = "action=cancel-schedule")
    String cancelSchedule(
            @PathVariable(required = false) Long id,
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            @AuthenticationPrincipal StaffPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        return sequence.carryOut(id, new Post(form, errors, me, model, redirect), false, (story, version) -> {
            publishing.cancelSchedule(story, version, me.actor());
            return "Schedule cancelled. The story is saved, not published.";
        });
    }

    @PostMapping(
            path = {NEW, STORY},
            params = "action=send-back")
    String sendBack(
            @PathVariable(required = false) Long id,
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            @AuthenticationPrincipal StaffPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        return sequence.carryOut(id, new Post(form, errors, me, model, redirect), false, (story, version) -> {
            drafting.sendBack(story, version, form.getReviewNote(), me.actor());
            return "Sent back to the writer with your note.";
        });
    }

    @PostMapping(
            path = {NEW, STORY},
            params = "action=delete")
    String delete(
            @PathVariable(required = false) Long id,
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            @AuthenticationPrincipal StaffPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        return sequence.carryOut(id, new Post(form, errors, me, model, redirect), false, (story, version) -> {
            drafting.deleteDraft(story, version, me.actor());
            redirect.addFlashAttribute("success", "Draft deleted.");
            return null;
        });
    }

    /**
     * A post that names no button (a script, or a form of another page) is a save, the form's default. An action no
     * button has is refused where it would have been carried out: on a new story, after the draft is saved.
     */
    @PostMapping(path = {NEW, STORY})
    String withoutKnownButton(
            @PathVariable(required = false) Long id,
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "save") String action,
            @AuthenticationPrincipal StaffPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        if (action.equals("save")) {
            return id == null
                    ? saveNew(form, errors, me, model, redirect)
                    : save(id, form, errors, me, model, redirect);
        }
        return sequence.carryOut(id, new Post(form, errors, me, model, redirect), true, (story, version) -> {
            throw new RuleViolation("Unknown action.");
        });
    }

    /** The editor gives a local date and time; it is taken in the site's zone. */
    private Instant scheduleTime(String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("scheduleAt", "Enter the date and time of publication.");
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(paths.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new RuleViolation("scheduleAt", "Enter a date and time, like 2026-11-28T10:30.");
        }
    }
}
