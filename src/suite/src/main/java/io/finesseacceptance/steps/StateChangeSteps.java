package io.finesseacceptance.steps;

import static io.finesseacceptance.steps.StateChangeAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.finesseacceptance.agent.AgentDesk;
import io.finesseacceptance.agent.StateChange;
import io.finesseacceptance.agent.StateConfirmation;
import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.finesse.User;
import io.finesseacceptance.rest.AgentStateRequest;

/** What agents ask of Finesse, and what Finesse answers and announces. */
public class StateChangeSteps {

    private final ScenarioAgents agents;
    private final StepEvidence evidence;

    public StateChangeSteps(ScenarioAgents agents, StepEvidence evidence) {
        this.agents = agents;
        this.evidence = evidence;
    }

    private void send(AgentStateRequest request) {
        agents.changed(agents.agent().send(request));
    }

    @Checks("§4.1")
    @When("the agent signs in on their extension")
    public void theAgentSignsIn() {
        send(AgentStateRequest.signIn(agents.agent().account().extension()));
    }

    @Checks("§4.4")
    @When("the agent signs out")
    public void theAgentSignsOut() {
        send(AgentStateRequest.signOut());
    }

    @Checks({"§4.4", "§11.2"})
    @When("the agent signs out giving that reason")
    public void theAgentSignsOutGivingThatReason() {
        send(AgentStateRequest.signOut().withReasonCode(agents.chosenReason().orElseThrow().id()));
    }

    @Checks({"§4.2", "§4.3"})
    @When("the agent becomes {agentState}")
    public void theAgentBecomes(AgentState state) {
        send(AgentStateRequest.of(state));
    }

    @Checks({"§4.3", "§11.2"})
    @When("the agent becomes {agentState} giving that reason")
    public void theAgentBecomesGivingThatReason(AgentState state) {
        send(AgentStateRequest.of(state).withReasonCode(agents.chosenReason().orElseThrow().id()));
    }

    @Checks({"§4.2", "§4.3", "§4.4", "§4.5"})
    @When("the agent asks for {request}")
    public void theAgentAsksFor(AgentStateRequest request) {
        send(request);
    }

    @Checks({"§4.1", "§8.6"})
    @When("the agent tries to sign in the second agent")
    public void theAgentTriesToSignInTheSecondAgent() {
        AgentDesk second = agents.second();
        agents.changed(agents.agent().sendFor(second, AgentStateRequest.signIn(second.account().extension())));
    }

    @Checks("§5.1")
    @Then("Finesse accepts the request with 202 Accepted and an empty body")
    public void finesseAcceptsWith202AndEmptyBody() {
        assertThat(agents.lastChange()).isAcceptedAsDocumented();
    }

    /** READY and NOT_READY: the guide says 200 or 202 (docs/finesse-contract.md §16.7); the report says which. */
    @Checks({"§5.2", "§16.7"})
    @Then("Finesse accepts the request with 200 OK or 202 Accepted and an empty body")
    public void finesseAcceptsWith200Or202AndEmptyBody() {
        StateChange change = agents.lastChange();
        assertThat(change).isAccepted();
        evidence.documentedForm(agents.agent(), change.request().toString(), "acceptance form: "
                + (change.response().status() == 200 ? "200 OK" : "202 Accepted"), change.describe());
    }

    @Checks({"§5.3", "§6.4", "§6.5", "§6.6"})
    @Then("the agent's notifications announce {agentState} within the event timeout")
    public void theNotificationsAnnounce(AgentState expected) {
        announced(expected);
    }

    @Checks({"§5.3", "§6.4", "§6.5", "§6.6", "§11.2"})
    @Then("the agent's notifications announce {agentState} with that reason within the event timeout")
    public void theNotificationsAnnounceWithReason(AgentState expected) {
        User user = announced(expected).user();
        assertThat(user.reasonCode())
                .as("agent %s: reason code announced with %s", agents.agent().id(), expected)
                .contains(agents.chosenReason().orElseThrow().id());
    }

    /** After a refusal at once nothing at all; after a refusal by error notification nothing but that notification. */
    @Checks({"§8.10", "§9.1", "§16.6"})
    @Then("no notification but the refusal arrives for the request during the quiet period")
    public void noNotificationButTheRefusal() {
        agents.lastRefusal().ifPresentOrElse(refusal -> agents.agent().assertNothingAnnouncedBut(refusal),
                () -> agents.agent().assertNothingAnnounced(agents.lastChange()));
    }

    @Checks({"§8.6", "§8.10"})
    @Then("no notification arrives for the request on the second agent's channel during the quiet period")
    public void noNotificationForTheSecondAgent() {
        agents.second().assertNothingAnnounced(agents.lastChange());
    }

    /** The state alone: where the extension or the reason matters, the step's text says so. */
    @Checks({"§7.1", "§8.10"})
    @Then("reading the agent back shows {agentState}")
    public void readingTheAgentBackShows(AgentState expected) {
        readBack(expected);
    }

    @Checks({"§7.1", "§7.2"})
    @Then("reading the agent back shows {agentState} with no extension")
    public void readingTheAgentBackShowsWithNoExtension(AgentState expected) {
        User user = readBack(expected);
        assertThat(user.extension()).as("agent %s: extension shown when %s", user.loginId(), expected).isEmpty();
    }

    @Checks({"§7.1", "§7.2"})
    @Then("reading the agent back shows {agentState} on their extension")
    public void readingTheAgentBackShowsOnTheirExtension(AgentState expected) {
        User user = readBack(expected);
        assertThat(user.extension()).as("agent %s: extension shown", user.loginId())
                .isEqualTo(agents.agent().account().extension());
    }

    @Checks({"§7.1", "§7.3", "§11.2"})
    @Then("reading the agent back shows {agentState} with that reason")
    public void readingTheAgentBackShowsWithThatReason(AgentState expected) {
        User user = readBack(expected);
        assertThat(user.reasonCode()).as("agent %s: reason code shown", user.loginId())
                .contains(agents.chosenReason().orElseThrow().id());
    }

    private User readBack(AgentState expected) {
        User user = agents.agent().read();
        assertThat(user.state())
                .as("agent %s read back after asking for %s: %s", user.loginId(), agents.lastChange().request(), user)
                .isEqualTo(expected);
        return user;
    }

    private StateConfirmation announced(AgentState expected) {
        StateChange change = agents.lastChange();
        assertThat(change.request().expectedState())
                .as("the state the scenario's request asked for").isEqualTo(expected);
        StateConfirmation confirmation = agents.agent().awaitAnnounced(change);
        evidence.confirmed(agents.agent(), change, confirmation);
        return confirmation;
    }
}
