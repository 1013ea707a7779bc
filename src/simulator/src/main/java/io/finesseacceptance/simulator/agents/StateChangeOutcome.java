package io.finesseacceptance.simulator.agents;

/** What becomes of a state change Finesse accepted (202): either it takes effect or the CTI rejects it. */
public sealed interface StateChangeOutcome {

    /** The agent's status after the change; may equal the current one (LOGIN while signed in). */
    record Applied(AgentStatus next) implements StateChangeOutcome {
    }

    /** The CTI server refused; the agent's status stays as it is and an error Update follows. */
    record RejectedByCti(CtiError error) implements StateChangeOutcome {
    }
}
