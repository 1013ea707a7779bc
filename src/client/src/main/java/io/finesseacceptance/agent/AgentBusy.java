package io.finesseacceptance.agent;

/** The agent is in a state (on a call, reserved, wrapping up) that the suite must not disturb. */
public final class AgentBusy extends RuntimeException {

    public AgentBusy(String message) {
        super(message);
    }
}
