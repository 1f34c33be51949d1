package org.newsroom.taxonomy;

/** A tag in the admin list, with the number of stories tagged with it. */
public record TagSummary(long id, String name, String slug, long articles) {

    public String path() {
        return "/tag/" + slug;
    }
}
