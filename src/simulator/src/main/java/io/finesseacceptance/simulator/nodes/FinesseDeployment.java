package io.finesseacceptance.simulator.nodes;

import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import io.finesseacceptance.simulator.notifications.NotificationPublisher;
import io.finesseacceptance.simulator.webservices.ClusterNode;
import io.finesseacceptance.simulator.webservices.NodeInDeployment;
import io.finesseacceptance.simulator.webservices.StaleReads;
import io.finesseacceptance.simulator.webservices.SystemStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A Finesse deployment of one node or two (primary and secondary), joined as Unified CCE joins them: one CTI
 * server, so one agent directory whose changes every node publishes on its own notification service, each node
 * with its own status (docs/finesse-contract.md §20). Acts on the whole deployment (a status for every node, a
 * CTI failover) or on one node (its status, notification service, {@code finesse} user, maintenance mode).
 */
public final class FinesseDeployment implements AutoCloseable {

    /** What a node needs from the deployment to start: whom to publish through, and its place in it. */
    public record Seat(Side side, NotificationPublisher publisher, NodeInDeployment node) {
    }

    private final Map<Side, FinesseNode> nodes;
    private final StaleReads staleReads;
    private final FaultSwitches faults;
    private final Duration maintenanceTimeout;
    private final Map<Side, NodeMaintenance> maintenance = new EnumMap<>(Side.class);

    private FinesseDeployment(Map<Side, FinesseNode> nodes, StaleReads staleReads, FaultSwitches faults,
            Duration maintenanceTimeout) {
        this.nodes = nodes;
        this.staleReads = staleReads;
        this.faults = faults;
        this.maintenanceTimeout = maintenanceTimeout;
    }

    /**
     * Starts {@code count} nodes (1 or 2) with {@code start}, in order, and joins them; a node that cannot start
     * closes the ones before it.
     *
     * @param cluster how SystemInfo names a started node (host and ports), for a two-node deployment
     */
    public static FinesseDeployment start(int count, FaultSwitches faults, Duration maintenanceTimeout,
            Function<Seat, FinesseNode> start, Function<FinesseNode, ClusterNode> cluster) {
        if (count < 1 || count > 2) {
            throw new IllegalArgumentException("a Finesse deployment has 1 or 2 nodes, not " + count);
        }
        List<Side> sides = Stream.of(Side.values()).limit(count).toList();
        SidesPublisher publisher = new SidesPublisher(faults);
        StaleReads staleReads = new StaleReads(faults, sides.stream().map(Side::pathName).toList());
        Map<Side, FinesseNode> started = new EnumMap<>(Side.class);
        try {
            for (Side side : sides) {
                FinesseNode node = start.apply(new Seat(side, publisher,
                        new NodeInDeployment(side.pathName(), staleReads)));
                started.put(side, node);
                publisher.join(node);
            }
        } catch (RuntimeException | Error failed) {
            started.values().forEach(FinesseNode::close);
            throw failed;
        }
        FinesseDeployment deployment = new FinesseDeployment(started, staleReads, faults, maintenanceTimeout);
        if (count == 2) {
            deployment.joinTwoNodes(cluster);
        } else {
            FinesseNode only = started.get(Side.PRIMARY);
            // Finesse signs out (or sets NOT_READY) agents who go away: the 'desktop' session, or every session
            only.xmpp().ifPresent(xmpp -> xmpp.addSessionPresenceListener(only.rest()::sessionPresenceChanged));
        }
        return deployment;
    }

    private void joinTwoNodes(Function<FinesseNode, ClusterNode> cluster) {
        FinesseNode primary = nodes.get(Side.PRIMARY);
        FinesseNode secondary = nodes.get(Side.SECONDARY);
        ClusterNode primaryAddress = cluster.apply(primary);
        ClusterNode secondaryAddress = cluster.apply(secondary);
        // one CTI server watches each agent's desktop, on whichever node it is connected
        DesktopPresenceAcrossSides sessions = new DesktopPresenceAcrossSides(primary.rest()::sessionPresenceChanged);
        for (FinesseNode node : nodes.values()) {
            node.controls().describeCluster(primaryAddress, secondaryAddress);
            node.xmpp().ifPresent(xmpp -> xmpp.addSessionPresenceListener((agent, resource, presence) ->
                    sessions.changed(node.side(), agent, resource, presence)));
        }
    }

    public int nodeCount() {
        return nodes.size();
    }

    public FinesseNode primary() {
        return nodes.get(Side.PRIMARY);
    }

    /** The secondary node; empty in a one-node deployment. */
    public Optional<FinesseNode> secondary() {
        return Optional.ofNullable(nodes.get(Side.SECONDARY));
    }

    /**
     * The node on {@code side}.
     *
     * @throws IllegalStateException for the secondary of a one-node deployment
     */
    public FinesseNode node(Side side) {
        FinesseNode node = nodes.get(side);
        if (node == null) {
            throw new IllegalStateException("this simulator runs one node, the primary; start it with --nodes 2"
                    + " for a secondary");
        }
        return node;
    }

    public List<FinesseNode> nodes() {
        return List.copyOf(nodes.values());
    }

    /** Every node's status, each change published on that node's SystemInfo node. */
    public void setStatusEverywhere(SystemStatus status) {
        nodes.values().forEach(node -> node.setStatus(status));
    }

    /**
     * Starts the node's maintenance mode.
     *
     * @throws IllegalStateException for a one-node deployment (no alternate node), or one already in progress
     */
    public synchronized void startMaintenance(Side side) {
        FinesseNode node = node(side);
        if (nodes.size() < 2) {
            throw new IllegalStateException("maintenance mode moves the users to the alternate node, and a one-node"
                    + " simulator has none; start it with --nodes 2");
        }
        NodeMaintenance running = maintenance.get(side);
        if (running != null && running.isInProgress()) {
            throw new IllegalStateException("maintenance mode is already IN_PROGRESS on the " + side.pathName()
                    + " node");
        }
        FinesseNode alternate = node(side == Side.PRIMARY ? Side.SECONDARY : Side.PRIMARY);
        maintenance.put(side, NodeMaintenance.start(node, alternate, maintenanceTimeout));
    }

    /**
     * A CTI failover as Finesse goes through it: every node in service goes OUT_OF_SERVICE, then IN_SERVICE again
     * (each published on its SystemInfo node), then the nodes publish the last state of every signed-in agent
     * again, without a requestId. Nodes already out of service stay as they are.
     */
    public void ctiFailover() {
        List<FinesseNode> inService = new ArrayList<>();
        nodes.values().stream().filter(FinesseNode::isInService).forEach(inService::add);
        inService.forEach(node -> node.setStatus(SystemStatus.OUT_OF_SERVICE));
        inService.forEach(node -> node.setStatus(SystemStatus.IN_SERVICE));
        if (!faults.isOn(Fault.NO_REPUBLISH_AFTER_CTI_FAILOVER)) {
            // one CTI server behind every node: one republish, which the publisher hands to each node
            primary().rest().republishSignedInAgents();
        }
    }

    /**
     * Every node back in service, out of maintenance mode, its notification service up and its {@code finesse}
     * user available; every node reads the shared agent states again. Agents keep their states.
     */
    public synchronized void reset() {
        maintenance.values().forEach(NodeMaintenance::cancel);
        maintenance.clear();
        staleReads.clear();
        for (FinesseNode node : nodes.values()) {
            node.controls().setMaintenanceMode(Optional.empty());
            node.setStatus(SystemStatus.IN_SERVICE);
            node.xmpp().ifPresent(xmpp -> {
                xmpp.comeUp();
                xmpp.setFinesseUserAvailable(true);
            });
        }
    }

    @Override
    public void close() {
        RuntimeException first = null;
        for (FinesseNode node : nodes.values()) {
            try {
                node.close();
            } catch (RuntimeException failed) {
                if (first == null) {
                    first = failed;
                } else {
                    first.addSuppressed(failed);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
