package io.finesseacceptance.simulator.webservices;

import java.util.Objects;

/**
 * Which node of a Finesse deployment a REST server is, and what it shares with the others.
 *
 * @param name       the node's name, e.g. {@code primary}; "" for a deployment of one node
 * @param staleReads what GET User answers on each node, shared by every node of the deployment
 */
public record NodeInDeployment(String name, StaleReads staleReads) {

    public NodeInDeployment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(staleReads, "staleReads");
    }

    /** The one node of a single-node deployment. */
    public static NodeInDeployment single() {
        return new NodeInDeployment("", StaleReads.none());
    }
}
