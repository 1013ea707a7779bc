package io.finesseacceptance.simulator.xmpp;

import io.finesseacceptance.simulator.notifications.NotificationPublisher;
import io.finesseacceptance.simulator.notifications.SessionPresenceListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.ImmediateEventExecutor;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's stand-in for the Cisco Finesse Notification Service (Openfire): an XMPP server
 * that authenticates agents, lets them subscribe to pubsub nodes, and delivers published Finesse
 * updates in Finesse's wire format. Its doors: TCP, direct TLS and BOSH listeners of its own, and
 * XMPP over WebSocket through {@link #webSocketDoor()} on a web server's port (Finesse 12.6's 8445).
 */
public final class XmppNotificationService implements NotificationPublisher, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(XmppNotificationService.class);
    static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(5);
    /** Where the WebSocket door answers on its web server, as Finesse 12.6 serves it on 8445. */
    public static final String WEBSOCKET_PATH = XmppWebSocketGate.PATH + "/";

    private final XmppListeners listeners;
    private final ChannelGroup streamConnections;
    private final ChannelGroup boshConnections;
    private final ChannelGroup webSocketConnections;
    private final XmppWebSocketGate webSocketGate;
    private final BoshSessions boshSessions;
    private final SessionRegistry sessions;
    private final SubscriptionStore subscriptions;
    private final NotificationRouter router;
    private final StanzaCore core;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** Binds the listeners before the WebSocket door and the router exist: a port taken leaves nothing running. */
    private XmppNotificationService(XmppServiceConfig config, Duration idleTimeout, PubSubRules rules) {
        this.subscriptions = new SubscriptionStore();
        this.sessions = new SessionRegistry();
        this.core = new StanzaCore(config, sessions,
                new IqHandler(config.domain(), config.pubsubDomain(), subscriptions, rules));
        // ImmediateEventExecutor rather than GlobalEventExecutor: the latter leaves a non-daemon thread behind
        this.streamConnections = new DefaultChannelGroup("xmpp-clients", ImmediateEventExecutor.INSTANCE);
        this.boshConnections = new DefaultChannelGroup("bosh-clients", ImmediateEventExecutor.INSTANCE);
        this.webSocketConnections = new DefaultChannelGroup("websocket-clients", ImmediateEventExecutor.INSTANCE);
        this.boshSessions = new BoshSessions(core, config.boshTls());
        this.listeners = XmppListeners.bind(core, boshSessions, streamConnections, boshConnections, idleTimeout);
        this.webSocketGate = new XmppWebSocketGate(core, idleTimeout, webSocketConnections);
        this.router = new NotificationRouter(config.pubsubDomain(), sessions, subscriptions);
    }

    /** Binds every configured listener and returns once they all accept connections. */
    public static XmppNotificationService start(XmppServiceConfig config) {
        return start(config, PubSubRules.OPEN);
    }

    /** The same, with {@code rules} deciding who may subscribe to what (e.g. team nodes: their supervisors). */
    public static XmppNotificationService start(XmppServiceConfig config, PubSubRules rules) {
        return start(config, DEFAULT_IDLE_TIMEOUT, rules);
    }

    static XmppNotificationService start(XmppServiceConfig config, Duration idleTimeout) {
        return start(config, idleTimeout, PubSubRules.OPEN);
    }

    static XmppNotificationService start(XmppServiceConfig config, Duration idleTimeout, PubSubRules rules) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(rules, "rules");
        XmppNotificationService service = new XmppNotificationService(config, idleTimeout, rules);
        LOG.info("XMPP notification service for {} listening on {}", config.domain(), service.listeners.addresses());
        return service;
    }

    /** The plain TCP port (STARTTLS offered when the config has a TLS context). */
    public int port() {
        return listeners.tcpPort();
    }

    /** The direct TLS port (TLS from the first byte, like Finesse's 5223), -1 when off. */
    public int directTlsPort() {
        return listeners.directTlsPort();
    }

    /** The BOSH HTTP(S) port, -1 when off. */
    public int boshPort() {
        return listeners.boshPort();
    }

    /** Where BOSH clients connect, e.g. {@code https://127.0.0.1:7443/http-bind}; null when BOSH is off. */
    public URI boshUrl() {
        return listeners.boshUrl();
    }

    /**
     * The handler a web server puts in each connection's pipeline after its HTTP codec and aggregator, before
     * its own handler, to serve XMPP over WebSocket (RFC 7395, subprotocol {@code xmpp}) at {@value #WEBSOCKET_PATH}
     * on its port: wss on an HTTPS server, ws on a plain one. Requests for other paths pass on untouched. The
     * streams follow the same conversation, idle rule and session drops as TCP and BOSH. Sharable.
     */
    public ChannelHandler webSocketDoor() {
        return webSocketGate;
    }

    /** Queues the update for every receiver and returns at once; callable from any thread. */
    @Override
    public void publish(String node, String updateXml) {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(updateXml, "updateXml");
        router.publish(node, updateXml);
    }

    /** Ends every stream of the user as a restarting server does; the client must log in again. */
    @Override
    public void dropSessions(String username) {
        sessions.boundResources(username).forEach(session -> session.endStream(StreamError.SYSTEM_SHUTDOWN));
    }

    /**
     * Takes the service down as a crash would: every client connection is cut (BOSH sessions end), and new
     * ones are turned away on every door, WebSocket upgrades with 503, until {@link #comeUp()}. The listeners
     * keep their ports.
     */
    public void goDown() {
        core.admission().close();
        streamConnections.close();
        webSocketConnections.close();
        boshSessions.endAll();
        boshConnections.close();
        LOG.info("XMPP notification service for {} down", core.config().domain());
    }

    /** Takes connections again after {@link #goDown()}. */
    public void comeUp() {
        core.admission().open();
        LOG.info("XMPP notification service for {} up", core.config().domain());
    }

    public boolean isUp() {
        return core.admission().isOpen();
    }

    /**
     * Ends every bound session's stream as the server does when it moves its users elsewhere (Finesse's
     * maintenance mode); the clients may connect again.
     */
    public void endEverySession() {
        sessions.allBound().forEach(session -> session.endStream(StreamError.SYSTEM_SHUTDOWN));
    }

    /** The users with at least one session bound to the service. */
    public Set<String> connectedUsers() {
        return sessions.boundUsers();
    }

    /**
     * Told after any session is bound or goes. Called on a network thread while session state is locked: it must
     * only hand the work off (and must not call back into this service on that thread).
     */
    public void addSessionListener(Runnable listener) {
        sessions.addSessionListener(Objects.requireNonNull(listener, "listener"));
    }

    public void removeSessionListener(Runnable listener) {
        sessions.removeSessionListener(listener);
    }

    /**
     * From now on the XMPP user {@code finesse@<domain>} sends its presence to every session after the session's
     * initial available presence, and again whenever it changes ({@link #setFinesseUserAvailable}), as a
     * Finesse node does to tell clients its web services are up.
     */
    public void simulateFinesseUser() {
        core.finesseUser().simulate();
    }

    /** The {@code finesse} user's presence: unavailable while the node's web services are down. */
    public void setFinesseUserAvailable(boolean available) {
        core.finesseUser().change(available, sessions.allAvailableResources());
    }

    public boolean isFinesseUserAvailable() {
        return core.finesseUser().isAvailable();
    }

    /** The XMPP domain, the host part of every user's JID. */
    public String domain() {
        return core.config().domain();
    }

    public void addPresenceListener(PresenceListener listener) {
        sessions.addListener(Objects.requireNonNull(listener, "listener"));
    }

    /** Follows each user's {@code desktop} session alone, as Finesse's forced logout does. */
    public void addDesktopPresenceListener(DesktopPresenceListener listener) {
        sessions.addDesktopListener(Objects.requireNonNull(listener, "listener"));
    }

    /** Follows every session of every user, per resource: what Finesse's forced logout may follow (§14.3). */
    public void addSessionPresenceListener(SessionPresenceListener listener) {
        sessions.addSessionPresenceListener(Objects.requireNonNull(listener, "listener"));
    }

    /** Nodes the user subscribed to explicitly and has not unsubscribed from, connected or not. */
    public List<String> explicitSubscriptions(String username) {
        return subscriptions.nodesOf(username);
    }

    /**
     * Ends every client stream (WebSocket ones too) and BOSH session, stops listening and stops the event loops;
     * waits for all of it. The web server carrying the WebSocket door keeps running, its door refusing upgrades.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        listeners.stopListening();
        boshSessions.close();
        webSocketGate.close();
        webSocketConnections.forEach(channel -> Optional.ofNullable(channel.pipeline().get(XmppWebSocketConnection.class))
                .ifPresent(stream -> stream.endStream(StreamError.SYSTEM_SHUTDOWN)));
        webSocketConnections.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        streamConnections.forEach(channel -> channel.eventLoop().execute(() -> StreamError.send(channel, StreamError.SYSTEM_SHUTDOWN)));
        streamConnections.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        // after the sessions' shutdown tasks on the same loops, so held requests get their answers first
        listeners.drainWorkers();
        boshConnections.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        listeners.stopEventLoops();
        LOG.info("XMPP notification service stopped");
    }

    /** Bound resources over every transport, for tests that check sessions end. */
    int boundSessionCount() {
        return sessions.size();
    }

    /** BOSH sessions alive now, for tests that check sessions are reaped. */
    int boshSessionCount() {
        return boshSessions.size();
    }
}
