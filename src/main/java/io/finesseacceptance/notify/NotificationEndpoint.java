package io.finesseacceptance.notify;

import io.finesseacceptance.lab.CaTrust;
import io.finesseacceptance.lab.XmppSecurity;
import java.time.Duration;
import java.util.Optional;

/** Where and how to reach the Finesse notification service; the domain comes from settings or SystemInfo. */
public record NotificationEndpoint(String host, int port, String xmppDomain, String pubSubDomain,
                                   XmppSecurity security, Optional<CaTrust> trust, Duration replyTimeout) {

    @Override
    public String toString() {
        return "XMPP %s:%d (domain %s, security %s)".formatted(host, port, xmppDomain, security);
    }
}
