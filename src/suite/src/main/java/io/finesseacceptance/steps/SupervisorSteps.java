package io.finesseacceptance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.finesseacceptance.agent.AgentDesk;
import io.finesseacceptance.agent.SupervisorDesk;
import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.rest.AgentStateRequest;
import org.assertj.core.api.Assertions;

/** What a supervisor asks of Finesse for the agents of a team, and what the team's watch announces. */
public class SupervisorSteps {

    private final ScenarioAgents agents;
    private final ScenarioSupervisor supervisor;
    private final StepEvidence evidence;

    public SupervisorSteps(ScenarioAgents agents, ScenarioSupervisor supervisor, StepEvidence evidence) {
        this.agents = agents;
        this.supervisor = supervisor;
        this.evidence = evidence;
    }

    /** An explicit subscription to the team's node, removed again after the scenario whatever happens. */
    @Checks({"§19.1", "§19.6", "§19.8"})
    @Given("a supervisor watching their team's notifications")
    public void aSupervisorWatchingTheirTeam() {
        supervisor.watchTheTeam();
    }

    @Checks({"§4.1", "§4.2", "§4.3", "§4.4", "§7.1", "§19.1"})
    @Given("an agent of the supervisor's team who is {situation}")
    public void anAgentOfTheTeamWhoIs(ParameterTypes.Situation situation) {
        AgentDesk agent = agents.agentWhere(supervisor::supervises, "of supervisor " + supervisor.desk().id()
                + "'s teams " + supervisor.teams());
        agent.bringTo(situation.on(agent.account().extension()));
    }

    @Checks({"§4.1", "§4.2", "§4.3", "§4.4", "§7.1", "§19.1"})
    @Given("an agent outside the supervisor's teams who is {situation}")
    public void anAgentOutsideTheTeamsWhoIs(ParameterTypes.Situation situation) {
        AgentDesk agent = agents.agentWhere(account -> !supervisor.supervises(account), "outside supervisor "
                + supervisor.desk().id() + "'s teams " + supervisor.teams());
        agent.bringTo(situation.on(agent.account().extension()));
    }

    @Checks({"§4.4", "§19.2", "§19.3"})
    @When("the supervisor signs the agent out")
    public void theSupervisorSignsTheAgentOut() {
        send(AgentStateRequest.signOut());
    }

    @Checks({"§4.3", "§19.3"})
    @When("the supervisor makes the agent NOT_READY giving that reason")
    public void theSupervisorMakesTheAgentNotReadyGivingThatReason() {
        send(AgentStateRequest.of(AgentState.NOT_READY).withReasonCode(agents.chosenReason().orElseThrow().id()));
    }

    private void send(AgentStateRequest request) {
        SupervisorDesk.SupervisorChange change = supervisor.desk().send(agents.agent(), request);
        supervisor.sent(change);
        agents.changedBySupervisor(change.change());
    }

    @Checks({"§19.5", "§19.8"})
    @Then("the supervisor's team notifications announce the agent {agentState} within the event timeout")
    public void theTeamNotificationsAnnounce(AgentState expected) {
        SupervisorDesk.SupervisorChange change = supervisor.lastChange();
        Assertions.assertThat(change.change().request().expectedState())
                .as("the state the supervisor's request asked for").isEqualTo(expected);
        evidence.teamAnnounced(supervisor.watch(), change, supervisor.watch().awaitAnnounced(change.change(),
                change.teamFeedMark()));
    }
}
