package io.finesseacceptance.interop;

import io.finesseacceptance.simulator.external.ExternalXmppServer;

import io.finesseacceptance.simulator.notifications.DesktopPresence;
import io.finesseacceptance.simulator.notifications.NotificationPublisher;
import io.finesseacceptance.simulator.notifications.SessionPresenceListener;
import io.finesseacceptance.simulator.notifications.SessionPresenceSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.ConnectionListener;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jivesoftware.smack.util.StringUtils;
import org.jivesoftware.smackx.pubsub.LeafNode;
import org.jivesoftware.smackx.pubsub.PayloadItem;
import org.jivesoftware.smackx.pubsub.PubSubManager;
import org.jivesoftware.smackx.pubsub.SimplePayload;
import org.jxmpp.jid.EntityFullJid;
import org.jxmpp.jid.impl.JidCreate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the simulator's Updates through an external server's pubsub service, the way Finesse's
 * notification service does: one node per agent ({@code /finesse/api/User/{id}}), the agent's bare JID
 * subscribed by the node's owner (agents never subscribe themselves), the Update escaped as the text of a
 * {@code <notification xmlns="http://jabber.org/protocol/pubsub">} item.
 *
 * <p>It is also how the simulated web services learn the agents' presence, as Finesse learns it from its {@code finesse}
 * user: the server puts every agent in the publisher's roster with a mutual subscription (Prosody's shared roster,
 * mod_groups), so each session of an agent coming (available presence) and going (unavailable presence, which the
 * server sends itself for a session that ended or fell silent) reaches the publisher, per resource.
 */
public final class ExternalPubSubPublisher implements NotificationPublisher, SessionPresenceSource, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExternalPubSubPublisher.class);
    private static final String NOTIFICATION_NS = "http://jabber.org/protocol/pubsub";

    private final XMPPTCPConnection connection;
    private final Map<String, LeafNode> nodes;
    private final Set<String> agentIds;
    /** One thread keeps each node's Updates in the order the REST side decided them. */
    private final ExecutorService publishing = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "finesse-external-publisher");
        thread.setDaemon(true);
        return thread;
    });

    private ExternalPubSubPublisher(XMPPTCPConnection connection, Map<String, LeafNode> nodes, Set<String> agentIds) {
        this.connection = connection;
        this.nodes = nodes;
        this.agentIds = agentIds;
    }

    /** Logs in as the publisher and makes sure every agent's node exists with the agent subscribed. */
    public static ExternalPubSubPublisher connect(ExternalXmppServer server, Collection<String> agentIds) {
        XMPPTCPConnection connection = null;
        try {
            connection = new XMPPTCPConnection(XMPPTCPConnectionConfiguration.builder()
                    .setXmppDomain(server.xmppDomain())
                    .setHost(server.host())
                    .setPort(server.tcpPort())
                    .setUsernameAndPassword(server.publisherId(), server.publisherPassword())
                    .setResource("finesse-notification-service")
                    // announced by reportPresenceTo, once someone listens: its initial presence makes the server probe
                    .setSendPresence(false)
                    .setSecurityMode(SecurityMode.required)
                    .setCustomX509TrustManager(trusting(server))
                    .build());
            connection.connect().login();
            PubSubManager pubsub = PubSubManager.getInstanceFor(connection, JidCreate.bareFrom(server.pubSubDomain()));
            Map<String, LeafNode> nodes = new ConcurrentHashMap<>();
            for (String agentId : agentIds) {
                String nodeId = "/finesse/api/User/" + agentId;
                LeafNode node = pubsub.getOrCreateLeafNode(nodeId);
                connection.createStanzaCollectorAndSend(new OwnerSubscription(JidCreate.bareFrom(server.pubSubDomain()),
                        nodeId, JidCreate.entityBareFrom(agentId + "@" + server.xmppDomain()))).nextResultOrThrow();
                nodes.put(nodeId, node);
            }
            return new ExternalPubSubPublisher(connection, nodes, Set.copyOf(agentIds));
        } catch (SmackException | XMPPException | IOException | InterruptedException | GeneralSecurityException failed) {
            if (connection != null) {
                connection.instantShutdown();
            }
            if (failed instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("cannot publish through the XMPP server at " + server.host() + ":"
                    + server.tcpPort() + ": " + failed.getMessage(), failed);
        }
    }

    @Override
    public void publish(String node, String updateXml) {
        LeafNode leaf = nodes.get(node);
        if (leaf == null) {
            if (node.startsWith("/finesse/api/Team/")) {
                // team nodes are not created on an external server: nobody there can subscribe to them
                LOG.debug("no team node {} on the external server; Update dropped", node);
            } else {
                LOG.warn("no pubsub node {} on the external server; Update dropped", node);
            }
            return;
        }
        String payload = "<notification xmlns=\"" + NOTIFICATION_NS + "\">" + StringUtils.escapeForXmlText(updateXml)
                + "</notification>";
        publishing.execute(() -> {
            try {
                if (!connection.isAuthenticated()) {
                    // the server restarted (nodes and subscriptions are kept in its store): log in again
                    connection.connect().login();
                }
                leaf.publish(new PayloadItem<>(new SimplePayload(payload)));
            } catch (SmackException | XMPPException | IOException | InterruptedException | RuntimeException failed) {
                LOG.warn("publishing on {} failed: {}", node, failed.toString());
            }
        });
    }

    /**
     * Every agent session's presence from now on, as the server sends it to the publisher. The publisher announces
     * itself available here (and after every new login, e.g. after a server restart): that initial presence makes the
     * server send the current presence of every agent already online (presence probes).
     */
    @Override
    public void reportPresenceTo(SessionPresenceListener listener) {
        connection.addSyncStanzaListener(stanza -> {
            Presence presence = (Presence) stanza;
            EntityFullJid from = presence.getFrom() == null ? null : presence.getFrom().asEntityFullJidIfPossible();
            if (from == null || !agentIds.contains(from.getLocalpart().toString())) {
                return;
            }
            DesktopPresence how = presence.getType() == Presence.Type.available ? DesktopPresence.AVAILABLE
                    // the server speaks for a session that ended without unavailable presence: "Disconnected: …"
                    : presence.getStatus() != null && presence.getStatus().startsWith("Disconnected")
                    ? DesktopPresence.DROPPED : DesktopPresence.UNAVAILABLE;
            if (presence.getType() == Presence.Type.available || presence.getType() == Presence.Type.unavailable) {
                LOG.info("presence of {}: {}", from, how);
                listener.sessionPresenceChanged(from.getLocalpart().toString(), from.getResourcepart().toString(), how);
            }
        }, StanzaTypeFilter.PRESENCE);
        connection.addConnectionListener(new ConnectionListener() {
            @Override
            public void authenticated(XMPPConnection again, boolean resumed) {
                announceAvailable();
            }
        });
        announceAvailable();
    }

    private void announceAvailable() {
        try {
            connection.sendStanza(connection.getStanzaFactory().buildPresenceStanza()
                    .ofType(Presence.Type.available).build());
        } catch (SmackException.NotConnectedException | InterruptedException failed) {
            if (failed instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("the publisher could not announce itself to hear the agents' presence",
                    failed);
        }
    }

    /** Another server's client sessions are not ours to cut; restart that server instead. */
    @Override
    public void dropSessions(String username) {
        throw new UnsupportedOperationException("an external XMPP server's sessions cannot be cut from here");
    }

    /** The CA the server was started with, for the interop tests' own Smack clients too. */
    static X509TrustManager trusting(ExternalXmppServer server) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        try (InputStream pem = Files.newInputStream(server.caPem())) {
            store.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(pem));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return (X509TrustManager) factory.getTrustManagers()[0];
    }

    @Override
    public void close() {
        publishing.shutdown();
        try {
            publishing.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        connection.instantShutdown();
    }
}
