package org.newsroom.webhooks;

import java.util.ArrayList;
import java.util.List;
import org.newsroom.distribution.ChangeCursor;
import org.newsroom.distribution.ChangeEvent;
import org.newsroom.distribution.ChangeFeed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the changes feed's events into deliveries, once, whichever instance does it. The feed is read outside any
 * transaction, as {@link ChangeFeed} requires; the deliveries are then inserted, and the cursor moved past the events,
 * in one transaction that holds the cursor's row lock and first checks that the cursor is still where the read began.
 * If another instance moved it meanwhile, this one's work is dropped and it reads again from the new cursor. So each
 * event is fanned out by exactly one transaction, and the feed's cursor never skips an event that commits late. (The
 * deliveries' unique key, endpoint and event, would refuse a second one anyway.)
 *
 * <p>An endpoint gets the events that happened after it was registered: a new endpoint is not sent the history.
 */
@Component
record WebhookFanOut(
        ChangeFeed feed, WebhookDeliveries deliveries, WebhookPayloads payloads, TransactionTemplate transactions) {

    static final int BATCH = 200;

    /** Fans out every event that is final now; answers how many deliveries this instance made. */
    int fanOut() {
        int made = 0;
        while (true) {
            ChangeCursor cursor = deliveries.cursor();
            List<ChangeEvent> events = feed.after(cursor, BATCH);
            if (events.isEmpty()) {
                return made;
            }
            List<WebhookDeliveries.NewDelivery> rows = deliveriesFor(events);
            ChangeCursor last = events.getLast().cursor();
            Integer inserted = transactions.execute(status -> {
                if (!deliveries.lockCursor().equals(cursor)) {
                    return null;
                }
                int count = 0;
                for (WebhookDeliveries.NewDelivery row : rows) {
                    count += deliveries.insert(row) > 0 ? 1 : 0;
                }
                deliveries.moveCursor(last);
                return count;
            });
            if (inserted != null) {
                made += inserted;
                if (events.size() < BATCH) {
                    return made;
                }
            }
        }
    }

    private List<WebhookDeliveries.NewDelivery> deliveriesFor(List<ChangeEvent> events) {
        List<WebhookDeliveries.Target> targets = deliveries.enabledTargets();
        List<WebhookDeliveries.NewDelivery> rows = new ArrayList<>();
        for (ChangeEvent event : events) {
            WebhookPayloads.ForEvent payload = null;
            for (WebhookDeliveries.Target target : targets) {
                if (!target.eventTypes().contains(event.type())
                        || target.createdAt().isAfter(event.occurredAt())) {
                    continue;
                }
                if (payload == null) {
                    payload = payloads.forEvent(event);
                }
                rows.add(new WebhookDeliveries.NewDelivery(
                        target.id(),
                        messageId(event.cursor()),
                        event.type(),
                        event.cursor().toString(),
                        payload.of(target.payload())));
            }
        }
        return rows;
    }

    /** The message's id, the same for every endpoint and every retry: what a receiver deduplicates by. */
    static String messageId(ChangeCursor cursor) {
        return "msg_" + cursor.txid() + "_" + cursor.id();
    }
}
