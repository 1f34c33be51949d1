package org.newsroom.article.web;

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
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The story editor's buttons, one handler each. The form posts to {@value #NEW} for a story not yet saved and to
 * {@value #STORY} after; a button pressed on a new story first saves it as a draft, then does what it says.
 * Permissions are the service's business; this only binds, calls and shows. Every handler is given the post as one
 * {@link Post} (the form bound and validated, see {@link EditorPostArguments}), and {@link ButtonSequence} holds what
 * every button does around its own work.
 */
@Controller
@RequestMapping(path = {ArticleActionsController.NEW, ArticleActionsController.STORY})
record ArticleActionsController(
        DraftingService drafting,
        PublishingService publishing,
        EditorQueryService editorQueries,
        PreviewService previews,
        ArticlePaths paths,
        StoryEditorPages pages,
        ButtonSequence sequence) {

    static final String NEW = "/admin/articles";
    static final String STORY = "/admin/articles/{id}";

    /** The body as readers would get it, above the form; nothing is saved, so the form's errors are only shown. */
    @PostMapping(params = "action=preview")
    String preview(@PathVariable(required = false) Long id, Post post) {
        ArticleForm form = post.form();
        post.model().addAttribute("previewHtml", previews.renderPreview(form.getBody(), form.getLanguage()));
        return id == null
                ? pages.editor(post.model(), form, null, null)
                : pages.editor(post.model(), form, editorQueries.open(id, post.actor()), post.me());
    }

    /** A new story is saved as a draft and opened in the editor; a saved one is saved again where it is. */
    @PostMapping(params = "action=save")
    String save(@PathVariable(required = false) Long id, Post post) {
        if (id == null) {
            return saveNew(post);
        }
        return sequence.carryOut(id, post, true, (story, version) -> {
            drafting.save(story, version, post.input(), post.actor());
            return "Saved.";
        });
    }

    private String saveNew(Post post) {
        if (post.errors().hasErrors()) {
            return pages.editor(post.model(), post.form(), null, null);
        }
        try {
            long id = drafting.create(post.input(), post.actor());
            post.redirect().addFlashAttribute("success", "Draft saved.");
            return "redirect:/admin/articles/" + id + "/edit";
        } catch (RuleViolation violation) {
            StoryEditorPages.reject(post.errors(), violation);
            return pages.editor(post.model(), post.form(), null, null);
        }
    }

    @PostMapping(params = "action=submit")
    String submit(@PathVariable(required = false) Long id, Post post) {
        return sequence.carryOut(id, post, true, (story, version) -> {
            drafting.submitForReview(story, version, post.input(), post.actor());
            return "Submitted for review.";
        });
    }

    @PostMapping(params = "action=publish")
    String publish(@PathVariable(required = false) Long id, Post post) {
        return sequence.carryOut(id, post, true, (story, version) -> {
            publishing.publish(story, version, post.input(), post.actor());
            return "Published.";
        });
    }

    @PostMapping(params = "action=publish-update")
    String publishUpdate(@PathVariable(required = false) Long id, Post post) {
        boolean publicUpdate = post.form().isPublicUpdate();
        return sequence.carryOut(id, post, true, (story, version) -> {
            publishing.publishUpdate(story, version, post.input(), publicUpdate, post.actor());
            return publicUpdate
                    ? "Update published; readers see the new Updated time."
                    : "Update published as a minor fix; the Updated time did not change.";
        });
    }

    @PostMapping(params = "action=schedule")
    String schedule(@PathVariable(required = false) Long id, Post post) {
        return sequence.carryOut(id, post, true, (story, version) -> {
            Instant at = scheduleTime(post.form().getScheduleAt());
            publishing.schedule(story, version, post.input(), at, post.form().isPublicUpdate(), post.actor());
            return "Scheduled.";
        });
    }

    /** Like "Send back" and "Delete", a button that does not save the text, so a form that would not save is no bar. */
    @PostMapping(params = "action=cancel-schedule")
    String cancelSchedule(@PathVariable(required = false) Long id, Post post) {
        return sequence.carryOut(id, post, false, (story, version) -> {
            publishing.cancelSchedule(story, version, post.actor());
            return "Schedule cancelled. The story is saved, not published.";
        });
    }

    @PostMapping(params = "action=send-back")
    String sendBack(@PathVariable(required = false) Long id, Post post) {
        return sequence.carryOut(id, post, false, (story, version) -> {
            drafting.sendBack(story, version, post.form().getReviewNote(), post.actor());
            return "Sent back to the writer with your note.";
        });
    }

    @PostMapping(params = "action=delete")
    String delete(@PathVariable(required = false) Long id, Post post) {
        return sequence.carryOut(id, post, false, (story, version) -> {
            drafting.deleteDraft(story, version, post.actor());
            post.redirect().addFlashAttribute("success", "Draft deleted.");
            return null;
        });
    }

    /**
     * A post that names no button (a script, or a form of another page) is a save, the form's default. An action no
     * button has is refused where it would have been carried out: on a new story, after the draft is saved.
     */
    @PostMapping
    String withoutKnownButton(
            @PathVariable(required = false) Long id, @RequestParam(defaultValue = "save") String action, Post post) {
        if (action.equals("save")) {
            return save(id, post);
        }
        return sequence.carryOut(id, post, true, (story, version) -> {
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
