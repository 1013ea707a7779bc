package io.finesseacceptance.steps;

import io.finesseacceptance.agent.AgentPool;
import io.finesseacceptance.agent.FinesseLab;
import io.finesseacceptance.lab.LabSettings;
import io.finesseacceptance.lab.LabSettingsReader;
import io.finesseacceptance.lab.SettingsSource;
import io.finesseacceptance.report.AllureEnvironment;
import io.finesseacceptance.report.AllureExchanges;
import io.finesseacceptance.simulator.FinesseSimulator;
import io.finesseacceptance.simulator.SimulatorOptions;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What lives for one run of the features: the Finesse under test (a lab, or the embedded simulator when
 * no lab is configured), its agents and their XMPP sessions. This is the only place the suite meets
 * the simulator, and only to start it: everything else reaches it over HTTP and XMPP like a lab.
 */
final class SuiteRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(SuiteRuntime.class);
    private static SuiteRuntime current;

    private final Optional<FinesseSimulator> simulator;
    private final FinesseLab lab;
    private final AgentPool pool;

    private SuiteRuntime(Optional<FinesseSimulator> simulator, FinesseLab lab) {
        this.simulator = simulator;
        this.lab = lab;
        this.pool = new AgentPool(lab.settings().agents());
    }

    static synchronized void start() {
        if (current != null) {
            return;
        }
        SettingsSource environment = SettingsSource.systemPropertiesThenEnvironment();
        Optional<FinesseSimulator> simulator = Optional.empty();
        SettingsSource source = environment;
        if (!LabSettingsReader.labConfigured(environment)) {
            FinesseSimulator started = FinesseSimulator.start(SimulatorOptions.defaults());
            simulator = Optional.of(started);
            // the simulator's own values win; anything else (e.g. FINESSE_EVENT_TIMEOUT) still applies
            source = SettingsSource.of(started.labSettings()).orElse(environment);
            LOG.info("No FINESSE_BASE_URL set: running against the embedded Finesse simulator");
        }
        try {
            LabSettings settings = LabSettingsReader.read(source);
            LOG.info("Target: {}", settings.describe());
            FinesseLab lab = FinesseLab.connect(settings, new AllureExchanges());
            AllureEnvironment.write(settings, lab.systemInfo(), lab.notificationEndpoint().trust().describe(),
                    simulator.isPresent());
            current = new SuiteRuntime(simulator, lab);
        } catch (RuntimeException unusable) {
            simulator.ifPresent(FinesseSimulator::close);
            throw unusable;
        }
    }

    static synchronized SuiteRuntime current() {
        if (current == null) {
            throw new IllegalStateException("the suite runtime is not started");
        }
        return current;
    }

    /** Closes the XMPP sessions (agents are already back in their states) and stops the simulator. */
    static synchronized void stop() {
        if (current == null) {
            return;
        }
        try {
            current.lab.close();
        } finally {
            current.simulator.ifPresent(FinesseSimulator::close);
            current = null;
        }
    }

    FinesseLab lab() {
        return lab;
    }

    AgentPool pool() {
        return pool;
    }
}
