package io.finesseacceptance.simulator.agents;

import java.util.Optional;

/**
 * A state change exactly as the client sent it: values are raw text so that validation can report
 * which parameter was missing or wrong, the way Finesse does.
 */
public record StateChangeRequest(Optional<String> state, Optional<String> extension,
        Optional<String> reasonCodeId) {

    public static StateChangeRequest of(String state) {
        return new StateChangeRequest(Optional.of(state), Optional.empty(), Optional.empty());
    }

    public StateChangeRequest withExtension(String value) {
        return new StateChangeRequest(state, Optional.of(value), reasonCodeId);
    }

    public StateChangeRequest withReasonCodeId(String value) {
        return new StateChangeRequest(state, extension, Optional.of(value));
    }
}
