package io.finesseacceptance.steps;

import io.finesseacceptance.latency.LatencyLog;
import io.finesseacceptance.report.DocumentedForms;
import io.finesseacceptance.upgrade.LabRecording;

/** The glue's handle on the run in progress; PicoContainer hands one to each scenario's steps. */
public final class CurrentRun {

    private final RunContext run = RunsInProgress.current();

    ConnectedLab runtime() {
        return run.runtime();
    }

    LatencyLog latency() {
        return run.latency();
    }

    DocumentedForms documentedForms() {
        return run.documentedForms();
    }

    LabRecording recording() {
        return run.recording();
    }

    boolean mayTryABadPassword(String agentId) {
        return run.mayTryABadPassword(agentId);
    }
}
