package io.finesseacceptance.simulator.xmpp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.X509TrustManager;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jivesoftware.smackx.ping.PingManager;

/** Smack clients configured the way the suite's Finesse clients connect. */
final class SmackClients {

    static final String DOMAIN = "finesse.example.test";
    static final String PUBSUB = "pubsub." + DOMAIN;
    static final String PASSWORD = "secret";

    private SmackClients() {
    }

    static XmppServiceConfig plainConfig() {
        return new XmppServiceConfig("127.0.0.1", 0, DOMAIN, PUBSUB, (user, password) -> PASSWORD.equals(password), null, false);
    }

    static XMPPTCPConnectionConfiguration.Builder builder(int port, String user, String resource) throws Exception {
        return XMPPTCPConnectionConfiguration.builder()
                .setXmppDomain(DOMAIN)
                .setHost("127.0.0.1")
                .setPort(port)
                .setUsernameAndPassword(user, PASSWORD)
                .setResource(resource)
                .setSecurityMode(SecurityMode.disabled);
    }

    static XMPPTCPConnection connect(XMPPTCPConnectionConfiguration configuration) throws Exception {
        XMPPTCPConnection connection = new XMPPTCPConnection(configuration);
        connection.connect().login();
        return connection;
    }

    /** Logged in, available (Smack sends presence on login), and the server has processed that presence. */
    static XMPPTCPConnection available(int port, String user, String resource) throws Exception {
        XMPPTCPConnection connection = connect(builder(port, user, resource).build());
        roundTrip(connection);
        return connection;
    }

    static XMPPTCPConnection startTls(int port, String user, X509TrustManager trust) throws Exception {
        XMPPTCPConnection connection = connect(builder(port, user, "tls")
                .setSecurityMode(SecurityMode.required)
                .setCustomX509TrustManager(trust)
                .build());
        roundTrip(connection);
        return connection;
    }

    /** The server answers stanzas of one connection in order, so a ping reply means all before it was handled. */
    static void roundTrip(XMPPConnection connection) throws Exception {
        if (!PingManager.getInstanceFor(connection).ping(connection.getXMPPServiceDomain(), 5000)) {
            throw new AssertionError("server did not answer a ping");
        }
    }

    /** Every message the connection receives from now on, in arrival order, as XML. */
    static List<String> messagesOf(XMPPConnection connection) {
        List<String> received = new CopyOnWriteArrayList<>();
        connection.addSyncStanzaListener(stanza -> received.add(((Message) stanza).toXML().toString()),
                StanzaTypeFilter.MESSAGE);
        return received;
    }
}
