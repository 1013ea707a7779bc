package io.finesseacceptance.simulator.xmpp;

import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * How the notification service listens.
 *
 * @param bindHost      interface to listen on, e.g. {@code 127.0.0.1}
 * @param port          TCP port, 0 to pick a free one
 * @param domain        XMPP domain, the host part of every user JID
 * @param pubsubDomain  the pubsub service's address, e.g. {@code pubsub.} + domain
 * @param authenticator checks SASL PLAIN credentials
 * @param tls           server context for STARTTLS; {@code null} means STARTTLS is not offered
 * @param tlsRequired   true means SASL is only offered after STARTTLS
 */
public record XmppServiceConfig(String bindHost, int port, String domain, String pubsubDomain,
                                XmppAuthenticator authenticator, SSLContext tls, boolean tlsRequired) {

    public XmppServiceConfig {
        Objects.requireNonNull(bindHost, "bindHost");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(pubsubDomain, "pubsubDomain");
        Objects.requireNonNull(authenticator, "authenticator");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (tlsRequired && tls == null) {
            throw new IllegalArgumentException("tlsRequired needs a TLS context");
        }
    }
}
