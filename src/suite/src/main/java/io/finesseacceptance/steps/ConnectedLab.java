package io.finesseacceptance.steps;

import io.finesseacceptance.agent.AgentLeases;
import io.finesseacceptance.agent.AgentPool;
import io.finesseacceptance.lab.FinesseDeployment;
import io.finesseacceptance.lab.FinesseLab;
import io.finesseacceptance.lab.LabPreflight;
import io.finesseacceptance.report.AllureEnvironment;
import io.finesseacceptance.report.AllureExchanges;
import io.finesseacceptance.report.DeploymentSides;
import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.LabSettingsReader;
import io.finesseacceptance.settings.RunTarget;
import io.finesseacceptance.settings.SettingsSource;
import io.finesseacceptance.settings.Side;
import io.finesseacceptance.simulator.FinesseSimulator;
import io.finesseacceptance.simulator.SimulatorConfig;
import io.finesseacceptance.upgrade.LabRecording;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What lives for one run of the features: the Finesse under test (a lab, or the embedded simulator when
 * no lab is configured), its agents and their XMPP sessions. This is the only place the suite meets
 * the simulator, and only to start it: everything else reaches it over HTTP and XMPP like a lab.
 */
final class ConnectedLab {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectedLab.class);
    private static final Duration PATIENCE_FOR_AN_AGENT = Duration.ofSeconds(60);

    private final Optional<FinesseSimulator> simulator;
    private final FinesseDeployment deployment;
    private final AgentLeases leases;
    private final Thread restoreOnInterrupt;
    private final Map<String, String> teams = new ConcurrentHashMap<>();

    private ConnectedLab(Optional<FinesseSimulator> simulator, FinesseDeployment deployment) {
        this.simulator = simulator;
        this.deployment = deployment;
        this.leases = new AgentLeases(deployment, new AgentPool(deployment.settings().agents()),
                deployment.settings().takeOver(), PATIENCE_FOR_AN_AGENT);
        // Ctrl-C ends the JVM without After hooks: agents still leased are put back from here
        this.restoreOnInterrupt = new Thread(() -> {
            leases.giveBackAll();
            deployment.close();
        }, "finesse-acceptance-restore");
        Runtime.getRuntime().addShutdownHook(restoreOnInterrupt);
    }

    /**
     * Starts what {@code environment} (the run's FINESSE_* settings) points at: a lab, or the simulator.
     *
     * @param recording hears every HTTP exchange and confirmed change, for the upgrade baseline
     */
    static ConnectedLab start(SettingsSource environment, LabRecording recording) {
        Optional<FinesseSimulator> simulator = Optional.empty();
        SettingsSource source = environment;
        if (RunTarget.decide(environment) == RunTarget.SIMULATOR) {
            FinesseSimulator started = FinesseSimulator.start(SimulatorConfig.fromSystemProperties());
            simulator = Optional.of(started);
            // the simulator's own values win; anything else (e.g. FINESSE_EVENT_TIMEOUT) still applies
            source = SettingsSource.of(started.labSettings()).orElse(environment);
            LOG.info("No FINESSE_BASE_URL set: running against the embedded Finesse simulator");
        }
        try {
            LabSettings settings = LabSettingsReader.read(source);
            LOG.info("Target: {} {}", simulator.isPresent() ? "the embedded Finesse simulator," : "the lab",
                    settings.describe());
            AllureExchanges report = new AllureExchanges();
            FinesseDeployment deployment = LabPreflight.connect(settings, exchange -> {
                report.exchanged(exchange);
                recording.exchanged(exchange);
            }, recording);
            deployment.checkedSides().forEach(side -> LOG.info("{} side: {}", side.lab().side().label(),
                    DeploymentSides.describe(side)));
            Map<Side, URI> baseUrls = new EnumMap<>(Side.class);
            deployment.checkedSides().forEach(side -> baseUrls.put(side.lab().side(), side.lab().settings().baseUrl()));
            recording.sidesAt(baseUrls);
            AllureEnvironment.write(deployment, simulator.isPresent());
            return new ConnectedLab(simulator, deployment);
        } catch (RuntimeException unusable) {
            simulator.ifPresent(FinesseSimulator::close);
            throw unusable;
        }
    }

    /** Closes the XMPP sessions (agents are already back in their states) and stops the simulator. */
    void stop() {
        try {
            Runtime.getRuntime().removeShutdownHook(restoreOnInterrupt);
            leases.giveBackAll();
            deployment.close();
        } finally {
            simulator.ifPresent(FinesseSimulator::close);
        }
    }

    /** The primary side (the only one of a single-node lab): its settings and SystemInfo. */
    FinesseLab lab() {
        return deployment.primary();
    }

    FinesseDeployment deployment() {
        return deployment;
    }

    /** The team the agent is on, read once per run (a team assignment does not change during a run). */
    String teamOf(AgentAccount agent) {
        return teams.computeIfAbsent(agent.id(), id -> deployment.user(agent).teamId());
    }

    AgentLeases leases() {
        return leases;
    }

    boolean onSimulator() {
        return simulator.isPresent() || deployment.settings().simulatorControl().isPresent();
    }
}
