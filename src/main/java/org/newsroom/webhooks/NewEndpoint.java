package org.newsroom.webhooks;

import java.util.Set;

/** An endpoint to register: where, which events, what for, and what its payloads carry. */
public record NewEndpoint(String url, String description, Set<WebhookEventType> events, PayloadKind payload) {}
