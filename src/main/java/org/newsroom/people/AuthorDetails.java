package org.newsroom.people;

import org.newsroom.platform.NamedPage;

/**
 * An author with everything the admin form edits.
 *
 * @param bio plain text, or {@code null}
 * @param staffUserId the staff account this author is, or {@code null}
 */
public record AuthorDetails(long id, String name, String slug, String bio, Long staffUserId) implements NamedPage {

    @Override
    public String path() {
        return "/author/" + slug;
    }
}
