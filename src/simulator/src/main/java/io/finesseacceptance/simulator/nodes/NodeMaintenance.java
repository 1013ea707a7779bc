package io.finesseacceptance.simulator.nodes;

import io.finesseacceptance.simulator.webservices.FinesseMaintenanceMode;
import io.finesseacceptance.simulator.webservices.SystemStatus;
import io.finesseacceptance.simulator.xmpp.XmppNotificationService;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finesse 12.6's maintenance mode on one node (docs/finesse-contract.md §20): SystemInfo's {@code finesseMMode}
 * goes IN_PROGRESS (published), the node ends its users' sessions so that their desktops move to the alternate
 * node, and once no session remains on it, every user it had being connected to the alternate node, it is
 * COMPLETED: the node goes OUT_OF_SERVICE and its notification service down. Otherwise, after the timeout, it is
 * FAILED, and the node stays in service. Cisco's COMPLETED is "all the agents have logged in to the alternate
 * node", its FAILED their login there not done in time, hence both conditions.
 */
final class NodeMaintenance {

    private static final Logger LOG = LoggerFactory.getLogger(NodeMaintenance.class);

    private final FinesseNode node;
    private final XmppNotificationService here;
    private final XmppNotificationService alternate;
    private final Set<String> moving;
    private final CompletableFuture<Boolean> settled = new CompletableFuture<>();
    // session changes arrive with a registry locked: the check runs elsewhere, as it reads both registries
    private final Runnable onSessionChange = () -> CompletableFuture.runAsync(this::checkMoved);

    private NodeMaintenance(FinesseNode node, XmppNotificationService here, XmppNotificationService alternate,
            Set<String> moving) {
        this.node = node;
        this.here = here;
        this.alternate = alternate;
        this.moving = moving;
    }

    /** Starts it; returns at once, the rest follows the sessions on both nodes. */
    static NodeMaintenance start(FinesseNode node, FinesseNode alternateNode, Duration timeout) {
        XmppNotificationService here = node.embeddedService("its users cannot be moved");
        XmppNotificationService alternate = alternateNode.embeddedService("its users cannot be moved");
        NodeMaintenance maintenance = new NodeMaintenance(node, here, alternate, here.connectedUsers());
        node.controls().setMaintenanceMode(Optional.of(FinesseMaintenanceMode.IN_PROGRESS));
        // published before the sessions end, on the same connections, so every client reads why they end
        node.announceSystemInfo();
        here.addSessionListener(maintenance.onSessionChange);
        alternate.addSessionListener(maintenance.onSessionChange);
        maintenance.settled.completeOnTimeout(false, timeout.toMillis(), TimeUnit.MILLISECONDS)
                .thenAccept(maintenance::settle);
        here.endEverySession();
        maintenance.checkMoved();
        LOG.info("Maintenance mode IN_PROGRESS on the {} node, moving {}", node.side().pathName(), maintenance.moving);
        return maintenance;
    }

    boolean isInProgress() {
        return !settled.isDone();
    }

    /** Stops following the sessions: a reset puts the node back as it was, whatever the maintenance did. */
    void cancel() {
        stopListening();
        settled.cancel(false);
    }

    private void checkMoved() {
        if (here.connectedUsers().isEmpty() && alternate.connectedUsers().containsAll(moving)) {
            settled.complete(true);
        }
    }

    private void settle(boolean completed) {
        stopListening();
        if (completed) {
            node.controls().setMaintenanceMode(Optional.of(FinesseMaintenanceMode.COMPLETED));
            node.setStatus(SystemStatus.OUT_OF_SERVICE);
            node.setNotificationService(false);
        } else {
            node.controls().setMaintenanceMode(Optional.of(FinesseMaintenanceMode.FAILED));
            node.announceSystemInfo();
        }
        LOG.info("Maintenance mode {} on the {} node", completed ? "COMPLETED" : "FAILED", node.side().pathName());
    }

    private void stopListening() {
        here.removeSessionListener(onSessionChange);
        alternate.removeSessionListener(onSessionChange);
    }
}
