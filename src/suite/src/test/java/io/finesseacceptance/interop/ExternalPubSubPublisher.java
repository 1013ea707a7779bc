package io.finesseacceptance.interop;

import io.finesseacceptance.simulator.external.ExternalXmppServer;

import io.finesseacceptance.simulator.notifications.NotificationPublisher;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jivesoftware.smack.util.StringUtils;
import org.jivesoftware.smackx.pubsub.LeafNode;
import org.jivesoftware.smackx.pubsub.PayloadItem;
import org.jivesoftware.smackx.pubsub.PubSubManager;
import org.jivesoftware.smackx.pubsub.SimplePayload;
import org.jxmpp.jid.impl.JidCreate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the simulator's Updates through an external server's pubsub service, the way Finesse's
 * notification service does: one node per agent ({@code /finesse/api/User/{id}}), the agent's bare JID
 * subscribed by the node's owner (agents never subscribe themselves), the Update escaped as the text of a
 * {@code <notification xmlns="http://jabber.org/protocol/pubsub">} item.
 */
public final class ExternalPubSubPublisher implements NotificationPublisher, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExternalPubSubPublisher.class);
    private static final String NOTIFICATION_NS = "http://jabber.org/protocol/pubsub";

    private final XMPPTCPConnection connection;
    private final Map<String, LeafNode> nodes;
    /** One thread keeps each node's Updates in the order the REST side decided them. */
    private final ExecutorService publishing = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "finesse-external-publisher");
        thread.setDaemon(true);
        return thread;
    });

    private ExternalPubSubPublisher(XMPPTCPConnection connection, Map<String, LeafNode> nodes) {
        this.connection = connection;
        this.nodes = nodes;
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
            return new ExternalPubSubPublisher(connection, nodes);
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

    /** Another server's client sessions are not ours to cut; restart that server instead. */
    @Override
    public void dropSessions(String username) {
        throw new UnsupportedOperationException("an external XMPP server's sessions cannot be cut from here");
    }

    private static X509TrustManager trusting(ExternalXmppServer server) throws IOException, GeneralSecurityException {
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
