package io.finesseacceptance.simulator.notifications;

/**
 * The seam between the simulated Finesse web services and its notification service: the REST side
 * decides what happened, the XMPP side decides who hears about it and in which wire format.
 */
public interface NotificationPublisher {

    /**
     * Publishes one Finesse {@code <Update>} document (unescaped XML) on a pubsub node such as
     * {@code /finesse/api/User/1001}, to every subscriber of that node.
     */
    void publish(String node, String updateXml);

    /**
     * Publishes an Update that answers a request the named Finesse node took ({@code takenBy}, "" when no
     * node is named). One notification service has one node, so by default this is {@link #publish}; a
     * two-node deployment publishes it on both nodes, each writing the requestId its own way.
     */
    default void publishAnswering(String takenBy, String node, String updateXml) {
        publish(node, updateXml);
    }

    /** Cuts every XMPP session of the user, as a server restart or a network blip would (a fault switch). */
    void dropSessions(String username);
}
