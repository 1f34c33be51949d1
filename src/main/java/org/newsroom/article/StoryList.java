package org.newsroom.article;

import java.util.List;

/**
 * A page of a list of stories (a section, a tag, an author), newest first.
 *
 * @param olderThan the id to ask for the next, older page with ({@code ?before=}), or {@code null} on the last page
 */
public record StoryList(List<ArticleSummary> stories, Long olderThan) {

    public boolean hasOlder() {
        return olderThan != null;
    }
}
