package org.newsroom.article;

import java.util.List;
import org.newsroom.platform.NumberedPage;

public record StoryPage(List<StoryRow> rows, int page, long total) implements NumberedPage {

    @Override
    public int pageSize() {
        return StoryListQuery.PAGE_SIZE;
    }
}
