package io.finesseacceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.finesse.FinesseDocuments;
import io.finesseacceptance.finesse.User;
import io.finesseacceptance.finesse.XmlNode;
import io.finesseacceptance.rest.FinesseResponse;
import java.util.UUID;
import org.opentest4j.TestAbortedException;

/** Reading users, and what Finesse answers to requests it refuses. */
public class ReadingSteps {

    /** An id no contact center gives out, so no real agent is ever read or touched by mistake. */
    private static final String UNKNOWN_USER = "99999999";

    private final ScenarioAgents agents;
    private final CurrentRun run;

    public ReadingSteps(ScenarioAgents agents, CurrentRun run) {
        this.agents = agents;
        this.run = run;
    }

    @Checks("§7.1")
    @When("the agent reads their own user")
    public void theAgentReadsTheirOwnUser() {
        agents.answered("read own user", agents.agent().readUser(agents.agent().id()));
    }

    @Checks({"§7.1", "§8.8"})
    @When("the agent reads a user Finesse does not know")
    public void theAgentReadsAnUnknownUser() {
        agents.answered("read a user Finesse does not know", agents.agent().readUser(UNKNOWN_USER));
    }

    @Checks({"§8.7", "§13.1"})
    @When("someone reads the agent's user with a wrong password")
    public void someoneReadsWithAWrongPassword() {
        String agent = agents.agent().id();
        if (!run.mayTryABadPassword(agent)) {
            throw new TestAbortedException("agent " + agent + " already had this run's one bad password attempt"
                    + " (Finesse locks a user out after five)");
        }
        agents.answered("read own user with a wrong password",
                agents.agent().readWithPassword("wrong-" + UUID.randomUUID()));
    }

    @Checks("§7.1")
    @Then("Finesse answers 200 OK showing the agent signed out, with their login id and the Agent role")
    public void finesseShowsTheAgentSignedOut() {
        FinesseResponse answer = agents.lastAnswer();
        assertThat(answer.status()).as("GET of agent %s's own user: %s", agents.agent().id(), answer.describe())
                .isEqualTo(200);
        XmlNode document = XmlNode.parse(answer.body());
        User user = FinesseDocuments.user(document);
        assertThat(user.loginId()).as("loginId").isEqualTo(agents.agent().id());
        assertThat(user.state()).as("state of agent %s", user.loginId()).isEqualTo(AgentState.LOGOUT);
        assertThat(FinesseDocuments.roles(document)).as("roles of agent %s", user.loginId()).contains("Agent");
    }
}
