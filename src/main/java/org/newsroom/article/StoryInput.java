package org.newsroom.article;

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
        return new Builder()
                .headline(headline)
                .deck(deck)
                .body(body)
                .slug(slug)
                .sectionId(sectionId)
                .tags(tags)
                .byline(byline)
                .dateline(dateline)
                .language(language)
                .seoTitle(seoTitle)
                .seoDescription(seoDescription)
                .leadImage(leadImage);
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
}
