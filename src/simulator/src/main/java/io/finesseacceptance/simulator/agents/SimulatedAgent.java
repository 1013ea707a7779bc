package io.finesseacceptance.simulator.agents;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One agent: its profile, the status GET shows, and the queue of accepted changes not yet applied.
 * New requests are validated against the status the queue will leave behind, so a client may send
 * READY right after LOGIN without waiting for the sign-in notification.
 */
public final class SimulatedAgent {

    private final AgentProfile profile;
    private final Deque<QueuedChange> queue = new ArrayDeque<>();
    private AgentStatus status = AgentStatus.loggedOut();

    public SimulatedAgent(AgentProfile profile) {
        this.profile = profile;
    }

    public AgentProfile profile() {
        return profile;
    }

    public String id() {
        return profile.id();
    }

    public synchronized AgentStatus status() {
        return status;
    }

    /**
     * Decides a change against the projected status and queues it, atomically with respect to other
     * requests for this agent.
     *
     * @throws StateChangeRefusedException from {@code decision}; nothing is queued then
     */
    public synchronized QueuedChange submit(Function<AgentStatus, StateChangeOutcome> decision, String requestId) {
        return submit(decision, requestId, "");
    }

    /** As {@link #submit(Function, String)}, for a request the named Finesse node took ({@link QueuedChange#takenBy()}). */
    public synchronized QueuedChange submit(Function<AgentStatus, StateChangeOutcome> decision, String requestId,
            String takenBy) {
        QueuedChange change = new QueuedChange(decision.apply(projectedStatus()), requestId, takenBy);
        queue.addLast(change);
        return change;
    }

    /**
     * Queues a change the system makes without a client request (so with an empty requestId), decided
     * against the projected status; nothing is queued when {@code change} answers empty.
     */
    public synchronized Optional<QueuedChange> submitSystemChange(Function<AgentStatus, Optional<AgentStatus>> change) {
        return change.apply(projectedStatus()).map(next -> {
            QueuedChange queued = new QueuedChange(new StateChangeOutcome.Applied(next), "", "");
            queue.addLast(queued);
            return queued;
        });
    }

    public synchronized void release(QueuedChange change) {
        change.markReleased();
    }

    /** Applies every released change at the head of the queue, in order, and returns them. */
    public synchronized List<QueuedChange> applyReleased() {
        List<QueuedChange> applied = new ArrayList<>();
        while (!queue.isEmpty() && queue.peekFirst().isReleased()) {
            QueuedChange change = queue.removeFirst();
            if (change.outcome() instanceof StateChangeOutcome.Applied accepted) {
                status = accepted.next();
            }
            applied.add(change);
        }
        return applied;
    }

    /** Test and reset hook: forgets queued changes and signs the agent out. */
    public synchronized void reset() {
        queue.clear();
        status = AgentStatus.loggedOut();
    }

    private AgentStatus projectedStatus() {
        AgentStatus projected = status;
        for (QueuedChange change : queue) {
            if (change.outcome() instanceof StateChangeOutcome.Applied accepted) {
                projected = accepted.next();
            }
        }
        return projected;
    }
}
