package org.newsroom.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsroom.media.MediaLibrary;
import org.newsroom.media.Picture;
import org.newsroom.people.AuthorRef;
import org.newsroom.people.AuthorService;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.platform.RuleViolation;
import org.newsroom.platform.Slugs;
import org.newsroom.taxonomy.SectionService;
import org.newsroom.taxonomy.TagRef;
import org.newsroom.taxonomy.TagService;
import org.springframework.stereotype.Component;

/**
 * Between the editor's form and a story: turns what the editor typed into ids (a slug made or checked, tags and
 * authors found by name or created, the section and the images checked against their modules), checks that a story
 * may go out (a section, a slug of its own, alt text for every image), and turns a story back into the form's text.
 */
@Component
class StoryInputResolver {

    private final ArticleRepository articles;
    private final ArticleRedirects redirects;
    private final SectionService sections;
    private final TagService tags;
    private final AuthorService authors;
    private final MediaLibrary media;
    /** newsroom.site.language: the language of a story that was given none. */
    private final String defaultLanguage;

    StoryInputResolver(
            ArticleRepository articles,
            ArticleRedirects redirects,
            SectionService sections,
            TagService tags,
            AuthorService authors,
            MediaLibrary media,
            NewsroomProperties properties) {
        this.articles = articles;
        this.redirects = redirects;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.media = media;
        this.defaultLanguage = properties.site().language();
    }

    /** Turns the form's text into ids: tags and authors are found by name, or created. */
    ArticleDraft resolve(StoryInput input, Long articleId) {
        String headline = headline(input.headline());
        String slug = typedSlug(input.slug());
        if (slug.isEmpty()) {
            slug = uniqueSlug(Slugs.articleSlug(headline, 100), articleId);
        } else if (articleId == null ? articles.existsBySlug(slug) : articles.existsBySlugAndIdNot(slug, articleId)) {
            throw new RuleViolation("slug", "Another story already uses this slug.");
        } else if (redirects.slugBelongsToAnother(slug, articleId)) {
            throw new RuleViolation(
                    "slug", "Another story used this slug before, and its old links still lead there. Choose another.");
        }
        if (input.sectionId() != null && sections.findSection(input.sectionId()).isEmpty()) {
            throw new RuleViolation("sectionId", "Choose a section from the list.");
        }
        List<Long> tagIds = names(input.tags()).stream()
                .map(tags::ensureTag)
                .map(TagRef::id)
                .distinct()
                .toList();
        List<Long> authorIds = names(input.byline()).stream()
                .map(authors::ensureAuthor)
                .map(AuthorRef::id)
                .distinct()
                .toList();
        LeadImage lead = input.leadImage();
        if (lead.present() && media.find(lead.imageId()).isEmpty()) {
            throw new RuleViolation(
                    "leadImageId", "There is no image " + lead.imageId() + " in the library. Choose one from it.");
        }
        List<ImageReference> inBody = MarkdownRenderer.imageReferences(input.body());
        if (!inBody.isEmpty()) {
            var found =
                    media.pictures(inBody.stream().map(ImageReference::imageId).toList());
            for (ImageReference reference : inBody) {
                if (!found.containsKey(reference.imageId())) {
                    throw new RuleViolation(
                            "body",
                            "The body shows image " + reference.imageId() + " (media:" + reference.imageId()
                                    + "), which is not in the library. Insert an image from the library instead.");
                }
            }
        }
        return input.toDraft(headline, slug, authorIds, tagIds, language(input.language()));
    }

    void requirePublishable(ArticleDraft draft, long id) {
        if (draft.sectionId() == null) {
            throw new RuleViolation("sectionId", "Choose a section before publishing.");
        }
        if (articles.existsBySlugAndIdNot(draft.slug(), id)) {
            throw new RuleViolation("slug", "Another story already uses this slug.");
        }
        requireAltText(draft);
    }

    /**
     * Readers who cannot see an image get its alt text: a story is not published with an image that has none, unless
     * the image is marked decorative. The lead image's alt text is this story's, else the library's; a body image's
     * is what its brackets say, else the library's.
     */
    private void requireAltText(ArticleDraft draft) {
        List<ImageReference> inBody = MarkdownRenderer.imageReferences(draft.bodyMarkdown());
        if (!draft.leadImage().present() && inBody.isEmpty()) {
            return;
        }
        var pictures = media.pictures(draft.imageIds());
        LeadImage lead = draft.leadImage();
        if (lead.present()) {
            Picture picture = pictures.get(lead.imageId());
            if (picture == null) {
                throw new RuleViolation(
                        "leadImageId",
                        "The lead image is no longer in the library. Choose another, or remove it, then publish.");
            }
            if (!picture.forUse(lead.alt(), lead.caption(), lead.decorative()).hasAltText()) {
                throw new RuleViolation(
                        "leadImageAlt",
                        "The lead image has no alt text. Say what it shows, for readers who cannot see it, or mark it"
                                + " decorative; then publish.");
            }
        }
        for (ImageReference reference : inBody) {
            Picture picture = pictures.get(reference.imageId());
            if (picture == null) {
                throw new RuleViolation(
                        "body", "The body shows image " + reference.imageId() + ", which is no longer in the library.");
            }
            if (!picture.forUse(reference.alt(), null, false).hasAltText()) {
                throw new RuleViolation(
                        "body",
                        "Image " + reference.imageId() + " in the body has no alt text. Write what it shows between"
                                + " the brackets, like ![What it shows](media:" + reference.imageId()
                                + "), or give the image alt text in the library; then publish.");
            }
        }
    }

    /** A revision's lead image may have left the library since: the story then comes back without one. */
    ArticleDraft withoutDeletedLeadImage(ArticleDraft draft) {
        if (!draft.leadImage().present()
                || media.find(draft.leadImage().imageId()).isPresent()) {
            return draft;
        }
        return StoryContent.of(draft).toDraft(draft.authorIds(), draft.tagIds(), LeadImage.NONE);
    }

    /** Another story has this slug, or had it and its old links still lead there. */
    boolean slugTaken(String slug, Long articleId) {
        return (articleId == null ? articles.existsBySlug(slug) : articles.existsBySlugAndIdNot(slug, articleId))
                || redirects.slugBelongsToAnother(slug, articleId);
    }

    /** The story as the editor's form shows it: tags and byline as names again. */
    StoryInput toInput(ArticleDraft draft) {
        return StoryInput.of(
                draft,
                String.join(
                        ", ",
                        tags.tags(draft.tagIds()).stream().map(TagRef::name).toList()),
                String.join(
                        ", ",
                        authors.authors(draft.authorIds()).stream()
                                .map(AuthorRef::name)
                                .toList()));
    }

    private String uniqueSlug(String base, Long articleId) {
        String root = base.isEmpty() ? "story" : base;
        String slug = root;
        for (int n = 2; slugTaken(slug, articleId); n++) {
            slug = root + "-" + n;
        }
        return slug;
    }

    /** The headline as typed, without the spaces around it; a story has one. */
    static String headline(String typed) {
        String headline = typed == null ? "" : typed.strip();
        if (headline.isEmpty()) {
            throw new RuleViolation("headline", "Enter a headline.");
        }
        return headline;
    }

    /** The slug as typed, in lower case; empty for "make one from the headline". */
    static String typedSlug(String typed) {
        String slug = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (!slug.isEmpty() && !Slugs.isValidForArticle(slug)) {
            throw new RuleViolation(
                    "slug", "Use lower-case letters, digits and single hyphens, like syrian-peace-talks.");
        }
        return slug;
    }

    /**
     * The names in a comma-separated list, in order, each once: spaces inside a name are collapsed, and names that
     * differ only in case are one name, spelled as first typed.
     */
    static List<String> names(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        Map<String, String> unique = new LinkedHashMap<>();
        for (String name : commaSeparated.split(",")) {
            String trimmed = name.strip().replaceAll("\\s+", " ");
            if (!trimmed.isEmpty()) {
                unique.putIfAbsent(trimmed.toLowerCase(Locale.ROOT), trimmed);
            }
        }
        return new ArrayList<>(unique.values());
    }

    /** The language a story is stored and rendered in: the one given, else the site's. */
    String language(String given) {
        return language(given, defaultLanguage);
    }

    /** The language as given, or the site's when none is. */
    static String language(String given, String siteLanguage) {
        return given == null || given.isBlank() ? siteLanguage : given.strip();
    }
}
