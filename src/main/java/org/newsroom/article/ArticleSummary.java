package org.newsroom.article;

import java.time.Instant;
import org.newsroom.media.Picture;
import org.newsroom.taxonomy.SectionRef;

/**
 * A story as a list of stories shows it: the front page, section pages, feeds.
 *
 * @param lead which image the story leads with, as the story says
 * @param image that image as lists show it (the story's thumbnail), or {@code null}
 */
public record ArticleSummary(
        long id,
        String headline,
        String deck,
        String slug,
        SectionRef section,
        Instant publishedAt,
        Instant updatedAt,
        String path,
        LeadImage lead,
        Picture image) {

    public ArticleSummary {
        lead = lead == null ? LeadImage.NONE : lead;
    }

    ArticleSummary withImage(Picture picture) {
        return new ArticleSummary(id, headline, deck, slug, section, publishedAt, updatedAt, path, lead, picture);
    }

    public boolean hasImage() {
        return image != null;
    }
}
