package io.finesseacceptance.simulator.external;

import java.net.URI;
import java.nio.file.Path;

/**
 * A standard XMPP server (with a XEP-0060 pubsub service) that plays Finesse's notification service
 * in place of the simulator's own, so the suite meets a server it did not write.
 *
 * @param tcpPort       client port with STARTTLS offered
 * @param boshHttpUrl   BOSH over plain HTTP
 * @param boshHttpsUrl  BOSH over HTTPS, with a certificate the {@code caPem} CA signed
 * @param publisherId   the account that owns the agents' nodes and publishes their Updates
 */
public record ExternalXmppServer(String host, int tcpPort, URI boshHttpUrl, URI boshHttpsUrl, String xmppDomain,
                                 String pubSubDomain, Path caPem, String publisherId, String publisherPassword) {
}
