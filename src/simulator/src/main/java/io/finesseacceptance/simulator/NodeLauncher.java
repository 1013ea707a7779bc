package io.finesseacceptance.simulator;

import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import io.finesseacceptance.simulator.nodes.FinesseDeployment;
import io.finesseacceptance.simulator.nodes.FinesseNode;
import io.finesseacceptance.simulator.notifications.NotificationPublisher;
import io.finesseacceptance.simulator.notifications.SessionPresenceSource;
import io.finesseacceptance.simulator.tls.SimulatorCertificates;
import io.finesseacceptance.simulator.webservices.ClusterNode;
import io.finesseacceptance.simulator.webservices.FinesseRestServer;
import io.finesseacceptance.simulator.webservices.NodeInDeployment;
import io.finesseacceptance.simulator.webservices.RestServerConfig;
import io.finesseacceptance.simulator.webservices.SystemInfoSettings;
import io.finesseacceptance.simulator.webservices.SystemStatus;
import io.finesseacceptance.simulator.xmpp.XmppNotificationService;
import io.finesseacceptance.simulator.xmpp.XmppServiceConfig;
import io.netty.channel.ChannelHandler;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Starts one Finesse node from the simulator's options: its notification service, then its REST server. */
final class NodeLauncher {

    private NodeLauncher() {
    }

    /**
     * A node with the embedded notification service on every door, XMPP over WebSocket on its REST port.
     *
     * @param nodeOptions the options as this node takes them ({@link SimulatorConfig#forSecondaryNode()} for the
     *                    secondary)
     */
    static FinesseNode embedded(FinesseDeployment.Seat seat, SimulatorConfig nodeOptions,
            SimulatorCertificates certificates, AgentDirectory agents, FaultSwitches faults, boolean twoNodes) {
        boolean boshHttps = nodeOptions.xmppAccess() != XmppAccess.BOSH_HTTP;
        XmppNotificationService xmpp = XmppNotificationService.start(new XmppServiceConfig(nodeOptions.bindAddress(),
                nodeOptions.xmppPort(), nodeOptions.xmppDomain(), "pubsub." + nodeOptions.xmppDomain(),
                agents::authenticates, certificates.serverContext(), false)
                .withDirectTls(nodeOptions.directTlsPort())
                .withBosh(nodeOptions.boshPort(), boshHttps).withBoshInactivity(FinesseSimulator.BOSH_INACTIVITY),
                new TeamSubscriptionRules(agents, faults));
        try {
            FinesseRestServer rest = rest(nodeOptions, certificates, agents, seat.publisher(), faults,
                    List.of(xmpp.webSocketDoor()), seat.node());
            return new FinesseNode(seat.side(), rest, baseUrl(nodeOptions, rest), xmpp, Optional.of(xmpp), twoNodes);
        } catch (Throwable failed) { // Netty rethrows a BindException unchecked
            xmpp.close();
            throw failed;
        }
    }

    /** A node whose notifications another XMPP server carries, through {@code external}. */
    static FinesseNode external(FinesseDeployment.Seat seat, SimulatorConfig nodeOptions,
            SimulatorCertificates certificates, AgentDirectory agents, FaultSwitches faults,
            NotificationPublisher external) {
        FinesseRestServer rest = rest(nodeOptions, certificates, agents, seat.publisher(), faults, List.of(),
                seat.node());
        if (external instanceof SessionPresenceSource presence) {
            presence.reportPresenceTo(rest::sessionPresenceChanged);
        }
        return new FinesseNode(seat.side(), rest, baseUrl(nodeOptions, rest), external, Optional.empty(), false);
    }

    /** How SystemInfo names a node: the advertised host, its REST port, its XMPP TCP and direct TLS ports. */
    static ClusterNode clusterNode(FinesseNode node) {
        XmppNotificationService xmpp = node.embeddedService();
        return new ClusterNode(node.baseUrl().getHost().replace("[", "").replace("]", ""), node.baseUrl().getPort(),
                xmpp.port(), xmpp.directTlsPort());
    }

    static URI baseUrl(SimulatorConfig nodeOptions, FinesseRestServer rest) {
        return URI.create((nodeOptions.restHttps() ? "https" : "http") + "://"
                + PrintedXmppSettings.literal(FinesseSimulator.advertisedHost(nodeOptions.bindAddress())) + ":"
                + rest.port());
    }

    private static FinesseRestServer rest(SimulatorConfig options, SimulatorCertificates certificates,
            AgentDirectory agents, NotificationPublisher publisher, FaultSwitches faults, List<ChannelHandler> doors,
            NodeInDeployment node) {
        String domain = options.xmppDomain();
        SystemInfoSettings systemInfo = new SystemInfoSettings(options.deploymentType(), domain, "pubsub." + domain,
                FinesseSimulator.advertisedHost(options.bindAddress()), "", SystemStatus.IN_SERVICE,
                SystemInfoSettings.ctiVersion(options.deploymentType(), options.release()), 0);
        RestServerConfig restConfig = new RestServerConfig(options.bindAddress(), options.restPort(), systemInfo,
                options.effectiveNotificationDelay()).withLockout(options.lockout())
                .withDesktopDisconnect(options.forcedLogoutGrace(), options.logoutOnAgentDisconnect())
                .withForcedLogoutPresence(options.forcedLogoutPresence())
                .withRelease(options.release());
        if (options.restHttps()) {
            restConfig = restConfig.withTls(certificates.serverContext());
        }
        return FinesseRestServer.start(restConfig, agents, publisher, faults, doors, node);
    }
}
