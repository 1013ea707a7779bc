package io.finesseacceptance.selftest;

import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.simulator.FinesseSimulator;
import io.finesseacceptance.simulator.SimulatorConfig;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One self-test run: a fresh simulator with the planted faults, its printed settings with the self-test's
 * overrides (short waits, so a planted fault fails fast), the features, and a look at the lab before the
 * simulator stops. By default the look includes checking that every agent was put back signed out.
 */
final class SelfTestRun {

    /** What a run left behind; {@code seen} is what the caller read from the lab before it stopped. */
    record Ran<T>(FeatureRun.Outcome outcome, String log, Map<String, AgentState> statesAfter, T seen) {
    }

    private final SimulatorConfig simulator;
    private final Map<String, String> overrides = new LinkedHashMap<>();
    private String features = "features";
    private boolean agentsPutBack = true;
    private final Map<Integer, Consumer<Map<String, String>>> meanwhile = new HashMap<>();

    private SelfTestRun(SimulatorConfig simulator) {
        this.simulator = simulator;
    }

    static SelfTestRun against(SimulatorConfig simulator) {
        return new SelfTestRun(simulator);
    }

    /** Overrides one of the simulator's printed settings, or adds a configuration parameter. */
    SelfTestRun with(String setting, String value) {
        overrides.put(setting, value);
        return this;
    }

    SelfTestRun eventTimeout(String seconds) {
        return with(LabSettings.EVENT_TIMEOUT, seconds);
    }

    /** A feature file or a folder; all the features unless told. */
    SelfTestRun features(String path) {
        features = path;
        return this;
    }

    /** For a fault that also stops the suite putting agents back: the caller looks at {@link Ran#statesAfter}. */
    SelfTestRun agentsMayStayChanged() {
        agentsPutBack = false;
        return this;
    }

    /**
     * Runs {@code action} (given the run's settings) once {@code scenarios} scenarios have finished, beside
     * the run as it goes on: a lab changing under a running suite.
     */
    SelfTestRun meanwhile(int scenarios, Consumer<Map<String, String>> action) {
        meanwhile.put(scenarios, action);
        return this;
    }

    Ran<Void> run(String tags) {
        return run(tags, settings -> null);
    }

    /** @param look what to read from the lab, given the run's settings, while the simulator still runs */
    <T> Ran<T> run(String tags, Function<Map<String, String>, T> look) {
        try (FinesseSimulator started = FinesseSimulator.start(simulator)) {
            Map<String, String> settings = new HashMap<>(started.labSettings());
            settings.putAll(overrides);
            LogCapture.Captured<FeatureRun.Outcome> run = LogCapture.during(
                    () -> FeatureRun.run(settings, features, tags, finished -> {
                        Consumer<Map<String, String>> action = meanwhile.get(finished);
                        if (action != null) {
                            CompletableFuture.runAsync(() -> action.accept(settings));
                        }
                    }));
            if (agentsPutBack) {
                LabSnapshot.assertEveryAgentSignedOutAsFound(settings);
            }
            return new Ran<>(run.result(), run.log(), LabSnapshot.states(settings), look.apply(settings));
        }
    }
}
