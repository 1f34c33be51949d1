package org.newsroom.webhooks;

/** What an endpoint's payloads carry as {@code data}: a story's whole ninjs, or only the id ("thin" events). */
public enum PayloadKind {
    NINJS,
    THIN
}
