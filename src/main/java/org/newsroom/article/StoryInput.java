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

    /** The same story with another slug ({@code null} for "make one from the headline"). */
    public StoryInput withSlug(String newSlug) {
        return new StoryInput(
                headline,
                deck,
                body,
                newSlug,
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
