package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.agents.DeploymentType;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The supervisor's rules on UCCX, where Finesse hard-codes reason code 33 for a supervisor's NOT_READY. */
class UccxSupervisorStateChangeIT extends SupervisorStateChangeRules {

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator(DeploymentType.UCCX);

    @Override
    RunningSimulator sim() {
        return sim;
    }

    @Override
    String supervisorNotReadyReason() {
        return "33";
    }
}
