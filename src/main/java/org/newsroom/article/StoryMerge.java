package org.newsroom.article;

import java.util.List;
import java.util.Set;

/**
 * Two versions of one story, when someone else saved while this editor was writing: which fields the editor's text and
 * the saved version disagree on, and the story made of the side the editor picked for each field. It knows nothing of
 * forms or pages, so that the rich editor's three-way merge (against the version both started from) can grow here.
 */
public final class StoryMerge {

    /**
     * How the conflict screen names a value that is an id or a code, which the article module cannot name by itself: a
     * section by its name, a language by its name in the admin's language, a lead image by what it is.
     */
    public interface Shown {

        String section(Long sectionId);

        String language(String code);

        String leadImage(LeadImage lead);
    }

    private StoryMerge() {}

    /** Every field of the story, in the editor's order, with both sides; {@link ConflictField#differs()} says which conflict. */
    public static List<ConflictField> fields(StoryInput mine, StoryInput theirs, Shown shown) {
        return List.of(
                field("headline", "Headline", mine.headline(), theirs.headline(), false),
                field("deck", "Deck", mine.deck(), theirs.deck(), true),
                field("body", "Body", mine.body(), theirs.body(), true),
                field("slug", "Slug", mine.slug(), theirs.slug(), false),
                new ConflictField(
                        "sectionId",
                        "Section",
                        idOrEmpty(mine.sectionId()),
                        idOrEmpty(theirs.sectionId()),
                        shown.section(mine.sectionId()),
                        shown.section(theirs.sectionId()),
                        false),
                field("byline", "Byline", mine.byline(), theirs.byline(), false),
                field("tags", "Tags", mine.tags(), theirs.tags(), false),
                field("dateline", "Dateline", mine.dateline(), theirs.dateline(), false),
                new ConflictField(
                        "language",
                        "Language",
                        mine.language(),
                        theirs.language(),
                        shown.language(mine.language()),
                        shown.language(theirs.language()),
                        false),
                field("seoTitle", "SEO title", mine.seoTitle(), theirs.seoTitle(), false),
                field("seoDescription", "SEO description", mine.seoDescription(), theirs.seoDescription(), true),
                new ConflictField(
                        "leadImage",
                        "Lead image",
                        leadImageKey(mine.leadImage()),
                        leadImageKey(theirs.leadImage()),
                        shown.leadImage(mine.leadImage()),
                        shown.leadImage(theirs.leadImage()),
                        false));
    }

    /**
     * Each field from the side the editor picked: the saved version's for the fields named in {@code takeTheirs}, the
     * editor's own for every other. The lead image goes as one field, with its alt text and caption.
     */
    public static StoryInput merge(StoryInput mine, StoryInput theirs, Set<String> takeTheirs) {
        return new StoryInput(
                takeTheirs.contains("headline") ? theirs.headline() : mine.headline(),
                takeTheirs.contains("deck") ? theirs.deck() : mine.deck(),
                takeTheirs.contains("body") ? theirs.body() : mine.body(),
                takeTheirs.contains("slug") ? theirs.slug() : mine.slug(),
                takeTheirs.contains("sectionId") ? theirs.sectionId() : mine.sectionId(),
                takeTheirs.contains("tags") ? theirs.tags() : mine.tags(),
                takeTheirs.contains("byline") ? theirs.byline() : mine.byline(),
                takeTheirs.contains("dateline") ? theirs.dateline() : mine.dateline(),
                takeTheirs.contains("language") ? theirs.language() : mine.language(),
                takeTheirs.contains("seoTitle") ? theirs.seoTitle() : mine.seoTitle(),
                takeTheirs.contains("seoDescription") ? theirs.seoDescription() : mine.seoDescription(),
                takeTheirs.contains("leadImage") ? theirs.leadImage() : mine.leadImage());
    }

    private static ConflictField field(String name, String label, String mine, String theirs, boolean longText) {
        return new ConflictField(name, label, mine, theirs, mine, theirs, longText);
    }

    private static String idOrEmpty(Long id) {
        return id == null ? "" : String.valueOf(id);
    }

    /** The lead image with everything this story says of it, so that a changed alt text or caption is a conflict too. */
    private static String leadImageKey(LeadImage lead) {
        return lead.present()
                ? lead.imageId() + "\n" + lead.alt() + "\n" + lead.caption() + "\n" + lead.decorative()
                : "";
    }
}
