package io.finesseacceptance.simulator.agents;

import java.time.Instant;
import java.util.Optional;

/**
 * The changeable part of a User: state, when it last changed, the active extension and the reason.
 * {@code reasonCodeId} is a string because Finesse shows "" for none and "-1" right after sign-in.
 */
public record AgentStatus(RequestedState state, Optional<Instant> stateChangeTime, String extension,
        String reasonCodeId, Optional<ConfiguredReasonCode> reasonCode) {

    public static final String SYSTEM_NOT_READY_REASON = "-1";

    public static AgentStatus loggedOut() {
        return new AgentStatus(RequestedState.LOGOUT, Optional.empty(), "", "", Optional.empty());
    }

    public boolean isSignedIn() {
        return state != RequestedState.LOGOUT;
    }

    public AgentStatus changedTo(RequestedState newState, Instant at, String newExtension, Optional<ConfiguredReasonCode> reason) {
        String newReasonCodeId = reason.map(code -> Integer.toString(code.id())).orElse("");
        return new AgentStatus(newState, Optional.of(at), newExtension, newReasonCodeId, reason);
    }

    /**
     * A change the system made on its own, e.g. a forced logout. System reason codes such as 255 are
     * defined by the CTI server, not in Finesse's reason code list, so there is no ConfiguredReasonCode to show.
     */
    public AgentStatus changedBySystem(RequestedState newState, Instant at, String newExtension, String systemReasonCode) {
        return new AgentStatus(newState, Optional.of(at), newExtension, systemReasonCode, Optional.empty());
    }

    public AgentStatus signedIn(Instant at, String newExtension) {
        return new AgentStatus(RequestedState.NOT_READY, Optional.of(at), newExtension, SYSTEM_NOT_READY_REASON,
                Optional.empty());
    }
}
