package org.newsroom.article;

import java.time.Instant;
import java.util.List;
import org.newsroom.people.AuthorRef;
import org.newsroom.platform.Typography;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.TagRef;

/**
 * A published story as a feed shows it.
 *
 * @param deck the standfirst, or {@code null}
 * @param path the canonical path, {@code /{section}/{yyyy}/{MM}/{dd}/{slug}}
 * @param byline the authors, in order
 * @param tags the tags, in order
 * @param language a BCP 47 language tag such as {@code en} or {@code ar}
 * @param updatedAt the editorial "Updated" time, or {@code null} when the story was never updated
 */
public record FeedEntry(
        long id,
        String headline,
        String deck,
        String path,
        SectionRef section,
        List<AuthorRef> byline,
        List<TagRef> tags,
        String language,
        Instant publishedAt,
        Instant updatedAt) {

    /** Headline and deck as readers see them, in the typography of the story's language. */
    public FeedEntry {
        headline = Typography.text(headline, language);
        deck = Typography.text(deck, language);
        byline = List.copyOf(byline);
        tags = List.copyOf(tags);
    }

    /** The time of the story's last public change: its "Updated" time, else its publication. */
    public Instant lastModified() {
        return updatedAt != null ? updatedAt : publishedAt;
    }
}
