package io.finesseacceptance.notify;

import io.finesseacceptance.settings.AgentAccount;
import java.io.IOException;
import org.jivesoftware.smack.AbstractXMPPConnection;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smackx.ping.PingManager;
import org.jxmpp.stringprep.XmppStringprepException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An agent's Finesse desktop, as far as the notification service can tell: an XMPP session bound to the
 * resource {@value #RESOURCE}, which Cisco reserves for the desktop (docs/finesse-contract.md §14), with
 * available presence. It is a separate session: the suite's own session for the agent stays up while this
 * one goes away, as a closed browser or a pulled cable would make it. It never reconnects by itself.
 */
public final class DesktopSession implements AutoCloseable {

    public static final String RESOURCE = "desktop";
    private static final Logger LOG = LoggerFactory.getLogger(DesktopSession.class);

    private final AgentAccount agent;
    private final AbstractXMPPConnection connection;
    private final Keepalive keepalive;

    private DesktopSession(AgentAccount agent, AbstractXMPPConnection connection) {
        this.agent = agent;
        this.connection = connection;
        // a desktop that went quiet would be signed out by Finesse for that alone, not for what a scenario does
        this.keepalive = Keepalive.start(connection, () -> LOG.warn("Agent {}: the desktop session's keepalive ping"
                + " went unanswered", agent.id()));
    }

    /** Opens the desktop's session and announces it available; returns once the server has its presence. */
    public static DesktopSession open(NotificationEndpoint endpoint, AgentAccount agent) {
        AbstractXMPPConnection connection;
        try {
            connection = XmppConnections.create(endpoint, agent, RESOURCE);
        } catch (XmppStringprepException malformed) {
            throw new NotificationServiceUnreachable(agent, endpoint, malformed);
        }
        try {
            connection.setReplyTimeout(endpoint.replyTimeout().toMillis());
            Roster.getInstanceFor(connection).setRosterLoadedAtLogin(false);
            XmppConnections.connectAndLogin(connection);
            connection.sendStanza(connection.getStanzaFactory().buildPresenceStanza()
                    .ofType(Presence.Type.available).setPriority(0).build());
            // an IQ round trip: the presence before it has been processed when the answer comes
            PingManager.getInstanceFor(connection).pingMyServer(false);
        } catch (SmackException | XMPPException | IOException | InterruptedException failure) {
            connection.instantShutdown();
            if (failure instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new NotificationServiceUnreachable(agent, endpoint, failure);
        }
        LOG.info("Agent {}: desktop session up as {}", agent.id(), connection.getUser());
        return new DesktopSession(agent, connection);
    }

    /** The desktop says it is going (a closed browser tab): unavailable presence, the connection stays. */
    public void goOffline() {
        try {
            connection.sendStanza(connection.getStanzaFactory().buildPresenceStanza()
                    .ofType(Presence.Type.unavailable).build());
            PingManager.getInstanceFor(connection).pingMyServer(false);
        } catch (SmackException.NotConnectedException | InterruptedException gone) {
            if (gone instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("agent " + agent.id() + ": the desktop session was already gone", gone);
        }
        LOG.info("Agent {}: desktop went offline (unavailable presence)", agent.id());
    }

    /**
     * The desktop vanishes without a word (a crash, a pulled cable): the connection is cut with no unavailable
     * presence and no end of stream, and nothing of it goes on: over TCP the socket closes without
     * {@code </stream:stream>}, over WebSocket the connection ends without a close frame, over BOSH no terminate body
     * and no further request leaves ({@link LabBoshConnection}). The server learns of it as of a crash: the
     * connection is gone, or (BOSH) the session falls silent until its inactivity timeout.
     */
    public void dropWithoutAWord() {
        keepalive.close();
        connection.instantShutdown();
        LOG.info("Agent {}: desktop connection dropped without a word", agent.id());
    }

    /**
     * Ends what is left of the session: a desktop still open signs off properly (unavailable presence, end of stream),
     * so a shared lab does not keep a session that only its inactivity timeout would end; one already gone stays gone.
     * Either way nothing of it is left running (no BOSH poll, no socket).
     */
    @Override
    public void close() {
        keepalive.close();
        if (connection.isConnected()) {
            connection.disconnect();
        } else {
            connection.instantShutdown();
        }
    }
}
