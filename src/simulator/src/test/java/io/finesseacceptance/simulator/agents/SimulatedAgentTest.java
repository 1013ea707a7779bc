package io.finesseacceptance.simulator.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimulatedAgentTest {

    private final SimulatedAgent agent = AgentDirectory.withDefaultAgents(1).agent("1001");
    private final AgentTransitions transitions =
            new AgentTransitions(DeploymentType.UCCE, ReasonCodeCatalog.withDefaults());

    @Test
    void validatesAgainstQueuedChangesButShowsOnlyAppliedOnes() {
        submit(StateChangeRequest.of("LOGIN").withExtension("5001"), "1");
        QueuedChange ready = submit(StateChangeRequest.of("READY"), "2");

        assertThat(ready.outcome()).isInstanceOf(StateChangeOutcome.Applied.class);
        assertThat(agent.status().state()).isEqualTo(RequestedState.LOGOUT);
    }

    @Test
    void appliesReleasedChangesInRequestOrderOnly() {
        QueuedChange signIn = submit(StateChangeRequest.of("LOGIN").withExtension("5001"), "1");
        QueuedChange ready = submit(StateChangeRequest.of("READY"), "2");

        agent.release(ready);
        assertThat(agent.applyReleased()).isEmpty();

        agent.release(signIn);
        assertThat(agent.applyReleased()).extracting(QueuedChange::requestId).containsExactly("1", "2");
        assertThat(agent.status().state()).isEqualTo(RequestedState.READY);
    }

    @Test
    void defaultAgentsFollowTheNamingScheme() {
        AgentDirectory directory = AgentDirectory.withDefaultAgents(2);

        assertThat(directory.all()).extracting(SimulatedAgent::id).containsExactly("1001", "1002");
        assertThat(directory.agent("1002").profile().extension()).isEqualTo("5002");
        assertThat(directory.authenticates("1002", "Passw0rd!1002")).isTrue();
        assertThat(directory.authenticates("1002", "Passw0rd!1001")).isFalse();
        assertThat(directory.authenticates("admin", AgentDirectory.DEFAULT_ADMINISTRATOR_PASSWORD)).isTrue();
        directory.setAdministratorPassword("changed");
        assertThat(directory.authenticates("admin", AgentDirectory.DEFAULT_ADMINISTRATOR_PASSWORD)).isFalse();
        assertThat(directory.agent("1001").profile().toString()).doesNotContain("Passw0rd");
    }

    private QueuedChange submit(StateChangeRequest request, String requestId) {
        return agent.submit(current -> transitions.decide(current, request, Instant.now()), requestId);
    }
}
