package io.finesseacceptance.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.finesseacceptance.simulator.SimulatorControlClient;
import org.opentest4j.TestAbortedException;

/** Conditions of the whole lab that only the simulator can be put in on demand (scenarios tagged @simulator-only). */
public class LabConditionSteps {

    private final CurrentRun run;
    private final ScenarioAgents agents;
    private boolean runsAlone;
    private boolean changed;

    public LabConditionSteps(CurrentRun run, ScenarioAgents agents) {
        this.run = run;
        this.agents = agents;
    }

    @Before(order = 0)
    public void noteWhetherTheScenarioRunsAlone(Scenario scenario) {
        runsAlone = scenario.getSourceTagNames().contains(SwitchesTheWholeLab.TAG);
    }

    /** Whether this scenario switched the lab (so a failover during it is its own doing). */
    boolean switchedTheLab() {
        return changed;
    }

    SimulatorControlClient control() {
        if (!runsAlone) {
            // other scenarios may be running beside this one: switching the lab would break them
            throw new IllegalStateException("this step switches the whole lab; tag the scenario "
                    + SwitchesTheWholeLab.TAG + " so that it runs alone");
        }
        changed = true;
        return run.runtime().lab().settings().simulatorControl().map(SimulatorControlClient::new)
                .orElseThrow(() -> new TestAbortedException("this lab cannot be switched on demand"));
    }

    @SwitchesTheWholeLab
    @Checks("§8.4")
    @Given("the lab requires a reason to go NOT_READY")
    public void theLabRequiresAReasonToGoNotReady() {
        control().requireReasonCode("NOT_READY", true);
    }

    @SwitchesTheWholeLab
    @Checks({"§8.9", "§12.1"})
    @Given("Finesse is out of service")
    public void finesseIsOutOfService() {
        control().outOfService(true);
    }

    @SwitchesTheWholeLab
    @Checks("§20.4")
    @Given("the other side is out of service")
    public void theOtherSideIsOutOfService() {
        // whichever side the scenario's agent is not on: the control endpoints name it as the simulator does
        control().sideStatus(agents.agent().side().other().label(), "OUT_OF_SERVICE");
    }

    /** Before the agents are put back (After hooks with a higher order run first): they need Finesse in service. */
    @After(order = 20_000)
    public void putTheLabBack() {
        if (changed) {
            control().reset();
        }
    }
}
