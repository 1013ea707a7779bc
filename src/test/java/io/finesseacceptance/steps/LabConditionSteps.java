package io.finesseacceptance.steps;

import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.finesseacceptance.rest.SimulatorControlClient;
import org.opentest4j.TestAbortedException;

/** Conditions of the whole lab that only the simulator can be put in on demand (scenarios tagged @simulator-only). */
public class LabConditionSteps {

    private boolean changed;

    private SimulatorControlClient control() {
        changed = true;
        return SuiteRuntime.current().lab().simulatorControl()
                .orElseThrow(() -> new TestAbortedException("this lab cannot be switched on demand"));
    }

    @Given("the lab requires a reason to go NOT_READY")
    public void theLabRequiresAReasonToGoNotReady() {
        control().requireReasonCode("NOT_READY", true);
    }

    @Given("Finesse is out of service")
    public void finesseIsOutOfService() {
        control().outOfService(true);
    }

    /** Before the agents are put back (After hooks with a higher order run first): they need Finesse in service. */
    @After(order = 20_000)
    public void putTheLabBack() {
        if (changed) {
            control().reset();
        }
    }
}
