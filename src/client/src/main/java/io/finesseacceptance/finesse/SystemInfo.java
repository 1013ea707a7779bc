package io.finesseacceptance.finesse;

/** The parts of GET SystemInfo the suite relies on. */
public record SystemInfo(String status, String statusReason, String deploymentType, String xmppDomain,
                         String xmppPubSubDomain, String primaryNodeHost) {

    public boolean inService() {
        return "IN_SERVICE".equalsIgnoreCase(status);
    }
}
