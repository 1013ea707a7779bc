package io.finesseacceptance.simulator.webservices;

import java.util.Objects;

/**
 * One Finesse node as SystemInfo names it from 12.6(2) on: {@code <host/><httpsPort/><xmppPort/><xmppSecurePort/>}
 * inside {@code <primaryNode>} or {@code <secondaryNode>} (docs/finesse-contract.md §20).
 *
 * @param xmppPort       XMPP over TCP (5222 style)
 * @param xmppSecurePort XMPP with TLS from the first byte (5223 style)
 */
public record ClusterNode(String host, int httpsPort, int xmppPort, int xmppSecurePort) {

    public ClusterNode {
        Objects.requireNonNull(host, "host");
    }
}
