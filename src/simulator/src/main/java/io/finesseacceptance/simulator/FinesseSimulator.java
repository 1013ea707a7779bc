package io.finesseacceptance.simulator;

import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.agents.AgentProfile;
import io.finesseacceptance.simulator.external.ExternalXmppServer;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import io.finesseacceptance.simulator.faults.Release;
import io.finesseacceptance.simulator.nodes.FinesseDeployment;
import io.finesseacceptance.simulator.nodes.FinesseNode;
import io.finesseacceptance.simulator.nodes.Side;
import io.finesseacceptance.simulator.notifications.NotificationPublisher;
import io.finesseacceptance.simulator.tls.CaFile;
import io.finesseacceptance.simulator.tls.SimulatorCertificates;
import io.finesseacceptance.simulator.webservices.SimulatorControls;
import io.finesseacceptance.simulator.xmpp.XmppNotificationService;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * An embedded Finesse, on 127.0.0.1 unless told to bind elsewhere: the REST web services (HTTPS by
 * default, as 12.5), the XMPP notification service on every door a lab has (TCP with STARTTLS, direct
 * TLS, BOSH, and WebSocket at /ws/ on the REST port as 12.6), agents, reason codes and fault switches; one
 * node, or with {@code --nodes 2} a primary and a secondary node sharing the agents (docs/finesse-contract.md
 * §20). The suite reaches it only through {@link #labSettings()}, the same FINESSE_* settings a real lab is
 * described by, and through its control URL for what no lab does on demand.
 */
public final class FinesseSimulator implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";
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
    private final String host;
    private final AtomicBoolean closed = new AtomicBoolean();

    private FinesseSimulator(SimulatorConfig options, AgentDirectory agents, Path caPem, FinesseDeployment deployment,
                             Map<String, String> xmppSettings, Map<String, String> secondaryXmppSettings,
                             SimulatorControlServer control, AutoCloseable notifications) {
        this.options = options;
        this.host = advertisedHost(options.bindAddress());
        this.agents = agents;
        this.caPem = caPem;
        this.deployment = deployment;
        this.xmppSettings = Map.copyOf(xmppSettings);
        this.secondaryXmppSettings = Map.copyOf(secondaryXmppSettings);
        this.control = control;
        this.notifications = notifications;
    }

    public static FinesseSimulator start(SimulatorConfig options) {
        boolean twoNodes = options.nodes() == 2;
        SimulatorConfig secondaryOptions = options.forSecondaryNode();
        if (twoNodes && secondaryOptions.xmppDomain().equals(options.xmppDomain())) {
            throw new IllegalArgumentException("the secondary node needs an XMPP domain of its own, not the"
                    + " primary's " + options.xmppDomain() + " (--secondary-xmpp-domain)");
        }
        List<String> domains = twoNodes ? List.of(options.xmppDomain(), secondaryOptions.xmppDomain())
                : List.of(options.xmppDomain());
        SimulatorCertificates certificates = certificatesFor(domains, options.bindAddress());
        Path caPem = CaFile.write(certificates, options.caFile());
        AgentDirectory agents = agentsFor(options);
        FaultSwitches faults = switchesFor(options);
        FinesseDeployment deployment = FinesseDeployment.start(options.nodes(), faults, options.maintenanceTimeout(),
                seat -> NodeLauncher.embedded(seat, seat.side() == Side.PRIMARY ? options : secondaryOptions,
                        certificates, agents, faults, twoNodes), NodeLauncher::clusterNode);
        Map<String, String> secondarySettings = deployment.secondary().map(secondary -> PrintedXmppSettings
                .secondary(secondaryOptions, secondary.embeddedService(), secondary.baseUrl().getPort()))
                .orElse(Map.of());
        return withControl(options, agents, caPem, deployment, PrintedXmppSettings.embedded(options,
                deployment.primary().embeddedService(), deployment.primary().baseUrl().getPort()), secondarySettings,
                faults, () -> { });
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
        AgentDirectory agents = agentsFor(options);
        FaultSwitches faults = switchesFor(options);
        P publisher = connect.apply(server, agents.all().stream().map(agent -> agent.profile().id()).toList());
        try {
            SimulatorConfig external = options.withXmppPort(0).withXmppDomain(server.xmppDomain())
                    .withXmppAccess(XmppAccess.TCP_STARTTLS).withNodes(1);
            FinesseDeployment deployment = FinesseDeployment.start(1, faults, external.maintenanceTimeout(),
                    seat -> NodeLauncher.external(seat, external, certificates, agents, faults, publisher),
                    NodeLauncher::clusterNode);
            Map<String, String> xmppSettings = new LinkedHashMap<>();
            PrintedXmppSettings.tcp(xmppSettings, server.host(), server.tcpPort(), "required");
            return withControl(external, agents, server.caPem(), deployment, xmppSettings, Map.of(), faults,
                    publisher);
        } catch (RuntimeException | Error failed) {
            try {
                publisher.close();
            } catch (Exception closing) {
                failed.addSuppressed(closing);
            }
            throw failed;
        }
    }

    private static AgentDirectory agentsFor(SimulatorConfig options) {
        AgentDirectory agents = AgentDirectory.withDefaultUsers(options.agentCount(), options.supervisorCount());
        if (options.release() == Release.NEXT) {
            agents.reasonCodes().remove(Release.REMOVED_REASON_CODE_ID); // planted change 3
        }
        return agents;
    }

    /** The start-up faults and variants, with those the release answers with (planted change 4). */
    private static FaultSwitches switchesFor(SimulatorConfig options) {
        FaultSwitches switches = new FaultSwitches();
        options.faults().forEach(switches::enable);
        options.effectiveVariants().forEach(switches::enable);
        return switches;
    }

    private static SimulatorCertificates certificatesFor(List<String> domains, String bindAddress) {
        // a CA of its own per run: the suite trusts exactly it, as it trusts a lab's CA (FINESSE_CA_CERT)
        List<String> addresses = new ArrayList<>(List.of(LOOPBACK));
        String host = advertisedHost(bindAddress);
        if (!addresses.contains(host)) {
            addresses.add(host);
        }
        List<String> names = new ArrayList<>(domains);
        names.add("localhost");
        return SimulatorCertificates.generate("finesse-acceptance simulator CA", names, addresses);
    }

    /** The address clients are told to use: the bind address, or 127.0.0.1 when every interface is bound. */
    static String advertisedHost(String bindAddress) {
        try {
            return InetAddress.getByName(bindAddress).isAnyLocalAddress() ? LOOPBACK : bindAddress;
        } catch (UnknownHostException unknown) {
            throw new IllegalArgumentException("not an address to bind to: " + bindAddress, unknown);
        }
    }

    private static FinesseSimulator withControl(SimulatorConfig options, AgentDirectory agents, Path caPem,
                                                FinesseDeployment deployment, Map<String, String> xmppSettings,
                                                Map<String, String> secondaryXmppSettings, FaultSwitches faults,
                                                AutoCloseable notifications) {
        try {
            SimulatorControlServer control = new SimulatorControlServer(options.bindAddress(),
                    advertisedHost(options.bindAddress()), options.controlPort(), deployment, faults,
                    options.faults(), options.effectiveVariants(), () -> CaFile.read(caPem));
            return new FinesseSimulator(options, agents, caPem, deployment, xmppSettings, secondaryXmppSettings,
                    control, notifications);
        } catch (Throwable failed) {
            deployment.close();
            throw failed;
        }
    }

    /** The FINESSE_* settings that point the suite at this simulator, exactly as at a lab. */
    public Map<String, String> labSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("FINESSE_BASE_URL", baseUrl().toString());
        deployment.secondary().ifPresent(secondary -> settings.put("FINESSE_SECONDARY_BASE_URL",
                secondary.baseUrl().toString()));
        settings.put("FINESSE_AGENTS", agents.all().stream().map(agent -> agent.profile())
                .map(FinesseSimulator::agentSetting).collect(Collectors.joining(",")));
        if (!agents.supervisors().isEmpty()) {
            settings.put("FINESSE_SUPERVISORS", agents.supervisors().stream()
                    .map(supervisor -> supervisor.profile().id() + ":" + supervisor.profile().password())
                    .collect(Collectors.joining(",")));
        }
        settings.putAll(xmppSettings);
        settings.putAll(secondaryXmppSettings);
        settings.put("FINESSE_CA_CERT", caPem.toString());
        // a short quiet period: the simulator announces within milliseconds, a lab may take a second
        settings.put("FINESSE_QUIET_PERIOD", "0.3");
        settings.put("FINESSE_SIMULATOR_CONTROL", control.url().toString());
        // how long to wait for a presence-driven forced logout (noticing a silent BOSH client, then the grace), and
        // which one to expect (UCCE's LOAD); how soon an external server notices a silent client is its own business
        Duration silentClientDetection = deployment.primary().xmpp().isPresent() ? BOSH_INACTIVITY : Duration.ZERO;
        settings.put("FINESSE_FORCED_LOGOUT_WAIT", String.valueOf(PrintedXmppSettings.forcedLogoutWaitSeconds(
                options.forcedLogoutGrace().plus(silentClientDetection))));
        settings.put("FINESSE_LOGOUT_ON_AGENT_DISCONNECT", String.valueOf(options.logoutOnAgentDisconnect()));
        return settings;
    }

    private static String agentSetting(AgentProfile profile) {
        return profile.id() + ":" + profile.password() + ":" + profile.extension();
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
        String controlDoor = "Control:     " + control.url() + "  (GET " + ControlEndpoint.CONTEXT
                + " lists its endpoints)";
        String ca = "CA (PEM):    " + caPem;
        FinesseNode primary = deployment.primary();
        if (primary.xmpp().isEmpty()) {
            return String.join("\n", restDoor(primary), "XMPP:        an external server, " + xmppSettings, ca,
                    controlDoor);
        }
        String bound = options.bindAddress().equals(host) ? "" : "  (listening on " + options.bindAddress() + ")";
        if (deployment.secondary().isEmpty()) {
            return String.join("\n", restDoor(primary) + bound, xmppDoors(primary, ""), ca, controlDoor);
        }
        FinesseNode secondary = deployment.secondary().get();
        return String.join("\n", "Primary node (XMPP domain " + xmppDomain() + ")" + bound,
                "  " + restDoor(primary), xmppDoors(primary, "  "),
                "Secondary node (XMPP domain " + secondaryXmppDomain() + ")",
                "  " + restDoor(secondary), xmppDoors(secondary, "  "), ca, controlDoor);
    }

    private static String restDoor(FinesseNode node) {
        return "REST:        " + node.baseUrl() + "/finesse/api/User/{id}  (HTTP Basic: agent id and password)";
    }

    private String xmppDoors(FinesseNode node, String indent) {
        XmppNotificationService xmpp = node.embeddedService();
        String literal = PrintedXmppSettings.literal(host);
        return String.join("\n",
                indent + "XMPP TCP:    " + literal + ":" + xmpp.port() + "  (STARTTLS offered; domain "
                        + xmpp.domain() + ")",
                indent + "XMPP TLS:    " + literal + ":" + xmpp.directTlsPort() + "  (direct TLS, like 5223)",
                indent + "XMPP BOSH:   " + PrintedXmppSettings.boshUrl(host, xmpp),
                indent + "XMPP WS:     " + PrintedXmppSettings.webSocketUrl(host, options.restHttps(),
                        node.baseUrl().getPort()) + "  (subprotocol xmpp, RFC 7395; on the REST port like 12.6)");
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
