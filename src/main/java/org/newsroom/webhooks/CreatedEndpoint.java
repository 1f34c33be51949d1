package org.newsroom.webhooks;

/** An endpoint just registered, or a secret just rotated: the only time its secret is shown. */
public record CreatedEndpoint(long id, String url, String secret) {}
