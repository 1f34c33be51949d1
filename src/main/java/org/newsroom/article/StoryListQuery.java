package org.newsroom.article;

/**
 * The admin story list: one status tab, optional filters, a sort and a page.
 *
 * @param query words to find in headlines, or {@code null}
 * @param sort {@code modified} (default) or {@code published}
 * @param page from 1
 */
public record StoryListQuery(ArticleStatus status, Long sectionId, Long authorId, String query, String sort, int page) {

    public static final int PAGE_SIZE = 25;

    public StoryListQuery {
        status = status == null ? ArticleStatus.DRAFT : status;
        sort = "published".equals(sort) ? "published" : "modified";
        page = Math.max(1, page);
        query = query == null || query.isBlank() ? null : query.strip();
    }
}
