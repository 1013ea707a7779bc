package io.finesseacceptance.notify;

/** The pubsub service refused (or did not answer) a subscription request, an unsubscribe or a listing. */
public final class NotificationNodeRefused extends RuntimeException {

    public NotificationNodeRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
