package io.finesseacceptance.simulator.agents;

import java.util.Optional;

/** The states an agent can ask for through {@code PUT /finesse/api/User/{id}}. */
public enum AgentState {
    LOGIN, LOGOUT, READY, NOT_READY;

    /** Empty for anything an agent may not request, including real Finesse states such as TALKING. */
    public static Optional<AgentState> requestable(String name) {
        for (AgentState state : values()) {
            if (state.name().equals(name)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
