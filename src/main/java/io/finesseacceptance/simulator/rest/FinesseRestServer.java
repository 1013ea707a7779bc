package io.finesseacceptance.simulator.rest;

import io.finesseacceptance.simulator.NotificationPublisher;
import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.agents.AgentTransitions;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** The simulated Finesse REST API ({@code /finesse/api}) on a Netty HTTP server. */
public final class FinesseRestServer implements AutoCloseable {

    /** Finesse rejects larger request bodies; the simulator answers 413. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(5);

    private final EventLoopGroup bossGroup;
    private final EventLoopGroup workerGroup;
    private final ScheduledExecutorService scheduler;
    private final JoinableThreadFactory threads;
    private final Channel serverChannel;
    private final String host;
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();

    private FinesseRestServer(EventLoopGroup bossGroup, EventLoopGroup workerGroup,
            ScheduledExecutorService scheduler, JoinableThreadFactory threads, Channel serverChannel, String host) {
        this.bossGroup = bossGroup;
        this.workerGroup = workerGroup;
        this.scheduler = scheduler;
        this.threads = threads;
        this.serverChannel = serverChannel;
        this.host = host;
        this.port = ((InetSocketAddress) serverChannel.localAddress()).getPort();
    }

    public static FinesseRestServer start(RestServerConfig config, AgentDirectory agents,
            NotificationPublisher publisher, FaultSwitches faults) {
        Clock clock = Clock.systemUTC();
        JoinableThreadFactory threads = new JoinableThreadFactory("finesse-rest");
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(threads);
        AgentTransitions transitions = new AgentTransitions(config.systemInfo().deploymentType(), agents.reasonCodes());
        UserStateUpdates updates = new UserStateUpdates(transitions, faults, publisher, scheduler,
                config.notificationDelay(), clock);
        FinesseHttpHandler handler = new FinesseHttpHandler(new ApiRouter(agents,
                new SystemInfoResource(config.systemInfo(), faults, clock),
                new UserResource(agents, updates, faults),
                new UserReasonCodesResource(agents)));

        EventLoopGroup bossGroup = new NioEventLoopGroup(1, threads);
        EventLoopGroup workerGroup = new NioEventLoopGroup(2, threads);
        try {
            Channel channel = new ServerBootstrap()
                    .group(bossGroup, workerGroup)
                    .channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new HttpServerCodec(),
                                    new HttpObjectAggregator(MAX_BODY_BYTES), handler);
                        }
                    })
                    .bind(config.bindHost(), config.port()).syncUninterruptibly().channel();
            return new FinesseRestServer(bossGroup, workerGroup, scheduler, threads, channel, config.bindHost());
        } catch (RuntimeException e) {
            shutDown(bossGroup, workerGroup, scheduler, threads);
            throw e;
        }
    }

    public int port() {
        return port;
    }

    /** {@code http://host:port}, without the {@code /finesse/api} prefix. */
    public URI baseUrl() {
        String literal = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + literal + ":" + port);
    }

    /** Idempotent; returns once every thread the server started has ended. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            serverChannel.close().syncUninterruptibly();
            shutDown(bossGroup, workerGroup, scheduler, threads);
        }
    }

    private static void shutDown(EventLoopGroup bossGroup, EventLoopGroup workerGroup,
            ScheduledExecutorService scheduler, JoinableThreadFactory threads) {
        scheduler.shutdownNow();
        var boss = bossGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        var workers = workerGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        boss.syncUninterruptibly();
        workers.syncUninterruptibly();
        threads.joinAll(SHUTDOWN_TIMEOUT);
    }
}
