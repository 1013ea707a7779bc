package io.finesseacceptance.simulator.webservices;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.agents.AgentStatus;
import io.finesseacceptance.simulator.agents.RequestedState;
import io.finesseacceptance.simulator.agents.SimulatedAgent;
import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StaleReadsTest {

    private final FaultSwitches faults = new FaultSwitches();
    private final StaleReads reads = new StaleReads(faults, List.of("primary", "secondary"));
    private final SimulatedAgent agent = AgentDirectory.withDefaultAgents(1).agent("1001");
    private final AgentStatus before = agent.status();

    @Test
    void healthyNodesReadTheOneSharedState() {
        reads.changeTakenBy("primary", agent, before);
        signIn();

        assertThat(reads.readBy("secondary", agent).state()).isEqualTo(RequestedState.NOT_READY);
    }

    @Test
    void underTheFaultTheOtherNodeKeepsTheStateFromBeforeUntilItTakesARequestItself() {
        faults.enable(Fault.OTHER_SIDE_STALE_READ);
        reads.changeTakenBy("primary", agent, before);
        signIn();

        assertThat(reads.readBy("primary", agent).state()).isEqualTo(RequestedState.NOT_READY);
        assertThat(reads.readBy("secondary", agent).state()).isEqualTo(RequestedState.LOGOUT);

        reads.changeTakenBy("secondary", agent, agent.status());
        assertThat(reads.readBy("secondary", agent).state()).isEqualTo(RequestedState.NOT_READY);
    }

    @Test
    void switchingTheFaultOffOrClearingReadsTheSharedStateAgain() {
        faults.enable(Fault.OTHER_SIDE_STALE_READ);
        reads.changeTakenBy("primary", agent, before);
        signIn();

        faults.disable(Fault.OTHER_SIDE_STALE_READ);
        assertThat(reads.readBy("secondary", agent).state()).isEqualTo(RequestedState.NOT_READY);
        faults.enable(Fault.OTHER_SIDE_STALE_READ);
        reads.clear();
        assertThat(reads.readBy("secondary", agent).state()).isEqualTo(RequestedState.NOT_READY);
    }

    private void signIn() {
        agent.submitSystemChange(current -> Optional.of(current.signedIn(Instant.now(), "5001")))
                .ifPresent(agent::release);
        agent.applyReleased();
    }
}
