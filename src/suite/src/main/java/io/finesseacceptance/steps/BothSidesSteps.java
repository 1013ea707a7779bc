package io.finesseacceptance.steps;

import static io.finesseacceptance.steps.StateChangeAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.finesseacceptance.agent.AgentDesk;
import io.finesseacceptance.agent.StateChange;
import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.finesse.User;
import io.finesseacceptance.notify.AnnouncedState;
import io.finesseacceptance.notify.NotificationNotReceived;
import io.finesseacceptance.notify.NotificationWait;
import io.finesseacceptance.rest.AgentStateRequest;
import io.finesseacceptance.settings.Side;

/**
 * An agent seen from both sides of a two-node deployment (docs/finesse-contract.md §20): a change made through
 * either side is announced by both notification services and read back the same from both. Whether the side
 * that did not take the request echoes its requestId is not documented; both forms pass and the report says
 * which one the lab used.
 */
public class BothSidesSteps {

    private final ScenarioAgents agents;
    private final StepEvidence evidence;
    private final CurrentRun run;
    private AgentDesk otherSide;
    private long otherSideMark;
    private long ownSideMark;
    private StateChange sentThroughTheOtherSide;

    public BothSidesSteps(ScenarioAgents agents, StepEvidence evidence, CurrentRun run) {
        this.agents = agents;
        this.evidence = evidence;
        this.run = run;
    }

    @Given("the agent's notifications are heard on both sides of the deployment")
    public void heardOnBothSides() {
        AgentDesk own = agents.agent();
        otherSide = run.runtime().deployment().deskOn(own.account(), own.side().other());
        otherSideMark = otherSide.feed().mark();
        ownSideMark = own.feed().mark();
    }

    @When("the agent signs out through the other side")
    public void theAgentSignsOutThroughTheOtherSide() {
        sentThroughTheOtherSide = otherSide().send(AgentStateRequest.signOut());
        agents.changedThrough(otherSide(), sentThroughTheOtherSide);
    }

    @Then("the other side's notifications announce {agentState} within the event timeout")
    public void theOtherSideAnnounces(AgentState expected) {
        announcedOn(otherSide(), otherSideMark, expected);
    }

    @Then("the agent's own side's notifications announce {agentState} within the event timeout")
    public void theOwnSideAnnounces(AgentState expected) {
        announcedOn(agents.agent(), ownSideMark, expected);
    }

    @Then("reading the agent back from the other side shows {agentState}")
    public void readingBackFromTheOtherSide(AgentState expected) {
        readBack(otherSide(), expected);
    }

    @Then("reading the agent back from either side shows {agentState} with no extension")
    public void readingBackFromEitherSide(AgentState expected) {
        for (AgentDesk side : new AgentDesk[] {agents.agent(), otherSide()}) {
            User user = readBack(side, expected);
            assertThat(user.extension()).as("agent %s read back from the %s side: extension shown when %s",
                    user.loginId(), side.side().label(), expected).isEmpty();
        }
    }

    private AgentDesk otherSide() {
        if (otherSide == null) {
            throw new IllegalStateException("the scenario never said the agent is heard on both sides");
        }
        return otherSide;
    }

    /** Waits on {@code listener}'s side; the form of an announcement by the side that did not take the request is reported. */
    private void announcedOn(AgentDesk listener, long mark, AgentState expected) {
        StateChange change = agents.lastChange();
        assertThat(change.request().expectedState()).as("the state the scenario's request asked for")
                .isEqualTo(expected);
        assertThat(change).isAccepted();
        Side tookIt = sideThatTook(change);
        AnnouncedState announced;
        try {
            announced = NotificationWait.awaitUserUpdate(listener.feed(),
                    change.expectedNotification().on("/finesse/api/User/" + listener.id(), mark),
                    run.runtime().lab().settings().eventTimeout());
        } catch (NotificationNotReceived nothing) {
            throw new AssertionError("agent %s: the %s side (%s) did not announce %s for the request made through the %s"
                    + " side:%n%s".formatted(listener.id(), listener.side().label(), baseUrl(listener.side()),
                    expected, tookIt.label(), nothing.getMessage()), nothing);
        }
        if (listener.side() != tookIt) {
            evidence.documentedForm(listener, change.request().toString(), "the other side's announcement: "
                    + (announced.notification().hasRequestId() ? "requestId echoed" : "without requestId"),
                    announced.notification().summary());
        }
    }

    /** Requests go through the agent's own side unless a step of this class sent one through the other. */
    private Side sideThatTook(StateChange change) {
        return change.equals(sentThroughTheOtherSide) ? otherSide().side() : agents.agent().side();
    }

    private User readBack(AgentDesk side, AgentState expected) {
        User user = side.read();
        assertThat(user.state()).as("agent %s read back from the %s side (%s) after asking for %s: %s",
                user.loginId(), side.side().label(), baseUrl(side.side()), agents.lastChange().request(), user)
                .isEqualTo(expected);
        return user;
    }

    private String baseUrl(Side side) {
        return run.runtime().deployment().side(side).settings().baseUrl().toString();
    }
}
