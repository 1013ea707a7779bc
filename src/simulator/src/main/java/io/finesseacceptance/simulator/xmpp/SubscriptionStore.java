package io.finesseacceptance.simulator.xmpp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Explicit pubsub subscriptions. Like Openfire's, they outlive the connection that made them: the
 * suite under test has to unsubscribe on its own, and this store lets tests check that it did.
 */
final class SubscriptionStore {

    private final List<PubSubSubscription> subscriptions = new ArrayList<>();

    /** Subscribes, or returns the existing subscription of the same JID to the same node. */
    synchronized PubSubSubscription subscribe(String username, String node, JabberId jid) {
        for (PubSubSubscription existing : subscriptions) {
            if (existing.node().equals(node) && existing.jid().equals(jid)) {
                return existing;
            }
        }
        PubSubSubscription created = new PubSubSubscription(node, username, jid, UUID.randomUUID().toString());
        subscriptions.add(created);
        return created;
    }

    /**
     * Removes the user's subscriptions of {@code jid} to {@code node}, only the one with {@code subid}
     * when given; returns whether anything was removed.
     */
    synchronized boolean unsubscribe(String username, String node, JabberId jid, Optional<String> subid) {
        return subscriptions.removeIf(s -> s.username().equals(username) && s.node().equals(node)
                && s.jid().equals(jid) && subid.map(s.subid()::equals).orElse(true));
    }

    /** Whether {@link #unsubscribe} with these arguments would remove anything. */
    synchronized boolean has(String username, String node, JabberId jid, Optional<String> subid) {
        return subscriptions.stream().anyMatch(s -> s.username().equals(username) && s.node().equals(node)
                && s.jid().equals(jid) && subid.map(s.subid()::equals).orElse(true));
    }

    synchronized List<PubSubSubscription> ofUser(String username) {
        return subscriptions.stream().filter(s -> s.username().equals(username)).toList();
    }

    synchronized List<PubSubSubscription> ofNode(String node) {
        return subscriptions.stream().filter(s -> s.node().equals(node)).toList();
    }

    /** Distinct nodes, in subscription order. */
    synchronized List<String> nodesOf(String username) {
        LinkedHashSet<String> nodes = new LinkedHashSet<>();
        ofUser(username).forEach(s -> nodes.add(s.node()));
        return List.copyOf(nodes);
    }
}
