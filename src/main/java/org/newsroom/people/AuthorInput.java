package org.newsroom.people;

/**
 * An author to create or change.
 *
 * @param slug the URL segment of the author page; empty or {@code null} to make one from the name
 * @param bio plain text, or empty for none
 * @param staffUserId the staff account this author is, or {@code null}
 */
public record AuthorInput(String name, String slug, String bio, Long staffUserId) {}
