package io.finesseacceptance.simulator.agents;

/**
 * An accepted state change waiting to take effect. It is held back until released, i.e. until the
 * 202 answering it has been written, so a notification never overtakes its HTTP response.
 */
public final class QueuedChange {

    private final StateChangeOutcome outcome;
    private final String requestId;
    private final String takenBy;
    private boolean released;
    private volatile boolean announced = true;

    QueuedChange(StateChangeOutcome outcome, String requestId, String takenBy) {
        this.outcome = outcome;
        this.requestId = requestId;
        this.takenBy = takenBy;
    }

    public StateChangeOutcome outcome() {
        return outcome;
    }

    /** The client's {@code requestId} header, "" when it sent none. */
    public String requestId() {
        return requestId;
    }

    /**
     * The Finesse node whose REST API took the request (e.g. {@code primary}), "" for a single node or a change
     * nobody asked for: a two-node deployment publishes the Update on both nodes, and they differ in whether
     * they echo the requestId.
     */
    public String takenBy() {
        return takenBy;
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
