package io.finesseacceptance.simulator.xmpp;

import io.finesseacceptance.simulator.NotificationPublisher;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.string.StringEncoder;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.netty.util.concurrent.ImmediateEventExecutor;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's stand-in for the Cisco Finesse Notification Service (Openfire): an XMPP server
 * that authenticates agents, lets them subscribe to pubsub nodes, and delivers published Finesse
 * updates in Finesse's wire format.
 */
public final class XmppNotificationService implements NotificationPublisher, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(XmppNotificationService.class);
    static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(5);
    // unsent bytes a connection may accumulate before it is dropped as not reading
    private static final int BACKLOG_LIMIT = 32 * 1024 * 1024;

    private final EventLoopGroup acceptor;
    private final EventLoopGroup workers;
    private final Channel serverChannel;
    // ImmediateEventExecutor rather than GlobalEventExecutor: the latter leaves a non-daemon thread behind
    private final ChannelGroup connections;
    private final SessionRegistry sessions;
    private final SubscriptionStore subscriptions;
    private final NotificationRouter router;
    private final AtomicBoolean closed = new AtomicBoolean();

    private XmppNotificationService(EventLoopGroup acceptor, EventLoopGroup workers, Channel serverChannel,
                                    ChannelGroup connections, SessionRegistry sessions, SubscriptionStore subscriptions,
                                    NotificationRouter router) {
        this.acceptor = acceptor;
        this.workers = workers;
        this.serverChannel = serverChannel;
        this.connections = connections;
        this.sessions = sessions;
        this.subscriptions = subscriptions;
        this.router = router;
    }

    /** Binds and returns once the service accepts connections. */
    public static XmppNotificationService start(XmppServiceConfig config) {
        return start(config, DEFAULT_IDLE_TIMEOUT);
    }

    static XmppNotificationService start(XmppServiceConfig config, Duration idleTimeout) {
        Objects.requireNonNull(config, "config");
        SessionRegistry sessions = new SessionRegistry();
        SubscriptionStore subscriptions = new SubscriptionStore();
        IqHandler iqs = new IqHandler(config.domain(), config.pubsubDomain(), subscriptions);
        ChannelGroup connections = new DefaultChannelGroup("xmpp-clients", ImmediateEventExecutor.INSTANCE);
        EventLoopGroup acceptor = new NioEventLoopGroup(1, new DefaultThreadFactory("xmpp-accept", true));
        EventLoopGroup workers = new NioEventLoopGroup(0, new DefaultThreadFactory("xmpp-io", true));
        try {
            Channel server = new ServerBootstrap()
                    .group(acceptor, workers)
                    .channel(NioServerSocketChannel.class)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(BACKLOG_LIMIT / 2, BACKLOG_LIMIT))
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel channel) {
                            connections.add(channel);
                            XmppStreamDecoder decoder = new XmppStreamDecoder();
                            channel.pipeline()
                                    // half the timeout: the first silent half earns a ping, the second a disconnect
                                    .addLast("idle", new IdleStateHandler(idleTimeout.toMillis() / 2, 0, 0, TimeUnit.MILLISECONDS))
                                    .addLast("encoder", new StringEncoder(StandardCharsets.UTF_8))
                                    .addLast("decoder", decoder)
                                    .addLast("xmpp", new XmppConnectionHandler(config, sessions, iqs, decoder));
                        }
                    })
                    .bind(new InetSocketAddress(config.bindHost(), config.port()))
                    .syncUninterruptibly()
                    .channel();
            XmppNotificationService service = new XmppNotificationService(acceptor, workers, server, connections,
                    sessions, subscriptions, new NotificationRouter(config.pubsubDomain(), sessions, subscriptions));
            LOG.info("XMPP notification service for {} listening on {}", config.domain(), server.localAddress());
            return service;
        } catch (RuntimeException e) {
            shutDown(acceptor, workers);
            throw e;
        }
    }

    public int port() {
        return ((InetSocketAddress) serverChannel.localAddress()).getPort();
    }

    /** Queues the update for every receiver and returns at once; callable from any thread. */
    @Override
    public void publish(String node, String updateXml) {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(updateXml, "updateXml");
        router.publish(node, updateXml);
    }

    public void addPresenceListener(PresenceListener listener) {
        sessions.addListener(Objects.requireNonNull(listener, "listener"));
    }

    /** Nodes the user subscribed to explicitly and has not unsubscribed from, connected or not. */
    public List<String> explicitSubscriptions(String username) {
        return subscriptions.nodesOf(username);
    }

    /** Ends every client stream, stops listening and stops the event loops; waits for all of it. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        serverChannel.close().syncUninterruptibly();
        connections.forEach(channel -> channel.eventLoop().execute(() -> StreamError.send(channel, StreamError.SYSTEM_SHUTDOWN)));
        connections.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        shutDown(acceptor, workers);
        LOG.info("XMPP notification service stopped");
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
}
