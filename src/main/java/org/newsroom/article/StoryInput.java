package org.newsroom.article;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A story as the editor's form holds it: tags and byline are typed as comma-separated names, which become tags and
 * authors (new ones are created) when the story is saved.
 *
 * @param slug empty for "make one from the headline"
 * @param tags e.g. {@code "Syria, Geneva II"}
 * @param byline e.g. {@code "Maria Keller, Tom Okafor"}; commas separate authors, in order
 * @param leadImage the lead image and what this story says of it
 */
public record StoryInput(
        String headline,
        String deck,
        String body,
        String slug,
        Long sectionId,
        String tags,
        String byline,
        String dateline,
        String language,
        String seoTitle,
        String seoDescription,
        LeadImage leadImage) {

    public StoryInput {
        leadImage = leadImage == null ? LeadImage.NONE : leadImage;
    }

    /** An empty form, to fill by name rather than by the position of twelve arguments. */
    public static Builder builder() {
        return new Builder();
    }

    /** This story, to change some fields of. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The same story with another slug ({@code null} for "make one from the headline"). */
    public StoryInput withSlug(String newSlug) {
        return toBuilder().slug(newSlug).build();
    }

    /** Fills a {@link StoryInput} field by field; a field left alone is empty, the lead image none. */
    public static final class Builder {
        private String headline;
        private String deck;
        private String body;
        private String slug;
        private Long sectionId;
        private String tags;
        private String byline;
        private String dateline;
        private String language;
        private String seoTitle;
        private String seoDescription;
        private LeadImage leadImage = LeadImage.NONE;

        private Builder() {}

        private Builder(StoryInput story) {
            headline = story.headline;
            deck = story.deck;
            body = story.body;
            slug = story.slug;
            sectionId = story.sectionId;
            tags = story.tags;
            byline = story.byline;
            dateline = story.dateline;
            language = story.language;
            seoTitle = story.seoTitle;
            seoDescription = story.seoDescription;
            leadImage = story.leadImage;
        }

        public Builder headline(String headline) {
            this.headline = headline;
            return this;
        }

        public Builder deck(String deck) {
            this.deck = deck;
            return this;
        }

        public Builder body(String body) {
            this.body = body;
            return this;
        }

        public Builder slug(String slug) {
            this.slug = slug;
            return this;
        }

        public Builder sectionId(Long sectionId) {
            this.sectionId = sectionId;
            return this;
        }

        public Builder tags(String tags) {
            this.tags = tags;
            return this;
        }

        public Builder byline(String byline) {
            this.byline = byline;
            return this;
        }

        public Builder dateline(String dateline) {
            this.dateline = dateline;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder seoTitle(String seoTitle) {
            this.seoTitle = seoTitle;
            return this;
        }

        public Builder seoDescription(String seoDescription) {
            this.seoDescription = seoDescription;
            return this;
        }

        public Builder leadImage(LeadImage leadImage) {
            this.leadImage = leadImage;
            return this;
        }

        public StoryInput build() {
            return new StoryInput(
                    headline,
                    deck,
                    body,
                    slug,
                    sectionId,
                    tags,
                    byline,
                    dateline,
                    language,
                    seoTitle,
                    seoDescription,
                    leadImage);
        }
    }

    /** A saved story as the form shows it, its tags and byline as the names given. */
    static StoryInput of(ArticleDraft draft, String tags, String byline) {
        return new StoryInput(
                draft.headline(),
                draft.deck(),
                draft.bodyMarkdown(),
                draft.slug(),
                draft.sectionId(),
                tags,
                byline,
                draft.dateline(),
                draft.language(),
                draft.seoTitle(),
                draft.seoDescription(),
                draft.leadImage());
    }

    /**
     * The draft this text becomes once the parts that need looking up are resolved; text left blank is none.
     *
     * @param language the language to store, the site's when none was chosen
     */
    ArticleDraft toDraft(String headline, String slug, List<Long> authorIds, List<Long> tagIds, String language) {
        return new ArticleDraft(
                headline,
                blankToNull(deck),
                body == null ? "" : body,
                slug,
                sectionId,
                authorIds,
                tagIds,
                blankToNull(dateline),
                language,
                blankToNull(seoTitle),
                blankToNull(seoDescription),
                leadImage);
    }

    /** This story with the given fields taken from {@code other}, as when a conflict is merged field by field. */
    public StoryInput withFieldsOf(StoryInput other, Set<StoryField> fields) {
        Function<StoryField, StoryInput> from = field -> fields.contains(field) ? other : this;
        return new StoryInput(
                from.apply(StoryField.HEADLINE).headline,
                from.apply(StoryField.DECK).deck,
                from.apply(StoryField.BODY).body,
                from.apply(StoryField.SLUG).slug,
                from.apply(StoryField.SECTION).sectionId,
                from.apply(StoryField.TAGS).tags,
                from.apply(StoryField.BYLINE).byline,
                from.apply(StoryField.DATELINE).dateline,
                from.apply(StoryField.LANGUAGE).language,
                from.apply(StoryField.SEO_TITLE).seoTitle,
                from.apply(StoryField.SEO_DESCRIPTION).seoDescription,
                from.apply(StoryField.LEAD_IMAGE).leadImage);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
