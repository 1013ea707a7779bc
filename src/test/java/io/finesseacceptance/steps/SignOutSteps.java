package io.finesseacceptance.steps;

import static io.finesseacceptance.agent.StateChangeAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.finesseacceptance.agent.AgentDesk;
import io.finesseacceptance.agent.DeskSnapshot;
import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.finesse.ReasonCode;
import io.finesseacceptance.finesse.User;
import io.finesseacceptance.notify.AnnouncedState;
import io.finesseacceptance.rest.AgentStateRequest;
import io.finesseacceptance.rest.FinesseApiException;
import java.util.List;
import org.opentest4j.TestAbortedException;

public class SignOutSteps {

    private final ScenarioAgent agent;
    private final StepEvidence evidence;

    public SignOutSteps(ScenarioAgent agent, StepEvidence evidence) {
        this.agent = agent;
        this.evidence = evidence;
    }

    @ParameterType("LOGOUT|NOT_READY|READY|TALKING|HOLD|RESERVED|WORK|WORK_READY")
    public AgentState agentState(String name) {
        return AgentState.valueOf(name);
    }

    @Given("an agent is signed in on their extension and NOT_READY")
    public void anAgentSignedInAndNotReady() {
        AgentDesk desk = agent.lease();
        desk.bringTo(DeskSnapshot.notReadyOn(desk.account().extension()));
    }

    @Given("the lab offers a sign-out reason to the agent")
    public void theLabOffersASignOutReason() {
        List<ReasonCode> reasons = signOutReasons();
        if (reasons.isEmpty()) {
            throw new TestAbortedException("the lab lists no LOGOUT reason codes for agent " + agent.desk().id());
        }
        agent.choose(reasons.get(0));
    }

    /** The reason code list is deprecated from Finesse 12.5(1); a lab that dropped it cannot run this. */
    private List<ReasonCode> signOutReasons() {
        try {
            return agent.desk().reasonCodes("LOGOUT");
        } catch (FinesseApiException notOffered) {
            if (notOffered.response().status() == 404) {
                throw new TestAbortedException("this Finesse does not offer the reason code list: " + notOffered.getMessage());
            }
            throw notOffered;
        }
    }

    @When("the agent signs out")
    public void theAgentSignsOut() {
        agent.changed(agent.desk().send(AgentStateRequest.signOut()));
    }

    @When("the agent signs out giving that reason")
    public void theAgentSignsOutGivingThatReason() {
        ReasonCode reason = agent.chosenReason().orElseThrow();
        agent.changed(agent.desk().send(AgentStateRequest.signOut().withReasonCode(reason.id())));
    }

    @Then("Finesse accepts the request with 202 Accepted and an empty body")
    public void finesseAcceptsWith202AndEmptyBody() {
        assertThat(agent.lastChange()).isAcceptedAsDocumented();
    }

    @Then("the agent's notifications announce {agentState} within the event timeout")
    public void theNotificationsAnnounce(AgentState expected) {
        announced(expected);
    }

    @Then("the agent's notifications announce {agentState} with that reason within the event timeout")
    public void theNotificationsAnnounceWithReason(AgentState expected) {
        AnnouncedState announced = announced(expected);
        String reasonId = agent.chosenReason().orElseThrow().id();
        User user = announced.notification().user().orElseThrow();
        assertThat(user.reasonCode())
                .as("agent %s: reason code announced with %s", agent.desk().id(), expected)
                .contains(reasonId);
    }

    @Then("reading the agent back shows {agentState}")
    public void readingTheAgentBackShows(AgentState expected) {
        User user = agent.desk().read();
        assertThat(user.state())
                .as("agent %s read back after %s: %s", agent.desk().id(), agent.lastChange().request(), user)
                .isEqualTo(expected);
        if (expected == AgentState.LOGOUT) {
            assertThat(user.extension())
                    .as("agent %s: extension shown after signing out", agent.desk().id())
                    .isEmpty();
        }
    }

    private AnnouncedState announced(AgentState expected) {
        assertThat(agent.lastChange().request().expectedState())
                .as("the state the scenario's request asked for").isEqualTo(expected);
        AnnouncedState announced = agent.desk().awaitAnnounced(agent.lastChange());
        evidence.announced(agent.desk(), agent.lastChange(), announced);
        return announced;
    }
}
