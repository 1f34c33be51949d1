package org.newsroom.article;

/**
 * A story found by a search.
 *
 * @param snippetHtml a passage of the body around the words searched for: escaped text, with the matches in
 *     {@code <mark>}
 */
public record SearchHit(ArticleSummary story, String snippetHtml) {}
