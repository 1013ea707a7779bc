package io.finesseacceptance.livingdocs.sample;

import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.finesseacceptance.steps.Checks;
import org.opentest4j.TestAbortedException;

/** The glue of livingdocs/sample.feature: one step per outcome, and the notes a scenario of the suite writes. */
public class SampleSteps {

    @Checks("§5.1")
    @Given("a step that passes")
    public void passes() {
        // passes
    }

    @Checks({"§6.4", "§16.7"})
    @Given("a step that passes with {word}")
    public void passesWith(String state) {
        // passes
    }

    @Checks("§7.1")
    @Then("a step that fails with {string}")
    public void failsWith(String message) {
        throw new AssertionError(message);
    }

    @Given("a step that is skipped because {string}")
    public void skippedBecause(String reason) {
        throw new TestAbortedException(reason);
    }

    @After
    public void notes(Scenario scenario) {
        scenario.log("Side: secondary\nDocumented form: acceptance form: 202 Accepted");
    }
}
