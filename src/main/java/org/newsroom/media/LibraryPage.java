package org.newsroom.media;

import java.util.List;

/** A page of the library grid, newest first. */
public record LibraryPage(List<LibraryImage> images, String query, int page, long total) {

    public static final int PAGE_SIZE = 24;

    public int pages() {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
