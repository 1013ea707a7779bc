package io.finesseacceptance.notify;

/**
 * One XEP-0060 subscription a client asked for itself (a supervisor's to its team's node), as the pubsub
 * service confirmed or listed it. Unlike the User node's automatic one, it outlives the session that made it
 * until it is unsubscribed (docs/finesse-contract.md §6), so every one is removed again.
 *
 * @param subId the subscription id the service gave; empty when it gave none
 */
public record ExplicitSubscription(String node, String jid, String subId) {

    public String describe() {
        return jid + " on " + node + (subId.isEmpty() ? "" : " (subid " + subId + ")");
    }
}
