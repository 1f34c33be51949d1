package org.newsroom.media;

import java.util.List;
import org.newsroom.platform.NumberedPage;

/** A page of the library grid, newest first. */
public record LibraryPage(List<LibraryImage> images, String query, int page, long total) implements NumberedPage {

    public static final int PAGE_SIZE = 24;

    @Override
    public int pageSize() {
        return PAGE_SIZE;
    }
}
