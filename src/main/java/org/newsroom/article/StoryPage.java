package org.newsroom.article;

import java.util.List;

public record StoryPage(List<StoryRow> rows, int page, long total) {

    public int totalPages() {
        return (int) Math.max(1, (total + StoryListQuery.PAGE_SIZE - 1) / StoryListQuery.PAGE_SIZE);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }
}
