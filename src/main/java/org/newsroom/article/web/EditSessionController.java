package org.newsroom.article.web;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsroom.article.ArticlePaths;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditConflictException;
import org.newsroom.article.EditLocks;
import org.newsroom.article.EditPresence;
import org.newsroom.article.EditorQueryService;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.StaffPrincipal;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What keeps an editing session going while the editor is open: the autosave, and the soft lock's heartbeat, take-over
 * and release. All but take-over are the editor's script talking; they answer JSON or nothing, never a page.
 */
@RestController
record EditSessionController(
        DraftingService drafting,
        EditorQueryService editorQueries,
        EditLocks locks,
        ArticlePaths paths,
        StoryMerges merges) {

    /**
     * The editor's autosave, every few seconds while JavaScript runs. Answers the new version, or 409 when someone else
     * saved in between, or 422 when the text cannot be saved yet (an empty headline). A 409 whose text merges with the
     * other save by itself says {@code merged} and carries the merged fields and the version they merged with, but
     * saves nothing: the script puts them in the form if nothing was typed meanwhile, and its next autosave saves
     * them over that version; else it asks again with the version it had. Otherwise the editor keeps the text and is
     * told how to resolve.
     */
    @PostMapping(path = "/admin/articles/{id}/autosave", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> autosave(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            @AuthenticationPrincipal StaffPrincipal me) {
        if (errors.hasErrors()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            errors.getFieldErrors().forEach(error -> fields.putIfAbsent(error.getField(), error.getDefaultMessage()));
            return ResponseEntity.unprocessableContent().body(Map.of("status", "invalid", "errors", fields));
        }
        long version = form.getVersion() == null ? -1 : form.getVersion();
        try {
            long saved = drafting.autosave(id, version, form.toInput(), me.actor());
            return ResponseEntity.ok(Map.of("status", "saved", "version", saved));
        } catch (EditConflictException | OptimisticLockingFailureException conflict) {
            return merges.cleanly(id, form.toInput(), form.getVersion(), me.actor())
                    .map(merged -> ResponseEntity.status(409)
                            .body(Map.<String, Object>of(
                                    "status",
                                    "merged",
                                    "version",
                                    merged.version(),
                                    "fields",
                                    StoryMerges.formValues(merged.input()),
                                    "message",
                                    merged.notice())))
                    .orElseGet(() -> ResponseEntity.status(409)
                            .body(Map.of("status", "conflict", "message", conflict.getMessage())));
        } catch (RuleViolation violation) {
            return ResponseEntity.unprocessableContent()
                    .body(Map.of(
                            "status",
                            "invalid",
                            "errors",
                            Map.of(violation.field() == null ? "form" : violation.field(), violation.getMessage())));
        }
    }

    /** The editor's heartbeat: keeps this editor's soft lock alive, or says who else has the story open. */
    @PostMapping(path = "/admin/articles/{id}/heartbeat", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> heartbeat(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal me) {
        editorQueries.open(id, me.actor());
        EditPresence presence = locks.heartbeat(id, me.actor());
        return Map.of(
                "state",
                presence.state(),
                "name",
                presence.name(),
                "since",
                paths.zoned(presence.since()),
                "sinceTime",
                presence.since().toString(),
                "beatTime",
                presence.beatAt() == null ? "" : presence.beatAt().toString());
    }

    /**
     * The editor's "Take over" button, a plain form that works without JavaScript: so it answers with a redirect to the
     * editor, as a page, even from this controller (and a refusal is the admin's error page, not JSON).
     */
    @PostMapping("/admin/articles/{id}/take-over")
    ModelAndView takeOver(
            @PathVariable long id, @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
        editorQueries.open(id, me.actor());
        locks.takeOver(id, me.actor());
        redirect.addFlashAttribute("success", "You took over this story. The person who had it open has been told.");
        return new ModelAndView("redirect:/admin/articles/" + id + "/edit");
    }

    /**
     * The editor's page is closing (a beacon, which carries the CSRF token in its body since it cannot set headers):
     * give up the lock taken at {@code since}, if this editor still has it and, when the page says when it last heard
     * of its hold ({@code beat}), no newer page or tab of theirs has beaten since.
     */
    @PostMapping("/admin/articles/{id}/release")
    ResponseEntity<Void> release(
            @PathVariable long id,
            @RequestParam Instant since,
            @RequestParam(required = false) Instant beat,
            @AuthenticationPrincipal StaffPrincipal me) {
        if (beat == null) {
            locks.release(id, me.actor(), since);
        } else {
            locks.release(id, me.actor(), since, beat);
        }
        return ResponseEntity.noContent().build();
    }
}
