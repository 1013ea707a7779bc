package io.finesseacceptance.simulator.xmpp;

/** One explicit XEP-0060 subscription; {@code jid} is bare or full, as the client asked. */
record PubSubSubscription(String node, String username, JabberId jid, String subid) {
}
