package io.finesseacceptance.simulator;

import io.finesseacceptance.simulator.notifications.NotificationPublisher;
import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.agents.AgentProfile;
import io.finesseacceptance.simulator.external.ExternalPubSubPublisher;
import io.finesseacceptance.simulator.external.ExternalXmppServer;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import io.finesseacceptance.simulator.webservices.FinesseRestServer;
import io.finesseacceptance.simulator.webservices.RestServerConfig;
import io.finesseacceptance.simulator.webservices.SimulatorControls;
import io.finesseacceptance.simulator.webservices.SystemInfoSettings;
import io.finesseacceptance.simulator.webservices.SystemStatus;
import io.finesseacceptance.simulator.tls.SimulatorCertificates;
import io.finesseacceptance.simulator.xmpp.XmppNotificationService;
import io.finesseacceptance.simulator.xmpp.XmppServiceConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An embedded Finesse on 127.0.0.1: the REST web services (HTTPS by default, as 12.5), the XMPP
 * notification service on every door a lab has (TCP with STARTTLS, direct TLS, BOSH), agents, reason
 * codes and fault switches. The suite reaches it only through {@link #labSettings()}, the same FINESSE_*
 * settings a real lab is described by, and through its control URL for what no lab does on demand.
 */
public final class FinesseSimulator implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";

    private final SimulatorOptions options;
    private final AgentDirectory agents;
    private final Path caPem;
    private final Optional<XmppNotificationService> embeddedXmpp;
    private final Map<String, String> xmppSettings;
    private final FinesseRestServer rest;
    private final SimulatorControlServer control;
    private final AutoCloseable notifications;

    private FinesseSimulator(SimulatorOptions options, AgentDirectory agents, Path caPem,
                             Optional<XmppNotificationService> embeddedXmpp, Map<String, String> xmppSettings,
                             FinesseRestServer rest, SimulatorControlServer control, AutoCloseable notifications) {
        this.options = options;
        this.agents = agents;
        this.caPem = caPem;
        this.embeddedXmpp = embeddedXmpp;
        this.xmppSettings = Map.copyOf(xmppSettings);
        this.rest = rest;
        this.control = control;
        this.notifications = notifications;
    }

    public static FinesseSimulator start(SimulatorOptions options) {
        SimulatorCertificates certificates = certificatesFor(options.xmppDomain());
        Path caPem = writeCa(certificates);
        AgentDirectory agents = AgentDirectory.withDefaultAgents(options.agentCount());
        FaultSwitches faults = switchesFor(options);
        boolean boshHttps = options.xmppAccess() != XmppAccess.BOSH_HTTP;
        XmppNotificationService xmpp = XmppNotificationService.start(new XmppServiceConfig(LOOPBACK,
                options.xmppPort(), options.xmppDomain(), "pubsub." + options.xmppDomain(), agents::authenticates,
                certificates.serverContext(), false).withDirectTls(0).withBosh(0, boshHttps));
        try {
            FinesseRestServer rest = startRest(options, certificates, agents, xmpp, faults);
            // Finesse signs out (or sets NOT_READY) agents whose desktop presence disappears
            xmpp.addPresenceListener(rest::desktopPresenceChanged);
            return withControl(options, agents, caPem, Optional.of(xmpp), embeddedXmppSettings(options, xmpp),
                    rest, faults, xmpp);
        } catch (RuntimeException failed) {
            xmpp.close();
            throw failed;
        }
    }

    /**
     * The simulated web services with a standard XMPP server as the notification service: the simulator
     * publishes through {@code server}'s pubsub, and the suite meets that server as it would a lab's.
     * {@code certificates} must be the ones the server presents, so one CA covers REST and XMPP.
     */
    public static FinesseSimulator startWith(SimulatorOptions options, SimulatorCertificates certificates,
                                             ExternalXmppServer server) {
        AgentDirectory agents = AgentDirectory.withDefaultAgents(options.agentCount());
        FaultSwitches faults = switchesFor(options);
        ExternalPubSubPublisher publisher = ExternalPubSubPublisher.connect(server,
                agents.all().stream().map(agent -> agent.profile().id()).toList());
        try {
            SimulatorOptions external = new SimulatorOptions(options.deploymentType(), options.agentCount(),
                    options.restPort(), 0, server.xmppDomain(), options.notificationDelay(), options.faults(),
                    options.restHttps(), XmppAccess.TCP_STARTTLS, options.variants());
            FinesseRestServer rest = startRest(external, certificates, agents, publisher, faults);
            Map<String, String> xmppSettings = new LinkedHashMap<>();
            tcp(xmppSettings, server.host(), server.tcpPort(), "required");
            return withControl(external, agents, server.caPem(), Optional.empty(), xmppSettings, rest, faults,
                    publisher);
        } catch (RuntimeException failed) {
            publisher.close();
            throw failed;
        }
    }

    private static FaultSwitches switchesFor(SimulatorOptions options) {
        FaultSwitches switches = new FaultSwitches();
        options.faults().forEach(switches::enable);
        options.variants().forEach(switches::enable);
        return switches;
    }

    private static SimulatorCertificates certificatesFor(String domain) {
        // a CA of its own per run: the suite trusts exactly it, as it trusts a lab's CA (FINESSE_CA_CERT)
        return SimulatorCertificates.generate("finesse-acceptance simulator CA", List.of(domain, "localhost"),
                List.of(LOOPBACK));
    }

    private static FinesseRestServer startRest(SimulatorOptions options, SimulatorCertificates certificates,
                                               AgentDirectory agents, NotificationPublisher publisher,
                                               FaultSwitches faults) {
        String domain = options.xmppDomain();
        SystemInfoSettings systemInfo = new SystemInfoSettings(options.deploymentType(), domain, "pubsub." + domain,
                LOOPBACK, "", SystemStatus.IN_SERVICE,
                SystemInfoSettings.localDefaults(options.deploymentType()).ctiVersion(), 0);
        RestServerConfig restConfig = new RestServerConfig(LOOPBACK, options.restPort(), systemInfo,
                options.notificationDelay());
        if (options.restHttps()) {
            restConfig = restConfig.withTls(certificates.serverContext());
        }
        return FinesseRestServer.start(restConfig, agents, publisher, faults);
    }

    private static FinesseSimulator withControl(SimulatorOptions options, AgentDirectory agents, Path caPem,
                                                Optional<XmppNotificationService> embedded,
                                                Map<String, String> xmppSettings, FinesseRestServer rest,
                                                FaultSwitches faults, AutoCloseable notifications) {
        try {
            SimulatorControlServer control = new SimulatorControlServer(LOOPBACK, rest.controls(), faults,
                    options.faults(), options.variants());
            return new FinesseSimulator(options, agents, caPem, embedded, xmppSettings, rest, control, notifications);
        } catch (RuntimeException failed) {
            rest.close();
            throw failed;
        }
    }

    private static Map<String, String> embeddedXmppSettings(SimulatorOptions options, XmppNotificationService xmpp) {
        Map<String, String> settings = new LinkedHashMap<>();
        switch (options.xmppAccess()) {
            case TCP_PLAIN -> tcp(settings, LOOPBACK, xmpp.port(), "disabled");
            case TCP_STARTTLS -> tcp(settings, LOOPBACK, xmpp.port(), "required");
            case DIRECT_TLS -> tcp(settings, LOOPBACK, xmpp.directTlsPort(), "direct-tls");
            case BOSH_HTTP, BOSH_HTTPS -> {
                settings.put("FINESSE_XMPP_TRANSPORT", "bosh");
                settings.put("FINESSE_XMPP_BOSH_URL", xmpp.boshUrl().toString());
            }
        }
        return settings;
    }

    private static Path writeCa(SimulatorCertificates certificates) {
        try {
            Path file = Files.createTempFile("finesse-simulator-ca-", ".pem");
            file.toFile().deleteOnExit();
            return certificates.writeCaPem(file);
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot write the simulator's CA certificate", unwritable);
        }
    }

    /** The FINESSE_* settings that point the suite at this simulator, exactly as at a lab. */
    public Map<String, String> labSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("FINESSE_BASE_URL", rest.baseUrl().toString());
        settings.put("FINESSE_AGENTS", agents.all().stream().map(agent -> agent.profile())
                .map(FinesseSimulator::agentSetting).collect(Collectors.joining(",")));
        settings.putAll(xmppSettings);
        settings.put("FINESSE_CA_CERT", caPem.toString());
        // a short quiet period: the simulator announces within milliseconds, a lab may take a second
        settings.put("FINESSE_QUIET_PERIOD", "0.3");
        settings.put("FINESSE_SIMULATOR_CONTROL", control.url().toString());
        return settings;
    }

    private static void tcp(Map<String, String> settings, String host, int port, String security) {
        settings.put("FINESSE_XMPP_TRANSPORT", "tcp");
        settings.put("FINESSE_XMPP_HOST", host);
        settings.put("FINESSE_XMPP_PORT", String.valueOf(port));
        settings.put("FINESSE_XMPP_SECURITY", security);
    }

    private static String agentSetting(AgentProfile profile) {
        return profile.id() + ":" + profile.password() + ":" + profile.extension();
    }

    /** Every door the simulator opened, for people exploring it with Postman and an XMPP client. */
    public String describeDoors() {
        String rest = "REST:        " + this.rest.baseUrl() + "/finesse/api/User/{id}  (HTTP Basic: agent id and password)";
        String controlDoor = "Control:     " + control.url()
                + "  (PUT /service OUT_OF_SERVICE, PUT /faults/NAME on, PUT /variants/NAME on, POST /reset)";
        return embeddedXmpp.map(xmpp -> String.join("\n", rest,
                "XMPP TCP:    127.0.0.1:" + xmpp.port() + "  (STARTTLS offered; domain " + options.xmppDomain() + ")",
                "XMPP TLS:    127.0.0.1:" + xmpp.directTlsPort() + "  (direct TLS, like 5223)",
                "XMPP BOSH:   " + xmpp.boshUrl(),
                "CA (PEM):    " + caPem,
                controlDoor)).orElseGet(() -> String.join("\n", rest,
                "XMPP:        an external server, " + xmppSettings, "CA (PEM):    " + caPem, controlDoor));
    }

    public SimulatorOptions options() {
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

    @Override
    public void close() {
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
