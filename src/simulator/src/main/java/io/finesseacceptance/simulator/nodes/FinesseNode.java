package io.finesseacceptance.simulator.nodes;

import io.finesseacceptance.simulator.notifications.NotificationPublisher;
import io.finesseacceptance.simulator.webservices.FinesseRestServer;
import io.finesseacceptance.simulator.webservices.SimulatorControls;
import io.finesseacceptance.simulator.webservices.SystemStatus;
import io.finesseacceptance.simulator.xmpp.XmppNotificationService;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * One Finesse node: its REST API, its notification service and its status. Its REST server shares the agents
 * with the other node's (one CTI server behind both); what it publishes reaches its own notification
 * service's clients only, and nothing but its SystemInfo notifications while it is out of service.
 */
public final class FinesseNode implements AutoCloseable {

    private final Side side;
    private final FinesseRestServer rest;
    private final URI baseUrl;
    private final NotificationPublisher ownService;
    private final Optional<XmppNotificationService> embedded;
    private final boolean announcesFinesseUser;

    /**
     * @param baseUrl              the REST API as clients reach it (the advertised host, not the bound one)
     * @param ownService           where this node's notifications go: its embedded service, or an external server
     * @param embedded             the embedded notification service, empty when an external server plays it
     * @param announcesFinesseUser whether sessions receive the {@code finesse} user's presence (two nodes)
     */
    public FinesseNode(Side side, FinesseRestServer rest, URI baseUrl, NotificationPublisher ownService,
            Optional<XmppNotificationService> embedded, boolean announcesFinesseUser) {
        this.side = Objects.requireNonNull(side, "side");
        this.rest = Objects.requireNonNull(rest, "rest");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.ownService = Objects.requireNonNull(ownService, "ownService");
        this.embedded = Objects.requireNonNull(embedded, "embedded");
        this.announcesFinesseUser = announcesFinesseUser;
        if (announcesFinesseUser) {
            embedded.orElseThrow(() -> new IllegalArgumentException("the finesse user needs the embedded service"))
                    .simulateFinesseUser();
        }
    }

    public Side side() {
        return side;
    }

    /** {@code https://host:port} of this node's REST API, without {@code /finesse/api}. */
    public URI baseUrl() {
        return baseUrl;
    }

    public FinesseRestServer rest() {
        return rest;
    }

    /** This node's switches: its status, its maintenance mode, and the reason codes all nodes share. */
    public SimulatorControls controls() {
        return rest.controls();
    }

    /** The embedded notification service; empty when an external XMPP server plays it. */
    public Optional<XmppNotificationService> xmpp() {
        return embedded;
    }

    public boolean isInService() {
        return controls().systemStatus() == SystemStatus.IN_SERVICE;
    }

    /**
     * Sets the node's status; a change is published as a SystemInfo notification on this node's
     * {@code /finesse/api/SystemInfo}, as Finesse announces losing its CTI link. The OUT_OF_SERVICE fault does not
     * count as a change.
     */
    public void setStatus(SystemStatus status) {
        SystemStatus before = controls().systemStatus();
        controls().setSystemStatus(status);
        if (controls().systemStatus() != before) {
            announceSystemInfo();
        }
    }

    /** Publishes this node's SystemInfo as it is now on its own notification service, in service or not. */
    void announceSystemInfo() {
        ownService.publish(FinesseRestServer.SYSTEM_INFO_NODE, rest.systemInfoUpdate());
    }

    /** Publishes an Update to this node's clients, unless the node is out of service (it publishes no events). */
    void publishHere(String node, String updateXml) {
        if (isInService()) {
            ownService.publish(node, updateXml);
        }
    }

    /** Cuts every session of the user on this node's notification service. */
    void dropSessions(String username) {
        ownService.dropSessions(username);
    }

    /** Up, or down as a crashed notification service: sessions cut, new connections refused. */
    public void setNotificationService(boolean up) {
        XmppNotificationService xmpp = embeddedService("its notification service cannot be switched");
        if (up) {
            xmpp.comeUp();
        } else {
            xmpp.goDown();
        }
    }

    /** The {@code finesse} user's presence on this node: unavailable while its web services are down. */
    public void setFinesseUserAvailable(boolean available) {
        if (!announcesFinesseUser) {
            throw new IllegalStateException("a one-node simulator does not simulate the finesse user's presence;"
                    + " start it with --nodes 2");
        }
        embeddedService("the finesse user is not simulated").setFinesseUserAvailable(available);
    }

    /** The embedded notification service, for what only it can do. */
    public XmppNotificationService embeddedService() {
        return embeddedService("ask that server");
    }

    XmppNotificationService embeddedService(String otherwise) {
        return embedded.orElseThrow(() -> new IllegalStateException("the notifications come from an external"
                + " XMPP server: " + otherwise));
    }

    /** Stops the REST server and the embedded notification service; an external one is its owner's to close. */
    @Override
    public void close() {
        try {
            rest.close();
        } finally {
            embedded.ifPresent(XmppNotificationService::close);
        }
    }
}
