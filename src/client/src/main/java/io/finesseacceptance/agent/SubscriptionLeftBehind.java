package io.finesseacceptance.agent;

/** An explicit pubsub subscription of the suite survived its unsubscribe: the lab would keep it. */
public final class SubscriptionLeftBehind extends RuntimeException {

    public SubscriptionLeftBehind(String message) {
        super(message);
    }
}
