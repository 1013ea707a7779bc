package io.finesseacceptance.steps;

import io.finesseacceptance.latency.LatencyLog;
import io.finesseacceptance.report.DocumentedForms;
import io.finesseacceptance.settings.SettingsSource;
import io.finesseacceptance.upgrade.Baseline;
import io.finesseacceptance.upgrade.LabRecording;
import io.finesseacceptance.upgrade.UpgradeBaselineTask;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** What one run of the features owns: its settings, the runtime it starts, what it remembers. */
final class RunContext implements AutoCloseable {

    private final SettingsSource settings;
    private final Set<String> badPasswordsTried = ConcurrentHashMap.newKeySet();
    private final LatencyLog latency = new LatencyLog();
    private final DocumentedForms documentedForms = new DocumentedForms();
    private final UpgradeBaselineTask baselineTask;
    private final LabRecording recording;
    private Optional<Baseline> baselineToCompare = Optional.empty();
    private ConnectedLab runtime;

    RunContext(SettingsSource settings) {
        this.settings = settings;
        this.baselineTask = UpgradeBaselineTask.from(settings);
        this.recording = baselineTask.newRecording();
    }

    SettingsSource settings() {
        return settings;
    }

    /** Every notification latency of this run, for its summary in the report. */
    LatencyLog latency() {
        return latency;
    }

    /** Which of the documented forms this run's lab answered in. */
    DocumentedForms documentedForms() {
        return documentedForms;
    }

    /** What the lab showed this run, for the upgrade baseline; a recording that is off when no baseline is asked for. */
    LabRecording recording() {
        return recording;
    }

    UpgradeBaselineTask baselineTask() {
        return baselineTask;
    }

    /** The baseline this run compares with, read before the run starts. */
    Optional<Baseline> baselineToCompare() {
        return baselineToCompare;
    }

    synchronized ConnectedLab start() {
        if (runtime == null) {
            baselineToCompare = baselineTask.baselineToCompare();
            runtime = ConnectedLab.start(settings, recording);
        }
        return runtime;
    }

    synchronized ConnectedLab runtime() {
        if (runtime == null) {
            throw new IllegalStateException("the suite runtime of this run is not started");
        }
        return runtime;
    }

    /**
     * Finesse locks a user out after five bad passwords in a row, so a run makes at most one bad attempt
     * per agent and never repeats it; false when this agent already had its one.
     */
    boolean mayTryABadPassword(String agentId) {
        return badPasswordsTried.add(agentId);
    }

    @Override
    public synchronized void close() {
        if (runtime != null) {
            runtime.stop();
            runtime = null;
        }
    }
}
