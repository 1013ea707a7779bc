package io.finesseacceptance.notify;

import io.finesseacceptance.settings.Side;
import io.finesseacceptance.settings.TlsTrust;
import io.finesseacceptance.settings.XmppSecurity;
import io.finesseacceptance.settings.XmppTransport;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where and how to reach the Finesse notification service; the domain comes from settings or SystemInfo.
 *
 * @param boshUrl      present with the BOSH transport
 * @param webSocketUrl present with the WebSocket transport
 */
public record NotificationEndpoint(XmppTransport transport, String host, int port, Optional<URI> boshUrl,
                                   Optional<URI> webSocketUrl, String xmppDomain, String pubSubDomain,
                                   XmppSecurity security, TlsTrust trust, Duration replyTimeout, Side side) {

    /** The primary's (or a single node's) endpoint. */
    public NotificationEndpoint(XmppTransport transport, String host, int port, Optional<URI> boshUrl,
                                Optional<URI> webSocketUrl, String xmppDomain, String pubSubDomain,
                                XmppSecurity security, TlsTrust trust, Duration replyTimeout) {
        this(transport, host, port, boshUrl, webSocketUrl, xmppDomain, pubSubDomain, security, trust, replyTimeout,
                Side.PRIMARY);
    }

    /** Names the setting that chose the endpoint, so every message about it says what to fix. */
    @Override
    public String toString() {
        return switch (transport) {
            case BOSH -> "XMPP over BOSH %s (%s; domain %s, %s)".formatted(boshUrl.orElseThrow(),
                    transport.settingNames(side), xmppDomain, trust.describe());
            case WEBSOCKET -> "XMPP over WebSocket %s (%s; domain %s, %s)".formatted(webSocketUrl.orElseThrow(),
                    transport.settingNames(side), xmppDomain, trust.describe());
            case TCP -> "XMPP %s:%d (%s; domain %s, %s, %s)".formatted(host, port, transport.settingNames(side),
                    xmppDomain, security.describe(), trust.describe());
        };
    }
}
