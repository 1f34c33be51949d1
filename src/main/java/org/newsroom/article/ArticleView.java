package org.newsroom.article;

import java.time.Instant;
import java.util.List;
import org.newsroom.media.Picture;
import org.newsroom.people.AuthorRef;
import org.newsroom.platform.TextDirection;
import org.newsroom.platform.Typography;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.TagRef;

/**
 * A published story as its page shows it.
 *
 * @param headline the headline as readers see it, in the typography of the language (see {@link Typography})
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

    /** Headline, deck and SEO texts are shown in the typography of the story's language; the body has it already. */
    public ArticleView {
        headline = Typography.text(headline, language);
        deck = Typography.text(deck, language);
        seoTitle = Typography.text(seoTitle, language);
        seoDescription = Typography.text(seoDescription, language);
    }

    public boolean hasLeadImage() {
        return leadImage != null;
    }

    /** {@code rtl} for right-to-left languages such as Arabic, else {@code ltr}. */
    public String direction() {
        return TextDirection.of(language);
    }

    public boolean wasUpdated() {
        return updatedAt != null;
    }
}
