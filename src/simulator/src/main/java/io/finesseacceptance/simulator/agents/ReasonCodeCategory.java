package io.finesseacceptance.simulator.agents;

import java.util.Optional;

/** Reason codes belong either to NOT_READY or to LOGOUT. */
public enum ReasonCodeCategory {
    NOT_READY, LOGOUT;

    public static Optional<ReasonCodeCategory> parse(String name) {
        for (ReasonCodeCategory category : values()) {
            if (category.name().equals(name)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
