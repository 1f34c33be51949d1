package org.newsroom.article;

import java.time.Instant;
import org.newsroom.media.Picture;
import org.newsroom.platform.Typography;
import org.newsroom.taxonomy.SectionRef;

/**
 * A story as a list of stories shows it: the front page, section pages, feeds.
 *
 * @param headline the headline as readers see it, in the typography of the story's language (see {@link Typography})
 * @param language the story's language, a BCP 47 tag
 * @param lead which image the story leads with, as the story says
 * @param image that image as lists show it (the story's thumbnail), or {@code null}
 */
public record ArticleSummary(
        long id,
        String headline,
        String deck,
        String language,
        String slug,
        SectionRef section,
        Instant publishedAt,
        Instant updatedAt,
        String path,
        LeadImage lead,
        Picture image) {

    public ArticleSummary {
        lead = lead == null ? LeadImage.NONE : lead;
        headline = Typography.text(headline, language);
        deck = Typography.text(deck, language);
    }

    ArticleSummary withImage(Picture picture) {
        return new ArticleSummary(
                id, headline, deck, language, slug, section, publishedAt, updatedAt, path, lead, picture);
    }

    public boolean hasImage() {
        return image != null;
    }
}
