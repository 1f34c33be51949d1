package org.newsroom.article.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.newsroom.article.ArticleEditorView;
import org.newsroom.article.ArticlePaths;
import org.newsroom.article.ArticleStatus;
import org.newsroom.article.CorrectionKind;
import org.newsroom.article.CorrectionService;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditConflictException;
import org.newsroom.article.EditLocks;
import org.newsroom.article.EditPresence;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.HistoryService;
import org.newsroom.article.LeadImage;
import org.newsroom.article.PreviewService;
import org.newsroom.article.PublishingService;
import org.newsroom.article.RevisionSummary;
import org.newsroom.article.StoryField;
import org.newsroom.article.StoryInput;
import org.newsroom.article.StoryListQuery;
import org.newsroom.media.MediaLibrary;
import org.newsroom.people.AuthorService;
import org.newsroom.platform.NewsroomProperties;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The story list and the story editor. Permissions are the service's business; this only binds and shows. */
@Controller
class ArticleAdminController {

    static final List<Language> LANGUAGES = List.of(
            new Language("en", "English"),
            new Language("ar", "Arabic (العربية)"),
            new Language("de", "German (Deutsch)"),
            new Language("es", "Spanish (Español)"),
            new Language("fa", "Persian (فارسی)"),
            new Language("fr", "French (Français)"),
            new Language("he", "Hebrew (עברית)"),
            new Language("it", "Italian (Italiano)"),
            new Language("nl", "Dutch (Nederlands)"),
            new Language("pl", "Polish (Polski)"),
            new Language("pt", "Portuguese (Português)"),
            new Language("ru", "Russian (Русский)"),
            new Language("tr", "Turkish (Türkçe)"),
            new Language("uk", "Ukrainian (Українська)"),
            new Language("zh", "Chinese (中文)"));

    /** The admin's screens are in English, so are the names of languages on them. */
    static final Locale ADMIN_LOCALE = Locale.ENGLISH;

    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("HH:mm, d MMM yyyy", Locale.UK);

    private final DraftingService drafting;
    private final PublishingService publishing;
    private final HistoryService storyHistory;
    private final CorrectionService corrections;
    private final EditorQueryService editorQueries;
    private final PreviewService previews;
    private final TaxonomyService taxonomy;
    private final AuthorService authors;
    private final UnsavedWork unsavedWork;
    private final ArticlePaths paths;
    private final EditLocks locks;
    private final MediaLibrary media;
    /** newsroom.site.language: the language a new story starts in. */
    private final String siteLanguage;
    /** The editor's menu of languages: {@link #LANGUAGES}, and the site's language if it is not among them. */
    private final List<Language> languages;

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
            ArticlePaths paths,
            EditLocks locks,
            MediaLibrary media,
            NewsroomProperties properties) {
        this.drafting = drafting;
        this.publishing = publishing;
        this.storyHistory = storyHistory;
        this.corrections = corrections;
        this.editorQueries = editorQueries;
        this.previews = previews;
        this.taxonomy = taxonomy;
        this.authors = authors;
        this.unsavedWork = unsavedWork;
        this.paths = paths;
        this.locks = locks;
        this.media = media;
        this.siteLanguage = properties.site().language();
        this.languages = LANGUAGES.stream().anyMatch(language -> language.code().equals(siteLanguage))
                ? LANGUAGES
                : Stream.concat(LANGUAGES.stream(), Stream.of(new Language(siteLanguage, languageName(siteLanguage))))
                        .toList();
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
                    model.addAttribute("notice", restoredNotice());
                    return ArticleForm.from(pending);
                })
                .orElseGet(ArticleForm::new);
        return editor(model, form, null, null);
    }

    @PostMapping("/admin/articles")
    String create(
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "save") String action,
            @AuthenticationPrincipal StaffPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        if (action.equals("preview")) {
            model.addAttribute("previewHtml", previews.renderPreview(form.getBody(), form.getLanguage()));
            return editor(model, form, null, null);
        }
        if (errors.hasErrors()) {
            return editor(model, form, null, null);
        }
        long id;
        try {
            id = drafting.create(form.toInput(), me.actor());
        } catch (RuleViolation violation) {
            reject(errors, violation);
            return editor(model, form, null, null);
        }
        if (action.equals("save")) {
            redirect.addFlashAttribute("success", "Draft saved.");
            return "redirect:/admin/articles/" + id + "/edit";
        }
        ArticleEditorView created = editorQueries.open(id, me.actor());
        form.setVersion(created.version());
        return act(id, action, form, errors, me, model, redirect);
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
                    model.addAttribute("notice", restoredNotice());
                    return ArticleForm.from(pending);
                })
                .orElseGet(() -> ArticleForm.from(story.input(), story.version()));
        if (story.editable()) {
            model.addAttribute("presence", locks.heartbeat(id, me.actor()));
        }
        return editor(model, form, story, me);
    }

    @PostMapping("/admin/articles/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "save") String action,
            @AuthenticationPrincipal StaffPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        if (action.equals("preview")) {
            model.addAttribute("previewHtml", previews.renderPreview(form.getBody(), form.getLanguage()));
            return editor(model, form, editorQueries.open(id, me.actor()), me);
        }
        if (errors.hasErrors()
                && !List.of("cancel-schedule", "send-back", "delete").contains(action)) {
            return editor(model, form, editorQueries.open(id, me.actor()), me);
        }
        return act(id, action, form, errors, me, model, redirect);
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
        model.addAttribute("liveUrl", liveUrl(story));
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

    /**
     * The address readers use, in full, for the confirmation to name: from the site's base URL, not from the request,
     * whose Host header anyone can set and which behind a proxy names the internal host.
     */
    private String liveUrl(ArticleEditorView story) {
        return story.livePath() == null ? null : paths.absolute(story.livePath());
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

    private static Long parseRevision(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new RuleViolation("Choose a revision to compare with.");
        }
    }

    /**
     * The editor's autosave, every few seconds while JavaScript runs. Answers the new version, or 409 when someone else
     * saved in between (the editor then keeps the text and shows how to resolve), or 422 when the text cannot be
     * saved yet (an empty headline).
     */
    @PostMapping(path = "/admin/articles/{id}/autosave", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> autosave(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            @AuthenticationPrincipal StaffPrincipal me) {
        if (errors.hasErrors()) {
            Map<String, Object> fields = new java.util.LinkedHashMap<>();
            errors.getFieldErrors().forEach(error -> fields.putIfAbsent(error.getField(), error.getDefaultMessage()));
            return ResponseEntity.unprocessableContent().body(Map.of("status", "invalid", "errors", fields));
        }
        long version = form.getVersion() == null ? -1 : form.getVersion();
        try {
            long saved = drafting.autosave(id, version, form.toInput(), me.actor());
            return ResponseEntity.ok(Map.of("status", "saved", "version", saved));
        } catch (EditConflictException | OptimisticLockingFailureException conflict) {
            return ResponseEntity.status(409).body(Map.of("status", "conflict", "message", conflict.getMessage()));
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
    @ResponseBody
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
                presence.since().toString());
    }

    @PostMapping("/admin/articles/{id}/take-over")
    String takeOver(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
        editorQueries.open(id, me.actor());
        locks.takeOver(id, me.actor());
        redirect.addFlashAttribute("success", "You took over this story. The person who had it open has been told.");
        return "redirect:/admin/articles/" + id + "/edit";
    }

    @PostMapping("/admin/articles/{id}/release")
    ResponseEntity<Void> release(
            @PathVariable long id, @RequestParam Instant since, @AuthenticationPrincipal StaffPrincipal me) {
        locks.release(id, me.actor(), since);
        return ResponseEntity.noContent().build();
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

    private String act(
            long id,
            String action,
            ArticleForm form,
            BindingResult errors,
            StaffPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        long version = form.getVersion() == null ? -1 : form.getVersion();
        try {
            String message =
                    switch (action) {
                        case "save" -> {
                            drafting.save(id, version, form.toInput(), me.actor());
                            yield "Saved.";
                        }
                        case "submit" -> {
                            drafting.submitForReview(id, version, form.toInput(), me.actor());
                            yield "Submitted for review.";
                        }
                        case "publish" -> {
                            publishing.publish(id, version, form.toInput(), me.actor());
                            yield "Published.";
                        }
                        case "publish-update" -> {
                            publishing.publishUpdate(id, version, form.toInput(), form.isPublicUpdate(), me.actor());
                            yield form.isPublicUpdate()
                                    ? "Update published; readers see the new Updated time."
                                    : "Update published as a minor fix; the Updated time did not change.";
                        }
                        case "schedule" -> {
                            publishing.schedule(
                                    id,
                                    version,
                                    form.toInput(),
                                    scheduleTime(form.getScheduleAt()),
                                    form.isPublicUpdate(),
                                    me.actor());
                            yield "Scheduled.";
                        }
                        case "cancel-schedule" -> {
                            publishing.cancelSchedule(id, version, me.actor());
                            yield "Schedule cancelled. The story is saved, not published.";
                        }
                        case "send-back" -> {
                            drafting.sendBack(id, version, form.getReviewNote(), me.actor());
                            yield "Sent back to the writer with your note.";
                        }
                        case "delete" -> {
                            drafting.deleteDraft(id, version, me.actor());
                            redirect.addFlashAttribute("success", "Draft deleted.");
                            yield null;
                        }
                        default -> throw new RuleViolation("Unknown action.");
                    };
            if (message == null) {
                return "redirect:/admin";
            }
            redirect.addFlashAttribute("success", message);
            return "redirect:/admin/articles/" + id + "/edit";
        } catch (EditConflictException | OptimisticLockingFailureException conflict) {
            return conflict(model, id, form, me);
        } catch (RuleViolation violation) {
            reject(errors, violation);
            return editor(model, form, editorQueries.open(id, me.actor()), me);
        }
    }

    /**
     * Someone else saved the story while this editor was writing. Nothing was overwritten and nothing is lost: the
     * screen shows their text beside what changed, field by field, and lets them merge, override, or keep a copy.
     */
    private String conflict(Model model, long id, ArticleForm mine, StaffPrincipal me) {
        ArticleEditorView theirs = editorQueries.open(id, me.actor());
        model.addAttribute("story", theirs);
        model.addAttribute("form", mine);
        model.addAttribute("storyFormFields", StoryField.allFormFields());
        model.addAttribute("fields", conflictFields(mine.toInput(), theirs.input()));
        model.addAttribute("theirsVersion", theirs.version());
        model.addAttribute("theirsSaved", savedBy(storyHistory.history(id, me.actor())));
        return "admin/article/conflict";
    }

    @PostMapping("/admin/articles/{id}/resolve")
    String resolve(
            @PathVariable long id,
            @ModelAttribute("form") ArticleForm mine,
            @RequestParam String resolution,
            @RequestParam long theirsVersion,
            @RequestParam Map<String, String> picks,
            @AuthenticationPrincipal StaffPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        try {
            switch (resolution) {
                case "copy" -> {
                    StoryInput copy = mine.toInput().withSlug(null);
                    long newId = drafting.create(copy, me.actor());
                    redirect.addFlashAttribute(
                            "success",
                            "Your version is saved as a new draft. The other person's stays on the original.");
                    return "redirect:/admin/articles/" + newId + "/edit";
                }
                case "override" -> drafting.save(id, theirsVersion, mine.toInput(), me.actor());
                case "merge" -> {
                    ArticleEditorView theirs = editorQueries.open(id, me.actor());
                    if (theirs.version() != theirsVersion) {
                        throw new EditConflictException();
                    }
                    drafting.saveMerged(id, theirsVersion, merge(mine.toInput(), theirs.input(), picks), me.actor());
                }
                default -> throw new RuleViolation("Choose how to resolve the conflict.");
            }
            redirect.addFlashAttribute("success", "Saved.");
            return "redirect:/admin/articles/" + id + "/edit";
        } catch (EditConflictException | OptimisticLockingFailureException again) {
            return conflict(model, id, mine, me);
        } catch (RuleViolation violation) {
            model.addAttribute("error", violation.getMessage());
            return conflict(model, id, mine, me);
        }
    }

    private List<ConflictField> conflictFields(StoryInput mine, StoryInput theirs) {
        Map<Long, String> sectionNames = new java.util.HashMap<>();
        taxonomy.allSections().forEach(section -> sectionNames.put(section.id(), section.name()));
        return java.util.Arrays.stream(StoryField.values())
                .map(field -> new ConflictField(
                        field.key(),
                        field.label(),
                        field.textIn(mine),
                        field.textIn(theirs),
                        shown(field, mine, sectionNames),
                        shown(field, theirs, sectionNames),
                        field.longText()))
                .toList();
    }

    /** A field as the conflict screen shows it: a section and a language by name, a lead image described. */
    private String shown(StoryField field, StoryInput input, Map<Long, String> sectionNames) {
        return switch (field) {
            case SECTION -> sectionNames.getOrDefault(input.sectionId(), "");
            case LANGUAGE -> languageName(input.language());
            case LEAD_IMAGE -> describe(input.leadImage());
            default -> field.textIn(input);
        };
    }

    /** "Saved by Ana Reyes at 10:02, 1 Dec 2026": the newest revision is the other person's save. */
    private String savedBy(List<RevisionSummary> history) {
        if (history.isEmpty()) {
            return null;
        }
        RevisionSummary newest = history.getFirst();
        return "Saved by " + newest.createdBy() + " at "
                + SAVED_AT.withZone(paths.zone()).format(newest.createdAt());
    }

    /** A language by its name in the admin's own language (English), as the editor's menu shows it: "French". */
    static String languageName(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(code.strip()).getDisplayName(ADMIN_LOCALE);
        return name.isBlank() || name.equalsIgnoreCase(code.strip()) ? code : name;
    }

    /** The lead image as the conflict screen shows it: which image, and what this story says of it. */
    private String describe(LeadImage lead) {
        if (!lead.present()) {
            return "";
        }
        StringBuilder shown = new StringBuilder("Image " + lead.imageId());
        media.find(lead.imageId())
                .ifPresent(image -> shown.append(" (").append(image.fileName()).append(")"));
        if (lead.alt() != null) {
            shown.append("\nAlt text: ").append(lead.alt());
        }
        if (lead.caption() != null) {
            shown.append("\nCaption: ").append(lead.caption());
        }
        if (lead.decorative()) {
            shown.append("\nDecorative");
        }
        return shown.toString();
    }

    /** Each field from the side the editor picked; "mine" where they did not pick. */
    private static StoryInput merge(StoryInput mine, StoryInput theirs, Map<String, String> picks) {
        return mine.withFieldsOf(
                theirs,
                java.util.EnumSet.allOf(StoryField.class).stream()
                        .filter(field -> "theirs".equals(picks.get("pick_" + field.key())))
                        .collect(java.util.stream.Collectors.toSet()));
    }

    private String editor(Model model, ArticleForm form, ArticleEditorView story, StaffPrincipal me) {
        if (form.getLanguage() == null || form.getLanguage().isBlank()) {
            // A new story, or a form posted without a language: the site's.
            form.setLanguage(siteLanguage);
        }
        model.addAttribute("form", form);
        model.addAttribute("storyFormFields", StoryField.allFormFields());
        model.addAttribute(
                "corrections", story == null ? List.of() : corrections.correctionsOf(story.id(), me.actor()));
        model.addAttribute("correctionKinds", CorrectionKind.values());
        model.addAttribute("story", story);
        model.addAttribute("liveUrl", story == null ? null : liveUrl(story));
        model.addAttribute("sections", taxonomy.allSections());
        model.addAttribute("allTags", taxonomy.allTags());
        model.addAttribute("allAuthors", authors.allAuthors());
        model.addAttribute("languages", languages);
        model.addAttribute("zone", paths.zone());
        model.addAttribute(
                "leadImage",
                form.getLeadImageId() == null
                        ? null
                        : media.find(form.getLeadImageId()).orElse(null));
        return "admin/article/edit";
    }

    private static void reject(BindingResult errors, RuleViolation violation) {
        if (violation.field() != null) {
            errors.rejectValue(violation.field(), "rule", violation.getMessage());
        } else {
            errors.reject("rule", violation.getMessage());
        }
    }

    private static String restoredNotice() {
        return "Your session had expired before this was saved. Here is everything you had written: check it and"
                + " save again.";
    }

    record Language(String code, String name) {}
}
