package org.newsroom.article;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields of a story, in the order the editor shows them: the one list that the conflict screen, the revision
 * comparison and the editor's script (which keeps unsaved text in the browser) go through, so that a field added to a
 * story appears in all three.
 */
public enum StoryField {
    HEADLINE("headline", "Headline", Shape.LINE, StoryInput::headline, ArticleDraft::headline),
    DECK("deck", "Deck", Shape.PARAGRAPHS, StoryInput::deck, ArticleDraft::deck),
    BODY("body", "Body", Shape.PARAGRAPHS, StoryInput::body, ArticleDraft::bodyMarkdown),
    SLUG("slug", "Slug", Shape.VALUE, StoryInput::slug, ArticleDraft::slug),
    SECTION("sectionId", "Section", Shape.VALUE, input -> text(input.sectionId()), draft -> text(draft.sectionId())),
    BYLINE("byline", "Byline", Shape.VALUE, StoryInput::byline, draft -> ids(draft.authorIds())),
    TAGS("tags", "Tags", Shape.VALUE, StoryInput::tags, draft -> ids(draft.tagIds())),
    DATELINE("dateline", "Dateline", Shape.VALUE, StoryInput::dateline, ArticleDraft::dateline),
    LANGUAGE("language", "Language", Shape.VALUE, StoryInput::language, ArticleDraft::language),
    SEO_TITLE("seoTitle", "SEO title", Shape.LINE, StoryInput::seoTitle, ArticleDraft::seoTitle),
    SEO_DESCRIPTION(
            "seoDescription",
            "SEO description",
            Shape.PARAGRAPHS,
            StoryInput::seoDescription,
            ArticleDraft::seoDescription),
    /** One choice on the conflict screen: an image's alt text and caption belong with the image. */
    LEAD_IMAGE(
            "leadImage",
            "Lead image",
            Shape.VALUE,
            input -> text(input.leadImage()),
            draft -> text(draft.leadImage()),
            "leadImageId",
            "leadImageAlt",
            "leadImageCaption",
            "leadImageDecorative");

    /** How a field's two versions are compared and shown. */
    enum Shape {
        /** One line, compared word by word. */
        LINE,
        /** Text that may run over lines, compared word by word and shown in a wider box. */
        PARAGRAPHS,
        /** A value that is the same or not: a slug, a choice from a list. */
        VALUE
    }

    private final String key;
    private final String label;
    private final Shape shape;
    private final Function<StoryInput, String> ofInput;
    private final Function<ArticleDraft, String> ofDraft;
    private final List<String> formFields;

    StoryField(
            String key,
            String label,
            Shape shape,
            Function<StoryInput, String> ofInput,
            Function<ArticleDraft, String> ofDraft,
            String... formFields) {
        this.key = key;
        this.label = label;
        this.shape = shape;
        this.ofInput = ofInput;
        this.ofDraft = ofDraft;
        this.formFields = formFields.length == 0 ? List.of(key) : List.of(formFields);
    }

    /** Its name in the conflict screen's choices ({@code pick_headline}); the form field's name where it has one. */
    public String key() {
        return key;
    }

    /** Its name for editors: "SEO title". */
    public String label() {
        return label;
    }

    /** Shown in a box for several lines of text. */
    public boolean longText() {
        return shape == Shape.PARAGRAPHS;
    }

    /** Compared word by word, rather than as one value. */
    boolean wordByWord() {
        return shape != Shape.VALUE;
    }

    /**
     * This field of the form's text, as text: what the conflict screen compares. A section is its id, and a lead image
     * its id, alt text, caption and decorative mark.
     */
    public String textIn(StoryInput input) {
        return ofInput.apply(input);
    }

    /** This field of a saved version, as text; the byline and tags as their ids. */
    String textIn(ArticleDraft draft) {
        return ofDraft.apply(draft);
    }

    /** The editor form's fields that hold it. */
    public List<String> formFields() {
        return formFields;
    }

    /** Every field of the story editor's form that holds the story's text, in order. */
    public static List<String> allFormFields() {
        return Arrays.stream(values())
                .flatMap(field -> field.formFields.stream())
                .toList();
    }

    private static String text(Long id) {
        return id == null ? "" : String.valueOf(id);
    }

    private static String text(LeadImage lead) {
        return lead.present()
                ? lead.imageId() + "\n" + lead.alt() + "\n" + lead.caption() + "\n" + lead.decorative()
                : "";
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
