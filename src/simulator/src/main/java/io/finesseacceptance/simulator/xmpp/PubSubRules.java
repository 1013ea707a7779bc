package io.finesseacceptance.simulator.xmpp;

/**
 * What the pubsub service lets a user do beyond plain XEP-0060: who may subscribe to which node, and
 * whether an unsubscribe really removes the subscription (a fault switch may say no).
 */
public interface PubSubRules {

    /** Anyone may subscribe to any node; unsubscribing removes the subscription. */
    PubSubRules OPEN = new PubSubRules() {
    };

    /** Whether {@code username} may subscribe (one of its JIDs) to {@code node}; no: a {@code forbidden} error. */
    default boolean maySubscribe(String username, String node) {
        return true;
    }

    /** True: an unsubscribe is answered with a result, but the subscription stays (listed and delivered to). */
    default boolean keepsSubscriptionOnUnsubscribe() {
        return false;
    }
}
