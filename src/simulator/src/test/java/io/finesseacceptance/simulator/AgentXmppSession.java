package io.finesseacceptance.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.nodes.FinesseNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jivesoftware.smackx.ping.PingManager;

/** An agent's Smack session on a simulator's embedded notification service, as a desktop or the suite opens it. */
final class AgentXmppSession {

    private AgentXmppSession() {
    }

    /** Signed in with the default password over plain TCP (STARTTLS is offered, not required). */
    static XMPPTCPConnection connect(FinesseSimulator simulator, String agentId, String resource) throws Exception {
        Map<String, String> settings = simulator.labSettings();
        XMPPTCPConnection connection = new XMPPTCPConnection(XMPPTCPConnectionConfiguration.builder()
                .setXmppDomain(simulator.xmppDomain())
                .setHost(settings.get("FINESSE_XMPP_HOST"))
                .setPort(Integer.parseInt(settings.get("FINESSE_XMPP_PORT")))
                .setUsernameAndPassword(agentId, SimulatorTestClient.password(agentId))
                .setResource(resource)
                .setSecurityMode(SecurityMode.disabled)
                .build());
        connection.connect().login();
        // the server handles one connection's stanzas in order: the pong means the presence was seen
        assertThat(PingManager.getInstanceFor(connection).ping(connection.getXMPPServiceDomain(), 5000)).isTrue();
        return connection;
    }

    /**
     * Signed in on one node's own notification service (its TCP port and XMPP domain), with the default password
     * over plain TCP, and its initial presence seen by the server.
     */
    static XMPPTCPConnection connect(FinesseNode node, String agentId, String resource) throws Exception {
        return loggedIn(unconnected(node, agentId, resource));
    }

    /** Configured for one node, not connected yet: for a test that listens before the login's presence goes out. */
    static XMPPTCPConnection unconnected(FinesseNode node, String agentId, String resource) throws Exception {
        return new XMPPTCPConnection(XMPPTCPConnectionConfiguration.builder()
                .setXmppDomain(node.embeddedService().domain())
                .setHost(node.baseUrl().getHost())
                .setPort(node.embeddedService().port())
                .setUsernameAndPassword(agentId, SimulatorTestClient.password(agentId))
                .setResource(resource)
                .setSecurityMode(SecurityMode.disabled)
                .build());
    }

    /** Connects and logs in (Smack sends the initial presence), then waits until the server has seen it. */
    static XMPPTCPConnection loggedIn(XMPPTCPConnection connection) throws Exception {
        connection.connect().login();
        assertThat(PingManager.getInstanceFor(connection).ping(connection.getXMPPServiceDomain(), 5000)).isTrue();
        return connection;
    }

    /** The Update documents the connection receives from now on, unescaped, in arrival order. */
    static List<String> updatesOf(XMPPTCPConnection connection) {
        List<String> received = new CopyOnWriteArrayList<>();
        connection.addSyncStanzaListener(stanza -> received.add(unescape(((Message) stanza).toXML().toString())),
                StanzaTypeFilter.MESSAGE);
        return received;
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
