package io.finesseacceptance.simulator.webservices;

import static io.finesseacceptance.simulator.SimulatorTestClient.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.finesseacceptance.simulator.agents.DeploymentType;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The supervisor's rules on UCCE, where Finesse hard-codes reason code 999 for a supervisor's NOT_READY. */
class SupervisorStateChangeIT extends SupervisorStateChangeRules {

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator(DeploymentType.UCCE);

    @Override
    RunningSimulator sim() {
        return sim;
    }

    @Override
    String supervisorNotReadyReason() {
        return "999";
    }

    @Test
    void logoutFromReadyIsAllowedToTheSupervisorThoughNotToTheAgent() {
        signedIn("1001", "READY");

        assertThat(sim.putUser("1001", state("LOGOUT"), "own").statusCode()).isEqualTo(400);
        assertThat(sim.putUserAs(SUPERVISOR, "1001", state("LOGOUT"), "sup").statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(5)).until(() -> stateOf("1001").equals("LOGOUT"));
    }
}
