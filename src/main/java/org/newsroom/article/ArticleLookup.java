package org.newsroom.article;

/** What a reader's article URL leads to. */
public sealed interface ArticleLookup {

    /** The story, at its canonical URL. */
    record Found(ArticleView article) implements ArticleLookup {}

    /** The story lives at another URL now: answer 301. */
    record Moved(String path) implements ArticleLookup {}

    /** The story was taken off the site: answer 410. */
    record Gone() implements ArticleLookup {}

    /** No such story: answer 404. */
    record NotFound() implements ArticleLookup {}
}
