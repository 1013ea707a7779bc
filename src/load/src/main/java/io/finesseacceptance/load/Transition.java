package io.finesseacceptance.load;

import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.rest.AgentStateRequest;

/** One step of a virtual agent's cycle: sign-in, READY, NOT_READY with a reason code, sign-out. */
enum Transition {
    SIGN_IN("sign-in (LOGIN -> NOT_READY)"),
    READY("READY"),
    NOT_READY("NOT_READY with reason code"),
    SIGN_OUT("sign-out (LOGOUT)");

    private final String label;

    Transition(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    AgentStateRequest request(String extension, String notReadyReasonCodeId) {
        return switch (this) {
            case SIGN_IN -> AgentStateRequest.signIn(extension);
            case READY -> AgentStateRequest.of(AgentState.READY);
            case NOT_READY -> AgentStateRequest.of(AgentState.NOT_READY).withReasonCode(notReadyReasonCodeId);
            case SIGN_OUT -> AgentStateRequest.signOut();
        };
    }

    /** The next step of the cycle; after the sign-out a new cycle starts. */
    Transition next() {
        return values()[(ordinal() + 1) % values().length];
    }

    /** The step that moves an agent found in {@code state} along the cycle (after a failed step). */
    static Transition from(AgentState state) {
        return switch (state) {
            case LOGOUT -> SIGN_IN;
            case NOT_READY -> SIGN_OUT;
            case READY -> NOT_READY;
            default -> SIGN_OUT;
        };
    }
}
