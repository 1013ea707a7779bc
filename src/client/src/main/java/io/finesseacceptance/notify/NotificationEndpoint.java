package io.finesseacceptance.notify;

import io.finesseacceptance.settings.TlsTrust;
import io.finesseacceptance.settings.XmppSecurity;
import io.finesseacceptance.settings.XmppTransport;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where and how to reach the Finesse notification service; the domain comes from settings or SystemInfo.
 *
 * @param boshUrl present with the BOSH transport
 */
public record NotificationEndpoint(XmppTransport transport, String host, int port, Optional<URI> boshUrl,
                                   String xmppDomain, String pubSubDomain, XmppSecurity security, TlsTrust trust,
                                   Duration replyTimeout) {

    @Override
    public String toString() {
        return transport == XmppTransport.BOSH
                ? "XMPP over BOSH %s (domain %s, %s)".formatted(boshUrl.orElseThrow(), xmppDomain, trust.describe())
                : "XMPP %s:%d (domain %s, %s, %s)".formatted(host, port, xmppDomain, security.describe(),
                        trust.describe());
    }
}
