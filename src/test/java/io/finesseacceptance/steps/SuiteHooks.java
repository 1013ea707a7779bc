package io.finesseacceptance.steps;

import io.cucumber.java.After;
import io.cucumber.java.AfterAll;
import io.cucumber.java.AfterStep;
import io.cucumber.java.BeforeAll;

public class SuiteHooks {

    private final ScenarioAgent agent;
    private final StepEvidence evidence;

    public SuiteHooks(ScenarioAgent agent, StepEvidence evidence) {
        this.agent = agent;
        this.evidence = evidence;
    }

    @BeforeAll
    public static void startRuntime() {
        SuiteRuntime.start();
    }

    @AfterAll
    public static void stopRuntime() {
        SuiteRuntime.stop();
    }

    @AfterStep
    public void attachNotifications() {
        evidence.attachNewNotifications(agent);
    }

    /** Runs also when the scenario failed: a shared lab gets its agent back as it was. */
    @After
    public void putTheAgentBack() {
        try {
            agent.restore();
        } finally {
            evidence.attachNewNotifications(agent);
        }
    }
}
