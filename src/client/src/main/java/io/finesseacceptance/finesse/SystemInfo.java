package io.finesseacceptance.finesse;

/**
 * The parts of GET SystemInfo the suite relies on. {@code primaryNode} and {@code secondaryNode} are
 * {@link FinesseNode#NONE} when SystemInfo does not name them (a single node, or UCCX).
 */
public record SystemInfo(String status, String statusReason, String deploymentType, String xmppDomain,
                         String xmppPubSubDomain, FinesseNode primaryNode, FinesseNode secondaryNode) {

    public boolean inService() {
        return "IN_SERVICE".equalsIgnoreCase(status);
    }

    public String primaryNodeHost() {
        return primaryNode.host();
    }
}
