package org.newsroom.webhooks;

import java.util.List;

/** A page of an endpoint's log, newest first; {@code olderThan} continues it ({@code null} on the last page). */
public record DeliveryPage(List<DeliveryView> items, Long olderThan) {}
