package io.finesseacceptance.simulator.agents;

import java.util.Optional;

/** The states an agent can ask for through {@code PUT /finesse/api/User/{id}}. */
public enum RequestedState {
    LOGIN, LOGOUT, READY, NOT_READY;

    /** Empty for anything an agent may not request, including real Finesse states such as TALKING. */
    public static Optional<RequestedState> requestable(String name) {
        for (RequestedState state : values()) {
            if (state.name().equals(name)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
