package io.finesseacceptance.notify;

import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.XmppSecurity;
import java.io.IOException;
import java.net.URI;
import org.jivesoftware.smack.AbstractXMPPConnection;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.bosh.BOSHConfiguration;
import org.jivesoftware.smack.bosh.XMPPBOSHConnection;
import org.jivesoftware.smack.c2s.ModularXmppClientToServerConnection;
import org.jivesoftware.smack.c2s.ModularXmppClientToServerConnectionConfiguration;
import org.jivesoftware.smack.fsm.StateMachineException.SmackStateGraphDeadEndException;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jivesoftware.smack.websocket.XmppWebSocketTransportModuleDescriptor;
import org.jxmpp.stringprep.XmppStringprepException;
import org.minidns.dnsname.DnsName;

/** Builds the Smack connection for an endpoint: TCP with STARTTLS, plain or direct TLS, BOSH, or WebSocket. */
final class XmppConnections {

    private static final int CONNECT_TIMEOUT_MS = 5_000;

    private XmppConnections() {
    }

    static AbstractXMPPConnection create(NotificationEndpoint endpoint, AgentAccount agent, String resource)
            throws XmppStringprepException {
        return switch (endpoint.transport()) {
            case BOSH -> bosh(endpoint, agent, resource);
            case WEBSOCKET -> webSocket(endpoint, agent, resource);
            case TCP -> tcp(endpoint, agent, resource);
        };
    }

    /**
     * Connects and signs in. A WebSocket that could not be opened is reported as its own one-line failure, not as
     * Smack's "no successor" for the state of its connection graph where the walk ended.
     */
    static void connectAndLogin(AbstractXMPPConnection connection)
            throws SmackException, XMPPException, IOException, InterruptedException {
        try {
            connection.connect().login();
        } catch (SmackStateGraphDeadEndException deadEnd) {
            throw WebSocketFailure.within(deadEnd).orElseThrow(() -> deadEnd);
        }
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

    /**
     * Smack's modular connection with the WebSocket transport alone (no TCP, no stream management, which Finesse
     * disables), at exactly the configured URL: no discovery (XEP-0156 host-meta) and none of the ports Smack would
     * otherwise try on the XMPP domain. The security mode only says what the URL is: the TLS of wss:// is the
     * WebSocket's ({@link LabWebSocket}); Smack counts it as a secured connection.
     */
    private static ModularXmppClientToServerConnection webSocket(NotificationEndpoint endpoint, AgentAccount agent,
                                                                String resource) throws XmppStringprepException {
        URI url = endpoint.webSocketUrl().orElseThrow();
        ModularXmppClientToServerConnectionConfiguration.Builder config =
                ModularXmppClientToServerConnectionConfiguration.builder()
                        .removeAllModules()
                        .setXmppDomain(endpoint.xmppDomain())
                        .setUsernameAndPassword(agent.id(), agent.password())
                        .setResource(resource)
                        .setSendPresence(false)
                        .setCompressionEnabled(false)
                        .setSecurityMode("wss".equalsIgnoreCase(url.getScheme()) ? SecurityMode.required
                                : SecurityMode.disabled);
        XmppWebSocketTransportModuleDescriptor.getBuilder(config)
                .explicitlySetWebSocketEndpointAndDiscovery(url, false)
                .disableImplicitWebsocketEndpoint()
                .setWebSocketFactory(LabWebSocket.factory(endpoint.trust()))
                .buildModule();
        return new ModularXmppClientToServerConnection(config.build());
    }
}
