package org.newsroom.article;

import java.util.List;

/**
 * One page of search results, best first.
 *
 * @param query the query as it was searched for, after cleaning
 * @param page from 1
 */
public record SearchResults(String query, List<SearchHit> hits, int page, boolean hasNext) {

    public boolean empty() {
        return hits.isEmpty();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
