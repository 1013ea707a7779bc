package io.finesseacceptance.agent;

import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.finesse.User;
import java.util.Optional;

/** The part of an agent's state the suite puts back after a scenario: state, extension and reason. */
public record DeskSnapshot(AgentState state, String extension, Optional<String> reasonCodeId) {

    /**
     * What of the user can be put back: a signed-out agent has no extension and its last sign-out reason
     * cannot be chosen again; -1 is Finesse's "no reason could be recorded", the same as none.
     */
    public static DeskSnapshot of(User user) {
        if (user.state() == AgentState.LOGOUT) {
            return signedOut();
        }
        return new DeskSnapshot(user.state(), user.extension(), user.reasonCode().filter(id -> !id.equals("-1")));
    }

    public static DeskSnapshot signedOut() {
        return new DeskSnapshot(AgentState.LOGOUT, "", Optional.empty());
    }

    public static DeskSnapshot notReadyOn(String extension) {
        return new DeskSnapshot(AgentState.NOT_READY, extension, Optional.empty());
    }

    /** A reason code the agent can ask for again: -1 is Finesse's "none could be recorded". */
    public Optional<String> restorableReasonCode() {
        return reasonCodeId.filter(id -> !id.equals("-1"));
    }

    @Override
    public String toString() {
        return state + (extension == null || extension.isBlank() ? "" : " on extension " + extension)
                + restorableReasonCode().map(id -> " (reasonCodeId " + id + ")").orElse("");
    }
}
