package org.newsroom.article;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an editor writes: every field of a story except its status and timestamps.
 *
 * @param bodyMarkdown the body as Markdown; the rendered, sanitized HTML is derived from it
 * @param sectionId the section, which may be missing until the story is published
 * @param authorIds the byline, in order
 * @param tagIds the tags, in order
 * @param language a BCP 47 language tag such as {@code en} or {@code ar}
 * @param leadImage the image at the top of the story, with its alt text and caption here; {@link LeadImage#NONE} for
 *     none
 */
public record ArticleDraft(
        String headline,
        String deck,
        String bodyMarkdown,
        String slug,
        Long sectionId,
        List<Long> authorIds,
        List<Long> tagIds,
        String dateline,
        String language,
        String seoTitle,
        String seoDescription,
        LeadImage leadImage) {

    /** Control characters (a pasted bell, a NUL) and non-characters: invisible, and invalid in XML feeds. */
    private static final java.util.regex.Pattern INVISIBLE =
            java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFE\\uFFFF]");

    public ArticleDraft {
        authorIds = authorIds == null ? List.of() : List.copyOf(authorIds);
        tagIds = tagIds == null ? List.of() : List.copyOf(tagIds);
        headline = line(headline);
        deck = line(deck);
        bodyMarkdown =
                bodyMarkdown == null ? null : INVISIBLE.matcher(bodyMarkdown).replaceAll("");
        dateline = line(dateline);
        seoTitle = line(seoTitle);
        seoDescription = line(seoDescription);
        leadImage = leadImage == null
                ? LeadImage.NONE
                : new LeadImage(
                        leadImage.imageId(), line(leadImage.alt()), line(leadImage.caption()), leadImage.decorative());
    }

    /** Every library image the story shows: its lead image, then those of its body. */
    public Set<Long> imageIds() {
        Set<Long> ids = new LinkedHashSet<>();
        if (leadImage.present()) {
            ids.add(leadImage.imageId());
        }
        for (ImageReference reference : MarkdownRenderer.imageReferences(bodyMarkdown)) {
            ids.add(reference.imageId());
        }
        return ids;
    }

    /** A one-line field: no control characters, and line breaks become spaces. */
    private static String line(String value) {
        return value == null ? null : INVISIBLE.matcher(value).replaceAll("").replaceAll("[\\r\\n\\t]+", " ");
    }
}
