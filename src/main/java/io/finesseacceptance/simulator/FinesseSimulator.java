package io.finesseacceptance.simulator;

import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.agents.AgentProfile;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import io.finesseacceptance.simulator.rest.FinesseRestServer;
import io.finesseacceptance.simulator.rest.RestServerConfig;
import io.finesseacceptance.simulator.rest.SystemInfoSettings;
import io.finesseacceptance.simulator.rest.SystemStatus;
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
import java.util.stream.Collectors;

/**
 * An embedded Finesse on 127.0.0.1: the REST web services and the XMPP notification service, with
 * agents, reason codes and fault switches. The suite reaches it only through {@link #labSettings()},
 * the same FINESSE_* settings a real lab is described by.
 */
public final class FinesseSimulator implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";

    private final SimulatorOptions options;
    private final AgentDirectory agents;
    private final FaultSwitches faults;
    private final Path caPem;
    private final XmppNotificationService xmpp;
    private final FinesseRestServer rest;

    private FinesseSimulator(SimulatorOptions options, AgentDirectory agents, FaultSwitches faults, Path caPem,
                             XmppNotificationService xmpp, FinesseRestServer rest) {
        this.options = options;
        this.agents = agents;
        this.faults = faults;
        this.caPem = caPem;
        this.xmpp = xmpp;
        this.rest = rest;
    }

    public static FinesseSimulator start(SimulatorOptions options) {
        String domain = options.xmppDomain();
        String pubSub = "pubsub." + domain;
        // a CA of its own per run: the suite trusts exactly it, as it trusts a lab's CA (FINESSE_CA_CERT)
        SimulatorCertificates certificates = SimulatorCertificates.generate("finesse-acceptance simulator CA",
                List.of(domain, "localhost"), List.of(LOOPBACK));
        Path caPem = writeCa(certificates);
        AgentDirectory agents = AgentDirectory.withDefaultAgents(options.agentCount());
        FaultSwitches faults = new FaultSwitches();
        options.faults().forEach(faults::enable);
        XmppNotificationService xmpp = XmppNotificationService.start(new XmppServiceConfig(LOOPBACK,
                options.xmppPort(), domain, pubSub, agents::authenticates, certificates.serverContext(), false));
        try {
            SystemInfoSettings systemInfo = new SystemInfoSettings(options.deploymentType(), domain, pubSub, LOOPBACK,
                    "", SystemStatus.IN_SERVICE, SystemInfoSettings.localDefaults(options.deploymentType()).ctiVersion(),
                    0);
            FinesseRestServer rest = FinesseRestServer.start(new RestServerConfig(LOOPBACK, options.restPort(),
                    systemInfo, options.notificationDelay()), agents, xmpp, faults);
            return new FinesseSimulator(options, agents, faults, caPem, xmpp, rest);
        } catch (RuntimeException failed) {
            xmpp.close();
            throw failed;
        }
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
        settings.put("FINESSE_XMPP_HOST", LOOPBACK);
        settings.put("FINESSE_XMPP_PORT", String.valueOf(xmpp.port()));
        settings.put("FINESSE_XMPP_SECURITY", "required");
        settings.put("FINESSE_CA_CERT", caPem.toString());
        return settings;
    }

    private static String agentSetting(AgentProfile profile) {
        return profile.id() + ":" + profile.password() + ":" + profile.extension();
    }

    public FaultSwitches faults() {
        return faults;
    }

    public SimulatorOptions options() {
        return options;
    }

    public String xmppDomain() {
        return options.xmppDomain();
    }

    @Override
    public void close() {
        try {
            rest.close();
        } finally {
            xmpp.close();
        }
    }
}
