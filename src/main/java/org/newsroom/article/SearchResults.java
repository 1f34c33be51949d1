package org.newsroom.article;

import java.util.List;
import java.util.Locale;

/**
 * One page of search results, best first.
 *
 * @param query the query as it was searched for, after cleaning
 * @param page from 1
 * @param total how many stories match, counted up to {@link ArticleSearch#COUNT_LIMIT} and one
 */
public record SearchResults(String query, List<SearchHit> hits, int page, boolean hasNext, long total) {

    /** "9 stories match", "1 story matches", "More than 1,000 stories match". */
    public String matchCount() {
        if (total > ArticleSearch.COUNT_LIMIT) {
            return String.format(Locale.ENGLISH, "More than %,d stories match", ArticleSearch.COUNT_LIMIT);
        }
        return total == 1 ? "1 story matches" : String.format(Locale.ENGLISH, "%,d stories match", total);
    }

    public boolean empty() {
        return hits.isEmpty();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
