package org.newsroom.live;

import java.time.Instant;

/**
 * An entry of a live story as readers see it.
 *
 * @param bodyHtml the body's sanitized HTML
 * @param updatedAt when it was last edited after it was posted, or {@code null}
 * @param deleted whether it was deleted (only in a list of changes: pages never show deleted entries)
 * @param change the number of its latest change, the id of the event that told readers of it
 * @param html the entry as its story's page shows it (empty when deleted)
 */
public record LiveEntry(
        long id,
        long storyId,
        Instant postedAt,
        Instant updatedAt,
        String title,
        String bodyHtml,
        String author,
        boolean keyEvent,
        boolean deleted,
        long change,
        String html) {

    public boolean wasUpdated() {
        return updatedAt != null;
    }

    public boolean hasTitle() {
        return title != null && !title.isBlank();
    }

    private static final java.util.regex.Pattern BLOCK = java.util.regex.Pattern.compile(
            "</?(p|div|br|li|ul|ol|h[1-6]|blockquote|figure|figcaption|picture|img|pre|table|tr|td|th)\\b[^>]*>",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The body's text: its HTML is sanitized, so its tags are only markup to drop. */
    public String text() {
        String blocks = BLOCK.matcher(bodyHtml).replaceAll(" ");
        return org.springframework.web.util.HtmlUtils.htmlUnescape(blocks.replaceAll("<[^>]*>", ""))
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** What a list of entries calls it: its title, else the start of its text. */
    public String label() {
        if (hasTitle()) {
            return title;
        }
        String text = text();
        return text.length() <= 90
                ? text
                : text.substring(0, text.lastIndexOf(' ', 88) > 40 ? text.lastIndexOf(' ', 88) : 88) + "…";
    }

    /** The entry's HTML id on its story's page. */
    public String anchor() {
        return "entry-" + id;
    }
}
