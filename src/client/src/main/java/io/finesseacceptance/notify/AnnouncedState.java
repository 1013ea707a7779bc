package io.finesseacceptance.notify;

/**
 * The notification that satisfied a wait, and when the wait saw it.
 *
 * @param seenNanos {@link System#nanoTime()} when the waiting thread matched it
 */
public record AnnouncedState(UserNotification notification, long seenNanos) {

    /** Time from the notification landing in the feed to the waiting step noticing it. */
    public long detectionDelayNanos() {
        return seenNanos - notification.landedNanos();
    }
}
