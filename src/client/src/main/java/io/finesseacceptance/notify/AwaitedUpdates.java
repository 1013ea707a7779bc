package io.finesseacceptance.notify;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * Event-driven waiting on one feed, for runs too large to poll: {@link #await} returns a future that the
 * XMPP thread completes when the decisive notification lands (the change announced, or an error Update for
 * the request: {@link UserUpdateExpectation#isMetBy} and {@link UserUpdateExpectation#isRejectedBy} decide),
 * and that fails with a {@link java.util.concurrent.TimeoutException} when nothing decisive comes in time.
 * No thread waits meanwhile. The scenarios keep {@link NotificationWait}, whose failures explain themselves.
 */
public final class AwaitedUpdates {

    private final NotificationFeed feed;
    private final Queue<Awaited> pending = new ConcurrentLinkedQueue<>();

    public AwaitedUpdates(NotificationFeed feed) {
        this.feed = feed;
        feed.onLand(this::landed);
    }

    /**
     * The decisive notification for {@code expected}; one that landed before this call (after the mark the
     * expectation was taken at) counts too, so the caller may start waiting after the request's answer.
     */
    public CompletableFuture<UserNotification> await(UserUpdateExpectation expected, Duration timeout) {
        Awaited awaited = new Awaited(expected, new CompletableFuture<>());
        // listed first, then the feed read: a notification landing in between is seen by one or both
        pending.add(awaited);
        for (UserNotification already : feed.since(expected.after())) {
            if (awaited.decidedBy(already)) {
                break;
            }
        }
        awaited.future().whenComplete((notification, failure) -> pending.remove(awaited));
        return awaited.future().orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** How many waits are still open. */
    public int pending() {
        return pending.size();
    }

    private void landed(UserNotification notification) {
        for (Awaited awaited : pending) {
            awaited.decidedBy(notification);
        }
    }

    private record Awaited(UserUpdateExpectation expected, CompletableFuture<UserNotification> future) {

        boolean decidedBy(UserNotification notification) {
            if (expected.isMetBy(notification) || expected.isRejectedBy(notification)) {
                future.complete(notification);
                return true;
            }
            return false;
        }
    }
}
