package io.finesseacceptance.steps;

import io.cucumber.java.After;
import io.cucumber.java.AfterAll;
import io.cucumber.java.BeforeAll;

public class SuiteHooks {

    private final ScenarioAgent agent;

    public SuiteHooks(ScenarioAgent agent) {
        this.agent = agent;
    }

    @BeforeAll
    public static void startRuntime() {
        SuiteRuntime.start();
    }

    @AfterAll
    public static void stopRuntime() {
        SuiteRuntime.stop();
    }

    /** Runs also when the scenario failed: a shared lab gets its agent back as it was. */
    @After
    public void putTheAgentBack() {
        agent.restore();
    }
}
