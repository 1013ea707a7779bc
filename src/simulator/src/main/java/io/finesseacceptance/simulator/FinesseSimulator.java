package io.finesseacceptance.simulator;

import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.agents.AgentProfile;
import io.finesseacceptance.simulator.external.ExternalXmppServer;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import io.finesseacceptance.simulator.faults.Release;
import io.finesseacceptance.simulator.notifications.NotificationPublisher;
import io.finesseacceptance.simulator.notifications.SessionPresenceSource;
import io.finesseacceptance.simulator.tls.CaFile;
import io.finesseacceptance.simulator.tls.SimulatorCertificates;
import io.finesseacceptance.simulator.webservices.FinesseRestServer;
import io.finesseacceptance.simulator.webservices.RestServerConfig;
import io.finesseacceptance.simulator.webservices.SimulatorControls;
import io.finesseacceptance.simulator.webservices.SystemInfoSettings;
import io.finesseacceptance.simulator.webservices.SystemStatus;
import io.finesseacceptance.simulator.xmpp.XmppNotificationService;
import io.finesseacceptance.simulator.xmpp.XmppServiceConfig;
import io.netty.channel.ChannelHandler;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * An embedded Finesse, on 127.0.0.1 unless told to bind elsewhere: the REST web services (HTTPS by
 * default, as 12.5), the XMPP notification service on every door a lab has (TCP with STARTTLS, direct
 * TLS, BOSH, and WebSocket at /ws/ on the REST port as 12.6), agents, reason codes and fault switches. The suite reaches it only through
 * {@link #labSettings()}, the same FINESSE_* settings a real lab is described by, and through its control
 * URL for what no lab does on demand.
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
    private final Optional<XmppNotificationService> embeddedXmpp;
    private final Map<String, String> xmppSettings;
    private final Duration silentClientDetection;
    private final FinesseRestServer rest;
    private final SimulatorControlServer control;
    private final AutoCloseable notifications;
    private final String host;
    private final AtomicBoolean closed = new AtomicBoolean();

    private FinesseSimulator(SimulatorConfig options, AgentDirectory agents, Path caPem,
                             Optional<XmppNotificationService> embeddedXmpp, Map<String, String> xmppSettings,
                             Duration silentClientDetection, FinesseRestServer rest, SimulatorControlServer control,
                             AutoCloseable notifications) {
        this.options = options;
        this.host = advertisedHost(options.bindAddress());
        this.agents = agents;
        this.caPem = caPem;
        this.embeddedXmpp = embeddedXmpp;
        this.xmppSettings = Map.copyOf(xmppSettings);
        this.silentClientDetection = silentClientDetection;
        this.rest = rest;
        this.control = control;
        this.notifications = notifications;
    }

    public static FinesseSimulator start(SimulatorConfig options) {
        SimulatorCertificates certificates = certificatesFor(options.xmppDomain(), options.bindAddress());
        Path caPem = CaFile.write(certificates, options.caFile());
        AgentDirectory agents = agentsFor(options);
        FaultSwitches faults = switchesFor(options);
        boolean boshHttps = options.xmppAccess() != XmppAccess.BOSH_HTTP;
        XmppNotificationService xmpp = XmppNotificationService.start(new XmppServiceConfig(options.bindAddress(),
                options.xmppPort(), options.xmppDomain(), "pubsub." + options.xmppDomain(), agents::authenticates,
                certificates.serverContext(), false).withDirectTls(options.directTlsPort())
                .withBosh(options.boshPort(), boshHttps).withBoshInactivity(BOSH_INACTIVITY),
                new TeamSubscriptionRules(agents, faults));
        try {
            FinesseRestServer rest = startRest(options, certificates, agents, xmpp, faults, List.of(xmpp.webSocketDoor()));
            // Finesse signs out (or sets NOT_READY) agents who go away: the 'desktop' session, or every session
            xmpp.addSessionPresenceListener(rest::sessionPresenceChanged);
            return withControl(options, agents, caPem, Optional.of(xmpp),
                    PrintedXmppSettings.embedded(options, xmpp, rest.port()), BOSH_INACTIVITY, rest, faults, xmpp);
        } catch (Throwable failed) { // Netty rethrows a BindException unchecked
            xmpp.close();
            throw failed;
        }
    }

    /**
     * The simulated web services with a standard XMPP server as the notification service: the simulator
     * publishes through {@code server}'s pubsub, and the suite meets that server as it would a lab's.
     * {@code certificates} must be the ones the server presents, so one CA covers REST and XMPP.
     * {@code connect} opens the publisher on that server for the given agent ids: an XMPP client, which the
     * simulator does not ship (the interop tests bring theirs). A publisher that is also a
     * {@link SessionPresenceSource} tells the forced logout the agents' presence, as Finesse learns it from its
     * notification service; without one, no agent is ever forced out by presence.
     */
    public static <P extends NotificationPublisher & AutoCloseable> FinesseSimulator startWith(
            SimulatorConfig options, SimulatorCertificates certificates, ExternalXmppServer server,
            BiFunction<ExternalXmppServer, List<String>, P> connect) {
        AgentDirectory agents = agentsFor(options);
        FaultSwitches faults = switchesFor(options);
        P publisher = connect.apply(server, agents.all().stream().map(agent -> agent.profile().id()).toList());
        try {
            SimulatorConfig external = options.withXmppPort(0).withXmppDomain(server.xmppDomain())
                    .withXmppAccess(XmppAccess.TCP_STARTTLS);
            FinesseRestServer rest = startRest(external, certificates, agents, publisher, faults, List.of());
            if (publisher instanceof SessionPresenceSource presence) {
                presence.reportPresenceTo(rest::sessionPresenceChanged);
            }
            Map<String, String> xmppSettings = new LinkedHashMap<>();
            PrintedXmppSettings.tcp(xmppSettings, server.host(), server.tcpPort(), "required");
            // how soon that server notices a silent client is its own business: the caller may print a longer wait
            return withControl(external, agents, server.caPem(), Optional.empty(), xmppSettings, Duration.ZERO, rest,
                    faults, publisher);
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

    private static SimulatorCertificates certificatesFor(String domain, String bindAddress) {
        // a CA of its own per run: the suite trusts exactly it, as it trusts a lab's CA (FINESSE_CA_CERT)
        List<String> addresses = new ArrayList<>(List.of(LOOPBACK));
        String host = advertisedHost(bindAddress);
        if (!addresses.contains(host)) {
            addresses.add(host);
        }
        return SimulatorCertificates.generate("finesse-acceptance simulator CA", List.of(domain, "localhost"),
                addresses);
    }

    /** The address clients are told to use: the bind address, or 127.0.0.1 when every interface is bound. */
    static String advertisedHost(String bindAddress) {
        try {
            return InetAddress.getByName(bindAddress).isAnyLocalAddress() ? LOOPBACK : bindAddress;
        } catch (UnknownHostException unknown) {
            throw new IllegalArgumentException("not an address to bind to: " + bindAddress, unknown);
        }
    }

    private static FinesseRestServer startRest(SimulatorConfig options, SimulatorCertificates certificates,
                                               AgentDirectory agents, NotificationPublisher publisher,
                                               FaultSwitches faults, List<ChannelHandler> doors) {
        String domain = options.xmppDomain();
        SystemInfoSettings systemInfo = new SystemInfoSettings(options.deploymentType(), domain, "pubsub." + domain,
                advertisedHost(options.bindAddress()), "", SystemStatus.IN_SERVICE,
                SystemInfoSettings.ctiVersion(options.deploymentType(), options.release()), 0);
        RestServerConfig restConfig = new RestServerConfig(options.bindAddress(), options.restPort(), systemInfo,
                options.effectiveNotificationDelay()).withLockout(options.lockout())
                .withDesktopDisconnect(options.forcedLogoutGrace(), options.logoutOnAgentDisconnect())
                .withForcedLogoutPresence(options.forcedLogoutPresence())
                .withRelease(options.release());
        if (options.restHttps()) {
            restConfig = restConfig.withTls(certificates.serverContext());
        }
        return FinesseRestServer.start(restConfig, agents, publisher, faults, doors);
    }

    private static FinesseSimulator withControl(SimulatorConfig options, AgentDirectory agents, Path caPem,
                                                Optional<XmppNotificationService> embedded,
                                                Map<String, String> xmppSettings, Duration silentClientDetection,
                                                FinesseRestServer rest, FaultSwitches faults,
                                                AutoCloseable notifications) {
        try {
            SimulatorControlServer control = new SimulatorControlServer(options.bindAddress(),
                    advertisedHost(options.bindAddress()), options.controlPort(), rest.controls(), faults,
                    options.faults(), options.effectiveVariants(), () -> CaFile.read(caPem));
            return new FinesseSimulator(options, agents, caPem, embedded, xmppSettings, silentClientDetection, rest,
                    control, notifications);
        } catch (Throwable failed) {
            rest.close();
            throw failed;
        }
    }

    /** The FINESSE_* settings that point the suite at this simulator, exactly as at a lab. */
    public Map<String, String> labSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("FINESSE_BASE_URL", baseUrl().toString());
        settings.put("FINESSE_AGENTS", agents.all().stream().map(agent -> agent.profile())
                .map(FinesseSimulator::agentSetting).collect(Collectors.joining(",")));
        if (!agents.supervisors().isEmpty()) {
            settings.put("FINESSE_SUPERVISORS", agents.supervisors().stream()
                    .map(supervisor -> supervisor.profile().id() + ":" + supervisor.profile().password())
                    .collect(Collectors.joining(",")));
        }
        settings.putAll(xmppSettings);
        settings.put("FINESSE_CA_CERT", caPem.toString());
        // a short quiet period: the simulator announces within milliseconds, a lab may take a second
        settings.put("FINESSE_QUIET_PERIOD", "0.3");
        settings.put("FINESSE_SIMULATOR_CONTROL", control.url().toString());
        // how long to wait for a presence-driven forced logout (noticing a silent BOSH client, then the grace), and
        // which one to expect (UCCE's LOAD)
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
        return URI.create((options.restHttps() ? "https" : "http") + "://" + PrintedXmppSettings.literal(host) + ":" + rest.port());
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

    /** Every door the simulator opened, for people exploring it with Postman and an XMPP client. */
    public String describeDoors() {
        String rest = "REST:        " + baseUrl() + "/finesse/api/User/{id}  (HTTP Basic: agent id and password)";
        String controlDoor = "Control:     " + control.url() + "  (GET " + ControlEndpoint.CONTEXT
                + " lists its endpoints)";
        String bound = options.bindAddress().equals(host) ? "" : "  (listening on " + options.bindAddress() + ")";
        return embeddedXmpp.map(xmpp -> String.join("\n", rest + bound,
                "XMPP TCP:    " + PrintedXmppSettings.literal(host) + ":" + xmpp.port() + "  (STARTTLS offered; domain "
                        + options.xmppDomain() + ")",
                "XMPP TLS:    " + PrintedXmppSettings.literal(host) + ":" + xmpp.directTlsPort() + "  (direct TLS, like 5223)",
                "XMPP BOSH:   " + PrintedXmppSettings.boshUrl(host, xmpp),
                "XMPP WS:     " + PrintedXmppSettings.webSocketUrl(host, options.restHttps(), this.rest.port())
                        + "  (subprotocol xmpp, RFC 7395; on the REST port like 12.6)",
                "CA (PEM):    " + caPem,
                controlDoor)).orElseGet(() -> String.join("\n", rest,
                "XMPP:        an external server, " + xmppSettings, "CA (PEM):    " + caPem, controlDoor));
    }

    public SimulatorConfig options() {
        return options;
    }

    public String xmppDomain() {
        return options.xmppDomain();
    }

    /** Switches for tests that set the simulator up in-process (the suite itself uses the control URL). */
    public SimulatorControls controls() {
        return rest.controls();
    }

    /** Subscriptions the agent made itself on the embedded notification service. */
    public List<String> explicitSubscriptions(String agentId) {
        return embeddedXmpp.orElseThrow(() -> new IllegalStateException(
                "the notifications come from an external XMPP server; ask it")).explicitSubscriptions(agentId);
    }

    /** Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            control.close();
            rest.close();
        } finally {
            try {
                notifications.close();
            } catch (Exception failed) {
                throw new IllegalStateException("the notification service did not close cleanly", failed);
            }
        }
    }
}
