package io.finesseacceptance.notify;

import io.finesseacceptance.lab.AgentAccount;
import java.io.IOException;
import java.util.UUID;
import org.jivesoftware.smack.AbstractXMPPConnection;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smackx.ping.PingManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One agent's XMPP session with the Finesse notification service. Opening it returns only once the
 * session is listening and the server has processed its presence, so a request sent afterwards cannot
 * outrun its notification.
 */
public final class XmppSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(XmppSession.class);
    /** Finesse pings its desktops every 10 s; a silent client is signed out by presence. */
    private static final int PING_INTERVAL_SECONDS = 10;

    private final AbstractXMPPConnection connection;
    private final AgentAccount agent;

    private XmppSession(AbstractXMPPConnection connection, AgentAccount agent) {
        this.connection = connection;
        this.agent = agent;
    }

    public static XmppSession open(NotificationEndpoint endpoint, AgentAccount agent, NotificationFeed feed) {
        AbstractXMPPConnection connection = null;
        try {
            // "desktop" is the Finesse desktop's own resource; a distinct one keeps both sessions alive
            connection = XmppConnections.create(endpoint, agent,
                    "finesse-acceptance-" + UUID.randomUUID().toString().substring(0, 8));
            connection.setReplyTimeout(endpoint.replyTimeout().toMillis());
            Roster.getInstanceFor(connection).setRosterLoadedAtLogin(false);
            connection.addSyncStanzaListener(stanza -> feed.land(stanza.toXML().toString()), StanzaTypeFilter.MESSAGE);
            connection.connect().login();
            connection.sendStanza(connection.getStanzaFactory().buildPresenceStanza()
                    .ofType(Presence.Type.available).setPriority(0).build());
            PingManager ping = PingManager.getInstanceFor(connection);
            if (!ping.pingMyServer(false)) {
                throw new IOException("the server did not answer a ping after presence");
            }
            ping.setPingInterval(PING_INTERVAL_SECONDS);
            LOG.info("Agent {}: XMPP session up at {} as {}", agent.id(), endpoint, connection.getUser());
            return new XmppSession(connection, agent);
        } catch (SmackException | XMPPException | IOException | InterruptedException failure) {
            if (connection != null) {
                connection.instantShutdown();
            }
            if (failure instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new NotificationServiceUnreachable(agent, endpoint, failure);
        }
    }

    /** Sends unavailable presence and closes the stream; Finesse then knows the session ended on purpose. */
    @Override
    public void close() {
        try {
            connection.disconnect(connection.getStanzaFactory().buildPresenceStanza()
                    .ofType(Presence.Type.unavailable).build());
        } catch (SmackException.NotConnectedException alreadyGone) {
            connection.instantShutdown();
        }
        LOG.info("Agent {}: XMPP session closed", agent.id());
    }
}
