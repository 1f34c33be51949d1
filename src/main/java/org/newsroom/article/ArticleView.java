package org.newsroom.article;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsroom.media.Picture;
import org.newsroom.people.AuthorRef;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.TagRef;

/**
 * A published story as its page shows it.
 *
 * @param bodyHtml the body, already rendered and sanitized
 * @param updatedAt the editorial "Updated" time, or {@code null} when the story was never updated
 * @param path the canonical path, {@code /{section}/{yyyy}/{MM}/{dd}/{slug}}
 * @param corrections the public notes on the story, oldest first
 * @param leadImage the lead image with this story's alt text and caption, or {@code null}
 */
public record ArticleView(
        long id,
        String headline,
        String deck,
        String bodyHtml,
        String slug,
        SectionRef section,
        List<AuthorRef> byline,
        List<TagRef> tags,
        String dateline,
        String language,
        String seoTitle,
        String seoDescription,
        Instant publishedAt,
        Instant updatedAt,
        String path,
        List<Correction> corrections,
        Picture leadImage) {

    public boolean hasLeadImage() {
        return leadImage != null;
    }

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "yi", "ps", "sd", "ug", "dv");

    /** {@code rtl} for right-to-left languages such as Arabic, else {@code ltr}. */
    public String direction() {
        String primary = language.split("-", 2)[0].toLowerCase(Locale.ROOT);
        return RIGHT_TO_LEFT.contains(primary) ? "rtl" : "ltr";
    }

    public boolean wasUpdated() {
        return updatedAt != null;
    }
}
