package io.finesseacceptance.finesse;

import java.util.Locale;
import java.util.Optional;

/** The agent states a Finesse User can report (Finesse Web Services guide, User API). */
public enum AgentState {
    LOGOUT, LOGIN, NOT_READY, READY, RESERVED, RESERVED_OUTBOUND, RESERVED_OUTBOUND_PREVIEW,
    TALKING, HOLD, WORK, WORK_READY, UNKNOWN;

    /** Finesse varies the case of values it sends, so reading is case-insensitive. */
    public static Optional<AgentState> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.of(UNKNOWN);
        }
    }

    /** Signed in and idle: the states from which the suite may safely drive the agent. */
    public boolean isIdleSignedIn() {
        return this == NOT_READY || this == READY;
    }
}
