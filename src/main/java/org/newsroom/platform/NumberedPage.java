package org.newsroom.platform;

/**
 * A page of a list that is counted and numbered (the story list, the media library): the pager's arithmetic, written
 * once. A list's page record implements this with its number, its total and its page size.
 */
public interface NumberedPage {

    /** This page's number, from 1. */
    int page();

    /** How many there are on all the pages. */
    long total();

    /** How many one page holds. */
    int pageSize();

    /** How many pages there are; one, even when the list is empty. */
    default int pages() {
        return (int) Math.max(1, (total() + pageSize() - 1) / pageSize());
    }

    default boolean hasPrevious() {
        return page() > 1;
    }

    default boolean hasNext() {
        return page() < pages();
    }
}
