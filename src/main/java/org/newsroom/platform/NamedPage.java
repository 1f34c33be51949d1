package org.newsroom.platform;

/** Something with a name and a page of its own, as a module's service returns it: an author, a section, a tag. */
public interface NamedPage {

    String name();

    /** The address of its page, e.g. {@code /author/jane-doe}. */
    String path();
}
