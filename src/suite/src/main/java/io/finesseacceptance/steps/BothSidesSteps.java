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
import io.finesseacceptance.notify.NotificationServiceUnreachable;
import io.finesseacceptance.notify.NotificationWait;
import io.finesseacceptance.rest.AgentStateRequest;
import io.finesseacceptance.settings.Side;
import org.opentest4j.TestAbortedException;

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
    private final LabConditionSteps conditions;
    private AgentDesk otherSide;
    private long ownSideMarkAtSend;
    private long otherSideMark;
    private long ownSideMark;
    private StateChange sentThroughTheOtherSide;

    public BothSidesSteps(ScenarioAgents agents, StepEvidence evidence, CurrentRun run,
                          LabConditionSteps conditions) {
        this.agents = agents;
        this.evidence = evidence;
        this.run = run;
        this.conditions = conditions;
    }

    @Checks({"§20.1", "§20.2", "§20.3"})
    @Given("the agent's notifications are heard on both sides of the deployment")
    public void heardOnBothSides() {
        AgentDesk own = agents.agent();
        judgeable();
        try {
            // pinned: this desk stays on the other side even when that side fails over
            otherSide = run.runtime().deployment().side(own.side().other()).pinnedDesk(own.account());
        } catch (NotificationServiceUnreachable refused) {
            if (!conditions.switchedTheLab()) {
                run.runtime().deployment().failedOver(own.side().other(), refused.getMessage());
            }
            judgeable();
            throw refused;
        }
        otherSideMark = otherSide.feed().mark();
        ownSideMark = own.feed().mark();
    }

    @Checks({"§4.4", "§20.1"})
    @When("the agent signs out through the other side")
    public void theAgentSignsOutThroughTheOtherSide() {
        ownSideMarkAtSend = agents.agent().feed().mark();
        sentThroughTheOtherSide = otherSide().send(AgentStateRequest.signOut());
        agents.changedThrough(otherSide(), sentThroughTheOtherSide);
        if (sentThroughTheOtherSide.response().status() == 503) {
            judgeable(); // a 503 the scenario did not cause is a failover under way, not this scenario's finding
        }
    }

    @Checks({"§6.4", "§6.5", "§20.1"})
    @Then("the other side's notifications announce {agentState} within the event timeout")
    public void theOtherSideAnnounces(AgentState expected) {
        judgeable();
        announcedOn(otherSide(), otherSideMark, expected);
    }

    @Checks({"§6.4", "§6.5", "§20.1"})
    @Then("the agent's own side's notifications announce {agentState} within the event timeout")
    public void theOwnSideAnnounces(AgentState expected) {
        judgeable();
        announcedOn(agents.agent(), ownSideMark, expected);
    }

    @Checks({"§8.10", "§20.1", "§20.4"})
    @Then("nothing is announced for the request on either side during the quiet period")
    public void nothingAnnouncedOnEitherSide() {
        StateChange change = agents.lastChange();
        otherSide().assertNothingAnnounced(change);
        NotificationWait.assertNothingAnnounced(agents.agent().feed(), change.expectedNotification()
                .on("/finesse/api/User/" + change.agentId(), ownSideMarkAtSend), run.runtime().lab().settings()
                .quietPeriod());
    }

    @Checks({"§7.1", "§20.1"})
    @Then("reading the agent back from the other side shows {agentState}")
    public void readingBackFromTheOtherSide(AgentState expected) {
        judgeable();
        readBack(otherSide(), expected);
    }

    @Checks({"§7.1", "§7.2", "§20.1"})
    @Then("reading the agent back from either side shows {agentState} with no extension")
    public void readingBackFromEitherSide(AgentState expected) {
        judgeable();
        for (AgentDesk side : new AgentDesk[] {agents.agent(), otherSide()}) {
            User user = readBack(side, expected);
            assertThat(user.extension()).as("agent %s read back from the %s side: extension shown when %s",
                    user.loginId(), side.side().label(), expected).isEmpty();
        }
    }

    /**
     * A side that failed over during the scenario, unless the scenario did it itself, leaves nothing to judge
     * across the sides: the scenario is stopped with the reason, neither passed nor failed.
     */
    private void judgeable() {
        if (conditions.switchedTheLab()) {
            return;
        }
        for (Side side : Side.values()) {
            run.runtime().deployment().failover(side).ifPresent(why -> {
                throw new TestAbortedException("the " + side.label() + " side failed over during the scenario (" + why
                        + "): a scenario across both sides cannot be judged now");
            });
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
            throw new AssertionError(("agent %s: the %s side (%s) did not announce %s for the request made through the %s"
                    + " side:%n%s").formatted(listener.id(), listener.side().label(), baseUrl(listener.side()),
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
