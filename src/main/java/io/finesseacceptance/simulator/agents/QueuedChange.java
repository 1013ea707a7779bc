package io.finesseacceptance.simulator.agents;

/**
 * An accepted state change waiting to take effect. It is held back until released, i.e. until the
 * 202 answering it has been written, so a notification never overtakes its HTTP response.
 */
public final class QueuedChange {

    private final StateChangeOutcome outcome;
    private final String requestId;
    private boolean released;

    QueuedChange(StateChangeOutcome outcome, String requestId) {
        this.outcome = outcome;
        this.requestId = requestId;
    }

    public StateChangeOutcome outcome() {
        return outcome;
    }

    /** The client's {@code requestId} header, "" when it sent none. */
    public String requestId() {
        return requestId;
    }

    boolean isReleased() {
        return released;
    }

    void markReleased() {
        released = true;
    }
}
