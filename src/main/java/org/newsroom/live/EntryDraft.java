package org.newsroom.live;

/**
 * An entry as an editor writes it.
 *
 * @param bodyMarkdown the body in Markdown (images from the library as {@code media:N})
 * @param post whether it is posted now; otherwise it is kept as a draft that readers never see
 */
public record EntryDraft(String title, String bodyMarkdown, boolean keyEvent, boolean post) {}
