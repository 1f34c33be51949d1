package org.newsroom.article.web;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.newsroom.article.ArticleEditorView;
import org.newsroom.article.ArticlePaths;
import org.newsroom.article.CorrectionKind;
import org.newsroom.article.CorrectionService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.HistoryService;
import org.newsroom.article.LeadImage;
import org.newsroom.article.RevisionSummary;
import org.newsroom.article.StoryField;
import org.newsroom.article.StoryMerge;
import org.newsroom.media.MediaLibrary;
import org.newsroom.people.AuthorService;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.taxonomy.SectionService;
import org.newsroom.taxonomy.TagService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The two pages the editor's controllers show again and again: the story editor (with what was typed kept) and the
 * conflict screen. Every handler that answers with one of them comes here, so that the pages get the same model
 * whichever button was pressed.
 *
 * <p>Its eleven collaborators are the sources of one page's model (the story, its history and notes, the sections,
 * tags, authors and images to choose from, the site's settings, the merge with another save), each asked for one
 * list; splitting them would split one page's model across classes.
 */
@Component
class StoryEditorPages {

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

    private final HistoryService storyHistory;
    private final CorrectionService corrections;
    private final EditorQueryService editorQueries;
    private final SectionService sections;
    private final TagService tags;
    private final AuthorService authors;
    private final ArticlePaths paths;
    private final MediaLibrary media;
    private final StoryMerges merges;
    /** newsroom.site.language: the language a new story starts in. */
    private final String siteLanguage;
    /** The editor's menu of languages: {@link #LANGUAGES}, and the site's language if it is not among them. */
    private final List<Language> languages;

    /** How often the editor's script autosaves, which the page tells it ({@code newsroom.editor.autosave-interval}). */
    private final long autosaveMillis;

    StoryEditorPages(
            HistoryService storyHistory,
            CorrectionService corrections,
            EditorQueryService editorQueries,
            SectionService sections,
            TagService tags,
            AuthorService authors,
            ArticlePaths paths,
            MediaLibrary media,
            StoryMerges merges,
            NewsroomProperties properties) {
        this.storyHistory = storyHistory;
        this.corrections = corrections;
        this.editorQueries = editorQueries;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.paths = paths;
        this.media = media;
        this.merges = merges;
        this.siteLanguage = properties.site().language();
        this.autosaveMillis = properties.editor().autosaveInterval().toMillis();
        this.languages = LANGUAGES.stream().anyMatch(language -> language.code().equals(siteLanguage))
                ? LANGUAGES
                : Stream.concat(LANGUAGES.stream(), Stream.of(new Language(siteLanguage, languageName(siteLanguage))))
                        .toList();
    }

    /** The editor for {@code story} ({@code null}: a new story), showing {@code form} as typed. */
    String editor(Model model, ArticleForm form, ArticleEditorView story, StaffPrincipal me) {
        if (form.getLanguage() == null || form.getLanguage().isBlank()) {
            // A new story, or a form posted without a language: the site's.
            form.setLanguage(siteLanguage);
        }
        if (story != null && story.editable()) {
            // What this version holds, for a three-way merge if the editor's save meets someone else's.
            merges.keepBase(story);
        }
        model.addAttribute("form", form);
        model.addAttribute("storyFormFields", StoryField.allFormFields());
        model.addAttribute("autosaveMillis", autosaveMillis);
        model.addAttribute(
                "corrections", story == null ? List.of() : corrections.correctionsOf(story.id(), me.actor()));
        model.addAttribute("correctionKinds", CorrectionKind.values());
        model.addAttribute("story", story);
        model.addAttribute("liveUrl", story == null ? null : liveUrl(story));
        model.addAttribute("sections", sections.allSections());
        model.addAttribute("allTags", tags.allTags());
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

    /**
     * Someone else saved the story while this editor was writing, and both changed the same field or paragraph (or the
     * version the editor started from is no longer kept). Nothing was overwritten and nothing is lost: the screen
     * shows what merged by itself and whose it is, each paragraph both changed side by side (keep either, or both),
     * each field both changed with its two values, and lets them merge, override, or keep a copy.
     */
    String conflict(Model model, long id, ArticleForm mine, StaffPrincipal me) {
        ArticleEditorView theirs = editorQueries.open(id, me.actor());
        StoryMerge.ThreeWay merge = merges.against(id, mine.toInput(), mine.getVersion(), theirs);
        model.addAttribute("story", theirs);
        model.addAttribute("form", mine);
        model.addAttribute("storyFormFields", StoryField.allFormFields());
        model.addAttribute("fields", merge.fields(shown()));
        model.addAttribute("paragraphs", merge.conflicts());
        model.addAttribute("theirsVersion", theirs.version());
        model.addAttribute("theirsSaved", savedBy(storyHistory.history(id, me.actor())));
        return "admin/article/conflict";
    }

    /**
     * The address readers use, in full, for the confirmation to name: from the site's base URL, not from the request,
     * whose Host header anyone can set and which behind a proxy names the internal host.
     */
    String liveUrl(ArticleEditorView story) {
        return story.livePath() == null ? null : paths.absolute(story.livePath());
    }

    /** A broken rule, next to its field when it names one, so that the form shows it with everything typed kept. */
    static void reject(BindingResult errors, RuleViolation violation) {
        if (violation.field() != null) {
            errors.rejectValue(violation.field(), "rule", violation.getMessage());
        } else {
            errors.reject("rule", violation.getMessage());
        }
    }

    static String restoredNotice() {
        return "Your session had expired before this was saved. Here is everything you had written: check it and"
                + " save again.";
    }

    /** A language by its name in the admin's own language (English), as the editor's menu shows it: "French". */
    static String languageName(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(code.strip()).getDisplayName(ADMIN_LOCALE);
        return name.isBlank() || name.equalsIgnoreCase(code.strip()) ? code : name;
    }

    private StoryMerge.Shown shown() {
        Map<Long, String> sectionNames = new HashMap<>();
        sections.allSections().forEach(section -> sectionNames.put(section.id(), section.name()));
        return new StoryMerge.Shown() {
            @Override
            public String section(Long sectionId) {
                return sectionNames.getOrDefault(sectionId, "");
            }

            @Override
            public String language(String code) {
                return languageName(code);
            }

            @Override
            public String leadImage(LeadImage lead) {
                return describe(lead);
            }
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

    record Language(String code, String name) {}
}
