package org.newsroom.webhooks;

/** Deliveries were queued by this instance (a test send, a replay): the dispatcher looks once they are committed. */
record DeliveriesQueued() {}
