package io.finesseacceptance.simulator;

import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.external.ExternalXmppServer;
import io.finesseacceptance.simulator.nodes.FinesseDeployment;
import io.finesseacceptance.simulator.nodes.FinesseNode;
import io.finesseacceptance.simulator.nodes.Side;
import io.finesseacceptance.simulator.notifications.NotificationPublisher;
import io.finesseacceptance.simulator.tls.SimulatorCertificates;
import io.finesseacceptance.simulator.webservices.SimulatorControls;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;

/**
 * An embedded Finesse, on 127.0.0.1 unless told to bind elsewhere: the REST web services (HTTPS by
 * default, as 12.5), the XMPP notification service on every door a lab has (TCP with STARTTLS, direct
 * TLS, BOSH, and WebSocket at /ws/ on the REST port as 12.6), agents, reason codes and fault switches; one
 * node, or with {@code --nodes 2} a primary and a secondary node sharing the agents (docs/finesse-contract.md
 * §20). The suite reaches it only through {@link #labSettings()}, the same FINESSE_* settings a real lab is
 * described by, and through its control URL for what no lab does on demand.
 */
public final class FinesseSimulator implements AutoCloseable {

    static final String LOOPBACK = "127.0.0.1";
    /**
     * How long an embedded BOSH session may go without a request before it is ended, which is how a server notices a
     * BOSH client that vanished without a word. Finesse's (Openfire's) is longer; a live client always has a request
     * waiting at the server, so only a silent one ever idles this long, and a dropped desktop is noticed within a
     * quick run.
     */
    public static final Duration BOSH_INACTIVITY = Duration.ofSeconds(5);

    private final SimulatorConfig options;
    private final AgentDirectory agents;
    private final Path caPem;
    private final FinesseDeployment deployment;
    private final Map<String, String> xmppSettings;
    private final Map<String, String> secondaryXmppSettings;
    private final SimulatorControlServer control;
    private final AutoCloseable notifications;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** {@link SimulatorLauncher} starts every part; the simulator owns them from here, and closes them. */
    FinesseSimulator(SimulatorConfig options, AgentDirectory agents, Path caPem, FinesseDeployment deployment,
                     Map<String, String> xmppSettings, Map<String, String> secondaryXmppSettings,
                     SimulatorControlServer control, AutoCloseable notifications) {
        this.options = options;
        this.agents = agents;
        this.caPem = caPem;
        this.deployment = deployment;
        this.xmppSettings = Map.copyOf(xmppSettings);
        this.secondaryXmppSettings = Map.copyOf(secondaryXmppSettings);
        this.control = control;
        this.notifications = notifications;
    }

    public static FinesseSimulator start(SimulatorConfig options) {
        return SimulatorLauncher.embedded(options);
    }

    /**
     * The simulated web services with a standard XMPP server as the notification service: the simulator
     * publishes through {@code server}'s pubsub, and the suite meets that server as it would a lab's.
     * {@code certificates} must be the ones the server presents, so one CA covers REST and XMPP.
     * {@code connect} opens the publisher on that server for the given agent ids: an XMPP client, which the
     * simulator does not ship (the interop tests bring theirs). Always one node: {@code options.nodes()} is
     * not looked at, and the node-level control endpoints that need the embedded service answer 409. A publisher
     * that is also a {@link io.finesseacceptance.simulator.notifications.SessionPresenceSource} tells the forced
     * logout the agents' presence, as Finesse learns it from its notification service; without one, no agent is
     * ever forced out by presence.
     */
    public static <P extends NotificationPublisher & AutoCloseable> FinesseSimulator startWith(
            SimulatorConfig options, SimulatorCertificates certificates, ExternalXmppServer server,
            BiFunction<ExternalXmppServer, List<String>, P> connect) {
        return SimulatorLauncher.external(options, certificates, server, connect);
    }

    /** The address clients are told to use: the bind address, or 127.0.0.1 when every interface is bound. */
    static String advertisedHost(String bindAddress) {
        try {
            return InetAddress.getByName(bindAddress).isAnyLocalAddress() ? LOOPBACK : bindAddress;
        } catch (UnknownHostException unknown) {
            throw new IllegalArgumentException("not an address to bind to: " + bindAddress, unknown);
        }
    }

    /** The FINESSE_* settings that point the suite at this simulator, exactly as at a lab. */
    public Map<String, String> labSettings() {
        return PrintedLabSettings.of(options, deployment, agents, xmppSettings, secondaryXmppSettings, caPem, control.url());
    }

    /** {@code https://host:port} of the REST API (without {@code /finesse/api}), as clients reach it. */
    public URI baseUrl() {
        return deployment.primary().baseUrl();
    }

    /**
     * The secondary node's REST API, {@code https://host:port}.
     *
     * @throws IllegalStateException when the simulator runs one node
     */
    public URI secondaryBaseUrl() {
        return deployment.node(Side.SECONDARY).baseUrl();
    }

    /**
     * One node: its REST API, its embedded notification service, its switches, for tests that set the simulator
     * up in-process.
     *
     * @throws IllegalStateException for the secondary when the simulator runs one node
     */
    public FinesseNode node(Side side) {
        return deployment.node(side);
    }

    /** 1, or 2 with a secondary node. */
    public int nodeCount() {
        return deployment.nodeCount();
    }

    /** The control endpoints, {@code http://host:port/simulator}. */
    public URI controlUrl() {
        return control.url();
    }

    /**
     * Lets the control endpoint {@code POST /shutdown} (from the loopback interface) run {@code stop}: for a
     * simulator run on its own. Without it, as inside a test run, shutdown requests are refused.
     */
    public void acceptShutdownRequests(Runnable stop) {
        control.acceptShutdownRequests(stop);
    }

    /** Every door the simulator opened, for people exploring it with Postman and an XMPP client; both nodes' with two. */
    public String describeDoors() {
        return DoorDescription.of(options, deployment, xmppSettings, caPem, control.url());
    }

    public SimulatorConfig options() {
        return options;
    }

    public String xmppDomain() {
        return options.xmppDomain();
    }

    /**
     * The secondary node's XMPP domain.
     *
     * @throws IllegalStateException when the simulator runs one node
     */
    public String secondaryXmppDomain() {
        return deployment.node(Side.SECONDARY).embeddedService().domain();
    }

    /**
     * Switches for tests that set the simulator up in-process (the suite itself uses the control URL): the
     * primary node's; the reason codes are every node's.
     */
    public SimulatorControls controls() {
        return deployment.primary().controls();
    }

    /** Subscriptions the agent made itself on the (primary's) embedded notification service. */
    public List<String> explicitSubscriptions(String agentId) {
        return deployment.primary().embeddedService().explicitSubscriptions(agentId);
    }

    /** Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            control.close();
            deployment.close();
        } finally {
            try {
                notifications.close();
            } catch (Exception failed) {
                throw new IllegalStateException("the notification service did not close cleanly", failed);
            }
        }
    }
}
