package org.newsroom.people;

/** An author as a byline shows them. */
public record AuthorRef(long id, String slug, String name) {

    public String path() {
        return "/author/" + slug;
    }
}
