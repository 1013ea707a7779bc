package io.finesseacceptance.steps;

/** The glue's handle on the run in progress; PicoContainer hands one to each scenario's steps. */
public final class ThisRun {

    private final RunContext run = RunsInProgress.current();

    SuiteRuntime runtime() {
        return run.runtime();
    }

    boolean mayTryABadPassword(String agentId) {
        return run.mayTryABadPassword(agentId);
    }
}
