package org.newsroom.platform;

/**
 * Something that acts on a PostgreSQL notification channel, through the instance's one listening connection
 * ({@link DatabaseNotifications}). A bean of this type is subscribed when the application starts.
 */
public interface NotificationSubscriber {

    /** The channel, as the database's triggers name it in {@code pg_notify}. */
    String channel();

    /** A notification on the channel, called on the listener's thread in commit order: keep it short. */
    void notified(String payload);

    /**
     * The connection listens (again): called when it is opened, and after it was lost and opened anew, when
     * notifications may have been missed meanwhile, so that a subscriber catches up.
     */
    default void listening() {}
}
