package io.finesseacceptance.steps;

import io.cucumber.java.en.Given;
import io.finesseacceptance.agent.AgentDesk;
import io.finesseacceptance.finesse.ReasonCode;
import io.finesseacceptance.rest.FinesseApiException;
import java.util.List;
import org.opentest4j.TestAbortedException;

/** Where scenarios start: which agents, in which state, with which reasons on offer. */
public class AgentSituationSteps {

    private final ScenarioAgents agents;

    public AgentSituationSteps(ScenarioAgents agents) {
        this.agents = agents;
    }

    @Checks({"§4.1", "§4.2", "§4.3", "§4.4", "§7.1"})
    @Given("an agent who is {situation}")
    public void anAgentWhoIs(ParameterTypes.Situation situation) {
        AgentDesk agent = agents.agent();
        agent.bringTo(situation.on(agent.account().extension()));
    }

    @Checks({"§4.1", "§4.2", "§4.3", "§4.4", "§7.1"})
    @Given("a second agent who is {situation}")
    public void aSecondAgentWhoIs(ParameterTypes.Situation situation) {
        AgentDesk second = agents.second();
        second.bringTo(situation.on(second.account().extension()));
    }

    @Checks({"§11.1", "§11.2"})
    @Given("the lab offers a sign-out reason to the agent")
    public void theLabOffersASignOutReason() {
        agents.choose(firstReason("LOGOUT"));
    }

    @Checks({"§11.1", "§11.2"})
    @Given("the lab offers a break reason to the agent")
    public void theLabOffersABreakReason() {
        agents.choose(firstReason("NOT_READY"));
    }

    private ReasonCode firstReason(String category) {
        List<ReasonCode> reasons = reasons(category);
        if (reasons.isEmpty()) {
            throw new TestAbortedException("the lab lists no " + category + " reason codes for agent " + agents.agent().id());
        }
        return reasons.get(0);
    }

    /** The reason code list is deprecated from Finesse 12.5(1); a lab that dropped it cannot run this. */
    private List<ReasonCode> reasons(String category) {
        try {
            return agents.agent().reasonCodes(category);
        } catch (FinesseApiException notOffered) {
            if (notOffered.response().status() == 404) {
                throw new TestAbortedException("this Finesse does not offer the reason code list: " + notOffered.getMessage());
            }
            throw notOffered;
        }
    }
}
