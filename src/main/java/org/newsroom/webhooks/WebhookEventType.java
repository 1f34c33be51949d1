package org.newsroom.webhooks;

import java.util.Arrays;
import java.util.Optional;

/**
 * The events an endpoint may ask for: the one list, shown by the admin form and held by the database's check on
 * {@code webhook_endpoints.event_types} (V49). All but the test send are types of the changes feed's events.
 */
public enum WebhookEventType {
    ARTICLE_PUBLISHED("article.published", "A story is published"),
    ARTICLE_REPUBLISHED("article.republished", "A story is published again after an unpublication"),
    ARTICLE_UPDATED("article.updated", "A public update of a story"),
    ARTICLE_REVISED("article.revised", "A minor fix of what readers see"),
    ARTICLE_CORRECTED("article.corrected", "A correction is added or changed"),
    ARTICLE_UNPUBLISHED("article.unpublished", "A story is unpublished (id and time only)"),
    SECTION_RENAMED("section.renamed", "A section is renamed"),
    TAG_RENAMED("tag.renamed", "A tag is renamed"),
    IMAGE_CHANGED("image.changed", "An image of a public story changes"),
    LIVE_ENTRY_PUBLISHED("live_entry.published", "A live entry is posted"),
    LIVE_ENTRY_UPDATED("live_entry.updated", "A live entry is edited"),
    LIVE_ENTRY_DELETED("live_entry.deleted", "A live entry is deleted"),
    WEBHOOK_TEST("webhook.test", "A test send from the admin screen");

    private final String wireName;
    private final String description;

    WebhookEventType(String wireName, String description) {
        this.wireName = wireName;
        this.description = description;
    }

    /** The name in payloads and in the changes feed, e.g. {@code article.published}. */
    public String wireName() {
        return wireName;
    }

    public String description() {
        return description;
    }

    public static Optional<WebhookEventType> of(String wireName) {
        return Arrays.stream(values())
                .filter(type -> type.wireName.equals(wireName))
                .findFirst();
    }
}
