package io.finesseacceptance.simulator.xmpp;

import io.finesseacceptance.simulator.notifications.NotificationPublisher;
import io.finesseacceptance.simulator.notifications.SessionPresenceListener;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.netty.util.concurrent.ImmediateEventExecutor;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
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

    private final EventLoopGroup acceptor;
    private final EventLoopGroup workers;
    private final List<Channel> listeners;
    private final Channel tcpListener;
    private final Channel directTlsListener;
    private final Channel boshListener;
    private final boolean boshTls;
    // ImmediateEventExecutor rather than GlobalEventExecutor: the latter leaves a non-daemon thread behind
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

    private XmppNotificationService(Parts parts) {
        this.acceptor = parts.acceptor;
        this.workers = parts.workers;
        this.tcpListener = parts.tcpListener;
        this.directTlsListener = parts.directTlsListener;
        this.boshListener = parts.boshListener;
        this.listeners = Stream.of(tcpListener, directTlsListener, boshListener).filter(Objects::nonNull).toList();
        this.boshTls = parts.core.config().boshTls();
        this.streamConnections = parts.streamConnections;
        this.boshConnections = parts.boshConnections;
        this.webSocketConnections = parts.webSocketConnections;
        this.webSocketGate = new XmppWebSocketGate(parts.core, parts.idleTimeout, webSocketConnections);
        this.boshSessions = parts.boshSessions;
        this.sessions = parts.core.sessions();
        this.subscriptions = parts.subscriptions;
        this.router = new NotificationRouter(parts.core.config().pubsubDomain(), sessions, subscriptions);
        this.core = parts.core;
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
        Parts parts = new Parts();
        parts.subscriptions = new SubscriptionStore();
        parts.core = new StanzaCore(config, new SessionRegistry(),
                new IqHandler(config.domain(), config.pubsubDomain(), parts.subscriptions, rules));
        parts.streamConnections = new DefaultChannelGroup("xmpp-clients", ImmediateEventExecutor.INSTANCE);
        parts.boshConnections = new DefaultChannelGroup("bosh-clients", ImmediateEventExecutor.INSTANCE);
        parts.webSocketConnections = new DefaultChannelGroup("websocket-clients", ImmediateEventExecutor.INSTANCE);
        parts.idleTimeout = idleTimeout;
        parts.boshSessions = new BoshSessions(parts.core, config.boshTls());
        parts.acceptor = new NioEventLoopGroup(1, new DefaultThreadFactory("xmpp-accept", true));
        parts.workers = new NioEventLoopGroup(0, new DefaultThreadFactory("xmpp-io", true));
        try {
            parts.tcpListener = TcpStreamListener.bind(parts.core, parts.acceptor, parts.workers, parts.streamConnections,
                    config.port(), false, idleTimeout);
            if (config.directTlsPort() != XmppServiceConfig.OFF) {
                parts.directTlsListener = TcpStreamListener.bind(parts.core, parts.acceptor, parts.workers,
                        parts.streamConnections, config.directTlsPort(), true, idleTimeout);
            }
            if (config.boshPort() != XmppServiceConfig.OFF) {
                parts.boshListener = BoshListener.bind(parts.core, parts.boshSessions, parts.acceptor, parts.workers,
                        parts.boshConnections, idleTimeout);
            }
        } catch (Throwable e) { // Netty rethrows a BindException unchecked
            Stream.of(parts.tcpListener, parts.directTlsListener).filter(Objects::nonNull).forEach(Channel::close);
            shutDown(parts.acceptor, parts.workers);
            throw e;
        }
        XmppNotificationService service = new XmppNotificationService(parts);
        LOG.info("XMPP notification service for {} listening on {}", config.domain(),
                service.listeners.stream().map(Channel::localAddress).toList());
        return service;
    }

    /** The plain TCP port (STARTTLS offered when the config has a TLS context). */
    public int port() {
        return portOf(tcpListener);
    }

    /** The direct TLS port (TLS from the first byte, like Finesse's 5223), -1 when off. */
    public int directTlsPort() {
        return portOf(directTlsListener);
    }

    /** The BOSH HTTP(S) port, -1 when off. */
    public int boshPort() {
        return portOf(boshListener);
    }

    /** Where BOSH clients connect, e.g. {@code https://127.0.0.1:7443/http-bind}; null when BOSH is off. */
    public URI boshUrl() {
        if (boshListener == null) {
            return null;
        }
        InetSocketAddress address = (InetSocketAddress) boshListener.localAddress();
        String host = address.getAddress().getHostAddress();
        return URI.create((boshTls ? "https" : "http") + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                + address.getPort() + BoshHttpHandler.PATH);
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
        listeners.forEach(listener -> listener.close().syncUninterruptibly());
        boshSessions.close();
        webSocketGate.close();
        webSocketConnections.forEach(channel -> Optional.ofNullable(channel.pipeline().get(XmppWebSocketConnection.class))
                .ifPresent(stream -> stream.endStream(StreamError.SYSTEM_SHUTDOWN)));
        webSocketConnections.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        streamConnections.forEach(channel -> channel.eventLoop().execute(() -> StreamError.send(channel, StreamError.SYSTEM_SHUTDOWN)));
        streamConnections.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        // after the sessions' shutdown tasks on the same loops, so held requests get their answers first
        workers.forEach(loop -> loop.submit(() -> { }).awaitUninterruptibly(2, TimeUnit.SECONDS));
        boshConnections.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        shutDown(acceptor, workers);
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

    private static int portOf(Channel listener) {
        return listener == null ? XmppServiceConfig.OFF : ((InetSocketAddress) listener.localAddress()).getPort();
    }

    private static void shutDown(EventLoopGroup acceptor, EventLoopGroup workers) {
        acceptor.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        acceptor.terminationFuture().awaitUninterruptibly(5, TimeUnit.SECONDS);
        workers.terminationFuture().awaitUninterruptibly(5, TimeUnit.SECONDS);
        // Netty reports event loop termination through GlobalEventExecutor, whose thread lingers about
        // a second after its last task; waiting for it keeps close() from leaving a thread behind
        try {
            GlobalEventExecutor.INSTANCE.awaitInactivity(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What start() assembles before the service exists. */
    private static final class Parts {
        StanzaCore core;
        SubscriptionStore subscriptions;
        ChannelGroup streamConnections;
        ChannelGroup boshConnections;
        ChannelGroup webSocketConnections;
        Duration idleTimeout;
        BoshSessions boshSessions;
        EventLoopGroup acceptor;
        EventLoopGroup workers;
        Channel tcpListener;
        Channel directTlsListener;
        Channel boshListener;
    }
}
