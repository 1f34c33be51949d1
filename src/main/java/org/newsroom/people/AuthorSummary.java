package org.newsroom.people;

/**
 * An author in the admin list.
 *
 * @param staffName the display name of the linked staff account, or {@code null} when there is none
 */
public record AuthorSummary(long id, String name, String slug, Long staffUserId, String staffName) {

    public String path() {
        return "/author/" + slug;
    }
}
