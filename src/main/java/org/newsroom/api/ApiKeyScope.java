package org.newsroom.api;

/** What a key may read, and so its rate: public content, or partner content with a higher rate. */
public enum ApiKeyScope {
    PUBLIC,
    PARTNER
}
