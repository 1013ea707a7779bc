package io.finesseacceptance.simulator.xmpp;

import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * How the notification service listens. Ports: 0 picks a free one, -1 switches that listener off
 * (the plain TCP port is always on).
 *
 * @param bindHost       interface to listen on, e.g. {@code 127.0.0.1}
 * @param port           TCP port (plain, with STARTTLS when {@code tls} is set), 0 to pick a free one
 * @param domain         XMPP domain, the host part of every user JID
 * @param pubsubDomain   the pubsub service's address, e.g. {@code pubsub.} + domain
 * @param authenticator  checks SASL PLAIN credentials
 * @param tls            server context for STARTTLS, direct TLS and BOSH over HTTPS; {@code null}
 *                       means STARTTLS is not offered
 * @param tlsRequired    true means SASL is only offered on encrypted streams
 * @param directTlsPort  TCP port where TLS starts at connect (Finesse's 5223), -1 for none
 * @param boshPort       HTTP port of the BOSH endpoint {@code /http-bind} (Finesse's 7443), -1 for none
 * @param boshTls        BOSH over HTTPS with {@code tls} rather than plain HTTP
 * @param boshInactivity how long a BOSH session may go without any request before it is ended
 */
public record XmppServiceConfig(String bindHost, int port, String domain, String pubsubDomain,
                                XmppAuthenticator authenticator, SSLContext tls, boolean tlsRequired,
                                int directTlsPort, int boshPort, boolean boshTls, Duration boshInactivity) {

    public static final int OFF = -1;
    public static final Duration DEFAULT_BOSH_INACTIVITY = Duration.ofSeconds(60);

    public XmppServiceConfig {
        Objects.requireNonNull(bindHost, "bindHost");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(pubsubDomain, "pubsubDomain");
        Objects.requireNonNull(authenticator, "authenticator");
        Objects.requireNonNull(boshInactivity, "boshInactivity");
        checkPort("port", port, false);
        checkPort("directTlsPort", directTlsPort, true);
        checkPort("boshPort", boshPort, true);
        if (tlsRequired && tls == null) {
            throw new IllegalArgumentException("tlsRequired needs a TLS context");
        }
        if (directTlsPort != OFF && tls == null) {
            throw new IllegalArgumentException("directTlsPort needs a TLS context");
        }
        if (boshTls && tls == null) {
            throw new IllegalArgumentException("boshTls needs a TLS context");
        }
        if (boshInactivity.isNegative() || boshInactivity.isZero()) {
            throw new IllegalArgumentException("boshInactivity must be positive: " + boshInactivity);
        }
    }

    /** Plain TCP (with STARTTLS when {@code tls} is set) only: no direct TLS, no BOSH. */
    public XmppServiceConfig(String bindHost, int port, String domain, String pubsubDomain,
                             XmppAuthenticator authenticator, SSLContext tls, boolean tlsRequired) {
        this(bindHost, port, domain, pubsubDomain, authenticator, tls, tlsRequired, OFF, OFF, false, DEFAULT_BOSH_INACTIVITY);
    }

    /** The same with a direct TLS listener on {@code tlsPort} (0 for a free one, -1 for none). */
    public XmppServiceConfig withDirectTls(int tlsPort) {
        return new XmppServiceConfig(bindHost, port, domain, pubsubDomain, authenticator, tls, tlsRequired,
                tlsPort, boshPort, boshTls, boshInactivity);
    }

    /** The same with a BOSH endpoint on {@code httpPort} (0 for a free one, -1 for none), over HTTPS when {@code https}. */
    public XmppServiceConfig withBosh(int httpPort, boolean https) {
        return new XmppServiceConfig(bindHost, port, domain, pubsubDomain, authenticator, tls, tlsRequired,
                directTlsPort, httpPort, https, boshInactivity);
    }

    public XmppServiceConfig withBoshInactivity(Duration inactivity) {
        return new XmppServiceConfig(bindHost, port, domain, pubsubDomain, authenticator, tls, tlsRequired,
                directTlsPort, boshPort, boshTls, inactivity);
    }

    private static void checkPort(String name, int value, boolean mayBeOff) {
        if (value < (mayBeOff ? OFF : 0) || value > 65535) {
            throw new IllegalArgumentException(name + " out of range: " + value);
        }
    }
}
