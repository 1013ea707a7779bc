package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.agents.AgentTransitions;
import io.finesseacceptance.simulator.agents.DesktopDisconnectRule;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import io.finesseacceptance.simulator.notifications.DesktopPresence;
import io.finesseacceptance.simulator.notifications.NotificationPublisher;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The simulated Finesse REST API ({@code /finesse/api}) on a Netty server: HTTPS or plain HTTP on the
 * main port, optionally plain HTTP on a second port too. Other doors may share its ports, as Finesse 12.6
 * serves XMPP over WebSocket at {@code /ws/} on 8445.
 */
public final class FinesseRestServer implements AutoCloseable {

    /** Finesse rejects larger request bodies; the simulator answers 413. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    /** The node SystemInfo notifications are published on. */
    public static final String SYSTEM_INFO_NODE = "/finesse/api/SystemInfo";

    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(5);

    private final Resources resources;
    private final Channel mainChannel;
    private final Channel plainChannel;
    private final boolean https;
    private final String host;
    private final DesktopPresenceWatch presenceWatch;
    private final SimulatorControls controls;
    private final SystemInfoResource systemInfo;
    private final UserStateUpdates updates;
    private final AgentDirectory agents;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** What close() must release, in one place so a failed start can release it too. */
    private record Resources(EventLoopGroup bossGroup, EventLoopGroup workerGroup, ScheduledExecutorService scheduler,
            JoinableThreadFactory threads) {

        void shutDown() {
            scheduler.shutdownNow();
            var boss = bossGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS);
            var workers = workerGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS);
            boss.syncUninterruptibly();
            workers.syncUninterruptibly();
            threads.joinAll(SHUTDOWN_TIMEOUT);
        }
    }

    private FinesseRestServer(Resources resources, Channel mainChannel, Channel plainChannel, boolean https,
            String host, DesktopPresenceWatch presenceWatch, SystemInfoResource systemInfo, UserStateUpdates updates,
            AgentDirectory agents) {
        this.resources = resources;
        this.mainChannel = mainChannel;
        this.plainChannel = plainChannel;
        this.https = https;
        this.host = host;
        this.presenceWatch = presenceWatch;
        this.systemInfo = systemInfo;
        this.updates = updates;
        this.agents = agents;
        this.controls = new SimulatorControls(systemInfo, agents.reasonCodes());
    }

    public static FinesseRestServer start(RestServerConfig config, AgentDirectory agents,
            NotificationPublisher publisher, FaultSwitches faults) {
        return start(config, agents, publisher, faults, List.of());
    }

    /**
     * The same with {@code doors} on every port: sharable handlers placed after the HTTP codec and aggregator,
     * before the API, each taking the requests it serves (e.g. a WebSocket upgrade) and passing the rest on.
     */
    public static FinesseRestServer start(RestServerConfig config, AgentDirectory agents,
            NotificationPublisher publisher, FaultSwitches faults, List<ChannelHandler> doors) {
        return start(config, agents, publisher, faults, doors, NodeInDeployment.single());
    }

    /**
     * The same as one node of a deployment whose nodes share {@code agents} (one CTI server behind them):
     * the node's name goes with every change it takes, so {@code publisher} can tell the node that took a
     * request from the others.
     */
    public static FinesseRestServer start(RestServerConfig config, AgentDirectory agents,
            NotificationPublisher publisher, FaultSwitches faults, List<ChannelHandler> doors, NodeInDeployment node) {
        Clock clock = Clock.systemUTC();
        JoinableThreadFactory threads = new JoinableThreadFactory("finesse-rest");
        Resources resources = new Resources(new NioEventLoopGroup(1, threads), new NioEventLoopGroup(2, threads),
                Executors.newSingleThreadScheduledExecutor(threads), threads);
        try {
            var deploymentType = config.systemInfo().deploymentType();
            AgentTransitions transitions = new AgentTransitions(deploymentType, agents.reasonCodes(),
                    new SwitchedRefusalForms(faults));
            // one writer of User documents for GET and Updates alike, as the release writes them
            UserXml userXml = new UserXml(config.release(), agents::supervisedTeams);
            UserStateUpdates updates = new UserStateUpdates(transitions, faults, publisher, resources.scheduler(),
                    config.notificationDelay(), clock, userXml, node.name());
            SystemInfoResource systemInfo = new SystemInfoResource(config.systemInfo(), faults, clock);
            FinesseHttpHandler handler = new FinesseHttpHandler(new ApiRouter(agents, faults,
                    new FailedSignInCounter(config.lockout(), clock), systemInfo,
                    new UserResource(agents, updates, faults, userXml, node), new UserReasonCodesResource(agents),
                    new TeamResource(agents, userXml)));
            DesktopPresenceWatch presenceWatch = new DesktopPresenceWatch(agents, updates,
                    new DesktopDisconnectRule(deploymentType, config.logoutOnAgentDisconnect()),
                    resources.scheduler(), config.desktopDisconnectGrace(), clock, faults,
                    config.forcedLogoutPresence());

            Channel main = bind(resources, config.bindHost(), config.port(),
                    new RestChannelInitializer(config.tls(), config.idleTimeout(), MAX_BODY_BYTES, doors, handler));
            Channel plain = config.plainHttpPort() == RestServerConfig.NO_PLAIN_HTTP_PORT ? null
                    : bind(resources, config.bindHost(), config.plainHttpPort(),
                            new RestChannelInitializer(null, config.idleTimeout(), MAX_BODY_BYTES, doors, handler));
            return new FinesseRestServer(resources, main, plain, config.servesHttps(), config.bindHost(),
                    presenceWatch, systemInfo, updates, agents);
        } catch (Throwable e) { // Netty rethrows a BindException unchecked
            resources.shutDown();
            throw e;
        }
    }

    private static Channel bind(Resources resources, String host, int port, RestChannelInitializer initializer) {
        return new ServerBootstrap()
                .group(resources.bossGroup(), resources.workerGroup())
                .channel(NioServerSocketChannel.class)
                .childHandler(initializer)
                .bind(host, port).syncUninterruptibly().channel();
    }

    /** The main port: HTTPS when the config has a TLS context, plain HTTP otherwise. */
    public int port() {
        return portOf(mainChannel);
    }

    /** {@code https://host:port} (or {@code http://} without TLS), without the {@code /finesse/api} prefix. */
    public URI baseUrl() {
        return url(https ? "https" : "http", port());
    }

    /** The additional plain-HTTP listener's {@code http://host:port}; empty when none was configured. */
    public Optional<URI> plainBaseUrl() {
        return Optional.ofNullable(plainChannel).map(channel -> url("http", portOf(channel)));
    }

    /** Runtime switches for out-of-service mode and required reason codes. */
    public SimulatorControls controls() {
        return controls;
    }

    /**
     * The Update a SystemInfo notification carries on {@code /finesse/api/SystemInfo}: the SystemInfo document as
     * GET answers it now, an empty requestId (nobody asked), {@code /finesse/api/SystemInfo} as source.
     */
    public String systemInfoUpdate() {
        return UpdateXml.forPut(systemInfo.document(), "", SYSTEM_INFO_NODE);
    }

    /** Publishes the state of every signed-in agent again, after everything already applied (a CTI failover). */
    public void republishSignedInAgents() {
        updates.republishSignedIn(Stream.concat(agents.all().stream(), agents.supervisors().stream())
                .toList());
    }

    /**
     * Tells the server an agent's desktop presence changed, as Finesse learns from its notification
     * service. Unavailable starts the forced-logout grace period for a signed-in agent; available
     * within it cancels the forced logout. Unknown ids are ignored.
     */
    public void desktopPresenceChanged(String agentId, boolean available) {
        desktopPresenceChanged(agentId, available ? DesktopPresence.AVAILABLE : DesktopPresence.UNAVAILABLE);
    }

    /**
     * As {@link #desktopPresenceChanged(String, boolean)}, saying how the desktop went: every value but
     * AVAILABLE starts the grace period (a silent drop not under the DROPPED_DESKTOP_NOT_NOTICED fault).
     */
    public void desktopPresenceChanged(String agentId, DesktopPresence presence) {
        presenceWatch.presenceChanged(agentId, DesktopPresence.DESKTOP_RESOURCE, presence);
    }

    /**
     * Tells the server one session of an agent came or went, on any resource, as Finesse learns it from the presence
     * it is subscribed to; which sessions count is {@link RestServerConfig#forcedLogoutPresence()}. Unknown ids are
     * ignored.
     */
    public void sessionPresenceChanged(String agentId, String resource, DesktopPresence presence) {
        presenceWatch.presenceChanged(agentId, resource, presence);
    }

    /** Whether a forced logout is counting down for the agent (its desktop is unavailable). */
    public boolean isForcedLogoutPending(String agentId) {
        return presenceWatch.isCountingDown(agentId);
    }

    private URI url(String scheme, int port) {
        String literal = host.contains(":") ? "[" + host + "]" : host;
        return URI.create(scheme + "://" + literal + ":" + port);
    }

    private static int portOf(Channel channel) {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    /** Idempotent; returns once every thread the server started has ended. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            mainChannel.close().syncUninterruptibly();
            if (plainChannel != null) {
                plainChannel.close().syncUninterruptibly();
            }
            resources.shutDown();
        }
    }
}
