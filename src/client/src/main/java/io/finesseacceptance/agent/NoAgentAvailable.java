package io.finesseacceptance.agent;

/** No configured agent could be given to the scenario: all in use, or all left alone for a reason. */
public final class NoAgentAvailable extends RuntimeException {

    public NoAgentAvailable(String message) {
        super(message);
    }
}
