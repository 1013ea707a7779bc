package io.finesseacceptance.simulator.agents;

/**
 * An error reported asynchronously, in an error Update, after Finesse has already accepted a request: the
 * Update's {@code errorType}, {@code errorData} (for a CTI server's refusal, its error code) and
 * {@code errorMessage}.
 */
public record CtiError(String errorType, String errorData, String errorMessage) {

    /** A CTI server's refusal of a state change: Invalid State with the CTI's code and constant. */
    public CtiError(int code, String message) {
        this("Invalid State", String.valueOf(code), message);
    }
}
