package org.newsroom.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;

/**
 * What an editor writes, as the live row, the working copy and every revision store it: the same columns in all three
 * tables, so a field added to a story is added here once. The byline and tags are not here because the live row keeps
 * them in join tables (other modules' queries read them) while the copies keep arrays.
 */
@Embeddable
record StoryContent(
        @Column(nullable = false, length = 200) String headline,
        @Column(length = 400) String deck,

        @Column(name = "body_markdown", nullable = false, columnDefinition = "text")
        String bodyMarkdown,

        @Column(nullable = false, length = 120) String slug,
        @Column(name = "section_id") Long sectionId,
        @Column(length = 80) String dateline,
        @Column(nullable = false, length = 35) String language,
        @Column(name = "seo_title", length = 200) String seoTitle,
        @Column(name = "seo_description", length = 400) String seoDescription,
        @Column(name = "lead_image_id") Long leadImageId,
        @Column(name = "lead_image_alt", length = 1000) String leadImageAlt,
        @Column(name = "lead_image_caption", length = 2000) String leadImageCaption,

        @Column(name = "lead_image_decorative", nullable = false)
        boolean leadImageDecorative) {

    /** A row not yet written: the columns' defaults, so that an unsaved entity never holds a null content. */
    static final StoryContent EMPTY =
            new StoryContent(null, null, "", null, null, null, "en", null, null, null, null, null, false);

    static StoryContent of(ArticleDraft draft) {
        return new StoryContent(
                draft.headline(),
                draft.deck(),
                draft.bodyMarkdown() == null ? "" : draft.bodyMarkdown(),
                draft.slug(),
                draft.sectionId(),
                draft.dateline(),
                draft.language() == null ? "en" : draft.language(),
                draft.seoTitle(),
                draft.seoDescription(),
                draft.leadImage().imageId(),
                draft.leadImage().alt(),
                draft.leadImage().caption(),
                draft.leadImage().decorative());
    }

    /** The draft this content is, with the byline and tags its owner keeps beside it. */
    ArticleDraft toDraft(List<Long> authorIds, List<Long> tagIds) {
        return toDraft(
                authorIds, tagIds, new LeadImage(leadImageId, leadImageAlt, leadImageCaption, leadImageDecorative));
    }

    /** The same, with another lead image: the one place where the content's fields become a draft's. */
    ArticleDraft toDraft(List<Long> authorIds, List<Long> tagIds, LeadImage leadImage) {
        return new ArticleDraft(
                headline,
                deck,
                bodyMarkdown,
                slug,
                sectionId,
                authorIds,
                tagIds,
                dateline,
                language,
                seoTitle,
                seoDescription,
                leadImage);
    }
}
