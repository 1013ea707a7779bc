package io.finesseacceptance.simulator.agents;

/**
 * An accepted state change waiting to take effect. It is held back until released, i.e. until the
 * 202 answering it has been written, so a notification never overtakes its HTTP response.
 */
public final class QueuedChange {

    private final StateChangeOutcome outcome;
    private final String requestId;
    private boolean released;
    private volatile boolean announced = true;

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

    /** False when no Update at all is to be published for this change (a fault switch's doing). */
    public boolean isAnnounced() {
        return announced;
    }

    /** Set before {@link SimulatedAgent#release}: the change takes effect unannounced. */
    public void markUnannounced() {
        announced = false;
    }

    boolean isReleased() {
        return released;
    }

    void markReleased() {
        released = true;
    }
}
