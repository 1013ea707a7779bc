package io.finesseacceptance.notify;

import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.XmppSecurity;
import io.finesseacceptance.settings.XmppTransport;
import java.net.URI;
import org.jivesoftware.smack.AbstractXMPPConnection;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.bosh.BOSHConfiguration;
import org.jivesoftware.smack.bosh.XMPPBOSHConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jxmpp.stringprep.XmppStringprepException;
import org.minidns.dnsname.DnsName;

/** Builds the Smack connection for an endpoint: TCP with STARTTLS, plain or direct TLS, or BOSH. */
final class XmppConnections {

    private static final int CONNECT_TIMEOUT_MS = 5_000;

    private XmppConnections() {
    }

    static AbstractXMPPConnection create(NotificationEndpoint endpoint, AgentAccount agent, String resource)
            throws XmppStringprepException {
        return endpoint.transport() == XmppTransport.BOSH
                ? bosh(endpoint, agent, resource)
                : tcp(endpoint, agent, resource);
    }

    private static XMPPTCPConnection tcp(NotificationEndpoint endpoint, AgentAccount agent, String resource)
            throws XmppStringprepException {
        XMPPTCPConnectionConfiguration.Builder config = XMPPTCPConnectionConfiguration.builder()
                .setXmppDomain(endpoint.xmppDomain())
                .setHost(endpoint.host())
                .setPort(endpoint.port())
                .setUsernameAndPassword(agent.id(), agent.password())
                .setResource(resource)
                .setSendPresence(false)
                .setCompressionEnabled(false)
                // Smack's default is 30 s; a lab that answers at all answers a TCP connect in milliseconds
                .setConnectTimeout(CONNECT_TIMEOUT_MS)
                .setCustomX509TrustManager(endpoint.trust().trustManager());
        if (endpoint.trust().insecure()) {
            config.setHostnameVerifier((host, session) -> true);
        }
        if (endpoint.security() == XmppSecurity.DIRECT_TLS) {
            config.setSecurityMode(SecurityMode.disabled).setSocketFactory(new DomainVerifyingSocketFactory(
                    endpoint.trust().sslContext().getSocketFactory(), endpoint.xmppDomain(),
                    !endpoint.trust().insecure()));
        } else {
            config.setSecurityMode(switch (endpoint.security()) {
                case REQUIRED -> SecurityMode.required;
                case IF_POSSIBLE -> SecurityMode.ifpossible;
                default -> SecurityMode.disabled;
            });
        }
        return new XMPPTCPConnection(config.build());
    }

    private static XMPPBOSHConnection bosh(NotificationEndpoint endpoint, AgentAccount agent, String resource)
            throws XmppStringprepException {
        URI url = endpoint.boshUrl().orElseThrow();
        boolean https = "https".equalsIgnoreCase(url.getScheme());
        BOSHConfiguration config = BOSHConfiguration.builder()
                .setXmppDomain(endpoint.xmppDomain())
                // a DnsName keeps an IP literal as text; Smack would otherwise build "http:///127.0.0.1"
                .setHost(DnsName.from(url.getHost()))
                .setPort(url.getPort() > 0 ? url.getPort() : (https ? 443 : 80))
                .setFile(url.getRawPath() == null || url.getRawPath().isEmpty() ? "/http-bind" : url.getRawPath())
                .setUseHttps(https)
                // TLS, if any, is the https of the URL; XMPP-level STARTTLS does not exist over BOSH
                .setSecurityMode(SecurityMode.disabled)
                .setUsernameAndPassword(agent.id(), agent.password())
                .setResource(resource)
                .setSendPresence(false)
                .build();
        return new LabBoshConnection(config, BoshTrustStore.forEndpoint(endpoint.trust(), url));
    }
}
