package org.newsroom.article;

import java.util.List;

/** What a reader's article URL leads to. */
public sealed interface ArticleLookup {

    /**
     * The story, at its canonical URL, with the stories related to it (shared tags first, then the same section), read
     * in the same transaction.
     */
    record Found(ArticleView article, List<ArticleSummary> related) implements ArticleLookup {}

    /** The story lives at another URL now: answer 301. */
    record Moved(String path) implements ArticleLookup {}

    /**
     * The story was taken off the site: answer 410.
     *
     * @param articleId the story's id, which the 410 page names (its surrogate key) so that a republish purges it
     */
    record Gone(long articleId) implements ArticleLookup {}

    /** No such story: answer 404. */
    record NotFound() implements ArticleLookup {}
}
