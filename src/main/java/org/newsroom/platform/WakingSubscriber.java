package org.newsroom.platform;

/**
 * A subscriber for which every notification on its channel means the same, and so does every (re)connection of the
 * listener, which may have missed some: look for work now ({@link #wake()}), whatever the payload.
 */
public interface WakingSubscriber extends NotificationSubscriber {

    /** Looks for work now. Called on the listener's thread: it hands the work to a thread of its own. */
    void wake();

    @Override
    default void notified(String payload) {
        wake();
    }

    @Override
    default void listening() {
        wake();
    }
}
